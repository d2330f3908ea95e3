"""`deen translate` end to end on the tiny test model: files out, resume, bad inputs, errors."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import run as run_mod
from pipeline.cli import app
from pipeline.run import Progress, RunOptions, Runner
from pipeline.translate.base import DecodeSettings

SEED = Path(__file__).resolve().parents[1] / "seeds"
runner = CliRunner()
FAST = ["--beam", "2", "--nbest", "2", "--max-length", "24", "-q"]


def _invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def articles(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEED, src / "news")
    (src / "kurz.md").write_text("# Kurze Meldung\n\nDer Zug kam am 6. August um 14.30 Uhr an.\n\n"
                                 "- Erster Punkt.\n- Zweiter Punkt.\n", encoding="utf-8")
    return src


def test_seed_article_goes_through_with_every_paragraph_in_order(tiny_model, articles, tmp_path):
    out = tmp_path / "out"
    res = _invoke("translate", articles, "--model", tiny_model, "--out", out, *FAST)
    assert res.exit_code == 0, res.output
    stem = out / "news" / "000_ca6cb5af691f0bf3"
    record = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
    seed_paras = [ln for ln in next(SEED.glob("*.txt")).read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert [p["source"] for p in record["paragraphs"]] == seed_paras
    assert [p["index"] for p in record["paragraphs"]] == list(range(21))
    for p in record["paragraphs"]:
        assert p["sentences"], p["source"]
        for s in p["sentences"]:
            assert p["source"][s["start"]:s["end"]] == s["text"]
            assert len(s["translation"]["nbest"]) == 2
            assert isinstance(s["translation"]["score"], float)
    assert len(stem.with_suffix(".en.txt").read_text(encoding="utf-8").splitlines()) == 21
    assert len((out / "news" / "000_ca6cb5af691f0bf3.mt.txt").read_text(encoding="utf-8").splitlines()) == 21
    settings = record["settings"]
    assert settings["decode"]["beam_size"] == 2 and settings["translator"]["backend"]
    assert settings["checks"] and settings["deen_version"]
    from pipeline.lexicon import setting as lexicon_setting
    assert settings["lexicon"] == lexicon_setting()  # which lexicon the checks used, or "none (degraded checks)"
    md = (out / "kurz.en.txt").read_text(encoding="utf-8")
    assert md.startswith("# ") and "\n\n- " in md
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert sorted(run["translated"]) == ["kurz.md", "news/000_ca6cb5af691f0bf3.txt"]
    assert (out / "report.html").exists()


@pytest.fixture
def small_articles(tmp_path):
    src = tmp_path / "small"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "eins.txt").write_text("Mehr als 10.000 Soldaten kamen.\n", encoding="utf-8")
    (src / "kurz.md").write_text("# Kurze Meldung\n\nDer Zug kam am 6. August an.\n", encoding="utf-8")
    return src


def test_rerun_skips_unchanged_and_force_redoes(tiny_model, small_articles, tmp_path):
    articles, out = small_articles, tmp_path / "out"
    assert _invoke("translate", articles, "--model", tiny_model, "--out", out, *FAST).exit_code == 0
    again = _invoke("translate", articles, "--model", tiny_model, "--out", out, *FAST)
    assert "0 translated, 2 unchanged" in again.output
    (articles / "kurz.md").write_text("Ein neuer Satz.\n", encoding="utf-8")
    changed = _invoke("translate", articles, "--model", tiny_model, "--out", out, *FAST)
    assert "1 translated, 1 unchanged" in changed.output
    other = _invoke("translate", articles, "--model", tiny_model, "--out", out, *FAST[:-1], "--beam", "3", "-q")
    assert "2 translated" in other.output
    forced = _invoke("translate", articles, "--model", tiny_model, "--out", out, *FAST, "--force")
    assert "2 translated, 0 unchanged" in forced.output


def test_a_rerun_that_keeps_every_article_still_names_the_translator(tiny_model, small_articles, tmp_path):
    out = tmp_path / "out"
    assert _invoke("translate", small_articles, "--model", tiny_model, "--out", out, *FAST).exit_code == 0
    first = json.loads((out / "run.json").read_text(encoding="utf-8"))["translator"]
    again = _invoke("translate", small_articles, "--model", tiny_model, "--out", out, *FAST)
    assert "0 translated, 2 unchanged" in again.output
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["translated"] == [] and first["model"] == str(tiny_model.resolve())
    assert run["translator"] == first  # the kept records' translator, no model loaded for it


def test_interrupted_run_leaves_no_partial_file_and_resumes(tiny_model, tmp_path, monkeypatch):
    from pipeline.translate.loading import load_translator

    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):
        (src / f"a{i}.txt").write_text(f"Artikel Nummer {i} hat einen Satz.\nUnd noch einen.\n", encoding="utf-8")
    monkeypatch.setattr(run_mod, "GROUP_SENTENCES", 1)
    settings = DecodeSettings(beam_size=2, nbest=2, max_length=16)
    real = load_translator(str(tiny_model), "transformers", settings)
    calls = {"n": 0}
    real_translate = real.translate

    def interrupting(sources, progress=None):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_translate(sources, progress)

    monkeypatch.setattr(real, "translate", interrupting)
    opts = RunOptions(model=str(tiny_model), backend="transformers", decode=settings)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        Runner(src, out, opts, load_translator=lambda: real, progress=Progress(False)).run()
    done = sorted(p.name for p in out.glob("*.json"))
    assert done == ["a0.json", "a1.json"]
    assert not list(out.rglob("*.part"))
    monkeypatch.setattr(real, "translate", real_translate)
    summary = Runner(src, out, opts, load_translator=lambda: real, progress=Progress(False)).run()
    assert sorted(summary.skipped) == ["a0.txt", "a1.txt"]
    assert sorted(summary.translated) == ["a2.txt", "a3.txt"]


BAD_FILES = [
    ("binary.txt", b"\x00\x01\x02PK\x03\x04", "binary"),
    ("leer.txt", b"", "empty"),
    ("latin1.txt", "Grüße aus Köln.".encode("latin-1"), "not UTF-8"),
]


def test_bad_files_are_named_and_others_still_translated(tiny_model, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "gut.txt").write_text("Ein guter Satz.\n", encoding="utf-8")
    for name, raw, _ in BAD_FILES:
        (src / name).write_bytes(raw)
    res = _invoke("translate", src, "--model", tiny_model, "--out", tmp_path / "out", *FAST)
    assert res.exit_code == 1
    for name, _, reason in BAD_FILES:
        assert f"skipped {name}: {reason}" in res.output
    assert (tmp_path / "out" / "gut.en.txt").exists()
    assert "Traceback" not in res.output


def test_missing_model_is_one_clear_message(tmp_path):
    res = _invoke("translate", SEED, "--model", tmp_path / "no-such-model", "--out", tmp_path / "out", "-q")
    assert res.exit_code == 2
    assert "--model" in res.output and "deen models pull" in res.output
    assert "Traceback" not in res.output


def test_output_inside_input_is_rejected(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEED, src)
    res = _invoke("translate", src, "--out", src / "out", "-q")
    assert res.exit_code == 2
    assert "inside the input" in res.output


class _Table:
    """A translator from a table: what the model would say, fixed, so the corrections are known."""

    def __init__(self, table):
        from pipeline.translate.base import Scored, Translator

        class T(Translator):
            backend = "table"

            def __init__(self):
                super().__init__()
                self.settings = DecodeSettings()

            def _count_tokens(self, texts):
                return [len(t.split()) + 1 for t in texts]

            def _generate(self, batch):
                return [[Scored(table[s], -0.5, len(s.split()) + 1)] for s in batch]

            def signature(self):
                return {"backend": self.backend}

        self.translator = T()


@pytest.mark.parametrize("german, english, corrected", [
    pytest.param("Am Sonntag kam er an. Am Montag fuhr er ab.", ["He arrived on Saturday.", "He left on Monday."],
                 "He arrived on Sunday. He left on Monday.", id="one-flag-edited"),
    pytest.param("Am Sonntag kam er an.", ["He arrived on Sunday."], "He arrived on Sunday.", id="clean-untouched"),
])
def test_each_paragraph_carries_edits_and_applied_flags(tmp_path, german, english, corrected):
    from pipeline.edits import compose
    from pipeline.records import Edit

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(german + "\n", encoding="utf-8")
    sentences = german.replace(". ", ".\n").splitlines()
    table = _Table(dict(zip(sentences, english)))
    Runner(src, out, RunOptions(), load_translator=lambda: table.translator).run()
    record = json.loads((out / "a.json").read_text(encoding="utf-8"))
    [para] = record["paragraphs"]
    assert para["corrected"] == corrected
    assert (out / "a.en.txt").read_text(encoding="utf-8") == corrected + "\n"
    flag_ids = {f["id"] for f in para["flags"]}
    assert set(para["applied"]) <= flag_ids and {e["flag"] for e in para["edits"]} <= flag_ids
    applied = [Edit.from_json(e) for e in para["edits"] if e["flag"] in para["applied"]]
    assert compose(para["translation"], applied) == corrected
    assert bool(para["applied"]) == (corrected != para["translation"])


def test_the_record_reads_back_with_edits_applied_and_each_attempts_edits(tmp_path):
    from pipeline.store import report_from_json, report_to_json

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("Am Sonntag kam er an.\n", encoding="utf-8")
    table = _Table({"Am Sonntag kam er an.": "He arrived on Saturday."})
    Runner(src, out, RunOptions(), load_translator=lambda: table.translator).run()
    record = json.loads((out / "a.json").read_text(encoding="utf-8"))
    report = report_from_json(record)
    [p] = report.paragraphs
    assert p.applied and p.edits and p.corrections[0].edits == p.edits
    assert p.corrections[0].flag == p.applied[0]
    # "files" (the sha256 of the text files beside the record) is added when the article is committed
    assert report_to_json(report) == {k: v for k, v in record.items() if k != "files"}
