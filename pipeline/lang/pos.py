"""Parts of speech of German words in their sentence, and the verb readings of English words, from the Hanover
Tagger (HanTa, LGPL-3.0).

German capitalises every noun, so case tells a noun from the rest; but whether a lower-case word is a
verb („kam 1990 nach Berlin“, ordinary German) or an adverb („zügig 2002 an die Kundschaft“, a year
dropped into the clause) takes a tagger. HanTa is pure Python with its German model inside the
package: no download, about 0.2 s to load once, a few milliseconds per sentence.
"""
from __future__ import annotations

from bisect import bisect_left
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
    # (The tokens are cached per text and in order: found by bisection, a check that asks about many words of a long
    # paragraph takes no time in its square.)
    toks = tokens(text)
    k = bisect_left(toks, start, key=lambda t: t[0])
    if k == len(toks) or toks[k][0] != start:
        return (), -1
    lo = max(0, k - WINDOW)
    return tuple(w for _, _, w in toks[lo:k + WINDOW + 1]), k - lo


@lru_cache(maxsize=4096)
def _tag_window(words: tuple[str, ...], k: int) -> str:
    if k < 0:
        return ""
    return _tagger().tag_sent(list(words), taglevel=1)[k][2]


def german_finite_verb(sentence: str, outside: tuple[tuple[int, int], ...] = ()) -> str:
    """The first word of a German sentence the tagger reads as a finite verb, or "": of the words outside the
    character spans ``outside`` (a relative clause's verb is no main clause's)."""
    toks = tokens(sentence)
    if not toks:
        return ""
    tags = _tagger().tag_sent([w for _, _, w in toks], taglevel=1)
    return next((w for (s, _, _), (w, _, tag) in zip(toks, tags)
                 if tag in FINITE_VERBS and not any(a <= s < b for a, b in outside)), "")


# HanTa's English model tags with CLAWS5: V… for verb forms. An "-ing" form is a noun or an adjective as often
# ("Following the attack …", "the opening film") and makes no clause by itself.
ENGLISH_NON_FINITE = frozenset({"VVG", "VBG", "VHG", "VDG"})


@lru_cache(maxsize=1)
def _english_tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_en.pgz")


@lru_cache(maxsize=65536)
def english_may_be_verb(word: str) -> bool:
    """Whether any reading of the English word in the tagger's lexicon is a verb form (not an "-ing" form): "costs",
    "cost", "extended", "is". A third person's "-s" the lexicon knows only as a plural counts by its stem ("stocks",
    "orbits", "averages")."""
    low = word.lower()
    if _reads_as_verb(word) or (low != word and _reads_as_verb(low)):
        return True
    if len(low) > 3 and low.endswith("s"):
        stems = [low[:-1]] + ([low[:-2]] if low.endswith("es") else []) + ([low[:-3] + "y"] if low.endswith("ies")
                                                                          else [])
        return any(_reads_as_verb(x) for x in stems)
    return False


def _reads_as_verb(word: str) -> bool:
    return any(tag.startswith("V") and tag not in ENGLISH_NON_FINITE
               for tag, _ in _english_tagger().tag_word(word, cutoff=20))
