"""A check's own suggestion (a whole corrected string) read as the one edit it makes."""
from __future__ import annotations

from typing import Optional

from ..edits import diff_edits
from ..records import Category, Edit, Side
from .registry import Fault

# A check's suggestion pairs its flag with what is left over on the other side. While a stretch
# of the paragraph is missing or left in German, the leftovers come from that stretch, so such
# suggestions are not taken: suggestion category -> categories that make it untrustworthy.
SUGGESTION_DISTRUSTED_BY = {
    Category.NUMBER: frozenset({Category.OMISSION, Category.UNTRANSLATED}),
    Category.DATE: frozenset({Category.OMISSION, Category.UNTRANSLATED}),
    Category.NAME: frozenset({Category.OMISSION, Category.UNTRANSLATED}),
}


def full_text(suggestion: Optional[str], text: str) -> bool:
    """Whether a suggestion is a whole corrected string for ``text`` rather than an instruction."""
    if not suggestion or suggestion == text:
        return False
    p = common_prefix(text, suggestion)
    s = common_suffix(text[p:], suggestion[p:])
    return p + s >= 0.6 * max(len(text), len(suggestion))


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def common_suffix(a: str, b: str) -> int:
    return common_prefix(a[::-1], b[::-1])


def single_edit(before: str, after: str, flag: str, side: Side = Side.TRANSLATION) -> Edit:
    """The one replacement that turns ``before`` into ``after``: every word-level change, and what lies between.

    Whole words, as ``diff_edits`` finds them ("Saturday" → "Sunday", not "atur" → "un").
    """
    changes = diff_edits(before, after, flag, side)
    if not changes:
        return Edit(flag=flag, side=side, start=len(before), end=len(before), replacement="")
    start, end = changes[0].start, changes[-1].end
    return Edit(flag=flag, side=side, start=start, end=end, replacement=after[start:len(after) - (len(before) - end)])


def trusted(fault: Fault) -> bool:
    """Whether the flag's suggestion may be taken in this paragraph (see SUGGESTION_DISTRUSTED_BY)."""
    present = {f.category for f in fault.flags}
    return not present & SUGGESTION_DISTRUSTED_BY.get(fault.flag.category, frozenset())


def suggested_edit(fault: Fault) -> Optional[Edit]:
    """The flag's suggestion as one edit of the English, when it is a trusted whole corrected string."""
    f = fault.flag
    if f.side is not Side.TRANSLATION or not full_text(f.suggestion, fault.text) or not trusted(fault):
        return None
    return single_edit(fault.text, f.suggestion, f.id)


def near(span, start: int, end: int, margin: int = 3) -> bool:
    """Whether ``start``–``end`` touches ``span`` (give or take ``margin``); any place when span is None."""
    return span is None or (span[0] - margin < end and start < span[1] + margin)
