"""apply_review: decisions flag by flag, composed over the raw MT; reviews of other runs or texts are refused."""
from __future__ import annotations

import json
import re

import pytest

from pipeline.atomic import write_json
from pipeline.errors import InputError
from pipeline.records import Article, Category, Report, Severity, Side
from pipeline.report.collect import load_run
from pipeline.review import OUTPUT_NAMES, apply_review
from pipeline.store import report_to_json
from test_report import (HOSTILE, NUM_EN, NUM_FIXED, QUOTE_EN, YEAR_EN, _edit, _flag, _md_html, _para, sample_reports,
                         write_sample_out)

SEED_FINAL = "news/seed.en.final.txt"
SEED = dict(sample_reports())["news/seed"]
YEAR, YEAR_EN_FLAG, NAME = SEED.paragraphs[1].flags  # error (source), warning, info; YEAR and YEAR_EN compete
NUM = SEED.paragraphs[2].flags[0]  # deen applied its edit: NUM_EN -> NUM_FIXED
QUOTE = SEED.paragraphs[3].flags[0]


def _write_review(path, out, tree, run=None, schema="deen.review/2"):
    """A review file for the run in ``out``: decisions keyed by article, paragraph and flag id."""
    path.write_text(json.dumps({"schema": schema, "run": run or load_run(out).run_id, "decisions": tree}),
                    encoding="utf-8")
    return path


def _review(tmp_path, out, decisions, run=None, schema="deen.review/2"):
    tree = {}
    for paragraph, flag, row in decisions:
        tree.setdefault("news/seed.txt", {}).setdefault(str(paragraph), {})[flag.id] = row
    return _write_review(tmp_path / "review-in.json", out, tree, run, schema)


def _fix(start, end, text, original):
    return {"decision": "fixed", "edit": {"side": "translation", "start": start, "end": end, "replacement": text,
                                          "original": original}}


ACC, REJ = {"decision": "accepted"}, {"decision": "rejected"}

CASES = [
    pytest.param([], {2: NUM_FIXED, 1: YEAR_EN}, {"paragraphs changed": 0}, id="no-decisions-keep-deen"),
    pytest.param([(2, NUM, ACC)], {2: NUM_FIXED}, {"accepted": 1, "paragraphs changed": 0}, id="accept-applied"),
    pytest.param([(2, NUM, {"decision": "accepted", "edits": [
        {"side": "translation", "start": 10, "end": 16, "replacement": "10,000"}]})], {2: NUM_FIXED}, {},
        id="accept-with-the-edits-seen"),
    pytest.param([(2, NUM, REJ)], {2: NUM_EN}, {"rejected": 1, "paragraphs changed": 1}, id="reject-keeps-mt"),
    pytest.param([(1, YEAR, ACC)], {1: "North Korean troops fought in Kursk."}, {"paragraphs changed": 1},
                 id="accept-unapplied"),
    pytest.param([(1, YEAR_EN_FLAG, ACC)], {1: "North Korean troops fought in 2024 in Kursk."}, {},
                 id="accept-the-alternative"),
    pytest.param([(2, NUM, _fix(10, 16, "ten thousand", "10.000"))], {2: "More than ten thousand soldiers were sent."},
                 {"fixed": 1}, id="fix-a-span"),
    pytest.param([(1, NAME, {"decision": "fixed", "sentence": 0, "text": "Troops\nfought."})], {1: "Troops fought."},
                 {}, id="fix-a-sentence"),
    pytest.param([(1, YEAR, REJ), (1, YEAR_EN_FLAG, ACC), (1, NAME, _fix(0, 12, "N. Korean", "North Korean"))],
                 {1: "N. Korean troops fought in 2024 in Kursk."},
                 {"accepted": 1, "rejected": 1, "fixed": 1, "unreviewed flags": 4}, id="mixed-in-one-paragraph"),
    pytest.param([(2, NUM, REJ), (1, YEAR, ACC), (3, QUOTE, _fix(0, 0, "Blinken: ", ""))],
                 {2: NUM_EN, 1: "North Korean troops fought in Kursk.", 3: "Blinken: " + QUOTE_EN},
                 {"paragraphs changed": 3}, id="three-paragraphs"),
]


@pytest.mark.parametrize("decisions, expected, counts", CASES)
def test_decisions_compose_the_final_text(tmp_path, decisions, expected, counts):
    out = write_sample_out(tmp_path / "out")
    result = apply_review(out, _review(tmp_path, out, decisions))
    lines = (out / SEED_FINAL).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    for line, text in expected.items():
        assert lines[line] == text
    if 3 not in expected:
        assert lines[3] == QUOTE_EN
    for key, value in counts.items():
        assert result[key] == value, key
    assert result["files"] == [SEED_FINAL, "zz/other.en.final.txt"]
    assert (out / "zz/other.en.final.txt").read_text(encoding="utf-8") == "A sentence.\n"


def test_undecided_alternative_steps_aside(tmp_path):
    """deen applied A; the reviewer accepts B, which changes the same words: A steps aside, named in the summary."""
    a = _flag("numbers.format", Category.NUMBER, Severity.ERROR, Side.TRANSLATION, "format", tr=(10, 16))
    b = _flag("numbers.scale", Category.NUMBER, Severity.WARNING, Side.TRANSLATION, "scale", tr=(10, 16))
    para = _para(0, "Mehr als 10.000 Soldaten.", NUM_EN, [a, b], corrected=NUM_FIXED,
                 edits=[_edit(a, 10, 16, "10,000"), _edit(b, 10, 16, "ten thousand")], applied=[a.id])
    out = tmp_path / "out"
    write_json(out / "k.json", report_to_json(Report(Article("k.txt", ()), (para,))))
    review = _write_review(tmp_path / "r.json", out, {"k.txt": {"0": {b.id: ACC}}})
    result = apply_review(out, review)
    assert (out / "k.en.final.txt").read_text(encoding="utf-8") == "More than ten thousand soldiers were sent.\n"
    assert result["superseded flags"] == 1
    assert f"stepped aside: {a.id}" in (out / OUTPUT_NAMES["summary"]).read_text(encoding="utf-8")


REFUSED = [
    pytest.param([(1, YEAR, ACC), (1, YEAR_EN_FLAG, ACC)], None, f"flags {YEAR.id} and {YEAR_EN_FLAG.id}",
                 id="accepted-alternatives-conflict"),
    pytest.param([(2, NUM, _fix(10, 16, "ten", "10,000"))], None, f"flag {NUM.id}: the hand fix replaces '10,000'",
                 id="fix-on-changed-text"),
    pytest.param([(2, NUM, {"decision": "accepted", "edits": [
        {"side": "translation", "start": 10, "end": 16, "replacement": "10 000"}]})], None,
        f"flag {NUM.id}: the review accepted edits .* no longer match", id="accepted-edits-changed"),
    pytest.param([(1, NAME, {"decision": "fixed", "sentence": 3, "text": "x"})], None, "has no sentence 3",
                 id="no-such-sentence"),
    pytest.param([(2, QUOTE, ACC)], None, f"news/seed.txt ¶ 2 flag {QUOTE.id}: no such flag", id="flag-elsewhere"),
    pytest.param([(9, NUM, ACC)], None, "has no paragraph 9", id="no-such-paragraph"),
    pytest.param([(2, NUM, ACC)], "0123456789abcdef", "belongs to run 0123456789abcdef", id="another-run"),
]


@pytest.mark.parametrize("decisions, run, message", REFUSED)
def test_review_that_does_not_fit_is_refused(tmp_path, decisions, run, message):
    out = write_sample_out(tmp_path / "out")
    with pytest.raises(InputError, match=message):
        apply_review(out, _review(tmp_path, out, decisions, run=run))
    assert not (out / SEED_FINAL).exists() and not (out / OUTPUT_NAMES["summary"]).exists()


def test_another_config_gives_another_run(tmp_path):
    """The same articles checked with other settings: a review of the first run is refused in the second."""
    out = write_sample_out(tmp_path / "out")
    review = _review(tmp_path, out, [(2, NUM, REJ)])
    for stem, report in sample_reports():
        write_json(out / f"{stem}.json",
                   report_to_json(Report(report.article, report.paragraphs, {**report.settings, "checks": "other"})))
    with pytest.raises(InputError, match="another model, configuration or input"):
        apply_review(out, review)


BAD = [
    pytest.param("not json", "not valid JSON", id="not-json"),
    pytest.param({"decisions": {}}, "not a review file", id="no-schema"),
    pytest.param({"schema": "deen.review/1", "decisions": []}, "keys flags by position", id="old-schema"),
    pytest.param({"schema": "deen.review/2", "decisions": {}}, '"run" must be', id="no-run"),
    pytest.param({"schema": "deen.review/2", "run": "x", "decisions": []}, "keyed by article", id="decisions-list"),
    pytest.param({"schema": "deen.review/2", "run": "x", "decisions": {"a.txt": {"one": {}}}}, "paragraph keys",
                 id="paragraph-not-number"),
    pytest.param({"schema": "deen.review/2", "run": "x", "decisions": {"a.txt": {"1": {"f": {"decision": "maybe"}}}}},
                 "allowed: accepted, rejected, fixed", id="unknown-decision"),
    pytest.param({"schema": "deen.review/2", "run": "x", "decisions": {"a.txt": {"1": {"f": {"decision": "fixed"}}}}},
                 "needs \"edit\"", id="fixed-without-edit"),
    pytest.param({"schema": "deen.review/2", "run": "x", "decisions": {"a.txt": {"1": {"f": {
        "decision": "fixed", "edit": {"side": "source", "start": 0, "end": 1, "replacement": "", "original": "x"}}}}}},
        "edits the English", id="fix-on-german"),
]


@pytest.mark.parametrize("content, message", BAD)
def test_bad_review_file_is_an_input_error(tmp_path, content, message):
    out = write_sample_out(tmp_path / "out")
    review = tmp_path / "bad.json"
    review.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        apply_review(out, review)
    assert not (out / SEED_FINAL).exists()


def test_record_whose_corrected_text_is_not_its_edits_is_refused(tmp_path):
    para = _para(0, "Ein Satz.", "A sentence.", corrected="A changed sentence.")  # no edits recorded
    out = tmp_path / "out"
    write_json(out / "k.json", report_to_json(Report(Article("k.txt", ()), (para,))))
    review = _write_review(tmp_path / "r.json", out, {})
    with pytest.raises(InputError, match="k.txt ¶ 0: the record's corrected text is not its applied edits"):
        apply_review(out, review)


def test_missing_review_file(tmp_path):
    out = write_sample_out(tmp_path / "out")
    with pytest.raises(InputError, match="cannot read"):
        apply_review(out, tmp_path / "absent.json")


def test_outputs_never_collide_with_article_files(tmp_path):
    """Articles named like apply-review's outputs (a.final.txt, a.en.final.txt, review-summary.md) keep their files."""
    out = tmp_path / "out"
    stems = ["a", "a.final", "a.en.final", "review-summary", "review-summary.md"]
    for stem in stems:
        write_json(out / f"{stem}.json",
                   report_to_json(Report(Article(f"{stem}.txt", ()), (_para(0, "Ein Satz.", f"{stem} EN"),))))
        for ext in (".en.txt", ".mt.txt"):
            (out / f"{stem}{ext}").write_text(f"{stem}{ext}", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    review = _write_review(tmp_path / "r.json", out, {})
    result = apply_review(out, review)
    assert set(result["files"]).isdisjoint(before) and result["summary"] not in before
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name in before} == before
    assert len(result["files"]) == len(stems)


def test_markdown_layout_kept(tmp_path):
    """Paragraph prefixes and the blank-line separator of a Markdown article survive into the final text."""
    from pipeline.records import Paragraph

    heading = _para(0, "Titel", "Title", kind="heading")
    heading = heading.__class__(**{**heading.__dict__, "paragraph": Paragraph(0, "Titel", "heading", prefix="# ")})
    report = Report(article=Article(path="k.md", paragraphs=(), separator="\n\n"),
                    paragraphs=(heading, _para(1, "Ein Satz.", "A sentence.")))
    out = tmp_path / "out"
    write_json(out / "k.json", report_to_json(report))
    review = _write_review(tmp_path / "r.json", out, {})
    apply_review(out, review)
    assert (out / "k.en.final.txt").read_text(encoding="utf-8") == "# Title\n\nA sentence.\n"


def test_summary_escapes_markdown(tmp_path):
    """Article paths and reviewers' text reach review-summary.md as text: no link, no image beacon."""
    flag = _flag("untranslated.german", Category.UNTRANSLATED, Severity.INFO, Side.TRANSLATION, "x", tr=(0, 3))
    out = tmp_path / "out"
    write_json(out / "k.json", report_to_json(Report(Article("[k](javascript:alert(1)).txt", ()),
                                                     (_para(0, "Ein Satz.", "A sentence.", [flag]),))))
    review = _write_review(tmp_path / "r.json", out, {
        "[k](javascript:alert(1)).txt": {"0": {flag.id: {"decision": "fixed", "sentence": 0, "text": HOSTILE}}}})
    apply_review(out, review)
    rendered = _md_html((out / OUTPUT_NAMES["summary"]).read_text(encoding="utf-8"))
    assert "<a " not in rendered and "<img" not in rendered and "javascript:alert(1)" in rendered


# Real runs: the records `deen translate` writes, settled by a hand-written review, mixed within one paragraph.
TINY_DE = ("„Wir schicken 10.000 Soldaten“, sagte Blinken im Jahr 2019 in Brüssel.",
           "Am 3. März 2024 war Blinken in Kiew.")


def _run_id_shown(out):
    """The run id as the report's header shows it to the reviewer."""
    return re.search(r'id="run-id">([0-9a-f]+)<', (out / "report.html").read_text(encoding="utf-8")).group(1)


def _ids(paragraph) -> dict:
    return {f["check"]: f["id"] for f in paragraph["flags"]}


def _translation_edits(paragraph, flag_id):
    return [{k: e[k] for k in ("side", "start", "end", "replacement")} for e in paragraph["edits"]
            if e["flag"] == flag_id and e["side"] == "translation"]


def test_translate_then_apply_review_on_the_command_line(tiny_model, tmp_path):
    """`deen translate` with the tiny model (it copies the German), then accept, reject and fix in one paragraph."""
    from test_run import _invoke as invoke

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("\n".join(TINY_DE) + "\n", encoding="utf-8")
    res = invoke("translate", src, "--model", tiny_model, "--out", out, "--beam", "2", "--nbest", "2", "-q")
    assert res.exit_code == 0, res.output
    p0, p1 = json.loads((out / "a.json").read_text(encoding="utf-8"))["paragraphs"]
    assert p0["translation"] == TINY_DE[0]
    ids = _ids(p0)
    # deen repaired the stray year in the German (and so in the English).
    assert set(p0["applied"]) == {ids["year_out_of_frame"]}
    assert {e["side"] for e in p0["edits"] if e["flag"] == ids["year_out_of_frame"]} == {"source", "translation"}
    assert p0["corrected"] == "„Wir schicken 10.000 Soldaten“, sagte Blinken in Brüssel."

    # Nothing decided: the final text is what deen delivered.
    review = _write_review(tmp_path / "review.json", out, {}, run=_run_id_shown(out))
    res = invoke("apply-review", out, review)
    assert res.exit_code == 0, res.output
    assert (out / "a.en.final.txt").read_text(encoding="utf-8") == (out / "a.en.txt").read_text(encoding="utf-8")

    _write_review(review, out, {"a.txt": {
        "0": {ids["year_out_of_frame"]: {"decision": "accepted",
                                         "edits": _translation_edits(p0, ids["year_out_of_frame"])},
              ids["untranslated"]: _fix(1, 29, "We are sending 10,000 soldiers", "Wir schicken 10.000 Soldaten")},
        "1": {_ids(p1)["untranslated"]: {"decision": "fixed", "sentence": 0,
                                         "text": "On 3 March 2024 Blinken was in Kyiv."}}}}, run=_run_id_shown(out))
    res = invoke("apply-review", out, review)
    assert res.exit_code == 0, res.output
    assert (out / "a.en.final.txt").read_text(encoding="utf-8") == (
        "„We are sending 10,000 soldiers“, sagte Blinken in Brüssel.\nOn 3 March 2024 Blinken was in Kyiv.\n")
    assert "paragraphs changed: 2" in res.output


def test_checked_run_then_apply_review(tmp_path):
    """A run on a fixed translation table (no model): the checks' own edits, settled flag by flag."""
    from pipeline.run import RunOptions, Runner
    from test_run import _Table

    de = "„Am Sonntag schickten wir 10.000 Soldaten“, sagte er gestern."
    en = "„On Saturday we sent 1,000 soldiers“, he said today."
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(de + "\n", encoding="utf-8")
    table = _Table({de: en})
    Runner(src, out, RunOptions(), load_translator=lambda: table.translator).run()
    [p] = json.loads((out / "a.json").read_text(encoding="utf-8"))["paragraphs"]
    ids = _ids(p)
    assert set(p["applied"]) == {ids["date_mismatch"], ids["number_mismatch"]}
    assert p["corrected"] == "„On Sunday we sent 10,000 soldiers“, he said today."
    start = en.index("today")
    review = _write_review(tmp_path / "review.json", out, {"a.txt": {
        "0": {ids["date_mismatch"]: ACC, ids["number_mismatch"]: REJ,
              ids["relative_date"]: _fix(start, start + len("today"), "yesterday", "today")}}})
    result = apply_review(out, review)
    final = (out / "a.en.final.txt").read_text(encoding="utf-8")
    assert final == "„On Sunday we sent 1,000 soldiers“, he said yesterday.\n"
    assert (result["accepted"], result["rejected"], result["fixed"], result["paragraphs changed"]) == (1, 1, 1, 1)
