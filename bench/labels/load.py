#!/usr/bin/env python3
"""Rebuild full labelled records of realmt_more by joining the labels with the WMT pool.

The committed labels hold only id, line, system, errors and checked; the German
and English text stays in the shared pool (WMT licence). The join gives records
shaped like realmt_dev.jsonl, which realmt_eval.py and `deen check` read:

    python3 bench/labels/load.py /work/shared/bench/realmt_pool.jsonl out/realmt_more.jsonl
    deen check out/realmt_more.jsonl --out out/flags_more.jsonl
    python3 /work/shared/bench/realmt_eval.py out/realmt_more.jsonl out/flags_more.jsonl

`half` is "tune" for odd lines and "validate" for even lines, the project's split.
Stdlib only, so the benchmark scripts can import it without the package.
"""
import json
import sys
from pathlib import Path

LABELS = Path(__file__).with_name("realmt_more.jsonl")


def load_realmt_more(pool_path, labels_path=LABELS):
    """Labelled records (id, system, line, half, source, translation, errors) in label order.

    Raises ValueError naming the record when a label's line or system is not in the
    pool or a labelled span is not found in the rebuilt text, so a changed pool
    cannot silently pair labels with the wrong text.
    """
    pool = {}
    with open(pool_path, encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                row = json.loads(raw)
                pool[row["line"]] = row
    records = []
    with open(labels_path, encoding="utf-8") as f:
        for raw in f:
            if not raw.strip():
                continue
            label = json.loads(raw)
            row = pool.get(label["line"])
            if row is None or label["system"] not in row["systems"]:
                raise ValueError(f"{label['id']}: line {label['line']} / {label['system']} not in {pool_path}")
            source, translation = row["source"], row["systems"][label["system"]]
            for err in label["errors"]:
                if err["german"] not in source or err["english"] not in translation:
                    raise ValueError(f"{label['id']}: labelled span not in the pool text: {err}")
            records.append({
                "id": label["id"], "system": label["system"], "line": label["line"],
                "half": "tune" if label["line"] % 2 else "validate",
                "source": source, "translation": translation, "errors": label["errors"],
            })
    return records


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: load.py POOL.jsonl OUT.jsonl")
    records = load_realmt_more(sys.argv[1])
    Path(sys.argv[2]).parent.mkdir(parents=True, exist_ok=True)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} records -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
