"""Quotation rules: German marks left in the English, and one quotation broken in two."""
from __future__ import annotations

import re
from typing import Optional

from ..checks.quotes import mismatched_closings
from ..records import Category, Side
from .registry import Fault, german_repair, rule
from .suggestion import full_text, near

# German quotation pairs left in English, and the English pair that replaces them.
GERMAN_QUOTE_PAIRS = (("„", "“”\""), ("»", "«"), ("‚", "‘’"), ("›", "‹"))
ENGLISH_CURLY = {"„": ("“", "”"), "»": ("“", "”"), "‚": ("‘", "’"), "›": ("‘", "’")}
ENGLISH_STRAIGHT = {"„": ('"', '"'), "»": ('"', '"'), "‚": ("'", "'"), "›": ("'", "'")}

# Marks that may close / open a quotation, in either language.
CLOSING_MARKS = "“”\"«»‘’'"
OPENING_MARKS = "„“\"»«‚‘'"

# German words that open a rejoined quotation in lower case; nouns and names keep their capital.
GERMAN_LOWER_AFTER_JOIN = frozenset(
    "ein eine einen einem einer eines der die das den dem des und aber oder denn doch sondern "
    "als wie wenn weil dass ob so auch noch nur schon nicht nie immer dann da dort hier "
    "in im an am auf aus bei mit nach von vom zu zum zur für gegen um über unter vor hinter "
    "es er sie wir ihr ich du man sich uns euch ihn ihm ihnen sein seine ihre unser unsere "
    "was wer wo wann warum wohin woher welche welcher welches".split())

_SPLIT_QUOTE = re.compile(r"(?P<punct>[.!?,;:]?)(?P<close>[" + re.escape(CLOSING_MARKS) + r"])[ \t]+"
                          r"(?P<open>[" + re.escape(OPENING_MARKS) + r"])(?P<word>[^\W\d_][\w'’-]*|-)")


def english_quotes(text: str) -> str:
    """German quotation marks left in English become English ones (curly, or straight if the text uses those)."""
    rest = re.sub(r"„[^“”\"]*[“”\"]|»[^«]*«", "", text)
    table = ENGLISH_STRAIGHT if '"' in rest and "”" not in rest else ENGLISH_CURLY
    for opening, closings in GERMAN_QUOTE_PAIRS:
        left, right = table[opening]
        text = re.sub(re.escape(opening) + r"([^" + re.escape(opening + closings) + r"]*)[" + re.escape(closings) + "]",
                      lambda m: left + m.group(1) + right, text)
        text = text.replace(opening, left)
    return text


def rejoin_quotes(text: str, span=None, *, side: str, source: str = "") -> str:
    """„A.“ „B“, sagte X → „A B“, sagte X: a quotation closed and reopened is made one again.

    Only the break nearest the flagged span is joined (all breaks when the span is unknown).
    The reopened word loses its capital where it is no noun or name.
    """
    out, last = [], 0
    for m in _SPLIT_QUOTE.finditer(text):
        if not near(span, m.start(), m.end(), margin=40):
            continue
        out.append(text[last:m.start()])
        out.append(" " + _lower_after_join(m.group("word"), side=side, source=source))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _lower_after_join(word: str, *, side: str, source: str) -> str:
    if side == "source":
        return word[0].lower() + word[1:] if word.lower() in GERMAN_LOWER_AFTER_JOIN else word
    # English: a word found as-is in the German is a name; "I" and acronyms keep their case.
    if (len(word) > 1 and word.isupper()) or word in ("I", "I'm", "I've", "I'll", "I'd") or re.search(
            r"(?<!\w)" + re.escape(word) + r"(?!\w)", source):
        return word
    return word[0].lower() + word[1:]


@german_repair(Category.QUOTE)
def rejoined_german(fault: Fault) -> Optional[str]:
    """The German with the quotation broken in two made one again."""
    f = fault.flag
    if full_text(f.suggestion, fault.source):
        return f.suggestion
    new = rejoin_quotes(fault.source, f.source_span, side="source")
    return new if new != fault.source else None


def _english_rejoined(fault: Fault) -> str:
    # The English break the German one became: where an English flag of the same kind points,
    # else every break in the paragraph.
    spans = [g.translation_span for g in fault.flags
             if g.category == Category.QUOTE and g.side == Side.TRANSLATION and g.translation_span] or [None]
    text = fault.text
    for span in spans:
        text = rejoin_quotes(text, span, side="translation", source=fault.source)
    return text


@rule("quote_marks_english", categories=[Category.QUOTE])
def quote_marks_english(fault: Fault):
    """German quotation marks in the English made English"""
    after = english_quotes(fault.text)
    if after != fault.text:
        yield fault.rewrite(after)


@rule("quote_closing_english", categories=[Category.QUOTE], order=20)
def quote_closing_english(fault: Fault):
    """An English quotation closed with ” instead of the German closing mark “"""
    if fault.flag.check == "quote_closing_mark":
        wrong = mismatched_closings(fault.text, "en")
        if wrong:
            yield tuple(fault.edit(mk.pos, mk.pos + 1, right) for mk, right in wrong)


@rule("quote_rejoined", categories=[Category.QUOTE])
def quote_rejoined(fault: Fault):
    """A quotation broken in two in the English made one again"""
    f = fault.flag
    # Our own join first: it keeps the capital of a word the German has too ("Saalfeld").
    after = rejoin_quotes(fault.text, f.translation_span, side="translation", source=fault.source)
    if after != fault.text:
        yield fault.rewrite(after)
    if f.check == "quote_split" and full_text(f.suggestion, fault.text) and f.suggestion != after:
        yield fault.rewrite(f.suggestion)


@rule("quote_rejoined_both", categories=[Category.QUOTE], side=Side.SOURCE, order=60)
def quote_rejoined_both(fault: Fault):
    """A quotation broken in two made one again in the German and, the same way, in the English"""
    german = rejoined_german(fault)
    english = _english_rejoined(fault)
    if german is not None and english != fault.text:
        yield fault.rewrite(german, Side.SOURCE) + fault.rewrite(english)
