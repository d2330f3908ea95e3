"""Year rules: a year the English changed, and a year that does not belong in the article."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..records import Category, Side
from .registry import Fault, german_repair, rule
from .suggestion import full_text, single_edit, suggested_edit

# Phrases that carry nothing but a year, so the whole phrase goes when the year does;
# the bare year (empty prefix) is the last resort.
YEAR_PHRASES = {
    "source": (r"im\s+Jahre?\s+", r"in\s+dem\s+Jahr\s+", r""),
    "translation": (r"in\s+the\s+year\s+", r"in\s+", r""),
}

# A two-digit year up to this is 20xx, above it 19xx („12.1.21“ is 2021, „3.10.90“ 1990).
TWO_DIGIT_YEAR_PIVOT = 40

YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def drop_year(text: str, year: str, *, side: str) -> str:
    """Remove a year with the phrase that only carries it (``im Jahr 2019``, ``in 2019``) and one space."""
    for phrase in YEAR_PHRASES[side]:
        m = re.search(r"(?:(?<=\s)|^)" + phrase + re.escape(year) + r"(?!\d)", text)
        if not m:
            continue
        start, end = m.start(), m.end()
        if text[end:end + 1] in (",", ";") and text[max(0, start - 2):start] == ", ":
            start -= 2  # "Kursk, 2019, war" → "Kursk, war"
        elif end < len(text) and text[end] == " ":
            end += 1  # "in 2019 in Kursk" → "in Kursk"
        elif start > 0 and text[start - 1] == " ":
            start -= 1  # "in Kursk in 2019." → "in Kursk."
        return text[:start] + text[end:]
    return text


def flag_years(fault: Fault) -> list[str]:
    """The years a German-side flag is about: in its span, in its suggestion's change, or its message."""
    f, text = fault.flag, fault.source
    found = YEAR.findall(text[f.source_span[0]:f.source_span[1]]) if f.source_span else []
    if not found and full_text(f.suggestion, text):
        change = single_edit(text, f.suggestion, f.id, Side.SOURCE)
        found = YEAR.findall(text[change.start:change.end])
    if not found:
        found = YEAR.findall(f.message)
    return list(dict.fromkeys(found))


@german_repair(Category.DATE)
def german_without_year(fault: Fault) -> Optional[str]:
    """The German without the year that lies outside the article's time frame."""
    text = fault.source
    for year in flag_years(fault):
        text = drop_year(text, year, side="source")
    return text if text != fault.source else None


@rule("year_dropped_both", categories=[Category.DATE], side=Side.SOURCE, order=60)
def year_dropped_both(fault: Fault):
    """A year outside the article's time frame dropped in the German and in the English"""
    german = german_without_year(fault)
    if german is None:
        return
    english = fault.text
    for year in flag_years(fault):
        english = drop_year(english, year, side="translation")
    if english != fault.text:
        yield fault.rewrite(german, Side.SOURCE) + fault.rewrite(english)


@rule("year_suggested", categories=[Category.DATE, Category.NUMBER], order=40)
def year_suggested(fault: Fault):
    """The English year the German has, as the year check suggests"""
    if fault.flag.check != "year_mismatch":
        return
    edit = suggested_edit(fault)
    if edit is None:
        return
    span = fault.flag.translation_span
    if span and edit.start >= span[0] and edit.end <= span[1]:
        # The whole English year is replaced (the suggestion may share digits with it: 2011 → 21).
        new = fault.flag.suggestion[span[0]:span[1] + len(fault.flag.suggestion) - len(fault.text)]
        if re.fullmatch(r"\d\d", new) and re.fullmatch(r"\d{4}", fault.text[span[0]:span[1]]):
            # „12.1.21“: the German writes the year short; the English keeps four digits ("2021").
            yy = int(new)
            new = str((2000 if yy <= TWO_DIGIT_YEAR_PIVOT else 1900) + yy)
        edit = replace(edit, start=span[0], end=span[1], replacement=new)
    yield (edit,)
