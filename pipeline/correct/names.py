"""Name rule: an English name the German does not have, replaced by the German name in full."""
from __future__ import annotations

from typing import Optional

from ..checks.exonyms import geo_keys
from ..checks.name_spelling import sounds_alike
from ..checks.names import common_word, geo_word, german_name_like
from ..lang.words import ENGLISH_FUNCTION_WORDS, ENGLISH_TITLE_WORDS, sentence_start as _sentence_start, spelling_key, \
    tokens
from ..records import Category
from .registry import Fault, rule
from .suggestion import trusted

# Glue allowed between the words of one name („Olaf Scholz“, „Göring-Eckardt“ is one token).
_NAME_GLUE = (" ",)
# Particles inside German names („Ursula von der Leyen“), kept when a name word follows them.
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "zu", "vom"})


def german_name(source: str, span, words: int = 1, english: str = "") -> Optional[tuple[int, int]]:
    """The whole German name around the word at ``span``, as long as the English name it replaces.

    A check pairs an English name with one German word; the name is often longer („Olaf
    Scholz“ for „Olaf“), and replacing a two-word English name by one German word drops the
    rest ("Chancellor Olaf"). Capitalised neighbours glued by a space join the name: to the
    left only name-like words (not a title such as „Bundeskanzler“), to the right as many as
    the English name has words (a surname may be a frequent German word too) and name-like
    words beyond.
    """
    toks = tokens(source)
    at = next((i for i, t in enumerate(toks) if t[0] <= span[0] < t[1]), None)
    if at is None or toks[at][2] in {t[2] for t in tokens(english)}:
        return None

    said = {t[2] for t in tokens(english)}

    def capital(i: int) -> bool:
        # A word the English already has elsewhere belongs to another name ("Fabian Rießle"). A
        # quotation mark before a word does not make it a sentence's first word („Stena Impero“).
        w = toks[i][2]
        return (w[:1].isupper() and not w.isupper() and w not in said
                and not _sentence_start(source, toks[i][0], SENTENCE_ENDS))

    def glued(i: int, j: int) -> bool:
        return source[toks[i][1]:toks[j][0]] in _NAME_GLUE

    a = b = at
    while a > 0 and glued(a - 1, a) and capital(a - 1) and german_name_like(toks[a - 1][2]):
        a -= 1
    while b + 1 < len(toks) and glued(b, b + 1):
        nxt = b + 1
        while nxt + 1 < len(toks) and toks[nxt][2] in NAME_PARTICLES and glued(nxt, nxt + 1):
            nxt += 1
        if not capital(nxt) or (b - a + 1 >= words and not german_name_like(toks[nxt][2])):
            break
        b = nxt
    return toks[a][0], toks[b][1]


SENTENCE_ENDS = ".!?:>*#•"
# Endings of German common nouns that no name has („Däninnen“, „Zeitungen“, „Freiheit“).
GERMAN_NOUN_ENDINGS = ("innen", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                       "tion", "tionen")
# How alike (shared letter pairs of the spelling keys) an English name must be to another German
# word to count as that word's rendering ("Nicholas" for „Nikolaus“): then it is no wrong name.
RENDERING_ALIKE = 0.4


def _whole_english_name(text: str, span, source: str) -> tuple[int, int]:
    """The flagged English name with the capitalised words around it that the German lacks too
    ("Warren Buffett" when the check pointed at "Buffett"): the whole wrong name is replaced."""
    german = {t[2] for t in tokens(source)}
    toks = tokens(text)
    s, e = span
    inside = [i for i, t in enumerate(toks) if s <= t[0] < e]
    if not inside:
        return s, e
    a, b = inside[0], inside[-1]

    def foreign_name(i: int) -> bool:
        w = toks[i][2]
        low = w.lower()
        return (w[:1].isupper() and w not in german and low not in ENGLISH_TITLE_WORDS
                and low not in ENGLISH_FUNCTION_WORDS and not _sentence_start(text, toks[i][0]))

    while a > 0 and text[toks[a - 1][1]:toks[a][0]] == " " and foreign_name(a - 1):
        a -= 1
    while b + 1 < len(toks) and text[toks[b][1]:toks[b + 1][0]] == " " and foreign_name(b + 1):
        b += 1
    return toks[a][0], toks[b][1]


def _noun_ending(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(e) and len(low) >= len(e) + 3 for e in GERMAN_NOUN_ENDINGS)


def _renders_other_word(fault: Fault, english_words, partner: tuple[int, int]) -> bool:
    others = [t[2] for t in tokens(fault.source) if t[2][:1].isupper() and not (t[0] <= partner[0] < t[1])]
    return any(sounds_alike(spelling_key(w), spelling_key(o), RENDERING_ALIKE)
               for w in english_words for o in others)


@rule("name_german", categories=[Category.NAME])
def name_german(fault: Fault):
    """The English name replaced by the German name, in its full form"""
    f = fault.flag
    if f.check != "name_mismatch" or not f.translation_span or not f.source_span or not trusted(fault):
        return
    s, e = _whole_english_name(fault.text, f.translation_span, fault.source)
    english = fault.text[s:e]
    words = [t[2] for t in tokens(english)]
    german_words = {t[2] for t in tokens(fault.source)}
    foreign = [w for w in words if w not in german_words] or words  # the words the German lacks
    if any(sum(c.isupper() for c in w) >= 2 for w in foreign):
        return  # "SLRs", "KPTSs": an acronym renders a term, not a name the German spells out
    geo = geo_keys()[0]
    if not words or any(common_word(w) or geo_word(w, geo) for w in foreign):
        return  # "Hi", "German": an English word or a place the check took for a wrong name
    if _sentence_start(fault.source, f.source_span[0]) or _renders_other_word(fault, foreign, f.source_span):
        return  # „Hallo“ opening a line; "Nicholas", the English name of another German word
    found = german_name(fault.source, f.source_span, len(words), fault.text[:s] + " " + fault.text[e:])
    if found is None:
        return
    name = fault.source[found[0]:found[1]]
    # Words of the German name the English already has beside the span stay where they are.
    parts = name.split(" ")
    while len(parts) > 1 and fault.text[:s].rstrip().endswith(" " + parts[0]):
        parts.pop(0)
    while len(parts) > 1 and fault.text[e:].lstrip().startswith(parts[-1] + " "):
        parts.pop()
    name = " ".join(parts)
    if any((common_word(t[2]) or _noun_ending(t[2])) and t[2] not in NAME_PARTICLES for t in tokens(name)):
        return  # „Hallo“, „Herr“: a German word, not a name the English should carry
    tail = ""
    for mark in ("'s", "’s"):
        if english.endswith(mark):
            tail = mark
            if name.endswith("s"):
                name = name[:-1]  # genitive: „Merkels“ → "Merkel's"
            break
    if name + tail != english:
        yield (fault.edit(s, e, name + tail),)
