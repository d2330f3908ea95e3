"""Reading sentence-pair files for ``deen check PAIRS.jsonl`` and writing their flags."""
from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Collection, Optional

from .errors import InputError
from .limits import limits, over_limit_message
from .records import Flag, Unit

REQUIRED = ("source", "translation")
OPTIONAL = ("id", "doc_id")
EXPECTED = (f"expected keys: {', '.join(map(json.dumps, REQUIRED))}, optionally {', '.join(map(json.dumps, OPTIONAL))} "
            f"(name other fields to ignore with --ignore-fields)")

# What other tools call these fields. A misnamed field would otherwise leave a pair without its
# translation or its document, and the check would quietly judge less than the user meant.
ALIASES = {
    "target": "translation", "tgt": "translation", "trg": "translation", "mt": "translation",
    "hyp": "translation", "hypothesis": "translation", "english": "translation", "en": "translation",
    "src": "source", "german": "source", "de": "source", "text": "source",
    "doc": "doc_id", "docid": "doc_id", "document": "doc_id", "document_id": "doc_id",
    "uid": "id", "key": "id", "seg_id": "id",
}
SHOWN_PROBLEMS = 20


def _lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_pairs(path: Path, ignore_fields: Collection[str] = (), notes: Optional[list] = None) -> list[Unit]:
    """Lines ``{"source", "translation"[, "id", "doc_id"]}``; every bad line is reported at once.

    ``ignore_fields`` are accepted and ignored (labels a benchmark set carries, for example);
    any other field is an error. A pair whose source or translation is over the paragraph limit
    is kept (the check runner flags it and does not check it); ``notes`` receives a message
    naming its line.
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
    return parse_pairs(raw, path, ignore_fields, notes)


def read_pairs_stream(stream: BinaryIO, name: str = "stdin", ignore_fields: Collection[str] = (),
                      notes: Optional[list] = None) -> list[Unit]:
    lim = limits()
    raw = stream.read(lim.pairs_file_bytes + 1)
    if len(raw) > lim.pairs_file_bytes:
        raise InputError(name, f"too large (more than {lim.pairs_file_bytes:,} bytes): split it into several "
                               f"pairs files")
    return parse_pairs(raw, name, ignore_fields, notes)


def _field_problems(row: dict, ignore_fields: Collection[str]) -> list[str]:
    problems = []
    for key in row:
        if key in REQUIRED or key in OPTIONAL or key in ignore_fields:
            continue
        hint = f" (did you mean \"{ALIASES[key.lower()]}\"?)" if key.lower() in ALIASES else ""
        problems.append(f"unknown field {json.dumps(key)}{hint}")
    problems += [f"missing field {json.dumps(key)}" for key in REQUIRED if key not in row]
    problems += [f"{json.dumps(key)} must be a string" for key in REQUIRED
                 if key in row and not isinstance(row[key], str)]
    problems += [f"{json.dumps(key)} must be a string or an integer" for key in OPTIONAL
                 if key in row and (isinstance(row[key], bool) or not isinstance(row[key], (str, int)))]
    return problems


def parse_pairs(raw: bytes, path, ignore_fields: Collection[str] = (), notes: Optional[list] = None) -> list[Unit]:
    lim = limits()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 (byte {e.start})") from e
    units: list[Unit] = []
    problems: list[str] = []
    bad_fields = False
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
        if not isinstance(row, dict):
            problems.append(f"line {n}: not a JSON object")
            bad_fields = True
            continue
        bad = _field_problems(row, ignore_fields)
        if bad:
            problems.append(f"line {n}: {'; '.join(bad)}")
            bad_fields = True
            continue
        if any(isinstance(v, str) and _lone_surrogate(v) for v in
               (row["source"], row["translation"], row.get("id"), row.get("doc_id"))):
            problems.append(f"line {n}: a \\ud800-\\udfff escape that is half of a pair (no Unicode character)")
            continue
        longest = max(len(row["source"]), len(row["translation"]))
        if longest > lim.paragraph_chars and notes is not None:
            notes.append(f"line {n}: {over_limit_message(longest, lim.paragraph_chars)}")
        uid = str(row.get("id", n))
        if uid in seen:
            problems.append(f"line {n}: duplicate id {uid!r}")
            continue
        seen.add(uid)
        doc = row.get("doc_id")
        units.append(Unit(id=uid, source=row["source"], translation=row["translation"],
                          doc_id=str(doc) if doc is not None else None))
    if problems:
        shown = problems[:SHOWN_PROBLEMS]
        more = f"\n  … and {len(problems) - SHOWN_PROBLEMS} more" if len(problems) > SHOWN_PROBLEMS else ""
        expected = f"\n  {EXPECTED}" if bad_fields else ""
        raise InputError(path, "invalid pairs file:\n  " + "\n  ".join(shown) + more + expected)
    if not units:
        raise InputError(path, "no pairs in file (empty)")
    return units


def flag_rows(units: list[Unit], flags: list[list[Flag]]) -> list[dict]:
    return [{"id": u.id, "flags": [f.to_json() for f in fl]} for u, fl in zip(units, flags)]
