"""Reading sentence-pair files for ``deen check PAIRS.jsonl`` and writing their flags."""
from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError
from .records import Flag, Unit


def read_pairs(path: Path) -> list[Unit]:
    """Lines ``{"id", "source", "translation"[, "doc_id"]}``; every bad line is reported at once."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 (byte {e.start})") from e
    units: list[Unit] = []
    problems: list[str] = []
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: bad JSON ({e.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("source"), str):
            problems.append(f"line {n}: needs an object with a string \"source\"")
            continue
        tr = row.get("translation")
        if tr is not None and not isinstance(tr, str):
            problems.append(f"line {n}: \"translation\" must be a string")
            continue
        uid = str(row.get("id", n))
        if uid in seen:
            problems.append(f"line {n}: duplicate id {uid!r}")
            continue
        seen.add(uid)
        doc = row.get("doc_id")
        units.append(Unit(id=uid, source=row["source"], translation=tr,
                          doc_id=str(doc) if doc is not None else None))
    if problems:
        shown = problems[:20]
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise InputError(path, "invalid pairs file:\n  " + "\n  ".join(shown) + more)
    if not units:
        raise InputError(path, "no pairs in file (empty)")
    return units


def flag_rows(units: list[Unit], flags: list[list[Flag]]) -> list[dict]:
    return [{"id": u.id, "flags": [f.to_json() for f in fl]} for u, fl in zip(units, flags)]
