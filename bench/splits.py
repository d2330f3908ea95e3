"""The fixed rule that splits every set the checks are tuned on into a tune half and a validate half.

Tune on ``tune``; report ``validate`` once. The rule depends only on a record's
identity, never on its content, so a record cannot change halves:

- real MT output (``realmt_dev.jsonl``, ``realmt_pool.jsonl``, ``bench/labels/``):
  by the test-set line, odd = tune, even = validate. Every system output and
  reference of one German segment stays in the same half.
- injected-error paragraphs (``dev.jsonl``): by document, crc32(doc_id) even =
  tune, odd = validate. A document's years and names stay in one half.
"""
from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Iterable, Iterator

def _shared() -> Path:
    # ../shared beside the project (CI, a checkout); DEEN_SHARED overrides, for worktrees kept elsewhere.
    import os

    if os.environ.get("DEEN_SHARED"):
        return Path(os.environ["DEEN_SHARED"]) / "bench"
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "bench" / "realmt_dev.jsonl").is_file():
            return parent / "shared" / "bench"
    return Path(__file__).resolve().parents[1].parent / "shared" / "bench"


SHARED = _shared()
HALVES = ("tune", "validate")


def half_of_line(line: int) -> str:
    return "tune" if int(line) % 2 == 1 else "validate"


def half_of_doc(doc_id: str) -> str:
    return "tune" if zlib.crc32(doc_id.encode("utf-8")) % 2 == 0 else "validate"


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def realmt_labelled(half: str, shared: Path = SHARED) -> list[dict]:
    """Labelled real MT segments of one half: realmt_dev plus bench/labels when present."""
    rows = [r for r in read_jsonl(shared / "realmt_dev.jsonl") if half_of_line(r["line"]) == half]
    more = Path(__file__).resolve().parent / "labels" / "realmt_more.jsonl"
    if more.is_file():
        import importlib.util

        spec = importlib.util.spec_from_file_location("labels_load", more.parent / "load.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        rows += [r for r in mod.load_realmt_more(shared / "realmt_pool.jsonl") if half_of_line(r["line"]) == half]
    return rows


def realmt_enriched(half: str, shared: Path = SHARED) -> list[dict]:
    """Labelled real MT segments picked by disagreement with the references (select_realmt_enriched.py):
    for recall only, since the selection favours errors."""
    import importlib.util

    labels = Path(__file__).resolve().parent / "labels"
    spec = importlib.util.spec_from_file_location("labels_load", labels / "load.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    path = labels / f"realmt_enriched_{half}.jsonl"
    return [r for r in mod.load_realmt_more(shared / "realmt_pool.jsonl", path)
            if half_of_line(r["line"]) == half] if path.is_file() else []


def human_references(half: str, shared: Path = SHARED) -> list[dict]:
    """Both human references of every pool segment of one half, as clean pairs."""
    out = []
    for r in read_jsonl(shared / "realmt_pool.jsonl"):
        if half_of_line(r["line"]) != half:
            continue
        for name, text in sorted(r["references"].items()):
            if text and text.strip():
                out.append({"id": f"ref{name}-{r['line']}", "source": r["source"], "translation": text})
    return out


def pool_outputs(half: str, shared: Path = SHARED) -> list[dict]:
    """Every unlabelled system output of one half (to see what the checks flag on real MT)."""
    out = []
    for r in read_jsonl(shared / "realmt_pool.jsonl"):
        if half_of_line(r["line"]) != half:
            continue
        for system, text in sorted(r["systems"].items()):
            out.append({"id": f"{system}-{r['line']}", "system": system, "line": r["line"], "source": r["source"],
                        "translation": text})
    return out


def dev(half: str, shared: Path = SHARED) -> list[dict]:
    return [r for r in read_jsonl(shared / "dev.jsonl") if half_of_doc(r["doc_id"]) == half]


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
