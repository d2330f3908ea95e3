"""apply_review: the final English per article follows the reviewer's decisions; bad review files are refused."""
from __future__ import annotations

import json

import pytest

from pipeline.errors import InputError
from pipeline.review import apply_review
from test_report import NUM_EN, NUM_FIXED, QUOTE_EN, YEAR_EN, write_sample_out

SEED_FINAL = "news/seed.final.en.txt"
# Paragraph 2 of the sample seed is the one with a correction (NUM_EN -> NUM_FIXED).


def _review(tmp_path, decisions, schema="deen.review/1"):
    path = tmp_path / "review-in.json"
    path.write_text(json.dumps({"schema": schema, "decisions": decisions}), encoding="utf-8")
    return path


def _d(paragraph, check, index, decision, text=None, article="news/seed.txt"):
    d = {"article": article, "paragraph": paragraph, "check": check, "flag_index": index, "decision": decision}
    if text is not None:
        d["text"] = text
    return d


def _final_lines(out):
    return (out / SEED_FINAL).read_text(encoding="utf-8").splitlines()


CASES = [
    pytest.param([], 2, NUM_FIXED, {"paragraphs changed": 0}, id="no-decisions-keep-corrected"),
    pytest.param([_d(2, "numbers.format", 0, "accepted")], 2, NUM_FIXED, {"accepted": 1, "paragraphs changed": 0},
                 id="accepted-keeps-corrected"),
    pytest.param([_d(2, "numbers.format", 0, "rejected")], 2, NUM_EN,
                 {"rejected": 1, "paragraphs changed": 1, "reverted to raw MT": 1}, id="rejected-reverts-to-mt"),
    pytest.param([_d(1, "years.outside", 0, "fixed", "North Korean troops fought in Kursk.\n")], 1,
                 "North Korean troops fought in Kursk.", {"fixed": 1, "paragraphs changed": 1}, id="fixed-text"),
    pytest.param([_d(1, "years.outside", 0, "fixed", "Troops\nfought."), _d(1, "years.outside_en", 1, "rejected")],
                 1, "Troops fought.", {"conflicting paragraphs": 1}, id="fix-outranks-reject"),
    pytest.param([_d(2, "numbers.format", 0, "accepted"), _d(2, "numbers.format", 0, "rejected")], 2, NUM_EN,
                 {"conflicting paragraphs": 1}, id="reject-outranks-accept"),
    pytest.param([_d(1, "years.outside", 0, "fixed", "First."), _d(1, "years.outside_en", 1, "fixed", "Second.")],
                 1, "Second.", {"fixed": 2}, id="last-fix-wins"),
]


@pytest.mark.parametrize("decisions, line, expected, counts", CASES)
def test_decisions_choose_the_final_text(tmp_path, decisions, line, expected, counts):
    out = write_sample_out(tmp_path / "out")
    result = apply_review(out, _review(tmp_path, decisions))
    lines = _final_lines(out)
    assert lines[line] == expected
    assert len(lines) == 5
    assert lines[3] == QUOTE_EN  # untouched paragraphs keep their corrected (here: raw) text
    for key, value in counts.items():
        assert result[key] == value, key
    assert result["files"] == [SEED_FINAL, "zz/other.final.en.txt"]
    assert (out / "zz/other.final.en.txt").read_text(encoding="utf-8") == "A sentence.\n"


def test_summary_names_what_changed(tmp_path):
    out = write_sample_out(tmp_path / "out")
    apply_review(out, _review(tmp_path, [_d(2, "numbers.format", 0, "rejected"),
                                         _d(1, "years.outside", 0, "fixed", "Troops fought in Kursk.")]))
    summary = (out / "review-summary.md").read_text(encoding="utf-8")
    assert "2 decisions (0 accepted, 1 rejected, 1 fixed)" in summary
    assert f"¶ 2 (rejected): {NUM_FIXED} → **{NUM_EN}**" in summary
    assert f"¶ 1 (fixed): {YEAR_EN} → **Troops fought in Kursk.**" in summary
    assert "No paragraph differs" in summary.split("## zz/other.md")[1]


def test_unreviewed_flags_counted(tmp_path):
    out = write_sample_out(tmp_path / "out")
    result = apply_review(out, _review(tmp_path, [_d(2, "numbers.format", 0, "accepted")]))
    assert result["unreviewed flags"] == 6


BAD = [
    pytest.param("not json", "not valid JSON", id="not-json"),
    pytest.param(json.dumps({"decisions": []}), "not a review file", id="no-schema"),
    pytest.param(json.dumps({"schema": "deen.review/1", "decisions": {}}), "must be a list", id="decisions-not-list"),
    pytest.param(json.dumps({"schema": "deen.review/1", "decisions": [_d(2, "numbers.format", 0, "maybe")]}),
                 "allowed: accepted, rejected, fixed", id="unknown-decision"),
    pytest.param(json.dumps({"schema": "deen.review/1", "decisions": [_d(2, "numbers.format", 0, "fixed")]}),
                 "needs the edited English", id="fixed-without-text"),
    pytest.param(json.dumps({"schema": "deen.review/1", "decisions": [{"article": "news/seed.txt"}]}),
                 "missing or mistyped check, decision, paragraph, flag_index", id="missing-keys"),
    pytest.param(json.dumps({"schema": "deen.review/1", "decisions": [_d(2, "numbers.format", 0, "accepted",
                                                                        article="nope.txt")]}),
                 "no article 'nope.txt'", id="unknown-article"),
    pytest.param(json.dumps({"schema": "deen.review/1", "decisions": [_d(9, "numbers.format", 0, "accepted")]}),
                 "has no paragraph 9", id="unknown-paragraph"),
    pytest.param(json.dumps({"schema": "deen.review/1", "decisions": [_d(2, "numbers.format", 5, "accepted")]}),
                 "has no flag 5", id="unknown-flag"),
    pytest.param(json.dumps({"schema": "deen.review/1", "decisions": [_d(2, "quotes.split", 0, "accepted")]}),
                 "another run", id="check-mismatch"),
]


@pytest.mark.parametrize("content, message", BAD)
def test_bad_review_file_is_an_input_error(tmp_path, content, message):
    out = write_sample_out(tmp_path / "out")
    review = tmp_path / "bad.json"
    review.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        apply_review(out, review)
    assert not (out / SEED_FINAL).exists()


def test_missing_review_file(tmp_path):
    out = write_sample_out(tmp_path / "out")
    with pytest.raises(InputError, match="cannot read"):
        apply_review(out, tmp_path / "absent.json")


def test_markdown_layout_kept(tmp_path):
    """Paragraph prefixes and the blank-line separator of a Markdown article survive into the final text."""
    from pipeline.atomic import write_json
    from pipeline.records import Article, Paragraph, Report
    from pipeline.store import report_to_json
    from test_report import _para

    heading = _para(0, "Titel", "Title", kind="heading")
    heading = heading.__class__(**{**heading.__dict__, "paragraph": Paragraph(0, "Titel", "heading", prefix="# ")})
    report = Report(article=Article(path="k.md", paragraphs=(), separator="\n\n"),
                    paragraphs=(heading, _para(1, "Ein Satz.", "A sentence.")))
    out = tmp_path / "out"
    write_json(out / "k.json", report_to_json(report))
    apply_review(out, _review(tmp_path, []))
    assert (out / "k.final.en.txt").read_text(encoding="utf-8") == "# Title\n\nA sentence.\n"
