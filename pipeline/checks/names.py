"""Names: the proper names of the English must come from the German, up to transliteration.

German capitalises every noun, so a capitalised German word is no evidence of a name. The
English is easier: a capitalised word in mid-sentence that is no title word ("President",
"University") and matches nothing in the German (same spelling key, a shared stem, an exonym) is
a name the German never mentioned. The German word it replaced is looked for the same way.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from ..lang.words import (ENGLISH_CURRENCY_DEMONYMS, ENGLISH_FUNCTION_WORDS,
                          ENGLISH_GEO_COMBINING, ENGLISH_PERSON_TITLES, ENGLISH_TITLE_WORDS,
                          GERMAN_ADJECTIVE_ENDINGS, GERMAN_DECLENSION_ENDINGS,
                          GERMAN_FEMININE_ENDINGS, GERMAN_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS_ALSO_ENGLISH,
                          GERMAN_KINSHIP_TITLES, GERMAN_NAME_ENDINGS, GERMAN_NAME_TITLES, GERMAN_ONLY_PLACE_NAMES,
                          GERMAN_PEOPLE_ADJECTIVES, GERMAN_PLACE_KINDS, GERMAN_PLACE_NOUN_HEADS, GERMAN_STORM_TITLES,
                          GERMAN_POLITE_PRONOUNS,
                          GERMAN_COMPASS_POINTS, GERMAN_POSITION_PREFIXES,
                          GERMAN_MILITARY_RANKS, GERMAN_OFFICE_TITLES, GERMAN_RANK_TITLES, GERMAN_SAINT_PLACE_HEADS,
                          NAME_PARTICLES, NAME_TITLE_ABBREVIATIONS, UMLAUT_FOLD,
                          OFFICE_TITLE_ENDINGS,
                          RANK_TITLE_ENDINGS,
                          GERMAN_REGNAL_EXONYMS, english_words, english_written,
                          foreign_generic, german_common_noun, german_places, spelling_key, tokens)
from ..lang.de import ARTICLE_PREPOSITIONS, CURRENCIES, DETERMINERS, HISTORY_MARKS, LATIN_RESPELLINGS
from ..lang import de, en
from ..limits import limits
from ..records import Category, Severity
from .exonyms import (GEO_ENDINGS, english_of, english_place_names, english_place_spellings, exonyms, geo_key,
                      geo_keys, or_made_from, place_adjectives, same_city)
from .name_spelling import (GERMAN_ONLY_ROMANISATION_ENDINGS, ROMANISATION_ENDINGS, ROMANISED_MARKS, SLAVIC_MARKS,
                            UMLAUT_DROPPED, UMLAUT_SPELT_OUT,
                            collapsed, edits, el_as_le, fold, french_folded, inflected, latin_form, letter_dropped,
                            letter_pairs_shared, letters_changed, letters_swapped, one_edit_inside, people_plural,
                            resembles, romanised, sounds_alike, transliterated, umlaut_respelt, voiceless_s,
                            vowel_pair_simplified, adjective_cognate, person_cognate)
from .omission import sentences
from .quotes import quotations, quoted_titles_copied
from .registry import check

# The tables of words.py as spelling keys, to compare with keys.
_NAME_ENDINGS = tuple(spelling_key("b" + e)[1:] for e in GERMAN_NAME_ENDINGS)
_ADJECTIVE_ENDINGS = GERMAN_ADJECTIVE_ENDINGS
_EN_ENDINGS = frozenset(GEO_ENDINGS)
_DE_ENDINGS = ("",) + tuple(dict.fromkeys(_NAME_ENDINGS + tuple(spelling_key("b" + e)[1:]
                                                                  for e in GERMAN_ADJECTIVE_ENDINGS)))

# Characters after which a capital letter is expected anyway: it marks no name there.
_OPENERS = ".!?:;\"“”„«»‘'(–—-…"
_CLOSING_QUOTES = "\"”“»«’'"


_ROMAN = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII".split())


@lru_cache(maxsize=1024)
def regnal_names(source: str) -> frozenset[str]:
    """The rulers', popes' and saints' given names of ``source`` (GERMAN_REGNAL_EXONYMS keys): in a row
    after a title of rank („Kaiser Ludwig“), before a regnal number („Friedrich II.“) or an epithet
    („Ludwig der Bayer“), or two of them with no surname after („Maria Theresia hoffte“: anyone else
    would have one)."""
    toks = tokens(source)

    def given(k: int) -> str:
        # The name's table key, a genitive „s“ taken off („Maria Theresias“); "" if none.
        low = toks[k][2].lower()
        return next((w for w in (low, low[:-1] if low.endswith("s") else "") if w in GERMAN_REGNAL_EXONYMS), "")

    def regnal(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k][2][:1].isupper() and bool(given(k))

    out: set[str] = set()
    i = 0
    while i < len(toks):
        if not regnal(i):
            i += 1
            continue
        j = i
        while regnal(j + 1) and source[toks[j][1]:toks[j + 1][0]] == " ":
            j += 1
        prev = toks[i - 1][2].lower() if i else ""
        nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
        after = toks[j + 2][2] if j + 2 < len(toks) else ""
        # Nothing after the run, or a new sentence: no surname follows.
        ends = j + 1 >= len(toks) or any(c in ".!?;:" for c in source[toks[j][1]:toks[j + 1][0]])
        if rank_title(prev) or (nxt in _ROMAN and source[toks[j + 1][1]:toks[j + 1][1] + 1] == ".") \
                or (nxt in ("der", "die", "dem", "den", "des") and after[:1].isupper()) \
                or (j > i and (ends or not nxt[:1].isupper())):
            out.update(given(k) for k in range(i, j + 1))
        i = j + 1
    return frozenset(out)


def office_title(low: str) -> bool:
    """An office German addresses a person by after „Herr“ or „Frau“, a compound of one included:
    „Präsidentin“, „Oberbürgermeister“, „Bundesministerin“, „Staatssekretär“."""
    return any(low.endswith(t + e) for t in GERMAN_OFFICE_TITLES for e in OFFICE_TITLE_ENDINGS)


def military_rank(low: str) -> bool:
    """A military rank, a compound of one included, inflected or not: „Oberstleutnant“, „des Generalmajors“."""
    return any(low.endswith(t + e) for t in GERMAN_MILITARY_RANKS for e in ("",) + RANK_TITLE_ENDINGS)


def rank_title(low: str) -> bool:
    """A title of rank, inflected or not: „Kaiser“, „des Kaisers“, „dem Kurfürsten“, „des Papstes“."""
    return low in GERMAN_RANK_TITLES or any(low.endswith(e) and low[:-len(e)] in GERMAN_RANK_TITLES
                                            for e in RANK_TITLE_ENDINGS)


_HISTORY_MARK = re.compile(HISTORY_MARKS)


def doc_historical(ctx) -> bool:
    """Whether the document names a year before 1800, one before or after Christ, or a century up to the
    18th: history, whose people English names in its own forms ("John Calvin" for „Johannes Calvin“)."""
    from .numbers import YEAR, read_numerals

    def compute():
        return any(_HISTORY_MARK.search(u.source) or any(n.kind == YEAR and min(n.values, default=9999) < 1800
                                                            for n in read_numerals(u.source, "de"))
                   for u in ctx.doc)
    return ctx.memo("names.historical", compute)


def doc_rulers(ctx) -> frozenset[str]:
    """The given names the document names as a ruler's anywhere („Friedrich II.“ in one paragraph,
    „ließ Friedrich …“ in the next): read once per document, for every unit and check that asks."""
    return ctx.memo("names.rulers", lambda: frozenset().union(*(regnal_names(u.source) for u in ctx.doc)))


def regnal_keys(source: str, rulers: frozenset[str] = frozenset()) -> frozenset[str]:
    """Spelling keys of the English forms of the rulers' names in ``source``: those ``regnal_names``
    finds there, and those of ``rulers`` (``doc_rulers``) the source mentions."""
    names = regnal_names(source) | rulers
    if not names:
        return frozenset()  # most texts name no ruler: their words need not be read
    present = {x for _, _, w in tokens(source) for x in (w.lower(), w.lower().rstrip("s"))}
    return frozenset(spelling_key(f) for n in names if n in present for f in GERMAN_REGNAL_EXONYMS[n])


class KeyIndex:
    """Spelling keys of one text, for exact, edit-distance-one and shared-stem look-ups.

    Capitalised words are indexed in full; lower-case ones only as stems of adjectives made from
    names ("russischen"), for a German verb may share a key with a name ("waren", "Warren").
    The edit and stem tables are built on first use: most names match exactly.
    """

    def __init__(self, words, lower_too: bool = False):
        self.keys: set[str] = set()
        self.stems: set[str] = set()
        for w in words:
            # A part of a hyphenated word counts by its own capital ("10.000-Volt-Schaltanlage"); a place
            # adjective after a prefix of position by itself („weströmischen“: "Western Roman").
            # (a word without a hyphen is its own part: no set built for it, as for most words)
            for part in ({w, *w.split("-"), *_unprefixed(w)} if "-" in w else (w, *_unprefixed(w))):
                # ... and a short syllable after a capitalised one, as East Asian names write it, which English
                # may capitalise and write apart („Kim Jong-un“, "Kim Jong Un"; „Moon Jae-in“).
                capital = part[:1].isupper() or lower_too or (w[:1].isupper() and len(part) <= 3 and part != w)
                if not capital and not part.endswith(_ADJECTIVE_ENDINGS) and not part.startswith(GERMAN_PEOPLE_ADJECTIVES):
                    continue
                k = spelling_key(part)
                if len(k) >= 2:
                    (self.keys if capital else self.stems).add(k)
        self._deletes: set[str] | None = None
        self._prefix_min: dict[str, int] | None = None

    def _build(self) -> None:
        self._deletes, self._prefix_min = set(), {}
        cap = limits().name_key_chars  # every deletion and prefix of a key: quadratic in its length
        for k in self.keys | self.stems:
            if len(k) > cap:
                continue  # such a word is matched exactly only
            whole = k in self.keys
            if whole and len(k) >= 4:
                self._deletes.update(k[:i] + k[i + 1:] for i in range(len(k)))
            for n in range(4, len(k) + 1 if whole else len(k)):
                p = k[:n]
                if self._prefix_min.get(p, 99) > len(k):
                    self._prefix_min[p] = len(k)

    def matches(self, key: str, min_stem: float, near: bool = True) -> bool:
        """``near``: also a key one edit away, or any long shared stem; without it a shared stem
        counts only when the rest of each word is an ending of names ("Russian" ~ "russischen")."""
        if key in self.keys:
            return True
        if self._deletes is None:
            self._build()
        if len(key) > limits().name_key_chars:
            return False
        if not near:
            return self._affixed(key)
        if len(key) >= 4:
            if key in self._deletes:
                return True
            if any(key[:i] + key[i + 1:] in self.keys or key[:i] + key[i + 1:] in self._deletes
                   for i in range(len(key))):
                return True
        if len(key) >= 3 and any(key + suf in self.keys for suf in _NAME_ENDINGS):
            return True  # "Bonn" ~ "Bonner", "Kiel" ~ "Kieler", "Merkel" ~ "Merkels"
        if len(key) >= 5 and key.endswith("en") and key[:-2] + "ish" in self._prefix_min:
            return True  # a place's adjective drops its „-en“: "Baden" ~ „badische“, "Hessen" ~ „hessisch“
        for n in range(len(key), 3, -1):  # a shared stem: "Russian" ~ "russischen", "Athens" ~ "Athen"
            m = self._prefix_min.get(key[:n])
            if m is not None and n >= math.ceil(min_stem * min(len(key), m)):
                return True
        return False

    def _affixed(self, key: str) -> bool:
        # An English word and a German one that differ only by their endings: a misspelt name
        # ("Merkl" for "Merkel") differs inside the word and matches nothing here.
        for n in range(len(key), 2, -1):
            stem, rest = key[:n], key[n:]
            if rest and rest not in _EN_ENDINGS:
                continue
            if any(stem + e in self.keys or stem + e in self.stems for e in _DE_ENDINGS):
                return True
        return False


# Nouns of the loan class: agent nouns in „-ist“ after a consonant („Mediävist“, „Pianist“; not „Feist“, „Geist“), and
# Latin nouns in „-ial“ („Offizial“, „Material“), which English writes in „-ial“ too.
_LOAN_NOUN = re.compile(r"(?:[^aeiouäöüy]ist|ial)(?:en|in|innen|e|s)?$")
_PLACE_ADJECTIVE_TAILS = ("sch", "sche", "schen", "scher", "sches", "schem")


@lru_cache(maxsize=65536)
def _unprefixed(word: str) -> tuple[str, ...]:
    # „weströmischen“ -> „römischen“, „Ostchinesische“ -> „chinesische“: place adjectives only, not nouns
    # that begin like a prefix („Unternehmen“).
    low = word.lower()
    return tuple(low[len(p):] for p in GERMAN_POSITION_PREFIXES
                 if low.startswith(p) and len(low) - len(p) >= 5 and low.endswith(_PLACE_ADJECTIVE_TAILS))[:1]


_WORD_END = re.compile(r"\w+$")


def _initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    # After a quotation closed by a comma the sentence goes on: '"...," Glasner said'.
    j = i
    while j >= 0 and text[j] in _CLOSING_QUOTES:
        j -= 1
    if j < i and j >= 0 and text[j] == ",":
        return False
    if i > 0 and text[i] == "." and (title := _WORD_END.search(text, max(0, i - 6), i)) \
            and title.group().lower() in NAME_TITLE_ABBREVIATIONS:
        return False  # a title's period: „Dr. Julia Brandt“
    return i < 0 or text[i] in _OPENERS


def noun_opening_before_name(source: str, german_at: int, translation: str, english_at: int, english: str) -> bool:
    """The English word before a name opens its sentence, capitalised by its place alone, and the German word at
    ``german_at`` before the same name follows an article (a name takes none): a noun both, its article dropped in
    English ("Setter Monika Stucki was voted …" for „Die Passeuse Monika Stucki wurde …“), no word of the name. The
    lexicon must know the English word as English: a name opening a sentence is no noun."""
    from ..lexicon import english_stem, load

    if _word_before(source, german_at).lower().lstrip("„“\"'‚‘«»([") not in DETERMINERS \
            or not _initial(translation, english_at):
        return False
    lex = load()
    return lex is not None and lex.is_english(english_stem(english.lower()))


def _word_before(text: str, at: int) -> str:
    """The word (to the space before it) that precedes ``text[at:]``; "" at the start."""
    before = text[:at].rstrip().rsplit(None, 1)
    return before[-1] if before else ""


def _doctrine_of(word: str, german_words: list[str]) -> bool:
    """An English word in „-ism(s)“ whose stem, four letters at least, ends a German word's stem before „-ismus“ or
    „-ismen“ („Kantian“ in „Neukantianismus“), by spelling key, the German's „z“ there the English „c“
    („Neoklassizismus“, "Neoclassicism")."""
    low = word.lower().rsplit("-", 1)[-1]
    stem = low[:-4] if low.endswith("isms") else low[:-3] if low.endswith("ism") else ""
    if len(stem) < 4:
        return False
    key = spelling_key(stem)
    return any(g.endswith(("ismus", "ismen")) and (g[:-5].endswith(stem) or spelling_key(
        g[:-6] + "c" if g[:-5].endswith("z") else g[:-5]).endswith(key)) for g in german_words)


_TITLE_MAX_WORDS = 8  # a quotation this short in title case is a title, not speech


def _headline(words: list[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha()]
    caps = sum(w[:1].isupper() for w in letters)
    return len(letters) >= 3 and caps / len(letters) >= 0.7


def _joined(text: str, end: int, start: int) -> bool:
    # Words of one name are separated by spaces only, or by " & " ("Brighton & Hove Albion").
    gap = text[end:start]
    return gap.isspace() or gap.strip() == "&"


def capital_runs(text: str, keep) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words for which ``keep(index, tokens)`` holds: (start, end, words)."""
    toks = tokens(text)
    runs: list[tuple[int, int, list[str]]] = []
    cur: list[int] = []
    for i, (s, e, w) in enumerate(toks):
        if cur and not (_joined(text, toks[cur[-1]][1], s) and not _initial(text, s)):
            runs.append((toks[cur[0]][0], toks[cur[-1]][1], [toks[k][2] for k in cur]))
            cur = []
        if w[:1].isupper() and not w.isupper() and keep(i, toks):
            cur.append(i)
        elif cur:
            runs.append((toks[cur[0]][0], toks[cur[-1]][1], [toks[k][2] for k in cur]))
            cur = []
    if cur:
        runs.append((toks[cur[0]][0], toks[cur[-1]][1], [toks[k][2] for k in cur]))
    return runs


def english_names(text: str, names: frozenset[str] = frozenset()) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised English words that may be names: (start, end, words).

    A capital after sentence punctuation or an opening quote says nothing, unless the next word
    is capitalised too ("Angela Merkel said"); title words, headlines in title case and short quoted titles in title
    case ("“The Little Postilion”") are skipped, and so are common words, but for ``names`` (lower case): words the
    word list holds that the document's German writes as names ("Murphy", "Okafor").
    """
    toks = tokens(text)
    skip: set[int] = set()
    k = 0
    for a, b in sentences(text):
        idx = []
        while k < len(toks) and toks[k][0] < b:
            idx.append(k)
            k += 1
        if _headline([toks[i][2] for i in idx]):
            skip.update(idx)
    # A quoted title in title case, a work's name translated ("“The Little Postilion”", "“But Clever He Ain't”"):
    # its words are capitalised as a title's, names or not. Not a German title kept („Die Frauen vom Jungfernstieg“),
    # whose capitals are the German's.
    for a, b in quotations(text, "en"):
        idx = [i for i, t in enumerate(toks) if a < t[0] < b]
        words = [toks[i][2] for i in idx]
        german = any(w.lower() in GERMAN_FUNCTION_WORDS and w.lower() not in ENGLISH_FUNCTION_WORDS for w in words)
        if len(idx) <= _TITLE_MAX_WORDS and _headline(words) and not german:
            skip.update(idx)

    def common_beside(i, toks):
        # A capitalised common word joined to it, no person's title: a title in title case ("The Best FIFA Football
        # Awards"), not "Senator Murphy".
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and toks[j][2][:1].isupper() and common_word(toks[j][2]) \
                    and toks[j][2].lower() not in ENGLISH_PERSON_TITLES:
                first, second = sorted((toks[i], toks[j]))
                if _joined(text, first[1], second[0]):
                    return True
        return False

    def keep(i, toks):
        if i in skip or (common_word(toks[i][2]) and (_POSSESSIVE.sub("", toks[i][2]).lower() not in names
                                                      or common_beside(i, toks))):
            return False
        if not _initial(text, toks[i][0]):
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return bool(nxt) and nxt[2][:1].isupper() and not nxt[2].isupper() and not common_word(nxt[2]) \
            and _joined(text, toks[i][1], nxt[0])

    return capital_runs(text, keep)


def common_word(word: str) -> bool:
    """An English word that is no name even when capitalised: a title word, a common English word,
    or a German function word (German titles kept in the English: "Das aktuelle Sportstudio")."""
    low = word.lower().replace("’", "'")
    if "'" in low:  # "Germany's", "I'm", "Sotheby's": the word before the apostrophe
        low = low.split("'")[0]
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper() and word[:-1].isalpha():
        return True  # an initialism's plural, a thing counted: "TVs", "SUVs", "ATMs" (a name has no plural)
    if low in ENGLISH_TITLE_WORDS:
        return True  # written with its hyphen: "Wi-Fi"
    if low in GERMAN_FUNCTION_WORDS:
        return True
    common = english_words()
    parts = [part for part in low.split("-") if part]
    if len(parts) > 1:
        parts = [part for part in parts if len(part) > 1]  # a letter before a noun: "F-roads", "U-turn"
    # A unit named after a person ("degrees Celsius", "Fahrenheit") measures: no name of the text.
    return all(part in ENGLISH_TITLE_WORDS or part in ENGLISH_FUNCTION_WORDS or part in common or part in _MEASURE_WORDS
               for part in parts)


_MEASURE_WORDS = frozenset(w for unit in en.MEASURES for w in unit.split())


@check("name_mismatch", category=Category.NAME, severity=Severity.WARNING)
def name_mismatch(ctx):
    """A proper name in the English that replaced a name of the German

    Two sides of evidence. The English: a capitalised word in mid-sentence that is no common
    word and matches nothing in the German paragraph, compared by spelling key (Peskow ~ Peskov,
    Selenskyj ~ Zelensky), by endings (Russland ~ Russia's, Bonner ~ Bonn) and through exonym
    tables (München ~ Munich). The German: a name the English lost, a capitalised word that is
    no German common noun (by a word list, compounds split) and has no counterpart in the
    English, at about the same place. Both together make an error, even when the English name
    occurs elsewhere in the article (the wrong person of the story); an English name alone is
    informational, for translators add first names, places and titles for clarity ("Lindsay
    Lohan" for "Lohan"), and so is a spelling variant one edit from a German name — unless the edit
    is a slip no spelling tradition makes (two letters swapped, one dropped inside the word or before a
    last consonant, one doubled), or the English name keeps the rest of a German name and replaces one
    word of it ("Tim Portugal" for „Tim Kessler“) or one part of it hyphenated ("Baden-Bremen").
    """
    yield from _exonym_not_used(ctx)
    yield from _romanisation_kept(ctx)
    translated = list(_translated_names(ctx)) or list(_place_translated(ctx)) or list(_changed_in_headline(ctx))
    if translated:
        yield from translated
        return
    found = list(_unknown_english_names(ctx))
    if any(f.severity is not Severity.INFO for f in found):
        yield from found
        return
    replaced = list(_hyphen_part_changed(ctx))
    if any(f.severity is not Severity.INFO for f in replaced):
        yield from replaced
        return
    # A name rendered as a look-alike word; else a word of a full name changed beside a word the English
    # kept letter for letter (a spelling key takes "Patrick" for „Patrik“ and "Origins" is a common
    # word, so the paths above pass them), information only: it did not hold on the validate half.
    yield from list(_lookalike_word(ctx)) or list(_letter_doubled(ctx)) or list(_altered_in_run(ctx)) or replaced \
        or found


# German verbs formed on loan stems end in „-ieren“ (parkieren, telefonieren), and so does their
# infinitive used as a noun („das Parkieren“, „beim Telefonieren“).
_VERB_NOUN_ENDINGS = ("ieren", "ierens")


# German endings that derive a word from a name or noun (a town's adjective, a person of a place or thing):
# „Jenaer“, „Aquarianer“, „Kölner“.
_DERIVING_ENDINGS = ("ianer", "aner", "ener", "er")


def _lookalike_word(ctx):
    """A German name the lexicon does not know, replaced by an English word that looks or sounds like
    it: "colleague" for the rapper „Kollegah“, "Jamaica" for the athlete „Jamanka“. The decoder
    reached for a known word; a translator keeps a name. Long words are left alone (a compound the
    lexicon lacks, "programming" for „Programmiermodi“), and so are words sharing a beginning (a
    compound's part, "stretch" for „Stretch-Panel“) or differing much in length."""
    from ..align import head_only
    from ..lexicon import english_stem, load

    lex = load()
    if lex is None:
        return
    p = ctx.params
    src, tr = ctx.source, ctx.translation
    src_lower = {w.lower() for _, _, w in tokens(src)}
    en_toks = tokens(tr)
    en_keys = {spelling_key(w) for _, _, w in en_toks}
    toks = tokens(src)
    for i, (s, e, w) in enumerate(toks):
        # The tests of the word's own letters first: most words fail them, and the tests of its
        # neighbours and of the lexicon below cost look-ups.
        if not w[:1].isupper() or w.isupper() or "-" in w \
                or not p["lookalike_min_letters"] <= len(w) <= p["lookalike_max_letters"]:
            continue
        low, kw = w.lower(), spelling_key(w)
        keys = {kw, kw[:-1] if low.endswith("s") else kw}  # and without a genitive „s“ („Nubiens“)
        if i and toks[i - 1][2].lower() in DETERMINERS and not (i + 1 < len(toks) and toks[i + 1][2][:1].isupper()):
            continue  # „die Sinfonik revolutioniert“: a noun heading its phrase, however rare, not a name
            #           („einer Elaskin Verstärkung“: a name before the noun it qualifies)
        if coordinated(toks, i, lambda x: not german_name_like(x)):
            continue  # „Maler und Freskant“: German joins like with like, so a noun beside a noun
        if low.endswith(_ADJECTIVE_ENDINGS) or (i and toks[i - 1][2][-1:].isdigit()):
            continue  # an adjective of a name („der Zweite Punische Krieg“, "Punic"); a noun counted („370 Leguas“)
        if low.endswith(_VERB_NOUN_ENDINGS) or _LOAN_NOUN.search(low):
            continue  # a verb of the loan class in „-ieren“ made a noun („Parkieren“, Swiss for parking), or an
            #           other noun of the loan class („Mediävist“, "medievalist"; „Offizial“, "official"): no name
        if keys & en_keys or not german_name_like(w) \
                or lex.translations(w) or lex.parts(w) \
                or any(lex.translations(v) for v in _respellings(low)) \
                or any(low.endswith(f) and lex.translations(low[:-len(f)]) for f in GERMAN_FEMININE_ENDINGS) \
                or head_only(lex, low) or _two_words(lex, low) or _english_compound(low, tr):
            continue
        if any(or_made_from(e, en_keys) for k in keys for e in english_of(k)) \
                or {spelling_key(f) for f in GERMAN_REGNAL_EXONYMS.get(low, ())} & en_keys:
            continue  # the English names it in its English form elsewhere („Friedrich“ … "Frederick")
        if len(kw) >= 6 and any(k.startswith(kw[:len(kw) - 2]) for k in en_keys):
            continue  # the English has the word with another ending: „Galeassen“, "galleasses"
        if any(len(stem) >= 4 and any(k.startswith(stem) for k in en_keys)
               for stem in (spelling_key(low[:-len(x)]) for x in _DERIVING_ENDINGS if low.endswith(x))):
            continue  # a word derived from one the English has: a town's adjective („Jenaer“, "Jena"), a person
            #           of a thing („Aquarianer“, "aquarium keepers")
        # The English word ends in a rendering of the German word's tail: a compound translated
        # („Cyberraum“ as "cyberspace"), not a name.
        heads = {t for k in range(2, len(low) - 2) for t in lex.translations(low[k:]) if len(t) >= 3}
        tails = {t for t in heads if len(t) >= 4}
        for i, (a, b, other) in enumerate(en_toks):
            ke = spelling_key(other)
            if any(english_stem(other.lower()).endswith(t) for t in tails) \
                    or transliterated(other, w) or vowel_pair_simplified(other, w) or el_as_le(other, w):
                continue  # ... or the same classical or Russian name in its English spelling („Ptolemaios“, "Ptolemy"),
                #           or a romanisation's two vowels written as one („Hangeul“, "Hangul")
            if i + 1 < len(en_toks) and english_stem(en_toks[i + 1][2].lower()) in heads:
                continue  # the compound in two English words, its head after: "mint tea" for „Minztee“
            if abs(a / max(len(tr), 1) - s / max(len(src), 1)) > p["lookalike_max_shift"]:
                continue  # far from the name's place: some other word of the text ("allusion" … „Alessio“)
            if _in_title(src, s, "de") and _in_title(tr, a, "en"):
                continue  # a title quoted in both, translated as titles are („Der Marsianer“, "The Martian")
            if "-" in other or other.lower() in src_lower or abs(len(other) - len(w)) > p["lookalike_max_length_gap"] \
                    or other.lower() in ENGLISH_FUNCTION_WORDS \
                    or ke.startswith(kw[:max(3, len(kw) - 2)]) or kw.startswith(ke) \
                    or (other[:1].isupper() and not common_word(other)) \
                    or (other[:1].isupper() and _in_capital_run(tr, en_toks, i)):
                continue  # a name: the main path's; a word of a name English translates ("National University")
            limit = max(1, max(len(ke), len(kw)) // p["lookalike_letters_per_edit"])
            if (ke[:1] == kw[:1] and edits(ke, kw, limit) <= limit) or sounds_alike(ke, kw, p["lookalike_min_alike"]):
                yield ctx.flag(f"the German name {w!r} is rendered as the English word {other!r}, which only looks "
                               f"like it (a name keeps its form)", source_span=(s, e), translation_span=(a, b),
                               suggestion=tr[:a] + w + tr[b:], score=1.0, threshold=1.0)
                return


@lru_cache(maxsize=1)
def _country_and_city_keys() -> frozenset[str]:
    """Spelling keys of the English names of countries and of the places the exonym table lists (no language's
    name: "German" is one)."""
    from babel import Locale

    names = list(Locale("en").territories.values()) + [e for es in english_place_names().values() for e in es]
    return frozenset(spelling_key(n) for n in names if " " not in n)


def _country_or_city(word: str) -> bool:
    return spelling_key(_POSSESSIVE.sub("", word)) in _country_and_city_keys()


def _name_lost_at(ctx, lost_names, start: int, max_shift: float) -> bool:
    """A German name the English lacks stands at about the place of the English word at ``start``: one word of four
    letters or more, no abbreviation („Mio.“), no people's word („Steirer“), no compound nor word the lexicon or
    English knows („Kursk“, „Christchurch“, „Köpenick“; not „UN-Klimasekretariats“, „Shooting“) but a town that is no
    common word (``_town``: „Mainz“, which the lexicon lists as itself)."""
    from ..lexicon import load

    lex = load()
    at = start / max(len(ctx.translation), 1)
    english = english_words()

    def lost_here(s: int, e: int, word: str) -> bool:
        low = word.lower()
        return abs(s / max(len(ctx.source), 1) - at) <= max_shift and "-" not in word and len(word) >= 4 \
            and ctx.source[e:e + 1] != "." and not low.endswith(("er", "ern", "erin", "ers")) \
            and low not in english and len(lex.parts(low)) < 2 and (not lex.translations(low) or _town(low))
    return lex is not None and any(lost_here(*x) for x in lost_names)


def _saints_day(english: str, german_words) -> bool:
    # „Johannistag“, „Martinstag“, „Nikolaustag“: a given name in the genitive and „-tag“.
    name = _POSSESSIVE.sub("", english).lower()
    return any(name == n or name in GERMAN_REGNAL_EXONYMS.get(n, ())
               for g in german_words if g.lower().endswith("tag") for n in _genitive_bases(g.lower()[:-3]) if n)


def _english_compound(low: str, translation: str) -> bool:
    # Two English words German writes as one, the English has apart („Streetfood“ / "street food").
    english = english_words()
    return any(low[:k] in english and low[k:] in english
               and re.search(rf"\b{re.escape(low[:k])}[\s-]+{re.escape(low[k:])}\b", translation, re.I)
               for k in range(4, len(low) - 3))


def _in_title(text: str, at: int, lang: str) -> bool:
    """The word at ``at`` stands in a quotation of at most six words: a title cited."""
    return any(a < at < b and len(text[a + 1:b - 1].split()) <= 6 for a, b in quotations(text, lang))


def _two_words(lex, low: str) -> bool:
    """A compound of two words the lexicon knows, each of three letters or more, that its splitter missed:
    „Skitag“ (ski, day), „Titanerzes“ (titanium, ore)."""
    return any(lex.translations(low[:k]) and lex.translations(low[k:]) for k in range(3, len(low) - 2))


def _in_capital_run(text: str, toks, i: int) -> bool:
    """Whether English word ``i`` stands beside another capitalised word, joined by a space: inside a name."""
    return any(0 <= j < len(toks) and toks[j][2][:1].isupper() and text[toks[min(i, j)][1]:toks[max(i, j)][0]] == " "
               and toks[j][2].lower() not in ENGLISH_FUNCTION_WORDS for j in (i - 1, i + 1))


_AND = frozenset({"und", "oder", "sowie", "bzw"})


def coordinated(toks, i: int, like) -> bool:
    """Whether word ``i`` is joined by „und“, „oder“, „sowie“ or „bzw“ to a capitalised word for which ``like``
    holds: German coordinates like with like („Maler und Freskant“, „zwischen Simbach und Pfarrkirchen“), and
    so does a range („von Schuld bis Sinzig“)."""
    def low(k: int) -> str:
        return toks[k][2].lower() if 0 <= k < len(toks) else ""

    pairs = [(j, k) for j, k in ((i - 2, i - 1), (i + 2, i + 1)) if low(k) in _AND]
    if low(i - 1) == "von" and low(i + 1) == "bis":
        pairs.append((i + 2, i + 1))
    elif low(i - 1) == "bis" and low(i - 3) == "von":
        pairs.append((i - 2, i - 1))
    return any(0 <= j < len(toks) and toks[j][2][:1].isupper() and like(toks[j][2]) for j, _ in pairs)


def _respellings(low: str) -> list[str]:
    """The word in the Latin spellings the word list may hold instead: „kalzium“ -> "calcium"."""
    out = [low]
    for a, b in LATIN_RESPELLINGS:
        if a in low:
            out += [v.replace(a, b) for v in out]
    return out[1:]


# Words of direction German compounds a region's name with („Zentraljava“, „Nordjemen“, „Ostkap“), as spelling keys.
_DIRECTION_KEYS = frozenset(spelling_key(w) for w in GERMAN_COMPASS_POINTS + ("zentral", "mittel", "ober", "unter"))


# A German adjective's endings after its English form: „alpin-e“, „alpin-en“, „alpin-er“ for "Alpine".
_ADJECTIVE_INFLECTIONS = ("n", "r", "s", "m")


def _unknown_english_names(ctx):
    p = ctx.params
    stem = p["min_stem_share"]
    candidates = english_names(ctx.translation, _doc_common_names(ctx))
    if not candidates:
        return
    src_words = [t[2] for t in tokens(ctx.source)]
    src = KeyIndex(src_words)
    ex = exonyms()
    geo_en, geo_de = geo_keys()
    # English forms the German licenses: rulers' names, and "Swiss" before "francs" for „Franken“.
    english_forms = set(regnal_keys(ctx.source, doc_rulers(ctx)))
    src_low = [w.lower() for w in src_words]
    src_caps = [w for w in src_words if w[:1].isupper()]
    src_lower = {w for w in src_words if w.islower()}
    short: list = []  # keys of short names opening a German compound, looked up once, when needed
    given_forms = {spelling_key(f) for w in src_low for n in (w, w[:-1] if w.endswith("s") else w)
                   for f in GERMAN_REGNAL_EXONYMS.get(n, ())}
    english_forms |= _saints_of_places(src_low)
    # A Swiss canton by its code after a town („Altdorf UR“): its names ("Altdorf, Uri"). (A town the list knows: „AG“
    # closes a firm's name too, „die Siemens AG“.)
    english_forms |= {spelling_key(n) for a, b in zip(src_low, src_words[1:])
                      if b in de.SWISS_CANTON_CODES and a in german_places() for n in de.SWISS_CANTON_CODES[b]}
    # (``startswith`` with the tuple of currency words: one call a German word, not one a currency word.)
    english_forms |= {spelling_key(d) for d, cur in ENGLISH_CURRENCY_DEMONYMS.items()
                      if any(w.startswith(cur) for w in src_low)}

    def in_source(k, near):
        if src.matches(k, stem, near) or k in english_forms or not place_adjectives(k).isdisjoint(src.keys):
            return True
        if len(k) > 4 and k.endswith("ah") and src.matches(k[:-1], stem, near):
            return True  # an Arabic name's final "-ah", German „-a“: "Hodeidah" / „Hodeida“, "Nasiriyah" / „Nasirija“
        if latin_form(k, src.keys):
            return True  # a Greek or Latin name in its English (Latin) form: "Anthemius" for „Anthemios“
        if len(k) < 5:
            if not short:
                # ... less its final -e, as German compounds drop it: "Elbe" in „Elbdeichen“, "Saale" in „Saaletal“.
                short.append({key for w in src_caps for n in (2, 3, 4) if len(w) > n + 3 and _lexicon_common(w[n:].lower())
                              for key in (spelling_key(w[:n]), spelling_key(w[:n]) + "e")})
            if k in short[0]:
                return True  # a short name opening a German compound: "Po" in „Poebene“ ("Po Valley")
        if len(k) >= 5 and any(k in sk for sk in src.keys):
            return True  # inside a German compound: "Lower Allgäu" ~ "Unterallgäu"
        if len(k) == 4 and any(sk.endswith(k) and sk[:-4] in _DIRECTION_KEYS for sk in src.keys):
            return True  # ... a short one after a word of direction: "Central Java" ~ „Zentraljava“
        # An exonym, or a word made from one: "Austrian" ~ Austria, "Roman" ~ Rome ~ "römischen".
        stems = [k] + [st for suf in GEO_ENDINGS if k.endswith(suf) and len(k) > len(suf) + 2
                       for st in (k[:-len(suf)], k[:-len(suf)] + "e")]
        # ... or its people in "-er(s)" ("Praguers", key "pragurs", ~ Prague, key "pragu"), looked up among exonyms
        # only (as a demonym ending it would take "Walters" for a people of "Walt"), and no common word's ("Islanders":
        # "island" is a word of exonyms of several words).
        stems += [st for suf in ("ers", "er", "rs", "r") if k.endswith(suf) and len(k) > len(suf) + 3
                  for st in (k[:-len(suf)], k[:-len(suf)] + "e") if not common_word(st)]
        if k.endswith("ies") and len(k) > 6:
            stems.append(k[:-3] + "i")  # a plural (keys write y as i): "the Two Sicilies" ~ „beider Sizilien“
        # ... also inside a German compound: "Silesia" in „Niederschlesiens“ ("Lower Silesia").
        return any(src.matches(g, stem) or (len(g) >= 5 and any(g in sk for sk in src.keys))
                   for st in stems for g in ex.get(st, ()))

    unknown = []
    for s, e, words in candidates:
        bad, matched = [], []
        for w in words:
            k = spelling_key(w)
            parts = [x for x in w.split("-") if x]
            # Found as it is (most words, so asked first: the tests after it compare the word with
            # every capitalised German word)...
            found = (in_source(k, near=False)
                     # ... or a particle German writes in lower case: "Qal'at Ibn Salama" / „Qalat ibn Salama“
                     or (w.lower() in NAME_PARTICLES and w.lower() in src_low)
                     # ... or the German's name with its case ending: "Wolgemut" for „(der Werkstatt Michael)
                     # Wolgemuts“ ...
                     or any(inflected(w, g) or people_plural(w, g) for g in src_caps)
                     # ... or each part of a hyphenated name from the German: "Alsace-Lorraine" for
                     # „Elsaß-Lothringen“; or a German name's English adjective with a lower-case word:
                     # "Roman-ruled" for „römisch beherrscht“.
                     or (len(parts) > 1 and all(in_source(spelling_key(x), near=False)
                                                or (x.islower() and common_word(x)) for x in parts[1:])
                         and in_source(spelling_key(parts[0]), near=False))
                     # ... or a German adjective in lower case, inflected: "Alpine" for „alpinen“ (a name's
                     # adjective in English, as "the Alpine World Ski Championships" for „die alpine Ski-WM“)
                     or any(w.lower() + ending in src_lower for ending in _ADJECTIVE_INFLECTIONS)
                     # ... or a doctrine named after a person, the German's in „-ismus“: "Neo-Kantianism" for
                     # „Neukantianismus“, "Thomism" for „Thomismus“.
                     or _doctrine_of(w, src_low)
                     # ... or a person's noun of learned stock in its English form: "Japanologist" for „Japanologin“,
                     # "Mathematician" for „Mathematikerin“.
                     or any(person_cognate(w, g) for g in src_caps)
                     # ... or an Arabic name in French romanisation: "Naqoura" for „Nakura“.
                     or (len(w) >= 5 and french_folded(w) != w.lower()
                         and in_source(spelling_key(french_folded(w)), near=False)))
            (matched if found else bad).append((w, k))
        if bad and len(words) > 1 and in_source(spelling_key("".join(words)), near=False):
            bad = []  # German writes as one word what English writes as two: „Bodhgaya“, "Bodh Gaya"
        if bad:
            # ... the first of the two an English word besides: „Hindukusch“, "Hindu Kush"
            en_toks = tokens(ctx.translation)
            k = bisect.bisect_left(en_toks, (s,)) - 1  # the word before the run
            if k >= 0 and not ctx.translation[en_toks[k][1]:s].strip() and en_toks[k][2][:1].isupper() \
                    and in_source(spelling_key(en_toks[k][2] + "".join(words)), near=False):
                bad = []
        if bad:
            unknown.append((s, e, bad, matched, words))
    if not unknown:
        return

    # German common nouns come out in lower case ("Person" ~ "person"): index every English word.
    tr = KeyIndex((t[2] for t in tokens(ctx.translation)), lower_too=True)
    src_keys = _capital_keys(ctx.source)
    en_words = {_POSSESSIVE.sub("", t[2]).lower() for t in tokens(ctx.translation)}
    rulers = doc_rulers(ctx)  # (the document's units include this one: its own rulers among them)

    def in_english(word):
        # The name, its English form, or an adjective or people made from either ("Tibetan", "Nubian"); each
        # also without a genitive „-s“, which the spelling key may read with the letter before it („des
        # Deutschlandtickets“, "the Deutschlandticket").
        keys = {spelling_key(x) for w in (word, *_unprefixed(word)) for x in genitive_forms(w)}
        if any(tr.matches(f, stem, near=False) or or_made_from(f, tr.keys) for k in keys for f in kept_by(k, src_keys)):
            return True
        # ... or a ruler's given name in its English form: „König Franz II.“ / "King Francis II" (not a person of our
        # time's: „Johannes Patrick“ is no "John Patrick").
        if word.lower() in rulers and any(f in en_words for f in GERMAN_REGNAL_EXONYMS.get(word.lower(), ())):
            return True
        # ... or the adjective in its English form: „Limnologischen“ / "Limnological".
        return "isch" in word and any(adjective_cognate(t[2], word) for t in tokens(ctx.translation))

    # German words with no counterpart in the English; the name-like ones (no common noun) are the
    # second side of the evidence, the closest one the partner named in the message.
    de_names = german_names(ctx.source)
    lost = [(s, e, w) for s, e, w in de_names if not in_english(w)]
    lost_names = [x for x in lost if german_name_like(x[2]) or _tagged_name(ctx.source, x[0])]
    # A name the German repeats and the English has fewer times: one of its mentions may be the
    # replaced one ("Polizeiinspektion Kulmbach ... Polizeiinspektion Kulmbach").
    en_keys = Counter(spelling_key(t[2]) for t in tokens(ctx.translation))
    # (The German's mentions counted also where they open a sentence, which german_names leaves out: „Peter starb …“.)
    de_keys = Counter(spelling_key(t[2]) for t in tokens(ctx.source) if t[2][:1].isupper())
    said_fewer = [x for x in de_names
                  if x not in lost and en_keys[spelling_key(x[2])] < de_keys[spelling_key(x[2])] > 1]
    fewer = [x for x in said_fewer if german_name_like(x[2]) or _tagged_name(ctx.source, x[0])]
    lost_names += fewer
    fewer_keys = {spelling_key(x[2]) for x in fewer}
    # (Any capitalised word said fewer times, name or noun: a name of another paragraph may stand in its stead; the
    # English must write it the German way once at least: "Germany" for every „Deutschland“ says nothing.)
    fewer_any = [x for x in said_fewer if en_keys[spelling_key(x[2])]]
    # (... and a name of a German full name said fewer times in the English completes no name there: "Walter
    # Seibert" for „Walter Kühn“, the English naming Kühn once for twice.)
    lost_keys = {spelling_key(w) for _, _, w in lost + fewer}
    lost_in_runs = {}
    for s, e, words in capital_runs(ctx.source, lambda i, toks: not _initial(ctx.source, toks[i][0])):
        missing = [w for w in words if spelling_key(w) in lost_keys]
        for w in words:
            lost_in_runs[spelling_key(w)] = missing
        # A surname the word list takes for a noun ("Scholz") is a name after a first name ("Olaf").
        if len(words) > 1 and any(german_name_like(w) for w in words[:-1]) and words[-1] in missing:
            lost_names += [x for x in lost if x[2] == words[-1] and s <= x[0] < e and x not in lost_names]
    lost_geo = any(geo_key(k, geo_de) for k in lost_keys)
    # The same runs with a sentence's first word ("Max Verstappen soll ..."): a first name kept there
    # still says which German name the English misspelt.
    full_runs = {}
    for _, _, words in capital_runs(ctx.source, lambda i, toks: True):
        missing = [w for w in words if spelling_key(w) in lost_keys]
        for w in words:
            full_runs[spelling_key(w)] = missing

    de_runs: list = []  # the German's names as word sequences, made once, when a name kept a word
    # (Each part of a hyphenated word too: the name in „Atacama-Wüste“, „Neu-Delhi“, "Ataacma Desert", "New Delih".)
    src_names = [(s + k, s + k + len(x), x) for s, _, w in tokens(ctx.source) for k, x in _hyphen_parts(w)
                 if x[:1].isupper() and len(x) >= 4]

    lost_words = {x[2] for x in lost_names}

    def short_slip(w, x):  # (see ``swapped`` below)
        return len(x[2]) == 4 and x[2] in lost_words and not _romanised_name(ctx.source, x) \
            and letter_dropped(w, x[2], 4)

    strong, weak = [], []
    for s, e, bad, matched, words in unknown:
        # Why an English name may be harmless; the first reason that holds is reported.
        reasons = (
            # A name completed by the translator: the German name it completes is all there.
            # (A run that opens a sentence counts: „Walter Kühn wurde …“ / "Walter Seibert was …".)
            # (A word the German says more often than the English, which the English run itself keeps, is no
            # word missing from it: „Merkel … Merkel sagte“ / "Angela Merkel … She said".)
            ("a completed name", bool(matched)
             and not any({spelling_key(m) for m in (lost_in_runs.get(k) or full_runs.get(k) or ())}
                         - {mk for _, mk in matched} for _, k in matched)),
            # One edit from a German name, or a long shared stem. Human translators misspell names
            # as often as machines do, and it changes no fact: reported only.
            ("a spelling variant of a German name", all(in_source(k, near=True) for w, k in bad)),
            # (Not in the stead of a German name lost at its place, a word no lexicon knows: „Kursk“ as "Japan".)
            # (Nor a name of another paragraph of the document in the stead of a German word lost here: _put_in_stead.)
            ("a well-known place", all(geo_word(w, geo_en) for w, _ in bad) and not lost_geo
             and not (all(_country_or_city(w) for w, _ in bad) and _name_lost_at(ctx, lost_names, s, p["max_shift"]))
             and not _put_in_stead(ctx, [w for w, _ in bad], s / max(len(ctx.translation), 1), lost, fewer_any)),
            # A foreign city German and English spell their own ways („Kowno“ / "Kaunas", „Mekele“ / "Mekelle"),
            # also in the German's adjective of it („die Turiner Skala“ / "the Torino scale").
            ("another name of the same city", all(any(same_city(w, g) or (g.endswith("er") and same_city(w, g[:-2]))
                                                      for g in src_caps) for w, _ in bad)),
            # A hyphenated name with a part of the German's in another transliteration, the other part another
            # tradition's word: "Gorno-Badakhshan" (Russian "mountain") for „Berg-Badachschan“.
            ("a part of a German name in another transliteration", all("-" in w and _part_spelt_otherwise(
                w, src_caps, p["min_alike"]) for w, _ in bad)),
            # A name made of words, translated word by word: "Griffin Pass" for „Greifenpass“.
            ("a German compound translated part by part", _compound_translated(bad, ctx.source, ctx.translation, s)),
            # A saint's day, the saint by the English form of the name: "St John's Day" for „Johannistag“.
            ("a saint's day by the saint's English name", all(_saints_day(w, src_caps) for w, _ in bad)),
            # ... or the name that ends a German compound, its other part translated: "State Duma" for „Staatsduma“,
            # "Eastern Rumelia" for „Ostrumelien“ (German -ien, English -ia).
            ("the name at the end of a German compound", all(any(_ends_compound(g, w) for g in src_caps)
                                                             for w, _ in bad)),
            # The noun of a named event or thing, translated: "Silesian Wars" for „Schlesischen Kriegen“.
            ("a German noun of the name translated", all(_renders_common_noun(w, ctx.source) for w, _ in bad)),
            # A longer form of a German name at hand: "Olympique Lyonnais" for „Olympique Lyon“.
            ("a longer form of a German name", all(any(k.startswith(d) and 0 < len(k) - len(d) <= 4
                                                       for d in src.keys if len(d) >= 4) for _, k in bad)),
            # An organisation's name translated, its acronym kept: "Federal Motor Transport Authority (KBA)".
            ("an organisation's name translated, its acronym kept", _acronym_after(ctx, e)),
            # A German adjective of the name in its English form: "Limnological Institute" for „Limnologischen
            # Institut“, "Arabic" for „Arabischen“.
            ("the German adjective in its English form", all(any(adjective_cognate(w, g) for g in src_caps)
                                                             for w, _ in bad)),
            # A noun before the name, capitalised as it opens the English sentence ("Setter Monika Stucki" for „Die
            # Passeuse Monika Stucki“).
            ("a noun before the German's name, opening the sentence", _noun_opening_run(ctx, s, words, bad, matched)),
            # A later word of a name the document gives in full, whose earlier word the German gives here after an
            # article and the English lacks: the same club or firm by another part of its name ("Wolfsburg" for „der
            # VfL“ of „VfL Wolfsburg“).
            ("another word of a full name of the document", _same_doc_name(ctx, bad, lost_names)),
        )
        why = next((r for r, holds in reasons if holds), None)
        changed = [x for x in lost_names for w, k in bad if letters_changed(k, spelling_key(x[2]), p)]
        # In a text of history, names a letter or two apart are the spellings of two traditions
        # ("Moctezuma" / „Montezuma“), not a decoder's slip: letters changed decide nothing there.
        historical = doc_historical(ctx)
        if why == "a spelling variant of a German name" and changed and not _lexicon_english(bad) and not historical:
            why = None  # a letter or two changed in a name the English lacks: "Glarner" for „Glasner“
        at = s / max(len(ctx.translation), 1)
        # The lost German name must sit at about the same place: a name replaced, not one name
        # dropped here and another added there.
        partners = [x for x in lost_names if abs(x[0] / max(len(ctx.source), 1) - at) <= p["max_shift"]]
        # Two neighbouring letters swapped ("Frankufrt") or one dropped inside the word ("Waluss", "Didert"): a
        # typing slip, not a spelling variant — no transliteration swaps letters or drops one so.
        # (Any capitalised German word: a name the English also writes right elsewhere is misspelt here all the
        # same — "Mozrt's" beside "Haus für Mozart".)
        # (And a letter changed inside a name the English writes right elsewhere in the paragraph: "Pakistn" beside
        # "Pakistan" is no second tradition's spelling.)
        # (A name of four letters too — "Dha" for „Doha“, "Gra" for „Gera“ — when it is a German name the English
        # lost, not romanised from another script: "Abd" for „Abed“ is a romanisation, "Ian Bremmer" for „Bremmer …
        # Iran“ a given name added beside a word the English keeps.)
        # (And a letter dropped inside a name whose German spelling English writes, leaving one English hardly ever
        # writes: "Thoms", "Agsburg", "Nirobi" — an ending, a vowel beside a vowel or an h, which other names' spelling
        # traditions drop, dropped from a name English spells the German way.)
        swapped = [x for x in src_names if any(letters_swapped(w, x[2]) or letter_dropped(w, x[2]) or short_slip(w, x)
                                               or (one_edit_inside(w, x[2]) and (x[2].lower() in en_words
                                                                                 or _written_misspelt(w, x[2])))
                                               for w in (_POSSESSIVE.sub("", b) for b, _ in bad))]
        # The German full name whose other words the English kept ("Max Verstappen" / "Max Vertape"):
        # its lost word is the partner wherever the sentence put it, and a name within a name the
        # English kept is no transliteration (the kept words say the script is the same).
        in_run = [x for x in lost for _, k in matched if x[2] in full_runs.get(k, ())
                  and any(resembles(kb, spelling_key(x[2]), p) and not kb.startswith(spelling_key(x[2]))
                          and not inflected(wb, x[2]) for wb, kb in bad) and not _lexicon_english(bad)]
        # A name romanised from another script, by its marks in the word or a word of its name („Olexander
        # Syrskyj“, „Nachitschewan“, „Surabischwili“), English romanises its own way ("Oleksandr Syrskyi",
        # "Nakhchivan", "Zourabichvili"): letters changed there are no slip, even beside a word kept.
        other_script = [x for x in in_run + changed if _romanised_name(ctx.source, x)]
        if other_script and not swapped:
            in_run = [x for x in in_run if x not in other_script]
            changed = [x for x in changed if x not in other_script]
            if not in_run and not changed:
                why = why or "the same name romanised from another script another way"
        # In a text of history a name alike in sound to the German one is another tradition's spelling
        # ("Porziuncola" / „Portiuncula“, "Naqsh-e Jahan" / „Naghsch-e Dschah“), even beside a name the
        # English kept or with letters changed.
        near = in_run or changed or partners
        variant = historical and bool(near) and all(any(sounds_alike(k, spelling_key(x[2]), p["min_alike"])
                                                        for x in near) for _, k in bad)
        # One word of a German name put in another's stead, the rest kept ("Tim Portugal" for „Tim Kessler“,
        # "Schleswig-Kiel" for „Schleswig-Holstein“): another person or place, whatever the word is.
        replaced = []
        if not historical and (matched or any("-" in w for w in words)):
            if not de_runs:
                de_runs.append([_name_parts(ws) for _, _, ws in capital_runs(ctx.source, lambda i, toks: True)])
            # ... unless the two are one name spelt two ways: alike in sound, transliterated, anglicised; or a noun of a
            # compound name translated ("Star Halma" for „Stern-Halma“, "Isar Jazz Festival" for „Isar Jazzfestival“; a
            # surname of one word translated is another name: "Otto Star" for „Otto Stern“). A German word the English
            # writes elsewhere counts when the German says it more often („Frida Kahlo … Guillermo Kahlo“ / "Frida
            # Diego … Guillermo Kahlo").
            replaced = [x for x, w, window in _word_replaced(_name_parts(words), de_runs[0], ctx.source)
                        if (not in_english(x[2]) or spelling_key(x[2]) in fewer_keys)
                        and not sounds_alike(spelling_key(w), spelling_key(x[2]), p["min_alike"])
                        and not transliterated(w, x[2]) and spelling_key(w) not in given_forms
                        and not (_translates(x[2], w) and _part_of_compound(ctx.source, x))
                        and not (w == words[0] and noun_opening_before_name(ctx.source, x[0], ctx.translation, s, w))
                        and not _romanised_name(ctx.source, x) and not any(romanised(y) for y in window)]
        close = []
        if replaced:
            why, partners = None, replaced
        elif swapped:
            why, partners = None, swapped
        elif variant:
            why = why or "alike in sound to a German name at its place"
        elif in_run:
            why, partners = None, in_run
        elif changed and why is None:
            partners = changed
        elif not historical and not other_script and (close := [x for x in partners for wb, _ in bad
                                           if resembles(wb.lower(), x[2].lower(), p, "place")]) \
                and not _lexicon_english(bad):
            why, partners = None, close  # a long name with a few letters changed at its place: "Ruppiertoth"
        elif not why and partners and all(any(sounds_alike(k, spelling_key(x[2]), p["min_alike"])
                                              for x in partners) for _, k in bad):
            # An exonym or transliteration the tables lack: "Chechnya" for „Tschetschenien“.
            why = "alike in sound to a German name at its place"
        elif not why and all(any(sounds_alike(k, spelling_key(x[2]), p["min_alike"]) for x in lost) for _, k in bad):
            # The English name of a German word the English lacks, a name or not: "Nicholas" for „Nikolaus“.
            why = "alike in sound to a German word the English lacks"
        # (Names this long only: a short one with a letter changed is a slip, „Gleim“ as "Glim".)
        if not why and not swapped and (all(any(transliterated(w, g) for g in src_caps) for w, _ in bad)
                                        or any(transliterated(" ".join(words), g) for g in src_caps)):
            # "Aegina" / „Aigina“, "Belisarius" / „Belisar“, "Mendeleev" / „Mendelejew“; the name in as many words
            # as the language writes it: "Tian Shan" / „Tienschan“
            why = "the same classical, Russian or Arabic name in another transliteration"
        if not why and not swapped and any(_foreign_letters((w, x[2])) and sounds_alike(k, spelling_key(x[2]), p["min_alike"])
                                           for w, k in bad for x in partners):
            # A name of a language with letters German does not write, alike in sound to the German name at
            # its place: "Nemanjić" / „Nemanjiden“, "Pachacuti" / „Pachacútec“. Such names have as many
            # romanisations as traditions; a decoder's slip keeps German letters („Glasner“, "Glarner").
            why = "a foreign name in another transliteration"
        # (A word replaced in a name whose other words the English keeps is tied to its German word by those words, not
        # by place: a rendering the lexicon finds near its place unties nothing („Dieter Albrecht“ / "Dieter Hoffmeister
        # … right on the corner", „Alb|recht“ read as "right").)
        if not why and partners and not (swapped or in_run or changed or close or replaced):
            # Only the place ties it to German words it does not resemble: those the English renders by the
            # lexicon („Szenen“ / "scenes", the head of „Hieronymitenkloster“ / "Monastery") are no name it
            # replaced, but a thing the translator called by its English name ("Jerónimos Monastery").
            # (A name the German says more often than the English is one the English lost at one of its places,
            # whatever the lexicon renders it by: its kept mention is no rendering of this one.)
            def unrendered(x):
                return x in fewer \
                    or not _rendered(x[2], x[0] / max(len(ctx.source), 1), ctx.translation, p["max_shift"])

            # ... and a lost name a little farther off, none of whose words the English renders, is the one
            # replaced („nahe Luxor“ / "near Ahmed", beside „des Ministeriums“ / "The Ministry").
            def shift(x):
                return abs(x[0] / max(len(ctx.source), 1) - at)

            partners = [x for x in partners if unrendered(x)] or \
                sorted((x for x in lost_names if shift(x) <= 2 * p["max_shift"] and unrendered(x)), key=shift)[:1]
        if all(k in given_forms for _, k in bad):
            if _surname_kept_after(ctx.source, ctx.translation, bad) and not historical:
                # Before the person's surname, kept: „Johannes Patrick“ is no "John Patrick" (people of our
                # time keep their given names; rulers and the figures of history take the English form).
                why, partners = None, [x for x in lost if any(k in {spelling_key(f) for f in
                                                                    GERMAN_REGNAL_EXONYMS.get(x[2].lower(), ())}
                                                              for _, k in bad)]
            else:
                # The English form of a German given name of the text („Mathilde“, "Matilda"): a ruler's in
                # a history, or a name anglicised; either way no other person, and letters changed say nothing.
                why = "the English form of a German given name"
        # Tied to a German word by place alone, by no spelling: in a history, the thing's own English name
        # („Engelsburg“ / "Castel Sant'Angelo", „Stalhof“ / "Steelyard") as often as another name.
        by_place = bool(partners) and not (swapped or in_run or changed or close)
        (weak if why else strong).append((s, e, [w for w, _ in bad], partners, why, bool(swapped or in_run or replaced),
                                          historical and by_place))
    if not strong and not weak:
        return
    # A partner found by its spelling (swapped letters, a full name misspelt) before one found by place.
    with_partner = sorted((x for x in strong if x[3]), key=lambda x: not x[5])
    s, e, bad, partners, why, _, history_place = (with_partner or strong or weak)[0]
    decided = len(with_partner) >= p["min_unknown"] and len(partners) >= p["min_lost"]
    severity = None if decided else Severity.INFO
    if decided and history_place \
            and not any(_doc_names(ctx).matches(spelling_key(w), p["min_stem_share"]) for w in bad):
        # ... unless the German names it elsewhere in the document: then it is another person or place of
        # the story put in this one's stead.
        severity = Severity(p["severity_history_by_place"])
        why = "a text of history, tied to a German name by place alone: the thing's English name"
    if severity is Severity.INFO and why is None and not partners:
        swap = _put_in_stead(ctx, bad, s / max(len(ctx.translation), 1), lost, fewer_any)
        if swap:
            severity, partners = None, [swap]
    msg = f"the English names {' '.join(bad)!r} (in {ctx.translation[s:e]!r}), which the German does not mention"
    partner = None
    pool = partners or lost_names or lost
    if severity is Severity.INFO:
        msg += f" ({why or 'no German name is missing there'}: probably not an error)"
    if pool:
        # The German word missing from the English at about the same place in the sentence.
        at = s / max(len(ctx.translation), 1)
        partner = min(pool, key=lambda x: abs(x[0] / max(len(ctx.source), 1) - at))
        # (A name the German says more often than the English is there, just fewer times.)
        lack = "which the English names fewer times than the German" if en_keys[spelling_key(partner[2])] \
            else "which has no counterpart in the English"
        msg += f"; perhaps it replaced the German {partner[2]!r}, {lack}"
    yield ctx.flag(
        msg, translation_span=(s, e), source_span=partner[:2] if partner else None,
        suggestion=ctx.translation[:s] + partner[2] + ctx.translation[e:] if partner else None,
        score=float(len(strong)), threshold=float(p["min_unknown"]), severity=severity)


def _ends_compound(german: str, english: str) -> bool:
    """Whether the English name ends the German compound, a part of at least three letters before it, spelling keys
    compared: „Staatsduma“ ends in "Duma", „Ostrumelien“ in "Rumelia", „Südkalabrien“ in "Calabria" (a land's German
    -ien is English -ia)."""
    if len(english) < 4:
        return False
    g, w = spelling_key(german), spelling_key(english)
    return any(g.endswith(t) and len(g) >= len(t) + 3 for t in {w, w[:-1] + "en" if w.endswith("ia") else w})


def _same_doc_name(ctx, bad, lost_names) -> bool:
    """Each unknown English word follows, in a run of capitalised words of the document's German, a German name the
    English lost here, which the German gives here after an article: a club or firm called by another word of its
    name („VfL Wolfsburg“: "Wolfsburg" for „der VfL“). Two names side by side in a sentence („dankte Merkel Macron“)
    take no article, nor does a person called by a given name in the surname's stead ("Markus" for „Lindner“)."""
    lost = {spelling_key(x[2]) for x in lost_names if _word_before(ctx.source, x[0]).lower() in DETERMINERS}
    if not lost:
        return False
    runs = _doc_runs(ctx)
    return all(any(run[j - 1] in lost for run in runs for j in range(1, len(run)) if run[j] == k) for _, k in bad)


def _doc_runs(ctx) -> list[list[str]]:
    """The spelling keys of each run of two or more capitalised words in the document's German, read once per
    document."""
    return ctx.memo("names.doc_runs", lambda: [[spelling_key(w) for w in words] for u in ctx.doc
                                               for _, _, words in capital_runs(u.source, lambda i, toks: True)
                                               if len(words) > 1])


def _noun_opening_run(ctx, s: int, words: list[str], bad, matched) -> bool:
    """The run's first word alone is unknown, the name after it the German's, which follows a capitalised word
    after an article: ``noun_opening_before_name``."""
    if [w for w, _ in bad] != words[:1] or not matched:
        return False
    toks = tokens(ctx.source)
    return any(w == matched[0][0] and i and toks[i - 1][2][:1].isupper()
               and ctx.source[toks[i - 1][1]:a].isspace()
               and noun_opening_before_name(ctx.source, toks[i - 1][0], ctx.translation, s, words[0])
               for i, (a, _, w) in enumerate(toks))


def _put_in_stead(ctx, bad: list[str], at: float, lost: list, fewer: list = ()) -> Optional[tuple[int, int, str]]:
    """A name of another paragraph of the document, which this paragraph's German does not name, put in the
    place of a German word the English neither keeps nor renders („die Adler“ / "the Niklas", „Wernhausen und
    Obereichen“ / "Wernhausen and Würzburg"): the lost word (start, end, word), None when there is none."""
    keys = {spelling_key(w) for w in bad}
    here = {spelling_key(t[2]) for t in tokens(ctx.source)}
    doc = ctx.memo("names.doc_keys", lambda: {spelling_key(t[2]) for u in ctx.doc for t in tokens(u.source)
                                              if t[2][:1].isupper()})
    if not keys <= doc - here:
        return None
    shift = ctx.params["max_shift"]
    named = [k[:3] for k in keys]

    # The words the document names with the English name in one German name („FC Bayern München“).
    companions = {x for run in _doc_runs(ctx) if not keys.isdisjoint(run) for x in run} - keys

    def people(word: str) -> bool:
        # A word made from the English name, or the people of a place named with it: „die Stadtzürcher
        # Stimmberechtigten“ as "voters in Zurich", „die Münchner“ as "Bayern" (of „FC Bayern München“).
        k = spelling_key(word)
        return any(n in k for n in named) or any(k.endswith(a) for c in companions for a in place_adjectives(c))

    if any(people(w) for _, _, w in lost):
        return None
    # ... or an adjective made from it, which German writes in lower case: „die chinesischen Eisenbahnen“ / "China's
    # railways".
    stems = [n[:max(4, len(n) - 2)] for n in (_POSSESSIVE.sub("", w).lower() for w in bad) if len(n) >= 4]
    if any(w.startswith(stem) and "isch" in w[len(stem):] for _, _, w in tokens(ctx.source) if w[:1].islower()
           for stem in stems):
        return None
    near = [x for x in lost if abs(x[0] / max(len(ctx.source), 1) - at) <= shift and not _initial(ctx.source, x[0])
            and not _rendered(x[2], 0.5, ctx.translation, 0.5)  # rendered anywhere: a word translated
            and not _place_noun(x[2])]  # „die Hauptstadt“ / "Berlin": the place named for its kind
    # ... or a word the German says more often than the English, kept at another of its places: "Unlike Earth, Galilei
    # has no solid surface" for „Jupiter“, the English naming Jupiter once for twice.
    near += [x for x in fewer if abs(x[0] / max(len(ctx.source), 1) - at) <= shift and not _place_noun(x[2])]
    return min(near, key=lambda x: abs(x[0] / max(len(ctx.source), 1) - at)) if near else None


def _place_noun(word: str) -> bool:
    """A noun of a kind of place („Hauptstadt“, „Landes“, „Nachbarort“; ``GERMAN_PLACE_NOUN_HEADS``): the whole word or a
    compound's last part, an ending taken off; no name („Finnland“, „Obereichen“)."""
    from ..lexicon import load

    lex = load()
    low = word.lower()
    if german_name_like(word) or geo_key(spelling_key(word), geo_keys()[1]):
        return False
    parts = lex.parts(low) if lex is not None else ()
    last = (parts[-1] if parts else low).translate(UMLAUT_FOLD)
    forms = {last} | {last[:-len(x)] for x in ("ern", "er", "es", "en", "e", "n", "s") if last.endswith(x)}
    return any(f in GERMAN_PLACE_NOUN_HEADS or (parts and f.endswith(GERMAN_PLACE_NOUN_HEADS)) for f in forms)


def _name_parts(words: list[str]) -> list[str]:
    """A name's words, a hyphenated one in its parts: „Schleswig-Holstein“ is two words of a name."""
    return [x for w in words for x in w.split("-") if x]


def _word_replaced(english: list[str], german_runs: list[list[str]], source: str) -> list:
    """For the one differing word of ``english``, a name of two or more words: ((start, end, German word),
    English word, the German words compared) for each run of the German's capitalised words equal to the name
    but in that word, the others kept letter for letter or less a genitive „-s“. Empty when no run is so."""
    if len(english) < 2:
        return []
    keys = [spelling_key(w) for w in english]
    out = []
    for run in german_runs:
        for i in range(len(run) - len(english) + 1):
            window = run[i:i + len(english)]
            diff = [j for j, g in enumerate(window) if keys[j] not in {spelling_key(f) for f in genitive_forms(g)}]
            if len(diff) != 1:
                continue
            w, g = english[diff[0]], window[diff[0]]
            # A name's word, no function word („Der Film“ / "German Film") nor a word the lexicon translates
            # („Zehnkämpfer Moritz Eberhardt“ / "Decathlete Moritz Eberhardt"); and a country's possessive before
            # a person is the German's people noun ("Monaco's Lucas Ferraud" for „dem Monegassen Lucas Ferraud“).
            if common_word(w) or w.isupper() or len(g) < 3 or g.isupper() or not _name_word(g) \
                    or all(x.lower() in GERMAN_FUNCTION_WORDS for j, x in enumerate(window) if j != diff[0]) \
                    or (_POSSESSIVE.search(w) and geo_word(_POSSESSIVE.sub("", w), geo_keys()[0])):
                continue
            # (The word itself, not its letters inside another: „Kiel“, not the „Kiel“ of „Kieler“.)
            m = re.search(rf"(?<!\w){re.escape(g)}(?!\w)", source)
            # (A part of a hyphenated word is as initial as the word: „von Schleswig-Holstein“ is not.)
            if m and not _initial(source, source.rfind(" ", 0, m.start()) + 1):
                out.append(((m.start(), m.end(), g), w, window))
    return out


def _tagged_name(source: str, start: int) -> bool:
    """The German word at ``start``, in mid-sentence beside a name-like word or a title's abbreviation, is a proper
    noun to the tagger among its neighbours: a surname or given name the word list holds as a noun („Dr. Henrike
    Oelschläger“, „Markus Feldmann“, „Johannes Paul II.“). (The neighbour first: the tagger is slow on a first pass.)"""
    from ..lang.pos import tag_at

    if _initial(source, start):
        return False
    toks = tokens(source)
    k = next((i for i, t in enumerate(toks) if t[0] == start), None)
    if k is None:
        return False

    def name_beside(j: int) -> bool:
        if not 0 <= j < len(toks) or not toks[j][2][:1].isupper():
            return False
        lo, hi = (toks[j], toks[k]) if j < k else (toks[k], toks[j])
        gap = source[lo[1]:hi[0]].strip()
        return (gap == "" and german_name_like(toks[j][2])) \
            or (j < k and gap == "." and toks[j][2].lower() in NAME_TITLE_ABBREVIATIONS)

    return (name_beside(k - 1) or name_beside(k + 1)) and tag_at(source, start) == "NE"


def _name_word(word: str) -> bool:
    # (The German word list holds given names, „Tim“, „Anna“: a word the lexicon translates by another is none.)
    low = word.lower()
    return low not in GERMAN_FUNCTION_WORDS and low not in DETERMINERS and not common_word(word) \
        and not _lexicon_common(low)


def _person_title(low: str) -> bool:
    return low in ENGLISH_PERSON_TITLES or office_title(low) or rank_title(low) or military_rank(low)


def _doc_common_names(ctx) -> frozenset[str]:
    """``common_names_of`` the document's German, read once per document."""
    return ctx.memo("names.doc_common_names", lambda: common_names_of([u.source for u in ctx.doc]))


def common_names_of(texts) -> frozenset[str]:
    """Words of the English word list that the German texts write as names: capitalised in mid-sentence, name-like
    (no German noun), of four letters or more („Köchin Adaeze Okafor“, „Senator Murphy“); in lower case. A capital that
    opens a German sentence says nothing („Das“), nor does a word beside another English word but a title, an English
    name German borrows whole („Black Friday“, „Champions League“), whose words English writes as words."""
    common = english_words()

    def english_beside(text, toks, i):
        # (A title before a name is no English of the name's: „Senator Murphy“, „General Lee“.)
        return any(0 <= j < len(toks) and toks[j][2][:1].isupper()
                   and (toks[j][2].lower() in common or toks[j][2].lower().removesuffix("s") in common)
                   and not _person_title(toks[j][2].lower())
                   and text[min(toks[i][1], toks[j][1]):max(toks[i][0], toks[j][0])] == " " for j in (i - 1, i + 1))

    out = set()
    for text in texts:
        toks = tokens(text)
        for i, (s, _, w) in enumerate(toks):
            if len(w) >= 4 and w[:1].isupper() and not w.isupper() and w.lower() in common \
                    and not _initial(text, s) and german_name_like(w) and not english_beside(text, toks, i):
                out.add(w.lower())
    return frozenset(out)


def _doc_names(ctx) -> KeyIndex:
    """The capitalised words of the whole document's German, indexed once per document."""
    return ctx.memo("names.doc_index", lambda: KeyIndex(t[2] for u in ctx.doc for t in tokens(u.source)))


def _rendered(word: str, at: float, translation: str, shift: float) -> bool:
    """The lexicon renders the German word, or its compound's head, by a word of the English near its place
    (``at``, relative, give or take ``shift``): a common noun the word list lacks („Szenen“ / "scenes",
    „Backsteinkirchen“ / "brick churches"), translated."""
    from ..align import head_only
    from ..lexicon import load

    lex = load()
    if lex is None:
        return False
    low = word.lower()
    if _town(low):
        # A town the word list knows by no common word of its spelling: the senses of a word of its stem („Davos“,
        # „davon“: "of it") render nothing of it.
        return False
    head = (lex.parts(low) or head_only(lex, low) or (low,))[-1]
    senses = lex.translations(low) | (lex.translations(head) if head != low else frozenset())
    return _rendering_near(senses, at, translation, shift) is not None


def _rendering_near(senses: frozenset[str], at: float, translation: str, shift: float):
    """The first English word (start, end, word) whose stem is one of ``senses`` and that stands near ``at``
    (relative place, give or take ``shift``); None if there is none."""
    from ..lexicon import english_stem

    n = max(len(translation), 1)
    return next(((a, b, w) for a, b, w in tokens(translation)
                 if abs(a / n - at) <= shift and english_stem(w.lower()) in senses), None)


def _surname_kept_after(source: str, translation: str, bad) -> bool:
    """Whether an English form of a German given name stands before the surname that follows the German
    given name, kept: "John Patrick" for „Johannes Patrick“. A second given name („Friedrich Wilhelm“)
    or a regnal number is no surname."""
    src_toks, en_toks = tokens(source), tokens(translation)
    after: dict[str, set[str]] = {}  # English given-name key -> the German words after its German form
    for (_, ge, g), (ns, _, n) in zip(src_toks, src_toks[1:]):
        if source[ge:ns] == " " and n[:1].isupper() and n.lower() not in GERMAN_REGNAL_EXONYMS \
                and n.rstrip(".") not in _ROMAN:
            for f in GERMAN_REGNAL_EXONYMS.get(g.lower(), ()):
                after.setdefault(spelling_key(f), set()).add(n)
    return any(w == x and translation[xe:ns] == " " and n in after.get(k, ())
               for w, k in bad for (_, xe, x), (ns, _, n) in zip(en_toks, en_toks[1:]))


def _saints_of_places(src_low) -> set[str]:
    """English keys of the saints German compounds name a church, square or gate after: „Markusdom“ -> mark,
    „Stephansdom“ -> stephen, „Michaeliskirche“ -> michael (GERMAN_SAINT_PLACE_HEADS); and of the saints and rulers a
    hyphenated name opens with: „Karls-Universität“ -> charles ("Charles University")."""
    out: set[str] = set()
    for w in src_low:
        head = next((h for h in GERMAN_SAINT_PLACE_HEADS if w.endswith(h) and len(w) > len(h) + 2), None)
        names = [w[:-len(head)]] if head is not None else []
        names += w.split("-")[:-1]
        for saint in names:
            for n in _genitive_bases(saint):
                out.update(spelling_key(f) for f in GERMAN_REGNAL_EXONYMS.get(n, ()))
    return out


def _genitive_bases(word: str) -> tuple[str, ...]:
    """A given name as German compounds it, in the genitive („Stephans-“, „Michaelis-“), with and without its ending
    ("" where it has none)."""
    return word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("is") else ""


def _altered_in_run(ctx):
    """A word of a German full name changed in an English that kept its neighbour letter for letter:
    "Blue Original" for „Blue Origin“, "Patrick Schick" for „Patrik Schick“, "Henk Gröner" for „Henk
    Groener“. The kept word says the script is the same, so a changed letter is no transliteration.
    Not: an exonym (Munich), a case ending ("Merkel's"), accents dropped ("Ugur" for „Uğur“) or umlauts
    spelt out ("Soeder" for „Söder“), a case change ("DHABI"), a word no name (a common noun, a function
    word: „Alle Zappiti-Produkte“), a German ending in English dress ("Wiesbaden's" for „Wiesbadenerin“)."""
    p = ctx.params
    src, tr = ctx.source, ctx.translation
    en_toks = tokens(tr)
    en_words = [w for _, _, w in en_toks]
    present = set(en_words)
    for run_start, _, words in capital_runs(src, lambda i, toks: True):
        for i in range(len(words) - 1):
            for kept, lost, step in ((words[i], words[i + 1], 1), (words[i + 1], words[i], -1)):
                low = kept.lower()
                if kept not in present or lost in present or low in GERMAN_FUNCTION_WORDS \
                        or low in GERMAN_FUNCTION_WORDS_ALSO_ENGLISH or lost.lower() in GERMAN_FUNCTION_WORDS \
                        or lost.lower() in GERMAN_FUNCTION_WORDS_ALSO_ENGLISH:
                    continue
                for j, w in enumerate(en_words):
                    k = j + step
                    if w != kept or not 0 <= k < len(en_toks):
                        continue
                    s, e, other = en_toks[k]
                    if not other[:1].isupper() or other.lower() == lost.lower() or fold(lost) == other \
                            or lost.translate(UMLAUT_SPELT_OUT) == other \
                            or inflected(other, lost) or people_plural(other, lost) \
                            or spelling_key(other) in english_of(spelling_key(lost)) \
                            or voiceless_s(other.lower(), lost.lower()) or _translates(lost, other) \
                            or spelling_key(lost) in place_adjectives(spelling_key(other)) \
                            or (other.lower() in GERMAN_REGNAL_EXONYMS.get(lost.lower(), ()) and _in_title(tr, s, "en")) \
                            or (step < 0 and foreign_generic(lost, other)):
                        # („Dresdner“ / "Dresden"; a given name's English form in a cited title: "Eugene Onegin"; a
                        # foreign place's generic word that opens it in English: "Mount Aiguille" for „Mont Aiguille“)
                        continue
                    if spelling_key(other) == spelling_key(lost) or resembles(other.lower(), lost.lower(), p, "altered"):
                        # (A word of the name romanised, „Mohamed Hamdan Daglo“, makes the whole name so.)
                        plain = _plain_slip(ctx, other, lost) and not any(romanised(x) for x in words)
                        severity = p["severity_altered_plain"] if plain else p["severity_altered"]
                        # From the run's start: the same word earlier in the text is another mention.
                        at = src.find(lost, run_start)
                        yield ctx.flag(f"the English writes {other!r} for {lost!r} of the German name "
                                       f"{' '.join(words)!r}, whose {kept!r} it keeps: the name is changed",
                                       translation_span=(s, e), source_span=(at, at + len(lost)) if at >= 0 else None,
                                       suggestion=tr[:s] + lost + tr[e:], score=1.0, threshold=1.0,
                                       severity=Severity(severity))
                        return


def unrelated(english: str, german: str, en_toks, min_alike: float, max_alike: float) -> bool:
    """The English word is no spelling nor rendering of the German name word: it shares fewer than ``max_alike`` of
    its letter pairs, sounds nothing like it (``min_alike``), is no transliteration nor its start, and renders none of
    its parts by the lexicon."""
    from ..lexicon import english_stem, load

    okey, wkey = spelling_key(english), spelling_key(german)
    if not english[:1].isupper() or english.lower() in ENGLISH_FUNCTION_WORDS or wkey.startswith(okey) \
            or transliterated(english, german) or sounds_alike(okey, wkey, min_alike) \
            or letter_pairs_shared(okey, wkey) >= max_alike:
        return False
    lex = load()
    if lex is None:
        return True
    stems = {english_stem(t.lower()) for _, _, t in en_toks}
    return not set(lex.translations(german)).union(*(lex.translations(x) for x in lex.parts(german))) & stems


def _part_spelt_otherwise(english: str, src_caps, min_alike: float) -> bool:
    """A part of the hyphenated English name, four letters at least, is a part of a capitalised German word spelt
    otherwise: alike in sound or transliterated, its letters not the same ("Badakhshan" / „Badachschan“). A part kept
    letter for letter, or with a case ending, says nothing of the other ("Schleswig-Kiel" for „Schleswig-Holstein“,
    "Offenbach-Württemberg" for „Baden-Württembergs“ are other places)."""
    parts = [x for x in english.split("-") if len(x) >= 4]
    german = {y for g in src_caps for y in g.split("-") if len(y) >= 4}
    return any(not (fold(x).startswith(fold(y)) or fold(y).startswith(fold(x)))  # (nor in another case: „-s“)
               and (transliterated(x, y) or sounds_alike(spelling_key(x), spelling_key(y), min_alike))
               for x in parts for y in german)


def _part_kept(german: str, english: str) -> bool:
    """One part of a hyphenated name the same in the English: letter for letter, by spelling key, exonym,
    transliteration or ending, or translated („Sachsen“ / "Saxony", „Universitäts“ / "University")."""
    gkey, ekey = spelling_key(german), spelling_key(english)
    # (An exonym's combining form: "Austro" of Austria, „Österreich“; "Franco" of France. A name's start alone: "Viru"
    # of „Virumaa“, as English names the county.)
    return german == english or gkey == ekey or ekey in english_of(gkey) or transliterated(english, german) \
        or inflected(english, german) or _translates(german, english) \
        or (len(ekey) >= 4 and (gkey.startswith(ekey) or any(x.startswith(ekey[:4]) for x in english_of(gkey))))


def _hyphen_part_changed(ctx):
    """One part of a hyphenated German name changed in an English word that keeps its other parts, one of them letter
    for letter: a slip ("Baden-Württemerg" for „Baden-Württemberg“, by ``altered_letters_per_edit`` as in a run, a
    warning when plain) or another word ("Baden-Bremen", see ``unrelated``). The German word must be missing from the
    English and the English word from the German, the German's last part and the part changed names."""
    src, tr = ctx.source, ctx.translation
    src_toks = tokens(src)
    hyphened = {w: (s, e) for s, e, w in src_toks if "-" in w and w[:1].isupper()}
    if not hyphened:
        return
    src_words = {w for _, _, w in src_toks}
    en_toks = tokens(tr)
    for s, e, word in en_toks:
        if "-" not in word or word in src_words or not word[:1].isupper():
            continue
        parts = word.split("-")
        for german, (gs, ge) in hyphened.items():
            gparts = german.split("-")
            # Every part capitalised and the last a name („Baden-Württemberg“), no noun a title or thing is named by
            # („UN-Generalsekretär“)
            if len(gparts) != len(parts) or german in tr or not all(x[:1].isupper() for x in gparts) \
                    or not german_name_like(gparts[-1]):
                continue
            changed = [k for k in range(len(parts)) if not _part_kept(gparts[k], parts[k])]
            # A part kept letter for letter says the script and tradition are the same („Choresm-Schahs“ /
            # "Khwarazm-Shahs" keeps none: another romanisation).
            if len(changed) != 1 or not any(len(parts[k]) >= 3 and fold(gparts[k]) == fold(parts[k])
                                            for k in range(len(parts)) if k != changed[0]):
                continue
            k = changed[0]
            lost, other = gparts[k], parts[k]
            if not other[:1].isupper() or not german_name_like(lost):
                continue
            start = s + sum(len(x) + 1 for x in parts[:k])
            at = (start, start + len(other))
            if umlaut_respelt(other, lost):
                continue
            if resembles(spelling_key(other), spelling_key(lost), ctx.params, "altered"):
                plain = _plain_slip(ctx, other, lost) and not any(romanised(x) for x in gparts)
                severity = Severity(ctx.params["severity_altered_plain" if plain else "severity_altered"])
                how = "a slip"
            elif unrelated(other, lost, en_toks, ctx.params["min_alike"], ctx.params["replaced_max_alike"]):
                severity, how = Severity.WARNING, "another word, no spelling of it"
            else:
                continue
            yield ctx.flag(f"the English writes {other!r} for {lost!r} of the German name {german!r}, whose other "
                           f"parts it keeps: {how}", translation_span=at, source_span=(gs, ge),
                           suggestion=tr[:at[0]] + lost + tr[at[1]:], score=1.0, threshold=1.0, severity=severity)
            return


def _romanised_name(source: str, word: tuple[int, int, str]) -> bool:
    """The German word, or a capitalised word right beside it in its name, bears a sign of a name romanised
    from another script (name_spelling.romanised: „Syrskyj“ makes „Olexander Syrskyj“ one)."""
    s, _, w = word
    toks = tokens(source)
    k = next((i for i, t in enumerate(toks) if t[0] == s), None)
    if k is None:
        return romanised(w)
    # The word and its capitalised neighbours with nothing but a space between: the words of its name.
    around = [w] + [toks[j][2] for j, (a, b) in ((k - 1, (k - 1, k)), (k + 1, (k, k + 1)))
                    if 0 <= j < len(toks) and toks[j][2][:1].isupper()
                    and source[toks[a][1]:toks[b][0]].isspace()]
    return any(romanised(x) for x in around)


def _plain_slip(ctx, english: str, german: str) -> bool:
    """A name written in the Latin script on both sides, changed by a letter or an ending in a text of
    today: "Patrick" for „Patrik“, "Gröner" for „Groener“, "Origins" for „Origin“. Not in a text of
    history (English calls its people by English forms: "Theresa", "Pilate", "Harold"), not a name
    romanised from another script ("Volkov" for „Wolkow“), not punctuation or a demonym ("People's" for
    „People’s“, "Frankfurt-based" for „Frankfurter“, "Britain's" for „Britin“)."""
    low = german.lower()
    if any(c in english for c in "'’-") or any(c in german for c in "'’-") or not english.isalpha() \
            or geo_word(english, geo_keys()[0]):
        return False  # punctuation, or a people's or place's word ("Israeli" for „Israels“)
    # German romanises a voiced s as „s“, English as "z" (Georgian „Beridse“ / "Beridze", Persian „Resaei“).
    if any(m in low for m in ROMANISED_MARKS) or transliterated(english, german) \
            or english.lower().replace("z", "s") == low:
        return False
    return not doc_historical(ctx)


def _compound_translated(bad, source: str, translation: str = "", start: int = 0) -> bool:
    """Two or more English words that render, one each, the parts of one German compound of the
    source: the compound's name translated ("Griffin Pass" for „Greifenpass“, "Black Forest" for
    „Schwarzwald“), no name of the translator's own."""
    from ..lexicon import english_stem, load

    lex = load()
    words = [w for w, _ in bad]
    if lex is None or not words:
        return False
    if len(words) < 2:
        # The word before it may be a common English word of the name: "North Pole" for „Nordpol“.
        before = re.findall(r"([A-Za-z]+)\s+$", translation[:start])
        if not before:
            return False
        words = before[-1:] + words
    stems = [english_stem(w.lower()) for w in words]
    if any(len(parts) >= len(words) and all(any(st in tr for tr in parts) for st in stems)
           for parts in _source_compounds(lex, source)):
        return True
    # One English word made of the parts' renderings: "Lionheart" for „Löwenherz“.
    low = words[-1].lower()
    return any(len(parts) == 2 and any(low.startswith(a) and english_stem(low[len(a):]) in parts[1]
                                       for a in parts[0] if len(a) >= 3)
               for parts in _source_compounds(lex, source))


@lru_cache(maxsize=256)
def _source_compounds(lex, source: str) -> tuple[tuple[frozenset[str], ...], ...]:
    # The English stems of each part of each compound of the source, looked up once per text
    # rather than once per English name the check weighs.
    out = []
    for _, _, de_word in tokens(source):
        parts = lex.parts(de_word) if len(de_word) >= 6 else ()
        if len(parts) >= 2:
            out.append(tuple(lex.translations(pt) for pt in parts))
    return tuple(out)


_ACRONYM_AFTER = re.compile(r"\s*\((?P<a>[A-ZÄÖÜ][A-ZÄÖÜa-z]*[A-ZÄÖÜ])\)")


def _acronym_after(ctx, end: int) -> bool:
    """An acronym of the German in brackets right after the English name: "… Authority (KBA)"."""
    m = _ACRONYM_AFTER.match(ctx.translation, end)
    if not m:
        # The name may run on past the word weighed: look after the rest of its capitalised run.
        m = re.match(r"(?:\s+(?:of|for|and|the|on)?\s*[A-Z][\w-]*)*", ctx.translation[end:])
        m = _ACRONYM_AFTER.match(ctx.translation, end + (m.end() if m else 0))
    return bool(m) and re.search(rf"(?<![\w]){re.escape(m.group('a'))}(?![\w])", ctx.source) is not None


def _renders_common_noun(english: str, source: str) -> bool:
    """The English word is a lexicon rendering of a common noun of the source („Kriegen“ :: war)."""
    from ..lexicon import english_stem, load

    lex = load()
    if lex is None:
        return False
    stem = english_stem(english.lower())
    return stem in source_senses(lex, source) or stem in _loanword_senses(lex, source)


@lru_cache(maxsize=256)
def _loanword_senses(lex, source: str) -> frozenset[str]:
    """The English stems of the source's capitalised words that the lexicon gives English as they are, besides
    other renderings („Jugendstil“ :: Jugendstil; art nouveau): a term English borrowed or translates, no name
    the word list knows as a noun."""
    out = set()
    for _, _, w in tokens(source):
        low = w.lower()
        if w[:1].isupper() and low not in GERMAN_FUNCTION_WORDS:
            senses = lex.translations(w)
            if len(senses) > 1 and (low in senses or (low.endswith("s") and low[:-1] in senses)):
                out |= senses
    return frozenset(out)


@lru_cache(maxsize=256)
def source_senses(lex, source: str, nouns_only: bool = True) -> frozenset[str]:
    """The English stems the lexicon renders the source's common nouns by (or, not ``nouns_only``, every word
    but the function words), the parts of its compounds too; looked up once per text."""
    out = set()
    for _, _, w in tokens(source):
        if (w[:1].isupper() and german_common_noun(w)) if nouns_only else w.lower() not in GERMAN_FUNCTION_WORDS:
            out |= lex.translations(w)
            for part in [x for piece in w.split("-") for x in (lex.parts(piece) or (piece,))]:
                out |= lex.translations(part)  # „Kraftfahrt-Bundesamt“: "Motor Transport Authority"
    return frozenset(out)


def _part_of_compound(source: str, word: tuple[int, int, str]) -> bool:
    """The German word stands hyphened to another („Stern-Halma“) or is a compound the lexicon splits („Jazzfestival“)."""
    from ..lexicon import load

    s, e, w = word
    lex = load()
    return source[e:e + 1] == "-" or source[s - 1:s] == "-" or (lex is not None and len(lex.parts(w.lower())) >= 2)


def _translates(german: str, english: str) -> bool:
    """The English word renders the German one: a noun of a name translated ("Tipps & Tricks" /
    "Tips & Tricks"), no slip. Without a lexicon, any German word but a name counts as rendered."""
    from ..lexicon import english_stem, load

    if english.lower().rstrip(".") in de.ABBREVIATION_RENDERINGS.get(german.lower().rstrip("."), ()):
        return True  # „Gymnasium Nr. 175“ / "Gymnasium No. 175"
    lex = load()
    if lex is None:
        return not german_name_like(german)
    return english_stem(english.lower()) in lex.translations(german)


def _changed_in_headline(ctx):
    """In a headline in title case, where every word is capitalised and names are not told apart
    by their capital: a word that is a German name with a letter or two changed ("Deflo" for
    „Devolo“), the German name missing from the English."""
    tr, src = ctx.translation, ctx.source
    en_toks = tokens(tr)
    if not _headline([w for _, _, w in en_toks]):
        return
    src_keys = {spelling_key(w) for _, _, w in tokens(src)}
    en_keys = {spelling_key(w) for _, _, w in en_toks}
    lost = [(s, e, w) for s, e, w in tokens(src) if w[:1].isupper() and spelling_key(w) not in en_keys
            and german_name_like(w)]
    for s, e, w in en_toks:
        k = spelling_key(w)
        if not w[:1].isupper() or k in src_keys or common_word(w) or _lexicon_english([(w, k)]):
            continue
        # (Not a name romanised from another script, which English romanises its own way: "Hosni" for „Husni“.)
        partner = next((x for x in lost if letters_changed(k, spelling_key(x[2]), ctx.params)
                        and not _romanised_name(src, x)), None)
        if partner:
            yield ctx.flag(f"the English names {w!r}, which the German does not mention; it is the German "
                           f"{partner[2]!r} with letters changed", source_span=partner[:2], translation_span=(s, e),
                           suggestion=tr[:s] + partner[2] + tr[e:], score=1.0, threshold=1.0)
            return


def _sides(ctx):
    """(lexicon, German, English, their words, the English words' spelling keys), None without a lexicon."""
    from ..lexicon import load

    lex = load()
    if lex is None:
        return None
    en_toks = tokens(ctx.translation)
    return lex, ctx.source, ctx.translation, tokens(ctx.source), en_toks, {spelling_key(w) for _, _, w in en_toks}


def _translated_names(ctx):
    """A German name translated as a common word: "Herr Koch" as "Mr Cook", "Johannes Patrick" as
    "John Patrick". A name position is after a title word (GERMAN_NAME_TITLES), or before a
    surname the English keeps; the name must be missing from the English, and a capitalised English
    word must be one of its translations in the lexicon."""
    from ..lexicon import english_stem

    sides = _sides(ctx)
    if sides is None:
        return
    lex, src, tr, src_toks, en_toks, en_keys = sides
    historical = None  # looked up once, when a first name is found translated
    for i, (s, e, g) in enumerate(src_toks):
        if not g[:1].isupper() or g.isupper() or spelling_key(g) in en_keys:
            continue
        prev = src_toks[i - 1][2].lower() if i else ""
        nxt = src_toks[i + 1] if i + 1 < len(src_toks) else None
        # (A stop between them only after an abbreviated title, „Dr. Koch“: „… seiner Familie. Kurz zuvor …“ ends
        # a sentence.)
        gap = src[src_toks[i - 1][1]:s] if i else ""
        titled = prev in GERMAN_NAME_TITLES and gap.strip(". ") == "" and ("." not in gap or prev in ("dr", "prof")) \
            and not office_title(g.lower()) and not military_rank(g.lower())  # „Herr Präsident“, „Herr Oberst“:
        #                                           addressed by the office or rank, which English translates
        # A first name: no common noun nor function word, not at a sentence start, before a kept surname.
        # After an article or an adjective („vom europäischen Weltraumbahnhof Kourou“) a noun stands, not
        # a first name; so does a noun of a woman's trade („Ökonomin Verena Steiner“).
        before_noun = prev in DETERMINERS or prev in ARTICLE_PREPOSITIONS \
            or (prev[:1].islower() and prev.endswith(GERMAN_DECLENSION_ENDINGS) and prev not in GERMAN_FUNCTION_WORDS)
        before_kept = bool(nxt) and nxt[2][:1].isupper() and src[e:nxt[0]] == " " \
            and spelling_key(nxt[2]) in en_keys and german_name_like(nxt[2]) and not _initial(src, s) \
            and g.lower() not in GERMAN_FUNCTION_WORDS and g.lower() not in GERMAN_KINSHIP_TITLES \
            and g.lower() not in GERMAN_STORM_TITLES \
            and not rank_title(g.lower()) and not military_rank(g.lower()) and not before_noun \
            and not german_common_noun(g) and not _adjective_of_isch(g) \
            and not any(g.endswith(f) and german_common_noun(g[:-len(f)]) for f in GERMAN_FEMININE_ENDINGS)
        if not (titled or before_kept):
            continue
        senses = lex.translations(g)
        at = s / max(len(src), 1)
        # The same word with a German ending is no translation: „des Städtischen Museums“ as "Museum"; and
        # a first name's translation stands where the name stood, not anywhere in the paragraph (after
        # „Herr“ or „Frau“ the name is certain, and short sentences move it far: "Mrs Miller said so").
        # A first name's translation stands before the surname it stood before ("John Patrick"); a noun put
        # after the name is the name's English word order ("the Baikonur Cosmodrome" for „Kosmodrom Baikonur“).
        hit = next(((a, b, w) for j, (a, b, w) in enumerate(en_toks) if w[:1].isupper()
                    and english_stem(w.lower()) in senses and not inflected(w, g)
                    and (titled or (abs(a / max(len(tr), 1) - at) <= ctx.params["max_shift"]
                                    and j + 1 < len(en_toks) and spelling_key(en_toks[j + 1][2]) == spelling_key(nxt[2])))
                    and spelling_key(w) not in {spelling_key(x) for _, _, x in src_toks}
                    # (a look-alike is the name's English form, "Ramesses" for „Ramses“, no common word; nor is a
                    # common word that opens the English sentence a name: "Goalkeeper Jannik Stöver" for „Torwart …“)
                    and spelling_key(w)[:3] != spelling_key(g)[:3] and not (_initial(tr, a) and common_word(w))), None)
        if hit and not titled:
            # Figures of history take the English form of their given name ("Christopher Clavius" for
            # „Christophorus Clavius“); people of our time keep theirs.
            historical = doc_historical(ctx) if historical is None else historical
            if historical:
                continue
        if hit:
            yield ctx.flag(f"the name {g!r} is translated as a common word: {hit[2]!r} (a name keeps its form)",
                           source_span=(s, e), translation_span=hit[:2],
                           suggestion=tr[:hit[0]] + g + tr[hit[1]:], score=1.0, threshold=1.0)
            return


def _adjective_of_isch(word: str) -> bool:
    """An adjective in -isch, capitalised in a name („Europäischer Bison“, „Rotes Kreuz“ aside): no given name
    ends so, and its English ("European") is the adjective's, not a translated name."""
    low = word.lower()
    return len(low) >= 8 and low.endswith(_ISCH_INFLECTED)


_ISCH_INFLECTED = tuple(e for e in GERMAN_ADJECTIVE_ENDINGS if e != "isch")  # „-ische“, „-ischer“, …


def _place_translated(ctx):
    """A town's name translated as the common word it also is: „Hauptbahnhof Halle“ as "main station hall",
    „zwischen Simbach und Pfarrkirchen“ as "between Simbach and parish churches". Only where the German
    uses the word as a name: after a noun of a kind of place (GERMAN_PLACE_KINDS), or joined by „und“ to
    a town the English keeps; the name must be missing from the English, and an English word near its
    place must be a translation of it or of its compound's head."""
    sides = _sides(ctx)
    if sides is None:
        return
    lex, src, tr, src_toks, en_toks, en_keys = sides
    places = german_places()

    def kept_town(w: str) -> bool:
        return w.lower() in places and not german_common_noun(w) and spelling_key(w) in en_keys

    for i, (s, e, g) in enumerate(src_toks):
        k = spelling_key(g)
        if not g[:1].isupper() or g.isupper() or g.lower() not in places or k in en_keys \
                or not english_of(k).isdisjoint(en_keys):
            continue
        prev = src_toks[i - 1][2].lower() if i else ""
        named = (prev.endswith(GERMAN_PLACE_KINDS) and src[src_toks[i - 1][1]:s] == " ") \
            or coordinated(src_toks, i, kept_town)
        if not named:
            continue
        low = g.lower()
        senses = lex.translations(low) | lex.translations((lex.parts(low) or (low,))[-1])
        at = s / max(len(src), 1)
        hit = _rendering_near(senses, at, tr, ctx.params["max_shift"])
        if hit:
            yield ctx.flag(f"the place name {g!r} is translated as a common word: {hit[2]!r} (a name keeps its form)",
                           source_span=(s, e), translation_span=hit[:2],
                           suggestion=tr[:hit[0]] + g + tr[hit[1]:], score=1.0, threshold=1.0)
            return


def _letter_doubled(ctx):
    """A word of the German written in the English with one letter doubled or undoubled, nothing else
    changed: "Manheim" for „Mannheim“, "Kiiel" for „Kiel“, "Arwil" for „Aarwil“; or one letter inside dropped or
    two swapped (``_slip_inside``: "Chemniz", "Kirhhausen"), in a name not romanised from another script. Spelling
    keys take doubled letters for spelling (transliterations differ by them: "Selenskyy"), so the paths above
    pass such a name; but a name the English writes in the German's own letters has one spelling.
    Not: an English name of the tables ("Finland" for „Finnland“, "Philip" for „Philipp“), an English
    word ("Ballet" for „Ballett“), umlauts or ß written out ("Gross" for „Groß“). Hyphenated words
    are compared part by part ("Baden-Württemberrg")."""
    def plain(word: str) -> str:
        return fold(word.lower().replace("ß", "ss"))

    def parts(toks):
        for i, (s, _, w) in enumerate(toks):
            w = _POSSESSIVE.sub("", w)  # "Hiilde's"
            for k, part in _hyphen_parts(w)[1 if "-" in w else 0:]:
                if len(part) >= 3 and part[:1].isupper():
                    yield i, s + k, s + k + len(part), part

    src_toks = list(parts(tokens(ctx.source)))
    if not src_toks:
        return
    by_shape: dict[str, list] = {}
    for _, gs, ge, g in src_toks:
        by_shape.setdefault(collapsed(plain(g)), []).append((gs, ge, g))
    src_plain = {plain(t[3]) for t in src_toks}
    en_toks = tokens(ctx.translation)
    en_parts = list(parts(en_toks))
    # German names a letter may slip from: five letters or more, not romanised from another script, each once, the
    # shortest first; of four letters, one the English does not write right elsewhere ("Ian" beside "Iran" is another
    # word).
    en_plain = {plain(x) for _, _, _, x in en_parts}
    slippable = sorted({(gs, ge, g) for _, gs, ge, g in src_toks if not romanised(g)
                        and (len(g) >= 5 or (len(g) == 4 and plain(g) not in en_plain))}, key=lambda t: (len(t[2]), t))

    def foreign(i: int) -> bool:
        # A name word beside it that the German spells otherwise: the whole name is in another
        # romanisation ("Jemaa el-Fnaa" for „Djemaa el Fna“), not misspelt.
        # (A genitive the English drops, "Guiscard" for „Guiscards“, and a ruler's English name, "Theresa"
        # for „Theresia“, are the German's name, not another romanisation.)
        # (Nor an acronym beside it: "Roseenheim CID" for „Kriminalpolizei Rosenheim“; nor the English word of a
        # country, language or well-known place, which English spells its own way: "the Senegalese capital Dakkar".)
        return any(abs(j - i) <= 2 and j != i and plain(x) not in src_plain and not common_word(x) and not x.isupper()
                   and plain(x) + "s" not in src_plain and plain(x) not in english_place_spellings()
                   and not geo_word(x, geo_keys()[0]) for j, _, _, x in en_parts)

    for i, s, e, w in en_parts:
        low = plain(w)
        if low in src_plain or low in english_place_spellings():
            continue
        doubled = by_shape.get(collapsed(low), ())
        # ... or a letter inside dropped, or two inside swapped ("Chemniz" for „Chemnitz“, "Kirhhausen" for
        # „Kirchhausen“), which spelling keys may equate too.
        # (Of four letters, in the German's case: "HVC" for „HEVC“, but "CHF" is no slip of „Chef“.)
        slipped = [t for t in slippable if _slip_inside(low, plain(t[2]))
                   and (len(t[2]) > 4 or w.isupper() == t[2].isupper())]
        for gs, ge, g in [t for t in doubled if abs(len(plain(t[2])) - len(low)) == 1] + slipped:
            if common_word(w) or (_lexicon_english([(w, "")]) and not _doubled_onto(low, plain(g))) or foreign(i) \
                    or voiceless_s(low, plain(g)) or same_city(w, g):
                continue
            yield ctx.flag(f"the English writes {w!r} for the German {g!r}: a letter doubled, dropped or swapped, "
                           f"the name misspelt", translation_span=(s, e), source_span=(gs, ge),
                           suggestion=ctx.translation[:s] + g + ctx.translation[e:], score=1.0, threshold=1.0)
            return


def _written_misspelt(english: str, german: str) -> bool:
    """The English is the German less one letter, and English writes the German's spelling of the name
    (``english_written``) and hardly ever the English's: no spelling of the English's own ("Hanover", "Tehran" are
    written), but a slip ("Thoms" for „Thomas“). (A letter changed is another tradition's as often, "Moctezuma" for
    „Montezuma“, whichever English writes more.)"""
    written = english_written()
    return len(english) == len(german) - 1 and german.lower() in written and english.lower() not in written


def _doubled_onto(english: str, german: str) -> bool:
    """The English doubles a letter of the German and stems to the German's own stem ("Elbbe", "Jurry"): the
    lexicon's English stem is the name's, not that of an English word spelt so (English undoubles: "Ballet")."""
    from ..lexicon import english_stem

    return len(english) > len(german) and english_stem(english) == english_stem(german)


def _slip_inside(english: str, german: str) -> bool:
    """The English is the German (both plain, lower case) less one letter inside it (``letter_dropped``: no h, no
    letter of an ending or of „sch“, no vowel beside a vowel; but a vowel before a last n), nor the c of „ch“, which
    German writes for the kh or h of other scripts („Merchavia“ / "Merhavia"); or with two neighbours inside it
    swapped, first and last letters kept, or the last two swapped ("Innsbrukc"; not English -re or -le for German
    -er or -el: "Theatre", "Metre")."""
    if len(english) == len(german) >= 5 and english[:-2] == german[:-2] and english[-2:] == german[:-3:-1] \
            and english[-2] != english[-1] and {english[-2:], german[-2:]} not in ({"er", "re"}, {"el", "le"}):
        return True
    if english[:1] != german[:1] or english[-1:] != german[-1:]:
        return False
    if len(english) == len(german):
        return letters_swapped(english, german)
    if len(english) != len(german) - 1:
        return False
    i = next((i for i in range(len(english)) if english[i] != german[i]), len(english))
    # (A vowel before a last n is a slip too in a name of the German's letters: "Jürgn", "Galln"; endings drop an a
    # or e before an s, „Jainas“ / "Jains".)
    vowel_before_n = i == len(german) - 2 and german[-1] == "n" and german[i] in "aeiouy" \
        and german[i - 1] not in "aeiouy" and english == german[:i] + german[i + 1:]
    return (letter_dropped(english, german, 4) or vowel_before_n) and german[i:i + 2] != "ch"


_PLACE_FORM_ENDINGS = ("s", "es", "er", "ern", "ers", "erin")


_NEXT_CAPITALISED = re.compile(r" ([A-Z][^\W\d_]+)")


def _exonym_not_used(ctx):
    """A German place with an English name of its own, written in the English in a German form: with its
    umlauts merely dropped ("Munchen" for München, from „München“ or „Münchner“: neither the English name,
    Munich, nor the German spelling), or as a German word English never writes ("Kiew", "Moskau"). The
    German spelling with its umlauts is left alone: it is a club's or firm's own name ("1. FC Köln"); so is a
    title the German quotes, copied as it is ("Zwischen Prag und Pilsen")."""
    src_toks = tokens(ctx.source)
    titles = quoted_titles_copied(ctx.source, ctx.translation)
    src_words = {w for _, _, w in src_toks}
    # German words with umlauts, without them (computed once, not per English word).
    dropped = [(plain, g) for _, _, g in src_toks if (plain := g.translate(UMLAUT_DROPPED)) != g]
    # Each part of a hyphenated word too: "Munchen-based", "Koln-Lindenthal".
    words = [(s + k, s + k + len(x), x) for s, e, w in tokens(ctx.translation)
             for k, x in _hyphen_parts(w)]
    for s, e, w in words:
        bare = _POSSESSIVE.sub("", w)  # "Munchen's", "Koln’s" (the curly apostrophe is no letter of the name)
        w, e = bare, e - (len(w) - len(bare))
        if not w[:1].isupper() or len(w) < 3 or not w.isascii():
            continue
        if set(ctx.translation[max(0, s - 12):s].split()[-1:]) & en.CLUB_WORDS:
            continue  # a club named by its town's own name: "Club Brugge"
        key = spelling_key(w)
        # Every name of the table has its English names here (so the message needs no other source).
        names = english_place_names().get(key)
        if not names:
            continue
        # (The German may say the place in the genitive or by its adjective: „die Einwohner Kiews“, „die Kiewer Rus“.)
        if w.lower() in GERMAN_ONLY_PLACE_NAMES \
                and any(g == w or (g.startswith(w) and g[len(w):] in _PLACE_FORM_ENDINGS) for g in src_words):
            if any(a <= s < b for a, b in titles):
                continue
            after = _NEXT_CAPITALISED.match(ctx.translation, e)
            if after and re.search(rf"(?<!\w){re.escape(w)} {re.escape(after.group(1))}(?!\w)", ctx.source):
                continue  # a firm's or team's name, kept whole as the German writes it: „Kairo Sports“
            why = "the German name of the place, which English does not use"
        elif dropped and key not in {spelling_key(x) for x in names} and not common_word(w) and w not in src_words \
                and any((plain.startswith(w) and g[:len(w)] != w)
                        or (w.endswith("en") and len(w) >= 6 and plain.startswith(w[:-2])
                            and plain[len(w) - 2:].startswith("n") and g[:len(w) - 2] != w[:-2])
                        for plain, g in dropped):
            # „München“, „Münchener“, „Münchner“ (the -en dropped before -er): the place, umlauts dropped; not
            # a place whose compound has its umlaut elsewhere („Europabrücke“, "Europa Bridge"), nor a word the German
            # writes so itself (the moon „Europa“ beside „Europäischen“).
            why = "the German name of the place with its umlauts dropped"
        else:
            continue
        yield ctx.flag(f"{w!r} is {why}; English calls it {' / '.join(names)!r}", translation_span=(s, e),
                       suggestion=ctx.translation[:s] + names[0] + ctx.translation[e:], score=1.0, threshold=1.0)
        return


def _romanisation_kept(ctx):
    """A name romanised from another script written in the English as the German romanises it, by an ending
    English never writes: "Selenskyj", "Dmitrij", "Abramowitsch" (English: Zelensky, Dmitry, Abramovich), kept or
    put on the German's own spelling („Dmitri“ / "Dmitrij"); or a Ukrainian place the German names by its
    Ukrainian name, given its Russian one ("Kharkov" for „Charkiw“, en.RUSSIAN_FORMS_OF_UKRAINIAN_NAMES).
    Not "-ow" („Peskow“): German places and people end so too („Pankow“, „Bülow“), which English keeps — a
    rule that read it as Russian in a text about a country of Cyrillic script found no injected error on
    the unseen sets and flagged a clean paragraph there (twentieth round)."""
    src = {w: (s, e) for s, e, w in tokens(ctx.source) if w[:1].isupper()}
    by_key = {spelling_key(w): w for w in src}
    for s, e, w in tokens(ctx.translation):
        w = _POSSESSIVE.sub("", w)
        if len(w) < 5 or w.isupper():
            continue
        russian = en.RUSSIAN_FORMS_OF_UKRAINIAN_NAMES.get(w.lower())
        german = next((x for x in src if x.lower() in russian[1]), None) if russian else None
        if german:
            yield ctx.flag(f"{w!r} is the Russian name of the place the German calls by its Ukrainian name "
                           f"„{german}“: English writes {russian[0]}", source_span=src[german],
                           translation_span=(s, s + len(w)), suggestion=ctx.translation[:s] + russian[0]
                           + ctx.translation[s + len(w):], score=1.0, threshold=1.0)
            return
        if not w.lower().endswith(GERMAN_ONLY_ROMANISATION_ENDINGS):
            continue
        # Kept, or put by the English on a name the German spells without it („Dmitri“ / "Dmitrij").
        german = w if w in src else by_key.get(spelling_key(w))
        if german is None:
            continue
        yield ctx.flag(f"{w!r} is the German romanisation of the name" + (", kept" if german == w else "")
                       + ": English romanises it its own way (y for j, sh and ch for sch and tsch: „Selenskyj“ is "
                       f"Zelensky, „Abramowitsch“ Abramovich)",
                       source_span=src[german], translation_span=(s, s + len(w)), score=1.0, threshold=1.0)
        return
    yield from _romanisations_mixed(ctx)


def _name_pairs(text: str) -> list[tuple[tuple[int, int, str], tuple[int, int, str]]]:
    """Two capitalised words next to each other with a space between: a name's two words, as like as not."""
    toks = tokens(text)
    return [(a, b) for a, b in zip(toks, toks[1:])
            if a[2][:1].isupper() and b[2][:1].isupper() and text[a[1]:b[0]] == " "]


def _romanisations_mixed(ctx):
    """A name romanised from Cyrillic whose one word the English romanises its own way („Dmitri“ / "Dmitry",
    „Selenskyj“ / "Zelensky") and whose other it keeps in the German's romanisation with a letter English romanises
    otherwise (SLAVIC_MARKS: w for v, sch for sh, j for y): "Dmitry Peskow", "Wolodymyr Zelensky". One person is
    romanised one way; the kept word is the German's spelling left. A word of the German name must end as German
    romanises Cyrillic (ROMANISATION_ENDINGS: „-ow“, „-yj“; Arabic and Kurdish names keep their w in English too,
    „Hawre“), and the respelt word differ by more than accents ("Szczesny" for „Szczęsny“)."""
    en_pairs = _name_pairs(ctx.translation)
    if not en_pairs:
        return
    de_pairs = {(spelling_key(a[2]), spelling_key(b[2])): (a, b) for a, b in _name_pairs(ctx.source)}
    endings = ROMANISATION_ENDINGS + GERMAN_ONLY_ROMANISATION_ENDINGS
    for pair in en_pairs:
        words = [_POSSESSIVE.sub("", t[2]) for t in pair]
        german = de_pairs.get((spelling_key(words[0]), spelling_key(words[1])))
        if german is None or not any(len(g[2]) > 4 and g[2].lower().endswith(endings) for g in german):
            continue
        kept = [j for j in (0, 1) if words[j] == german[j][2]]
        if len(kept) != 1 or fold(words[1 - kept[0]]) == fold(german[1 - kept[0]][2]):
            continue
        w, other = words[kept[0]], words[1 - kept[0]]
        if not any(m in w.lower() for m in SLAVIC_MARKS) \
                or other.lower() in GERMAN_REGNAL_EXONYMS.get(german[1 - kept[0]][2].lower(), ()):
            continue  # (a German given name in its English form beside a German surname: "Rudolph Virchow")
        s = pair[kept[0]][0]
        yield ctx.flag(f"{w!r} keeps the German romanisation of a name whose {other!r} the English romanises its own "
                       f"way (for „{german[1 - kept[0]][2]}“): English writes v for w, sh for sch, y for j",
                       source_span=german[kept[0]][:2], translation_span=(s, s + len(w)), score=1.0, threshold=1.0)
        return


def _hyphen_parts(word: str) -> list[tuple[int, str]]:
    """The word and, when hyphenated, each part with its offset in the word."""
    if "-" not in word:
        return [(0, word)]
    out, k = [(0, word)], 0
    for x in word.split("-"):
        if x:
            out.append((k, x))
        k += len(x) + 1
    return out


_POSSESSIVE = re.compile(en.POSSESSIVE)

_GERMAN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


def _foreign_letters(words) -> bool:
    """Whether a word has a letter German does not write (ć, ń, ú, ë, ł ...)."""
    return any(c.isalpha() and c not in _GERMAN_LETTERS for w in words for c in w.lower())


def _lexicon_english(bad) -> bool:
    # A word the lexicon's English side uses ("Euro", "Prix"): a word, not a misspelt name.
    from ..lexicon import english_stem, load

    lex = load()
    return lex is not None and any(lex.is_english(english_stem(part.lower()))
                                   for w, _ in bad for part in w.split("-") if len(part) > 2)


def lost_german_names(source: str, translation: str, min_stem: float = 0.75) -> list[tuple[int, int, str]]:
    """Name-like German words (see ``german_name_like``) with no counterpart in the English."""
    tr = KeyIndex((t[2] for t in tokens(translation)), lower_too=True)
    src_keys = _capital_keys(source)

    def in_english(word):
        return any(tr.matches(e, min_stem, near=False) for e in kept_by(spelling_key(word), src_keys))

    # ... or without its genitive „-s“ (genitive_forms).
    return [x for x in german_names(source)
            if german_name_like(x[2]) and not any(in_english(f) for f in genitive_forms(x[2]))]


def _capital_keys(source: str) -> frozenset[str]:
    """Spelling keys of the German's capitalised words."""
    return frozenset(spelling_key(t[2]) for t in tokens(source) if t[2][:1].isupper())


def kept_by(key: str, src_keys: frozenset[str]) -> frozenset[str]:
    """Keys of the English words that keep the German word of ``key``: the word itself and its exonyms' words. An
    exonym's words count one by one („New York“ gives „York“ the words "new" and "york"), but one the German writes
    itself (``src_keys``) renders that word, not this one: "New Jessen" keeps „New“ of „New York“ and loses „York“."""
    return frozenset({key} | {e for e in english_of(key) if e not in src_keys})


def genitive_forms(word: str) -> tuple[str, ...]:
    """The word, and without a genitive „-s“ when it may have one, which the spelling key may read with the letter
    before it: „des Deutschlandtickets“ / "the Deutschlandticket"."""
    return (word, word[:-1]) if word.endswith("s") and len(word) >= 5 else (word,)


def german_name_like(word: str) -> bool:
    """A capitalised German word in mid-sentence that may be a name: no common noun. A function
    word capitalised there is a name ("am Ufer der Seine"), bar the polite pronouns ("Sie")."""
    low = word.lower().replace("\u00ad", "")
    if low in GERMAN_POLITE_PRONOUNS or low in CURRENCIES or low + "." in de.SCALES:
        return False  # („Euro“, „Franken“: a currency, which the English may write as its sign; „Mio.“ a number's scale)
    if low in GERMAN_FUNCTION_WORDS or low in GERMAN_FUNCTION_WORDS_ALSO_ENGLISH:
        return True
    if _town(low):
        return True  # a town, though the noun list has it or splits it into nouns („Göttingen“, „Bonn“, „Dresden“)
    return not german_common_noun(word) and not _lexicon_common(low)


@lru_cache(maxsize=16384)
def _town_by_lexicon(low: str) -> bool:
    """The lexicon translates the town's name by itself or not at all: no common word of that spelling („Haus“,
    „Halle“, „Essen“ are towns too, and translated). Judged by the forms of the word itself and of the word less an
    inflection's ending („Häusern“: Häuser; „Höfen“: Höfe), not by the lexicon's stem, which ties „Davos“ to „davon“
    and „Bonn“ to „Bon“."""
    from ..lexicon import load

    lex = load()
    if lex is None:
        return False
    key = spelling_key(low)
    forms = {low} | {low[:-len(e)] for e in _TOWN_ENDINGS if low.endswith(e) and len(low) - len(e) >= 3}
    if low.endswith(("en", "ln", "rn")):
        forms.add(low[:-1])  # a dative plural's n („Engeln“: Engel, „Häusern“: Häuser; not „Bonn“: Bon)
    return all(spelling_key(t) == key for f in forms for t in lex.form_translations(f) or ())


_TOWN_ENDINGS = ("ern", "en", "er", "es", "e", "s")


def _town(low: str) -> bool:
    """A German place (``german_places``) that is no common word (``_town_by_lexicon``)."""
    return low in german_places() and _town_by_lexicon(low)


def _lexicon_common(low: str) -> bool:
    """A word the lexicon translates by words unlike itself ("Teile" :: parts, "Hallo" :: hello):
    a common word. A name the lexicon lists keeps its look in English ("Kelvin" :: kelvin)."""
    from ..lexicon import load

    lex = load()
    return lex is not None and _common_in(lex, low)


@lru_cache(maxsize=65536)
def _common_in(lex, low: str) -> bool:
    tr = lex.translations(low) if "-" not in low else frozenset()
    if not tr:
        return False  # compounds stay name-like: many names are made of words ("Hartmann", "Engelsburg")
    key = spelling_key(low)[:3]
    return not any(spelling_key(t)[:3] == key for t in tr)


def geo_word(word: str, geo: frozenset[str]) -> bool:
    # "German-speaking": every part a place, a word made from one, or a common English word.
    parts = [x for x in word.split("-") if x]

    def place(x: str) -> bool:
        return geo_key(spelling_key(x), geo) or x.lower() in ENGLISH_GEO_COMBINING  # "Franco-Dutch"
    return any(place(x) for x in parts) and all(place(x) or common_word(x) for x in parts)


def german_names(text: str) -> list[tuple[int, int, str]]:
    """Capitalised German words in mid-sentence that are no function word: names and nouns."""
    return [(s, e, w) for s, e, w in tokens(text)
            if w[:1].isupper() and not w.isupper() and len(w) > 2 and not _initial(text, s)
            and w.lower() not in GERMAN_POLITE_PRONOUNS]
