"""Peak memory and time of the long-word and long-paragraph inputs of issue 12, with and without the limits.

Each case runs in a fresh Python process, which reports its peak resident memory (ru_maxrss) after
the checks ran, and its peak after the imports alone (the baseline). No model is involved: these
are the check stage and the pairs reader, where the quadratic costs were.

    python bench/hostile_memory.py                       # every case, a Markdown table on stdout
    python bench/hostile_memory.py --out bench/results/hostile_memory.md
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNLIMITED = 10 ** 9

GERMAN = "Der Bundestag hat am Montag in Berlin über die Reform beraten und einen Beschluss gefasst".split()
ENGLISH = "The Bundestag on Monday in Berlin discussed the reform and adopted a resolution".split()

# (case, what, characters, limits replaced for the case)
CASES = [
    ("word-20k-no-limits", "one 20,000-character word, a pair, all checks, no limits (as before)", 20_000,
     {"paragraph_chars": UNLIMITED, "name_key_chars": UNLIMITED}),
    ("word-20k-name-cap", "the same word, only the name index capped", 20_000, {"paragraph_chars": UNLIMITED}),
    ("word-200k-name-cap", "one 200,000-character word, only the name index capped", 200_000,
     {"paragraph_chars": UNLIMITED}),
    ("word-200k", "one 200,000-character word, a pair, shipped limits", 200_000, {}),
    ("word-200k-article", "one 200,000-character word, an article, `deen check DIR`, shipped limits", 200_000, {}),
    ("paragraph-5k-no-limits", "a 5,000-character paragraph pair, all checks", 5_000, {"paragraph_chars": UNLIMITED}),
    ("paragraph-10k", "a 10,000-character paragraph pair (at the limit), all checks", 10_000, {}),
    ("paragraph-20k-no-limits", "a 20,000-character paragraph pair, all checks, no limits", 20_000,
     {"paragraph_chars": UNLIMITED}),
    ("paragraph-328k", "a 328,000-character paragraph pair, shipped limits", 328_000, {}),
    ("pairs-line-16m", "a 16 MB pairs line, read and checked, shipped limits", 16_000_000, {}),
]


def _text(words: list[str], chars: int, seed: int) -> str:
    rng = random.Random(seed)
    out, n = [], 0
    while n < chars:
        w = rng.choice(words) + ("." if rng.random() < 0.07 else "")
        out.append(w)
        n += len(w) + 1
    return " ".join(out)[:chars]


def _word(chars: int) -> str:
    return ("Donaudampfschifffahrtsgesellschaft" * (chars // 34 + 1))[:chars]


def child(case: str) -> dict:
    """Run one case in this process and return its measurements."""
    name, _, chars, override = next(c for c in CASES if c[0] == case)
    import pipeline.limits as limits_mod

    table = limits_mod._table()
    limits_mod._table = lambda: {**table, **override}
    limits_mod.limits.cache_clear()
    from pipeline.checks.config import load_config
    from pipeline.checks.runner import run_checks
    from pipeline.pairs import read_pairs
    from pipeline.records import Unit

    config = load_config()
    run_checks([Unit(id="warm", source="Der Zug kam.", translation="The train came.")], config)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    if name.startswith("word") and name.endswith("article"):
        from pipeline.checking import check_path

        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "a.txt").write_text(f"Der {_word(chars)} kam.\n", encoding="utf-8")
            devnull = open(os.devnull, "w")
            real, sys.stdout = sys.stdout, devnull
            try:
                check_path(Path(tmp), None, None)
            finally:
                sys.stdout = real
        flags = "see stderr"
    else:
        if name.startswith("word"):
            # A capitalised word on both sides, spelt differently: the name check builds its near-match index.
            source, translation = f"Die {_word(chars)} kam.", f"The {_word(chars)}ian came."  # no exact match
        else:
            source, translation = _text(GERMAN, chars, 1), _text(ENGLISH, chars, 2)
        if name.startswith("pairs-line"):
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp, "p.jsonl")
                path.write_text(json.dumps({"id": "1", "source": source[: chars // 2],
                                            "translation": translation[: chars // 2]}) + "\n", encoding="utf-8")
                units = read_pairs(path, [])
        else:
            units = [Unit(id="1", source=source, translation=translation)]
        result = run_checks(units, config)
        flags = sorted({f.check for f in result[0]})
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"case": name, "seconds": round(seconds, 2), "baseline_mb": round(baseline / 1024),
            "peak_mb": round(peak / 1024), "flags": flags}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--only", help="Comma-separated case names.")
    ap.add_argument("--out", type=Path, help="Write the Markdown table here too.")
    args = ap.parse_args()
    if args.case:
        print(json.dumps(child(args.case)))
        return
    wanted = args.only.split(",") if args.only else [c[0] for c in CASES]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    rows = []
    for name, what, chars, _ in CASES:
        if name not in wanted:
            continue
        proc = subprocess.run([sys.executable, __file__, "--case", name], capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            rows.append(f"| {name} | {what} | failed: {proc.stderr.strip().splitlines()[-1]} | | | |")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        flags = ", ".join(r["flags"]) if isinstance(r["flags"], list) else r["flags"]
        rows.append(f"| {name} | {what} | {r['seconds']:.2f} | {r['baseline_mb']} | {r['peak_mb']} | "
                    f"{r['peak_mb'] - r['baseline_mb']} | {flags} |")
        print(rows[-1], flush=True)
    table = ("| case | input | seconds | MB after imports | peak MB | added MB | checks that flagged |\n"
             "| --- | --- | --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n")
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
