"""Repetition: a word or phrase said again and again in a row, as a decoder caught in a loop does."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Collection
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..lang import de, en
from ..lang.words import (ALLOWED_DOUBLES, ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS,
                          GERMAN_FUNCTION_WORDS_ALSO_ENGLISH, german_common_noun, tokens)
from ..records import Category, Severity
from .registry import check

_DE_FUNCTION = GERMAN_FUNCTION_WORDS | GERMAN_FUNCTION_WORDS_ALSO_ENGLISH


@dataclass(frozen=True)
class Run:
    start: int  # character offset of the first copy
    second: int  # character offset of the second copy
    end: int  # end of the last copy
    words: tuple[str, ...]  # the repeated phrase, lower case
    copies: int
    first_end: int  # end of the first copy: what lies from here to ``end`` is the extra copies


@lru_cache(maxsize=256)
def runs(text: str, max_words: int, punct_from: int = 0) -> tuple[Run, ...]:
    """Phrases of up to ``max_words`` words repeated in a row, glued by spaces only.

    Each copy must match the first one with what lies between its words ("the boats and the
    boats and"), so "inside. Inside," or "Cook Signature, Thomas Cook Signature Finest" are no
    repetition. A phrase of ``punct_from`` words or more (0: none) may be glued by punctuation
    too: "rooms away from the other module). rooms away from the other module)." is a decoder
    that went back half a sentence, while two words said again after a full stop are English.
    """
    toks = tokens(text)
    low = [t[2].lower() for t in toks]

    def seg(i: int, n: int, c: int) -> str:
        return text[toks[i + c * n][0]:toks[i + (c + 1) * n - 1][1]].lower()

    def glued(i: int, n: int, c: int) -> bool:
        between = text[toks[i + c * n - 1][1]:toks[i + c * n][0]]
        if between.isspace():
            return True
        return 0 < punct_from <= n and not any(ch.isalnum() for ch in between)

    def whole(i: int, n: int, c: int) -> bool:
        # The segment's last number ends there: "to 1 to 1.5 percent" holds "to 1" once.
        e = toks[i + (c + 1) * n - 1][1]
        return not (text[e:e + 1] in ".," and text[e + 1:e + 2].isdigit())

    def is_copy(i: int, n: int, c: int) -> bool:
        return (i + (c + 1) * n <= len(toks) and low[i + c * n] == low[i]
                and glued(i, n, c) and seg(i, n, c) == seg(i, n, 0) and whole(i, n, c) and whole(i, n, 0))

    # Where each word occurs next: a phrase of n words can repeat only where its first word does.
    nxt = [0] * len(low)
    seen: dict[str, int] = {}
    for k in range(len(low) - 1, -1, -1):
        nxt[k] = seen.get(low[k], -1)
        seen[low[k]] = k

    out: list[Run] = []
    i = 0
    while i < len(toks):
        j = nxt[i]
        while j != -1 and j - i <= max_words:
            n = j - i
            j = nxt[j]
            if not is_copy(i, n, 1):
                continue
            copies = 2
            while is_copy(i, n, copies):
                copies += 1
            out.append(Run(start=toks[i][0], second=toks[i + n][0], end=toks[i + copies * n - 1][1],
                           words=tuple(low[i:i + n]), copies=copies, first_end=toks[i + n - 1][1]))
            i += n * copies
            break
        else:
            i += 1
    return tuple(out)


def _in_a_row(source: str, echo: tuple[float, float, str]) -> bool:
    """The two German words of an echo stand next to each other, punctuation aside."""
    n = max(len(source), 1)
    a, b = round(echo[0] * n), round(echo[1] * n)
    return echo[2].startswith(STUTTER) or re.fullmatch(r"\S+[\s,;:–—-]*", source[a:b]) is not None


def _one_stem(a: str, b: str) -> bool:
    """Two German words of one stem: equal, or nouns (capitalised) one a part of the other's compound
    or sharing a long prefix („Fuß“/„Fußplatte“, „Martinsbrauch“/„Martinssingen“)."""
    if a.lower() == b.lower():
        return True
    if not (a[:1].isupper() and b[:1].isupper()):
        return False
    a, b = a.lower(), b.lower()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_.startswith(short) and len(short) < 4:
        rest = long_[len(short):]  # „Fuß“ / „Fußplatte“, not „Mal“ / „Malaria-Impfstoff“
        return "-" not in rest and german_common_noun(rest)
    if long_.startswith(short) or long_.endswith(short):
        return True
    return len(short) >= de.ECHO_PREFIX and long_[:de.ECHO_PREFIX] == short[:de.ECHO_PREFIX]


STUTTER, SHARED = "*", "="  # marks of german_echoes in place of a word


def german_echoes(source: str, window: int) -> list[tuple[float, float, str]]:
    """Where the German repeats a content word within ``window`` words: (first, second) as relative
    positions (0..1) in the paragraph, and the word (lower case).

    „Grenzschutz, Grenzschutz“, „am Start, doch die Startzeiten“, „Taschenlupe Leselupe“: an English
    phrase said twice there follows the German. Each word is compared with the few before it only.
    Two other echoes carry a mark before or instead of a word: ``STUTTER`` and the small word said twice in a row
    („wir wir“), ``SHARED`` and the English stems two German synonyms share („Mädels und Girls“).
    """
    n = max(len(source), 1)
    out = []
    last: dict[str, tuple[int, int]] = {}  # word -> (index, offset) of its last use
    nouns: list[tuple[int, int, str]] = []  # (index, offset, lower-case noun)
    k = 0
    for pos, _, w in tokens(source):
        low = w.lower()
        if w.isdigit():
            continue
        prev = last.get(low)
        if len(w) < de.ECHO_MIN_LETTERS or low in _DE_FUNCTION:
            # A small word only when said twice in a row: the German stutters („haben wir wir haben“).
            if prev is not None and prev[0] == k - 1:
                out.append((prev[1] / n, pos / n, STUTTER + low))
            last[low] = (k, pos)
            k += 1
            continue
        if prev is not None and k - prev[0] <= window:
            out.append((prev[1] / n, pos / n, low))
        elif w[:1].isupper():
            for at, first, other in reversed(nouns):
                if k - at > window:
                    break  # (the list drops a noun only when the next one comes: one far back may stay in it)
                if _one_stem(w, other):
                    out.append((first / n, pos / n, low))
                    break
                shared = _synonyms(low, other.lower())
                if shared:  # the English may say what both mean twice, nothing else
                    out.append((first / n, pos / n, SHARED + "|".join(sorted(shared))))
                    break
        last[low] = (k, pos)
        if w[:1].isupper():
            nouns.append((k, pos, w))
            while nouns and k - nouns[0][0] >= window:
                nouns.pop(0)
        k += 1
    return out


def _synonyms(a: str, b: str) -> frozenset[str]:
    """The English stems two German nouns share in the lexicon, or the English word one of them is
    and the other means: „Hämatomen, Blutergüssen“ (bruises), „Mädels und Girls“ (girls)."""
    lex = lexicon.load()
    if lex is None:
        return frozenset()
    ta, tb = lex.translations(a), lex.translations(b)
    return (ta & tb) | ({lexicon.english_stem(b)} & ta) | ({lexicon.english_stem(a)} & tb)


def _renders(german: str, english: Collection[str]) -> bool:
    """Whether the repeated German word can be what the repeated English words say: the same word
    (a name), or a lexicon translation of it. Without a lexicon any German repetition may be."""
    if german.startswith(STUTTER):  # the German stutters there: so may the English
        return True
    if german.startswith(SHARED):  # two German synonyms: only what they share
        shared = set(german[len(SHARED):].split("|"))
        return bool(shared & ({lexicon.english_stem(w) for w in english} | set(english)))
    if german in english:
        return True
    # A name as the first part of German compounds: „Martinsbrauch mit Martinssingen“ ~ "St. Martin's".
    if any(len(w) >= 4 and german.startswith(re.sub(r"['’]s$", "", w)) for w in english):
        return True
    lex = lexicon.load()
    if lex is None:
        return True
    stems = {lexicon.english_stem(w) for w in english}
    return bool(lex.senses(german) & stems)


def _licensed(echoes: list[tuple[float, float, str]], start: float, end: float, shift: float,
              english: Collection[str], spent=None) -> bool:
    """A German repetition of a word the English repeats overlaps the English one, give or take
    ``shift`` of the paragraph.

    ``echoes`` come in text order (by their second word), so the first ones ending after ``start``
    are looked at, not all of them. A German repetition of another word near by licenses nothing
    („Mario Mario Götze“ is a loop even where the German repeats „Form“ two words on).
    """
    k = bisect.bisect_left(echoes, start - shift, key=lambda e: e[1])
    return any(e[0] - shift <= end and _renders(e[2], english) and not (spent and spent(e, start, end, english))
               for e in echoes[k:k + 4])


class _Spent:
    """Whether a German echo is used up before it licenses an English phrase said twice: in the sentences of the echo
    and of the repetition, the English says a word the echo renders more often than the German words that say it
    („Lichtenergie in chemische Energie“: "energy" twice, not the three times of "light energy into chemical energy
    chemical energy"; a pronoun in another sentence, „Er sei wichtig“ for "Border protection is important", is out of
    reach), or the German stutters in a small word and the English phrase of several words holds a content word that
    small word does not say ("a new a new study" after „wir wir“; "It's over! It's over!" after „Aus! Aus!“ and
    "really really" after „sehr sehr“ are licensed). Built once per paragraph that has a repetition, asked of the few
    echoes near one."""

    def __init__(self, source: str, translation: str):
        from .omission import sentences  # (omission imports nothing of this module; imported where needed)

        self.lex = lexicon.load()
        self.de_sentences, self.en_sentences = sentences(source), sentences(translation)
        self.de_len, self.en_len = max(len(source), 1), max(len(translation), 1)
        self.german = [(s, t.lower()) for s, _, t in tokens(source)]
        self.english = [(s, lexicon.english_stem(t.lower())) for s, _, t in tokens(translation)]
        self.cache: dict = {}

    @staticmethod
    def _around(spans, length: int, places: list[float]) -> list[tuple[int, int]]:
        # The sentences that hold the given relative places.
        return [(a, b) for a, b in spans if any(a <= p * length < b + 1 for p in places)]

    def __call__(self, echo: tuple[float, float, str], start: float, end: float, english: Collection[str]) -> bool:
        first, second, word = echo
        if self.lex is None:
            return False  # (without a lexicon no German word is known to render anything but itself)
        words = ["" if re.search(r"['’]", w) else w.lower() for w in english]  # a contraction is a function word
        if word.startswith(STUTTER):
            small = word[len(STUTTER):]
            return len(words) > 1 and any(w and not w.isdigit() and w not in ENGLISH_FUNCTION_WORDS
                                          and not _counterpart(self.lex, small, w) for w in words)
        rendering = [w for w in words if w and _renders(word, (w,))]
        if not rendering:
            return False
        places = [first, second, start, end]
        en_spans = self._around(self.en_sentences, self.en_len, places)
        de_spans = self._around(self.de_sentences, self.de_len, places)
        return all(self._said(en_spans, de_spans, w) for w in rendering)

    def _said(self, en_spans, de_spans, w: str) -> bool:
        # More English words of w's stem than German words saying w, in those sentences.
        key = (tuple(en_spans), tuple(de_spans), w)
        if key not in self.cache:
            stem = lexicon.english_stem(w)
            english = sum(1 for s, x in self.english if x == stem and any(a <= s < b for a, b in en_spans))
            german = sum(1 for s, g in self.german if any(a <= s < b for a, b in de_spans)
                         and _counterpart(self.lex, g, w))
            self.cache[key] = english > german
        return self.cache[key]


def _counterpart(lex, german: str, english: str) -> bool:
    """Whether the German word (lower case), or a part of it as a compound, may say the English
    word: the same word (a name), a name as a compound's first part („Martinsbrauch“), or a lexicon
    translation of the word or of one of its parts („Pendelzugautomatik“: automatic)."""
    if german == english or (len(english) >= 4 and german.startswith(re.sub(r"['’]s$", "", english))):
        return True
    if lex is None:
        return False
    stem = lexicon.english_stem(english)
    # Each part of a hyphenated compound too: „S-Bahn-Stammstrecke“ says trunk line as „Stammstrecke“ does.
    pieces = [german] + ([p for p in german.split("-") if len(p) >= 3] if "-" in german else [])
    return any(stem in lex.senses(g) for g in pieces)


def _said_twice_in_german(source: str, phrase: tuple[str, ...], start: float, end: float, shift: float,
                          window: int) -> bool:
    """Whether the German says every content word of the English ``phrase`` twice, each pair within
    ``window`` German words, overlapping ``start``..``end`` (relative positions) give or take
    ``shift``. A word and a compound holding it count as two: „ABC-Pendelzugautomatik ermöglicht das
    automatische Pendeln“ says automatic and shuttle twice each, so may the English. An English word
    may be half of a compound the English writes open: "bio chemistry" is „Biochemie“."""
    lex = lexicon.load()
    m = max(len(source), 1)
    near = [(k, w.lower()) for k, (pos, _, w) in enumerate(tokens(source))
            if start - shift <= pos / m <= end + shift
            and len(w) >= de.ECHO_MIN_LETTERS and w.lower() not in _DE_FUNCTION and not w.isdigit()]
    content = [i for i, w in enumerate(phrase) if w not in ENGLISH_FUNCTION_WORDS and not w.isdigit()]
    for i in content:
        ways = [phrase[i]] + [phrase[a] + phrase[a + 1] for a in (i - 1, i) if a in content and a + 1 in content]
        hits = [k for k, g in near if any(_counterpart(lex, g, e) for e in ways)]
        if not any(b - a <= window for a, b in zip(hits, hits[1:])):
            return False
    return bool(content)


@dataclass(frozen=True)
class Duplicate:
    start: int  # first copy
    second: int  # second copy
    end: int  # end of the second copy
    words: tuple[str, ...]
    gap: tuple[str, ...]  # the words between the copies


_UNIT_WORDS = frozenset(set(en.SCALES) | set(en.CURRENCIES) | set(en.MEASURES) | {p for p in en.PERCENT if " " not in p}
                        | {"per", "cent", "points"})
_NUMBER_BEFORE = re.compile(r"[\d%]\s*$")


def _unit_after_numbers(text: str, d: Duplicate) -> bool:
    """Units, scales and currencies repeated after two numbers: "from 142 million euros to 118 million
    euros" says each number's unit, where German writes it once („von 142 auf 118 Millionen Euro“)."""
    return all(w in _UNIT_WORDS for w in d.words) and bool(_NUMBER_BEFORE.search(text, 0, d.start)) \
        and bool(_NUMBER_BEFORE.search(text, 0, d.second))  # endpos, not a copy of the text before


def duplicates(text: str, max_words: int, max_gap: int) -> list[Duplicate]:
    """A phrase said twice within a few words: "Scholz said, Scholz said", "the president of the president".

    Looks only at the next occurrences of each word within ``max_words + max_gap`` words, so the cost
    stays linear in the length of the text.
    """
    toks = tokens(text)
    low = [t[2].lower() for t in toks]
    nxt = [-1] * len(low)
    seen: dict[str, int] = {}
    for k in range(len(low) - 1, -1, -1):
        nxt[k] = seen.get(low[k], -1)
        seen[low[k]] = k
    out: list[Duplicate] = []
    covered = -1
    for i in range(len(low)):
        if i <= covered:
            continue
        j = nxt[i]
        while j != -1 and j - i <= max_words + max_gap:
            n = 0
            while n < max_words and i + n < j and j + n < len(low) and low[i + n] == low[j + n]:
                n += 1
            gap = j - i - n
            between = text[toks[i + n - 1][1]:toks[j][0]]
            if gap <= max_gap and not any(c in en.CLAUSE_END for c in between):
                out.append(Duplicate(toks[i][0], toks[j][0], toks[j + n - 1][1], tuple(low[i:i + n]),
                                     tuple(low[i + n:j])))
                covered = j + n - 1
                break
            j = nxt[j]
    return out


def _said_number(source: str, text: str, r: Run) -> bool:
    """The doubled word is one number said in words ("twenty twenty" is 2020), as the number reader reads it,
    and the German has that number („zweitausendzwanzig“, „2020“): a word said twice otherwise is a stutter."""
    from .numbers import read_numerals

    said = [n.values for n in read_numerals(text, "en") if n.start <= r.start and r.end <= n.end]
    return bool(said) and any(not n.values.isdisjoint(said[0]) for n in read_numerals(source, "de"))


def _word_then_initials(text: str, r: Run) -> bool:
    # Initials are another word than the small word they spell: one copy in capitals, the other not.
    a, b = text[r.start:r.first_end], text[r.second:r.end]
    return a.isupper() != b.isupper() and len(a) >= 2


@check("repetition", category=Category.REPETITION, severity=Severity.WARNING)
def repetition(ctx):
    """A word or phrase repeated in a row in the English

    Three or more copies, or a phrase of several words said twice, are a decoder loop. A single
    word said twice is a warning, unless good English doubles it ("had had", "that that") or the
    German has the same doubling (a name such as "Bora Bora"). A long phrase said again right
    after itself, even across punctuation, is a stutter unless the German too says something
    twice in a row there („nie, nie wieder“): a German word said twice near by does not make
    half a sentence said twice right.
    """
    p = ctx.params
    found = runs(ctx.translation, p["max_words"], p["stutter_min_words"])
    src_runs = ({r.words for r in runs(ctx.source, p["max_words"])} | _hyphen_doubles(ctx.source)) if found \
        else set()
    echoes: list = []  # read from the German only when a repetition of two copies needs it
    spent: list = []  # ... and the counts that tell whether an echo is used up (_Spent)
    n = max(len(ctx.translation), 1)
    for r in found:
        if all(w.isdigit() for w in r.words):
            continue  # scores and tables: "1 1", "21:21"
        single_double = r.copies == 2 and len(r.words) == 1
        if single_double and (r.words in ALLOWED_DOUBLES or r.words in src_runs):
            continue
        if r.copies == 2 and _reduplication(r.words):
            continue  # "more and more and": the idiom, then a conjunction
        if single_double and (_particle_then_preposition(ctx.translation, r) or _for_then_span(ctx.translation, r)):
            continue  # "takes in in premiums", "waiting for for decades"
        if single_double and _word_then_initials(ctx.translation, r):
            continue  # "at AT&T Stadium", "for US companies": a word, then initials spelt alike
        if single_double and _said_number(ctx.source, ctx.translation, r):
            continue  # a year said in words: "in March twenty twenty" for „im März zweitausendzwanzig“
        if len(r.words) >= p["stutter_min_words"]:
            if _german_repeats_in_a_row(ctx.source, p["max_words"], r.start / n, r.end / n, p["echo_shift"]):
                continue  # „Wir schaffen das, wir schaffen das!“
        elif r.copies == 2:
            if not echoes:
                echoes = german_echoes(ctx.source, p["echo_window"]) or [(-9.0, -9.0, "")]  # none: a sentinel far away
            # A word said twice with nothing between follows a German word said twice in a row only („Grenzschutz,
            # Grenzschutz“), not a pair apart („Läuferinnen und Läufer“: "runners", once); a number word may end
            # one phrase and begin the next ("at number two two weeks ago").
            licence = echoes if not (single_double and ctx.translation[r.first_end:r.second].isspace()
                                     and r.words[0] not in en.UNITS and r.words[0] not in en.TENS) \
                else [e for e in echoes if _in_a_row(ctx.source, e)] or [(-9.0, -9.0, "")]
            if not spent:
                spent.append(_Spent(ctx.source, ctx.translation))
            if r.words in src_runs or _licensed(licence, r.start / n, r.end / n, p["echo_shift"], r.words, spent[0]):
                continue  # the German says it twice too: „Grenzschutz, Grenzschutz“
        repeated_words = len(r.words) * (r.copies - 1)
        if r.copies < p["min_copies"] and repeated_words < p["min_repeated_words"]:
            sev = Severity.WARNING
        else:
            sev = None
        phrase = " ".join(r.words)
        yield ctx.flag(
            f"{phrase!r} is repeated {r.copies} times in a row",
            translation_span=(r.second, r.end), score=float(r.copies),
            threshold=float(p["min_copies"]), severity=sev,
            suggestion=ctx.translation[:r.first_end] + ctx.translation[r.end:])


def _hyphen_doubles(source: str) -> set[tuple[str, ...]]:
    """Words the German doubles with a hyphen („Mau-Mau“, „Bora-Bora“), which English writes apart ("Mau Mau")."""
    out = set()
    for _, _, w in tokens(source):
        parts = w.lower().split("-")
        out.update((a,) for a, b in zip(parts, parts[1:]) if a == b)
    return out


_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})


def _parallel_clauses(text: str, d) -> bool:
    """The phrase, a word of its own, a comma and a conjunction, the phrase again: two clauses English
    builds alike where German says the verb once („Wir wollen keine Schulen schließen und auch keine
    Geschäfte“ as "we don't want to close schools, and we don't want to close shops"). A decoder's copy has
    nothing of its own between ("clean up and clean up") or no comma and conjunction ("criticised")."""
    if len(d.gap) < 2 or d.gap[-1] not in _CONJUNCTIONS:
        return False
    between = text[d.start + (d.end - d.second):d.second]
    own = between.split(",")[0]
    return "," in between and any(w.lower() not in ENGLISH_FUNCTION_WORDS for _, _, w in tokens(own))


def _particle_then_preposition(text: str, r: Run) -> bool:
    """"in in" or "on on" after a verb that takes the word as its particle (en.PARTICLE_VERBS): the particle,
    then the preposition ("an insurer takes in in premiums")."""
    verbs = en.PARTICLE_VERBS.get(r.words[0])
    if not verbs:
        return False
    toks = tokens(text)
    k = bisect.bisect_left(toks, (r.start,)) - 1  # the word before the first copy
    if k >= 1 and toks[k][2].lower() in en.OBJECT_PRONOUNS:
        k -= 1  # the verb, its object, the particle: "let us in in groups of ten"
    return k >= 0 and toks[k][2].lower().startswith(verbs)


_FOR_SPAN = re.compile(en.FOR_SPAN, re.I)


def _for_then_span(text: str, r: Run) -> bool:
    """"for for" after a verb that takes "for" (en.FOR_VERBS), the second before a span of time: "they had been waiting
    for for decades"."""
    if r.words != ("for",):
        return False
    toks = tokens(text)
    k = bisect.bisect_left(toks, (r.start,)) - 1  # the word before the first copy
    second = k + 2
    return k >= 0 and toks[k][2].lower() in en.FOR_VERBS and second < len(toks) \
        and _FOR_SPAN.match(text, toks[second][0]) is not None


def _reduplication(words: tuple[str, ...]) -> bool:
    """"W and" twice where "W and W" is English for growth or going on ("more and more", "again and again"), or "W
    by" twice where "W by W" is English for one after another ("step by step by the end of the year")."""
    return len(words) == 2 and ((words[1] == "and" and words[0] in en.REDUPLICATED)
                                or (words[1] == "by" and words[0].lower() in en.REDUPLICATED_BY))


def _german_repeats_in_a_row(source: str, max_words: int, start: float, end: float, shift: float) -> bool:
    """Whether the German says a phrase with a content word again right after itself, across
    punctuation too („Tor, Tor, Tor!“), overlapping ``start``..``end`` (relative positions) give or
    take ``shift``. Small words said twice do not count: „die Frau, die die Zeitung liest“."""
    m = max(len(source), 1)
    for r in runs(source, max_words, 1):
        if (r.start / m <= end + shift and r.end / m >= start - shift
                and any(len(w) >= de.ECHO_MIN_LETTERS and w not in _DE_FUNCTION and not w.isdigit()
                        for w in r.words)):
            return True
    # ... or a noun said again in another case after an article, a heading's noun opening the next sentence
    # („Ausschluss des Widerrufsrechts. Das Widerrufsrecht besteht nicht“ / "… of the right of withdrawal. The
    # right of withdrawal does not apply").
    toks = tokens(source)
    for (a, _, v), (_, _, x), (_, d, w) in zip(toks, toks[1:], toks[2:]):
        if x.lower() in de.DETERMINERS and v[:1].isupper() and len(v) >= de.ECHO_MIN_LETTERS \
                and _inflected_alike(v, w) and a / m <= end + shift and d / m >= start - shift:
            return True
    return False


def _inflected_alike(a: str, b: str) -> bool:
    """One noun in two cases: „Widerrufsrechts“ and „Widerrufsrecht“, „Hauses“ and „Haus“."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short):] in ("", "s", "es", "n", "en", "e")


@check("duplication", category=Category.REPETITION, severity=Severity.WARNING)
def duplication(ctx):
    """A phrase said twice within a few words in the English where the German says it once

    "Scholz said, Scholz said", "the president of the president", "HDE CEO Stefan Genth criticised
    HDE CEO Stefan Genth": a decoder that lost its place repeats a name or phrase with a comma or a
    word between the copies, which the in-a-row check does not see. Not flagged when the German
    repeats a word at about the same place, or names the repeated name as often.
    """
    p = ctx.params
    found = duplicates(ctx.translation, p["max_words"], p["max_gap"])
    if not found:
        return
    n = max(len(ctx.translation), 1)
    late: dict = {}  # what only a candidate that passes the cheap tests needs, computed once

    def need(key, compute):
        if key not in late:
            late[key] = compute()
        return late[key]

    for d in found:
        content = [w for w in d.words if w not in ENGLISH_FUNCTION_WORDS and not w.isdigit()]
        if not content or _unit_after_numbers(ctx.translation, d):
            continue
        if not d.gap:
            if ctx.translation[d.start:d.second].rstrip()[-1:].isalnum():
                continue  # copies glued by spaces: the in-a-row check's case
            if len(d.words) < 2 and not (ctx.translation[d.start:d.start + 1].isupper()
                                         and ctx.translation[d.second:d.second + 1].isupper()
                                         and d.words not in ALLOWED_DOUBLES):
                continue  # one word twice ("very, very") is English; a name twice ("Scholz, Scholz") is not
        elif not (len(content) >= p["min_content_words"]
                  or (len(d.words) >= 2 and len(d.gap) == 1 and d.gap[0] in en.DUPLICATION_LINKS)):
            continue
        if _parallel_clauses(ctx.translation, d):
            continue  # "we don't want to close schools, and we don't want to close shops": German left it unsaid
        first = ctx.translation[d.start:d.start + (d.end - d.second)]
        if first[1:] != ctx.translation[d.second + 1:d.end]:
            continue  # "human rights organisation Human Rights Watch": a decoder copies the letters' case too
        loops = need("loops", lambda: runs(ctx.translation, p["loop_max_words"], p["loop_stutter_words"]))
        loop_starts = need("loop_starts", lambda: [r.start for r in loops])
        k = bisect.bisect_right(loop_starts, d.end) - 1  # loops do not overlap: the last one starting before d ends
        if k >= 0 and loops[k].end >= d.start:
            continue  # a loop in a row: the repetition check reports it
        if _licensed(need("echoes", lambda: german_echoes(ctx.source, p["echo_window"])),
                     d.start / n, d.end / n, p["echo_shift"], d.words):
            continue
        if _said_twice_in_german(ctx.source, d.words, d.start / n, d.end / n, p["echo_shift"],
                                 p["counterpart_window"]):
            continue  # „ABC-Pendelzugautomatik … automatische Pendeln“: "automatic shuttle … automatic shuttle"
        src_count = need("count", lambda: Counter(w.lower() for _, _, w in tokens(ctx.source)))
        verbatim = [w for w in content if w in src_count]
        if verbatim and all(src_count[w] >= 2 for w in verbatim):
            continue  # the German names it twice as well
        phrase = " ".join(d.words)
        yield ctx.flag(
            f"{phrase!r} is said twice within {len(d.gap) + len(d.words)} words: "
            f"{ctx.translation[d.start:d.end]!r}; the German does not repeat it",
            translation_span=(d.start, d.end), score=float(len(content)),
            threshold=float(p["min_content_words"]),
            suggestion=ctx.translation[:d.second].rstrip(" ,") + ctx.translation[d.end:]
            if not d.gap else None)
