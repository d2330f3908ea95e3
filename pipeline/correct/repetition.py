"""Repetition rule: a decoder loop removed whole."""
from __future__ import annotations

import re

from ..lang.words import ALLOWED_DOUBLES
from ..records import Category
from .registry import Fault, rule
from .suggestion import near

LOOP_MAX_NGRAM = 12
_WORD = re.compile(r"\S+")
# A word said again in a row in the German ("Grenzschutz, Grenzschutz, Grenzschutz"): the English
# repeats it on purpose.
_GERMAN_REPEAT = re.compile(r"\b(\w+)\b(?:[\s,;–-]+\1\b)+", re.I)


def collapse_loops(text: str, span=None) -> str:
    """Every phrase repeated back to back near ``span`` kept once, until no loop is left there."""
    changed = True
    while changed:
        changed = False
        words = [(m.start(), m.end(), re.sub(r"\W", "", m.group(0).lower())) for m in _WORD.finditer(text)]
        for n in range(min(LOOP_MAX_NGRAM, len(words) // 2), 0, -1):
            for i in range(len(words) - 2 * n + 1):
                first = [w[2] for w in words[i:i + n]]
                if not all(first) or first != [w[2] for w in words[i + n:i + 2 * n]]:
                    continue
                if n == 1 and (first[0],) in ALLOWED_DOUBLES:
                    continue
                # The last copy stays: it carries the punctuation that follows the loop.
                cut_from, cut_to = words[i][0], words[i + n][0]
                if not near(span, cut_from, words[i + 2 * n - 1][1]):
                    continue
                text = text[:cut_from] + text[cut_to:]
                if span is not None:  # the span moves with the text it points into
                    cut = cut_to - cut_from
                    span = (span[0] - cut if span[0] >= cut_to else min(span[0], cut_from), max(span[1] - cut, cut_from))
                changed = True
                break
            if changed:
                break
    return text


@rule("loop_removed", categories=[Category.REPETITION])
def loop_removed(fault: Fault):
    """A phrase the decoder repeated kept once, every extra copy removed"""
    if _GERMAN_REPEAT.search(fault.source):
        return  # the German repeats itself too: the English may well be right
    copies = fault.flag.score if fault.flag.check == "repetition" and fault.flag.score else 2
    if _listing(fault.source) and copies < 3:
        return  # "pocket magnifier reading magnifier reading aid": a list of items, no loop
    after = collapse_loops(fault.text, fault.flag.translation_span)
    if after == fault.text or _conjunction_lost(fault.source, fault.text, after):
        return
    yield fault.rewrite(after)


# Conjunctions and their German partners: a "loop" whose removal leaves the English fewer of them
# than the German has was two items the German names with two words („Mädels und Girls und Frauen“).
CONJUNCTIONS = {"and": "und", "or": "oder"}


def _conjunction_lost(source: str, before: str, after: str) -> bool:
    def count(text: str, word: str) -> int:
        return len(re.findall(rf"\b{word}\b", text, re.I))

    return any(count(after, en) < count(before, en) and count(after, en) < count(source, de)
               for en, de in CONJUNCTIONS.items())


def _listing(source: str) -> bool:
    # A title or a list of product words: no sentence, so no verb or full stop.
    return not re.search(r"[.!?]\s|[.!?]$", source.strip())
