"""Dropped names: a full name of the German that the English does not mention at all.

A single capitalised German word may be a noun the word lists lack, and nouns are translated; two
or more name-like words in a row ("Uğur Şahin", "Hakro Merlins Crailsheim") are a name, and a name
is kept or transliterated, never translated away. When none of its words is in the English, by
spelling key or exonym, the name was dropped — usually with its clause (a subject lost:
"… published a photo" without who published it).
"""
from __future__ import annotations

from ..lang.words import (GERMAN_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS_ALSO_ENGLISH, GERMAN_REGNAL_EXONYMS,
                          GERMAN_SUFFIX_ADJECTIVE_ENDINGS, NAME_PARTICLES,
                          spelling_key, tokens)
from ..records import Category, Severity
from .exonyms import english_of
from .name_spelling import romanised, sounds_alike, turkic_spelt_out
from .names import KeyIndex, _initial, capital_runs, doc_historical, doc_rulers, german_name_like, regnal_names
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


@check("name_dropped", category=Category.OMISSION, severity=Severity.WARNING)
def name_dropped(ctx):
    """A full name of the German is missing from the English

    Runs of at least ``min_words`` capitalised German words that are no common nouns (by the word
    list and the lexicon) and none of whose words the English has, by spelling key, a shared stem,
    an ending or an exonym. Every word must be name-like: a run ending in a name but led by a noun
    („Ehefrau Minttu“ / "his wife") is often condensed by human translators, and a capitalised verb
    (a typo: „Frau Springt“) would pass for a surname.
    """
    p = ctx.params
    index = en_keys = None
    for s, e, words in _particle_joined(ctx.source, capital_runs(ctx.source, lambda i, toks: True)):
        name = _name_words(words, p["min_letters"])
        # The name words that close the run: „Biontech-Chef Uğur Şahin“ names Uğur Şahin; an adjective opening
        # the sentence is no name's („Experimentierfreudige Esser sollten …“).
        while name and (not (german_name_like(name[0]) and not _noun_headed(name[0]))
                        or (name[0] == words[0] and _initial(ctx.source, s)
                            and name[0].endswith(GERMAN_SUFFIX_ADJECTIVE_ENDINGS))):
            name = name[1:]
        if len(name) < p["min_words"] or not all(german_name_like(w) for w in name) or _noun_headed(name[-1]):
            continue
        if index is None:
            index = KeyIndex((t[2] for t in tokens(ctx.translation)), lower_too=True)
            # A ruler's name in its English form: „Friedrich Wilhelm IV.“ as "Frederick William IV"; in a
            # text of history any such given name („sein Bruder Heinrich“ / "his brother Henry").
            rulers = regnal_names(ctx.source) | doc_rulers(ctx)
            if doc_historical(ctx):
                rulers |= frozenset(GERMAN_REGNAL_EXONYMS)
        # Each part of a hyphenated name too: „Elsaß-Lothringen“ is "Alsace-Lorraine" by its parts' exonyms.
        # (And a Turkic name as English spells it out: „İçəri Şəhər“ / "Icheri Sheher".)
        keys = [spelling_key(x) for w in name for x in ([w, turkic_spelt_out(w)] + (w.split("-") if "-" in w else []))
                if x]
        if any(index.matches(k, p["min_stem_share"]) or any(index.matches(x, p["min_stem_share"]) for x in english_of(k))
               for k in keys) \
                or any(index.matches(spelling_key(f), p["min_stem_share"]) for w in name if w.lower() in rulers
                       for f in GERMAN_REGNAL_EXONYMS[w.lower()]):
            continue
        # A name romanised from another script may reach English from another language of its country („Swetlana
        # Tichanowskaja“ from the Russian, "Sviatlana Tsikhanouskaya" from the Belarusian): a word of it alike in
        # sound to an English name word keeps it.
        if any(romanised(w) for w in name):
            if en_keys is None:
                en_keys = {spelling_key(w) for _, _, w in tokens(ctx.translation) if w[:1].isupper()}
            if any(sounds_alike(spelling_key(w), k, p["min_alike"]) for w in name for k in en_keys):
                continue
        at = ctx.source.find(name[0], s)
        end = ctx.source.find(name[-1], at) + len(name[-1])
        yield ctx.flag(f"the German name {ctx.source[at:end]!r} is missing from the English: none of its words is "
                       f"there",
                       source_span=(at, end), score=float(len(name)), threshold=float(p["min_words"]))
