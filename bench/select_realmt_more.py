#!/usr/bin/env python3
"""Pick 400 more real MT segments to label by hand, reproducibly.

Usage: python3 bench/select_realmt_more.py [POOL] [DEV] [OUT]
Defaults: /work/shared/bench/realmt_pool.jsonl, /work/shared/bench/realmt_dev.jsonl,
bench/labels/realmt_more.todo.jsonl.

Lines already labelled in realmt_dev.jsonl are excluded; sources of fewer than
6 words are skipped because they rarely hold an error worth labelling. 200 odd
lines (tune half) and 200 even lines (validate half) are drawn with a fixed
seed; for each line one system is drawn, weaker systems twice as likely, as in
realmt_dev.jsonl. The todo file copies WMT text, so it stays out of git.
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from selection import MIN_WORDS, WEAK, todo_record, write_todo  # noqa: E402

SEED = 20261201
PER_HALF = 200


def main():
    pool_path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/bench/realmt_pool.jsonl"
    dev_path = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/bench/realmt_dev.jsonl"
    out_path = sys.argv[3] if len(sys.argv) > 3 else "bench/labels/realmt_more.todo.jsonl"
    dev_lines = {json.loads(l)["line"] for l in open(dev_path, encoding="utf-8") if l.strip()}
    pool = [json.loads(l) for l in open(pool_path, encoding="utf-8") if l.strip()]
    eligible = [r for r in pool if r["line"] not in dev_lines and len(r["source"].split()) >= MIN_WORDS]
    rng = random.Random(SEED)
    odd = [r for r in eligible if r["line"] % 2 == 1]
    even = [r for r in eligible if r["line"] % 2 == 0]
    chosen = []
    for half in (odd, even):
        if len(half) < PER_HALF:
            raise SystemExit(f"only {len(half)} eligible lines in a half, need {PER_HALF}")
        chosen += rng.sample(half, PER_HALF)
    # Alternate halves so that labelling in order keeps them balanced at any stopping point.
    odd_pick, even_pick = chosen[:PER_HALF], chosen[PER_HALF:]
    interleaved = [r for pair in zip(odd_pick, even_pick) for r in pair]
    records = []
    for i, r in enumerate(interleaved, 1):
        systems = sorted(r["systems"])
        system = rng.choices(systems, weights=[WEAK.get(s, 1) for s in systems])[0]
        records.append(todo_record(f"rmore-{i:03d}", system, r["line"], r["source"], r["systems"][system]))
    write_todo(out_path, records)
    print(f"{len(interleaved)} segments ({PER_HALF} odd, {PER_HALF} even lines) -> {out_path}")


if __name__ == "__main__":
    main()
