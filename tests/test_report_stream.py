"""The reports are built one article at a time: no more than one article's view is held, the pieces
of the page find each other again, a failure leaves the old reports, and run ids stay as they were."""
from __future__ import annotations

import json
import re
import weakref
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.atomic import write_json
from pipeline.errors import InputError
from pipeline.records import Article, Paragraph, ParagraphResult, Report
from pipeline.report import build_reports, collect
from pipeline.report.collect import RunHash, run_id
from pipeline.store import report_to_json
from test_report import sample_reports, write_sample_out

REPORTS = ("flags.jsonl", "report.md", "report.html")


def write_many(out: Path, copies: int) -> Path:
    """``copies`` of each sample article, under their own paths."""
    write_sample_out(out)
    for k in range(1, copies):
        for stem, report in sample_reports():
            moved = replace(report, article=replace(report.article, path=f"copy{k}/{report.article.path}"))
            write_json(out / f"copy{k}/{stem}.json", report_to_json(moved))
    return out


def test_one_article_view_at_a_time(tmp_path, monkeypatch):
    out = write_many(tmp_path / "out", 4)
    views, most = [], []  # weak references: the test must not keep a view alive itself
    build = collect.article_view

    def counted(*args):
        most.append(sum(ref() is not None for ref in views))  # views still held when the next one is built
        view = build(*args)
        views.append(weakref.ref(view))
        return view

    monkeypatch.setattr(collect, "article_view", counted)
    result = build_reports(out)
    assert result["articles"] == len(most) == 8
    assert max(most) <= 1, most  # the one just rendered may not be released yet; never the run


def _review_scripts(html: str) -> list[dict]:
    return [json.loads(m) for m in re.findall(r'<script type="application/json" class="review-data">(.*?)</script>',
                                              html)]


def test_each_article_carries_its_review_data(tmp_path):
    out = write_many(tmp_path / "out", 3)
    build_reports(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    parts = _review_scripts(html)
    flagged = re.findall(r'<div class="para flagged[^"]*" id="([^"]+)"', html)
    # One script per article with flags (the second sample article has none), in article order,
    # covering every flagged paragraph once.
    assert [sorted({p["a"] for p in part.values()}) for part in parts] == [
        [f"{prefix}news/seed.txt"] for prefix in ("copy1/", "copy2/", "")]  # path order
    assert [pid for part in parts for pid in part] == flagged
    # A script follows its own article's markup, before the next article starts.
    starts = [m.start() for m in re.finditer(r'<details class="article"', html)] + [html.index("</main>")]
    for part in parts:
        pid = next(iter(part))
        k = int(pid.split("-")[0][1:])  # "a3-p1" belongs to article a3
        assert starts[k] < html.index(f'class="review-data">{{{json.dumps(pid)}') < starts[k + 1]


def test_a_bad_record_leaves_the_reports_as_they_were(tmp_path):
    out = write_many(tmp_path / "out", 3)
    build_reports(out)
    before = {name: (out / name).read_bytes() for name in REPORTS}
    # The last record in path order breaks, after the others have been streamed into the reports.
    last = out / "zz/other.json"
    data = json.loads(last.read_text(encoding="utf-8"))
    data["paragraphs"][0]["translation"] = 7
    last.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"zz/other\.json.*not a valid article record.*\"translation\" is int"):
        build_reports(out)
    assert {name: (out / name).read_bytes() for name in REPORTS} == before
    assert not [p.name for p in out.rglob("*") if p.name.endswith(".part")]


@pytest.mark.parametrize("copies", [0, 1, 3], ids=["no-articles", "two", "six"])
def test_markdown_ends_with_one_newline(tmp_path, copies):
    out = write_many(tmp_path / "out", max(copies, 1))
    if not copies:
        for stem, _ in sample_reports():
            (out / f"{stem}.json").unlink()
    result = build_reports(out)
    md = (out / "report.md").read_text(encoding="utf-8")
    assert md.endswith("\n") and not md.endswith("\n\n") and not md.endswith(" \n")
    assert md.count("\n## ") == 2 + result["articles"]  # settings, the table, one section per article


def _report(path: str, raw: str, settings: dict) -> Report:
    pr = ParagraphResult(paragraph=Paragraph(index=0, text="Ein Satz."), sentences=(), translations=(), raw=raw)
    return Report(article=Article(path=path, paragraphs=(), sha256="ab" * 32), paragraphs=(pr, pr),
                  settings=settings)


def test_run_ids_are_those_of_before_streaming():
    # Computed by the former run_id over the whole list: reviews exported from older reports still apply.
    reports = [_report("a.txt", "A sentence.", {"model": "m", "decode": {"beam_size": 4}}),
               _report("b/c.md", "Ünïcode „x“", {})]
    assert run_id(reports) == "8d3d62054db107d6"
    assert run_id([]) == RunHash().id == "e3b0c44298fc1c14"


def test_article_summaries_survive_their_spool(tmp_path):
    from pipeline.report.collect import load_run
    from pipeline.report.summary import ArticleSummary

    out = write_sample_out(tmp_path / "out")
    for view in load_run(out).articles:
        summary = ArticleSummary.of(view)
        assert ArticleSummary.from_json(json.loads(json.dumps(summary.to_json()))) == summary
        assert (summary.count(), summary.corrected, summary.first) == (view.count(), view.corrected, view.first)
