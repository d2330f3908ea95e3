"""Reading sentence-pair files for ``deen check PAIRS.jsonl`` and writing their flags."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from .errors import InputError
from .limits import limits, over_limit_message
from .records import Flag, Unit


def _lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_pairs(path: Path, notes: Optional[list] = None) -> list[Unit]:
    """Lines ``{"id", "source", "translation"[, "doc_id"]}``; every bad line is reported at once.

    A pair whose source or translation is over the paragraph limit is kept (the check runner flags
    it and does not check it); ``notes`` receives a message naming its line.
    """
    path = Path(path)
    lim = limits()
    try:
        size = path.stat().st_size
        if size > lim.pairs_file_bytes:
            raise InputError(path, f"too large ({size:,} bytes; the limit is {lim.pairs_file_bytes:,}): "
                                   f"split it into several pairs files")
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
        except RecursionError:
            problems.append(f"line {n}: JSON nested too deeply")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("source"), str):
            problems.append(f"line {n}: needs an object with a string \"source\"")
            continue
        tr = row.get("translation")
        if tr is not None and not isinstance(tr, str):
            problems.append(f"line {n}: \"translation\" must be a string")
            continue
        if any(isinstance(v, str) and _lone_surrogate(v) for v in
               (row["source"], tr, row.get("id"), row.get("doc_id"))):
            problems.append(f"line {n}: a \\ud800-\\udfff escape that is half of a pair (no Unicode character)")
            continue
        longest = max(len(row["source"]), len(tr or ""))
        if longest > lim.paragraph_chars and notes is not None:
            notes.append(f"line {n}: {over_limit_message(longest, lim.paragraph_chars)}")
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
