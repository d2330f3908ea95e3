"""Negation dropped: a German sentence says „nicht“ (or „kein“, „nie“, „niemand“ ...) and its English
says no negation at all.

A decoder that drops „nicht“ turns the sentence into its opposite ("Er wurde nicht verletzt" / "He was
injured"), an error no length or word count shows. English says a negation in many ways (a negative
word, a contraction, a prefix, "fail to", "less than"), so the check looks for any of them
(en.NEGATION) in the English sentences aligned with the German one; German idioms with a negation
word that negate nothing („nicht nur“, „so viele wie nie zuvor“) are read first and skipped
(de.NEGATION_IDIOMS).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import de, en
from ..lang.words import english_words
from ..records import Category, Severity
from .omission import measure
from .registry import check

_DE_NEGATION = re.compile(r"(?<![\w-])(?:" + "|".join(de.NEGATION) + r")(?![\w-])", re.I)
_DE_IDIOM = re.compile(r"(?<![\w-])(?:" + "|".join(de.NEGATION_IDIOMS) + r")(?![\w-])", re.I)
_EN_NEGATION = re.compile(r"(?<![\w-])(?:" + "|".join(en.NEGATION) + r")(?![\w])", re.I)
# English negates an adjective by its prefix („nicht vertretbar“ / "indefensible", „nicht vergleichbar“ /
# "incomparable"): in-, im-, ir- or il- before an adjective the word list holds on its own. Not "inflatable" (no
# "flatable"), nor a verb or noun ("install", "immigrant": no adjective's ending).
_PREFIXED = re.compile(r"(?<![\w-])(?:in|im|ir|il)(\w+(?:ible|able|ent|ive|al|ous|ure|ect))(?!\w)", re.I)


def _negates(text: str, start: int, end: int) -> bool:
    """Whether English ``text[start:end]`` negates: a negative word, a contraction or a prefix."""
    if _EN_NEGATION.search(text, start, end):
        return True
    english = english_words()
    return any(len(m.group(1)) >= 5 and m.group(1).lower() in english for m in _PREFIXED.finditer(text, start, end))


@lru_cache(maxsize=4096)
def negations(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the German negation words of a sentence that are no part of an idiom."""
    idioms = [m.span() for m in _DE_IDIOM.finditer(sentence)]
    return tuple(m.span() for m in _DE_NEGATION.finditer(sentence)
                 if not any(a <= m.start() < b for a, b in idioms))


_QUOTED = re.compile(r"[„“\"»«‚‘]([^„“”\"»«‚‘’]{1,80})[“”\"«»‘’]")


def _cited(source: str, at: int, translation: str) -> bool:
    """Whether the negation stands in a quoted German title the English cites as it is („Kein schöner Land“):
    a name, not a statement to render."""
    return any(m.start(1) <= at < m.end(1) and m.group(1).strip() in translation for m in _QUOTED.finditer(source))


@check("negation_dropped", category=Category.OTHER, severity=Severity.WARNING)
def negation_dropped(ctx):
    """A German negation with no negation in the English

    For each group of sentences the length alignment pairs (``omission``'s), a German negation word
    outside an idiom, and not one negative word, contraction or prefix in the English of the group.
    """
    if not _DE_NEGATION.search(ctx.source):
        return
    al = measure(ctx)
    for bead in al.beads:
        if not bead.de or not bead.en:
            continue
        a, b = al.de[bead.de[0]][0], al.de[bead.de[-1]][1]
        found = [f for f in negations(ctx.source[a:b]) if not _cited(ctx.source, a + f[0], ctx.translation)]
        if not found:
            continue
        ea, eb = al.en[bead.en[0]][0], al.en[bead.en[-1]][1]
        if _negates(ctx.translation, ea, eb):
            continue
        if len(al.de) == len(al.en) and all(_negates(ctx.translation, *al.en[i]) for i in bead.de
                                            if negations(ctx.source[al.de[i][0]:al.de[i][1]])):
            continue  # as many sentences each side: the English sentence of the same place negates (lengths
            #           paired them otherwise: "… the Order of Merit of the Federal Republic of Germany")
        s, e = found[0][0] + a, found[0][1] + a
        yield ctx.flag(f"the German says {ctx.source[s:e]!r} and the English of this sentence negates nothing: "
                       f"{ctx.translation[ea:eb][:100]!r}", source_span=(s, e), translation_span=(ea, eb),
                       score=float(len(found)), threshold=1.0)
