"""Quotation corrections with the real checks: an English quotation closed with German's “ is closed with ”."""
import pytest

from correct_helpers import corrected

CASES = [
    pytest.param("„Wir kommen“, sagte er.", "“We are coming,“ he said.", "“We are coming,” he said.",
                 ["quote_closing_english"], id="closing-mark"),
    pytest.param("„Ja“ und „Nein“.", "“Yes“ and “No“.", "“Yes” and “No”.", ["quote_closing_english"],
                 id="every-closing-mark-of-the-paragraph"),
    pytest.param("„Ja“ und „Nein“.", "“Yes” and “No”.", "“Yes” and “No”.", [], id="english-marks-untouched"),
    pytest.param("„Ja“ und „Nein“.", "„Yes“ and „No“.", "„Yes“ and „No“.", [], id="german-pairs-not-this-rule"),
]


@pytest.mark.parametrize("de, en, expected, rules", CASES)
def test_quote_corrections(de, en, expected, rules):
    result = corrected(de, en)
    assert result.text == expected
    assert [c.rule for c in result.corrections if c.cleared] == rules
