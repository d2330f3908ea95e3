"""Number rules: a number in German format, and a number whose value the English changed."""
from __future__ import annotations

import re
from typing import Optional

from ..checks.numbers import COUNT, EN_WORDS, WORD, Numeral, format_en, read_numerals
from ..lang import de, en
from ..records import Category
from .registry import Fault, rule
from .suggestion import near, trusted

# An English scale word for each value of a German one („5,2 Millionen“ → "5.2 million").
ENGLISH_SCALE_WORDS = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}

_GERMAN_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\d]|[.,]\d)")
_GERMAN_SCALE_AFTER = re.compile(r"\s?(" + "|".join(re.escape(w) for w in sorted(de.SCALES, key=len, reverse=True))
                                 + r")(?!\w)", re.I)
_ENGLISH_SCALE_IN = re.compile(r"\s?(" + "|".join(re.escape(w) for w in sorted(en.SCALES, key=len, reverse=True))
                               + r")$", re.I)


def english_number(token: str) -> str:
    """10.000 → 10,000; 2,5 → 2.5; 1.234,5 → 1,234.5."""
    whole, _, frac = token.partition(",")
    whole = whole.replace(".", ",")
    return whole + ("." + frac if frac else "")


def english_numbers(text: str, source: str) -> str:
    """Numbers carried over from the German in German format, written the English way."""
    carried = set(_GERMAN_NUMBER.findall(source))
    return _GERMAN_NUMBER.sub(lambda m: english_number(m.group(0)) if m.group(0) in carried else m.group(0), text)


def _at(numerals, span) -> Optional[Numeral]:
    return next((n for n in numerals if (n.start, n.end) == tuple(span)), None) if span else None


def _digits(text: str) -> str:
    m = re.search(r"\d[\d.,\u202f\u00a0 ]*", text)
    return m.group(0).strip() if m else ""


def german_value(fault: Fault) -> Optional[tuple[int, int, str]]:
    """(start, end, replacement): the English number at the flag given the German value.

    The English keeps its own way of writing it: a number word stays a word, a scale word stays
    ("5.3 million" → "5.2 million"), and a German scale word left beside it becomes English
    ("5,3 Millionen" → "5.2 million", never "5,200,000 Millionen").
    """
    f, text, source = fault.flag, fault.text, fault.source
    n = _at(read_numerals(text, "en"), f.translation_span)
    g = _at(read_numerals(source, "de"), f.source_span)
    if n is None or g is None or g.kind not in (COUNT, WORD) or not n.values or not g.values:
        return None
    digits = _digits(n.text)
    if digits and re.search(r"(?<![\d.,])" + re.escape(digits) + r"(?![\d]|[.,]\d)", source):
        return None  # the English has the German's own digits: the readings differ, not the numbers
    value = min(g.values, key=lambda v: abs(v - max(n.values)))
    start, end = n.start, n.end
    run = _digit_run(text, start, end)
    if run != (start, end):
        # "10 .000": one German number the English split in two. Only the whole run is a fix.
        if re.sub(r"\D", "", text[run[0]:run[1]]) != re.sub(r"\D", "", g.text):
            return None
        return run[0], run[1], format_en(value)
    if n.kind == WORD:
        word = EN_WORDS.get(value)
        if word is None:
            return None
        return start, end, word.capitalize() if n.text[:1].isupper() else word
    m = re.match(r"([^\d]*)([\d.,\u202f\u00a0]+)(.*)$", n.text, re.S)
    if not m:
        return None
    lead, tail = m.group(1), m.group(3)
    scale = _ENGLISH_SCALE_IN.search(tail)
    german_scale = _GERMAN_SCALE_AFTER.match(text, end) if not tail.strip() else None
    if scale:
        value /= en.SCALES[scale.group(1).lower()]
    elif german_scale:
        factor = de.SCALES[german_scale.group(1).lower()]
        value /= factor
        tail = " " + ENGLISH_SCALE_WORDS[factor]
        end = german_scale.end()
    return start, end, lead + format_en(round(value, 6)) + tail


_SPLIT_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:(?:\s[.,]?|[.,]\s)\d{3}(?![\d]))+")


def _digit_run(text: str, start: int, end: int) -> tuple[int, int]:
    """A number split by a stray space ("10 .000", "10 000") around ``start``–``end``, else that span."""
    for m in _SPLIT_NUMBER.finditer(text):
        if m.start() < end and start < m.end():
            return min(m.start(), start), max(m.end(), end)
    return start, end


@rule("number_format_english", categories=[Category.NUMBER, Category.DATE], order=30)
def number_format_english(fault: Fault):
    """A number carried over in German format written the English way"""
    edits = tuple(e for e in fault.rewrite(english_numbers(fault.text, fault.source))
                  if near(fault.flag.translation_span, e.start, e.end))
    if edits:
        yield edits


@rule("number_value", categories=[Category.NUMBER], order=40)
def number_value(fault: Fault):
    """The German value for an English number that has none, written as the English wrote it"""
    if fault.flag.check != "number_mismatch" or not trusted(fault):
        return
    found = german_value(fault)
    if found is not None and fault.text[found[0]:found[1]] != found[2]:
        yield (fault.edit(*found),)
