"""Span edits compose, detect overlaps, and round-trip a rewrite."""
import pytest

from pipeline.edits import EditConflict, alternatives, compose, diff_edits
from pipeline.records import Edit, Flag, Category, Severity, Side

T = Side.TRANSLATION
TEXT = "On 6 Agust 2019, 10.000 soldiers came."


def e(flag, start, end, repl, side=T):
    return Edit(flag=flag, side=side, start=start, end=end, replacement=repl)


@pytest.mark.parametrize("edits, expected", [
    ([], TEXT),
    ([e("a", 5, 10, "August")], "On 6 August 2019, 10.000 soldiers came."),
    ([e("a", 5, 10, "August"), e("b", 17, 23, "10,000")], "On 6 August 2019, 10,000 soldiers came."),
    ([e("b", 17, 23, "10,000"), e("a", 5, 10, "August")], "On 6 August 2019, 10,000 soldiers came."),
    ([e("a", 10, 15, "")], "On 6 Agust, 10.000 soldiers came."),
    ([e("a", 0, 0, "Yes. ")], "Yes. " + TEXT),
    ([e("a", 5, 10, "X", side=Side.SOURCE)], TEXT),  # the other side is untouched
], ids=["none", "one", "two", "order-free", "deletion", "insertion", "other-side"])
def test_compose(edits, expected):
    assert compose(TEXT, edits) == expected


@pytest.mark.parametrize("edits", [
    [e("a", 5, 10, "August"), e("b", 8, 12, "x")],
    [e("a", 3, 3, "x"), e("b", 3, 3, "y")],
    [e("a", 3, 10, "x"), e("b", 5, 5, "y")],
    [e("a", 30, 60, "x")],
], ids=["overlap", "same-insertion", "insertion-inside", "outside"])
def test_compose_refuses(edits):
    with pytest.raises(EditConflict):
        compose(TEXT, edits)


def test_alternatives_groups_only_competing_edits():
    a, b, c = e("a", 5, 10, "August"), e("b", 8, 12, "x"), e("c", 17, 23, "10,000")
    assert alternatives([a, b, c]) == [[a, b]]
    assert alternatives([a, c]) == []


@pytest.mark.parametrize("before, after", [
    ("success success in Berlin", "success in Berlin"),
    ("Chancellor Olaf said", "Chancellor Olaf Scholz said"),
    ("5,200,000 Millionen", "5.2 million"),
    ("same", "same"),
])
def test_diff_edits_round_trip(before, after):
    edits = diff_edits(before, after, "f")
    assert compose(before, edits) == after
    assert all(x.flag == "f" for x in edits)


def test_flag_id_is_stable_and_discriminating():
    f = Flag(check="number_mismatch", category=Category.NUMBER, severity=Severity.ERROR, side=T,
             message="10.000 became 1,000", translation_span=(3, 8))
    same = Flag(check="number_mismatch", category=Category.NUMBER, severity=Severity.ERROR, side=T,
                message="10.000 became 1,000", translation_span=(3, 8))
    other = Flag(check="number_mismatch", category=Category.NUMBER, severity=Severity.ERROR, side=T,
                 message="10.000 became 1,000", translation_span=(4, 8))
    assert f.id == same.id != other.id
    assert f.id.startswith("number_mismatch-")
    assert f.to_json()["id"] == f.id
    assert Flag.from_json(f.to_json()) == f
