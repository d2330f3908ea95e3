#!/usr/bin/env python3
"""Time checks over benchmark paragraphs: ms per paragraph, best of N runs, caches cleared.

    python3 bench/time_checks.py [--only number_mismatch,date_mismatch,...] PAIRS.jsonl [...]
    python3 bench/time_checks.py --warm-up OTHER.jsonl --runs 1 PAIRS.jsonl [...]
    python3 bench/time_checks.py --jobs 2 --runs 1 PAIRS.jsonl [...]

Best of N repeats the same paragraphs, so from the second run on the lexicon's word look-ups and
the tagger's windows are cached. ``--warm-up`` runs the checks once over other paragraphs first
(loading word lists, tagger and lexicon), so that ``--runs 1`` times a first pass over new text.
``--jobs N`` checks in N worker processes, as ``deen check --jobs N`` does; each starts with empty
caches, so every run of it is a first pass for the workers (only their start-up is not timed when
the parent has loaded everything in a warm-up).
"""
import argparse
import sys
import time
from pathlib import Path

# The checks of this tree, not of whichever copy pip installed: timing two trees side by side needs it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.checks import dates, numbers
from pipeline.checks.config import load_config
from pipeline.checks.registry import REGISTRY
from pipeline.checks.runner import run_checks
from pipeline.pairs import read_pairs

# Labels the benchmark sets carry beside the pair (dev.jsonl, hard.jsonl, realmt_dev.jsonl).
LABELS = ("errors", "reference", "line", "system")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs", nargs="+")
    ap.add_argument("--only", default="", help="comma-separated check ids (default: all)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--warm-up", help="pairs to check once, untimed, before the timed runs")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (as `deen check --jobs`)")
    args = ap.parse_args()
    units = [u for p in args.pairs for u in read_pairs(p, ignore_fields=LABELS)]
    config = load_config()
    if args.warm_up:
        run_checks(read_pairs(args.warm_up, ignore_fields=LABELS), config)
    only = set(filter(None, args.only.split(",")))
    for cid in REGISTRY:
        config.checks.setdefault(cid, {})["enabled"] = not only or cid in only
    best = float("inf")
    for _ in range(args.runs):
        numbers.read_numerals.cache_clear()
        dates.read_dates.cache_clear()
        t = time.perf_counter()
        run_checks(units, config, jobs=args.jobs)
        best = min(best, time.perf_counter() - t)
    which = ",".join(sorted(only)) if only else "all checks"
    print(f"{which}: {len(units)} paragraphs in {best:.2f} s = {best * 1000 / len(units):.3f} ms/paragraph "
          f"(best of {args.runs}, {args.jobs} job{'s' if args.jobs > 1 else ''})")


if __name__ == "__main__":
    main()
