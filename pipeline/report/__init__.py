"""Reports of a run: ``report.html`` (review in the browser), ``report.md`` and ``flags.jsonl``."""
from __future__ import annotations

import json
from pathlib import Path

from ..atomic import atomic_writer
from ..errors import InputError
from ..lock import out_lock
from .collect import RUN_FILE, SEVERITY_ORDER, ArticleStream, read_json
from .html import HtmlReport
from .markdown import MarkdownReport
from .spool import spool
from .summary import RunSummary

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
    """Read every article record under ``out_dir`` and write the three reports beside them.

    The records are read one at a time, so memory does not grow with the run."""
    out_dir = Path(out_dir)
    with out_lock(out_dir, create=False):  # a report rebuilt while a run writes would mix two states
        return _build(out_dir)


def _build(out_dir: Path) -> dict:
    # One pass over the records, one article in memory at a time: flags.jsonl is written as it goes;
    # the articles' parts of the two reports and their summaries wait on disk until the heads (the
    # run's totals) are known. Any failure leaves all three reports as they were.
    stream = ArticleStream(out_dir)
    with atomic_writer(out_dir / "flags.jsonl") as rows, \
            spool(out_dir) as summaries, spool(out_dir) as md_part, spool(out_dir) as html_part:
        run, md, page = RunSummary(out_dir, summaries), MarkdownReport(md_part), HtmlReport(html_part)
        for a in stream:
            for p in a.paragraphs:
                for fv in p.flags:
                    rows.write(json.dumps({"article": a.path, "paragraph": p.index, "flag_index": fv.index,
                                           "flag": fv.flag.to_json()}, ensure_ascii=False) + "\n")
            run.add(a)
            md.add(a)
            page.add(a)
        run.finish(stream.skipped)
        with atomic_writer(out_dir / "report.md") as f:
            md.write(f, run)
        with atomic_writer(out_dir / "report.html") as f:
            page.write(f, run)
    result = {"articles": run.article_count, "paragraphs": run.paragraphs, "flags": run.count()}
    result.update({s.value: run.count(severity=s.value) for s in SEVERITY_ORDER})
    result["corrected paragraphs"] = run.corrected
    result["skipped"] = run.skipped
    return result
