"""The translation backends on the tiny copy model: real loading, batching, splitting, scores."""
from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ModelError
from pipeline.records import LengthLimit, LimitBy
from pipeline.translate.base import DecodeSettings, Scored, join_split, split_source, target_limit
from pipeline.translate.loading import load_translator

SENTENCES = [
    "Die Regierung hat am Mittwoch neue Regeln beschlossen.",
    "Mehr als 3.500 Menschen nahmen an der Demonstration in Berlin teil.",
    "„Wir sind sehr zufrieden“, sagte die Trainerin.",
    "Die Polizei sucht Zeugen.",
    "Ja.",
    "Der Bürgermeister sagte, die Stadt werde 2021 mehr Wohnungen bauen, obwohl das Geld knapp sei.",
]
BACKENDS = ["transformers", "ctranslate2"]
GREEDY = DecodeSettings(beam_size=1, nbest=1)


@pytest.fixture(scope="module")
def translators(tiny_model_ct2):
    settings = DecodeSettings(beam_size=4, nbest=4, batch_size=4)
    return {b: load_translator(str(tiny_model_ct2), b, settings) for b in BACKENDS}


@pytest.mark.parametrize("backend", BACKENDS)
def test_tiny_model_translates_with_best_score_and_nbest(translators, backend):
    out = translators[backend].translate(SENTENCES)
    assert [t.source for t in out] == SENTENCES
    for t in out:
        assert t.best == t.source  # the tiny model copies its input
        assert len(t.nbest) == 4
        assert t.nbest[0].text == t.best and t.nbest[0].score == t.score
        assert [h.score for h in t.nbest] == sorted((h.score for h in t.nbest), reverse=True)
        assert -1.0 < t.score <= 0.0  # a length-normalised log-probability of a confident model
        assert t.parts == ()


@pytest.mark.parametrize("backend", ["auto", *BACKENDS])
def test_signature_names_model_revision_backend_and_decoding(tiny_model_ct2, backend):
    from pipeline.models import sha256_file

    sig = load_translator(str(tiny_model_ct2), backend, GREEDY).signature()
    assert sig["model"] == str(tiny_model_ct2.resolve())
    assert sig["revision"] == sha256_file(tiny_model_ct2 / "model.safetensors")
    assert sig["backend"] == ("ctranslate2" if backend == "auto" else backend)
    assert sig["decoding"]["beam_size"] == 1 and sig["decoding"]["max_length"] == 512


@pytest.mark.parametrize("backend", ["auto", "ctranslate2"])
def test_the_fast_backend_converts_once_then_reuses(tiny_model, tmp_path, monkeypatch, backend):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # no conversion of these weights yet
    folder = tmp_path / "m"
    shutil.copytree(tiny_model, folder, ignore=shutil.ignore_patterns("ct2-*"))
    notes: list[str] = []
    assert load_translator(str(folder), backend, GREEDY, notify=notes.append).backend == "ctranslate2"
    assert any("converting" in n for n in notes) and (folder / "ct2-int8" / "model.bin").is_file()
    notes.clear()
    assert load_translator(str(folder), backend, GREEDY, notify=notes.append).backend == "ctranslate2"
    assert not any("convert" in n for n in notes)


def test_transformers_backend_needs_no_conversion(tiny_model, tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(tiny_model, folder, ignore=shutil.ignore_patterns("ct2-*"))
    assert load_translator(str(folder), "transformers", GREEDY).backend == "transformers"
    assert not (folder / "ct2-int8").exists()


def test_backends_agree_greedy_on_at_least_95_percent(tiny_model_ct2, build_tiny_module):
    german, _ = build_tiny_module.corpus()
    sources = [s for s in german if len(s) < 300][:30] + SENTENCES
    outs = {b: load_translator(str(tiny_model_ct2), b, GREEDY).translate(sources) for b in BACKENDS}
    agree = sum(a.best == b.best for a, b in zip(outs["transformers"], outs["ctranslate2"]))
    assert agree / len(sources) >= 0.95, f"{agree}/{len(sources)} greedy outputs agree"
    # ct2's scores are the same length-normalised log-probability (int8 rounding apart)
    for a, b in zip(outs["transformers"], outs["ctranslate2"]):
        if a.best == b.best:
            assert abs(a.score - b.score) < 0.1


@pytest.mark.parametrize("backend", BACKENDS)
def test_batching_restores_order_and_reports_progress(tiny_model_ct2, backend):
    # CTranslate2 is handed 16 token budgets per call (it re-batches itself): enough sources for several calls.
    sources = [SENTENCES[i % len(SENTENCES)] + f" Nummer {i}." for i in range(40)][::-1]
    settings = DecodeSettings(beam_size=1, nbest=1, batch_size=1, batch_tokens=32)
    done = []
    out = load_translator(str(tiny_model_ct2), backend, settings).translate(sources, progress=done.append)
    assert [t.best for t in out] == sources
    assert sum(done) == len(sources) and len(done) > 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_long_input_is_split_at_clauses_and_not_truncated(tiny_model_ct2, backend):
    translator = load_translator(str(tiny_model_ct2), backend, GREEDY)
    clause = "die Regierung hat am Mittwoch neue Regeln für den Handel beschlossen"
    long = ", ".join([clause] * 40) + "."
    assert translator._count_tokens([long])[0] > translator.max_source_tokens
    (t,) = translator.translate([long])
    assert len(t.parts) >= 2
    assert all(translator._count_tokens([p])[0] <= translator.max_source_tokens for p in t.parts)
    assert all(p.endswith((",", ".")) for p in t.parts)  # cut after a comma, never inside a clause
    assert " ".join(t.parts) == long
    assert t.best == long  # every part translated (copied) and joined: nothing dropped
    assert t.score is not None and t.nbest[0].text == t.best


# The copy model's English of "Die Polizei sucht Zeugen." takes 12 target tokens, </s> included.
# (id, --max-length, source, the limit the translation reached or None, the English)
LIMIT_CASES = [
    ("ends-well-before", 8, "Ja.", None, "Ja."),
    ("cut", 8, "Die Polizei sucht Zeugen.", 8, "Die Polizei sucht Z"),
    ("cut-before-the-full-stop", 11, "Die Polizei sucht Zeugen.", 11, "Die Polizei sucht Zeugen"),
    # Complete, but the limit left the decoder no step to end the sentence itself: it may be cut.
    ("no-room-to-end-itself", 12, "Die Polizei sucht Zeugen.", 12, "Die Polizei sucht Zeugen."),
    ("ends-one-before", 13, "Die Polizei sucht Zeugen.", None, "Die Polizei sucht Zeugen."),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("case_id,max_length,source,reached,english", LIMIT_CASES, ids=[c[0] for c in LIMIT_CASES])
def test_a_translation_stopped_at_the_length_limit_says_so(tiny_model_ct2, backend, case_id, max_length, source,
                                                           reached, english):
    settings = DecodeSettings(beam_size=2, nbest=2, max_length=max_length)
    (t,) = load_translator(str(tiny_model_ct2), backend, settings).translate([source])
    assert t.best == english
    assert t.limit_reached == (LengthLimit(reached, LimitBy.MAX_LENGTH) if reached else None)


def test_a_split_source_is_cut_when_one_of_its_parts_is(tiny_model_ct2):
    translator = load_translator(str(tiny_model_ct2), "ctranslate2", DecodeSettings(beam_size=1, nbest=1,
                                                                                    max_length=12))
    translator.max_source_tokens = 12  # "Ja, ja." fits; the sentence after the comma needs its 12 tokens
    (t,) = translator.translate(["Ja, ja, die Polizei sucht Zeugen."])
    assert len(t.parts) >= 2 and t.limit_reached == LengthLimit(12, LimitBy.MAX_LENGTH)


# (id, --max-length, the model's positions, the limit): the decoder start token takes one position.
TARGET_LIMITS = [
    ("setting-binds", 64, 512, LengthLimit(64, LimitBy.MAX_LENGTH)),
    ("setting-just-fits", 511, 512, LengthLimit(511, LimitBy.MAX_LENGTH)),
    ("default-on-opus-mt", 512, 512, LengthLimit(511, LimitBy.POSITIONS)),
    ("positions-bind", 2048, 512, LengthLimit(511, LimitBy.POSITIONS)),
]


@pytest.mark.parametrize("case_id,max_length,positions,limit", TARGET_LIMITS, ids=[c[0] for c in TARGET_LIMITS])
def test_target_limit_names_what_sets_it(case_id, max_length, positions, limit):
    assert target_limit(DecodeSettings(max_length=max_length), positions) == limit


@pytest.mark.parametrize("text,parts", [
    ("a b; c d: e, f", ["a b;", "c d: e, f"]),
    ("a b: c d, e f", ["a b:", "c d, e f"]),
    ("a b c, d e f", ["a b c,", "d e f"]),
    ("aaa bbb ccc ddd", ["aaa bbb", "ccc ddd"]),
    ("abcdefghijkl", ["abcdef", "ghijkl"]),
    ("short", ["short"]),
], ids=["semicolon-first", "colon-before-comma", "comma", "whitespace", "inside-a-word", "fits"])
def test_split_source_prefers_clause_boundaries(text, parts):
    assert split_source(text, fits=lambda s: len(s) <= 9) == parts


def test_split_join_scores_by_total_tokens_and_varies_one_part():
    hyps = [[Scored("A", -0.1, 10), Scored("A2", -0.5, 10)], [Scored("B", -0.4, 30), Scored("B2", -0.45, 30)]]
    joined = join_split(hyps, nbest=3)
    assert joined[0] == ("A B", pytest.approx((-0.1 * 10 - 0.4 * 30) / 40))
    assert [t for t, _ in joined] == ["A B", "A B2", "A2 B"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_empty_sources_get_empty_translations(translators, backend):
    out = translators[backend].translate(["", "Die Polizei sucht Zeugen.", "  "])
    assert [t.best for t in out] == ["", "Die Polizei sucht Zeugen.", ""]
    assert out[0].score is None and out[0].nbest == ()


@pytest.mark.parametrize("settings,message", [
    (DecodeSettings(beam_size=0), "beam_size must be >= 1"),
    (DecodeSettings(beam_size=2, nbest=4), "nbest (4) cannot exceed beam_size (2)"),
    (DecodeSettings(max_new_tokens=600), "max_new_tokens must be in 1..max_length"),
    (DecodeSettings(batch_tokens=0), "batch_tokens must be >= 1"),
], ids=["beam", "nbest", "max-new-tokens", "batch-tokens"])
def test_invalid_settings_are_refused_with_the_value(tiny_model, settings, message):
    with pytest.raises(ModelError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        load_translator(str(tiny_model), "transformers", settings)


def test_missing_model_says_use_model_dir_or_pull(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    with pytest.raises(ModelError) as err:
        load_translator(None, "auto", GREEDY)
    assert "--model DIR" in str(err.value) and "deen models pull" in str(err.value)


def test_missing_model_on_the_command_line_is_one_message_without_traceback(tmp_path):
    result = CliRunner().invoke(app, ["models", "verify", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "is not a folder" in result.output


def test_missing_files_are_all_listed(tiny_model, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model, broken)
    for name in ("vocab.json", "target.spm", "model.safetensors"):
        (broken / name).unlink()
    with pytest.raises(ModelError) as err:
        load_translator(str(broken), "transformers", GREEDY)
    for expected in ("missing vocab.json", "missing target.spm", "missing weights"):
        assert expected in str(err.value)
    assert "source.spm" not in str(err.value)

