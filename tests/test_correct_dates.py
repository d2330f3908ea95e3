"""Date and year corrections: edits of different flags compose; a stray year goes on both sides."""
import pytest

from correct_helpers import CONFIG, corrected
from pipeline.checks.runner import run_checks
from pipeline.correct import correct_document
from pipeline.correct.dates import english_dates
from pipeline.correct.years import drop_year
from pipeline.edits import compose
from pipeline.records import Side, Unit

CASES = [
    pytest.param("Am 3. Mai und am 5. Juni kam er.", "On May 4 and June 6 he came.",
                 "On May 3 and June 5 he came.", 2, id="two-dates-compose(old:one fixed)"),
    pytest.param("Im Juli war Bezos an Bord.", "In June Bezos was on board.", "In July Bezos was on board.", 1,
                 id="month"),
    # A two-digit German year stands for its century's year: written out in full in the English.
    pytest.param("Bestellung und Bezahlung war am 12.1.21.", "Order and payment was on January 12th, 2011.",
                 "Order and payment was on January 12th, 2021.", 1, id="short-german-year-written-out"),
]


@pytest.mark.parametrize("de, en, expected, n_applied", CASES)
def test_date_corrections(de, en, expected, n_applied):
    result = corrected(de, en)
    assert result.text == expected
    assert len(result.applied) == n_applied
    assert compose(en, [e for e in result.edits if e.flag in result.applied]) == expected


@pytest.mark.parametrize("text, year, side, expected", [
    ("Sie kämpften im Jahr 2019 in Kursk.", "2019", "source", "Sie kämpften in Kursk."),
    ("They fought in 2019 in Kursk.", "2019", "translation", "They fought in Kursk."),
    ("They fought in Kursk in 2019.", "2019", "translation", "They fought in Kursk."),
    ("Kursk, 2019, war.", "2019", "translation", "Kursk, war."),
])
def test_drop_year(text, year, side, expected):
    assert drop_year(text, year, side=side) == expected


def test_stray_year_is_dropped_in_german_and_english():
    de = ["Im Oktober 2024 kamen die Truppen.", "Die Kandidatinnen stehen an der Seite im Jahr 2003 von Fabian."]
    en = ["In October 2024 the troops came.", "The candidates stand at the side in 2003 of Fabian."]
    units = [Unit(id=f"u{i}", source=d, translation=e, doc_id="d") for i, (d, e) in enumerate(zip(de, en))]
    flags = run_checks(units, CONFIG)
    first, second = correct_document(units, flags, None, CONFIG)
    assert first.text == en[0] and first.edits == ()
    assert second.text == "The candidates stand at the side of Fabian."
    assert compose(de[1], second.edits, Side.SOURCE) == "Die Kandidatinnen stehen an der Seite von Fabian."
    assert {e.flag for e in second.edits} == set(second.applied)


@pytest.mark.parametrize("text, expected", [
    ("They came on 6. August.", "They came on August 6."),
    ("On 1. März 2020 it rained.", "On March 1, 2020 it rained."),
])
def test_english_dates(text, expected):
    assert english_dates(text) == expected
