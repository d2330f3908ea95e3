"""Reports of a run: ``report.html`` (review in the browser), ``report.md`` and ``flags.jsonl``."""
from __future__ import annotations

from pathlib import Path

from ..atomic import write_jsonl, write_text
from ..errors import InputError
from ..lock import out_lock
from .collect import RUN_FILE, SEVERITY_ORDER, load_run, read_json
from .html import render_html
from .markdown import render_markdown

__all__ = ["build_reports", "rebuild_reports"]
RUN_SCHEMA = "deen.run/1"


def rebuild_reports(out_dir: Path) -> dict:
    """``build_reports`` for a finished run, refusing any folder ``deen translate`` did not write.

    Reports written into a folder of articles would be read as articles by the next run.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InputError(out_dir, "no such output folder")
    run_path = out_dir / RUN_FILE
    if not run_path.is_file():
        raise InputError(out_dir, f"not the output folder of a run (it has no {RUN_FILE}); "
                                  f"give the --out folder of `deen translate`")
    run = read_json(run_path)
    if not isinstance(run, dict) or run.get("schema") != RUN_SCHEMA:
        raise InputError(run_path, f"not a deen run record (schema {RUN_SCHEMA!r} expected)")
    return build_reports(out_dir)


def build_reports(out_dir: Path) -> dict:
    """Read every article record under ``out_dir`` and write the three reports beside them."""
    out_dir = Path(out_dir)
    with out_lock(out_dir, create=False):  # a report rebuilt while a run writes would mix two states
        return _build(out_dir)


def _build(out_dir: Path) -> dict:
    run = load_run(out_dir)
    rows = [{"article": a.path, "paragraph": p.index, "flag_index": fv.index, "flag": fv.flag.to_json()}
            for a in run.articles for p in a.paragraphs for fv in p.flags]
    write_jsonl(out_dir / "flags.jsonl", rows)
    write_text(out_dir / "report.md", render_markdown(run))
    write_text(out_dir / "report.html", render_html(run))
    result = {"articles": len(run.articles),
              "paragraphs": sum(len(a.paragraphs) for a in run.articles),
              "flags": len(rows)}
    result.update({s.value: run.count(severity=s.value) for s in SEVERITY_ORDER})
    result["corrected paragraphs"] = sum(p.changed for a in run.articles for p in a.paragraphs)
    result["skipped"] = run.skipped
    return result
