#!/usr/bin/env python3
"""Typed recall on clean articles other than dev's: every error kind of bench/make_hard_cases.py
injected into the articles written for the bench (bench/natural/), one half's files at a time.

    python3 bench/natural_injection.py --half tune [--misses]     # read the misses, fix as rules
    python3 bench/natural_injection.py --half validate            # report, never read
    python3 bench/natural_injection.py --half fresh               # the newest files (bench/splits.py): report, never read
    python3 bench/natural_injection.py --half fresh2              # the sixteenth round's unread files: report, never read
    python3 bench/natural_injection.py --half fresh3              # the eighteenth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh4              # the nineteenth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh5              # the twenty-first round's unread files: likewise
    python3 bench/natural_injection.py --half fresh6              # the twenty-second round's unread files: likewise
    python3 bench/natural_injection.py --half fresh7              # the twenty-third round's unread files: likewise
    python3 bench/natural_injection.py --half fresh8              # the twenty-fourth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh9              # the twenty-fifth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh10             # the twenty-sixth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh11             # the twenty-seventh round's unread files: likewise
    python3 bench/natural_injection.py --half fresh12             # the twenty-eighth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh13             # the twenty-ninth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh14             # the thirtieth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh15             # the thirty-first round's unread files: likewise
    python3 bench/natural_injection.py --half fresh16             # the thirty-second round's unread files: likewise
    python3 bench/natural_injection.py --half fresh17             # the thirty-third round's unread files: likewise
    python3 bench/natural_injection.py --half fresh18             # the thirty-fourth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh19             # the thirty-fifth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh20             # the thirty-sixth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh21             # the thirty-seventh round's unread files: likewise
    python3 bench/natural_injection.py --half fresh22             # the thirty-eighth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh23             # the thirty-ninth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh24             # the fortieth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh25             # the forty-first round's unread files: likewise
    python3 bench/natural_injection.py --half fresh26             # the forty-second round's unread files: likewise
    python3 bench/natural_injection.py --half fresh27             # the forty-third round's unread files: likewise
    python3 bench/natural_injection.py --half fresh28             # the forty-fourth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh29             # the forty-fifth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh30             # the forty-sixth round's unread files: likewise
    python3 bench/natural_injection.py --half fresh31             # the forty-seventh round's unread files: likewise

dev.jsonl's injected errors sit in 500 news paragraphs of one source; the held-out sets are other
news and encyclopaedic text. This script makes the same kinds of error (the harder variants of
make_hard_cases.py: close values, single words, names of the same document) in the bench's articles,
40% of the records left clean, and scores the checks with the shared scorer (score.py): recall,
typed recall per error type, false alarms on the clean records. The injections depend only on the
seed and the files, so a report can be repeated; the validate files' examples are not printed.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import make_hard_cases  # noqa: E402
import splits  # noqa: E402
from check_eval import flags_for, scorer  # noqa: E402
from pipeline.checks.config import load_config  # noqa: E402


def records(half: str, seed: int) -> list[dict]:
    pairs = [(r["doc_id"], r["source"], r["translation"]) for r in splits.natural(half)]
    return make_hard_cases.generate(make_hard_cases.load_bases(None, pairs), seed, passes=1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=tuple(splits.NATURAL_FILES), required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--config", type=Path)
    ap.add_argument("--misses", action="store_true", help="list missed injections and false alarms (tune only)")
    args = ap.parse_args()
    if args.misses and args.half != "tune":
        ap.error("--misses reads examples: tune only")
    rows = records(args.half, args.seed)
    flag_rows, seconds = flags_for(rows, load_config(args.config))
    score = scorer("score.py", rows, flag_rows)
    print(json.dumps({"half": args.half, "seed": args.seed, "files": list(splits.NATURAL_FILES[args.half]),
                      "seconds": round(seconds, 2), "score": score}, indent=1))
    if args.misses:
        for r, fr in zip(rows, flag_rows):
            counted = [f for f in fr["flags"] if f["severity"] in ("error", "warning")]
            if r["errors"]:
                e = r["errors"][0]
                typed = [f for f in counted if f["category"] == e["category"]]
                if not typed:
                    print(f"MISSED {r['id']} {e['type']}: {e['detail']}\n  DE: {r['source']}\n  EN: {r['translation']}"
                          + "".join(f"\n  other: {f['check']}: {f['message'][:160]}" for f in counted))
            elif counted:
                print(f"FALSE {r['id']}: " + "; ".join(f"{f['check']}: {f['message'][:200]}" for f in counted))
    return 0


if __name__ == "__main__":
    sys.exit(main())
