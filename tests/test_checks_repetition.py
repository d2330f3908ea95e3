"""Repetition: decoder loops and doubled words, with the doublings good English allows."""
from __future__ import annotations

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.repetition import runs
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit

CONFIG = load_config()


def flags(source: str, translation: str) -> list:
    return [f for f in run_checks([Unit(id="u", source=source, translation=translation)], CONFIG)[0]
            if f.check == "repetition"]


# (id, German, English, repeated text the span covers, severity)
FAILS = [
    ("loop-three-times", "Die Regierung will die Steuern senken.",
     "The government wants to lower taxes lower taxes lower taxes.", "lower taxes lower taxes", Severity.ERROR),
    ("long-phrase-loop", "Der Stadtrat hat das Projekt gestoppt.",
     "The city council has stopped the city council has stopped the city council has stopped the project.",
     "the city council has stopped the city council has stopped", Severity.ERROR),
    ("phrase-twice", "Die Polizei sperrte die Straße.",
     "The police closed the road the road.", "the road", Severity.ERROR),
    ("word-thrice", "Sie lachte.", "She laughed laughed laughed.", "laughed laughed", Severity.ERROR),
    ("word-twice", "Er kam in das Haus.", "He came into the the house.", "the", Severity.WARNING),
]
PASSES = [
    ("had-had", "Was er erlebt hatte, hatte ihn geprägt.", "What he had had to endure shaped him."),
    ("that-that", "Er sagte, dass das nicht stimme.", "He said that that was not true."),
    ("name-doubled-in-source", "Der Urlaub führte sie nach Bora Bora.", "The holiday took them to Bora Bora."),
    ("punctuation-between", "Er ging hinein. Drinnen war es warm.", "He went inside. Inside, it was warm."),
    ("scores", "Das Spiel endete 1:1 (1:1).", "The game ended 1 1 (1 1)."),
    ("list-with-commas", "Marken: Cook Signature, Cook Signature Finest.",
     "Brands: Cook Signature, Cook Signature Finest."),
]


@pytest.mark.parametrize("case_id,de,en,span_text,severity", FAILS, ids=[c[0] for c in FAILS])
def test_repetition_flags(case_id, de, en, span_text, severity):
    fl = flags(de, en)
    assert len(fl) == 1
    f = fl[0]
    assert f.category is Category.REPETITION and f.severity is severity
    assert en[f.translation_span[0]:f.translation_span[1]] == span_text
    assert f.suggestion is not None and len(f.suggestion) < len(en)


@pytest.mark.parametrize("case_id,de,en", PASSES, ids=[c[0] for c in PASSES])
def test_repetition_passes(case_id, de, en):
    assert flags(de, en) == []


def test_runs_counts_copies():
    (r,) = runs("a b c a b c a b c d", 10)
    assert r.words == ("a", "b", "c") and r.copies == 3
