"""The reports built from a run folder: counts, highlighted spans, escaping, flags.jsonl, settings."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.atomic import write_json
from pipeline.errors import InputError
from pipeline.records import (Article, Category, Correction, Edit, Flag, Hypothesis, Paragraph, ParagraphResult,
                              Report, Sentence, Severity, Side, Translation)
from pipeline.report import build_reports
from pipeline.report.collect import segments
from pipeline.store import report_to_json

SCRIPT = "Er schrieb <script>alert('x')</script> & ging."
SETTINGS = {"deen_version": "0.1.0", "model": "models/tiny", "backend": "auto", "checks": "abc123def456",
            "decode": {"beam_size": 2}, "translator": {"model": "models/tiny", "backend": "transformers",
                                                        "revision": "sha256:0123"}}


def _para(index, de, en, flags=(), corrected=None, corrections=(), kind="text", edits=(), applied=()):
    sents = (Sentence(paragraph=index, index=0, start=0, end=len(de), text=de),)
    trans = (Translation(source=de, best=en, score=-0.4, nbest=(Hypothesis(en, -0.4),)),)
    return ParagraphResult(paragraph=Paragraph(index=index, text=de, kind=kind), sentences=sents,
                           translations=trans, raw=en, flags=tuple(flags), corrections=tuple(corrections),
                           corrected=corrected, edits=tuple(edits), applied=tuple(applied))


def _edit(flag, start, end, repl, side=Side.TRANSLATION):
    return Edit(flag=flag.id, side=side, start=start, end=end, replacement=repl)


def _flag(check, cat, sev, side, msg, src=None, tr=None, sugg=None):
    return Flag(check=check, category=cat, severity=sev, side=side, message=msg,
                source_span=src, translation_span=tr, suggestion=sugg)


YEAR_DE = "Nordkoreanische Truppen kämpften im Jahr 2019 in Kursk."
YEAR_EN = "North Korean troops fought in 2019 in Kursk."
NUM_DE = "Mehr als 10.000 Soldaten wurden geschickt."
NUM_EN = "More than 10.000 soldiers were sent."
NUM_FIXED = "More than 10,000 soldiers were sent."
QUOTE_DE = "„Wir kommen.“ „Eine klare Antwort“, sagte Blinken."
QUOTE_EN = "“We are coming.” “A clear answer,” said Blinken."


def sample_reports() -> list[tuple[str, Report]]:
    """Two articles built from records: flags of every severity, overlapping spans, a correction, a <script>."""
    year_flag = _flag("years.outside", Category.DATE, Severity.ERROR, Side.SOURCE,
                      "2019 lies outside the article's time frame (2024)", src=(33, 45),
                      sugg="Drop „im Jahr 2019“")
    year_en = _flag("years.outside_en", Category.DATE, Severity.WARNING, Side.TRANSLATION,
                    "2019 in the English", tr=(27, 34))
    overlap = _flag("names.changed", Category.NAME, Severity.INFO, Side.TRANSLATION,
                    "check the name", tr=(30, 44))
    num = _flag("numbers.format", Category.NUMBER, Severity.ERROR, Side.TRANSLATION,
                "10.000 reads as ten in English", src=(9, 15), tr=(10, 16), sugg=NUM_FIXED)
    quote = _flag("quotes.split", Category.QUOTE, Severity.ERROR, Side.SOURCE, "quotation broken in two",
                  src=(11, 15))
    bad_span = _flag("omission.ratio", Category.OMISSION, Severity.WARNING, Side.TRANSLATION,
                     "translation short", tr=(200, 300))
    fix = Correction(rule="english_fix", checks=("numbers.format",), before=NUM_EN, after=NUM_FIXED, cleared=True,
                     detail="German number format made English", flag=num.id)
    refused = Correction(rule="nbest", checks=("quotes.split",), before=QUOTE_EN, after=QUOTE_EN, cleared=False,
                         new_flags=("repetition.loop",), detail="none of 3 n-best combinations cleared the flags",
                         flag=quote.id)
    seed = Report(
        article=Article(path="news/seed.txt", paragraphs=(), sha256="f" * 64),
        paragraphs=(
            _para(0, "Truppen in Kursk", "Troops in Kursk", kind="heading"),
            # Two proposals for the stray year compete (alternatives); deen applied neither.
            _para(1, YEAR_DE, YEAR_EN, [year_flag, year_en, overlap],
                  edits=[_edit(year_flag, 33, 46, "", Side.SOURCE), _edit(year_flag, 26, 34, ""),
                         _edit(year_en, 30, 34, "2024")]),
            _para(2, NUM_DE, NUM_EN, [num], corrected=NUM_FIXED, corrections=[fix],
                  edits=[_edit(num, 10, 16, "10,000")], applied=[num.id]),
            _para(3, QUOTE_DE, QUOTE_EN, [quote, bad_span], corrections=[refused]),
            _para(4, SCRIPT, "He wrote <script>alert('x')</script> & left.",
                  [_flag("untranslated.german", Category.UNTRANSLATED, Severity.INFO, Side.TRANSLATION,
                         "<b>not bold</b>", tr=(10, 18))]),
        ), settings=SETTINGS)
    other = Report(article=Article(path="zz/other.md", paragraphs=(), sha256="e" * 64),
                   paragraphs=(_para(0, "Ein Satz.", "A sentence."),), settings=SETTINGS)
    return [("news/seed", seed), ("zz/other", other)]


def write_sample_out(out: Path) -> Path:
    """A run folder as `deen translate` leaves it, from records only (no model)."""
    for stem, report in sample_reports():
        write_json(out / f"{stem}.json", report_to_json(report))
    write_json(out / "run.json", {"schema": "deen.run/1", "settings": SETTINGS})
    write_json(out / "review.json", {"schema": "deen.review/1", "decisions": []})
    write_json(out / "notes.json", {"whatever": 1})
    return out


@pytest.fixture
def out(tmp_path):
    return write_sample_out(tmp_path / "out")


class _Visible(HTMLParser):
    """Text content of an HTML page, outside <script> and <style>."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip, self.tags = [], 0, []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _parse(html):
    p = _Visible()
    p.feed(html)
    return p


def test_build_reports_counts_and_files(out):
    result = build_reports(out)
    assert result["articles"] == 2 and result["paragraphs"] == 6
    assert (result["flags"], result["error"], result["warning"], result["info"]) == (7, 3, 2, 2)
    assert result["corrected paragraphs"] == 1
    assert result["skipped"] == ["notes.json"]
    for name in ("report.html", "report.md", "flags.jsonl"):
        assert (out / name).stat().st_size > 0
    assert not list(out.rglob("*.part"))


def test_flags_jsonl_one_line_per_flag(out):
    build_reports(out)
    rows = [json.loads(line) for line in (out / "flags.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 7
    assert {(r["article"], r["paragraph"], r["flag_index"]) for r in rows} >= {("news/seed.txt", 1, 2),
                                                                              ("news/seed.txt", 3, 1)}
    first = rows[0]
    assert first["flag"]["check"] == "years.outside" and first["flag"]["source_span"] == [33, 45]
    assert Flag.from_json(first["flag"]).category == Category.DATE


def test_script_in_an_article_shows_as_text(out):
    build_reports(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    parsed = _parse(html)
    assert html.count("<script>") == 1  # the report's own
    assert "&lt;script&gt;alert(" in html
    assert SCRIPT in "".join(parsed.parts)
    assert "<b>not bold</b>" in "".join(parsed.parts)
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "&lt;script&gt;" in md


def test_html_is_self_contained(out):
    build_reports(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""<(link|img|iframe)\b|\bsrc=["']http|@import|url\(http""", html)


def _marks(html, cls):
    return [a for tag, a in _parse(html).tags if tag == "mark" and cls in a.get("class", "").split()]


def test_spans_highlighted_in_both_languages(out):
    build_reports(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    parsed = _parse(html)
    marks = [a for tag, a in parsed.tags if tag == "mark"]
    by_flag = {}
    for a in marks:
        for fid in a["data-f"].split():
            by_flag.setdefault(fid, []).append(a)
    assert set(by_flag) == {"a0-p1-f0", "a0-p1-f1", "a0-p1-f2", "a0-p2-f0", "a0-p3-f0", "a0-p4-f0"}
    # the number flag has a span on each side: two marks
    assert len(by_flag["a0-p2-f0"]) == 2
    # overlapping English spans (27-34 and 30-44): the middle piece carries both flags, coloured by the worse
    assert {"data-f": "a0-p1-f1 a0-p1-f2", "class": "hl warning multi"} in marks
    # the span beyond the text is reported, not highlighted
    assert "does not fit the text" in "".join(parsed.parts)


@pytest.mark.parametrize("text, spans, expected", [
    pytest.param("abcdef", [], [("abcdef", ())], id="no-flags"),
    pytest.param("abcdef", [(1, 3, "x", "error")], [("a", ()), ("bc", ("x",)), ("def", ())], id="one"),
    pytest.param("abcdef", [(0, 4, "x", "info"), (2, 6, "y", "error")],
                 [("ab", ("x",)), ("cd", ("x", "y")), ("ef", ("y",))], id="overlap"),
    pytest.param("abcdef", [(0, 6, "x", "info"), (2, 3, "y", "error")],
                 [("ab", ("x",)), ("c", ("x", "y")), ("def", ("x",))], id="nested"),
    pytest.param("abcdef", [(2, 4, "x", "info"), (2, 4, "y", "warning")],
                 [("ab", ()), ("cd", ("x", "y")), ("ef", ())], id="same-span"),
])
def test_segments(text, spans, expected):
    segs = segments(text, spans)
    assert [(s.text, s.flags) for s in segs] == expected
    assert "".join(s.text for s in segs) == text


def test_summary_counts_link_to_paragraphs(out):
    build_reports(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    row = re.search(r'<tr data-article="news/seed.txt">(.*?)</tr>', html, re.S).group(1)
    cells = dict(re.findall(r'data-category="(\w+)">(?:<a href="(#[^"]+)")?', row))
    assert cells == {"number": "#a0-p2", "date": "#a0-p1", "quote": "#a0-p3", "omission": "#a0-p3",
                     "untranslated": "#a0-p4", "name": "#a0-p1"}
    assert re.search(r'data-category="date"><a href="#a0-p1" title="1 error, 1 warning, 0 info">2</a>', row)
    assert 'class="num total">7<' in row


def test_settings_and_review_controls_shown(out):
    build_reports(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    text = " ".join(" ".join(_parse(html).parts).split())
    for label, value in [("model", "models/tiny"), ("backend", "transformers"),
                         ("thresholds signature", "abc123def456"), ("deen version", "0.1.0"),
                         ("revision", "sha256:0123")]:
        assert f"{label} {value}" in text
    assert html.count('data-act="fixed"') == 7
    num = sample_reports()[0][1].paragraphs[2].flags[0]
    assert f'data-key="{num.id}"' in html  # decisions are keyed by the flag's identity, not its position


def test_markdown_lists_flagged_and_corrected_paragraphs(out):
    build_reports(out)
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "| news/seed.txt | 1 | 2 | 1 | 1 | 1 | 1 | 7 | 1 |" in md
    assert f"- Corrected: {NUM_FIXED}" in md
    assert "German «im Jahr 2019»" in md
    assert "Correction english_fix (applied)" in md
    assert "Correction nbest (failed the re-check)" in md and "new flags: repetition.loop" in md
    assert "### ¶ 0" not in md.split("## news/seed.txt")[1]  # unflagged, uncorrected paragraphs are left out


@pytest.mark.parametrize("setup, message", [
    pytest.param(lambda d: None, "no such output folder", id="missing-folder"),
    pytest.param(lambda d: (d.mkdir(), (d / "a.json").write_text("{broken", encoding="utf-8")),
                 "not valid JSON", id="broken-json"),
    pytest.param(lambda d: (d.mkdir(), (d / "a.json").write_text('{"schema": "deen.article/1"}', encoding="utf-8")),
                 "not a valid article record", id="incomplete-record"),
])
def test_bad_run_folder_is_an_input_error(tmp_path, setup, message):
    d = tmp_path / "out"
    setup(d)
    with pytest.raises(InputError, match=message):
        build_reports(d)


def test_empty_run_folder_gives_an_empty_report(tmp_path):
    (tmp_path / "out").mkdir()
    result = build_reports(tmp_path / "out")
    assert result["articles"] == 0 and result["flags"] == 0
    assert "No article records" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_cards_show_edits_as_diffs_and_alternatives(out):
    build_reports(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    card = re.search(r'<li class="flag error" id="a0-p2-f0".*?</li>', html, re.S).group(0)
    assert "<del>10.000</del><ins>10,000</ins>" in card and "deen applied this edit" in card
    year = re.search(r'<li class="flag error" id="a0-p1-f0".*?</li>', html, re.S).group(0)
    assert "<del>im Jahr 2019 </del>" in year and "<del> in 2019</del>" in year  # the German and the English edit
    assert "deen proposed this edit without applying it" in year
    assert re.search(r'alternative to <a href="#a0-p1-f1">', year)
    assert re.search(r'id="a0-p1-f1".*?alternative to <a href="#a0-p1-f0">', html, re.S)
    # the result column shows the applied edit as a diff of the machine translation
    result = re.search(r'id="a0-p2".*?<div class="text result" lang="en"><span class="out">(.*?)</span>', html, re.S)
    assert result.group(1) == "More than <del>10.000</del><ins>10,000</ins> soldiers were sent."


def test_errors_listed_before_warnings(tmp_path):
    info = _flag("names.changed", Category.NAME, Severity.INFO, Side.TRANSLATION, "a note", tr=(0, 1))
    warn = _flag("omission.ratio", Category.OMISSION, Severity.WARNING, Side.TRANSLATION, "short", tr=(0, 1))
    err = _flag("numbers.format", Category.NUMBER, Severity.ERROR, Side.TRANSLATION, "the number", tr=(0, 1))
    report = Report(article=Article(path="a.txt", paragraphs=()),
                    paragraphs=(_para(0, "Ein Satz.", "A sentence.", [info, warn, err]),))
    write_json(tmp_path / "a.json", report_to_json(report))
    build_reports(tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert re.findall(r'<li class="flag (\w+)" id="a0-p0-f(\d)"', html) == [("error", "2"), ("warning", "1"),
                                                                           ("info", "0")]
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert md.index("**error**") < md.index("**warning**") < md.index("**info**")


def test_run_id_follows_settings_and_translation():
    from pipeline.report.collect import run_id

    reports = [r for _, r in sample_reports()]
    same = run_id(reports)
    assert same == run_id([r for _, r in sample_reports()])
    other_model = [Report(r.article, r.paragraphs, {**r.settings, "model": "models/big"}) for r in reports]
    other_mt = [Report(reports[0].article, reports[0].paragraphs[:1] + tuple(
        p.__class__(**{**p.__dict__, "raw": p.raw + " x"}) for p in reports[0].paragraphs[1:]), reports[0].settings),
                reports[1]]
    assert len({same, run_id(other_model), run_id(other_mt)}) == 3


HOSTILE = ("Klick [hier](javascript:alert(1)) und ![x](https://evil.example/beacon.png) "
           "<img src=https://evil.example/i.png> <javascript:alert(2)> [r]: https://evil.example *fett* a|b")


def _md_html(text):
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").enable("table").render(text)


@pytest.mark.parametrize("cleared, flag, applied, shown", [
    pytest.param(True, "numbers.format-1", ["numbers.format-1"], "applied", id="applied"),
    # Passed the re-check, but another flag's edit of the same words was chosen (or the flag is only info).
    pytest.param(True, "numbers.format-1", [], "passed the re-check, not applied", id="passed-not-chosen"),
    pytest.param(False, "numbers.format-1", ["numbers.format-1"], "failed the re-check", id="failed"),
    pytest.param(True, "", ["numbers.format-1"], "re-checked together: passed", id="together-passed"),
    pytest.param(False, "", [], "re-checked together: failed", id="together-failed"),
])
def test_reports_say_applied_only_for_applied_flags(tmp_path, cleared, flag, applied, shown):
    num = _flag("numbers.format", Category.NUMBER, Severity.ERROR, Side.TRANSLATION, "10.000", tr=(10, 16))
    ids = {"numbers.format-1": num.id, "": ""}
    c = Correction(rule="english_fix", checks=("numbers.format",), before=NUM_EN, after=NUM_FIXED,
                   cleared=cleared, flag=ids[flag], detail="made English")
    report = Report(article=Article(path="a.txt", paragraphs=()),
                    paragraphs=(_para(0, NUM_DE, NUM_EN, [num], corrected=NUM_FIXED if applied else None,
                                      corrections=[c], applied=[ids[f] for f in applied]),))
    out = tmp_path / "out"
    write_json(out / "a.json", report_to_json(report))
    build_reports(out)
    md = (out / "report.md").read_text(encoding="utf-8")
    assert f"- Correction english_fix ({shown}): made English" in md
    assert f"english_fix (numbers.format), {shown}: made English" in (out / "report.html").read_text(encoding="utf-8")


def test_markdown_escapes_links_and_images(tmp_path):
    flag = _flag("untranslated.german", Category.UNTRANSLATED, Severity.INFO, Side.TRANSLATION, HOSTILE, tr=(0, 5))
    report = Report(article=Article(path="[a](javascript:x).txt", paragraphs=()),
                    paragraphs=(_para(0, HOSTILE, HOSTILE, [flag]),))
    write_json(tmp_path / "a.json", report_to_json(report))
    build_reports(tmp_path)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    rendered = _md_html(md)
    assert "<a " not in rendered and "<img" not in rendered
    assert "javascript:alert(1)" in rendered  # shown as text
    assert "*fett*" in rendered  # and as written


@pytest.mark.parametrize("text", [HOSTILE, "[x]: javascript:alert(1)\n\n[x]", "<https://evil.example/a.png>",
                                  "!\\[x\\](https://e.example/i.png)", "`code` ~~s~~ __b__"],
                         ids=["mixed", "reference", "autolink", "escaped-escape", "emphasis"])
def test_md_text_renders_as_plain_text(text):
    from pipeline.report.markdown import md_text

    rendered = _md_html("- " + md_text(text))
    assert "<a " not in rendered and "<img" not in rendered and "<code" not in rendered and "<em" not in rendered
    assert "\n" not in md_text(text)


def test_stale_records_are_named_without_reading_them(tmp_path):
    from pipeline.report.collect import stale_records

    for name in ("a.json", "sub/b.json", "run.json", ".hidden/c.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("not JSON: a record is never read to tell it is stale", encoding="utf-8")
    assert stale_records(tmp_path, live={"a"}) == ["sub/b.json"]
    assert stale_records(tmp_path, live={"a", "sub/b"}) == []
