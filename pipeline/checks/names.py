"""Names: the proper names of the English must come from the German, up to transliteration.

German capitalises every noun, so a capitalised German word is no evidence of a name. The
English is easier: a capitalised word in mid-sentence that is no title word ("President",
"University") and matches nothing in the German (same spelling key, a shared stem, an exonym) is
a name the German never mentioned. The German word it replaced is looked for the same way.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..lang.words import (ENGLISH_DEMONYM_ENDINGS, ENGLISH_FUNCTION_WORDS, ENGLISH_TITLE_WORDS,
                          GERMAN_ADJECTIVE_ENDINGS, GERMAN_EXONYMS, GERMAN_FUNCTION_WORDS,
                          GERMAN_NAME_ENDINGS, english_words, spelling_key, tokens)
from ..records import Category, Severity
from .omission import sentences
from .registry import check

# The tables of words.py as spelling keys, to compare with keys.
_NAME_ENDINGS = tuple(spelling_key("b" + e)[1:] for e in GERMAN_NAME_ENDINGS)
_GEO_ENDINGS = tuple(spelling_key("b" + e)[1:] for e in ENGLISH_DEMONYM_ENDINGS)
_ADJECTIVE_ENDINGS = GERMAN_ADJECTIVE_ENDINGS

# Characters after which a capital letter is expected anyway: it marks no name there.
_OPENERS = ".!?:;\"“”„«»‘'(–—-…"


@lru_cache(maxsize=1)
def exonyms() -> dict[str, frozenset[str]]:
    """English word key -> spelling keys of its German names (tables, plus CLDR's countries and languages)."""
    from babel import Locale

    pairs = list(GERMAN_EXONYMS.items())
    en, de = Locale("en"), Locale("de")
    for table_en, table_de in ((en.territories, de.territories), (en.languages, de.languages)):
        pairs += [(table_de[code], name) for code, name in table_en.items() if code in table_de]
    out: dict[str, set[str]] = {}
    for german, english in pairs:
        gkeys = {spelling_key(w) for w in german.replace("-", " ").split()}
        for w in english.replace("-", " ").split():
            out.setdefault(spelling_key(w), set()).update(gkeys)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _english_of() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for en, des in exonyms().items():
        for d in des:
            out.setdefault(d, set()).add(en)
    return {k: frozenset(v) for k, v in out.items()}


def english_of(german_key: str) -> frozenset[str]:
    """English word keys of the exonyms of a German word key (München -> Munich)."""
    return _english_of().get(german_key, frozenset())


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
            capital = w[:1].isupper() or lower_too
            if not capital and not w.endswith(_ADJECTIVE_ENDINGS):
                continue
            for part in {w, *w.split("-")}:
                k = spelling_key(part)
                if len(k) >= 2:
                    (self.keys if capital else self.stems).add(k)
        self._deletes: set[str] | None = None
        self._prefix_min: dict[str, int] | None = None

    def _build(self) -> None:
        self._deletes, self._prefix_min = set(), {}
        for k in self.keys | self.stems:
            whole = k in self.keys
            if whole and len(k) >= 4:
                self._deletes.update(k[:i] + k[i + 1:] for i in range(len(k)))
            for n in range(4, len(k) + 1 if whole else len(k)):
                p = k[:n]
                if self._prefix_min.get(p, 99) > len(k):
                    self._prefix_min[p] = len(k)

    def matches(self, key: str, min_stem: float) -> bool:
        if key in self.keys:
            return True
        if self._deletes is None:
            self._build()
        if len(key) >= 4:
            if key in self._deletes:
                return True
            if any(key[:i] + key[i + 1:] in self.keys or key[:i] + key[i + 1:] in self._deletes
                   for i in range(len(key))):
                return True
        if len(key) >= 3 and any(key + suf in self.keys for suf in _NAME_ENDINGS):
            return True  # "Bonn" ~ "Bonner", "Kiel" ~ "Kieler", "Merkel" ~ "Merkels"
        for n in range(len(key), 3, -1):  # a shared stem: "Russian" ~ "russischen", "Athens" ~ "Athen"
            m = self._prefix_min.get(key[:n])
            if m is not None and n >= math.ceil(min_stem * min(len(key), m)):
                return True
        return False


def _initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in _OPENERS


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


def english_names(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised English words that may be names: (start, end, words).

    A capital after sentence punctuation or an opening quote says nothing, unless the next word
    is capitalised too ("Angela Merkel said"); title words and headlines in title case are skipped.
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

    def keep(i, toks):
        if i in skip or common_word(toks[i][2]):
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
    if low in GERMAN_FUNCTION_WORDS:
        return True
    common = english_words()
    return all(part in ENGLISH_TITLE_WORDS or part in ENGLISH_FUNCTION_WORDS or part in common
               for part in low.split("-") if part)


@lru_cache(maxsize=1)
def geo_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of words naming countries, languages and well-known places: (English, German)."""
    from babel import Locale

    def keys(names):
        return frozenset(spelling_key(w) for n in names for w in n.replace("-", " ").split() if len(w) > 3)

    en, de = Locale("en"), Locale("de")
    return (keys(list(en.territories.values()) + list(en.languages.values()) + list(GERMAN_EXONYMS.values())),
            keys(list(de.territories.values()) + list(de.languages.values()) + list(GERMAN_EXONYMS)))


def _geo(key: str, geo: frozenset[str]) -> bool:
    # "Germany's", "Frenchwoman", "Iranians": a geographic name or a word made from one.
    if key in geo:
        return True
    return any(key.endswith(suf) and key[:-len(suf)] in geo for suf in _GEO_ENDINGS if len(key) > len(suf) + 3)


@check("name_mismatch", category=Category.NAME, severity=Severity.ERROR)
def name_mismatch(ctx):
    """A proper name in the English that the German does not have

    Names are compared by spelling key, so transliterations agree (Peskow ~ Peskov, Selenskyj ~
    Zelensky), by shared stem (Russland ~ Russia's, Bonner ~ Bonn), and through exonym tables
    (München ~ Munich). Names found elsewhere in the same German article count as known. A first
    name the translator added to a surname of the German ("Lindsay Lohan" for "Lohan"), or a
    country, language or well-known place it added ("Germany"), is only informational, unless a
    German name or place is missing from the English in turn.
    """
    p = ctx.params
    stem = p["min_stem_share"]
    candidates = english_names(ctx.translation)
    if not candidates:
        return
    src = KeyIndex(t[2] for t in tokens(ctx.source))
    # Exact spellings only: keys of German nouns collide with names ("Waren" ~ "Warren").
    doc_words = ctx.memo("names.doc_words", lambda: {t[2] for u in ctx.doc for t in tokens(u.source)
                                                     if t[2][:1].isupper()})
    ex = exonyms()
    geo_en, geo_de = geo_keys()

    def in_source(k):
        if src.matches(k, stem):
            return True
        if len(k) >= 5 and any(k in sk for sk in src.keys):
            return True  # inside a German compound: "Lower Allgäu" ~ "Unterallgäu"
        # An exonym, or a word made from one: "Austrian" ~ Austria ~ "österreichischen".
        stems = [k] + [k[:-len(suf)] for suf in _GEO_ENDINGS if k.endswith(suf) and len(k) > len(suf) + 3]
        return any(src.matches(g, stem) for st in stems for g in ex.get(st, ()))

    unknown = []
    for s, e, words in candidates:
        bad, matched = [], []
        for w in words:
            k = spelling_key(w)
            (matched if w in doc_words or in_source(k) else bad).append((w, k))
        if bad:
            unknown.append((s, e, bad, matched))
    if not unknown:
        return

    # German common nouns come out in lower case ("Person" ~ "person"): index every English word.
    tr = KeyIndex((t[2] for t in tokens(ctx.translation)), lower_too=True)

    def in_english(word):
        k = spelling_key(word)
        return tr.matches(k, stem) or any(tr.matches(e, stem) for e in english_of(k))

    # German names with no counterpart in the English: the partner of a replaced name, named in
    # the message and used for a suggestion. German capitalises every noun, so this list is noisy
    # and decides nothing but the "completed name" case below.
    de_names = german_names(ctx.source)
    lost = [(s, e, w) for s, e, w in de_names if not in_english(w)]
    lost_keys = {spelling_key(w) for _, _, w in lost}
    lost_in_runs = {}
    for s, e, words in capital_runs(ctx.source, lambda i, toks: not _initial(ctx.source, toks[i][0])):
        missing = [w for w in words if spelling_key(w) in lost_keys]
        for w in words:
            lost_in_runs[spelling_key(w)] = missing
    lost_geo = any(_geo(k, geo_de) for k in lost_keys)

    strong, weak = [], []
    for s, e, bad, matched in unknown:
        # A name completed by the translator: the German name it completes is all there.
        completed = bool(matched) and not any(lost_in_runs.get(k) for _, k in matched)
        geo = all(_geo_word(w, geo_en) for w, _ in bad)
        (weak if completed or (geo and not lost_geo) else strong).append((s, e, [w for w, _ in bad]))
    if not strong and not weak:
        return
    s, e, bad = (strong or weak)[0]
    decided = len(strong) >= p["min_unknown"]
    msg = f"the English names {' '.join(bad)!r} (in {ctx.translation[s:e]!r}), which the German does not mention"
    partner = None
    if not strong:
        msg += " (a completed name or a well-known place: probably added for clarity)"
    elif lost:
        # The German word missing from the English at about the same place in the sentence.
        at = s / max(len(ctx.translation), 1)
        partner = min(lost, key=lambda x: abs(x[0] / max(len(ctx.source), 1) - at))
        msg += f"; perhaps it replaced the German {partner[2]!r}, which has no counterpart in the English"
    yield ctx.flag(
        msg, translation_span=(s, e), source_span=partner[:2] if partner else None,
        suggestion=ctx.translation[:s] + partner[2] + ctx.translation[e:] if partner else None,
        score=float(len(strong)), threshold=float(p["min_unknown"]), severity=None if decided else Severity.INFO)


def _geo_word(word: str, geo: frozenset[str]) -> bool:
    # "German-speaking": every part a place, a word made from one, or a common English word.
    parts = [x for x in word.split("-") if x]
    return any(_geo(spelling_key(x), geo) for x in parts) and all(
        _geo(spelling_key(x), geo) or common_word(x) for x in parts)


def german_names(text: str) -> list[tuple[int, int, str]]:
    """Capitalised German words in mid-sentence that are no function word: names and nouns."""
    return [(s, e, w) for s, e, w in tokens(text)
            if w[:1].isupper() and not w.isupper() and len(w) > 2 and not _initial(text, s)
            and w.lower() not in GERMAN_FUNCTION_WORDS]
