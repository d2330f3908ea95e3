"""report.html in headless Chromium: what a reviewer sees and does, down to the exported review.json.

Set DEEN_REPORT_SCREENSHOT=path.png to keep a screenshot of the sample report.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline.report import build_reports
from pipeline.review import apply_review
from test_report import NUM_EN, NUM_FIXED, SCRIPT, write_sample_out

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
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.accept()))
    yield pg
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
    assert "10,000" in page.locator("#a0-p2 .corrected ins").inner_text()


def test_severity_filter_hides_info_flags(page, sample):
    _open(page, sample)
    info_flag, info_mark = page.locator("#a0-p4-f0"), page.locator('mark[data-f="a0-p4-f0"]')
    assert info_flag.is_visible()
    highlighted = _background(info_mark)
    assert page.locator("#shown-count").inner_text() == "7 of 7 flags shown"
    page.locator('input.filter-sev[value="info"]').uncheck()
    assert not info_flag.is_visible()
    assert page.locator("#a0-p4-f0 ~ li, #a0-p1-f0").first.is_visible()  # errors stay
    assert _background(info_mark) != highlighted  # its highlight is off, the text stays
    assert info_mark.is_visible()
    assert page.locator("#shown-count").inner_text() == "5 of 7 flags shown"
    page.locator("#only-flagged").check()
    assert not page.locator("#a0-p4").is_visible() and page.locator("#a0-p2").is_visible()
    page.locator('input.filter-cat[value="number"]').uncheck()
    assert not page.locator("#a0-p2").is_visible()


def test_article_script_is_shown_as_text_and_never_runs(page, sample):
    _open(page, sample)
    assert page.locator("#a0-p4 .src").inner_text() == SCRIPT
    assert page.dialogs == []


def test_review_export_downloads_valid_json_that_apply_review_accepts(page, sample, tmp_path):
    _open(page, sample)
    page.locator('#a0-p2-f0 input[value="rejected"]').check()
    page.locator('#a0-p1-f0 input[value="fixed"]').check()
    box = page.locator("#a0-p1-f0 textarea")
    assert box.is_visible()
    box.fill("North Korean troops fought in Kursk.")
    page.locator('#a0-p3-f0 input[value="accepted"]').check()
    assert page.locator("#review-count").inner_text() == "3 of 7 flags reviewed"

    page.reload()  # decisions are kept in the browser
    assert page.locator('#a0-p2-f0 input[value="rejected"]').is_checked()
    assert page.locator("#a0-p1-f0 textarea").input_value() == "North Korean troops fought in Kursk."

    with page.expect_download() as info:
        page.locator("#export").click()
    download = info.value
    assert download.suggested_filename == "review.json"
    path = tmp_path / "review.json"
    download.save_as(path)
    review = json.loads(path.read_text(encoding="utf-8"))
    assert review["schema"] == "deen.review/1"
    assert review["decisions"] == [
        {"article": "news/seed.txt", "paragraph": 1, "check": "years.outside", "flag_index": 0,
         "decision": "fixed", "text": "North Korean troops fought in Kursk."},
        {"article": "news/seed.txt", "paragraph": 2, "check": "numbers.format", "flag_index": 0,
         "decision": "rejected"},
        {"article": "news/seed.txt", "paragraph": 3, "check": "quotes.split", "flag_index": 0,
         "decision": "accepted"},
    ]
    apply_review(sample, path)
    final = (sample / "news/seed.final.en.txt").read_text(encoding="utf-8").splitlines()
    assert final[1] == "North Korean troops fought in Kursk." and final[2] == NUM_EN != NUM_FIXED

    shot = os.environ.get("DEEN_REPORT_SCREENSHOT")
    page.screenshot(path=shot or str(tmp_path / "report.png"), full_page=True)


def test_report_of_a_real_translate_run(page, request, tmp_path):
    """The seed article through `deen translate` on the tiny test model, then the report in the browser."""
    try:
        model = request.getfixturevalue("tiny_model")
    except pytest.FixtureLookupError:
        pytest.skip("tests/conftest.py provides no tiny_model fixture")
    from typer.testing import CliRunner

    from pipeline.cli import app

    # The seed's first three paragraphs: the stray year and the broken quotation, in seconds.
    seed = next(SEED.glob("*.txt"))
    src = tmp_path / "in"
    src.mkdir()
    (src / seed.name).write_text("\n".join(seed.read_text(encoding="utf-8").splitlines()[:3]) + "\n",
                                 encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["translate", str(src), "--model", str(model), "--out", str(out),
                                   "--beam", "2", "--nbest", "2", "--max-length", "24", "-q"],
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
    assert page.locator(".para").nth(2).locator(".src").inner_text().startswith("„Wir hatten heute")
