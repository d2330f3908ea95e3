"""The re-check of one paragraph sees what checking the whole document again would see.

With the German unchanged, ``Document.flags_with`` checks only the edited paragraph (its
neighbours present by their German); these cases hold it to a whole-document run of the real
checks, on the seed article's opening (years that set the time frame, quotations, a stray year).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.correct import Document
from pipeline.records import Unit

SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
CONFIG = load_config()
PARAGRAPHS = [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()][:6]

# Edits of one paragraph's English (the German stays): what the checks of other paragraphs could react to.
EDITS = [
    pytest.param(lambda t: t.replace("„", "“"), id="quote-marks"),
    pytest.param(lambda t: t + " in 1990", id="year-added"),
    pytest.param(lambda t: t.rsplit(" ", 3)[0], id="end-dropped"),
    pytest.param(lambda t: "", id="emptied"),
]


@pytest.fixture(scope="module")
def doc():
    # As the tiny test model translates: the English is a copy of the German.
    units = [Unit(id=f"seed#{i}", source=p, translation=p, doc_id="seed") for i, p in enumerate(PARAGRAPHS)]
    return Document(units=units, flags=run_checks(units, CONFIG), config=CONFIG)


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("pos", range(len(PARAGRAPHS)))
def test_one_paragraph_recheck_equals_the_whole_document(doc, pos, edit):
    unit = replace(doc.units[pos], translation=edit(doc.units[pos].translation))
    whole = run_checks([unit if i == pos else u for i, u in enumerate(doc.units)], CONFIG)
    assert doc.flags_with(pos, unit) == whole


def test_a_german_edit_checks_the_whole_document_again(doc):
    # The stray year of the first paragraph dropped from the German: other paragraphs' frame may move.
    unit = replace(doc.units[0], source=doc.units[0].source.replace("2019", "2024"))
    whole = run_checks([unit] + doc.units[1:], CONFIG)
    assert doc.flags_with(0, unit) == whole


# --- a candidate may not delete English content because the paragraph was already flagged ---------

from lexicon_data import tiny_lexicon  # noqa: E402,F401 - fixture
from pipeline.correct import rendered_lost  # noqa: E402
from pipeline.records import Edit, Side  # noqa: E402

# A paragraph whose English lost its middle sentence (an omission flag stands) and gives a wrong year.
GAPPED_DE = ("Die Regierung will das Gesetz im Herbst ändern. Die Kinder spielen seit Wochen nicht mehr im Garten "
             "der Schule, weil das Feuer einen Teil der Anlage zerstört hat. Der Minister sagte gestern, die Reform "
             "komme im Jahr 2025, und die Lage sei ernst.")
GAPPED_EN = ("The government wants to change the law in autumn. The minister said yesterday that the reform would "
             "come in 2026, and that the situation was serious.")
LOOPED_DE = "Der Minister sagte gestern, die Lage sei ernst. Die Regierung will das Gesetz im Herbst ändern."
LOOPED_EN = "The minister said yesterday that the situation was serious. The government wants to change the law law law."

# (id, German, English, check the edits answer, (old, new) replacements in the English, passes)
RECHECK_CASES = [
    ("year-fixed", GAPPED_DE, GAPPED_EN, "year_mismatch", [("2026", "2025")], True),
    # The omission flag already stands, so the re-check alone counts no new one for the lost clause.
    ("year-fixed-clause-deleted", GAPPED_DE, GAPPED_EN, "year_mismatch",
     [("2026, and that the situation was serious", "2025")], False),
    ("year-fixed-verb-deleted", GAPPED_DE, GAPPED_EN, "year_mismatch",
     [("wants to change the law in autumn", "the law in autumn"), ("2026", "2025")], False),
    # Removing the repeated words removes no rendering: the copy left still renders „Gesetz“.
    ("loop-removed", LOOPED_DE, LOOPED_EN, "repetition", [("law law law", "law")], True),
]


def _edits(en: str, flag, replacements) -> list[Edit]:
    out = []
    for old, new in replacements:
        i = en.index(old)
        out.append(Edit(flag=flag.id, side=Side.TRANSLATION, start=i, end=i + len(old), replacement=new))
    return out


@pytest.mark.parametrize("case_id,de,en,check,replacements,passes", RECHECK_CASES, ids=[c[0] for c in RECHECK_CASES])
def test_an_edit_deleting_content_does_not_pass_on_an_existing_omission_flag(tiny_lexicon, case_id, de, en, check,
                                                                            replacements, passes):
    unit = Unit(id="u", source=de, translation=en)
    flags = run_checks([unit], CONFIG)
    if de == GAPPED_DE:
        assert any(f.check == "omission" for f in flags[0])  # the flag that hid the deletion
    (answer,) = [f for f in flags[0] if f.check == check]
    verdict = Document(units=[unit], flags=flags, config=CONFIG).recheck(0, _edits(en, answer, replacements), [answer])
    assert verdict.passed == passes, verdict.new_flags
    if not passes:
        assert any("no longer rendered" in b for b in verdict.new_flags)


# (id, German before, English before, German after, English after, German words the flags point at, lost)
LOST_CASES = [
    ("nothing-changed", "Die Regierung will das Gesetz ändern.", "The government wants to change the law.",
     None, None, (), []),
    ("verb-deleted", "Die Regierung will das Gesetz ändern.", "The government wants to change the law.",
     None, "The government wants the law.", (), ["ändern"]),
    ("word-the-flag-points-at", "Die Regierung will das Gesetz ändern.", "The government wants to change the law.",
     None, "The government wants the law.", ("ändern",), []),
    # The German repaired with its English: a word gone from the German is not lost from the English.
    ("dropped-from-both", "Die Regierung will das Gesetz im Garten ändern.",
     "The government wants to change the law in the garden.",
     "Die Regierung will das Gesetz ändern.", "The government wants to change the law.", (), []),
    ("dropped-from-the-english-only", "Die Regierung will das Gesetz im Garten ändern.",
     "The government wants to change the law in the garden.",
     None, "The government wants to change the law.", (), ["Garten"]),
    ("untranslated-word-translated", "Die Kinder spielen im Garten.", "The Kinder play in the garden.",
     None, "The children play in the garden.", (), []),
]


@pytest.mark.parametrize("case_id,de,en,de_after,en_after,pointed,lost", LOST_CASES, ids=[c[0] for c in LOST_CASES])
def test_rendered_lost(tiny_lexicon, case_id, de, en, de_after, en_after, pointed, lost):
    before = Unit(id="u", source=de, translation=en)
    after = Unit(id="u", source=de_after or de, translation=en_after or en)
    spans = [(de.index(w), de.index(w) + len(w)) for w in pointed]
    assert rendered_lost(before, after, spans) == lost
