"""Long input: the number, date, year, quote and repetition checks stay linear in the length of a text.

A 300 KB paragraph with thousands of numbers, dates or quotations once took minutes and gigabytes
(every number compared with every other, a rewritten paragraph per flag). Each case here would take
far longer than its bound if any check were quadratic again.
"""
from __future__ import annotations

import time

import pytest

from pipeline import limits as limits_mod
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Unit

CHECKS = {"number_mismatch", "number_word", "rank_mismatch", "number_missing", "date_mismatch", "relative_date",
          "relative_period",
          "time_phrase", "holiday_mismatch", "weekday_missing", "date_missing", "year_mismatch", "year_out_of_frame",
          "quote_split", "quote_balance", "quote_closing_mark", "quote_balance_source", "quote_missing", "repetition",
          "duplication"}

CASES = [
    ("long-word", "a" * 200_000, "b" * 200_000),
    ("numbers-changed", "Es kamen 200 Gäste. " * 8_000, "There were 2000 guests. " * 8_000),
    ("years-changed", "Die Flotte 2015 in Wien. " * 8_000, "The fleet 2016 in Vienna. " * 8_000),
    ("dates", "am 5. Mai und Freitag " * 8_000, "on May 6 and Thursday " * 8_000),
    ("weekdays-dropped", "heute am Freitag, 5. Mai, Ostern " * 8_000, "today on 6 May " * 8_000),
    ("dates-dropped", "am Freitag, 5. Mai, und am 6. Juni " * 8_000, "on Friday and on Saturday " * 8_000),
    ("nights-and-parts", "Nacht zum Samstag, Samstagmittag, Ende Mai, halb drei " * 4_000,
     "Saturday night, Saturday evening, early May, half past three " * 4_000),
    ("relative-periods", "vergangene Woche, nächstes Jahr " * 8_000, "next week, last year " * 8_000),
    ("magnitudes-and-ranks", "Zehntausende Hunderte Platz drei verdoppelt " * 5_000,
     "tens of hundreds fourth tripled " * 5_000),
    ("quotations", "„a.“ „b“ " * 20_000, "“a.” “b” " * 20_000),
    ("quotations-closed-german-style", "„a.“ „b“ " * 20_000, "“a.“ “b“ " * 20_000),
    ("duplicates", "Scholz sagte " * 15_000, "Scholz said, Scholz said, " * 8_000),
]


@pytest.fixture
def no_paragraph_limit(monkeypatch):
    """The runner leaves paragraphs over the limit unchecked; these cases must reach the checks."""
    table = limits_mod._table()
    monkeypatch.setattr(limits_mod, "_table", lambda: {**table, "paragraph_chars": 10 ** 9})
    limits_mod.limits.cache_clear()
    yield
    limits_mod.limits.cache_clear()


@pytest.mark.slow  # about 10 s in all on a quiet machine
@pytest.mark.parametrize("source,translation", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_long_paragraph_is_checked_in_linear_time(source, translation, no_paragraph_limit):
    # The lexicon is loaded (and on a fresh machine built, about 25 s) once per process: not the checks' time.
    from pipeline import lexicon
    lexicon.load()
    t = time.perf_counter()
    flags = run_checks([Unit(id="u", source=source, translation=translation)], only=CHECKS)[0]
    assert time.perf_counter() - t < 60
    assert not [f for f in flags if f.category is Category.OTHER]  # a crashing check is recorded as OTHER
    # A rewritten paragraph is offered for a bounded number of flags, not for each of thousands.
    assert sum(f.suggestion is not None and len(f.suggestion) > 10_000 for f in flags) <= 20 * len(CHECKS)
