"""N-best rule: another of the translator's hypotheses for the sentence the flag is in."""
from __future__ import annotations

import itertools

from ..records import Category, Flag, Unit
from ..segment import join_sentences, translation_spans
from .registry import Fault, rule

# Bounds on the search: candidates are re-checked one by one, so cost grows with them.
NBEST_MAX_SENTENCES = 4  # sentences whose hypothesis may change at once
NBEST_MAX_TRIES = 8  # candidates offered per flag


def flagged_sentences(unit: Unit, flag: Flag) -> list[int]:
    """The sentences of the English the flag points into (all of them when it cannot tell)."""
    bests = [t.best for t in unit.translations]
    n = len(bests)
    if join_sentences(bests) != (unit.translation or "") or flag.translation_span is None:
        return list(range(n))
    a0, b0 = flag.translation_span
    hit = [i for i, (a, b) in enumerate(translation_spans(unit.translation, bests) or ()) if a0 < b and a < b0]
    return hit or list(range(n))


@rule("nbest", categories=list(Category), order=90)
def nbest(fault: Fault):
    """Another hypothesis of the translator for the flagged sentence"""
    unit = fault.unit
    if not any(len(t.nbest) > 1 for t in unit.translations):
        return
    if join_sentences(t.best for t in unit.translations) != fault.text:
        return  # the English is not the join of the hypotheses: no offsets to map back
    variable = [i for i in flagged_sentences(unit, fault.flag) if len(unit.translations[i].nbest) > 1]
    variable = variable[:NBEST_MAX_SENTENCES]
    choices = [[(h.text, h.score) for h in unit.translations[i].nbest] for i in variable]
    combos = sorted(itertools.product(*choices), key=lambda c: -sum(h[1] for h in c))
    offered = 0
    for combo in combos:
        texts = [t.best for t in unit.translations]
        for i, (text, _score) in zip(variable, combo):
            texts[i] = text
        after = join_sentences(texts)
        if after == fault.text:
            continue
        yield fault.rewrite(after)
        offered += 1
        if offered >= NBEST_MAX_TRIES:
            return
