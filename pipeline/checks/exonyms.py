"""Places and peoples by their German and English names: the exonyms of the project's tables, of CLDR
(countries, languages, the cities that name time zones) and of the lexicon's geographic entries.

Names are compared by spelling key (``spelling_key``): „München“ and "Munich" are two keys one exonym
joins; words made from a place ("Tibetan", "Iranians") by the English demonym endings.
"""
from __future__ import annotations

from functools import lru_cache

from ..lang.words import (ENGLISH_DEMONYM_ENDINGS, ENGLISH_FUNCTION_WORDS, GERMAN_EXONYMS, GERMAN_FUNCTION_WORDS,
                          GERMAN_REGNAL_EXONYMS, spelling_key)
from .name_spelling import fold

# The English demonym endings as spelling keys, to compare with keys.
GEO_ENDINGS = tuple(spelling_key("b" + e)[1:] for e in ENGLISH_DEMONYM_ENDINGS)


def exonyms() -> dict[str, frozenset[str]]:
    """English word key -> spelling keys of its German names (tables, CLDR's countries and languages, and
    the lexicon's geographic entries when one is installed)."""
    from ..lexicon import load

    return _exonyms(load())


@lru_cache(maxsize=1)
def cldr_territories() -> tuple[tuple[str, str, str], ...]:
    """(code, German name, English name) of CLDR's territories, countries and groupings („Welt“, the EU) alike."""
    from babel import Locale

    en, de = Locale("en"), Locale("de")
    return tuple((code, de.territories[code], name) for code, name in en.territories.items() if code in de.territories)


@lru_cache(maxsize=1)
def table_places() -> tuple[tuple[str, str], ...]:
    """(German, English) names of places from the project's table and CLDR's countries."""
    return tuple(GERMAN_EXONYMS.items()) + tuple((german, english) for _, german, english in cldr_territories())


@lru_cache(maxsize=1)
def german_city_names() -> tuple[str, ...]:
    """German names of the world's cities that name time zones in CLDR („Paris“ of "Europe/Paris",
    „Moskau“ of "Europe/Moscow"): the cities a news text names most."""
    from babel import Locale
    from babel.core import get_global

    de = Locale("de")
    return tuple(de.time_zones.get(zone, {}).get("city", zone.rsplit("/", 1)[1].replace("_", " "))
                 for zone in sorted(get_global("zone_territories"))
                 if "/" in zone and not zone.startswith(("Etc/", "SystemV/")))


def lexicon_places(lex) -> list[tuple[str, str]]:
    """(German, English) names of the lexicon's geographic entries; none without a lexicon."""
    return [] if lex is None else [(german, english) for german, names in lex.places().items() for english in names]


@lru_cache(maxsize=4)
def _exonyms(lex) -> dict[str, frozenset[str]]:
    from babel import Locale

    en, de = Locale("en"), Locale("de")
    pairs = list(table_places()) + lexicon_places(lex)
    pairs += [(de.languages[code], name) for code, name in en.languages.items() if code in de.languages]
    out: dict[str, set[str]] = {}
    for german, english in pairs:
        # Words of a name that are function words („am“, "on the") name nothing: "Frankfurt on the Main".
        gkeys = {spelling_key(w) for w in german.replace("-", " ").split() if w.lower() not in GERMAN_FUNCTION_WORDS}
        for w in english.replace("-", " ").split() + [w for w in english.split() if "-" in w]:
            if w.lower() not in ENGLISH_FUNCTION_WORDS:
                out.setdefault(spelling_key(w), set()).update(gkeys)  # "Aix-la-Chapelle" whole, and by its words
    return {k: frozenset(v) for k, v in out.items()}


def _english_of() -> dict[str, frozenset[str]]:
    from ..lexicon import load

    return _english_of_for(load())


@lru_cache(maxsize=4)
def _english_of_for(lex) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for en, des in _exonyms(lex).items():
        for d in des:
            out.setdefault(d, set()).add(en)
    return {k: frozenset(v) for k, v in out.items()}


def english_of(german_key: str) -> frozenset[str]:
    """English word keys of the exonyms of a German word key (München -> Munich)."""
    return _english_of().get(german_key, frozenset())


def exonym_table() -> dict[str, frozenset[str]]:
    """German word key -> English word keys of its exonyms (``english_of`` for every key at once), for a
    caller that looks up many words: ``english_of`` finds the installed lexicon again on every call."""
    return _english_of()


def place_adjectives(key: str) -> frozenset[str]:
    """Keys of the German adjectives made from a place's name: Berlin -> Berliner, Schwenningen ->
    Schwenninger, Dresden -> Dresdner, Hamburg -> Hamburger, Basel -> Basler („der Schwenninger Uhrmacher“
    is "the Schwenningen clockmaker")."""
    out = {key + "er"}
    if key.endswith("en"):
        out |= {key[:-2] + "er", key[:-2] + "ner"}
    elif key.endswith("e"):
        out.add(key + "r")
    elif key.endswith(("el", "er")):
        out.add(key[:-2] + key[-1] + "er")  # an unstressed e dropped: Basel -> Basler, Kassel -> Kassler
    elif key.endswith("ih"):
        out.add(key[:-2] + "her")  # an unstressed i dropped: Zürich -> Zürcher (other -ich places keep it, Emmericher,
        #                            which key + "er" gave: the extra form is one no text writes)
    return frozenset(out)


@lru_cache(maxsize=1)
def geo_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of words naming countries, languages and well-known places: (English, German)."""
    from babel import Locale

    def keys(names):
        return frozenset(spelling_key(w) for n in names for w in n.replace("-", " ").split() if len(w) > 3)

    en, de = Locale("en"), Locale("de")
    # The German side also knows the world's cities, so that a city of the German replaced by another
    # ("Berlin" for „Paris“) is no "well-known place" added; the English side does not, for an English
    # city name is more often one a translator adds or a surname ("Colombo") than a swap.
    return (keys(list(en.territories.values()) + list(en.languages.values()) + list(GERMAN_EXONYMS.values())),
            keys(list(de.territories.values()) + list(de.languages.values()) + list(GERMAN_EXONYMS)
                 + list(german_city_names())))


def or_made_from(key: str, keys) -> bool:
    """The name's key, or an adjective or people made from it ("Tibetan", "Nubian"), is among ``keys``."""
    return key in keys or any(key + suf in keys for suf in GEO_ENDINGS)


def geo_key(key: str, geo: frozenset[str]) -> bool:
    # "Germany's", "Frenchwoman", "Iranians": a geographic name or a word made from one.
    if key in geo:
        return True
    return any(key.endswith(suf) and key[:-len(suf)] in geo for suf in GEO_ENDINGS if len(key) > len(suf) + 3)


@lru_cache(maxsize=1)
def english_place_spellings() -> frozenset[str]:
    """Every word of the English names of places (tables, CLDR, lexicon) and of rulers' given names, as
    written (lower case): "finland" for „Finnland“."""
    from ..lexicon import load

    names = [n for _, english in table_places() + tuple(lexicon_places(load())) for n in english.split()]
    names += [n for v in GERMAN_REGNAL_EXONYMS.values() for n in v]
    return frozenset(fold(n.lower()) for n in names)


@lru_cache(maxsize=1)
def english_place_names() -> dict[str, tuple[str, ...]]:
    """Spelling key of a German place -> its English names as written (for messages and suggestions)."""
    out: dict[str, list[str]] = {}
    for german, english in table_places():
        out.setdefault(spelling_key(german), []).append(" ".join(w.capitalize() if w.islower() else w
                                                                  for w in english.split()))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _world_cities() -> dict[str, object]:
    """Folded name -> the city (line number of ``pipeline/data/world_places.txt``) GeoNames calls so, or a frozenset
    of them for a name of several cities (most names have one: a number each keeps the table small and quick)."""
    from ..lang.words import _data_lines

    out: dict[str, object] = {}
    for k, line in enumerate(_data_lines("world_places.txt")):
        for name in set(fold(line.lower()).split("|")):
            had = out.setdefault(name, k)
            if had != k:
                out[name] = (had if isinstance(had, frozenset) else frozenset((had,))) | {k}
    return out


def _cities(name: str) -> frozenset:
    ids = _world_cities().get(name)
    return frozenset() if ids is None else ids if isinstance(ids, frozenset) else frozenset((ids,))


def same_city(a: str, b: str) -> bool:
    """Two different names of one city of at least 15,000 inhabitants by GeoNames („Kowno“ and "Kaunas",
    „Mekele“ and "Mekelle", „Alessio“ and "Lezhë"): a city German and English spell their own ways, no name
    changed. Not a place of the German-speaking countries: English writes it as German does, or by an exonym of
    the tables ("Kasel" for „Kassel“ is a slip, though GeoNames lists it too)."""
    from ..lang.words import german_places

    fa, fb = fold(a.lower()), fold(b.lower())
    if fa == fb or a.lower() in german_places() or b.lower() in german_places():
        return False
    return not _cities(fa).isdisjoint(_cities(fb))
