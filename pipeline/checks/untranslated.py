"""Untranslated: German left standing in the English, beyond the names both languages share.

Two measurements per English sentence: how much of it is copied word for word from the German
(names and titles are copied too, so copying alone proves little), and how many German function
words it holds outside names ("und", "nicht", "wird": no English sentence needs them). And one
per word: a German noun of the source that English texts never use ("Bundesregierung"), left
standing in the English.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache

from ..lang import de, en
from ..lang.words import (CLOTHING_SIZES, CURRENCY_NAMES, ENGLISH_ABBREVIATIONS, ENGLISH_FUNCTION_WORDS,
                          ENGLISH_NAME_CLASSIFIERS, ENGLISH_TITLE_WORDS,
                          GERMAN_DEDICATIONS,
                          GERMAN_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS_ALSO_ENGLISH, GERMAN_INSTITUTION_HEADS,
                          GERMAN_INSTITUTION_NOUNS, GERMAN_NAME_HEADS,
                          GERMAN_DISHES, GERMAN_FEATURE_HEADS, GERMAN_STREET_HEADS, GERMAN_TERMS_IN_ENGLISH,
                          GERMAN_STREET_HEADS_ALSO_COMMON, ENGLISH_ADDRESS_PREPOSITIONS, GERMAN_COMPASS_POINTS,
                          GERMAN_PLACE_NAME_LINKS, GERMAN_PLACE_NAME_OPENERS, GERMAN_REGION_HEADS,
                          GERMAN_SAINT_PLACE_HEADS,
                          LITERAL, NAME_PARTICLES, common_words, english_words, german_common_noun,
                          german_frequent_nouns, german_only_nouns, german_places, sentence_start, tokens,
                          town_of_adjective)
from ..lang.pos import tag_at
from ..records import Category, Severity
from .omission import sentences
from .quotes import quotations, quoted_titles_copied
from .names import _lexicon_common, office_title
from .registry import check


def copied(src_words: list[str], tr_words: list[str], min_run: int) -> list[bool]:
    """For each English word: is it inside a run of ``min_run`` or more words copied from the German?"""
    pos = defaultdict(list)
    for j, w in enumerate(src_words):
        pos[w].append(j)
    covered = [False] * len(tr_words)
    prev: dict[int, int] = {}
    for i, w in enumerate(tr_words):
        cur = {j: prev.get(j - 1, 0) + 1 for j in pos.get(w, ())}
        for j, length in cur.items():
            if length >= min_run:
                for k in range(i - length + 1, i + 1):
                    covered[k] = True
        prev = cur
    return covered


# The letters that mark a word German, as sets: every word of every English text is tested (a set's
# isdisjoint runs in C; a generator over the word's letters took a few microseconds a word).
_LOWER_UMLAUTS = frozenset("äöüß")
_UMLAUTS = frozenset("äöüßÄÖÜ")


def german_words(words: list[str]) -> list[bool]:
    """Words that are German and no English: function words outside names, and words with umlauts
    written in lower case (names keep their capital)."""
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if low in NAME_PARTICLES and (_between_names(words, k) or _before_surname(words, k)):
            out.append(False)  # "Hans von Borsody", "Alexander Van der Bellen", "Ursula von der Leyen"
            continue
        out.append(low in GERMAN_FUNCTION_WORDS or (w.islower() and not _LOWER_UMLAUTS.isdisjoint(w)))
    return out


def _before_surname(words: list[str], k: int) -> bool:
    # Particles before a capitalised word the lexicon does not know: a family name said without the given
    # name ("said von der Leyen"), not a German phrase left standing ("von der Regierung").
    from ..lexicon import load

    after = k + 1
    while after < len(words) and words[after].lower() in NAME_PARTICLES:
        after += 1
    lex = load()
    return after < len(words) and words[after][:1].isupper() and lex is not None and not lex.knows(words[after].lower())


def _between_names(words: list[str], k: int) -> bool:
    before, after = k - 1, k + 1
    while before >= 0 and words[before].lower() in NAME_PARTICLES:
        before -= 1
    while after < len(words) and words[after].lower() in NAME_PARTICLES:
        after += 1
    return before >= 0 and after < len(words) and words[before][:1].isupper() and words[after][:1].isupper()


# The literals the tokenizer keeps whole (web and e-mail addresses, handles, hashtags), and a bare domain name
# ("rheinland.social") or a name written like one ("Straßen.NRW"), which it reads as words.
_ADDRESS = re.compile(LITERAL.pattern + r"|(?<![\w.])[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,}|[A-ZÄÖÜ]{2,})(?![\w-])")


_CAPITALS_RUN = re.compile(r"(?<![\w])[A-ZÄÖÜ0-9][A-ZÄÖÜß0-9]*(?:[ /-]+[A-ZÄÖÜ0-9][A-ZÄÖÜß0-9]*)+(?![\w])")
# German words that link the capitalised words of a registered name („Müller & Söhne“, „Verein für …“).
_NAME_LINKS = ("&", "und", "für", "der", "des", "am", "an", "im", "zu", "zum", "zur")
# Up to eight capitalised words, German links between them allowed, before a legal form.
_REGISTERED_NAME = re.compile(r"(?:(?<![\w-])[A-ZÄÖÜ][\w’'.-]*\s+(?:(?:" + "|".join(_NAME_LINKS) + r")\s+)?){1,8}"
                              r"(?:" + "|".join(de.LEGAL_FORMS) + r")(?![\w])")


_LEGAL_FORM = re.compile(r"(?<![\w-])(?:" + "|".join(de.LEGAL_FORMS) + r")(?![\w])")


def _registered_names_copied(source: str, text: str, max_words: int = 8) -> list[tuple[int, int]]:
    """Spans of registered names the English copies from the German whole, a verb or an adjective among their words
    („der Verein Laufen hilft Köln e.V.“ / "the association Laufen hilft Köln e.V."): from a capitalised word to the
    legal form, the longest the German has letter for letter. A lower-case word belongs to the name only as a link
    (_NAME_LINKS) or between two capitalised words: a clause before the name is no part of it („Gestern hat der
    Verein …“, "Laut Mitteilung wurde die Firma Müller GmbH sold")."""
    out = []
    toks = None
    for m in _LEGAL_FORM.finditer(text):
        if toks is None:
            toks = tokens(text)
            starts = [t[0] for t in toks]
        k = bisect.bisect_left(starts, m.start())  # the legal form's first token
        best, after = None, m.start()
        for i in range(k - 1, max(-1, k - 1 - max_words), -1):
            w = toks[i][2]
            if not text[toks[i][1]:after].isspace():
                break  # a comma, a number: the name's words stand together („Grüße, Eure …, SV Murnau 1920 e. V.“)
            after = toks[i][0]
            if w[:1].islower() and w not in _NAME_LINKS \
                    and not (0 < i and toks[i - 1][2][:1].isupper() and toks[i + 1][2][:1].isupper()):
                break
            if w[:1].isupper() and text[toks[i][0]:m.end()] in source:
                best = toks[i][0]
        if best is not None:
            out.append((best, m.end()))
    return out


@check("untranslated", category=Category.UNTRANSLATED, severity=Severity.WARNING)
def untranslated(ctx):
    """German text left untranslated in the English

    A sentence of the English copied from the German, or holding German function words, beyond
    the names and titles both languages share; or, outside such sentences, a German noun of the
    source that English texts never use.
    """
    toks = tokens(ctx.translation)
    # An encyclopaedia article's subject, named as the German names it („Land unter – Ein Jahr auf Hallig Gröde
    # ist ein …“ / "… is a 2009 German documentary"), and a title the German quotes, copied as it is (English sets
    # titles in italics: „Die gläserne Stadt“ / "Die gläserne Stadt is a German silent film"), are no German left.
    kept = [(a, end) for a, b in sentences(ctx.translation) if (end := _lemma_end(ctx.source, ctx.translation, a, b))]
    kept += quoted_titles_copied(ctx.source, ctx.translation)
    # Web and e-mail addresses, handles and hashtags are kept as written ("rheinland.social", "#Bibliothek"), and
    # so is a registered name with its legal form ("the Förderverein Schloss Weißenbrunn e. V. was founded").
    kept += [m.span() for m in _ADDRESS.finditer(ctx.translation)]
    kept += [m.span() for m in _REGISTERED_NAME.finditer(ctx.translation)]
    kept += _registered_names_copied(ctx.source, ctx.translation)
    # A name German sets in capitals, copied as it stands ("Nadine Fuchs (BÜNDNIS 90/DIE GRÜNEN)"): two words or more.
    kept += [m.span() for m in _CAPITALS_RUN.finditer(ctx.translation)
             if len(re.findall(r"[^\W\d]{2,}", m.group())) >= 2 and m.group() in ctx.source]
    if kept:
        toks = [t for t in toks if not any(a <= t[0] < end for a, end in kept)]
    src_words = [t[2].lower() for t in tokens(ctx.source)]
    sentence_flags = list(_sentences_left(ctx, toks, src_words))
    yield from sentence_flags
    taken = [f.translation_span for f in sentence_flags]
    left = [t for t in toks if not any(a <= t[0] < b for a, b in taken)]
    places = place_name_spans(ctx.source, ctx.translation) + german_name_spans(ctx.source, ctx.translation)
    noun_flags = list(_nouns_left(ctx, left, set(src_words), places))
    yield from noun_flags
    taken += [f.translation_span for f in noun_flags]
    yield from _words_left(ctx, [t for t in left if not any(a <= t[0] < b for a, b in taken)], set(src_words), places)


def _sentences_left(ctx, toks, src_words: list[str]):
    p = ctx.params
    text = ctx.translation
    titles = _cited_titles(text)
    title_starts = [a for a, _ in titles]

    def in_title(at: int) -> bool:
        k = bisect.bisect_right(title_starts, at) - 1  # the spans are in text order and do not overlap
        return k >= 0 and at < titles[k][1]
    is_de = [d and not in_title(t[0]) for d, t in zip(german_words([t[2] for t in toks]), toks)]
    # In a sentence copied whole, a German noun with an umlaut is German too ("Großbrand"); a name
    # with one is not ("Schlögl (4), Kümper (2)": a list of scorers copied from the German).
    umlaut = [not _UMLAUTS.isdisjoint(t[2]) and german_common_noun(t[2]) for t in toks]
    if not any(is_de) and not any(umlaut):
        return  # every flag needs one German word at least
    covered = copied(src_words, [t[2].lower() for t in toks], p["min_copied_run"])
    k = 0
    for a, b in sentences(text):
        idx = []
        while k < len(toks) and toks[k][0] < b:
            if toks[k][0] >= a:
                idx.append(k)
            k += 1
        if not idx:
            continue
        share = sum(covered[i] for i in idx) / len(idx)
        copied_sentence = len(idx) >= p["min_sentence_words"] and share >= p["min_copied_share"]
        n_de = sum(is_de[i] or (copied_sentence and umlaut[i]) for i in idx)
        if n_de < p["min_german_words"] and not (copied_sentence and n_de >= 1):
            continue
        if not copied_sentence and n_de / len(idx) < p["min_german_share"]:
            continue
        hits = [i for i in idx if is_de[i] or covered[i]]
        span = (toks[hits[0]][0], toks[hits[-1]][1])
        src_at = ctx.source.find(text[span[0]:span[1]])
        yield ctx.flag(
            f"German left in the English: {text[span[0]:span[1]][:80]!r} ({n_de} German word(s); "
            f"{share:.0%} of the sentence copied from the German)",
            translation_span=span, source_span=(src_at, src_at + span[1] - span[0]) if src_at >= 0 else None,
            score=float(n_de), threshold=float(p["min_german_words"]))


# The copula after an encyclopaedia article's first words, its subject („Land unter – Ein Jahr auf Hallig Gröde ist
# ein deutscher Dokumentarfilm“ / "… is a 2009 German documentary").
_COPULA_EN = re.compile(r"\s(?:is|was|are|were)\s+(?:an?|the)\s")
_COPULA_DE = re.compile(r"\s+(?:ist|war|sind|waren)\s+(?:ein|eine|einer|der|die|das)\s")


def _lemma_end(source: str, text: str, a: int, b: int) -> int:
    """Where the subject of the English sentence ``a``–``b`` ends when it opens the paragraph and is the German's
    own first words, each before a copula and an article that define it (a film's or book's title opening its
    article: „… ist ein deutscher Dokumentarfilm“ / "… is a 2009 German documentary"), else 0."""
    m = _COPULA_EN.search(text, a, b)
    if a or not m:
        return 0
    subject = text[:m.start()].strip()
    return m.start() if subject and source.startswith(subject) and _COPULA_DE.match(source, len(subject)) else 0


_TITLE = re.compile(r"[\"“„«]([^\"“”„«»\n]{1,80}?)[\"”“»]")


_GLOSSED = re.compile(r"[\"“„«]([^\"“”„«»\n]{1,200}?)[\"”“»]\s*\(")


_CITED_MAX_WORDS = 6  # a quotation this short may be a title or a term cited; a longer one is a speaker's words


@lru_cache(maxsize=256)
def _cited_titles(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quotations that are titles cited (a film, a book: "a sequel under the title “Wieder Ärger im
    Lammertal”"): six words at most and no sentence's end inside, or of any length with the English in
    brackets after it ("his treatise “Über das farbige Licht der Doppelsterne …” (“On the Coloured Light
    …”)"). Their German is kept on purpose; a German sentence left inside quotation marks is not such a title."""
    if not any(c in text for c in "\"“„«"):
        return ()
    short = [m.span(1) for m in _TITLE.finditer(text)
             if len(m.group(1).split()) <= _CITED_MAX_WORDS and not re.search(r"[.!?,;:]\s*$", m.group(1))]
    glossed = [m.span(1) for m in _GLOSSED.finditer(text)]
    if not glossed:
        return tuple(short)
    merged: list[tuple[int, int]] = []  # in text order, overlaps joined: callers bisect the starts
    for a, b in sorted(short + glossed):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return tuple(merged)


_POSSESSIVE = re.compile(en.POSSESSIVE)  # compiled once: _nouns_left reads every English word of every paragraph


_QUOTED_NAME_AFTER = re.compile(r"\s+[\"“„«»‘‚][A-ZÄÖÜ]")
# A German preposition and a capitalised word after the noun, copied with it from the German: the noun heads a
# name of a place's kind („Grundschule am Mühlbach“, „Gymnasium an der Ruhr“, „Gasthof zur Post“), kept whole.
_GERMAN_PLACE_AFTER = re.compile(r" (?:am|an der|an den|im|in der|zum|zur|auf dem|auf der|unter den) [A-ZÄÖÜ][\w-]*")


def _nouns_left(ctx, toks, src_words: set[str], places: list[tuple[int, int]]):
    """German nouns copied from the source that no English text uses: single words left untranslated.

    Only a noun as German writes one: capitalised, after a lower-case word in the German (an
    article, a preposition, an adjective: „die Bundesregierung“), and standing alone in the
    English, not in a run of capitalised words (a name: "Bad Kissingen", "Van der Bellen") nor in
    quotation marks or brackets, where translators cite the German term on purpose.
    """
    only, english = german_only_nouns(), english_words()
    text = ctx.translation
    quoted: list = []  # the short quotations' words, read once per text when a candidate needs them
    hits = []
    # The head of a hyphenated German compound is a German word of the source too: „US-Außenminister“ as "US
    # Außenminister", „Corona-Krankenhaus“ as "coronavirus Krankenhaus".
    src_words = src_words | {w.rsplit("-", 1)[1] for w in src_words if "-" in w.strip("-")}
    for i, (s, e, w) in enumerate(toks):
        if not w[:1].isupper():
            continue  # (before the possessive is read off: most English words are in lower case)
        low = _POSSESSIVE.sub("", w.lower())
        if low not in src_words or low in english:
            continue
        if any(a <= s < b for a, b in places):
            continue  # a word of a place name copied whole: "Edermanning bei Reut"
        if low in de.SCALES and i and toks[i - 1][2][-1:].isdigit():
            continue  # „5,3 Millionen“: the number's scale, which the number checks and corrections read
        if office_title(low.casefold()) and (after := _NAME_AFTER.match(text, e)) and not _quoted(text, s, e) \
                and not _english_spelling(low) and after.group(1).lower() not in german_places():
            # A German office before a name: English writes its own ("Chancellor Angela Merkel" for
            # „Bundeskanzlerin Angela Merkel“), never the German, whatever the word lists say. Before a town it
            # names a business („Handydoktor Mannheim“).
            hits.append((s, e, w))
            continue
        if _lexicon_name(low) \
                and not (low.casefold() in only and _thing_compound(low) and not _rendered_as_itself_by(low)):
            # The lexicon renders it by a look-alike: a place with an English name ("Thüringen"); not a compound of
            # things English reads and no English text writes („Pressekonferenz“ :: press conference).
            continue
        # One of German's most frequent nouns, standing alone in the English (asked once: three tests below read it).
        frequent = low.casefold() in german_frequent_nouns()
        frequent_alone = frequent and _alone(text, s, e, ctx.source) and _lexicon_common(low)
        if low.casefold() not in only and not (_lexicon_noun(low) and _german_neighbour(toks, i, src_words, text)) \
                and not (frequent_alone and low not in _OUTLET_WORDS):
            continue  # a rarer noun counts beside other German ("the Rückscheine zu come"): alone it may be a name
        prev = toks[i - 1][2] if i else ""
        # (A name in quotation marks too, a title the German quotes, whose words are not among ``toks``: "the
        # Gasthof “Adler”".)
        before_name = (i + 1 < len(toks) and toks[i + 1][2][:1].isupper() and text[e:toks[i + 1][0]].strip() == "") \
            or _QUOTED_NAME_AFTER.match(text, e) is not None \
            or ((place := _GERMAN_PLACE_AFTER.match(text, e)) is not None and text[s:place.end()] in ctx.source
                and place.group().rsplit(" ", 1)[1].lower() not in de.WEEKDAYS
                and place.group().rsplit(" ", 1)[1].lower() not in de.MONTHS)  # („am Montag“, „im Mai“: a time)
        # (Read from the text: a word after the name may be left out of ``toks``, kept as a quoted title.)
        if (family := _FAMILY_NAME_AFTER.match(text, e)) and family.group(1)[:1].isupper() \
                and w + family.group() in ctx.source:
            continue  # a given name before „von“ and a family name, copied with them: "Konrad von Rotenstein"
        # (An English adjective made with a hyphen, "Schweinfurt-based", "Berlin-born", begins no name.)
        if (prev and ((prev[:1].isupper() and not _POSSESSIVE.search(prev)
                       and (prev.lower() not in ENGLISH_FUNCTION_WORDS or f"{prev} {w}" in ctx.source)
                       and not _english_demonym(prev, src_words) and not _hyphen_adjective(prev)
                       and not _renders_adjective_before(prev, low, ctx.source)
                       and not _english_opener(text, toks[i - 1][0], prev, english)
                       and not ((frequent or low.casefold() in only) and _reordered(prev, w, ctx.source)))
                      or prev in NAME_PARTICLES)
                and text[toks[i - 1][1]:s].strip() == "") or _after_honorific(text, toks, i) \
                or (before_name and not _title_left(low, toks, i, only, text, src_words)):
            continue  # in a run of capitals: a name, kept whole from the German too („Am Deich“, "the Am Deich …")
        if not quoted:
            quoted.append(_quoted_words(text))
        if _term_in_marks(text, s, e) or low in quoted[0] \
                or not (_after_lower_word(ctx.source, low) or _half_translated(ctx.source, low, prev, src_words)
                        or (frequent_alone and _opens_a_clause(ctx.source, low))) \
                or any(a <= s < b for a, b in _cited_titles(text)):
            continue  # in quotation marks here or elsewhere in the English: a title cited („Jedermann“)
        if _brand_like(w) or _english_parts(low) or _beside_name(ctx.source, low) or _cited(toks, i) \
                or _in_a_list_of_names(ctx.source, low, {t[2] for t in toks}):
            continue
        # (An everyday noun before an English classifier is left untranslated, no name: "any Polizei station";
        # before a number it is one: "Gruppe 47".)
        if low in _surnames(ctx) or low in _team_words(ctx) or low in GERMAN_INSTITUTION_NOUNS or low in GERMAN_DISHES \
                or _dedicated(low) \
                or (_classified(toks, i, text)
                    and (low not in common_words("de_everyday") or toks[i + 1][2].isdigit())) \
                or _place(low) \
                or _FORMER_NAME.match(text, e) \
                or _noble_name(ctx.source, low) or _street(low, toks, i, text) or _town(ctx.source, low, prev) \
                or _glossed(toks, i, low, text, ctx.source):
            continue
        hits.append((s, e, w))
    yield from _flag_words(ctx, hits, "min_german_nouns", "German noun(s) left in the English: {}, which English "
                                                          "texts do not use")


def _english_opener(text: str, at: int, word: str, english) -> bool:
    """An English word capitalised only as it opens the sentence: it begins no name with the word after it ("Numerous
    Zeugen also reported", "Combined Umsatz amounts to"). (A German name's first word copied, „Die Zeit“, has the
    German's own capital before the noun, which the German side tells.)"""
    return sentence_start(text, at) and word.lower() in english


# Particles between a given name and a family name that are no German article („Konrad von Rotenstein“;
# not „Platz der Alten Synagoge“, a square's name, which a decoder may leave half translated).
_FAMILY_PARTICLES = NAME_PARTICLES - {"der", "den", "das", "la", "le", "al", "el"}
_FAMILY_NAME_AFTER = re.compile(r" (?:" + "|".join(sorted(_FAMILY_PARTICLES, key=len, reverse=True))
                                + r") ([^\W\d_][\w-]*)")


# A former name, with the place's name of today after it: "mayor of Hermannstadt, now Sibiu", "Breslau (today
# Wrocław)", "Karlsburg, present-day Alba Iulia". The old German name is the history's, kept on purpose.
_FORMER_NAME = re.compile(r"['’]?s?\s*[,(]\s*(?:now|today|present-day|modern-day|modern|nowadays)\b", re.I)


# Words for the nobility before „von“: „die Grafen von Zollern“, „Herren von Wart“, „Ritter von Venhorst“.
_NOBLE_WORDS = frozenset("herr herren ritter edle edlen freiherr freiherren freifrau".split())


def _team_words(ctx) -> frozenset[str]:
    """Nouns the document names a team or group by, before its town („Eisbären Berlin“, „Füchse Berlin“),
    where an English of the document keeps the two as they are: alone the noun names the team too ("the
    Eisbären were leading 3–1"), in every paragraph of the document."""
    def compute():
        out = set()
        for u in ctx.doc:
            toks = tokens(u.source)
            for (_, e, noun), (s, _, town) in zip(toks, toks[1:]):
                if noun[:1].isupper() and u.source[e:s] == " " and town.lower() in german_places() \
                        and u.translation and f"{noun} {town}" in u.translation:
                    out.add(noun.lower())
        return frozenset(out)
    return ctx.memo("untranslated.team_words", compute)


def _noble_name(source: str, low: str) -> bool:
    """The word names a noble family or its seat after a title and „von“ („die Grafen von Zollern“ / "the
    Counts of Zollern"): a name, whatever a word list says."""
    from .names import rank_title

    toks = tokens(source)
    return any(w.lower() == low and k >= 2 and toks[k - 1][2] == "von"
               and (toks[k - 2][2].lower() in _NOBLE_WORDS or rank_title(toks[k - 2][2].lower()))
               for k, (_, _, w) in enumerate(toks))


def _cited(toks, i: int) -> bool:
    """After a word that names a term ("is called the Gemeinderat", "known as Heimat", "the word Angst"), or before
    "in German" closing a phrase ("Kauen in German,"): the German term is cited on purpose."""
    if [t[2].lower() for t in toks[i + 1:i + 3]] == ["in", "german"] \
            and (i + 3 == len(toks) or toks[i + 3][0] - toks[i + 2][1] > 1 or not toks[i + 3][2][:1].islower()):
        return True  # "Kaunas, Kauen in German, lies …" (not "the Fachkräfte in German hospitals")
    before = [t[2].lower() for t in toks[max(0, i - 3):i]]
    if before and before[-1] == "the":
        before = before[:-1]
    if not before:
        return False
    if before[-1] == "as":
        # "known as Heimat", and "known in German as Gemeine Kuhschelle" (the language named between)
        return len(before) >= 2 and (before[-2] in en.CITING_AS or (before[-2] == "german" and "in" in before))
    return before[-1] in en.CITING_WORDS


_NICKNAME = re.compile(r" [„\"“»‚‘'][^\W\d_]+[“\"”«‘’'] ")


def _surnames(ctx) -> frozenset[str]:
    """The last words of the document's full names („Hermann Velten“, lower case): later the surname
    stands alone („der junge Velten“) and is still the name, even when a word list knows it."""
    from ..lexicon import load
    from .names import german_name_like

    lex = load()

    def given(word: str) -> bool:
        # No word the lexicon translates, nor an inflected adjective of one („Große“, „Alte“); without
        # a lexicon, no word of the common-noun list.
        low = word.lower()
        if low in GERMAN_FUNCTION_WORDS or low in GERMAN_FUNCTION_WORDS_ALSO_ENGLISH:
            return False
        if lex is None:
            return german_name_like(word)
        return not _lexicon_common(low) \
            and not any(low.endswith(x) and _lexicon_common(low[:-len(x)]) for x in ("e", "en", "er", "es", "em"))

    def compute():
        out = set()
        for u in ctx.doc:
            # (A nickname quoted between the names is no part of the pair: „Josef „Jupp“ Hambüchen“.)
            text = _NICKNAME.sub(" ", u.source)
            toks = tokens(text)
            # (The paragraph's English, when it has one, keeps the surname as it is: a noun after a word no list
            # knows is translated there — „Millionen Kinder“ / "millions of children", „Wiener Polizei“ / "Vienna
            # police".)
            # (A possessive's "'s" off, each part of a hyphenated word: "Hermann Kinder's novel", "the Müller-Kinder
            # family".)
            english = {x for t in tokens(u.translation) for x in _POSSESSIVE.sub("", t[2].lower()).split("-")} \
                if u.translation else None
            for (_, e, a), (s, _, b) in zip(toks, toks[1:]):
                # (A town's adjective is no given name: „Schweinfurter Unternehmen“.)
                if a[:1].isupper() and b[:1].isupper() and not a.isupper() and text[e:s] == " " and given(a) \
                        and not town_of_adjective(a) and (english is None or b.lower() in english):
                    out.add(b.lower())
        return frozenset(out)
    return ctx.memo("untranslated.surnames", compute)


def _place(low: str) -> bool:
    """A town of the German-speaking countries, or a word ending like a place or family name („-wald“,
    „-hausen“, „-mann“: the Westerwald), that the lexicon does not list as a word of its own
    („Holzkirchen“, not „Brücken“): a name, kept in English."""
    from ..lexicon import load

    lex = load()
    named = low in german_places() or low.endswith(GERMAN_NAME_HEADS) or low.endswith(GERMAN_REGION_HEADS)
    return named and (lex is None or not lex.translations(low))


def _street(low: str, toks, i: int, text: str) -> bool:
    """A street or square kept by its German name, as addresses are ("on Hauptstraße", "along Ludwigstraße";
    "Hauptstraße will be closed", "lined Hauptstraße"): a compound ending in a street's noun
    (words.GERMAN_STREET_HEADS) with no determiner before it (a decoder's "the Hauptstraße" may be the main
    road, "his Arbeitsplatz" is a noun); or ending in a head that ends common nouns as often, after an English
    preposition of an address ("on Waldweg"; words.GERMAN_STREET_HEADS_ALSO_COMMON)."""
    if i and low.endswith(GERMAN_STREET_HEADS_ALSO_COMMON) and low not in GERMAN_STREET_HEADS_ALSO_COMMON \
            and toks[i - 1][2].lower() in ENGLISH_ADDRESS_PREPOSITIONS:
        return True
    if not low.endswith(GERMAN_STREET_HEADS) or low in GERMAN_STREET_HEADS:
        return False
    return i == 0 or toks[i - 1][2].lower() not in en.DETERMINERS \
        or any(c in text[toks[i - 1][1]:toks[i][0]] for c in ".!?:")


def _town(source: str, low: str, prev: str) -> bool:
    """A town after a preposition of place in both languages („nach Giengen“ / "to Giengen", „aus Mengen“ /
    "from Mengen"), where German has no article before a common noun, or after an adjective of nearness („im
    nahen Wasserburg“ / "in nearby Wasserburg") or of its land („im hessischen Schotten“ / "in Schotten, Hesse"):
    a town of the list of German places, or a word the lexicon does not translate."""
    from ..lexicon import load

    if prev.lower() not in en.PLACE_PREPOSITIONS and prev.lower() not in en.NEARBY_WORDS:
        return False
    toks = tokens(source)

    def placed(k: int) -> bool:
        before = toks[k - 1][2]
        return before in de.PLACE_PREPOSITIONS or before in de.NEARBY_WORDS \
            or (k >= 2 and before.endswith("ischen") and toks[k - 2][2] in de.ARTICLE_PREPOSITIONS) \
            or (k >= 3 and before.endswith("ischen") and toks[k - 2][2] in _DATIVE_ARTICLES
                and toks[k - 3][2] in de.PLACE_PREPOSITIONS)  # „aus dem badischen Bretten“

    if not any(w.lower() == low and k and placed(k) for k, (_, _, w) in enumerate(toks)):
        return False
    lex = load()
    return low in german_places() or lex is None or not lex.translations(low)


def _glossed(toks, i: int, low: str, text: str, source: str = "") -> bool:
    """The German word kept and explained right after it, by words that render it: "the Landfrauen, the rural
    women's association", "the Mittelschule (lower secondary school)". Not where the German goes on with a list of
    nouns after it and the English word after the comma renders the list's next noun („von Feuerwehr, Rettungsdienst
    und Polizei“ / "from the Feuerwehr, ambulance service and police": "service" renders a part of „Feuerwehr“ too,
    but "ambulance" says it is the next noun's)."""
    from ..lexicon import english_stem, load

    lex = load()
    mark = text[toks[i][1]:toks[i + 1][0]].strip() if i + 1 < len(toks) else ""
    if lex is None or mark not in (",", "(", "–", "—", "-"):
        return False
    if mark == ",":
        listed = _next_listed(source, toks[i][2])
        first = next((t[2].lower() for t in toks[i + 1:i + 1 + _GLOSS_WORDS]
                      if t[2].lower() not in ENGLISH_FUNCTION_WORDS), "") if listed else ""
        if first and any(english_stem(first) in lex.senses(nxt) for nxt in listed):
            return False
    renders = lex.senses(low)
    return any(english_stem(t[2].lower()) in renders for t in toks[i + 1:i + 1 + _GLOSS_WORDS])


_GLOSS_WORDS = 6  # English words after the kept German word that may explain it
# Nouns and names after a comma, each of capitalised words only, up to „und“, „oder“ or „sowie“: a list going on; the
# first word of the next noun is caught.
_LIST_AFTER = re.compile(r",\s+([A-ZÄÖÜ][\w-]*)(?:\s+[A-ZÄÖÜ][\w-]*)*(?:,\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)*"
                         r"\s+(?:und|oder|sowie)\s")


def _next_listed(source: str, word: str) -> list[str]:
    """The next noun's first word wherever the German goes on with a list of nouns after ``word`` („Feuerwehr,
    Rettungsdienst und Polizei“: „Rettungsdienst“). (Which of the German's places the English word stands for is not
    asked: the English word after its comma must render that next noun.)"""
    return [m.group(1) for w in re.finditer(rf"\b{re.escape(word)}\b", source)
            if (m := _LIST_AFTER.match(source, w.end()))]


def _english_demonym(word: str, src_words: set[str]) -> bool:
    """An English word of a people or place the German does not write so ("the Turkish Regierung",
    "the Wil-based Unternehmen"): English capitalises it before a common noun; it begins no name."""
    from .exonyms import geo_keys
    from .names import geo_word

    return word.lower() not in src_words and geo_word(word, geo_keys()[0])


def _hyphen_adjective(word: str) -> bool:
    head = word.rsplit("-", 1)[-1]
    return "-" in word and len(head) > 2 and head.islower() and head in english_words()


def _after_honorific(text: str, toks, i: int) -> bool:
    """Word ``i`` follows an English honorific and its stop ("Dr. Lange", "Mrs. Koch"): a name."""
    prev = toks[i - 1][2].lower() if i else ""
    return prev in ENGLISH_ABBREVIATIONS and prev in ENGLISH_TITLE_WORDS \
        and text[toks[i - 1][1]:toks[i][0]].strip() == "."


def _classified(toks, i: int, text: str) -> bool:
    # "the Ammerland district": an English noun after the word says it names a district; a number
    # after it makes it a name ("Gruppe 47", "Apollo 11") — right after it, not across a comma ("Polizei, 12 people").
    return i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]].strip() == "" \
        and (toks[i + 1][2].lower() in ENGLISH_NAME_CLASSIFIERS or toks[i + 1][2].isdigit())


_ADJECTIVE_OF_A_NAME = ("isch", "ische", "ischen", "ischer", "liche", "lichen", "licher")


def _title_left(low: str, toks, i: int, only, text: str, src_words: set[str]) -> bool:
    """A German noun of office kept before a name („Oberbürgermeister Peter Labonte“, „die frühere
    Schauspielerin Theodora, die …“), after a lower-case English word or a people's adjective English
    capitalises ("German Schauspieler Max Hollerbach"): a title left untranslated, not a name's first word."""
    prev = toks[i - 1][2] if i else ""
    if low.endswith(_ADJECTIVE_OF_A_NAME) or low in de.UNITS:
        return False  # an adjective or a number, capitalised as a name's first word: "the Städtische Galerie
        # Rosenheim", "as far as Drei Annen Hohne"
    if low.endswith(GERMAN_INSTITUTION_HEADS):
        return False  # a building or institution before its name, a word of it: "the Gasthof Fraundorfer"
    # (After an age or a number as after a lower-case word: "the 34-year-old Schauspielerin Johanna Brandt". Not after
    # the article that opens a sentence: "The Verbraucherzentrale Niedersachsen" is a name.)
    if not (low.casefold() in only and _lexicon_noun(low) and prev
            and (prev[:1].islower() or prev[:1].isdigit() or _english_demonym(prev, src_words))):
        return False
    if i + 1 < len(toks) and toks[i + 1][2].lower().endswith(GERMAN_INSTITUTION_HEADS):
        return False  # the first word of a name its head ends: "the publisher Aufbau Verlag"
    if i + 1 < len(toks) and _place_or_compass(toks[i + 1][2].lower()):
        return False  # a place or a point of the compass after it, no person: a firm's or an event's name ("Ms Hahn
        #               of Hausverwaltung Nord", "the Sparkassen Münsterland Giro")
    if i + 2 < len(toks) and toks[i + 2][2][:1].isupper() and text[toks[i + 1][1]:toks[i + 2][0]].isspace():
        return True  # a full name follows
    return bool(re.match(r"\s*[,;:)]", text[toks[i + 1][1]:]))  # one name, and its clause ends


_DATIVE_ARTICLES = frozenset({"dem", "der"})
# Points of the compass, and „Mitte“, that end a firm's or an office's name („Hausverwaltung Nord“, „Polizeidirektion
# Süd“).
_COMPASS_WORDS = frozenset(GERMAN_COMPASS_POINTS + ("mitte",))
_REGION_MIN_LETTERS = 7  # a region's name in „-land“ or „-gau“ („Emsland“, „Münsterland“); „Roland“ is a given name


def _place_or_compass(low: str) -> bool:
    """A town of the list, a region or a point of the compass: no given name (unlike ``_place``, which takes words
    ending like a family name, „Hermann“)."""
    return low in _COMPASS_WORDS or low in german_places() \
        or (low.endswith(GERMAN_REGION_HEADS) and len(low) >= _REGION_MIN_LETTERS)


def _dedicated(low: str) -> bool:
    """A church, square or gate named by its dedication („Marienkirche“, „Marienplatz“): its name, which
    English keeps."""
    head = next((h for h in GERMAN_SAINT_PLACE_HEADS if low.endswith(h)), None)
    return head is not None and low[:-len(head)].removesuffix("-") in GERMAN_DEDICATIONS


def _brand_like(word: str) -> bool:
    # A capital inside a word ("FritzBox", "DLan", "eBay") marks a brand or product, kept on purpose.
    letters = [c for c in word if c.isalpha()]
    return any(c.isupper() for c in letters[1:]) and not word.isupper()


def _english_parts(low: str) -> bool:
    """A compound whose parts are all English words ("Packstation": pack + station): an English
    reader understands it, and it is more often a product than a noun left untranslated."""
    from ..lexicon import english_stem, load

    lex = load()
    parts = lex.parts(low) if lex is not None else ()
    english = english_words()
    return len(parts) >= 2 and all(p in english and lex.is_english(english_stem(p)) for p in parts)


def _beside_name(source: str, low: str) -> bool:
    """Joined by „und“ or „oder“ to a name („zwischen Simbach und Pfarrkirchen“): a name too, for
    German coordinates like with like, even when the word list knows the word as a noun."""
    from .names import coordinated, german_name_like

    toks = tokens(source)
    return any(x.lower() == low and (coordinated(toks, i, german_name_like) or _listed(source, toks, i))
               for i, (_, _, x) in enumerate(toks))


def _listed(source: str, toks, i: int) -> bool:
    """In a list of names joined by commas and a last „und“ or „oder“ („aus Pfarrkirchen, Eggenfelden und Bad
    Birnbach“): each a name like the others."""
    from .names import coordinated, german_name_like

    def like(w: str) -> bool:
        low = w.lower()
        return w[:1].isupper() and (german_name_like(w) or low in german_places() or low in GERMAN_PLACE_NAME_OPENERS)

    for step in (1, -1):
        j = i
        while 0 <= j + step < len(toks):
            a, b = sorted((j, j + step))
            if source[toks[a][1]:toks[b][0]].strip() != "," or not like(toks[j + step][2]):
                break
            j += step
            if coordinated(toks, j, like):
                return True
    return False


_LIST_WORDS = frozenset({"und", "oder", "sowie"})


def _in_a_list_of_names(source: str, low: str, copied: set[str]) -> bool:
    """A member of a list of three or more capitalised words the English copies, one of them a name at least
    („in Wohnvierteln wie Ehrenfeld, Nippes und Sülz“: districts, whatever else „Nippes“ means). A German list left
    untranslated („Hunde, Katzen und Mäuse“) has no name among them."""
    from .names import german_name_like

    toks = tokens(source)

    def gap(a: int, b: int) -> str:
        a, b = sorted((a, b))
        return source[toks[a][1]:toks[b][0]].strip()
    for i, (_, _, x) in enumerate(toks):
        if x.lower() != low:
            continue
        members = [x]
        for step in (1, -1):
            j = i
            while 0 <= j + step < len(toks):
                k = j + step
                if toks[k][2].lower() in _LIST_WORDS and gap(j, k) == "" and 0 <= k + step < len(toks) \
                        and gap(k, k + step) == "":
                    k += step  # „… Nippes und Sülz“
                elif gap(j, k) != ",":
                    break
                if not (toks[k][2][:1].isupper() and toks[k][2] in copied):
                    break
                members.append(toks[k][2])
                j = k
        if len(members) >= 3 and any(german_name_like(m) or m.lower() in german_places() for m in members):
            return True
    return False


def place_name_spans(source: str, translation: str) -> list[tuple[int, int]]:
    """English spans of a German place name copied whole, linked words and all: "Edermanning bei
    Reut", "Halle an der Saale" (the same words in a row in the German)."""
    toks = tokens(translation)
    out, flat, source_words = [], None, []
    for i in range(1, len(toks) - 1):
        if toks[i][2].lower() not in GERMAN_PLACE_NAME_LINKS or not toks[i - 1][2][:1].isupper():
            continue
        # A link English writes too ("in", "an") after a German everyday noun is an English preposition after a
        # noun left untranslated ("the Regierung in Suva"), not a place's name („Neustadt in Holstein“).
        first = toks[i - 1][2].lower()
        before = toks[i - 2][2].lower() if i >= 2 else ""
        j = i
        while j + 1 < len(toks) and toks[j + 1][2].lower() in GERMAN_PLACE_NAME_LINKS:
            j += 1
        # (Not when a link is German only: "the Grundschule an der Lohmühle" is a school's name kept.)
        if all(t[2].lower() in ENGLISH_FUNCTION_WORDS for t in toks[i:j + 1]) and first in german_only_nouns() \
                and first not in german_places() and _english_before(before, source, source_words):
            continue  # (after a German word the run is a German name kept: "Museum für Stadtgeschichte in Paderborn")
        # The name ends there: a capitalised word after it makes the linked word a title's
        # neighbour („Lahnstein an Oberbürgermeister Peter Labonte“), not a place name's part.
        if j + 1 < len(toks) and toks[j + 1][2][:1].isupper() \
                and not (j + 2 < len(toks) and toks[j + 2][2][:1].isupper()
                         and translation[toks[j + 1][1]:toks[j + 2][0]].strip() == ""):
            span = (toks[i - 1][0], toks[j + 1][1])
            flat = flat if flat is not None else re.sub(r"\s+", " ", source)  # once, and only if needed
            if re.sub(r"\s+", " ", translation[span[0]:span[1]]) in flat:
                out.append(span)
    return out


def _english_before(before: str, source: str, source_words: list) -> bool:
    """The word before a noun is English's: an English function word German does not write, or an English word the
    German lacks, as good as an article ("the Congolese Regierung in Kinshasa"). ``source_words`` holds the German's
    words once read (an empty list until then)."""
    if before in ENGLISH_FUNCTION_WORDS:
        return before not in GERMAN_FUNCTION_WORDS
    if not before.isalpha():
        return False
    if not source_words:
        source_words.append({t[2].lower() for t in tokens(source)})
    return before not in source_words[0]


def german_name_spans(source: str, translation: str) -> list[tuple[int, int]]:
    """English spans of a German name of an association, venue or work copied whole, with the German words of
    grammar or declined adjectives inside it that English never writes: "Gesellschaft für Freiheitsrechte",
    "Kinderherzen ohne Grenzen", "Graphische Lehr- und Versuchsanstalt", "Bank deutscher Länder" (capitalised words
    joined by such words, the same text in the German) after a determiner or a noun that introduces it ("the",
    "the association"). A German noun left alone in English prose is followed by English words ("the Regierung for
    …"), not by „für“, and a German phrase left by a decoder follows what governs it ("according to Angaben der
    Polizei")."""
    toks = tokens(translation)
    english = english_words()

    def joins(w: str) -> bool:
        # („am“ too, which English writes after "I" only, never inside a name: "the Grundschule am Rosenhügel")
        return (w in GERMAN_FUNCTION_WORDS and w not in ENGLISH_FUNCTION_WORDS) or w == "am" \
            or (w.islower() and len(w) >= 5 and w.endswith(_DECLINED) and w not in english)

    flat: list = []  # the German with its spacing normalised, made once and only when a run needs it

    def copied(a: int, b: int) -> bool:
        if not flat:
            flat.append(re.sub(r"\s+", " ", source))
        return re.sub(r"\s+", " ", translation[a:b]) in flat[0]

    out, i = [], 1
    while i < len(toks) - 1:
        if not (joins(toks[i][2]) and toks[i - 1][2][:1].isupper()):
            i += 1
            continue
        j = i  # the run: Capital (joins+ Capital)+
        while j + 1 < len(toks) and joins(toks[j + 1][2]):
            j += 1
        if not (j + 1 < len(toks) and toks[j + 1][2][:1].isupper()):
            i = j + 1
            continue
        end = j + 1
        while end + 2 < len(toks) and joins(toks[end + 1][2]) and toks[end + 2][2][:1].isupper():
            end += 2
        first = i - 1  # and the name's capitalised words before, copied with it ("Graphische Lehr- und …")
        while first >= 1 and toks[first - 1][2][:1].isupper() and translation[toks[first - 1][1]:toks[first][0]].isspace() \
                and copied(toks[first - 1][0], toks[end][1]):
            first -= 1
        before = toks[first - 1][2] if first >= 1 else ""
        # (Or a German adjective of the name, declined otherwise than the German: "the Graphische Lehr- und …".)
        if (before.lower() in en.DETERMINERS or (before.islower() and before not in ENGLISH_FUNCTION_WORDS)
                or before.lower().endswith(_ADJECTIVE_OF_A_NAME)) and copied(toks[first][0], toks[end][1]):
            out.append((toks[first][0], toks[end][1]))
        i = end + 1
    return out


_DECLINED = ("er", "en", "es", "em", "e")  # endings of a German adjective declined inside a name („Bank deutscher Länder“)


@lru_cache(maxsize=4096)
def _thing_compound(low: str) -> bool:
    """A German compound the lexicon splits, headed by a common noun that names no place, building, institution or
    terrain feature („Pressekonferenz“, „Inflationsrate“): a thing or notion; a compound headed so („Festhalle“,
    „Marktplatz“, „Steilhang“) may be a name English keeps."""
    from ..lexicon import load

    lex = load()
    parts = lex.parts(low) if lex is not None else ()
    if len(parts) < 2 or low in GERMAN_INSTITUTION_NOUNS:
        return False
    heads = GERMAN_NAME_HEADS + GERMAN_REGION_HEADS + GERMAN_STREET_HEADS + GERMAN_INSTITUTION_HEADS \
        + GERMAN_SAINT_PLACE_HEADS + GERMAN_FEATURE_HEADS
    return not low.endswith(heads) and german_common_noun(parts[-1])


def _rendered_as_itself_by(low: str) -> bool:
    """The lexicon gives the word itself among its English renderings („Zugspitze“ :: Zugspitze): a name."""
    from ..lang.words import spelling_key
    from ..lexicon import english_stem, load

    lex = load()
    key = spelling_key(english_stem(low))
    return lex is None or any(spelling_key(t) == key for t in lex.translations(low))


def _lexicon_name(low: str) -> bool:
    """The lexicon renders the word by a look-alike: a name with an English form ("Thüringen" ::
    Thuringia), or a compound English reads ("Festhalle" :: festival hall) — unless it is an everyday
    German word (``de_everyday``), which no English text keeps („Polizei“ :: police, „Regierung“ ::
    government, regimen)."""
    from ..lang.words import spelling_key
    from ..lexicon import load

    lex = load()
    if lex is None or low.casefold() in common_words("de_everyday"):
        return False
    key = spelling_key(low)[:3]
    return any(spelling_key(t)[:3] == key for t in lex.translations(low))


def _german_neighbour(toks, i: int, src_words: set[str], text: str) -> bool:
    # The word before or after is a German function word copied from the source, with nothing but a space
    # between: not the first word of a title cited after it ("the Singspiel “Der verliebte Gärtner”").
    return any(0 <= j < len(toks) and toks[j][2].lower() in GERMAN_FUNCTION_WORDS and toks[j][2].lower() in src_words
               and text[toks[min(i, j)][1]:toks[max(i, j)][0]].isspace() for j in (i - 1, i + 1))


# Outlets named by a common word („Bild“, „Welt“, „Zeit“), which English cites as they are ("told Bild").
_OUTLET_WORDS = frozenset(name.lower() for name in de.OUTLETS if " " not in name)
_NAME_AFTER = re.compile(r" ([A-ZÄÖÜ][^\W\d_]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“”‘(–—]\s*)$")


def _alone(text: str, s: int, e: int, source: str = "") -> bool:
    """A capitalised word standing alone in the English: no capitalised word beside it but a determiner that
    opens the sentence ("The Verein has", not "Deutsche Bahn", "Pro Bahn" nor "Verein Deutscher Ingenieure").
    Read from the text, for the check's tokens leave out words kept for other reasons."""
    before = _WORD_BEFORE.search(text, max(0, s - 60), s)
    # (A name's possessive ends the name: "Thomas Edison’s Unternehmen", "Iván Duque's Regierung".)
    if before and before.group(1)[:1].isupper() and not ((before.group(1).lower() in en.DETERMINERS
                                                          or _plain_english(before.group(1)))
                                                         and _SENTENCE_OPENING.search(text, 0, before.start())) \
            and not _POSSESSIVE.search(before.group(1)) \
            and not (source and _reordered(before.group(1), text[s:e], source)):
        return False
    after = re.match(r"\s+([^\W\d_])", text[e:e + 3])
    return not (after and after.group(1).isupper())


def _reordered(prev: str, word: str, source: str) -> bool:
    """The English put a name of the German before the noun, where the German has it after the noun or as a town's
    adjective („die Koblenzer Polizei“, „das Krankenhaus Heinsberg“ / "Koblenz Polizei", "Heinsberg Krankenhaus"): the
    two make no name the German writes, and the noun is German left."""
    if f"{prev} {word}" in source or f"{prev}-{word}" in source:
        return False  # (a hyphenated name kept with a space, "SWR Bestenliste" for „SWR-Bestenliste“: the same order)
    return any(x == prev or (x.startswith(prev) and x[len(prev):] in ("er", "s")) for _, _, x in tokens(source))


def _plain_english(word: str) -> bool:
    """An English word of everyday text that opens the sentence ("Combined Umsatz", "Many Kinder"): capitalised there
    only, no name's first word."""
    low = word.lower()
    return low in common_words("en") and low in english_words() and low not in german_places()


def _english_spelling(low: str) -> bool:
    """English writes the word so too ("Minister", "Senator", "Professor")."""
    from ..lexicon import english_stem, load

    lex = load()
    return lex is None or lex.is_english(english_stem(low))


def _lexicon_noun(low: str) -> bool:
    """A German word the lexicon translates by words unlike itself, and that English does not use."""
    return _lexicon_common(low) and not _english_spelling(low)


_OPEN, _CLOSE = "\"“‘„«(‚'", "\"”’“»)'"


def _quoted_words(text: str) -> frozenset[str]:
    """Words (lower case) of the short quotations of ``text`` (three words at most: a title cited, not
    a speaker's words)."""
    if not any(c in text for c in "\"“„«"):
        return frozenset()
    out = set()
    for m in re.finditer(r"[\"“„«]([^\"“”„«»\n]{1,60})[\"”“»]", text):
        words = re.findall(r"[^\W\d_]+", m.group(1))
        if len(words) <= 3:
            out.update(w.lower() for w in words)
    return frozenset(out)


def _quoted(text: str, s: int, e: int) -> bool:
    # Directly inside marks or brackets: "(Kinderlähmung)", „Heimat“, "… liebes Glück."
    e += e < len(text) and text[e] in ".,!?"
    return (s > 0 and text[s - 1] in _OPEN) or (e < len(text) and text[e] in _CLOSE)


def _term_in_marks(text: str, s: int, e: int) -> bool:
    """Directly inside brackets, "(Kinderlähmung)", after an opening mark (a term cited, „Heimat“, or a name opening a
    quoted sentence: "“Schwarz wanted …”"), or before the closing mark of a quotation as short as a title cited
    (``_CITED_MAX_WORDS``, punctuation inside the marks or not: “We call that Heimat,” she said). A German word that
    ends a speaker's longer sentence is left as any other ("“… would not stand up in Gericht.”")."""
    e += e < len(text) and text[e] in ".,!?"
    if (s > 0 and text[s - 1] in _OPEN) or (e < len(text) and text[e] == ")"):
        return True
    if e >= len(text) or text[e] not in _CLOSE:
        return False
    # (Not an apostrophe: "don't" opens nothing.)
    opening = max(text.rfind(c, 0, s) for c in _OPEN if c not in "('")
    return len(text[opening + 1:e].split()) <= _CITED_MAX_WORDS


def _after_lower_word(source: str, low: str) -> bool:
    # After an article or a preposition („Die Staatsanwaltschaft“), an adjective („der neuen“) or a
    # number („vor 7.850 Zuschauern“).
    # Or a town's adjective („das Schweinfurter Unternehmen“, „die Münchner Polizei“) or a plural magnitude
    # („Tausende Kinder“): no name begins there.
    toks = tokens(source)
    if any(x.lower().endswith("-" + low) for _, _, x in toks):
        return True  # the head of a hyphenated compound („Corona-Krankenhaus“): a noun, no name's first word
    return any(x.lower() == low and i and (toks[i - 1][2][:1].islower() or toks[i - 1][2][:1].isdigit()
                                           or toks[i - 1][2].lower() in de.MAGNITUDES
                                           or toks[i - 1][2].lower() in GERMAN_FUNCTION_WORDS
                                           or toks[i - 1][2].lower() in GERMAN_FUNCTION_WORDS_ALSO_ENGLISH
                                           or town_of_adjective(toks[i - 1][2])
                                           or _opening_adjective(source, toks[i - 1][0]))
               and source[toks[i - 1][1]:a].strip() == "" for i, (a, b, x) in enumerate(toks))


# Tags (STTS, as the tagger gives them) of words that stand before a noun in its phrase: adjectives, articles,
# determiners, numbers.
_BEFORE_A_NOUN_TAGS = ("ADJ", "ART", "PIAT", "PIDAT", "PDAT", "PPOSAT", "PWAT", "CARD")


def _opening_adjective(source: str, at: int) -> bool:
    """An adjective or a determiner that opens the German sentence, capitalised only there („Zahlreiche Zeugen
    berichteten“, „Mehrere Zeugen“): no name begins with it. (The tagger is asked last: most candidates' German has a
    lower-case word before them.)"""
    return sentence_start(source, at) and tag_at(source, at).startswith(_BEFORE_A_NOUN_TAGS)


_CLAUSE_OPENING = re.compile(r"(?:^|[.;:,!?(„“\"]\s*)$")


def _opens_a_clause(source: str, low: str) -> bool:
    """The German word opens a sentence or a clause after a comma, colon or semicolon („Kinder unter 14 Jahren zahlen
    …“, „Erwachsene zahlen 8 Euro, Kinder …“), where every German noun is capitalised and no name need begin: a frequent
    noun there is the noun."""
    return any(x.lower() == low and _CLAUSE_OPENING.search(source, max(0, a - 3), a) for a, _, x in tokens(source))


def _half_translated(source: str, low: str, prev: str, src_words: set[str]) -> bool:
    """The German name's word before the noun is translated, the noun left: "the German Wetterdienst" for „der
    Deutsche Wetterdienst“ (English writes such a name in German whole, or in English whole). The English word is
    a people's or place's word the German does not write so, and renders the capitalised German word before it."""
    return prev[:1].isupper() and _english_demonym(prev, src_words) and _renders_word_before(prev, low, source, True)


def _renders_adjective_before(english: str, low: str, source: str) -> bool:
    """The capitalised English word renders the lower-case German adjective right before the noun: English
    capitalises adjectives of peoples and faiths that German does not ("the Jewish Flüchtlinge", "the Congolese
    Regierung" for „jüdische Flüchtlinge“, „die kongolesische Regierung“); it begins no name."""
    return _renders_word_before(english, low, source, False)


def _renders_word_before(english: str, low: str, source: str, capitalised: bool) -> bool:
    """``english`` renders, by the lexicon, the German word right before the noun ``low`` in the German, one
    capitalised or in lower case as asked."""
    from ..lexicon import english_stem, load

    lex = load()
    if lex is None:
        return False
    stem = english_stem(english.lower())
    toks = tokens(source)
    case = str.isupper if capitalised else str.islower
    return any(x.lower() == low and i and case(toks[i - 1][2][:1])
               and source[toks[i - 1][1]:a].strip() == "" and stem in lex.translations(toks[i - 1][2].lower())
               for i, (a, b, x) in enumerate(toks))


def _words_left(ctx, toks, src_words: set[str], places: list[tuple[int, int]]):
    """Any other German word copied from the source that the lexicon knows as German and not as
    English: a verb, an adjective, a function word, an interjection ("Achso"), a word in capitals.

    Capitalised words in mid-sentence are left to ``_nouns_left`` and the name check (German
    capitalises nouns and names alike); quoted words are cited on purpose. A quoted word counts, capitalised
    or not, when it opens a phrase the English half translates (``_phrase_half_translated``).
    """
    from ..lexicon import english_stem, load

    lex = load()
    if lex is None:
        return
    english = english_words()
    text = ctx.translation
    hits = []
    for s, e, w in toks:
        low = w.lower()
        if low not in src_words or len(w) < ctx.params["min_word_letters"] or not w.isalpha():
            continue
        if any(a <= s < b for a, b in places):
            continue
        if low in english or low in ENGLISH_FUNCTION_WORDS or low in NAME_PARTICLES or low in CLOTHING_SIZES \
                or low in GERMAN_DISHES or low in GERMAN_TERMS_IN_ENGLISH or low in CURRENCY_NAMES:
            continue  # (a dish or a term English writes in lower case as a loanword: "a currywurst with chips")
        if lex.form_translations(low) is None or lex.is_english(english_stem(low)) \
                or _rendered_as_itself(low, lex.form_translations(low)):
            continue
        # A name or a noun, even at a sentence start ("Michael", "Zack"), is for other checks, and a word in quotation
        # marks is cited on purpose — unless, quoted, it opens a phrase the English half translates. (Not outside
        # quotation marks: „Süddeutsche Zeitung und Spiegel“ / "Süddeutsche newspaper and Spiegel" is a name's word.)
        quoted = _in_quotes(text, s, e)
        if ((w[:1].isupper() and not w.isupper()) or quoted) \
                and not (quoted and _phrase_half_translated(ctx.source, text, e, w, lex)):
            continue
        if w.isupper() and (not lex.form_translations(low) or len(w) <= _ACRONYM_LETTERS):
            continue  # an initialism kept as written ("MRT" trains, "AUA" for Austrian Airlines)
        hits.append((s, e, w))
    yield from _flag_words(ctx, hits, "min_german_other", "German word(s) left in the English: {} (German by the "
                                                          "lexicon, not English)")


_ACRONYM_LETTERS = 4  # a word in capitals this short is an initialism, not a German word shouted („ACHTUNG“)


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _phrase_half_translated(source: str, text: str, end: int, word: str, lex) -> bool:
    """The English copies a German word and, right after it, renders the noun that follows it in the German: a phrase
    half translated („Halber Sieg“ / "Halber Victory"), no name nor title cited as it stands, whose words English
    keeps all („Deutsche Bank“). A capitalised German word must open its sentence or quotation, where German
    capitalises any word; in mid-sentence it is a noun or a name's word (a quoted „Frankfurter Allgemeine Zeitung“ as
    "Frankfurter Allgemeine newspaper")."""
    from ..lexicon import english_stem
    from .names import _initial

    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    rendering = after.group(1)
    for m in re.finditer(rf"(?<!\w){re.escape(word)} ([^\W\d_]+)", source):
        noun = m.group(1)
        if word[:1].isupper() and not _initial(source, m.start()):
            continue
        if noun[:1].isupper() and german_common_noun(noun) and rendering.lower() != noun.lower() \
                and english_stem(rendering.lower()) in lex.translations(noun):
            return True
    return False


def _rendered_as_itself(low: str, renderings) -> bool:
    """The lexicon renders the word by itself, bar its last vowel ("tempi" :: tempo), or by two words that
    make it up ("eurozone" :: euro, zone): a word English borrowed, not German left standing."""
    stems = [t for t in renderings if len(t) >= 3]
    if len(low) >= 4 and low[-1] in "aeiou" and any(len(t) == len(low) and t[:-1] == low[:-1] and t[-1] in "aeiou"
                                                     for t in stems):
        return True
    return any(low.startswith(a) and len(low) > len(a) and low[len(a):].startswith(b) and len(low) - len(a) - len(b) <= 1
               for a in stems for b in stems)


def _in_quotes(text: str, s: int, e: int) -> bool:
    # Inside a quotation or brackets: a title or a term cited on purpose („Guten Tag, liebes Glück“).
    before = text[:s]
    if _quoted(text, s, e) or before.count("(") > before.count(")"):
        return True
    if before.count("“") + before.count("„") + before.count("«") > before.count("”") + before.count("»"):
        return True
    return before.count('"') % 2 == 1


def _flag_words(ctx, hits: list[tuple[int, int, str]], threshold: str, message: str):
    """One flag for German words left in the English, when there are at least ``threshold`` of them:
    spanning the first, with its place in the German, and naming them all."""
    if len(hits) < ctx.params[threshold]:
        return
    s, e, w = hits[0]
    src_at = next((a for a, b, x in tokens(ctx.source) if x.lower() == w.lower()), -1)
    yield ctx.flag(message.format(", ".join(repr(h[2]) for h in hits)),
                   translation_span=(s, e), source_span=(src_at, src_at + len(w)) if src_at >= 0 else None,
                   score=float(len(hits)), threshold=float(ctx.params[threshold]))
