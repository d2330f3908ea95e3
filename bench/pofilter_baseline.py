#!/usr/bin/env python3
"""Baseline: translate-toolkit's pofilter checks on a benchmark, as flags in the score.py format.

    python3 bench/pofilter_baseline.py ../shared/bench/dev.jsonl --out /tmp/pofilter_dev.jsonl
    python3 ../shared/bench/score.py ../shared/bench/dev.jsonl /tmp/pofilter_dev.jsonl

Each pair becomes a PO unit (msgid German, msgstr English) checked by the same
checker pofilter builds (TeeChecker over StandardChecker and StandardUnitChecker,
target language en, no filter excluded). Every failing pofilter test becomes one
flag; POFILTER_CATEGORY maps the tests to deen's categories. A test with no deen
counterpart becomes a flag of category "other": with ``--mode mapped`` (default)
its severity is "info", so score.py ignores it; with ``--mode all`` every failure
counts, as a pofilter user reading its whole output would see it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from translate.filters import checks
from translate.storage import pypo

# pofilter test -> deen category. pofilter has no date or name test: a changed year or day is
# caught, if at all, by "numbers"; "acronyms" (an all-caps word of the source missing from the
# target) is the nearest thing to a name check.
POFILTER_CATEGORY = {
    "numbers": "number",
    "doublequoting": "quote", "singlequoting": "quote", "brackets": "quote",
    "long": "omission", "short": "omission", "sentencecount": "omission",
    "untranslated": "untranslated", "unchanged": "untranslated", "blank": "untranslated",
    "doublewords": "repetition",
    "acronyms": "name",
}


def make_checker() -> checks.TeeChecker:
    """The checker pofilter itself builds for a target language, with every test enabled."""
    return checks.TeeChecker(checkerconfig=checks.CheckerConfig(targetlanguage="en"), excludefilters={},
                             limitfilters=None, checkerclasses=[checks.StandardChecker, checks.StandardUnitChecker],
                             languagecode="en")


def flags_for(checker: checks.TeeChecker, source: str, translation: str, mode: str) -> list[dict]:
    unit = pypo.pounit(source)
    unit.target = translation
    flags = []
    for test, failure in sorted(checker.run_filters(unit, categorised=True).items()):
        category = POFILTER_CATEGORY.get(test, "other")
        counted = category != "other" or mode == "all"
        flags.append({"check": f"pofilter:{test}", "category": category,
                      "severity": "warning" if counted else "info", "side": "translation",
                      "message": str(failure.get("message", failure))})
    return flags


def run(bench: Path, out: Path, mode: str) -> tuple[int, float]:
    rows = [json.loads(line) for line in bench.read_text(encoding="utf-8").splitlines() if line.strip()]
    checker = make_checker()
    start = time.perf_counter()
    result = [{"id": r["id"], "flags": flags_for(checker, r["source"], r.get("translation") or "", mode)}
              for r in rows]
    elapsed = time.perf_counter() - start
    with open(out, "w", encoding="utf-8") as f:
        for row in result:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows), elapsed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bench", type=Path, help="benchmark JSONL (id, source, translation)")
    ap.add_argument("--out", type=Path, required=True, help="flags JSONL for score.py")
    ap.add_argument("--mode", choices=("mapped", "all"), default="mapped",
                    help="mapped: only tests with a deen category count; all: every failing test counts")
    args = ap.parse_args(argv)
    n, elapsed = run(args.bench, args.out, args.mode)
    print(f"{n} paragraphs in {elapsed:.2f} s ({n / elapsed:.0f} paragraphs/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
