#!/usr/bin/env python3
"""Time checks over benchmark paragraphs: ms per paragraph, best of N runs, caches cleared.

    python3 bench/time_checks.py [--only number_mismatch,date_mismatch,...] PAIRS.jsonl [...]
"""
import argparse
import time

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
    args = ap.parse_args()
    units = [u for p in args.pairs for u in read_pairs(p, ignore_fields=LABELS)]
    config = load_config()
    only = set(filter(None, args.only.split(",")))
    for cid in REGISTRY:
        config.checks.setdefault(cid, {})["enabled"] = not only or cid in only
    best = float("inf")
    for _ in range(args.runs):
        numbers.read_numerals.cache_clear()
        dates.read_dates.cache_clear()
        t = time.perf_counter()
        run_checks(units, config)
        best = min(best, time.perf_counter() - t)
    which = ",".join(sorted(only)) if only else "all checks"
    print(f"{which}: {len(units)} paragraphs in {best:.2f} s = {best * 1000 / len(units):.3f} ms/paragraph "
          f"(best of {args.runs})")


if __name__ == "__main__":
    main()
