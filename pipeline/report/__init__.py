"""Reports of a run: ``report.html`` (review in the browser), ``report.md`` and ``flags.jsonl``."""
from __future__ import annotations

from pathlib import Path

from ..atomic import write_jsonl, write_text
from ..lock import out_lock
from .collect import SEVERITY_ORDER, load_run
from .html import render_html
from .markdown import render_markdown

__all__ = ["build_reports"]


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
