"""Number corrections keep the English way of writing a number, its scale word above all.

Each end-to-end case runs the project's real checks; the "old" column says what the
corrections before the edits rewrite delivered, which these cases reject.
"""
import pytest

from correct_helpers import corrected
from pipeline.correct.numbers import english_number, german_value
from pipeline.correct.registry import Fault
from pipeline.records import Category, Flag, Severity, Side, Unit

CASES = [
    # (German, English, expected; old behaviour in the id)
    pytest.param("Die Stadt hat 5,2 Millionen Einwohner.", "The city has 5,3 Millionen inhabitants.",
                 "The city has 5.2 million inhabitants.", id="german-scale-word-made-english(old:5,200,000 Millionen)"),
    pytest.param("Die Firma verlor 1,5 Milliarden Euro.", "The company lost 2,5 Milliarden euros.",
                 "The company lost 1.5 billion euros.", id="milliarden-to-billion(old:unchanged)"),
    pytest.param("Die Stadt hat 5,2 Millionen Einwohner.", "The city has 5.3 million inhabitants.",
                 "The city has 5.2 million inhabitants.", id="english-scale-word-kept"),
    pytest.param("Das Feuer beschädigte Teile der 10.000-Volt-Schaltanlage.",
                 "The fire damaged parts of the 10 .000 volt switchgear.",
                 "The fire damaged parts of the 10,000 volt switchgear.", id="split-number-fixed-whole(old:10,000 .000)"),
    pytest.param("Die neue Bezeichnung 255 001 wurde nie verwendet.", "The new designation 255 001 was never used.",
                 "The new designation 255 001 was never used.", id="german-digits-kept-verbatim(old:255,001 001)"),
    pytest.param("Er misst nur 30mm x15.5mm und passt in jede Lok.",
                 "It measures only 30 mm x 15.5 mm and fits any locomotive.",
                 "It measures only 30 mm x 15.5 mm and fits any locomotive.", id="misread-german-left-alone(old:5 mm)"),
    pytest.param("Der Winkel von 120 Grad ist hervorragend.", "The angle of 1200 is excellent.",
                 "The angle of 120 is excellent.", id="wrong-number-fixed"),
]


@pytest.mark.parametrize("de, en, expected", CASES)
def test_number_corrections(de, en, expected):
    assert corrected(de, en).text == expected


def _fault(de, en, en_span, de_span):
    flag = Flag(check="number_mismatch", category=Category.NUMBER, severity=Severity.ERROR, side=Side.TRANSLATION,
                message="m", translation_span=en_span, source_span=de_span)
    return Fault(flag=flag, unit=Unit(id="u", source=de, translation=en), flags=(flag,))


@pytest.mark.parametrize("de, de_span, en, en_span, expected", [
    ("5,2 Millionen", (0, 13), "5,3 Millionen people", (0, 3), (0, 13, "5.2 million")),
    ("5,2 Mio.", (0, 8), "5.3 million people", (0, 11), (0, 11, "5.2 million")),
    ("elf Spieler", (0, 3), "Twelve players", (0, 6), (0, 6, "Eleven")),
    ("13 und 12 Spieler", (7, 9), "13 players", (0, 2), None),  # the English has the German's own digits
], ids=["german-scale", "english-scale", "number-word", "verbatim"])
def test_german_value(de, de_span, en, en_span, expected):
    assert german_value(_fault(de, en, en_span, de_span)) == expected


@pytest.mark.parametrize("token, expected", [("10.000", "10,000"), ("2,5", "2.5"), ("1.234,5", "1,234.5")])
def test_english_number(token, expected):
    assert english_number(token) == expected
