"""Model folders: manifest, verify, pull (offline), convert, and the test model builders."""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import models
from pipeline.cli import app
from pipeline.errors import ModelError
from pipeline.translate.base import DecodeSettings
from pipeline.translate.loading import load_translator

SHARED = Path(__file__).resolve().parents[2] / "shared" / "opus-mt-de-en"


@pytest.fixture
def tiny_copy(tiny_model, tmp_path) -> Path:
    folder = tmp_path / "tiny"
    # Other tests translate with the session's tiny model on the default backend, which converts it in place.
    shutil.copytree(tiny_model, folder, ignore=shutil.ignore_patterns("ct2-*"))
    return folder


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared/opus-mt-de-en not beside the clone")
@pytest.mark.parametrize("name,key", [("config.json", "config"), ("generation_config.json", "generation_config"),
                                      ("special_tokens_map.json", "special_tokens_map")])
def test_manifest_holds_the_real_configuration(name, key):
    assert models.load_manifest()[key] == json.loads((SHARED / name).read_text())


def test_manifest_identifies_the_real_weights():
    m = models.load_manifest()
    assert m["hub_id"] == "Helsinki-NLP/opus-mt-de-en"
    assert m["weights"] == {"file": "model.safetensors", "size": 295806292,
                            "sha256": "406799a8255d51d5597e8ccbf2d31423ff9ef70240f452e6081a0070d2184e6e"}
    assert set(models.REQUIRED_FILES) <= set(m["files"])


def test_tiny_model_has_the_real_format(tiny_model):
    assert models.format_problems(tiny_model) == []
    config = json.loads((tiny_model / "config.json").read_text())
    real = models.load_manifest()["config"]
    assert {k: config[k] for k in ("model_type", "architectures", "activation_function", "static_position_embeddings",
                                   "share_encoder_decoder_embeddings", "eos_token_id")} == \
           {k: real[k] for k in ("model_type", "architectures", "activation_function", "static_position_embeddings",
                                 "share_encoder_decoder_embeddings", "eos_token_id")}
    vocab = json.loads((tiny_model / "vocab.json").read_text())
    assert vocab["</s>"] == 0 and vocab["<unk>"] == 1 and vocab["<pad>"] == len(vocab) - 1 == config["pad_token_id"]
    generation = json.loads((tiny_model / "generation_config.json").read_text())
    assert generation["bad_words_ids"] == [[config["pad_token_id"]]] and generation["num_beams"] == 4


def test_verify_tiny_model_against_its_own_record(tiny_model):
    result = models.verify(tiny_model)
    assert result.verified and not result.matches_manifest
    assert any("matches the folder's own record" in n for n in result.lines())
    assert "model.safetensors" in result.checked_files


def half_size_zeroed_weights(folder):
    """The hostile case of issue 12: no record, weights replaced by zeros of half the size."""
    (folder / models.FOLDER_RECORD).unlink()
    size = (folder / "model.safetensors").stat().st_size
    header = (folder / "model.safetensors").read_bytes()[:8]
    (folder / "model.safetensors").write_bytes(header + bytes(size // 2))


def test_a_folder_without_a_record_cannot_be_verified(tiny_copy):
    half_size_zeroed_weights(tiny_copy)
    with pytest.raises(ModelError, match="could not verify model.safetensors"):
        models.verify(tiny_copy)
    result = models.verify(tiny_copy, format_only=True)
    assert not result.verified and any("NOT verified" in n for n in result.lines())


@pytest.mark.parametrize("victim", ["model.safetensors", "vocab.json", "source.spm"])
def test_verify_detects_a_corrupted_file(tiny_copy, victim):
    path = tiny_copy / victim
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match=f"{victim}: sha256 .* differs from the recorded"):
        models.verify(tiny_copy)


def test_verify_flags_manifest_sized_weights_with_another_sha_as_corrupt(tiny_copy):
    (tiny_copy / models.FOLDER_RECORD).unlink()
    with open(tiny_copy / "model.safetensors", "wb") as f:
        f.truncate(models.load_manifest()["weights"]["size"])
    with pytest.raises(ModelError, match="corrupted download"):
        models.verify(tiny_copy)


def test_verify_on_the_command_line(tiny_model, tiny_copy):
    ok = CliRunner().invoke(app, ["models", "verify", str(tiny_model)])
    assert ok.exit_code == 0 and "own record" in ok.output
    (tiny_copy / "target.spm").unlink()
    bad = CliRunner().invoke(app, ["models", "verify", str(tiny_copy)])
    assert bad.exit_code == 2 and "missing target.spm" in bad.output and "Traceback" not in bad.output


@pytest.mark.parametrize("args,code,says", [
    ([], 2, "could not verify model.safetensors"),
    (["--format-only"], 0, "weights NOT verified"),
], ids=["refused", "format-only"])
def test_verify_without_a_record_on_the_command_line(tiny_copy, args, code, says):
    half_size_zeroed_weights(tiny_copy)
    result = CliRunner().invoke(app, ["models", "verify", str(tiny_copy), *args])
    assert result.exit_code == code and says in result.output and "Traceback" not in result.output


def test_record_makes_your_own_folder_verifiable(tiny_copy):
    (tiny_copy / models.FOLDER_RECORD).unlink()
    assert CliRunner().invoke(app, ["models", "verify", str(tiny_copy)]).exit_code == 2
    assert CliRunner().invoke(app, ["models", "record", str(tiny_copy)]).exit_code == 0
    assert models.verify(tiny_copy).verified


@pytest.mark.parametrize("weights,problem", [
    ({"file": "model.safetensors", "size": 10}, "'weights.sha256' must be 64 lowercase hex digits, got None"),
    ({"file": "model.safetensors", "size": "10", "sha256": "ab"}, "'weights.size' must be a positive integer"),
    (None, "'weights' must be an object"),
], ids=["no-sha256", "bad-size-and-sha", "no-weights"])
def test_a_broken_manifest_is_one_line(tiny_model, tmp_path, monkeypatch, weights, problem):
    manifest = {**models.load_manifest(), "weights": weights}
    (tmp_path / f"{models.DEFAULT_MANIFEST}.json").write_text(json.dumps(manifest))
    monkeypatch.setattr(models, "MANIFEST_DIR", tmp_path)
    result = CliRunner().invoke(app, ["models", "verify", str(tiny_model)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert problem in result.output and len(result.output.strip().splitlines()) == 1


def test_a_record_entry_without_sha256_is_one_line(tiny_copy):
    record = json.loads((tiny_copy / models.FOLDER_RECORD).read_text())
    del record["files"]["vocab.json"]["sha256"]
    (tiny_copy / models.FOLDER_RECORD).write_text(json.dumps(record))
    result = CliRunner().invoke(app, ["models", "verify", str(tiny_copy)])
    assert result.exit_code == 2 and "no sha256 for vocab.json" in result.output and "Traceback" not in result.output


ARTICLE = "Die Regierung hat am Mittwoch neue Regeln beschlossen.\n"


def _translate(folder, tmp_path, *extra):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return CliRunner().invoke(app, ["translate", str(src), "--model", str(folder), "--out", str(tmp_path / "out"),
                                    "-q", "--no-correct", "--backend", "transformers", "--beam", "1", "--nbest", "1",
                                    *extra])


def test_translate_refuses_weights_that_fail_verification(tiny_copy, tmp_path):
    path = tiny_copy / "model.safetensors"
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF  # in the last tensor's data: the file still loads
    path.write_bytes(bytes(data))
    refused = _translate(tiny_copy, tmp_path)
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert "model.safetensors: sha256" in refused.output and "differs from the recorded" in refused.output
    assert not (tmp_path / "out" / "a.en.txt").exists()
    assert _translate(tiny_copy, tmp_path, "--no-verify").exit_code == 0


def test_translate_refuses_an_unverifiable_folder_unless_no_verify(tiny_copy, tmp_path):
    (tiny_copy / models.FOLDER_RECORD).unlink()
    refused = _translate(tiny_copy, tmp_path)
    assert refused.exit_code == 2 and "could not verify" in refused.output and "--no-verify" in refused.output
    assert _translate(tiny_copy, tmp_path, "--no-verify").exit_code == 0


@pytest.mark.parametrize("env", [{"HF_HUB_OFFLINE": "1"}, {"HF_ENDPOINT": "http://127.0.0.1:9"}],
                         ids=["offline-flag", "unreachable-endpoint"])
def test_pull_fails_fast_with_one_clear_message(tmp_path, monkeypatch, env):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    start = time.monotonic()
    result = CliRunner().invoke(app, ["models", "pull", "--dest", str(tmp_path / "m")])
    assert time.monotonic() - start < models.HUB_TIMEOUT_S + 5
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "run `deen models pull`" in result.output and "--model DIR" in result.output
    assert not (tmp_path / "m").exists()


def test_convert_records_source_and_quantization_and_refuses_to_overwrite(tiny_model_ct2):
    record = models.read_conversion(tiny_model_ct2)
    assert record["quantization"] == "int8"
    assert record["source_weights_sha256"] == models.sha256_file(tiny_model_ct2 / "model.safetensors")
    assert (models.ct2_dir(tiny_model_ct2) / "model.bin").is_file()
    with pytest.raises(ModelError, match="--force"):
        models.convert(tiny_model_ct2)


def test_a_stale_conversion_is_replaced(tiny_model_ct2, tmp_path):
    folder = tmp_path / "stale"
    shutil.copytree(tiny_model_ct2, folder)
    record_path = models.ct2_dir(folder) / models.FOLDER_RECORD
    record = json.loads(record_path.read_text())
    record["source_weights_sha256"] = "0" * 64
    record_path.write_text(json.dumps(record))
    translator = load_translator(str(folder), "auto", DecodeSettings(beam_size=1, nbest=1))
    assert translator.backend == "ctranslate2"
    assert models.read_conversion(folder)["source_weights_sha256"] == models.sha256_file(folder / "model.safetensors")


def test_a_read_only_folder_is_converted_into_deens_cache(tiny_copy, monkeypatch):
    import tempfile

    real = tempfile.mkdtemp

    def mkdtemp(*args, dir=None, **kwargs):  # tests may run as root, where chmod does not bite
        if dir is not None and Path(dir).resolve() == tiny_copy.resolve():
            raise PermissionError(13, "Permission denied", str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    notes: list[str] = []
    translator = load_translator(str(tiny_copy), "auto", DecodeSettings(beam_size=1, nbest=1), notify=notes.append)
    assert translator.backend == "ctranslate2" and not models.ct2_dir(tiny_copy).exists()
    cache = models.cache_ct2_dir(models.sha256_file(tiny_copy / "model.safetensors"))
    assert (cache / "model.bin").is_file() and any("deen's cache" in n for n in notes)


def expected_parameters(c: dict) -> int:
    """Parameters of a Marian model from its config: shared embeddings, layers, sinusoid tables."""
    d, v = c["d_model"], c["vocab_size"]
    attention = 4 * (d * d + d)
    norm = 2 * d
    ffn_enc = d * c["encoder_ffn_dim"] + c["encoder_ffn_dim"] + c["encoder_ffn_dim"] * d + d
    ffn_dec = d * c["decoder_ffn_dim"] + c["decoder_ffn_dim"] + c["decoder_ffn_dim"] * d + d
    encoder_layer = attention + norm + ffn_enc + norm
    decoder_layer = 2 * attention + 2 * norm + ffn_dec + norm
    positions = 2 * c["max_position_embeddings"] * d  # static sinusoids, stored as (frozen) parameters
    return v * d + c["encoder_layers"] * encoder_layer + c["decoder_layers"] * decoder_layer + positions


def test_full_size_architecture_has_the_real_parameter_count(build_tiny_module):
    config = build_tiny_module.full_size_config()
    model = build_tiny_module.build_full_size_random(None, save=False)
    count = sum(p.numel() for p in model.parameters())
    assert count == expected_parameters(config)
    assert 73_000_000 < count < 75_000_000  # the published ~74M of opus-mt-de-en
    assert tuple(model.model.shared.weight.shape) == (58101, 512)
    assert model.lm_head.weight.data_ptr() == model.model.shared.weight.data_ptr()  # tied
    assert tuple(model.final_logits_bias.shape) == (1, 58101)
    assert len(model.model.encoder.layers) == len(model.model.decoder.layers) == 6
    assert tuple(model.model.decoder.layers[0].fc1.weight.shape) == (2048, 512)


def test_vocab_of_the_full_size_tokenizer_fills_58101_ids(build_tiny_module):
    german, english = build_tiny_module.corpus(limit=200)
    source, target = build_tiny_module.train_spm(german, 500), build_tiny_module.train_spm(english, 500)
    vocab = build_tiny_module.make_vocab(source, target, size=58101)
    assert len(vocab) == 58101 and sorted(vocab.values()) == list(range(58101))
    assert vocab["<pad>"] == 58100 and vocab["</s>"] == 0 and vocab["<unk>"] == 1
