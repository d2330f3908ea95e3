"""Fragments: an English sentence with no verb where its German sentence has one.

A decoder that drops a clause, or only its verb, leaves a sentence of phrases ("Because of the coronavirus pandemic,
however.", "After a crash in Sarno the Kart World Championship." for „Verstappen verspielt nach einem Crash in Sarno
die Kart-Weltmeisterschaft.“): what the sentence said happened is gone, though its length may pass. Translators keep a
sentence's verb; a German sentence without one (a heading, a greeting, „Unser Tipp: …“) is no evidence, nor is an
English word that may be a verb in any reading (the tagger's lexicon, ``pos.english_may_be_verb``): the check flags
only English that cannot hold a verb.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ..align import align as align_words
from ..lang import de, en
from ..lang.pos import english_may_be_verb, german_finite_verb
from ..records import Category, Severity
from .omission import measure
from .registry import check

# A contracted verb ("it's", "we're", "don't"); an apostrophe's "s" may be a possessive, which counts the same: the
# check stays silent where it cannot tell.
_CONTRACTED = re.compile(r"['’](?:s|re|ve|ll|d|m)\b|n['’]t\b", re.I)
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_SENTENCE_END = re.compile(r"[.!?][\"“”»«'’)]*\s*$")
# A relative clause between commas or at the end: its verb is no main clause's ("The company, which carries around
# 45,000 passengers a day." has none).
_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;:.!?]*(?P<end>[,;:.!?]|$)", re.I)
# ... and German's („…, die einen Maßanzug anfertigen können.“, „…, mit dem er …“): the German sentence must have a
# finite verb outside them ("And of course to the teachers, who …" for „Und natürlich den Lehrkräften, die …
# unterrichtet haben“ says as much).
_GERMAN_RELATIVE = re.compile(r",\s*(?:(?:" + "|".join(de.PREPOSITIONS) + r")\s+)?(?:der|die|das|dem|den|deren|dessen|"
                              r"denen|welche[rsmn]?)\b(?:[^,;:.!?]|(?<=\d)\.)*(?=[,;:.!?]|$)")  # („in der 66. Minute“)


def verbless(sentence: str) -> bool:
    """No word of the English sentence outside its relative clauses can be a verb: none has a verb reading but after
    an article or a possessive ("the attack"), and no verb is contracted."""
    if _CONTRACTED.search(sentence):
        return False
    kept = sentence
    for m in reversed(list(_RELATIVE.finditer(sentence))):
        # A clause the sentence's end closes holds the main verb too when it has two ("Shaqiri, who replaced Salah
        # … missed the equaliser"): its comma was left out.
        if m.group("end") == "," or len(list(islice(_verbs(m.group()), 2))) <= 1:
            kept = kept[:m.start()] + kept[m.start("end"):]
    return next(_verbs(kept), None) is None


def _verbs(text: str) -> Iterator[str]:
    """The words that can be verbs, the commonest first (``en.COMMON_VERB_FORMS``, no tagger asked): any reading of
    them a verb form, but after an article or a possessive ("the attack"); a marker capitalised mid-sentence is a
    name's word ("Hoi An is famous")."""
    words = _WORD.findall(text)
    free = [w for i, w in enumerate(words)
            if not any(c.isdigit() for c in w)  # ("17th", "2,500")
            and not (i and words[i - 1].lower() in en.NOUN_MARKERS and (i == 1 or words[i - 1].islower()))]
    yield from (w for w in free if w.lower() in en.COMMON_VERB_FORMS)
    yield from (w for w in free if w.lower() not in en.COMMON_VERB_FORMS and english_may_be_verb(w))


@check("verb_missing", category=Category.OMISSION, severity=Severity.WARNING)
def verb_missing(ctx):
    """An English sentence with no verb where the German sentence has one

    For each German sentence the length alignment (``omission``'s) pairs with one English sentence, or the English
    sentence of its place when both sides have as many: the German ends as a sentence and has a finite verb (the
    tagger's) outside its relative clauses, not as its first word, and the English, ``min_words`` words at least, has
    no word that can be a verb (``verbless``). The verb and what it said are lost with a clause.
    """
    p = ctx.params
    al = measure(ctx)
    beads = {(bead.de[0], bead.en[0]) for bead in al.beads if len(bead.de) == 1 and len(bead.en) == 1}
    # As many sentences each side: each pairs with its own too, though lengths grouped a fragment with a neighbour,
    # when a word of the German sentence is rendered in it (not a paragraph whose sentences the English reorders).
    by_place = {(k, k) for k in range(len(al.de))} - beads if len(al.de) == len(al.en) else set()
    for d, e in sorted(beads | by_place):
        ea, eb = al.en[e]
        english = ctx.translation[ea:eb]
        words = len(_WORD.findall(english))
        if words < p["min_words"] or not verbless(english):
            continue
        da, db = al.de[d]
        if (d, e) in by_place and not any(w.en and da <= w.start < db and ea <= w.en[0] < eb
                                          for w in align_words(ctx.source, ctx.translation).words):
            continue
        german = ctx.source[da:db]
        verb = german_finite_verb(german, tuple(m.span() for m in _GERMAN_RELATIVE.finditer(german))) \
            if _SENTENCE_END.search(german) else ""
        if not verb or _WORD.search(german).group() == verb:
            continue  # (a verb first is a question's or an ellipsis's: „Geht es euch auch so?“ / "The same for you?")
        yield ctx.flag(f"the English sentence {english[:100]!r} has no verb, where the German's has {verb!r}: a clause "
                       f"or its verb may be lost", source_span=(da, db), translation_span=(ea, eb),
                       score=float(words), threshold=float(p["min_words"]))
