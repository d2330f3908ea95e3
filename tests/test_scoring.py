"""Forced decoding of given translations (``deen check PAIRS --model``), on the tiny copy model."""
from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.records import Unit
from pipeline.scoring import score_units
from pipeline.translate.base import DecodeSettings
from pipeline.translate.loading import load_translator

SOURCES = ["Die Regierung hat am Mittwoch neue Regeln beschlossen.",
           "Die Polizei sucht Zeugen des Unfalls auf der Autobahn."]
BACKENDS = ["transformers", "ctranslate2"]


def shuffled(text: str) -> str:
    words = text.split()
    random.Random(0).shuffle(words)
    return " ".join(words)


@pytest.fixture(scope="module")
def translators(tiny_model_one_tokenizer):
    return {b: load_translator(str(tiny_model_one_tokenizer), b, DecodeSettings(beam_size=2, nbest=2))
            for b in BACKENDS}


@pytest.mark.parametrize("backend", BACKENDS)
def test_forced_score_of_the_models_own_output_is_its_decoding_score(translators, backend):
    translator = translators[backend]
    decoded = translator.translate(SOURCES)
    forced = translator.score(SOURCES, [t.best for t in decoded])
    assert forced == pytest.approx([t.score for t in decoded], abs=1e-3)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_copy_scores_far_above_a_shuffled_copy(translators, backend):
    translator = translators[backend]
    copy = translator.score(SOURCES, SOURCES)
    scrambled = translator.score(SOURCES, [shuffled(s) for s in SOURCES])
    assert all(c > -0.5 for c in copy) and all(s < c - 2 for c, s in zip(copy, scrambled))


def test_backends_agree_on_forced_scores(translators):
    targets = SOURCES + [shuffled(s) for s in SOURCES]
    a, b = (translators[x].score(SOURCES * 2, targets) for x in BACKENDS)
    assert a == pytest.approx(b, abs=0.1)  # int8 against float32


@pytest.mark.parametrize("source,translation", [("", "x"), ("Ein Satz.", ""), ("Wort " * 600, "Word.")],
                         ids=["empty-source", "empty-translation", "too-long"])
def test_unscorable_pairs_are_named_not_guessed(translators, source, translation):
    units = [Unit(id="u1", source=source, translation=translation), Unit(id="u2", source=SOURCES[0],
                                                                         translation=SOURCES[0])]
    scored, unscored = score_units(units, translators["transformers"])
    assert unscored == ["u1"] and scored[0].translations == ()
    assert scored[1].translations[0].best == SOURCES[0] and scored[1].translations[0].score > -0.5


def test_check_with_a_model_flags_the_translation_the_model_doubts(tiny_model_one_tokenizer, tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    rows = [{"id": "copy", "source": SOURCES[0], "translation": SOURCES[0]},
            {"id": "scrambled", "source": SOURCES[1], "translation": shuffled(SOURCES[1])}]
    pairs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(pairs), "--model", str(tiny_model_one_tokenizer)])
    assert result.exit_code == 0, result.output
    out = {r["id"]: r for r in map(json.loads, (ln for ln in result.stdout.splitlines() if ln.startswith("{")))}
    assert out["copy"]["score"] > -0.5 and out["scrambled"]["score"] < -1.5
    assert "low_confidence" not in [f["check"] for f in out["copy"]["flags"]]
    assert "low_confidence" in [f["check"] for f in out["scrambled"]["flags"]]
    without = CliRunner().invoke(app, ["check", str(pairs)])
    assert all("score" not in json.loads(ln) for ln in without.stdout.splitlines() if ln.startswith("{"))


def test_check_with_a_model_on_a_folder_is_refused(tiny_model, tmp_path):
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--model", str(tiny_model)])
    assert result.exit_code == 2 and "give a pairs file" in result.output
