#!/usr/bin/env python3
"""Measure the checks on one half of every set, with the shared scorers.

    python3 bench/check_eval.py --half tune [--out DIR] [--json]
    python3 bench/check_eval.py --half validate      # report once, never tune on it

Sets (bench/splits.py says how they are split):
  realmt    labelled real MT output (realmt_dev.jsonl + bench/labels), scored by realmt_eval.py
  enriched  labelled real MT picked by disagreement with the references (bench/select_realmt_enriched.py):
            rich in errors of checked categories, so read its recall only, never its precision
  flagged   labelled real MT the checks flagged at one commit, with unflagged decoys
            (bench/select_realmt_flagged.py): read each check's precision only
  fresh     a second random sample of the validate half, labelled after the first validate report
            (not in the default sets: ask for it by name, once)
  census    every pool output of the half the checks flag now, with its label from any set: per-check
            precision over all flagged outputs, exact when every one is labelled (the report says how
            many are not). Not in the default sets.
  population  every pool output of the half (tune, validate-b), estimated from all labels: the labelled
            outputs exactly, the rest from a random sample of them (bench/population.py). Not in the
            default sets; validate-b's is reported once per round, before and after.
  refs      both human references of every pool segment: clean, so any flag is a false alarm
  natural   clean articles written for the bench (bench/natural/): paragraphs, so any flag is a false
            alarm; the files bench/splits.py NATURAL_FILES names per half (not in the default sets)
  dev       injected-error paragraphs (dev.jsonl), scored by score.py
  pool      unlabelled system outputs: only how often each check fires (no truth)
Per check: on realmt, the share of segments it flags that hold a labelled error
(precision), which decides whether the check may be an `error`.
With --out, every flagged record of each set is written for reading (tune and validate-a only:
validate-b is reported, never read; see bench/splits.py).
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import population  # noqa: E402
import splits  # noqa: E402
from pipeline.checks.config import load_config  # noqa: E402
from pipeline.checks.runner import run_checks  # noqa: E402
from pipeline.records import Unit  # noqa: E402

COUNTED = ("error", "warning")


def flags_for(rows: list[dict], config) -> tuple[list[dict], float]:
    units = [Unit(id=str(r["id"]), source=r["source"], translation=r.get("translation"),
                  doc_id=r.get("doc_id")) for r in rows]
    t = time.perf_counter()
    flags = run_checks(units, config)
    dt = time.perf_counter() - t
    return [{"id": u.id, "flags": [f.to_json() for f in fl]} for u, fl in zip(units, flags)], dt


def scorer(script: str, rows: list[dict], flag_rows: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as d:
        a, b = Path(d) / "bench.jsonl", Path(d) / "flags.jsonl"
        splits.write_jsonl(a, rows)
        splits.write_jsonl(b, flag_rows)
        out = subprocess.run([sys.executable, str(splits.SHARED / script), str(a), str(b), "--json"],
                             capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def counted(fr: dict) -> list[dict]:
    return [f for f in fr["flags"] if f["severity"] in COUNTED]


def per_check(rows: list[dict], flag_rows: list[dict]) -> dict:
    """For each check: segments flagged (error/warning), how many hold a labelled error, and the same
    by German line: the nine systems' outputs of one line are one sentence, so a check's precision is
    also given with each line weighing one (the mean, over the lines it flags, of its share right)."""
    truth = {str(r["id"]): bool(r["errors"]) for r in rows}
    line = {str(r["id"]): r.get("line", r["id"]) for r in rows}
    stats: dict = collections.defaultdict(lambda: [0, 0, collections.defaultdict(list)])
    for fr in flag_rows:
        for check in {f["check"] for f in counted(fr)}:
            stats[check][0] += 1
            stats[check][1] += truth[fr["id"]]
            stats[check][2][line[fr["id"]]].append(truth[fr["id"]])
    return {c: {"flagged": n, "true": t, "precision": round(t / n, 3), "lines": len(by_line),
                "line_precision": round(sum(sum(v) / len(v) for v in by_line.values()) / len(by_line), 3)}
            for c, (n, t, by_line) in sorted(stats.items())}


def rate(flag_rows: list[dict]) -> dict:
    flagged = [fr for fr in flag_rows if counted(fr)]
    by_check = collections.Counter(c for fr in flagged for c in {f["check"] for f in counted(fr)})
    return {"records": len(flag_rows), "flagged": len(flagged),
            "rate": round(len(flagged) / len(flag_rows), 4) if flag_rows else None,
            "by_check": dict(by_check.most_common())}


def census(half: str, config, out: Path | None = None) -> dict:
    """Per-check precision over every output of the pool's half that the checks flag, each read with
    its label wherever it was labelled; outputs flagged but labelled nowhere are counted, not guessed."""
    labels = splits.all_labelled(half)
    pool = splits.pool_outputs(half)
    flag_rows, dt = flags_for(pool, config)
    rows, flagged, unlabelled = [], [], collections.Counter()
    for r, fr in zip(pool, flag_rows):
        if not counted(fr):
            continue
        lab = labels.get((r["line"], r["system"]))
        if lab is None:
            unlabelled.update({f["check"] for f in counted(fr)})
            unlabelled["(outputs)"] += 1
            continue
        rows.append({**lab, "id": fr["id"]})
        flagged.append(fr)
    if out:
        write_flagged(out / "census.flagged.jsonl", rows, flagged)
    holding = sum(bool(r["errors"]) for r in rows)
    return {"seconds": round(dt, 2), "records": len(pool),
            "score": {"flagged_labelled": len(rows), "flagged_unlabelled": unlabelled.pop("(outputs)", 0),
                      "precision": round(holding / len(rows), 3) if rows else None,
                      "unlabelled_by_check": dict(unlabelled)},
            "per_check": per_check(rows, flagged)}


def write_flagged(path: Path, rows: list[dict], flag_rows: list[dict]) -> None:
    """The records the checks flag, each with its counted flags, for reading."""
    path.parent.mkdir(parents=True, exist_ok=True)
    by_id = {str(r["id"]): r for r in rows}
    with open(path, "w", encoding="utf-8") as f:
        for fr in flag_rows:
            if counted(fr):
                r = dict(by_id[fr["id"]])
                r["flags"] = [{k: x[k] for k in ("check", "category", "severity", "message")} for x in counted(fr)]
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=splits.HALVES, required=True)
    ap.add_argument("--sets", default="realmt,enriched,flagged,refs,dev,pool")
    ap.add_argument("--config", type=Path)
    ap.add_argument("--out", type=Path, help="write flagged records per set here (tune, validate-a)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.out and args.half not in ("tune", "validate-a"):
        ap.error("--out lists flagged records for reading: only on the tune half and validate-a")
    config = load_config(args.config)
    wanted = args.sets.split(",")
    res: dict = {"half": args.half}
    loaders = {"realmt": splits.realmt_labelled, "enriched": splits.realmt_enriched,
               "flagged": splits.realmt_flagged, "fresh": splits.realmt_fresh,
               "refs": splits.human_references, "natural": splits.natural, "dev": splits.dev,
               "natural_fresh": lambda half: splits.natural("fresh"),
               "pool": splits.pool_outputs}
    for name in wanted:
        if name == "census":
            res[name] = census(args.half, config, args.out)
            continue
        if name == "population":
            res[name] = population.estimate(
                args.half, lambda rows: [bool(counted(fr)) for fr in flags_for(rows, config)[0]])
            continue
        rows = loaders[name](args.half)
        flag_rows, dt = flags_for(rows, config)
        entry: dict = {"seconds": round(dt, 2), "records": len(rows)}
        if name in ("realmt", "enriched", "flagged", "fresh"):
            entry["score"] = scorer("realmt_eval.py", rows, flag_rows)
            entry["per_check"] = per_check(rows, flag_rows)
        elif name == "dev":
            entry["score"] = scorer("score.py", rows, flag_rows)
        else:
            entry.update(rate(flag_rows))
        res[name] = entry
        if args.out:
            write_flagged(args.out / f"{name}.flagged.jsonl", rows, flag_rows)
            if name in ("realmt", "enriched"):
                with open(args.out / f"{name}.missed.jsonl", "w", encoding="utf-8") as f:
                    for fr, r in zip(flag_rows, rows):
                        if not counted(fr) and any(e["severity"] == "major" for e in r["errors"]):
                            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    for name in wanted:
        e = res[name]
        if name == "population":
            print(f"== population ({args.half}): {e['population']} outputs, {e['labelled']} labelled, "
                  f"unlabelled {e['unlabelled']} estimated from {e['sampled']}")
            for k, v in e["score"].items():
                print(f"   {k:22s} {v}  (90%: {e['interval_90'][k]})")
            continue
        print(f"== {name} ({args.half}): {e['records']} records, checks {e['seconds']} s")
        if "score" in e:
            for k, v in e["score"].items():
                print(f"   {k:22s} {v}")
        if "per_check" in e:
            print("   per check (flagged segments, holding an error, precision; German lines, precision by line):")
            for c, s in e["per_check"].items():
                print(f"     {c:24s} {s['flagged']:4d} {s['true']:4d} {s['precision']:<6} {s['lines']:4d} {s['line_precision']}")
        if "rate" in e:
            print(f"   flagged {e['flagged']}/{e['records']} = {e['rate']}")
            for c, n in e["by_check"].items():
                print(f"     {c:24s} {n}")


if __name__ == "__main__":
    main()
