"""A German–English word lexicon: which English words may render a German word form.

Built from Ding's de-en list (Frank Richter, TU Chemnitz; GPL-2+), which Debian packages as
``trans-de-en`` (``/usr/share/trans/de-en``). FreeDict's deu-eng is converted from the same list,
so it adds nothing for word look-ups. Ding pairs inflected forms with theirs ("Haus | Häuser ::
house | houses", "gehen | ging :: to go | went"), so the German side needs no lemmatiser: every
single-word German form of an entry is a key, and its value the stems (suffixes stripped) of the
English content words of the aligned part. German forms Ding does not list are looked up by their
stem, then split into known parts (compounds).

The list is read once and cached (a sqlite file under the user's cache folder, keyed by the source's
size and mtime); ``deen lexicon build [FILE]`` builds it from another copy of the list. Without a
list the checks that use it run degraded and say so (``status()``).
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Optional

from .errors import InputError
from .lang.words import ENGLISH_FUNCTION_WORDS, GERMAN_LINKS, GERMAN_SEPARABLE_PARTICLES

# Where Debian's trans-de-en puts the list; DEEN_LEXICON names another list or cache, "none" none.
SYSTEM_SOURCES = (Path("/usr/share/trans/de-en"),)
ENV = "DEEN_LEXICON"
FORMAT = 13  # bump when the cache layout or the parsing rules change

_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|/[^/\s]+/")  # "/Schupo/": an abbreviation
_IRREGULAR = re.compile(r"\{([^}]*)\}")  # "to go {went; gone}": English irregular forms
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Shortest part of a compound looked up, and the shortest word split at all.
MIN_PART = 3
MIN_SPLIT = 7


# Suffix stripping, the same on both sides of every comparison: it need not find linguistic stems,
# only give the forms of one word one key ("houses", "housing" -> "hous"; "Häuser" -> "häus").
# Longest ending first; a stem keeps at least MIN_STEM letters. Plain string operations: checks
# stem every word of every paragraph, and a Snowball stemmer in Python was 0.5 ms a word.
ENGLISH_ENDINGS = ("ingly", "ings", "ing", "edly", "ied", "ies", "ed", "es", "ly", "'s", "’s", "s", "e", "y")
GERMAN_ENDINGS = ("ern", "em", "en", "er", "es", "e", "n", "s")
MIN_STEM = 3


def _strip(word: str, endings: tuple[str, ...]) -> str:
    for e in endings:
        if word.endswith(e) and len(word) - len(e) >= MIN_STEM:
            word = word[:-len(e)]
            break
    # A last silent e or y ("house"/"hous-ing", "study"/"stud-ies") and doubled consonants ("stopp-ed").
    if word.endswith(("e", "y")) and len(word) > MIN_STEM:
        word = word[:-1]
    if len(word) > MIN_STEM and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


@lru_cache(maxsize=200_000)
def english_stem(word: str) -> str:
    """Key of a lower-case English word's forms ("houses", "housing" -> "hous")."""
    return _strip(word.lower().replace("’", "'"), ENGLISH_ENDINGS)


@lru_cache(maxsize=200_000)
def german_stem(word: str) -> str:
    """Key of a German word's inflected forms ("Häuser", "Hauses" -> "häus", "haus")."""
    return _strip(word.lower(), GERMAN_ENDINGS)


_PLACEHOLDERS = frozenset(("sb", "sth", "sb's", "one's", "sth's", "etw", "jdn", "jdm", "jds", "to"))


def _english_stems(text: str) -> set[str]:
    extra = [m.group(1) for m in _IRREGULAR.finditer(text)]
    words = _WORD.findall(_BRACKETS.sub(" ", text)) + [w for x in extra for w in _WORD.findall(x)]
    words = [w.lower() for w in words if w.lower() not in _PLACEHOLDERS]
    content = [w for w in words if w not in ENGLISH_FUNCTION_WORDS]
    # Function words only where nothing else renders the German ("innerhalb" :: "within").
    return {english_stem(w) for w in (content or words)}


# Words Ding writes around a verb form ("ich/er/sie ging", "er/sie ist gegangen", "sich freuen"):
# dropped, so the form itself becomes a key.
_GERMAN_FRAME = frozenset("ich du er sie es wir ihr man sich ist war hat hatte sind waren haben hatten bin "
                          "wird wurde werden zu etw jdn jdm jds der die das den dem des ein eine einen einer".split())


def _german_form(text: str) -> Optional[str]:
    # A single German word of one alternative ("Haus {n}", "gehend"), or None for phrases.
    words = [w for w in _BRACKETS.sub(" ", text).replace("/", " ").split()
             if w.lower().strip(".") not in _GERMAN_FRAME]
    if len(words) != 1:
        return None
    w = words[0].strip(".,;:!?\"'„“”")
    return w.lower() if _WORD.fullmatch(w) else None


def _entries(lines):
    """Each entry of Ding's ``DE :: EN`` lines as its sub-entries: (German parts, English parts,
    whether they pair up one to one)."""
    for line in lines:
        if line.startswith("#") or " :: " not in line:
            continue
        de, en = line.rstrip("\n").split(" :: ", 1)
        de_parts, en_parts = de.split(" | "), en.split(" | ")
        yield de_parts, en_parts, len(de_parts) == len(en_parts)


_VERB_MARK = re.compile(r"\{v[itr]\}")


def parse_ding(lines) -> dict[str, set[str]]:
    """German word form (lower case) -> English stems, from lines of Ding's ``DE :: EN`` format.

    The forms of one verb („trinken | trinkend | getrunken | trank“ :: "to drink {drank; drunk} |
    drinking | drunk | drank") share their senses: a German perfect is told in the English past as
    often as not („hat getrunken“ / "drank", „ist gefahren“ / "drove"), and a strong verb's forms
    share no stem either side."""
    forms: dict[str, set[str]] = {}
    for de_parts, en_parts, paired in _entries(lines):
        if not paired:
            en_parts = [" | ".join(en_parts)] * len(de_parts)  # every form may mean any of them
        verb = paired and _VERB_MARK.search(de_parts[0].split(";")[0]) is not None
        conjugated: list[str] = []
        senses: set[str] = set()
        for d, e in zip(de_parts, en_parts):
            stems = None
            for alt in _BRACKETS.sub(" ", d).split(";"):  # "innerhalb {prp; +Gen.}": brackets first
                form = _german_form(alt)
                if form is None:
                    continue
                if stems is None:
                    stems = _english_stems(e)
                if stems:
                    forms.setdefault(form, set()).update(stems)
                    if verb and ";" not in d:  # one verb's forms only, not „fahren; befahren“
                        conjugated.append(form)
                        senses |= stems
        for form in conjugated:
            forms[form] |= senses
    return forms


# A phrase of the list: its German words (2 to 4, frame words dropped) and its English renderings
# (each at most this many content words), matched by stems on both sides.
MAX_PHRASE_WORDS = 4
_PHRASE_STRIP = ".,;:!?\"'„“”()…"


def parse_ding_phrases(lines) -> dict[frozenset[str], set[frozenset[str]]]:
    """German stems of a phrase -> the English stems of each of its renderings, from Ding's list:
    „jdm. Bescheid geben“ :: "to let sb. know" gives {bescheid, geb} -> {{let, know}}. Words of
    an idiom („es sich anders überlegen“, "change one's mind") that no single entry translates."""
    phrases: dict[frozenset[str], set[frozenset[str]]] = {}
    for de_parts, en_parts, paired in _entries(lines):
        if not paired:
            continue  # misaligned sub-entries: a phrase's rendering cannot be told
        for d, e in zip(de_parts, en_parts):
            renderings = {frozenset(x) for x in map(_english_stems, e.split(";")) if 0 < len(x) <= MAX_PHRASE_WORDS}
            if not renderings:
                continue
            for alt in _BRACKETS.sub(" ", d).split(";"):
                words = [w.strip(_PHRASE_STRIP) for w in alt.replace("/", " ").split()]
                words = [w for w in words if w and w.lower().strip(".") not in _GERMAN_FRAME and _WORD.fullmatch(w)]
                stems = frozenset(german_stem(w) for w in words)
                if 2 <= len(words) <= MAX_PHRASE_WORDS and len(stems) >= 2:
                    phrases.setdefault(stems, set()).update(renderings)
    return phrases


_GEO_TAG = "[geogr.]"
_NOT_A_NAME = re.compile(r"\{(?:adj|adv|v[itr]*|prp|conj|art|pron)\b[^}]*\}")


def _clean_name(text: str) -> str:
    return " ".join(_BRACKETS.sub(" ", text).split()).strip(" .,;:")


def parse_ding_places(lines) -> dict[str, set[str]]:
    """German place name (lower case, as written) -> its English names, from the list's entries tagged
    [geogr.]: „Mailand“ :: Milan, „Tajo“ :: Tagus, „Golanhöhen“ :: Golan Heights (names only, those
    English calls otherwise; adjectives and adverbs are skipped)."""
    out: dict[str, set[str]] = {}
    for de_parts, en_parts, _ in _entries(lines):
        de0, en0 = de_parts[0], en_parts[0]
        if _GEO_TAG not in de0 or _NOT_A_NAME.search(de0):
            continue
        # Brackets first: a note in them holds semicolons of its own („Bern (Schweizer Kanton; Hauptort: Bern)“),
        # and its halves would read as names ("hauptort: bern)", "kanton").
        english = {e for e in map(_clean_name, _BRACKETS.sub(" ", en0).split(";")) if e[:1].isupper()}
        for german in map(_clean_name, _BRACKETS.sub(" ", de0).split(";")):
            others = {e.lower() for e in english if e != german}
            if german[:1].isupper() and others:
                out.setdefault(german.lower(), set()).update(others)
    return out


@dataclass(frozen=True)
class LexiconInfo:
    """Which list the lexicon was built from: goes into the settings of every output."""

    source: str
    sha256: str  # of the source file: two lexicons with one hash give the same checks
    forms: int


class Lexicon:
    """Look-ups of German word forms: their English stems, their stem or their compound parts.

    Backed by a read-only sqlite file: opening it costs nothing, a look-up a few microseconds."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._db, self._pid = None, None
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        if meta.get("format") != str(FORMAT):
            raise InputError(self.path, "lexicon cache of another format: rebuild it with `deen lexicon build`")
        self.info = LexiconInfo(source=meta["source"], sha256=meta["sha256"], forms=int(meta["forms"]))
        self._places: Optional[dict[str, frozenset[str]]] = None
        # This lexicon's look-ups, cached by the word alone: a key of (lexicon, word) is a tuple the
        # garbage collector walks for as long as the cache holds it (85,000 of them after a first pass
        # over 1,000 paragraphs, a quarter of the objects each full collection walked).
        self._forms: dict[str, Optional[frozenset[str]]] = {}  # a form -> its English stems, None: no such form
        self._stems: dict[str, frozenset[str]] = {}  # a German stem -> the English stems of its forms
        self._fetched: set[str] = set()  # words ``prefetch`` has looked up
        self._translations = lru_cache(maxsize=200_000)(partial(_translations, self))
        self._split = lru_cache(maxsize=100_000)(partial(_split, self))
        self._is_english = lru_cache(maxsize=200_000)(partial(_is_english, self))
        self._phrases = lru_cache(maxsize=100_000)(partial(_phrases, self))

    @property
    def db(self) -> sqlite3.Connection:
        # A connection must not cross a fork (checks run in worker processes): each process opens its own.
        # ``immutable``: no file lock taken and released around every query (a first pass over new text
        # makes about fourteen look-ups a paragraph, and the locking was most of each one's cost). The
        # file is never written in place: ``build`` writes a temporary file and renames it over the
        # cache, so a connection open on the old file reads the old file either way.
        if self._pid != os.getpid():
            self._db = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True,
                                       check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def __getstate__(self):  # checks may run in worker processes: reopen there
        return {"path": self.path}

    def __setstate__(self, state):
        self.__init__(state["path"])

    def _get(self, table: str, key: str) -> Optional[frozenset[str]]:
        row = self.db.execute(f"SELECT en FROM {table} WHERE k = ?", (key,)).fetchone()
        return frozenset(row[0].split()) if row else None

    def prefetch(self, words) -> None:
        """Look many German words up at once (one query for a paragraph, not one per word)."""
        todo = {w.lower() for w in words} - self._fetched
        if not todo:
            return
        lows = sorted(todo)
        stems = sorted({german_stem(w) for w in lows})
        # ... and the infinitives their past forms may be of (``verb_lemmas``) and the adjectives their declined forms
        # are (``declined_bases``), in the same query.
        lemmas = sorted({v for w in lows for v in verb_lemmas(w) + declined_bases(w)} - todo)
        forms = dict(self._many("forms", lows + lemmas))
        for v in lemmas:
            f = forms.get(v)
            self._forms[v] = frozenset(f.split()) if f is not None else None
        by_stem = dict(self._many("stems", stems))
        for w in lows:
            f = forms.get(w)
            self._forms[w] = frozenset(f.split()) if f is not None else None
            st = by_stem.get(german_stem(w))
            self._stems[german_stem(w)] = frozenset(st.split()) if st else _NOTHING
        self._fetched.update(todo)
        if len(self._forms) > 400_000:
            self._forms.clear(), self._stems.clear(), self._fetched.clear()

    def _many(self, table: str, keys: list[str]):
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            yield from self.db.execute(f"SELECT k, en FROM {table} WHERE k IN ({','.join('?' * len(chunk))})", chunk)

    def is_english(self, stem: str) -> bool:
        """Whether an English stem occurs on the English side of the list (an English word)."""
        return self._is_english(stem)

    def knows(self, word: str) -> bool:
        return bool(self.translations(word))

    def translations(self, word: str) -> frozenset[str]:
        """English stems the German word may be rendered by; empty when the lexicon does not know it."""
        return self._translations(word.lower())

    def senses(self, word: str) -> frozenset[str]:
        """English stems the German word may be rendered by, whole or by the parts of its compound ("Stadtbrand":
        town, city, fire)."""
        found = self.translations(word)
        for part in self.parts(word):
            found |= self.translations(part)
        return found

    def form_translations(self, word: str) -> Optional[frozenset[str]]:
        """English stems of exactly this German form, None when the list has no such form."""
        return _form(self, word.lower())

    def phrases(self, word: str, within: Optional[frozenset[str]] = None
                ) -> tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...]:
        """The list's phrases with this German word (by stem): (their German stems, the English
        stems of each rendering); with ``within``, only those all of whose German stems it has."""
        des, ens = self._phrases(german_stem(word.lower()))
        if within is None:
            return tuple((frozenset(de), _renderings(en)) for de, en in zip(des, ens))
        return tuple((frozenset(de), _renderings(en)) for de, en in zip(des, ens) if within.issuperset(de))

    def places(self) -> dict[str, frozenset[str]]:
        """German place names and their English names, from the list's geographic entries."""
        if self._places is None:
            self._places = {k: frozenset(en.split("|")) for k, en in self.db.execute("SELECT k, en FROM places")}
        return self._places

    def parts(self, word: str) -> tuple[str, ...]:
        """The known parts of a German compound, head last ("Bundesregierung" -> bundes, regierung);
        () when it does not split into known words."""
        return self._split(word.lower())


# The answer for a word or stem the list lacks, one object for all of them: a new empty frozenset each time
# was 12,000 objects after a first pass over 1,000 paragraphs that the garbage collector walked.
_NOTHING: frozenset[str] = frozenset()


def _fetch_forms(lex: Lexicon, lows: list[str]) -> None:
    forms = lex._forms
    todo = sorted({w for w in lows if w not in forms})
    if not todo:
        return
    found = dict(lex._many("forms", todo))
    for w in todo:
        f = found.get(w)
        forms[w] = frozenset(f.split()) if f is not None else None


def _form(lex: Lexicon, low: str) -> Optional[frozenset[str]]:
    forms = lex._forms
    if low not in forms:
        forms[low] = lex._get("forms", low)
    return forms[low]


def _phrases(lex: Lexicon, stem: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    # The German stems of each phrase of ``stem``, and its renderings, unparsed: a common stem („mach“)
    # has a thousand phrases, few of them all in one paragraph, and parsing every rendering was most of
    # a first pass's look-up time. The stems as tuples of strings, the two in tuples of their own: the
    # garbage collector stops tracking such tuples, where a frozenset or a (frozenset, str) pair a
    # phrase stays tracked (92,000 objects after a first pass over 1,000 paragraphs).
    rows = lex.db.execute(
        "SELECT p.de, p.en FROM phrase_words w JOIN phrases p ON p.id = w.id WHERE w.k = ?", (stem,)).fetchall()
    return tuple(tuple(de.split()) for de, _ in rows), tuple(en for _, en in rows)


@lru_cache(maxsize=100_000)
def _renderings(en: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(r.split()) for r in en.split("|"))


def _stem_entry(lex: Lexicon, stem: str) -> frozenset[str]:
    stems = lex._stems
    if stem not in stems:
        stems[stem] = lex._get("stems", stem) or _NOTHING
    return stems[stem]


def _is_english(lex: Lexicon, stem: str) -> bool:
    return lex.db.execute("SELECT 1 FROM english WHERE k = ?", (stem,)).fetchone() is not None


# A declined adjective's endings: „schweren“, „schwerer“, „schwere“ less theirs are „schwer“, the list's entry, whose
# stem key („schw“) the stripping of one ending never reaches from them („schwer“, which is „Schwere“'s key).
_DECLENSION_ENDINGS = ("em", "en", "er", "es", "e")


def declined_bases(low: str) -> tuple[str, ...]:
    """The form a word with a declined adjective's ending may be of, by rule: „schweren“ -> schwer; () when it has no
    such ending. Any word with such an ending gets one („reisen“ -> reis): ``_translations`` asks for it only where
    the list lacks the word's own form."""
    return next(((low[:-len(e)],) for e in _DECLENSION_ENDINGS
                 if low.endswith(e) and len(low) - len(e) >= MIN_STEM + 1), ())


# A weak verb's past and participle („verharrte“, „gemessene“, „herausgerechnet“) less these, with „en“ added,
# is its infinitive; the list gives an infinitive senses it may not give each form („verharrte“: pause).
_PAST_ENDINGS = ("eten", "etes", "eter", "ete", "et", "ten", "tes", "ter", "tem", "te", "t")
_PARTICIPLE_ENDINGS = ("enen", "enes", "ener", "enem", "ene", "en")
# A separable verb's zu-infinitive puts „zu“ after its particle („einzulegen“, „umzusetzen“); so does the
# gerundive, with a participle's ending („die einzugebenden Daten“). „um“, „über“, „unter“, „durch“ and
# „wider“ are separable in some verbs only, which are the ones that take „zu“ inside.
_ZU_PARTICLES = tuple(sorted(GERMAN_SEPARABLE_PARTICLES | {"um", "über", "unter", "durch", "wider"},
                             key=len, reverse=True))
_GERUNDIVE_ENDINGS = ("endes", "endem", "enden", "ender", "ende", "end")
# The prefixes those particles make, as tuples for one ``str.startswith`` each: most words start with
# none of them, and testing the particles one by one was most of the cost of a first pass's look-ups.
_ZU_PREFIXES = tuple(p + "zu" for p in _ZU_PARTICLES)
_GE_PARTICLES = tuple(GERMAN_SEPARABLE_PARTICLES)
_GE_PREFIXES = tuple(p + "ge" for p in _GE_PARTICLES)


def verb_lemmas(low: str) -> tuple[str, ...]:
    """Infinitives a German past form, participle or zu-infinitive may be of, by rule: „verharrte“ ->
    verharren, „gemessene“ -> messen, „herausgerechnet“ -> herausrechnen, „gekommen“ -> kommen,
    „einzulegen“ -> einlegen, „einzugebenden“ -> eingeben. A strong verb whose
    vowel changes („getrunken“, trinken) is not found so: the list's conjugation lines give its forms their
    verb's senses (``parse_ding``)."""
    out = []
    if low.startswith(_ZU_PREFIXES):
        for particle in _ZU_PARTICLES:
            if low.startswith(particle + "zu") and len(low) - len(particle) - 2 >= MIN_STEM + 2:
                rest = low[len(particle) + 2:]
                rest = next((rest[:-len(e)] + "en" for e in _GERUNDIVE_ENDINGS if rest.endswith(e)), rest)
                if rest.endswith("en"):
                    out.append(particle + rest)
    particles = ("",)
    if low.startswith(_GE_PREFIXES):
        particles += tuple(p for p, ge in zip(_GE_PARTICLES, _GE_PREFIXES) if low.startswith(ge))
    for particle in particles:
        rest = low[len(particle):]
        if rest.startswith("ge") and len(rest) > 5:
            body = rest[2:]
            for e in _PAST_ENDINGS + _PARTICIPLE_ENDINGS:  # ge-X-(e)t(e), ge-X-en(e)
                if body.endswith(e) and len(body) - len(e) >= MIN_STEM:
                    out.append(particle + body[:-len(e)] + "en")
                    break
    if len(low) > 5 and (not out or low.startswith("ge")):  # „ge“ may be the verb's own: „gehörten“
        for e in _PAST_ENDINGS:  # verharrte, gehörten
            if low.endswith(e) and len(low) - len(e) >= MIN_STEM + 1:
                out.append(low[:-len(e)] + "en")
                break
    return tuple(dict.fromkeys(w for w in out if w != low))


def _translations(lex: Lexicon, low: str) -> frozenset[str]:
    # A form and every form sharing its stem: "tagen" is a verb (to meet) and the plural of "Tag".
    own = _form(lex, low)
    found = (own or frozenset()) | _stem_entry(lex, german_stem(low))
    # A declined adjective the list has only in its base form („schweren“: „schwer“); a form the list has is its own
    # word („Reisen“, „passen“, „Termine“: not rice, passports, childbirth).
    lemmas = verb_lemmas(low) + (declined_bases(low) if own is None else ())
    if lemmas:
        _fetch_forms(lex, list(lemmas))  # one query for the candidates
        found |= frozenset().union(*(_form(lex, w) or frozenset() for w in lemmas))
    if found:
        return found
    # A form the list lacks, less an ending, may be one it has: "Rückscheine" -> "Rückschein".
    for e in GERMAN_ENDINGS:
        if low.endswith(e) and len(low) - len(e) >= MIN_STEM + 1:
            found = _form(lex, low[:-len(e)])
            if found:
                return found
    return _NOTHING


def _split(lex: Lexicon, low: str) -> tuple[str, ...]:
    # The longest known head, then the modifier before it (less a linking element) known or split
    # again: a handful of look-ups per word, not one per substring.
    low = low.replace("-", "")
    if len(low) < MIN_SPLIT:
        return ()
    cuts = range(MIN_PART, len(low) - MIN_PART + 1)
    genitive = low[-1] == "s"
    # Every head this level may ask about in one query, then the modifiers before the known heads in a
    # second (a split modifier asks again): most cuts have no known head, and the modifiers of every
    # cut were most of the keys a first pass asked the lexicon for.
    _fetch_forms(lex, [low[i:] for i in cuts] + ([low[i:-1] for i in cuts] if genitive else []))
    heads = [i for i in cuts if _form(lex, low[i:]) is not None or (genitive and _form(lex, low[i:-1]) is not None)]
    # (a head is a form, or one with the genitive -s: „des Verkehrsministeriums“)
    _fetch_forms(lex, [stem for i in heads for stem in _modifiers(low[:i])])
    verbs_fetched = False
    for i in heads:
        head = low[i:]
        for stem in _modifiers(low[:i]):
            if _form(lex, stem) is not None:
                return (stem, head)
            inner = lex._split(stem)
            if inner:
                return inner + (head,)
        # A verb's stem as the modifier („Abfüllstation“, „Waschmaschine“): the part is the verb. (Its
        # infinitives asked for only here: most compounds split before a noun's modifier.)
        if not verbs_fetched:
            _fetch_forms(lex, [verb for j in heads for stem in _modifiers(low[:j]) for verb in _infinitives(stem)])
            verbs_fetched = True
        for stem in _modifiers(low[:i]):
            verb = next((v for v in _infinitives(stem) if _form(lex, v) is not None), None)
            if verb:
                return (verb, head)
    return ()


def _infinitives(stem: str) -> tuple[str, str]:
    return stem + "en", stem + "n"


_LINKS_LONGEST_FIRST = tuple(sorted(GERMAN_LINKS, key=len, reverse=True))


def _modifiers(mod: str) -> list[str]:
    # A compound's modifier less each linking element it may end in („Verkehrs“ -> verkehr), longest first.
    return [stem for link in _LINKS_LONGEST_FIRST
            if len(stem := (mod[:len(mod) - len(link)] if link else mod)) >= MIN_PART
            and (not link or mod.endswith(link))]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "deen"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def cache_path(source: Path) -> Path:
    st = source.stat()
    key = hashlib.sha256(f"{FORMAT}:{source.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:16]
    return cache_dir() / f"lexicon-{key}.sqlite"


def build(source: Path, dest: Optional[Path] = None) -> Path:
    """Parse a Ding-format list into a sqlite cache; returns its path (about a minute and a half)."""
    source = Path(source)
    if not source.is_file():
        raise InputError(source, "no such lexicon file (Ding's de-en format: install Debian's trans-de-en)")
    with open(source, encoding="utf-8", errors="replace") as f:
        lines = f.readlines()
    forms = parse_ding(lines)
    phrases = parse_ding_phrases(lines)
    places = parse_ding_places(lines)
    if not forms:
        raise InputError(source, "no German–English entries found (expected Ding's 'DE :: EN' lines)")
    stems: dict[str, set[str]] = {}
    for form, en in forms.items():
        stems.setdefault(german_stem(form), set()).update(en)
    dest = Path(dest) if dest else cache_path(source)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
                     "CREATE TABLE forms (k TEXT PRIMARY KEY, en TEXT) WITHOUT ROWID;"
                     "CREATE TABLE stems (k TEXT PRIMARY KEY, en TEXT) WITHOUT ROWID;"
                     "CREATE TABLE english (k TEXT PRIMARY KEY) WITHOUT ROWID;"
                     "CREATE TABLE phrases (id INTEGER PRIMARY KEY, de TEXT, en TEXT);"
                     "CREATE TABLE phrase_words (k TEXT, id INTEGER, PRIMARY KEY (k, id)) WITHOUT ROWID;"
                     "CREATE TABLE places (k TEXT PRIMARY KEY, en TEXT) WITHOUT ROWID;")
    db.executemany("INSERT INTO forms VALUES (?, ?)", ((k, " ".join(sorted(v))) for k, v in sorted(forms.items())))
    db.executemany("INSERT INTO stems VALUES (?, ?)", ((k, " ".join(sorted(v))) for k, v in sorted(stems.items())))
    db.executemany("INSERT INTO english VALUES (?)", ((s,) for s in sorted({s for v in forms.values() for s in v})))
    ordered = sorted(phrases.items(), key=lambda kv: sorted(kv[0]))
    db.executemany("INSERT INTO phrases VALUES (?, ?, ?)",
                   ((i, " ".join(sorted(de)), "|".join(sorted(" ".join(sorted(r)) for r in en)))
                    for i, (de, en) in enumerate(ordered)))
    db.executemany("INSERT INTO phrase_words VALUES (?, ?)", ((k, i) for i, (de, _) in enumerate(ordered) for k in de))
    db.executemany("INSERT INTO places VALUES (?, ?)", ((k, "|".join(sorted(v))) for k, v in sorted(places.items())))
    db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", str(FORMAT)), ("source", str(source)),
                                                      ("sha256", _sha256(source)), ("forms", str(len(forms)))])
    db.commit()
    db.close()
    os.replace(tmp, dest)
    return dest


def find_source() -> Optional[Path]:
    """The list to use: $DEEN_LEXICON, else a system one; None when there is none."""
    return _find_source(os.environ.get(ENV))


@lru_cache(maxsize=8)
def _find_source(env: Optional[str]) -> Optional[Path]:
    # Cached: checks ask for the lexicon once per paragraph, and a stat each time adds up.
    if env:
        return None if env.lower() == "none" else Path(env)
    return next((p for p in SYSTEM_SOURCES if p.is_file()), None)


_PROBLEMS: dict[str, str] = {}  # why a named lexicon could not be used, for status()


@lru_cache(maxsize=4)
def _load(source: Optional[Path]) -> Optional[Lexicon]:
    if source is None:
        return None
    try:
        if source.suffix == ".sqlite":
            return Lexicon(source)
        path = cache_path(source)
        return Lexicon(path if path.is_file() else build(source, path))
    except (OSError, sqlite3.Error, InputError) as e:
        # A check must not crash on every paragraph for want of a cache folder: it runs degraded,
        # and status() (the CLI's warning, every output's settings) says why.
        _PROBLEMS[str(source)] = f"{source}: {e}"
        return None


def load() -> Optional[Lexicon]:
    """The lexicon, or None (degraded checks) when no list is installed or DEEN_LEXICON=none."""
    return _load(find_source())


def pending_build() -> Optional[Path]:
    """The list the next ``load()`` parses into its cache (about 20 s, once per list and cache format),
    or None when its cache is there or there is no list: for a caller to say so before the wait."""
    source = find_source()
    if source is None or source.suffix == ".sqlite":
        return None
    try:
        return None if cache_path(source).is_file() else source
    except OSError:
        return None  # no such list: load() says why


def status() -> dict:
    """What the checks run with, for the settings of every output."""
    lex = load()
    if lex is None:
        source = find_source()
        problem = _PROBLEMS.get(str(source)) if source is not None else None
        what = f"the lexicon cannot be used ({problem})" if problem else "no German–English lexicon"
        return {"lexicon": None, "degraded": True,
                "note": f"{what}: install Debian's trans-de-en or run `deen lexicon build FILE`; "
                        "omission, untranslated and name checks run on weaker evidence"}
    return {"lexicon": Path(lex.info.source).name, "sha256": lex.info.sha256[:12], "forms": lex.info.forms,
            "degraded": False}


def setting() -> str:
    """One string for the settings of an output: which lexicon the checks used, or that they ran degraded."""
    st = status()
    return "none (degraded checks)" if st["degraded"] else f"{st['lexicon']} sha256:{st['sha256']}"
