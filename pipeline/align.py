"""Word alignment of a German paragraph and its English: which German words the English renders.

Each German content word is looked for in the English, in this order: the same string
("Bundesliga", "Covid"), a number with the same digits, a name with the same spelling key or an
exonym (Peskow ~ Peskov, Neapel ~ Naples), an English word whose stem the lexicon gives for it
(``pipeline.lexicon``: Ding's list, both sides stemmed), the parts of a compound, and a phrase of the
list whose German words the paragraph has and one of whose renderings the English has. A known word
found none of these ways is *unrendered*; a word neither the lexicon nor the English knows is
*unknown* and counts for nothing. Linear in the words of the paragraph: one look-up per word.

Without a lexicon (``lexicon.load()`` is None) only strings, numbers and names are matched and
every other word is unknown: the alignment is ``degraded`` and the checks that read it say so.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Optional

from . import lexicon as lexmod
from .lang import de as de_lang, en as en_lang
from .lang.words import (ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS_ALSO_ENGLISH,
                         GERMAN_PARTICLES, GERMAN_FINITE_ENDINGS, GERMAN_SEPARABLE_PARTICLES, GERMAN_YEAR_NOUNS,
                         UMLAUT_FOLD, spelling_key, tokens)

SAME, NUMBER, NAME, LEXICON, COMPOUND, PHRASE, UNRENDERED, UNKNOWN = (
    "same", "number", "name", "lexicon", "compound", "phrase", "unrendered", "unknown")
RENDERED = frozenset({SAME, NUMBER, NAME, LEXICON, COMPOUND, PHRASE})
_DIGITS = re.compile(r"\d+")
# Punctuation that ends a clause or sets off an insertion: words either side belong to different clauses.
CLAUSE_BREAK = re.compile(r"[,;:.!?()„“”\"«»–—]")
# Words either side of a German word within which a phrase's other words must stand.
PHRASE_WINDOW = 6
# Number words of each language by value (cardinals and ordinals), whole numbers only.
_DE_NUMBER_WORDS = {w: int(v) for table in (de_lang.UNITS, de_lang.TENS, de_lang.ORDINALS) for w, v in table.items()
                    if float(v).is_integer() and w not in de_lang.VAGUE_NUMBER_WORDS}
_EN_NUMBER_WORDS = {w: int(v) for table in (en_lang.UNITS, en_lang.TENS, en_lang.ORDINALS) for w, v in table.items()
                    if float(v).is_integer()}


@dataclass(frozen=True)
class Word:
    """One German content word and how the English renders it."""

    start: int
    end: int
    text: str
    how: str  # one of RENDERED, or UNRENDERED (the lexicon knows it, the English has none of it), UNKNOWN
    en: Optional[tuple[int, int]] = None  # the English word that renders it (rendered words only)

    @property
    def rendered(self) -> bool:
        return self.how in RENDERED


@dataclass(frozen=True)
class EnglishWord:
    start: int
    end: int
    text: str
    accounted: bool  # some German word of the paragraph may be rendered by it


@dataclass(frozen=True)
class Alignment:
    words: tuple[Word, ...]  # German content words, in order
    english: tuple[EnglishWord, ...]  # English content words, in order
    degraded: bool  # no lexicon: only strings, numbers and names were matched
    # Starts of German words whose English word more German words claim than the English says it: „Kilometer“ twice
    # and "kilometres" once renders one of them, and which one the alignment cannot tell, so every claimant is here
    # (the one the English renders too).
    oversubscribed: frozenset = frozenset()

    def known(self, start: int = 0, end: int = 1 << 30) -> list[Word]:
        """German words of [start, end) the alignment can judge (rendered or unrendered)."""
        return [w for w in self.words if start <= w.start < end and w.how != UNKNOWN]

    def coverage(self, start: int = 0, end: int = 1 << 30) -> Optional[float]:
        known = self.known(start, end)
        return sum(w.rendered for w in known) / len(known) if known else None

    def rendering(self, start: int, end: int) -> list[tuple[int, int]]:
        """English spans that render the German words of [start, end): for corrections to find
        what to replace, and for reports to highlight both sides."""
        return [w.en for w in self.words if start <= w.start < end and w.en is not None]

    @cached_property
    def _judged(self) -> tuple[list[Word], list[int]]:
        # Known words but numbers and the nouns of a year's phrase („im Jahr 2015“), with their starts.
        words = [w for w in self.words if w.how != UNKNOWN and w.how != NUMBER
                 and w.text.lower() not in GERMAN_YEAR_NOUNS]
        return words, [w.start for w in words]

    @cached_property
    def _rendered_words(self) -> tuple[list[Word], list[int]]:
        # Words with an English rendering, numbers left out, with their starts.
        words = [w for w in self.words if w.en and w.how in RENDERED and w.how != NUMBER]
        return words, [w.start for w in words]

    def held(self, w: Word) -> bool:
        """Whether the English renders ``w`` by a word it says as often as German words claim it (``oversubscribed``)."""
        return w.rendered and w.start not in self.oversubscribed

    def clause_neighbours(self, source: str, start: int, end: int, k: int, rendered: bool = False) -> list[Word]:
        """The ``k`` known German words either side of [start, end) in its clause (no punctuation between),
        numbers and the nouns of a year's phrase left out: the words a number or year stands among; with
        ``rendered``, the ``k`` words either side that the English renders. Walks out from the span and
        stops at the clause's edge, so a long paragraph costs no more."""
        words, starts = self._rendered_words if rendered else self._judged
        left, at = [], start
        for j in range(bisect.bisect_left(starts, start) - 1, -1, -1):
            w = words[j]
            if w.end > start:
                continue  # a word the span cuts into
            if len(left) == k or CLAUSE_BREAK.search(source, w.end, at):
                break
            left.append(w)
            at = w.start
        right, at = [], end
        for j in range(bisect.bisect_left(starts, end), len(words)):
            w = words[j]
            if len(right) == k or CLAUSE_BREAK.search(source, at, w.start):
                break
            right.append(w)
            at = w.end
        return left[::-1] + right

    def unrendered_runs(self) -> list[list[Word]]:
        """Runs of German words in a row that are unrendered (unknown words and function words between
        them do not break a run; a rendered word does)."""
        runs, cur = [], []
        for w in self.words:
            if w.how == UNRENDERED:
                cur.append(w)
            elif w.rendered and cur:
                runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        return runs


def german_content(word: str) -> bool:
    low = word.lower()
    return (len(word) >= 3 or word.isdigit()) and low not in GERMAN_FUNCTION_WORDS \
        and low not in GERMAN_FUNCTION_WORDS_ALSO_ENGLISH and low not in GERMAN_PARTICLES


def english_content(word: str) -> bool:
    return len(word) >= 3 and word.lower() not in ENGLISH_FUNCTION_WORDS


def align(source: str, translation: str, lex=None, use_lexicon: bool = True) -> Alignment:
    """The alignment of a paragraph pair; ``lex`` defaults to the installed lexicon."""
    if lex is None and use_lexicon:
        lex = lexmod.load()
    return _align(source, translation, lex)


@lru_cache(maxsize=512)
def _align(source: str, translation: str, lex) -> Alignment:
    from .checks.exonyms import exonym_table

    # The exonym table (München -> Munich), fetched once per paragraph, not once per word.
    exonyms = exonym_table()
    en_toks = [t for t in tokens(translation)]
    # Each English token's forms, computed once: lower case, spelling key, stem.
    forms = [(w.lower(), spelling_key(w), lexmod.english_stem(w.lower().replace("’", "'"))) for _, _, w in en_toks]
    en_lower = {low for low, _, _ in forms}
    en_stems = {stem for _, _, stem in forms}
    en_keys = {key for _, key, _ in forms}
    en_digits = {d for _, _, w in en_toks for d in _DIGITS.findall(w)}
    en_digits |= {d for d in _DIGITS.findall(translation.replace(",", "").replace(" ", ""))}
    en_values = {_EN_NUMBER_WORDS[w] for w in en_lower if w in _EN_NUMBER_WORDS}
    # "one-half", "non-daily": each piece of a hyphenated word renders a German word too.
    pieces = [tuple(lexmod.english_stem(x) for x in low.split("-") if x) if "-" in low else _superlative_base(low)
              for low, _, _ in forms]
    # Where each string, key, stem and digit string occurs in the English: a table per kind, so that a
    # token costs no (kind, value) tuple per table (48,000 English tokens a first pass over 1,000 paragraphs).
    at: dict[str, dict[object, list[tuple[int, int]]]] = {"low": {}, "key": {}, "stem": {}, "digits": {}}
    at_low, at_key, at_stem, at_digits = at["low"], at["key"], at["stem"], at["digits"]
    for (s, e, w), (low, key, stem), stems in zip(en_toks, forms, pieces):
        span = (s, e)
        at_low.setdefault(low, []).append(span)
        at_key.setdefault(key, []).append(span)
        at_stem.setdefault(stem, []).append(span)
        for piece_stem in stems:
            en_stems.add(piece_stem)
            at_stem.setdefault(piece_stem, []).append(span)
        if not w.isalpha():  # (a word of letters only has no digits: most words, tested in C)
            for d in _DIGITS.findall(w):
                at_digits.setdefault(d, []).append(span)
        if low in _EN_NUMBER_WORDS:
            at_digits.setdefault(str(_EN_NUMBER_WORDS[low]), []).append(span)
    scale = len(translation) / max(len(source), 1)

    starts: dict[str, dict] = {kind: {} for kind in at}  # the starts of ``at``'s places (in text order), built on first use

    def nearest(kind: str, values, s: int) -> Optional[tuple[int, int]]:
        # Of the English places, the one nearest the German word's place, lengths scaled; of two as
        # near, the first (``values`` is often a set, whose order changes from run to run). A word
        # repeated throughout a long paragraph is looked up by bisection, not by a scan.
        target, best = s * scale, None
        table, firsts = at[kind], starts[kind]
        for v in values:
            spans = table.get(v)
            if not spans:
                continue
            if v not in firsts:
                firsts[v] = [sp[0] for sp in spans]
            i = bisect.bisect_left(firsts[v], target)
            for sp in spans[max(0, i - 1):i + 1]:
                key = (abs(sp[0] - target), sp)
                if best is None or key < best:
                    best = key
        return best[1] if best else None
    de_toks = tokens(source)
    if lex is not None:
        lex.prefetch(w for _, _, w in de_toks)
    phrased = _phrase_renderings(source)
    words, accounts = [], set()
    by_prefix: list = []  # the English stems by their first letters (``_by_prefix``), built when a word needs them

    def kin_of(renderings) -> set:
        if not by_prefix:
            by_prefix.append(_by_prefix(en_stems))
        return _derived(renderings, by_prefix[0])
    src_lower, src_keys = set(), set()
    # Particles standing at the end of a clause („fügte er hinzu,“): they belong to a verb before them.
    particles = [low for (_, e, w), low in ((t, t[2].lower()) for t in de_toks)
                 if low in GERMAN_SEPARABLE_PARTICLES and (e >= len(source) or source[e] in ",.;:!?“”\"»«)")]
    for k, (s, e, w) in enumerate(de_toks):
        low = w.lower()
        src_lower.add(low)
        src_keys.add(spelling_key(w))
        if not german_content(w):
            continue
        if low in GERMAN_SEPARABLE_PARTICLES and (e >= len(source) or source[e] in ",.;:!?“”\"»«)"):
            continue  # the particle of a separable verb: rendered with its verb
        if low in GERMAN_YEAR_NOUNS and k + 1 < len(de_toks) and _DIGITS.fullmatch(de_toks[k + 1][2]) \
                and de_toks[k + 1][2] in en_digits:
            words.append(Word(s, e, w, NUMBER, nearest("digits", (de_toks[k + 1][2],), s)))
            continue  # „im Jahr 2025“: "in 2025"
        how, en = UNKNOWN, None
        if low in de_lang.CURRENCIES and (sign := _currency_sign(translation, de_lang.CURRENCIES[low])):
            words.append(Word(s, e, w, SAME, sign))
            continue  # „500 Euro“: "€500"
        if not w.isalpha() and any(c.isdigit() for c in w):  # (letters only: no digit, tested in C)
            digits = _DIGITS.findall(w.replace(".", ""))
            if all(d in en_digits for d in digits):
                how, en = NUMBER, nearest("digits", digits, s)
        elif low in en_lower:
            how, en = SAME, nearest("low", (low,), s)
        elif (low in de_lang.RENDERINGS or s in phrased) and (span := _rendering(
                translation, de_lang.RENDERINGS.get(low, ()) + phrased.get(s, ()), en_lower, s, nearest)):
            how, en = LEXICON, span  # „rund“ "about", „in erster Linie“ "primarily": renderings the lexicon lacks
        elif low in _DE_NUMBER_WORDS:  # "zwei" ~ "two" or "2"
            value = _DE_NUMBER_WORDS[low]
            if str(value) in en_digits or value in en_values:
                how, en = NUMBER, nearest("digits", (str(value),), s)
            else:
                how = UNRENDERED
        else:
            key = spelling_key(w)
            named = _name_keys(key, low, en_keys, exonyms)
            if named:
                how, en = NAME, nearest("key", named, s)
            elif lex is not None:
                tr = lex.translations(w)
                accounts |= tr
                hits = _senses(tr, low) & en_stems  # (no stray negation among them)
                if hits:
                    how, en = LEXICON, nearest("stem", hits, s)
                else:
                    parts = lex.parts(w) or head_only(lex, low)
                    # A hyphenated compound is also read piece by piece, each piece split in turn: „HDE-
                    # Hauptgeschäftsführer“ is "HDE Managing Director" (its head „geschäftsführer“ a part
                    # of a part). Pieces only render: one the English lacks makes no word unrendered.
                    for p in parts + (_hyphen_pieces(lex, low) if "-" in low else ()):
                        ptr = lex.translations(p)
                        accounts |= ptr
                        if en is None and (ptr & en_stems or p in en_lower):
                            en = nearest("stem", ptr & en_stems, s) or nearest("low", (p,), s)
                    if en is not None:
                        how = COMPOUND
                    elif particles and (sep := _separable(lex, low, particles, en_stems)):
                        how, en = LEXICON, nearest("stem", sep, s)
                    elif tr and (kin := kin_of(tr)):
                        how, en = LEXICON, nearest("stem", kin, s)
                    elif tr and (verb := _verb_of_noun(lex, low, en_stems)):
                        how, en = LEXICON, nearest("stem", verb, s)
                    elif tr or parts:
                        how = UNRENDERED
        words.append(Word(s, e, w, how, en))
    _pair_genders(source, words)
    if lex is not None and any(w.how == UNRENDERED for w in words):
        accounts |= _phrases_rendered(lex, words, de_toks, en_stems, nearest)
    english = tuple(EnglishWord(s, e, w, low in src_lower or key in src_keys or stem in accounts
                                or any(x in accounts for x in stems))
                    for (s, e, w), (low, key, stem), stems in zip(en_toks, forms, pieces)
                    if english_content(w) and not w.isdigit())
    return Alignment(tuple(words), english, lex is None,
                     _oversubscribed(words, translation, source, en_toks, forms, at_stem))


def _oversubscribed(words: list[Word], translation: str, source: str, en_toks, forms, at_stem: dict) -> frozenset:
    """The starts of every German word rendered by an English word that more German words claim than the English says
    it, counted by stem ("euro" and "euros" are one word said twice); a number's digits aside (numbers are paired by
    their own checks)."""
    stem_of = {(s, e): stem for (s, e, _), (_, _, stem) in zip(en_toks, forms)}
    stems = set(stem_of.values())
    claims: dict[str, list[list[int]]] = {}
    for k, w in enumerate(words):
        if w.en is None or w.how == NUMBER:
            continue
        key = stem_of.get(w.en) or translation[w.en[0]:w.en[1]].lower()
        before = words[k - 1] if k else None
        if before is not None and before.en == w.en and before.how != NUMBER \
                and not CLAUSE_BREAK.search(source, before.end, w.start):
            claims[key][-1].append(w.start)  # words side by side, one claim: „Bürgerinnen und Bürger“, "citizens"
        else:
            claims.setdefault(key, []).append([w.start])
    out: set[int] = set()
    for key, groups in claims.items():
        # (A rendering that is no token, the "€" of "€500" or "%", is counted in the text.)
        said = len(at_stem[key]) if key in stems else len(re.findall(re.escape(key), translation, re.I))
        if len(groups) > said:
            out.update(x for g in groups for x in g)
    return frozenset(out)


# English stems of a negation: among the senses of a German word that negates nothing they come from the lexicon's
# example phrases („Das war kein deutlich …“ :: "This has not been a notably …" gives „deutlich“ the sense "not").
_NEGATION_SENSES = frozenset({"not", "no", "never", "nor", "neither", "none", "nothing"})
_DE_NEGATION = frozenset(de_lang.NEGATION)


def _senses(renderings: frozenset, low: str) -> frozenset:
    """The senses by which the English may render the German word: no negation but a negation's."""
    return renderings if low in _DE_NEGATION else renderings - _NEGATION_SENSES


# „Erzieherin oder Erzieher“, „Bürgerinnen und Bürger“, „Kolleg/innen“: German names both genders, English says the
# word once ("educator", "citizens"); the form English leaves out is rendered with the other.
_GENDER_LINK = re.compile(r"\s*(?:/|\s(?:und|oder|bzw\.|sowie)\s+"
                          r"(?:(?:der|die|den|dem|des|ein|eine|einen|einem|einer)\s+)?)\s*")


def _feminine_of(feminine: str, masculine: str) -> bool:
    f, m = feminine.lower().translate(UMLAUT_FOLD), masculine.lower().translate(UMLAUT_FOLD)
    base = f[:-5] if f.endswith("innen") else f[:-2] if f.endswith("in") else None
    # (the masculine with or without its ending: „Kollegin“ / „Kollege“, „Bürgerinnen“ / „Bürger“)
    return bool(base) and len(base) >= 3 and base in {m, m[:-1] if m.endswith(("e", "n")) else m,
                                                      m[:-2] if m.endswith("en") else m}


def _pair_genders(source: str, words: list) -> None:
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if a.rendered == b.rendered or not _GENDER_LINK.fullmatch(source, a.end, b.start) \
                or not (_feminine_of(a.text, b.text) or _feminine_of(b.text, a.text)):
            continue
        said, k = (a, i + 1) if a.rendered else (b, i)
        words[k] = replace(words[k], how=said.how, en=said.en)


_PHRASES = tuple((re.compile(r"(?<!\w)" + p + r"(?!\w)", re.I), english)
                 for p, english in de_lang.PHRASE_RENDERINGS.items())


def _phrase_renderings(source: str) -> dict[int, tuple[str, ...]]:
    """Start of each German word inside a set phrase of de.PHRASE_RENDERINGS -> the phrase's English words."""
    out: dict[int, tuple[str, ...]] = {}
    for pattern, english in _PHRASES:
        for m in pattern.finditer(source):
            for w in re.finditer(r"\w+", m.group()):
                out[m.start() + w.start()] = english
    return out


def _rendering(translation: str, english: tuple[str, ...], en_lower: set, s: int, nearest):
    """Where the English has one of ``english`` (de.RENDERINGS): a word, or a symbol or phrase ("%", "p.m.",
    "per cent") found in the text."""
    words = [x for x in english if x in en_lower]
    if words:
        return nearest("low", words, s)
    for x in english:
        if not x.isalpha() and (m := re.search(re.escape(x), translation, re.I)):
            return m.span()  # (on the text itself: lower() may change its length, "İ")
    return None


DERIVED_MIN_SHARED = 5  # letters an English stem and a rendering share from the start
DERIVED_MAX_EXTRA = 2  # letters the longer of the two has beyond the shorter


def _superlative_base(low: str) -> tuple[str, ...]:
    """The stems of the adjective a superlative is made of ("lowest" low, "largest" large, "earliest" early):
    „so tief wie seit 20 Jahren nicht“ is "the lowest in 20 years"."""
    if len(low) < 6 or not low.endswith("est"):
        return ()
    bases = [low[:-3], low[:-2]] + ([low[:-4] + "y"] if low.endswith("iest") else [])
    if len(low) >= 7 and low[-4] == low[-5]:
        bases.append(low[:-4])  # "biggest" big
    return tuple(lexmod.english_stem(b) for b in bases if len(b) >= 3)


def _by_prefix(en_stems: set) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in en_stems:
        if len(e) >= DERIVED_MIN_SHARED:
            out.setdefault(e[:DERIVED_MIN_SHARED], []).append(e)
    return out


def _derived(renderings, by_prefix: dict[str, list[str]]) -> set:
    """English stems of the same family as a rendering, one the other's beginning and at most
    ``DERIVED_MAX_EXTRA`` letters longer: "weighs" for „Gewicht“ (weight), "visited" for „Besucher“ (visitor),
    "founded" for „Gründer“ (founder). English turns a German noun into a verb and back. ``by_prefix``: the
    English stems by their first ``DERIVED_MIN_SHARED`` letters."""
    out = set()
    for t in renderings:
        if len(t) < DERIVED_MIN_SHARED:
            continue
        for e in by_prefix.get(t[:DERIVED_MIN_SHARED], ()):
            short, long_ = (t, e) if len(t) <= len(e) else (e, t)
            if len(long_) - len(short) <= DERIVED_MAX_EXTRA and long_.startswith(short):
                out.add(e)
    return out


def _name_keys(key: str, low: str, en_keys: set, exonyms) -> set:
    """The English keys that render a German name: its own, its exonyms', and the same without a
    genitive -s („Bangladeschs“ / "Bangladesh", „Merkels“ / "Merkel's")."""
    keys = [key] + ([key[:-1]] if low.endswith("s") and len(key) >= 5 else [])
    return {x for k in keys if len(k) >= 4 for x in ({k} | exonyms.get(k, frozenset())) if x in en_keys}


def _currency_sign(translation: str, code: str) -> Optional[tuple[int, int]]:
    # The English writes the currency as its sign or code ("€500", "CHF 20"), which are no words.
    for sign, c in en_lang.CURRENCIES.items():
        if c == code and not sign.isalpha():
            # "NZ$6", "A$12": a country's letters before the sign, in either case; no letter before them.
            m = re.search(r"(?<![^\W\d_])" + re.escape(sign), translation, re.I)
            if m:
                return m.span()
    m = re.search(rf"\b{code}\b", translation)
    return m.span() if m else None


def _phrases_rendered(lex, words: list, de_toks, en_stems: set, nearest) -> set:
    """Unrendered words of a phrase the list knows, all of whose German words the paragraph has and
    one of whose renderings the English has, are rendered by it: „geben Sie mir Bescheid“ as "let
    me know", „es sich anders überlegen“ as "change your mind". Replaces them in ``words``; returns
    the English stems the phrases account for."""
    stems = [lexmod.german_stem(t[2]) for t in de_toks]
    index = {t[0]: k for k, t in enumerate(de_toks)}
    accounted: set = set()
    for i, w in enumerate(words):
        if w.how != UNRENDERED:
            continue
        # The phrase's other words near this one, in the same clause or the next („blieb … stehen“).
        k = index[w.start]
        near = frozenset(stems[max(0, k - PHRASE_WINDOW):k + PHRASE_WINDOW + 1])
        for _, renderings in lex.phrases(w.text, within=near):
            hit = next((r for r in renderings if r <= en_stems), None)
            if hit:
                words[i] = Word(w.start, w.end, w.text, PHRASE, nearest("stem", hit, w.start))
                accounted |= hit
                break
    return accounted


def _separable(lex, low: str, particles: list[str], en_stems: set) -> frozenset:
    """English stems of ``low`` read as a separable verb with one of the clause-final particles:
    „fügte … hinzu“ -> „hinzufügen“ -> "add"."""
    candidates = [particle + stem + ending for particle in particles
                  for stem in (low[:len(low) - len(e)] for e in GERMAN_FINITE_ENDINGS if low.endswith(e))
                  for ending in ("en", "n")]
    lex.prefetch(candidates)  # one query, not one per candidate
    for verb in candidates:
        found = lex.translations(verb) & en_stems
        if found:
            return found
    return frozenset()


def _verb_of_noun(lex, low: str, en_stems: set) -> frozenset:
    """English stems of the verb a German noun in -ung is made of, where the English says the verb: „zur Zahlung
    … verurteilt“ (zahlen) is "ordered to pay", „die Änderung“ (ändern) "to change", „die Sammlung“ (sammeln)
    "collected". (English turns a German action noun into a verb.)"""
    stem = low[:-5] if low.endswith("ungen") else low[:-3] if low.endswith("ung") else ""
    if len(stem) < 3:
        return frozenset()
    candidates = [stem + "en", stem + "n"] + ([stem[:-1] + "eln"] if stem.endswith("l") else [])
    lex.prefetch(candidates)
    for verb in candidates:
        found = lex.translations(verb) & en_stems
        if found:
            return found
    return frozenset()


def _hyphen_pieces(lex, low: str) -> tuple[str, ...]:
    """The pieces of a hyphenated word, each known compound among them split into its parts."""
    return tuple(part for piece in low.split("-") if piece for part in (lex.parts(piece) or (piece,)))


def head_only(lex, low: str) -> tuple[str, ...]:
    """A compound whose modifier the list lacks ("Coronapandemie"): the modifier as a string of its
    own and the longest known head of at least five letters; () when no head is known."""
    lexmod._fetch_forms(lex, [low[i:] for i in range(3, len(low) - 4)])
    for i in range(3, len(low) - 4):
        if lex.form_translations(low[i:]) is not None:
            return (low[:i], low[i:])
    return ()
