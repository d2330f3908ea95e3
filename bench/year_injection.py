#!/usr/bin/env python3
"""How many dev-style spurious years `year_out_of_frame` finds, and what it flags on German nobody changed.

    python3 bench/year_injection.py --half tune [--per 4] [--misses]

dev.jsonl's `spurious_year` errors put „im Jahr Y“ or a bare „Y“ mid-clause before a preposition, in
the German and the English, with Y far from the document's years. dev holds 30 of them, 11 on the tune
half: too few to tell a rule from a fit. This script makes more the same way from every clean dev
paragraph of a half, and every paragraph of the half's articles in bench/natural/ (natural_a.jsonl for
tune, natural_b.jsonl for validate-a), whose document names a year: ``--per`` injections each, at slots and years drawn
with a seed fixed by the paragraph's id, the other paragraphs of its document beside it (those whose
German an injection changed are left out). It reports the share found (a counted flag of
`year_out_of_frame` on the injected year), and the check's counted flags on German nobody changed:
every dev paragraph of the half whose German no injection touched and every paragraph of the half's
natural articles (in its document), and every German source of the half's real MT pool. Those are false
alarms.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import splits  # noqa: E402
from make_hard_cases import PREPOSITIONS_DE, PREPOSITIONS_EN, YEAR_RE, mid_clause_slots  # noqa: E402

from pipeline.checks.config import load_config  # noqa: E402
from pipeline.checks.runner import run_checks  # noqa: E402
from pipeline.records import Severity, Unit  # noqa: E402

COUNTED = (Severity.ERROR, Severity.WARNING)
YEARS = range(1975, 2016)
MIN_DISTANCE = 5  # from every year of the document, and outside their span, as dev's injected years are


# Encyclopaedia and news articles written for this bench by helper sessions (bench/natural/README.md),
# clean: one file per half, the validate one reported, never read.
NATURAL = {"tune": HERE / "natural" / "natural_a.jsonl", "validate-a": HERE / "natural" / "natural_b.jsonl"}


def cases(half: str, per: int) -> tuple[list[dict], list[dict]]:
    """(injected cases, paragraphs with German nobody changed), each with the units of its document."""
    docs = collections.defaultdict(list)
    for r in splits.dev(half):
        docs[r["doc_id"]].append(r)
    for r in splits.read_jsonl(NATURAL[half]):
        docs[r["doc_id"]].append({**r, "reference": r["translation"], "errors": []})
    injected, bases = [], []
    for doc, rows in docs.items():
        # Paragraphs whose German an injection of dev changed would lend the frame a year not of the text.
        context = [r for r in rows if not any(e.get("side") == "both" for e in r["errors"])]
        years = {int(y) for r in context for y in YEAR_RE.findall(r["source"])}
        for r in rows:
            others = [c for c in context if c is not r]
            if r in context:  # German nobody changed: any flag on it is a false alarm
                bases.append({"id": r["id"], "doc": doc, "source": r["source"], "translation": r["reference"],
                              "context": others})
            if r["errors"] or not years:
                continue
            de_slots = mid_clause_slots(r["source"], PREPOSITIONS_DE)
            en_slots = mid_clause_slots(r["reference"], PREPOSITIONS_EN)
            # Outside the span the document tells, as dev's are: inside it a year is in the text's frame.
            far = [y for y in YEARS if all(abs(y - d) >= MIN_DISTANCE for d in years)
                   and not min(years) <= y <= max(years)]
            if not de_slots or not en_slots or not far:
                continue
            rng = random.Random(zlib.crc32(r["id"].encode()))
            for k in range(per):
                year = rng.choice(far)
                phrase = rng.choice((f"im Jahr {year}", f"{year}"))
                ds, es = rng.choice(de_slots), rng.choice(en_slots)
                injected.append({"id": f"{r['id']}+{k}", "doc": doc, "year": year, "phrase": phrase,
                                 "source": r["source"][:ds] + phrase + " " + r["source"][ds:],
                                 "translation": r["reference"][:es] + f"in {year} " + r["reference"][es:],
                                 "years": sorted(years), "context": others})
    return injected, bases


def flags_of(case: dict, config) -> list:
    units = [Unit(id=case["id"], source=case["source"], translation=case["translation"], doc_id=case["doc"])]
    units += [Unit(id=c["id"], source=c["source"], translation=c["reference"], doc_id=case["doc"])
              for c in case["context"]]
    return [f for f in run_checks(units, config)[0] if f.check == "year_out_of_frame" and f.severity in COUNTED]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("tune", "validate-a"), required=True,
                    help="validate-b's paragraphs are reported through dev.jsonl, never used here")
    ap.add_argument("--per", type=int, default=4, help="injections per clean paragraph")
    ap.add_argument("--misses", action="store_true", help="list the injections not found and the false alarms")
    ap.add_argument("--config", type=Path)
    args = ap.parse_args()
    config = load_config(args.config)
    injected, bases = cases(args.half, args.per)
    found, missed = 0, []
    for c in injected:
        flags = flags_of(c, config)
        hit = any(f.source_span and str(c["year"]) in c["source"][f.source_span[0]:f.source_span[1]] for f in flags)
        found += hit
        if not hit:
            missed.append(c)
    base_alarms = [(b, f) for b in bases for f in flags_of(b, config)]
    pool = {r["line"]: r["source"] for r in splits.pool_outputs(args.half)}
    units = [Unit(id=str(line), source=src) for line, src in sorted(pool.items())]
    pool_alarms = [(u, f) for u, fl in zip(units, run_checks(units, config, only=["year_out_of_frame"]))
                   for f in fl if f.severity in COUNTED]
    print(json.dumps({"half": args.half, "injected": len(injected), "found": found,
                      "recall": round(found / len(injected), 3) if injected else None,
                      "natural_paragraphs": len(bases), "natural_flagged": len({b["id"] for b, _ in base_alarms}),
                      "pool_sources": len(units), "pool_flagged": len({u.id for u, _ in pool_alarms})}, indent=1))
    if args.misses:
        for c in missed:
            print(f"MISSED {c['id']} {c['phrase']!r} (document years {c['years']}): {c['source']}")
        for b, f in base_alarms:
            print(f"NATURAL {b['id']}: {f.message}")
        for u, f in pool_alarms:
            print(f"POOL {u.id}: {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
