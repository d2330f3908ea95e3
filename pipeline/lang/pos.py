"""Parts of speech of German words in their sentence, from the Hanover Tagger (HanTa, LGPL-3.0).

German capitalises every noun, so case tells a noun from the rest; but whether a lower-case word is a
verb („kam 1990 nach Berlin“, ordinary German) or an adverb („zügig 2002 an die Kundschaft“, a year
dropped into the clause) takes a tagger. HanTa is pure Python with its German model inside the
package: no download, about 0.2 s to load once, a few milliseconds per sentence.
"""
from __future__ import annotations

from functools import lru_cache

from .words import tokens

# The tagger's coarse tags (STTS, as HanTa writes them at taglevel 1) for words that modify a verb or
# an adjective without being one: adverbs and adverbial adjectives.
ADVERBIAL = frozenset({"ADV", "ADJ(D)"})
NOUNS = frozenset({"NN", "NE"})
FINITE_VERBS = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
# Words either side of the word to tag that are given to the tagger as its context.
WINDOW = 8


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def tag_at(text: str, start: int) -> str:
    """The tag of the word of ``text`` that begins at ``start``, read among its neighbours ("" if no word
    begins there)."""
    return _tag_window(*_window(text, start))


def _window(text: str, start: int) -> tuple[tuple[str, ...], int]:
    toks = tokens(text)
    k = next((i for i, (s, _, _) in enumerate(toks) if s == start), None)
    if k is None:
        return (), -1
    lo = max(0, k - WINDOW)
    return tuple(w for _, _, w in toks[lo:k + WINDOW + 1]), k - lo


@lru_cache(maxsize=4096)
def _tag_window(words: tuple[str, ...], k: int) -> str:
    if k < 0:
        return ""
    return _tagger().tag_sent(list(words), taglevel=1)[k][2]
