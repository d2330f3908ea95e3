"""report.html in headless Chromium: what a reviewer sees and does, down to the text apply-review writes.

Set DEEN_REPORT_SCREENSHOT=path.png to keep a screenshot of the tiny-model run's report
(docs/report-seed.png is the seed article through the demo model: `python models/build_demo.py models/demo &&
deen translate seeds --model models/demo --out out`, two flags settled with j, a, r, then a 1500x1050 screenshot).
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from pipeline.atomic import write_json
from pipeline.records import Article, Category, Edit, Flag, Report, Severity, Side
from pipeline.report import build_reports
from pipeline.report.collect import load_run
from pipeline.review import OUTPUT_NAMES, apply_review
from pipeline.store import report_to_json
from test_report import NUM_EN, NUM_FIXED, SCRIPT, _para, sample_reports, write_sample_out

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SEED = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: the browser tests need Debian's chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    pg.dialogs, pg.fetched = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.accept()))
    pg.on("request", lambda r: pg.fetched.append(r.url))
    yield pg
    # The report loads nothing but itself (and the blob of an export).
    assert all(u.startswith(("file://", "blob:")) for u in pg.fetched), pg.fetched
    context.close()


@pytest.fixture
def sample(tmp_path):
    out = write_sample_out(tmp_path / "out")
    build_reports(out)
    return out


def _open(page, out):
    page.goto((out / "report.html").as_uri())
    return page


def _background(locator):
    return locator.evaluate("e => getComputedStyle(e).backgroundColor")


def test_summary_counts_are_visible_and_link_to_paragraphs(page, sample):
    _open(page, sample)
    row = page.locator('tr[data-article="news/seed.txt"]')
    assert row.locator('td[data-category="date"]').inner_text() == "2"
    assert row.locator("td.total").inner_text() == "7"
    row.locator('td[data-category="number"] a').click()
    assert page.evaluate("location.hash") == "#a0-p2"
    assert page.locator("#a0-p2").is_visible()


def test_flagged_span_is_highlighted_in_both_languages(page, sample):
    _open(page, sample)
    src = page.locator('#a0-p2 .src mark[data-f="a0-p2-f0"]')
    mt = page.locator('#a0-p2 .mt mark[data-f="a0-p2-f0"]')
    assert src.inner_text() == "10.000" and mt.inner_text() == "10.000"
    assert src.is_visible() and mt.is_visible()
    assert _background(mt) not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("#a0-p2 .result ins").inner_text() == "10,000"
    assert page.locator("#a0-p2 .result del").inner_text() == "10.000"


def test_severity_filter_hides_info_flags(page, sample):
    _open(page, sample)
    info_flag, info_mark = page.locator("#a0-p4-f0"), page.locator('mark[data-f="a0-p4-f0"]')
    assert info_flag.is_visible()
    highlighted = _background(info_mark)
    assert page.locator("#shown-count").inner_text() == "7 of 7 flags shown"
    assert not page.locator("#a0-p0").is_visible()  # no flags: hidden while "flagged ¶ only" is on
    page.locator('input.filter-sev[value="info"]').uncheck()
    assert not info_flag.is_visible() and page.locator("#a0-p1-f0").is_visible()  # errors stay
    assert page.locator("#shown-count").inner_text() == "5 of 7 flags shown"
    assert not page.locator("#a0-p4").is_visible()  # its only flag is filtered out
    page.locator("#only-flagged").uncheck()
    assert _background(info_mark) != highlighted and info_mark.is_visible()  # highlight off, text stays
    assert page.locator("#a0-p0").is_visible()
    page.locator("#only-flagged").check()
    page.locator('input.filter-cat[value="number"]').uncheck()
    assert not page.locator("#a0-p2").is_visible()


def test_article_script_is_shown_as_text_and_never_runs(page, sample):
    _open(page, sample)
    assert page.locator("#a0-p4 .src").inner_text() == SCRIPT
    assert page.dialogs == []


def test_cards_are_compact_and_messages_whole(page, sample):
    _open(page, sample)
    msg = page.locator("#a0-p1-f0 .msg")
    assert msg.inner_text() == "2019 lies outside the article's time frame (2024)"
    style = msg.evaluate("e => { const s = getComputedStyle(e); return [s.overflowWrap, s.wordBreak, s.textOverflow,"
                         " s.whiteSpace, e.scrollWidth <= e.clientWidth + 1] }")
    assert style[:4] == ["break-word", "normal", "clip", "normal"] and style[4]
    assert page.locator("#a0-p2-f0").bounding_box()["height"] < 110  # was ~150 px per card


def _result(page, pid):
    """The result column as text: what apply-review would write for the paragraph (struck text left out)."""
    return page.locator(f"#{pid} .result .out").evaluate(
        "e => { const c = e.cloneNode(true); c.querySelectorAll('del, .note').forEach(x => x.remove());"
        " return c.textContent; }")


def _export(page, tmp_path):
    with page.expect_download() as info:
        page.locator("#export").click()
    download = info.value
    assert download.suggested_filename == "review.json"
    path = tmp_path / "review.json"
    download.save_as(path)
    return path


def test_review_by_clicks_exports_what_apply_review_composes(page, sample, tmp_path):
    seed = dict(sample_reports())["news/seed"]
    year, year_en, name = seed.paragraphs[1].flags
    num = seed.paragraphs[2].flags[0]
    _open(page, sample)
    page.locator('#a0-p2-f0 button[data-act="rejected"]').click()
    page.locator('#a0-p1-f1 button[data-act="accepted"]').click()  # the year's alternative: 2019 -> 2024
    page.locator('#a0-p1-f0 button[data-act="rejected"]').click()
    page.locator('#a0-p1-f2 button[data-act="fixed"]').click()
    box = page.locator("#a0-p1-f2 textarea")
    assert box.is_visible() and box.input_value() == "2019 in Kursk."  # the flagged words
    box.fill("2024 in the Kursk region.")
    page.locator("#a0-p1-f2 button.save").click()
    assert page.locator("#review-count").inner_text() == "4 of 7 settled"
    assert page.locator("#a0-p1-f2 .warn").inner_text() == "overlaps another decision"  # 2024 edit vs the fix
    assert page.locator("#conflict-count").inner_text() .strip() == "· 1 conflicting ¶"
    page.locator('#a0-p1-f1 button[data-act="rejected"]').click()  # settle the conflict
    assert page.locator("#conflict-count").inner_text() == ""
    assert _result(page, "a0-p1") == "North Korean troops fought in 2024 in the Kursk region."

    page.reload()  # decisions are kept in the browser, under this run's id
    assert page.locator("#a0-p2-f0").get_attribute("data-decision") == "rejected"
    assert page.locator("#a0-p1-f2 .state").inner_text() == "fixed by hand"

    review = json.loads(_export(page, tmp_path).read_text(encoding="utf-8"))
    assert review["schema"] == "deen.review/2" and review["run"] == load_run(sample).run_id
    assert review["decisions"] == {"news/seed.txt": {
        "1": {year.id: {"decision": "rejected"}, year_en.id: {"decision": "rejected"},
              name.id: {"decision": "fixed", "edit": {"side": "translation", "start": 30, "end": 44,
                                                      "replacement": "2024 in the Kursk region.",
                                                      "original": "2019 in Kursk."}}},
        "2": {num.id: {"decision": "rejected"}}}}
    apply_review(sample, tmp_path / "review.json")
    final = (sample / "news/seed.en.final.txt").read_text(encoding="utf-8").splitlines()
    assert final[1] == "North Korean troops fought in 2024 in the Kursk region." and final[2] == NUM_EN != NUM_FIXED


def test_keyboard_review(page, sample):
    _open(page, sample)
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "a0-p1-f0"
    page.keyboard.press("a")  # accept, then on to the next open flag
    assert page.evaluate("document.activeElement.id") == "a0-p1-f1"
    assert _result(page, "a0-p1") == "North Korean troops fought in Kursk."
    assert page.locator("#a0-p1 .result del").inner_text() == " in 2019"
    page.keyboard.press("r")
    page.keyboard.press("f")
    page.keyboard.press("Escape")  # cancel: still open
    assert page.locator("#a0-p1-f2").get_attribute("data-decision") == ""
    page.keyboard.press("f")
    page.keyboard.press("Control+A")
    page.keyboard.type("in Kursk")
    page.keyboard.press("Control+Enter")  # saved, and on to the next open flag
    assert page.locator("#a0-p1-f2 .state").inner_text() == "fixed by hand"
    assert page.evaluate("document.activeElement.id") == "a0-p2-f0"
    assert "conflict" in page.locator("#a0-p1-f0").get_attribute("class")  # the fix covers the accepted deletion
    page.locator("#a0-p1-f0 .msg").click()
    page.keyboard.press("u")  # undo the acceptance: open again, conflict gone
    assert page.locator("#a0-p1-f0").get_attribute("data-decision") == ""
    assert "conflict" not in page.locator("#a0-p1-f0").get_attribute("class")
    assert _result(page, "a0-p1") == "North Korean troops fought in in Kursk"
    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.id") == "a0-p2-f0"
    page.keyboard.press("k")  # no open flag before this one: stays
    assert page.evaluate("document.activeElement.id") == "a0-p2-f0"
    assert page.locator("#review-count").inner_text() == "3 of 7 settled"
    assert "done" not in page.locator("#a0").get_attribute("class")
    for _ in range(4):
        page.keyboard.press("a")
    assert "done" in page.locator("#a0").get_attribute("class")
    assert page.locator("#a0 .done-mark").is_visible()
    page.locator("#collapse-done").click()
    assert not page.locator("#a0-p2").is_visible()


def test_decisions_stay_with_their_run(page, sample):
    """Same articles, other settings: the new report is another run and shows none of the first run's decisions."""
    _open(page, sample)
    page.locator('#a0-p2-f0 button[data-act="rejected"]').click()
    assert page.locator("#review-count").inner_text() == "1 of 7 settled"
    first = page.locator("#run-id").inner_text()
    for stem, report in sample_reports():
        write_json(sample / f"{stem}.json",
                   report_to_json(Report(report.article, report.paragraphs, {**report.settings, "model": "other"})))
    build_reports(sample)
    page.reload()
    assert page.locator("#run-id").inner_text() != first
    assert page.locator("#review-count").inner_text() == "0 of 7 settled"
    assert page.locator("#a0-p2-f0").get_attribute("data-decision") == ""


# A day's batch, made from records: 50 articles x 20 paragraphs x 2 flags with edits (no model).
BATCH_ARTICLES, BATCH_PARAS = 50, 20
TEMPLATE = "Report {n}.{i}: the army sent {a} soldiers and {b} euros to Kursk, officials said on Monday."
A_RAW, A_FIX, A_ALT = "10.000", "10,000", "ten thousand"
B_RAW, B_FIX = "5,2 Millionen", "5.2 million"


def _batch_para(n, i):
    raw = TEMPLATE.format(n=n, i=i, a=A_RAW, b=B_RAW)
    at, bt = raw.index(A_RAW), raw.index(B_RAW)
    fa = Flag("numbers.format", Category.NUMBER, Severity.ERROR, Side.TRANSLATION,
              f"{A_RAW} reads as ten in English; the German thousands separator is a comma there",
              source_span=None, translation_span=(at, at + len(A_RAW)))
    alternative = i % 6 == 5  # the second flag proposes another edit of the same words
    span = (at, at + len(A_RAW)) if alternative else (bt, bt + len(B_RAW))
    fb = Flag("numbers.scale", Category.NUMBER, Severity.WARNING, Side.TRANSLATION,
              "scale word left in German next to the number", translation_span=span)
    edits = (Edit(fa.id, Side.TRANSLATION, at, at + len(A_RAW), A_FIX),
             Edit(fb.id, Side.TRANSLATION, *span, A_ALT if alternative else B_FIX))
    corrected = raw.replace(A_RAW, A_FIX)
    de = raw  # the German is not what this test is about
    p = _para(i, de, raw, [fb, fa], corrected=corrected, edits=edits, applied=[fa.id])
    return p


def make_batch(out: Path) -> Path:
    for n in range(BATCH_ARTICLES):
        report = Report(Article(f"day/{n:02d}.txt", (), sha256=f"{n:064x}"),
                        tuple(_batch_para(n, i) for i in range(BATCH_PARAS)), settings={"model": "records"})
        write_json(out / f"day/{n:02d}.json", report_to_json(report))
    build_reports(out)
    return out


# The keys pressed per paragraph (i % 6) for the first KEYED articles, cards in order error (A), warning (B),
# and the text that must result. "f:TEXT" fixes the flag's words by hand.
PLAN = {
    0: (("a", "a"), lambda n, i: TEMPLATE.format(n=n, i=i, a=A_FIX, b=B_FIX)),
    1: (("a", "r"), lambda n, i: TEMPLATE.format(n=n, i=i, a=A_FIX, b=B_RAW)),
    2: (("r", "f:5.2m"), lambda n, i: TEMPLATE.format(n=n, i=i, a=A_RAW, b="5.2m")),
    3: (("f:10 000", "a"), lambda n, i: TEMPLATE.format(n=n, i=i, a="10 000", b=B_FIX)),
    4: (("r", "r"), lambda n, i: TEMPLATE.format(n=n, i=i, a=A_RAW, b=B_RAW)),
    5: (("r", "a"), lambda n, i: TEMPLATE.format(n=n, i=i, a=A_ALT, b=B_RAW)),  # the alternative wins
}
KEYED = 3


def test_batch_of_fifty_articles_reviewed_end_to_end(page, tmp_path):
    """Open a 2,000-flag report, settle three articles by keyboard and one paragraph by mouse, export, apply."""
    out = make_batch(tmp_path / "out")
    t0 = time.perf_counter()
    page.goto((out / "report.html").as_uri())
    page.wait_for_function("document.getElementById('review-count').textContent.length > 0")
    opened = time.perf_counter() - t0
    nav = page.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                        " return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()")
    assert page.locator("li.flag").count() == BATCH_ARTICLES * BATCH_PARAS * 2
    assert opened < 10, f"report of the batch took {opened:.1f}s to open"

    toolbar = page.locator("#toolbar")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    box = toolbar.bounding_box()
    assert toolbar.is_visible() and abs(box["y"]) < 1  # stuck to the top after scrolling to the end
    height = page.evaluate("document.body.scrollHeight")
    page.evaluate("window.scrollTo(0, 0)")

    page.keyboard.press("j")
    t1 = time.perf_counter()
    for n in range(KEYED):
        for i in range(BATCH_PARAS):
            for key in PLAN[i % 6][0]:
                if key.startswith("f:"):
                    page.keyboard.press("f")
                    page.keyboard.press("Control+A")
                    page.keyboard.type(key[2:])
                    page.keyboard.press("Control+Enter")  # saves and moves on
                else:
                    page.keyboard.press(key)
    per_key = (time.perf_counter() - t1) / (KEYED * BATCH_PARAS * 2)
    assert page.evaluate("document.activeElement.id") == f"a{KEYED}-p0-f1"  # first open flag of the next article
    for n in range(KEYED):
        assert "done" in page.locator(f"#a{n}").get_attribute("class")
    # One paragraph by mouse: reject A, fix B by its whole sentence.
    page.locator(f"#a{KEYED}-p0-f1 button[data-act='rejected']").click()
    page.locator(f"#a{KEYED}-p0-f0 button[data-act='fixed']").click()
    page.locator(f"#a{KEYED}-p0-f0 input.whole").check()
    whole = page.locator(f"#a{KEYED}-p0-f0 textarea")
    assert whole.input_value() == TEMPLATE.format(n=KEYED, i=0, a=A_RAW, b=B_FIX)
    whole.fill("The army sent troops.")
    page.locator(f"#a{KEYED}-p0-f0 button.save").click()
    settled = KEYED * BATCH_PARAS * 2 + 2
    assert page.locator("#review-count").inner_text() == f"{settled} of 2000 settled"

    path = _export(page, tmp_path)
    result = apply_review(out, path)
    assert result["decisions"] == settled and result["unreviewed flags"] == 2000 - settled
    for n in range(BATCH_ARTICLES):
        expected = []
        for i in range(BATCH_PARAS):
            if n < KEYED:
                expected.append(PLAN[i % 6][1](n, i))
            elif n == KEYED and i == 0:
                expected.append("The army sent troops.")
            else:  # undecided: what deen chose
                expected.append(TEMPLATE.format(n=n, i=i, a=A_FIX, b=B_RAW))
        final = out / OUTPUT_NAMES["final"].format(stem=f"day/{n:02d}")
        assert final.read_text(encoding="utf-8") == "\n".join(expected) + "\n", n
    print(f"\nbatch report: {BATCH_ARTICLES} articles, 2000 flags, {(out / 'report.html').stat().st_size / 1e6:.2f} MB;"
          f" opened in {opened:.2f}s (DOMContentLoaded {nav[0] / 1000:.2f}s, load {nav[1] / 1000:.2f}s);"
          f" page height {height} px; {per_key * 1000:.0f} ms per keyboard decision")


def test_report_of_a_real_translate_run(page, request, tmp_path):
    """The seed article through `deen translate` on the tiny test model, then the report in the browser."""
    try:
        model = request.getfixturevalue("tiny_model")
    except pytest.FixtureLookupError:
        pytest.skip("tests/conftest.py provides no tiny_model fixture")
    from typer.testing import CliRunner

    from pipeline.cli import app

    # The seed's first two paragraphs (the stray year) and its broken quotation, shortened so that the
    # tiny model's copy fits its positions: a repair translated again must keep every word to pass.
    seed = next(SEED.glob("*.txt"))
    src = tmp_path / "in"
    src.mkdir()
    quote = "„Wir hatten heute eine produktive Diskussion, was fordert und bekommen wird.“ „Eine klare Antwort“, sagte Blinken."
    (src / seed.name).write_text("\n".join(seed.read_text(encoding="utf-8").splitlines()[:2] + [quote]) + "\n",
                                 encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["translate", str(src), "--model", str(model), "--out", str(out),
                                   "--beam", "2", "--nbest", "2", "--max-length", "64", "-q"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    record_path = next(p for p in out.rglob("*.json") if p.name != "run.json")
    record = json.loads(record_path.read_text(encoding="utf-8"))
    n_flags = sum(len(p["flags"]) for p in record["paragraphs"])
    _open(page, out)
    assert page.locator("li.flag").count() == n_flags
    assert page.locator(".para").count() == len(record["paragraphs"])
    total = page.locator(f'tr[data-article="{record["article"]}"] td.total').inner_text()
    assert int(total) == n_flags
    settings = page.locator("#settings").inner_text()
    for key in ("model", "backend", "thresholds signature", "deen version"):
        assert key in settings
    assert record["settings"]["checks"] in settings
    para = page.locator(".para").nth(2)
    assert para.locator(".src").inner_text().startswith("„Wir hatten heute")

    # Settle the quotation paragraph in the browser: reject the repair deen applied, fix the untranslated
    # English by hand. The result column and the text apply-review writes must be the same.
    p2 = record["paragraphs"][2]
    split = next(f["id"] for f in p2["flags"] if f["check"] == "quote_split" and f["id"] in p2["applied"])
    left = next(f["id"] for f in p2["flags"] if f["check"] == "untranslated")
    assert p2["corrected"] != p2["translation"]
    para.locator(f'li.flag[data-key="{split}"] button[data-act="rejected"]').click()
    para.locator(f'li.flag[data-key="{left}"] button[data-act="fixed"]').click()
    para.locator(f'li.flag[data-key="{left}"] textarea').fill("We had a productive discussion today.")
    para.locator(f'li.flag[data-key="{left}"] button.save').click()
    shown = _result(page, para.get_attribute("id"))
    assert "We had a productive discussion today." in shown
    apply_review(out, _export(page, tmp_path))
    stem = record_path.relative_to(out).with_suffix("").as_posix()
    final = (out / OUTPUT_NAMES["final"].format(stem=stem)).read_text(encoding="utf-8").splitlines()
    assert final[2] == shown != p2["corrected"]
    page.evaluate("localStorage.clear()")
    page.reload()  # the screenshot shows the report as it opens
    shot = os.environ.get("DEEN_REPORT_SCREENSHOT")
    if shot:
        page.keyboard.press("j")
        page.keyboard.press("a")
        page.keyboard.press("r")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=shot)
