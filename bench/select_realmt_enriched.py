#!/usr/bin/env python3
"""Pick real MT segments likely to hold an error of a checked category, for labelling by hand.

Usage: python3 bench/select_realmt_enriched.py HALF [N] [OUT] [ROUND]
  HALF   tune (odd lines) or validate (even lines), the project's split (bench/splits.py)
  N      segments to pick (default 200)
  OUT    "-" or default: bench/labels/realmt_enriched_HALF.todo.jsonl (git-ignored: it copies WMT text),
         realmt_enrichedROUND_HALF.todo.jsonl for a later round
  ROUND  1 (default): of each line, the first system (weaker ones first) whose output has a signal;
         2: the second such system, and so on, so rounds never pick the same output twice

A random sample of real MT holds a major error of a checked category in about 3% of
segments (13 of 400 in realmt_more), too few to measure recall on. This selector looks
for outputs that disagree with *both* human references of their segment, on things the
checks care about: a number, a capitalised name of the German, the count of quotation
marks, the length, a repeated phrase, a word of the German left in. It never runs deen's
checks, so what it picks is not biased toward what they already flag; it is biased toward
errors a reference comparison can see, which is why recall measured on this sample is
reported apart from the random sample's, and precision is never taken from it.

Lines already labelled (realmt_dev.jsonl, bench/labels/*.jsonl) are excluded. At most one
system per line; signals are taken round-robin so that every kind is represented; the
fixed seed makes the choice reproducible. Each record lists the signals that picked it
(for the record only: labellers label the whole segment by LABEL_GUIDE.md, whatever
the signal).
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from selection import WEAK, todo_record, write_todo  # noqa: E402
from splits import SHARED, half_of_line, read_jsonl  # noqa: E402

SEED = 20261202
QUOTES = re.compile("[\"“”„«»]")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
NUM = re.compile(r"\d+(?:[.,  ]\d+)*")


def numbers(text):
    return {re.sub(r"[.,  ]", "", m) for m in NUM.findall(text)}


def words(text):
    return WORD.findall(text)


def repeated_bigrams(text):
    low = [w.lower() for w in words(text)]
    seen, repeated = set(), set()
    for g in zip(low, low[1:]):
        (repeated if g in seen else seen).add(g)
    return repeated


def signals(source, output, refs):
    out = []
    o_num, r_nums = numbers(output), [numbers(r) for r in refs]
    if any(n not in o_num for n in set.intersection(*r_nums)) or any(all(n not in rn for rn in r_nums) for n in o_num):
        out.append("number")
    src_words = set(words(source))
    ref_words = [set(words(r)) for r in refs]
    o_words = set(words(output))
    names = {w for w in src_words if w[:1].isupper() and len(w) >= 3 and all(w in rw for rw in ref_words)}
    if any(w not in o_words for w in names):
        out.append("name")
    q = len(QUOTES.findall(output))
    if all(len(QUOTES.findall(r)) != q for r in refs):
        out.append("quote")
    if len(output.split()) < 0.7 * min(len(r.split()) for r in refs):
        out.append("omission")
    ref_rep = set().union(*(repeated_bigrams(r) for r in refs))
    if any(g not in ref_rep and all(len(x) > 2 for x in g) for g in repeated_bigrams(output)):
        out.append("repetition")
    ref_lower = {w.lower() for rw in ref_words for w in rw}
    left = {w for w in o_words & src_words if len(w) >= 4 and w.lower() not in ref_lower and not w[:1].isupper()}
    left |= {w for w in o_words & src_words if len(w) >= 5 and w[:1].isupper() and w.lower() not in ref_lower
             and any(c in w for c in "äöüß")}
    if left:
        out.append("untranslated")
    return out


def labelled_keys():
    keys = {(r["line"], r["system"]) for r in read_jsonl(SHARED / "realmt_dev.jsonl")}
    lines = {r["line"] for r in read_jsonl(SHARED / "realmt_dev.jsonl")}
    # Only the labels that existed before this selection: its own labels must not change it.
    for path in sorted((Path(__file__).resolve().parent / "labels").glob("realmt_more*.jsonl")):
        for r in read_jsonl(path):
            keys.add((r["line"], r["system"]))
            lines.add(r["line"])
    return keys, lines


def main():
    half = sys.argv[1] if len(sys.argv) > 1 else ""
    if half not in ("tune", "validate"):
        raise SystemExit(__doc__)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rnd = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    tag = "" if rnd == 1 else str(rnd)
    out_path = Path(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] != "-" else \
        Path(__file__).resolve().parent / "labels" / f"realmt_enriched{tag}_{half}.todo.jsonl"
    _, done_lines = labelled_keys()
    rng = random.Random(SEED)
    by_signal = {}
    for r in read_jsonl(SHARED / "realmt_pool.jsonl"):
        if half_of_line(r["line"]) != half or r["line"] in done_lines or len(r["source"].split()) < 4:
            continue
        refs = [t for t in r["references"].values() if t and t.strip()]
        if len(refs) < 2:
            continue
        systems = sorted(r["systems"])
        rng.shuffle(systems)
        systems.sort(key=lambda s: -WEAK.get(s, 1))  # weaker systems first, as realmt_dev samples them
        found = 0
        for system in systems:
            sig = signals(r["source"], r["systems"][system], refs)
            if sig:
                found += 1
                if found == rnd:
                    for s in sig:
                        by_signal.setdefault(s, []).append((r, system, sig))
                    break
    for cands in by_signal.values():
        rng.shuffle(cands)
    chosen, lines = [], set()
    kinds = sorted(by_signal)
    while len(chosen) < n and any(by_signal[k] for k in kinds):
        for k in kinds:
            while by_signal[k]:
                r, system, sig = by_signal[k].pop()
                if r["line"] not in lines:
                    lines.add(r["line"])
                    chosen.append((r, system, sig))
                    break
            if len(chosen) >= n:
                break
    prefix = f"renr{tag}-" + ("t" if half == "tune" else "v")
    write_todo(out_path, (todo_record(f"{prefix}{i:03d}", system, r["line"], r["source"], r["systems"][system], sig)
                          for i, (r, system, sig) in enumerate(chosen, 1)))
    counts = {k: sum(k in s for _, _, s in chosen) for k in kinds}
    print(f"{len(chosen)} segments of the {half} half -> {out_path}; signals: {counts}")


if __name__ == "__main__":
    main()
