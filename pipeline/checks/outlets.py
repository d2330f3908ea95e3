"""News outlets: a German newspaper, magazine or broadcaster the English no longer names.

English cites German outlets by their German names ("told the Tagesspiegel", "according to Bild"). A machine
translates their words instead ("the day mirror", "Picture", "the world on Sunday") or drops them. The
outlets are a table (de.OUTLETS); those whose name is also a common word („Welt“, „Zeit“, „Bild“) count only in
quotation marks or after a word that says what they are („der Zeitung Welt“).
"""
from __future__ import annotations

import re

from ..lang import de
from ..lang.words import spelling_key, tokens
from ..records import Category, Severity
from .registry import check

_QUOTES = "„“”\"»«‚‘’'"
# Longest names first: „Welt am Sonntag“ before „Welt“ (matches do not overlap, so the longer is read once).
_NAMES = sorted(de.OUTLETS, key=len, reverse=True)
_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in _NAMES) + r")(?![\w-])")


def german_outlets(source: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each outlet the German names."""
    out = []
    for m in _PATTERN.finditer(source):
        name = m.group(1)
        s, e = m.span(1)
        if de.OUTLETS[name]:
            before = source[max(0, s - 2):s]
            quoted = any(c in _QUOTES for c in before) and source[e:e + 1] in _QUOTES
            prev = [w.lower() for _, _, w in tokens(source[max(0, s - 40):s])][-1:]
            if not quoted and not (prev and prev[0] in de.OUTLET_CUES):
                continue
        out.append((s, e, name))
    return out


@check("outlet_renamed", category=Category.NAME, severity=Severity.WARNING)
def outlet_renamed(ctx):
    """A German newspaper, magazine or broadcaster is not named in the English

    Each outlet of de.OUTLETS the German names must be in the English by its German name (its words' spelling
    keys, umlauts written out or not: "Sueddeutsche", "Süddeutsche"); a translation of its words is no name.
    """
    english = {spelling_key(w) for _, _, w in tokens(ctx.translation)}
    for s, e, name in german_outlets(ctx.source):
        # Its first word of four letters or more, by key; inflected forms share it („Süddeutschen“ /
        # "Süddeutsche" differ only in -n), and so do a long word's English forms ("Tagesspiegel's").
        k = next((spelling_key(w) for w in re.findall(r"[^\W\d_]+", name) if len(w) > 3), spelling_key(name))
        if k in english or k.rstrip("n") in english or (len(k) > 4 and any(x.startswith(k[:-1]) for x in english)):
            continue
        yield ctx.flag(f"the German outlet „{name}“ is not named in the English (English cites it by its German "
                       f"name)", source_span=(s, e), score=1.0, threshold=1.0)
