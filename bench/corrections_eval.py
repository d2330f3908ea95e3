#!/usr/bin/env python3
"""Corrections on one half of the tuned-on sets, without a model: what they fix and what they break.

    python3 bench/corrections_eval.py --half tune [--json] [--out FILE.md] [--suggestions FILE.jsonl]
    python3 bench/corrections_eval.py --half validate     # report once, never tune on it

Runs every check on each pair, then ``correct_document`` with no translator: the rules that
need no model (every family's English fixes, German repairs mirrored in the English, the
checks' suggestions); ``nbest`` needs stored hypotheses and ``source_repair`` a model, so
neither runs here. Sets (bench/splits.py says how they are split):

  refs     both human references of every pool segment: error-free, so any change is a harm
  realmt   labelled real MT output: the error-free segments (any change is a harm) and the others
  dev      injected-error paragraphs: the clean ones (harm) and the corrupted ones (what is fixed)
  pool     unlabelled system outputs (realmt_pool.jsonl): how often real MT gets a suggestion (no truth)

The figure for issue 9 part 6 is "error-free texts changed": at most 1 in 200.
With --suggestions, every suggestion proposed on realmt, dev and pool (one line per flag: ids, the
flag, the English around each edit before and after) is written for labelling.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import sacrebleu  # noqa: E402

import splits  # noqa: E402
from pipeline.checks.config import load_config  # noqa: E402
from pipeline.checks.runner import run_checks  # noqa: E402
from pipeline.correct import ACTIONABLE, APPLY, correct_document  # noqa: E402
from pipeline.edits import compose  # noqa: E402
from pipeline.records import Side, Unit  # noqa: E402

GOAL = 1 / 200  # issue 9 part 6: error-free paragraphs changed at most this often


def run(rows: list[dict], config) -> tuple[list, list, float, float]:
    units = [Unit(id=str(r["id"]), source=r["source"], translation=r["translation"], doc_id=r.get("doc_id"))
             for r in rows]
    t0 = time.perf_counter()
    flags = run_checks(units, config)
    t1 = time.perf_counter()
    results = correct_document(units, flags, None, config)
    return flags, results, t1 - t0, time.perf_counter() - t1


def clean_of(name: str, r: dict) -> bool:
    if name == "pool":
        return False  # unlabelled: counted apart, never as error-free
    return name == "refs" or not r["errors"]


def evaluate(name: str, rows: list[dict], config) -> dict:
    flags, results, t_checks, t_corr = run(rows, config)
    counts: dict[str, Counter] = {"error-free": Counter(), "with errors": Counter()}
    # pool rows carry no labels: their counts land under "with errors", read as "unlabelled"
    rules: dict[str, Counter] = defaultdict(Counter)
    changed_free = []
    for r, fl, res in zip(rows, flags, results):
        c = counts["error-free" if clean_of(name, r) else "with errors"]
        c["records"] += 1
        for x in res.corrections:
            rules[x.rule]["attempts"] += 1
            rules[x.rule]["passed re-check"] += x.cleared
        c["flagged"] += any(f.severity in ACTIONABLE for f in fl)
        c["suggestions"] += len({e.flag for e in res.edits})
        c["applied"] += len(res.applied)
        if res.text != r["translation"]:
            c["changed"] += 1
            if clean_of(name, r):
                changed_free.append({"id": r["id"], "applied": list(res.applied)})
            elif "reference" in r:
                c["equals reference"] += res.text == r["reference"]
    out = {"records": len(rows), "seconds_checks": round(t_checks, 2), "seconds_corrections": round(t_corr, 2),
           **{k: dict(v) for k, v in counts.items()}, "rules": {k: dict(v) for k, v in sorted(rules.items())},
           "changed_error_free": changed_free}
    if name == "dev":
        bleu, chrf = sacrebleu.BLEU(), sacrebleu.CHRF()
        refs = [r["reference"] for r in rows]
        raw = [r["translation"] for r in rows]
        fixed = [res.text for res in results]
        out["against_references"] = {
            "raw": {"bleu": round(bleu.corpus_score(raw, [refs]).score, 2),
                    "chrf": round(chrf.corpus_score(raw, [refs]).score, 2)},
            "corrected": {"bleu": round(bleu.corpus_score(fixed, [refs]).score, 2),
                          "chrf": round(chrf.corpus_score(fixed, [refs]).score, 2)},
            "signature": {"bleu": str(bleu.get_signature()), "chrf": str(chrf.get_signature())}}
    return out, flags, results


def suggestion_rows(name: str, rows: list[dict], flags, results, context: int = 50) -> list[dict]:
    """One line per proposed suggestion: which flag, and the English around it before and after."""
    out = []
    for r, fl, res in zip(rows, flags, results):
        by_id = {f.id: f for f in fl}
        for fid in dict.fromkeys(e.flag for e in res.edits):
            edits = [e for e in res.edits if e.flag == fid]
            en = [e for e in edits if e.side == Side.TRANSLATION]
            text = r["translation"]
            a = max(0, min(e.start for e in en) - context) if en else 0
            b = min(len(text), max(e.end for e in en) + context) if en else 0
            after = compose(text, en)
            shift = sum(len(e.replacement) - (e.end - e.start) for e in en)
            f = by_id[fid]
            out.append({"set": name, "id": r["id"], "flag": fid, "check": f.check, "severity": f.severity.value,
                        "message": f.message, "applied": fid in res.applied,
                        "labelled_errors": [e.get("category", e.get("type")) for e in r.get("errors", [])],
                        "english_before": text[a:b], "english_after": after[a:b + shift],
                        "german_edits": [e.to_json() for e in edits if e.side == Side.SOURCE]})
    return out


def _share(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.2f}%)" if b else f"{a}/0"


def render(res: dict) -> str:
    half = res["half"]
    lines = [f"Half: **{half}** (bench/splits.py). Checks and corrections without a model; "
             f"severities applied: {', '.join(res['apply'])}.", "",
             "| set | error-free texts | flagged | suggestions | **changed** | texts with errors | flagged "
             "| suggestions | changed |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    total_free = total_changed = 0
    for name in ("refs", "realmt", "dev", "pool"):
        if name not in res:
            continue
        e = res[name]
        k, w = e["error-free"], e["with errors"]
        total_free += k.get("records", 0)
        total_changed += k.get("changed", 0)
        lines.append(f"| {name} | {k.get('records', 0)} | {k.get('flagged', 0)} | {k.get('suggestions', 0)} "
                     f"| **{_share(k.get('changed', 0), k.get('records', 0))}** | {w.get('records', 0)} "
                     f"| {w.get('flagged', 0)} | {w.get('suggestions', 0)} | {w.get('changed', 0)} |")
    lines += ["", "(pool: unlabelled system outputs, all counted under \"texts with errors\"; no truth.)", "",
              f"Error-free texts changed, all sets: **{_share(total_changed, total_free)}** "
              f"(goal: at most {GOAL:.3%}, 1 in 200).", ""]
    if "dev" in res:
        w = res["dev"]["with errors"]
        lines += [f"dev, corrupted paragraphs: changed {w.get('changed', 0)} of {w.get('records', 0)}, of which "
                  f"{_share(w.get('equals reference', 0), w.get('changed', 0))} now equal the clean reference.", ""]
        a = res["dev"]["against_references"]
        lines += ["| dev translations | BLEU | chrF |", "|---|---:|---:|",
                  f"| raw | {a['raw']['bleu']} | {a['raw']['chrf']} |",
                  f"| corrected | {a['corrected']['bleu']} | {a['corrected']['chrf']} |", "",
                  f"sacrebleu signatures: `{a['signature']['bleu']}`, `{a['signature']['chrf']}`", ""]
    lines += ["Attempts per rule (each re-checked on its document):", "",
              "| set | rule | attempts | passed re-check |", "|---|---|---:|---:|"]
    for name in ("refs", "realmt", "dev", "pool"):
        for rule, v in res.get(name, {}).get("rules", {}).items():
            lines.append(f"| {name} | {rule} | {v.get('attempts', 0)} | {v.get('passed re-check', 0)} |")
    changed = [(n, c) for n in ("refs", "realmt", "dev") for c in res.get(n, {}).get("changed_error_free", [])]
    if changed:
        lines += ["", "Error-free texts changed (ids; the flags applied):", ""]
        lines += [f"- {n} `{c['id']}`: {', '.join(c['applied'])}" for n, c in changed]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=splits.HALVES, required=True)
    ap.add_argument("--sets", default="refs,realmt,dev,pool")
    ap.add_argument("--config", type=Path)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--out", type=Path, help="also write the Markdown tables here")
    ap.add_argument("--suggestions", type=Path, help="write every suggestion on realmt and dev here (tune only)")
    args = ap.parse_args(argv)
    if args.suggestions and args.half != "tune":
        ap.error("--suggestions lists suggestions for reading and labelling: only on the tune half")
    config = load_config(args.config)
    loaders = {"refs": splits.human_references, "realmt": splits.realmt_labelled, "dev": splits.dev,
               "pool": splits.pool_outputs}
    res: dict = {"half": args.half, "apply": [s.value for s in APPLY]}
    listed = []
    for name in args.sets.split(","):
        rows = loaders[name](args.half)
        res[name], flags, results = evaluate(name, rows, config)
        if name in ("realmt", "dev", "pool"):
            listed += suggestion_rows(name, rows, flags, results)
    text = json.dumps(res, indent=1, ensure_ascii=False) if args.json else render(res)
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(render(res), encoding="utf-8")
    if args.suggestions:
        splits.write_jsonl(args.suggestions, listed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
