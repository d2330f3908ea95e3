#!/usr/bin/env python3
"""Pick another random sample of real MT outputs to label, for precision and false alarms.

Usage: python3 bench/select_realmt_random.py HALF N SEED PREFIX [OUT] [--exclude-all]
  (HALF: tune, validate, or a validate quarter, bench/splits.py)
  e.g. python3 bench/select_realmt_random.py tune 200 20261203 rrnd2-t

Drawn as realmt_more was (bench/select_realmt_more.py): lines of the HALF outside
realmt_dev.jsonl with sources of at least 6 words, one system per line, weaker systems
twice as likely. Outputs already labelled anywhere under bench/labels are skipped (another
system of the same line may be drawn), so the sample stays random over outputs. "Already
labelled" means the files of EXCLUDE, fixed so that a later label file cannot change a draw;
an output labelled twice (by a later enriched round) is read once, its first label kept
(bench/splits.py).
With --exclude-all, every label file under bench/labels when the draw is made is excluded
instead (its notes must list them, for a later file would change the draw): a fresh sample no
labeller has read.
OUT defaults to bench/labels/realmt_random_PREFIX.todo.jsonl (git-ignored: it copies WMT text).
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from selection import MIN_WORDS, WEAK, todo_record, write_todo  # noqa: E402
from splits import HALVES, SHARED, in_half, read_jsonl  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels"
EXCLUDE = ("realmt_more.jsonl", "realmt_enriched_tune.jsonl", "realmt_enriched_validate.jsonl")


def main():
    args = [a for a in sys.argv[1:] if a != "--exclude-all"]
    if len(args) < 4 or args[0] not in HALVES:
        raise SystemExit(__doc__)
    half, n, seed, prefix = args[0], int(args[1]), int(args[2]), args[3]
    out_path = Path(args[4]) if len(args) > 4 else LABELS / f"realmt_random_{prefix}.todo.jsonl"
    dev_lines = {r["line"] for r in read_jsonl(SHARED / "realmt_dev.jsonl")}
    names = EXCLUDE
    if "--exclude-all" in sys.argv:
        names = sorted(p.name for p in LABELS.glob("*.jsonl") if not p.name.endswith(".todo.jsonl"))
        print("excluded:", " ".join(names))
    done = {(r["line"], r["system"]) for name in names for r in read_jsonl(LABELS / name)}
    rng = random.Random(seed)
    pool = [r for r in read_jsonl(SHARED / "realmt_pool.jsonl")
            if in_half(r["line"], half) and r["line"] not in dev_lines and len(r["source"].split()) >= MIN_WORDS]
    rng.shuffle(pool)
    chosen = []
    for r in pool:
        systems = [s for s in sorted(r["systems"]) if (r["line"], s) not in done]
        if not systems:
            continue
        system = rng.choices(systems, weights=[WEAK.get(s, 1) for s in systems])[0]
        chosen.append((r, system))
        if len(chosen) == n:
            break
    write_todo(out_path, (todo_record(f"{prefix}{i:03d}", system, r["line"], r["source"], r["systems"][system], [])
                          for i, (r, system) in enumerate(chosen, 1)))
    print(f"{len(chosen)} outputs of the {half} half -> {out_path}")


if __name__ == "__main__":
    main()
