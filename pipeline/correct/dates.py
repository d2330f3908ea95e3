"""Date rules: a month or day the English changed, and a German day-month order left in English."""
from __future__ import annotations

import re

from ..records import Category
from .registry import Fault, rule
from .suggestion import near, suggested_edit

GERMAN_MONTHS = {
    "Januar": "January", "Jänner": "January", "Februar": "February", "März": "March", "April": "April",
    "Mai": "May", "Juni": "June", "Juli": "July", "August": "August", "September": "September",
    "Oktober": "October", "November": "November", "Dezember": "December",
}
ENGLISH_MONTHS = frozenset(GERMAN_MONTHS.values())

_DAY_MONTH = re.compile(
    r"\b(?P<day>[0-3]?\d)\.\s+(?P<month>" + "|".join(sorted(set(GERMAN_MONTHS) | ENGLISH_MONTHS, key=len,
                                                            reverse=True))
    + r")\b(?:\s+(?P<year>\d{4})\b)?")


def english_dates(text: str) -> str:
    """6. August (2024) → August 6(, 2024): a German day-month order left in English."""
    def fix(m: re.Match) -> str:
        month = GERMAN_MONTHS.get(m.group("month"), m.group("month"))
        day = str(int(m.group("day")))
        return f"{month} {day}, {m.group('year')}" if m.group("year") else f"{month} {day}"

    return _DAY_MONTH.sub(fix, text)


@rule("date_suggested", categories=[Category.DATE], order=40)
def date_suggested(fault: Fault):
    """The month or day the German has, as the date check suggests"""
    if fault.flag.check == "year_mismatch":
        return  # the year family answers it
    edit = suggested_edit(fault)
    if edit is not None:
        yield (edit,)


@rule("date_order_english", categories=[Category.DATE, Category.NUMBER], order=30)
def date_order_english(fault: Fault):
    """A German day-month order in the English written the English way"""
    edits = tuple(e for e in fault.rewrite(english_dates(fault.text))
                  if near(fault.flag.translation_span, e.start, e.end))
    if edits:
        yield edits
