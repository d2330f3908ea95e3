"""Forced decoding of given translations: the translator's own confidence in each of them.

``deen check PAIRS --model DIR`` scores every pair whole (the German paragraph as source,
its English as the target the model is made to produce) and gives each unit the
``Translation`` record a model run would have given it, so the checks that read the
translator's scores (``low_confidence``) work on existing translations too. A given
translation has no n-best list, so ``nbest_disagreement`` stays silent on them.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .records import Hypothesis, Translation, Unit


def score_units(units: Sequence[Unit], translator) -> tuple[list[Unit], list[str]]:
    """The units with their forced-decoding scores, and the ids of those that could not be scored.

    A pair is not scored when it has no translation or a side is longer than the model's
    positions; the caller names those ids (nothing is left out silently).
    """
    todo = [u for u in units if u.translation]
    scores = dict(zip((u.id for u in todo), translator.score([u.source for u in todo],
                                                              [u.translation for u in todo])))
    out, unscored = [], []
    for u in units:
        score = scores.get(u.id)
        if score is None:
            unscored.append(u.id)
            out.append(u)
            continue
        t = Translation(source=u.source, best=u.translation, score=score, nbest=(Hypothesis(u.translation, score),))
        out.append(replace(u, translations=(t,)))
    return out, unscored
