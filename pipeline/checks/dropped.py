"""Dropped names: a full name of the German that the English does not mention at all.

A single capitalised German word may be a noun the word lists lack, and nouns are translated; two
or more name-like words in a row ("Uğur Şahin", "Hakro Merlins Crailsheim") are a name, and a name
is kept or transliterated, never translated away. When none of its words is in the English, by
spelling key or exonym, the name was dropped — usually with its clause (a subject lost:
"… published a photo" without who published it).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lang.words import (ENGLISH_FUNCTION_WORDS, ENGLISH_IRREGULAR_DEMONYMS, ENGLISH_NAME_CLASSIFIERS,
                          ENGLISH_PERSON_TITLES,
                          GERMAN_FUNCTION_WORDS,
                          GERMAN_FUNCTION_WORDS_ALSO_ENGLISH,
                          GERMAN_OFFICE_TITLES, GERMAN_RANK_TITLES, GERMAN_REGNAL_EXONYMS,
                          GERMAN_SUFFIX_ADJECTIVE_ENDINGS, NAME_PARTICLES, UMLAUT_FOLD, german_common_noun,
                          foreign_generic, spelling_key, tokens, town_of_adjective)
from ..lang.pos import tag_at
from ..lexicon import english_stem, german_stem, load
from ..records import Category, Severity
from .exonyms import cldr_territories, english_of
from .name_spelling import (consonants, letter_pairs_shared, romanised, sounds_alike, transliterated,
                            turkic_spelt_out)
from .names import (KeyIndex, _initial, capital_runs, doc_historical, doc_rulers, german_name_like, lost_german_names,
                    noun_opening_before_name, regnal_names, source_senses, unrelated)
from .registry import check


def _name_words(words: list[str], min_letters: int) -> list[str]:
    # A sentence's first word is capitalised anyway: a function word there is no part of the name; nor is a code
    # with digits („Sf3 Sc6“, chess moves; „A4“), which English writes its own way ("Nf3 Nc6").
    return [w for w in words if len(w) >= min_letters and w.lower() not in GERMAN_FUNCTION_WORDS
            and w.lower() not in GERMAN_FUNCTION_WORDS_ALSO_ENGLISH and not any(c.isdigit() for c in w)]


def _noun_headed(word: str, min_head: int = 6) -> bool:
    # A German compound takes its last part's kind: „Biontech-Chef“ is a chief, not a name, and so is a
    # compound the lexicon splits before a long common noun („Omnibusunternehmer“, „Artenschutzübereinkommen“:
    # bus operators, a convention); a short head is a name's as often („Hartmann“).
    head = word.rsplit("-", 1)[-1]
    if "-" in word:
        return len(head) >= 3 and not german_name_like(head)
    from ..lexicon import load

    lex = load()
    parts = lex.parts(word) if lex is not None else ()
    return len(parts) >= 2 and len(parts[-1]) >= min_head and not german_name_like(parts[-1])


# Particles that join the words of one name across lower case: „Tomás de Berlanga“, „Ursula von der Leyen“,
# „Ibn Battuta“ aside (capitalised); „der“, „den“ and „das“ alone are German articles, „zu“ a preposition.
_JOINING = tuple(f" {x} " for x in sorted(NAME_PARTICLES - {"der", "den", "das", "zu"})) + \
    (" von der ", " van der ", " van den ", " von dem ")


def _particle_joined(source: str, runs):
    """The capital runs, two joined into one name where a name particle alone stands between them."""
    out = []
    for run in runs:
        if out and source[out[-1][1]:run[0]] in _JOINING:
            s, _, words = out.pop()
            run = (s, run[1], words + run[2])
        out.append(run)
    return out


def _full_names(ctx, min_words: int, min_letters: int, nouns_too: bool = False):
    """The German full names of the source: (start of the run, its name words, the words among them the word lists
    take for nouns), each name-like. With ``nouns_too`` a word the lists call a noun may be one of a name, for the noun
    list is drawn from word frequencies and holds the commonest given names and surnames („Ole Petersen“, „Jörg“,
    „Klaus Müller“): the caller asks the tagger about those words (``_proper_nouns``) before it uses the name."""
    def like(word: str) -> bool:
        return german_name_like(word) or (nouns_too and _may_be_name(word))

    for s, e, words in _particle_joined(ctx.source, capital_runs(ctx.source, lambda i, toks: True)):
        name = _name_words(words, min_letters)
        if len(name) < min_words:
            continue  # (most runs are one word: none is a full name)
        # The name words that close the run: „Biontech-Chef Uğur Şahin“ names Uğur Şahin; an adjective opening
        # the sentence is no name's („Experimentierfreudige Esser sollten …“).
        while name and (not (like(name[0]) and not _noun_headed(name[0]))
                        or (name[0] == words[0] and _initial(ctx.source, s)
                            and name[0].endswith(GERMAN_SUFFIX_ADJECTIVE_ENDINGS))):
            name = name[1:]
        if len(name) >= min_words and all(like(w) for w in name) and not _noun_headed(name[-1]):
            yield s, name, [w for w in name if not german_name_like(w)]


def _may_be_name(word: str) -> bool:
    """A word the lexicon has no sense for, whole or split (a name, or a noun the lexicon lacks: the tagger tells
    them apart), with no adjective's ending („Israelitische“), no town's adjective („Münchner“), no title („Kaiser
    Wilhelms“)."""
    lex = load()
    return lex is not None and _may_be_name_in(lex, word)


@lru_cache(maxsize=65536)
def _may_be_name_in(lex, word: str) -> bool:
    low = word.lower()
    return not word.isupper() and not low.endswith(GERMAN_SUFFIX_ADJECTIVE_ENDINGS) and not lex.translations(low) \
        and not lex.form_translations(low) and len(lex.parts(low)) < 2 and not town_of_adjective(word) \
        and not _office(word)


def _proper_nouns(source: str, start: int, name: list[str], nouns: list[str]) -> list[str]:
    """The name from its first proper noun on, when every word of it the lists call a noun is one by the tagger
    among its neighbours („Ole Petersen“ of „GEW-Landesvorsitzender Ole Petersen“: a title before a name is a common
    noun to the tagger, whatever the lists say); else []."""
    proper, at = [], start
    for word in name:
        at = source.find(word, at)
        common = (word in nouns or not proper) and tag_at(source, at) != "NE"
        at += len(word)
        if common:
            if proper:
                return []  # a common noun inside the run: no person's name
            continue  # a noun before the name, as a title is
        proper.append(word)
    return proper


class _EnglishNameWords:
    """Which words of a German name the English has, by spelling key, a shared stem, an ending or an exonym."""

    def __init__(self, ctx, min_stem_share: float):
        self.index = KeyIndex((t[2] for t in tokens(ctx.translation)), lower_too=True)
        self.min_stem_share = min_stem_share
        self.text, self.stems = ctx.translation, None
        # A ruler's name in its English form: „Friedrich Wilhelm IV.“ as "Frederick William IV"; in a
        # text of history any such given name („sein Bruder Heinrich“ / "his brother Henry").
        self.rulers = regnal_names(ctx.source) | doc_rulers(ctx)
        if doc_historical(ctx):
            self.rulers |= frozenset(GERMAN_REGNAL_EXONYMS)

    def has(self, word: str) -> bool:
        # Each part of a hyphenated name too: „Elsaß-Lothringen“ is "Alsace-Lorraine" by its parts' exonyms.
        # (And a Turkic name as English spells it out: „İçəri Şəhər“ / "Icheri Sheher".)
        index, share = self.index, self.min_stem_share
        keys = [spelling_key(x) for x in [word, turkic_spelt_out(word)] + (word.split("-") if "-" in word else [])
                if x]
        return any(index.matches(k, share) or any(index.matches(x, share) for x in english_of(k)) for k in keys) \
            or (word.lower() in self.rulers and self.has_english_form(word))

    def renders_all(self, name: list[str]) -> bool:
        """Every word of the name is a word the English renders by the lexicon: a thing named by common words,
        translated („Rosa Trikot“ / "pink jersey")."""
        lex = load()
        if lex is None:
            return False
        if self.stems is None:
            self.stems = {english_stem(t[2].lower()) for t in tokens(self.text)}
        if all(lex.translations(w) & self.stems for w in name):
            return True
        # ... or as a phrase of the lexicon, of all its words, every word of one of whose renderings the English has
        # („Innere Medizin“ / "internal medicine": no word of the list renders „innere“ "internal" alone). As for the
        # words one by one, where the English puts them is not asked.
        whole = frozenset(german_stem(w.lower()) for w in name)
        return any(de == whole and rendering <= self.stems for de, renderings in lex.phrases(name[-1], within=whole)
                   for rendering in renderings)

    def has_english_form(self, word: str) -> bool:
        """The English has the given name's English form („Guillaume“ / "William"), whoever bears it."""
        return any(self.index.matches(spelling_key(f), self.min_stem_share)
                   for f in GERMAN_REGNAL_EXONYMS.get(word.lower(), ()))


@check("name_dropped", category=Category.OMISSION, severity=Severity.WARNING)
def name_dropped(ctx):
    """A full name of the German is missing from the English

    Runs of at least ``min_words`` capitalised German words that are no common nouns (by the word
    list and the lexicon) and none of whose words the English has, by spelling key, a shared stem,
    an ending or an exonym. Every word must be name-like: a run ending in a name but led by a noun
    („Ehefrau Minttu“ / "his wife") is often condensed by human translators, and a capitalised verb
    (a typo: „Frau Springt“) would pass for a surname. The noun list holds the commonest given names
    and surnames too („Jörg“, „Ole“, „Petersen“): a word of it the lexicon has no sense for counts when
    the tagger reads it as a proper noun among its neighbours (asked only of a name the English lost:
    the tagger is slow). A country of the German, one word, counts alone: English names it in some form
    wherever the German does.
    """
    p = ctx.params
    english = en_keys = None
    for s, name, nouns in _full_names(ctx, p["min_words"], p["min_letters"], nouns_too=True):
        if english is None:
            english = _EnglishNameWords(ctx, p["min_stem_share"])
        if any(english.has(w) for w in name) or english.renders_all(name):
            continue
        # A name romanised from another script may reach English from another language of its country („Swetlana
        # Tichanowskaja“ from the Russian, "Sviatlana Tsikhanouskaya" from the Belarusian): a word of it alike in
        # sound to an English name word keeps it.
        # So may a town whose adjective opens the German („Helgoländer Gästetaxe“ / "Heligoland's visitor tax"): the
        # town's thing, translated, under the town's English name.
        alike = name if any(romanised(w) for w in name) else [t for w in name[:1] if (t := town_of_adjective(w))]
        if alike:
            if en_keys is None:
                en_keys = {spelling_key(w) for _, _, w in tokens(ctx.translation) if w[:1].isupper()}
            if any(sounds_alike(spelling_key(w), k, p["min_alike"]) for w in alike for k in en_keys):
                continue
        if nouns and len(name := _proper_nouns(ctx.source, s, name, nouns)) < p["min_words"]:
            continue
        at = ctx.source.find(name[0], s)
        end = ctx.source.find(name[-1], at) + len(name[-1])
        yield ctx.flag(f"the German name {ctx.source[at:end]!r} is missing from the English: none of its words is "
                       f"there",
                       source_span=(at, end), score=float(len(name)), threshold=float(p["min_words"]))
    yield from _place_dropped(ctx, english, p["min_stem_share"])


def _place_dropped(ctx, english: Optional[_EnglishNameWords], min_stem_share: float):
    """A country the German names, one word, that the English names in no form: not by its English name or the
    German's, nor by a word made from it ("Belarusian", "French"). Translators keep such names (one of the tune half's
    21,555 clean article paragraphs loses one, for a historical name: the „Vereinigten Niederlande“ as "the United
    Provinces"; none of its references does); a decoder drops one with its clause or alone ("on The border with
    Poland" for „an Belarus" Grenze mit Polen“)."""
    places, lost = well_known_places(), []
    words = None
    for s, e, w in tokens(ctx.source):
        base = w if w in places else w[:-1] if w.endswith("s") and w[:-1] in places else None
        if base is None or base in lost:
            continue
        if words is None:  # (read only for a country: most paragraphs name none)
            english = english or _EnglishNameWords(ctx, min_stem_share)
            # (Each part of a hyphenated word too: "the Danish-born actor".)
            words = {x for t in tokens(ctx.translation) for x in t[2].lower().split("-")}
        if english.has(base) or not words.isdisjoint(ENGLISH_IRREGULAR_DEMONYMS.get(base, ())) \
                or _made_from(words, places[base]):
            continue
        lost.append(base)
        yield ctx.flag(f"the German names {base!r}, which the English does not mention (not by its name nor by a word "
                       f"made from it)", source_span=(s, e), score=1.0, threshold=1.0)


def _made_from(words: set[str], english: str) -> bool:
    """An English word made from the country's English name by an ending ("Chinese", "Danish", "Belarusian"): it
    begins with the name less at most its last two letters, four letters at least."""
    stem = english.lower()
    stem = stem[:max(4, len(stem) - 2)]
    return any(w.startswith(stem) for w in words)


@lru_cache(maxsize=1)
def well_known_places() -> dict[str, str]:
    """German one-word names of the world's countries (CLDR) and their English names, but for CLDR's groupings (the
    EU, the eurozone, the UN, the world). Not cities: German names a club by its city („Benfica Lissabon“), which
    English leaves out ("Benfica")."""
    return {german: english for code, german, english in cldr_territories()
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "ZZ")
            and german.isalpha() and german[:1].isupper()}


@check("name_word_replaced", category=Category.NAME, severity=Severity.WARNING)
def name_word_replaced(ctx):
    """A word of a German name has another capitalised word in its place in the English

    A full name of the German (as for ``name_dropped``) some of whose words the English has and one
    not: the English word beside a kept one, where the lost word stood in the German, is capitalised,
    yet neither that word in another spelling or transliteration nor a rendering of any German word
    of the text ("Dominic Centre" for „Dominic Thiem“, "Antonín Music Dvořák"). A title or an
    adjective of place before the name is translated ("Administrator Monika Eder", "Kyiv's Maidan").
    Else a German name word the English lost after a capitalised word it keeps letter for letter, whatever the word
    lists call that word („Philipp“, „Champions“), with an unrelated word in its place (``unrelated``).
    """
    found = list(_word_of_full_name_replaced(ctx))
    yield from found or _replaced_beside_kept_word(ctx)


def _word_of_full_name_replaced(ctx):
    p = ctx.params
    english = en_toks = rendered = None
    for s, name, _ in _full_names(ctx, 2, p["min_letters"]):
        if english is None:
            english = _EnglishNameWords(ctx, p["min_stem_share"])
        kept = [english.has(w) or english.has_english_form(w) for w in name]
        if all(kept) or not any(kept):
            continue
        if en_toks is None:
            en_toks = tokens(ctx.translation)
            src_keys = KeyIndex((t[2] for t in tokens(ctx.source)), lower_too=True)
        for j, word in enumerate(name):
            if kept[j] or _office(word) or _noun_headed(word, 4):
                continue
            for o_start, o_end, other in _beside(ctx.translation, en_toks, name, kept, j, p["min_stem_share"]):
                if j == len(name) - 1 and _place_word(ctx.source, s, other):
                    continue
                if j == 0 and foreign_generic(word, other):
                    continue  # a place's generic word in English: "Mount Pelée" for „Montagne Pelée“
                if j == 0 and (other.lower() in ENGLISH_PERSON_TITLES or noun_opening_before_name(
                        ctx.source, ctx.source.find(word, s), ctx.translation, o_start, other)):
                    continue  # a title before the name, translated: "Grand Commander Kuno" for „Großkomtur Kuno“
                key = spelling_key(other)
                if src_keys.matches(key, p["min_stem_share"]) or _spelt_otherwise(other, word, p["min_alike"]) \
                        or any(key in spelling_key(w) for w in name):
                    continue  # the German's word, or a part of a name English writes apart ("Hong Kong")
                if rendered is None:
                    lex = load()
                    rendered = source_senses(lex, ctx.source, nouns_only=False) if lex is not None else frozenset()
                if english_stem(other.lower()) in rendered:
                    continue
                at = ctx.source.find(word, s)
                yield ctx.flag(f"the German name {' '.join(name)!r} has {word!r} where the English has {other!r}: "
                               f"a name's word changed", source_span=(at, at + len(word)),
                               translation_span=(o_start, o_end), score=1.0, threshold=1.0)
                break


def _replaced_beside_kept_word(ctx):
    """A German name the English lost, replaced by an unrelated capitalised word beside the word before it, which the
    English keeps letter for letter: "Philipp Arena" for „Philipp Nawrath“, "Chloe World" for „Chloe Whitmore“. The
    kept word says the English is at the name (the word lists may call it a noun: „Philipp“, „Champions“); a word
    that shares few letter pairs with the lost one, sounds nothing like it and renders none of its parts is no
    spelling of it (an English word is no excuse: a decoder puts "Arena" where a name was). Not: a transliteration
    ("Rouhani" for „Ruhani“), the name split ("Shi" of „Shihuangdi“), a compound of the name translated ("Hotel Sun
    Court" for „Hotel Sonnenhof“)."""
    src, tr = ctx.source, ctx.translation
    lost = lost_german_names(src, tr)
    if not lost:
        return
    src_toks, en_toks = tokens(src), tokens(tr)
    at = {s: i for i, (s, _, _) in enumerate(src_toks)}
    src_keys = {spelling_key(w) for _, _, w in src_toks}
    for start, end, word in lost:
        i = at.get(start)
        if not i:
            continue
        kept_start, kept_end, kept = src_toks[i - 1]
        if src[kept_end:start] != " " or not kept[:1].isupper() or len(kept) < 3:
            continue
        last = i + 1 == len(src_toks) or not src_toks[i + 1][2][:1].isupper()
        for j in range(len(en_toks) - 1):
            if en_toks[j][2] != kept or tr[en_toks[j][1]:en_toks[j + 1][0]] != " ":
                continue
            s, e, other = en_toks[j + 1]
            if spelling_key(other) in src_keys or (last and _place_word(src, kept_start, other)) \
                    or not unrelated(other, word, en_toks, ctx.params["min_alike"], ctx.params["replaced_max_alike"]):
                continue
            yield ctx.flag(f"the German name „{kept} {word}“ has {word!r} where the English has {other!r}, beside the "
                           f"{kept!r} it keeps: a name's word changed", source_span=(start, end),
                           translation_span=(s, e), suggestion=tr[:s] + word + tr[e:], score=1.0, threshold=1.0)
            return


# A German article or a preposition joined with one before a name: a place or a thing is named, not a person.
_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|dem|den|des|im|am|vom|zum|zur|beim)\s+$")


def _place_word(source: str, name_start: int, english: str) -> bool:
    """The English word is what a place or thing is, put where the last word of its German name stood, the name after
    an article: its own language's word for it translated ("Assistens Cemetery" for „dem Assistens Kirkegård“). Not a
    person's name: no article before it („Dominic Thiem“ / "Dominic Arena")."""
    return english.lower() in ENGLISH_NAME_CLASSIFIERS and bool(
        _ARTICLE_BEFORE.search(source, max(0, name_start - 8), name_start))


def _office(word: str) -> bool:
    # A title before a name that the word lists lack: a feminine office („Landrätin“, „Bundesrätin“,
    # „Kriminalhauptkommissarin“), its noun a common noun with the umlaut of the feminine undone.
    # An adjective before a name is no word of it („Obergermanisch-Raetische Limes“, "Upper Germanic-Raetian Limes").
    low = word.lower()
    base = low[:-2] if low.endswith("in") and len(low) > 6 else ""
    return low in GERMAN_RANK_TITLES or low.endswith(GERMAN_OFFICE_TITLES + GERMAN_SUFFIX_ADJECTIVE_ENDINGS) \
        or (base != "" and (base.endswith(GERMAN_OFFICE_TITLES) or german_common_noun(base.translate(UMLAUT_FOLD))))


def _beside(text: str, toks, name: list[str], kept: list[bool], j: int, share: float):
    """The English tokens that stand where name word ``j`` stood: beside an English word that has a kept
    neighbour of it, on the same side, with nothing but a space between."""
    for nb, step in ((j + 1, -1), (j - 1, 1)):
        if not (0 <= nb < len(name)) or not kept[nb]:
            continue
        index_key = spelling_key(name[nb])
        for i, (s, e, w) in enumerate(toks):
            k = i + step
            if not (0 <= k < len(toks)) or not KeyIndex([w]).matches(index_key, share):
                continue
            os_, oe, other = toks[k]
            # (A possessive is a place's adjective rendered: „Kiewer Maidan“ / "Kyiv's Maidan".)
            if text[min(e, oe):max(s, os_)].isspace() and other[:1].isupper() and not other.isupper() \
                    and not other.endswith(("'s", "’s")) and other.lower() not in ENGLISH_FUNCTION_WORDS:
                yield toks[k]


def _spelt_otherwise(english: str, german: str, min_alike: float) -> bool:
    # The name in another spelling or transliteration: alike in sound, or its consonants the same bar an h
    # ("Pyotr" / „Peter“, "Marei" / „Merhi“).
    # A name romanised from another script may begin otherwise too („Timanowskaja“ / "Tsimanouskaya").
    ek, gk = spelling_key(english), spelling_key(german)
    return sounds_alike(gk, ek, min_alike) or transliterated(english, german) \
        or (romanised(german) and letter_pairs_shared(gk, ek) >= min_alike) \
        or consonants(english).replace("h", "") == consonants(german).replace("h", "") or gk.startswith(ek)
