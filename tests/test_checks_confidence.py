"""Low confidence: the translator's own scores and the agreement of its n-best list."""
from __future__ import annotations

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Hypothesis, Severity, Translation, Unit

CONFIG = load_config()
DE = "Der Bundestag stimmte am Freitag zu. Die Opposition enthielt sich überraschend der Stimme."


def unit(score2: float, nbest2: tuple[str, ...]) -> Unit:
    t1 = Translation(source="Der Bundestag stimmte am Freitag zu.", best="The Bundestag agreed on Friday.",
                     score=-0.21, nbest=(Hypothesis("The Bundestag agreed on Friday.", -0.21),
                                         Hypothesis("The Bundestag approved on Friday.", -0.35)))
    best2 = "The opposition surprisingly abstained from voting."
    t2 = Translation(source="Die Opposition enthielt sich überraschend der Stimme.", best=best2, score=score2,
                     nbest=tuple(Hypothesis(h, score2 - 0.1 * i) for i, h in enumerate((best2,) + nbest2)))
    return Unit(id="u", source=DE, translation=t1.best + " " + best2, translations=(t1, t2))


def flags(check_id: str, u: Unit) -> list:
    return [f for f in run_checks([u], CONFIG)[0] if f.check == check_id]


AGREEING = ("The opposition abstained from voting, surprisingly.", "Surprisingly, the opposition abstained from voting.")
DISAGREEING = ("Resistance kept the voice unexpectedly.", "The contradiction contained itself, to everyone's amazement.")

# (id, check, score of the second sentence, its other hypotheses, flagged)
CASES = [
    ("low-score", "low_confidence", -2.4, AGREEING, True),
    ("good-score", "low_confidence", -0.4, AGREEING, False),
    ("nbest-disagree", "nbest_disagreement", -0.4, DISAGREEING, True),
    ("nbest-agree", "nbest_disagreement", -0.4, AGREEING, False),
]


@pytest.mark.parametrize("case_id,check_id,score,nbest,flagged", CASES, ids=[c[0] for c in CASES])
def test_confidence_checks(case_id, check_id, score, nbest, flagged):
    u = unit(score, nbest)
    fl = flags(check_id, u)
    assert bool(fl) == flagged
    if flagged:
        (f,) = fl
        assert f.category is Category.OTHER and f.severity is Severity.WARNING
        assert u.source[slice(*f.source_span)] == "Die Opposition enthielt sich überraschend der Stimme."
        assert u.translation[slice(*f.translation_span)] == "The opposition surprisingly abstained from voting."
        assert f.score is not None and f.threshold is not None


def test_pairs_without_model_evidence_raise_nothing():
    u = Unit(id="u", source=DE, translation="The Bundestag agreed on Friday. The opposition abstained.")
    assert flags("low_confidence", u) == [] and flags("nbest_disagreement", u) == []
