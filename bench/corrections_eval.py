#!/usr/bin/env python3
"""Corrections on the checker benchmark, without a model: what the English-side rules achieve.

    python3 bench/corrections_eval.py [BENCH.jsonl] [--json] [--out FILE.md]

Runs every check on each pair, then ``correct_document`` with no translator, so only
``english_fix`` (deterministic fixes and the checks' full-string suggestions, German
repairs mirrored in the English) can apply; ``nbest`` needs stored hypotheses and
``source_repair`` a model. Reports, over corrupted records the checks flag, the share
whose correction was applied (flags cleared, no new flag), the share where the
corrected text equals the clean reference, what happened on clean records, and
BLEU/chrF of raw and corrected translations against the references (sacrebleu).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import sacrebleu

from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.correct import ACTIONABLE, correct_document
from pipeline.records import Unit

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev.jsonl"


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(records: list[dict]) -> dict:
    units = [Unit(id=r["id"], source=r["source"], translation=r["translation"], doc_id=r.get("doc_id"))
             for r in records]
    config = load_config()
    t0 = time.perf_counter()
    flags = run_checks(units, config)
    t1 = time.perf_counter()
    results = correct_document(units, flags, None, config)
    t2 = time.perf_counter()

    per_type: dict[str, Counter] = defaultdict(Counter)
    rules: dict[str, Counter] = defaultdict(Counter)
    raw_all, fixed_all, refs = [], [], []
    changed_raw, changed_fixed, changed_refs = [], [], []
    for r, fl, (text, corrections) in zip(records, flags, results):
        kind = r["errors"][0]["type"] if r["errors"] else "clean"
        counts = per_type[kind]
        counts["records"] += 1
        actionable = [f for f in fl if f.severity in ACTIONABLE]
        applied = [c for c in corrections if c.cleared]
        for c in corrections:
            rules[c.rule]["attempts"] += 1
            rules[c.rule]["applied"] += c.cleared
        if actionable:
            counts["flagged"] += 1
            if corrections:
                counts["attempted"] += 1
            if applied:
                counts["corrected"] += 1
                if {f.check for f in actionable} <= {check for c in applied for check in c.checks}:
                    counts["all flags cleared"] += 1
        if text != r["translation"]:
            counts["changed"] += 1
            counts["equals reference"] += text == r["reference"]
            changed_raw.append(r["translation"])
            changed_fixed.append(text)
            changed_refs.append(r["reference"])
        raw_all.append(r["translation"])
        fixed_all.append(text)
        refs.append(r["reference"])

    bleu, chrf = sacrebleu.BLEU(), sacrebleu.CHRF()

    def scores(hyps, refs_):
        if not hyps:
            return {"bleu": None, "chrf": None}
        return {"bleu": round(bleu.corpus_score(hyps, [refs_]).score, 2),
                "chrf": round(chrf.corpus_score(hyps, [refs_]).score, 2)}

    corrupted = Counter()
    for kind, c in per_type.items():
        if kind != "clean":
            corrupted.update(c)
    return {
        "records": len(records), "seconds_checks": round(t1 - t0, 2), "seconds_corrections": round(t2 - t1, 2),
        "corrupted": dict(corrupted), "clean": dict(per_type.get("clean", Counter())),
        "per_type": {k: dict(v) for k, v in sorted(per_type.items()) if k != "clean"},
        "rules": {k: dict(v) for k, v in sorted(rules.items())},
        "all": {"raw": scores(raw_all, refs), "corrected": scores(fixed_all, refs)},
        "changed": {"n": len(changed_raw), "raw": scores(changed_raw, changed_refs),
                    "corrected": scores(changed_fixed, changed_refs)},
        "signature": {"bleu": str(bleu.get_signature()), "chrf": str(chrf.get_signature())},
    }


def _share(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else f"{a}/0"


def render(res: dict, bench: Path) -> str:
    c, k = res["corrupted"], res["clean"]
    lines = [f"bench: `{bench}` ({res['records']} records); checks {res['seconds_checks']} s, "
             f"corrections {res['seconds_corrections']} s", "",
             "| | corrupted records | clean records |", "|---|---:|---:|",
             f"| flagged (error/warning) | {_share(c.get('flagged', 0), c.get('records', 0))} "
             f"| {_share(k.get('flagged', 0), k.get('records', 0))} |",
             f"| correction attempted, of flagged | {_share(c.get('attempted', 0), c.get('flagged', 0))} "
             f"| {_share(k.get('attempted', 0), k.get('flagged', 0))} |",
             f"| **correction applied** (its flags cleared, no new flag), of flagged "
             f"| **{_share(c.get('corrected', 0), c.get('flagged', 0))}** "
             f"| {_share(k.get('corrected', 0), k.get('flagged', 0))} |",
             f"| every error/warning flag addressed by an applied correction, of flagged "
             f"| {_share(c.get('all flags cleared', 0), c.get('flagged', 0))} "
             f"| {_share(k.get('all flags cleared', 0), k.get('flagged', 0))} |",
             f"| text changed | {c.get('changed', 0)} | {k.get('changed', 0)} |",
             f"| changed text now equals the reference | {_share(c.get('equals reference', 0), c.get('changed', 0))} "
             f"| {_share(k.get('equals reference', 0), k.get('changed', 0))} |", "",
             "Per injected error type (of flagged records: applied; of changed: equals reference):", "",
             "| type | records | flagged | applied | equals reference |", "|---|---:|---:|---:|---:|"]
    for kind, v in res["per_type"].items():
        lines.append(f"| {kind} | {v.get('records', 0)} | {v.get('flagged', 0)} | "
                     f"{_share(v.get('corrected', 0), v.get('flagged', 0))} | "
                     f"{_share(v.get('equals reference', 0), v.get('changed', 0))} |")
    lines += ["", "Attempts per rule:", "", "| rule | attempts | applied |", "|---|---:|---:|"]
    for rule, v in res["rules"].items():
        lines.append(f"| {rule} | {v.get('attempts', 0)} | {v.get('applied', 0)} |")
    a, ch = res["all"], res["changed"]
    lines += ["", "Against the references:", "", "| translations | BLEU | chrF |", "|---|---:|---:|",
              f"| all {res['records']}, raw | {a['raw']['bleu']} | {a['raw']['chrf']} |",
              f"| all {res['records']}, corrected | {a['corrected']['bleu']} | {a['corrected']['chrf']} |",
              f"| the {ch['n']} changed, raw | {ch['raw']['bleu']} | {ch['raw']['chrf']} |",
              f"| the {ch['n']} changed, corrected | {ch['corrected']['bleu']} | {ch['corrected']['chrf']} |", "",
              f"sacrebleu signatures: `{res['signature']['bleu']}`, `{res['signature']['chrf']}`"]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench", nargs="?", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--out", type=Path, help="also write the Markdown table here")
    args = ap.parse_args(argv)
    res = evaluate(read(args.bench))
    text = json.dumps(res, indent=1) if args.json else render(res, args.bench)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if args.out:
        args.out.write_text(render(res, args.bench), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
