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
