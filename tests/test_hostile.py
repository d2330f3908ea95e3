"""Hostile inputs through the CLI (issue 12): each case ends in an exit code and one line naming the
file and the problem, never a traceback, with every other article complete and the outputs
consistent with run.json. Cases that held before the issue are here too, so they stay held.

Permission cases run ``deen`` in a subprocess without CAP_DAC_OVERRIDE (setpriv) when the tests
run as root, since root reads every file otherwise.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.limits as limits_mod
from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
FAST = ["--beam", "2", "--nbest", "2", "--max-length", "16", "-q"]
SMALL_PARAGRAPH = 400  # the paragraph limit while these tests run: a long paragraph stays cheap to translate
runner = CliRunner()


def deen(*args):
    """Run the CLI in-process; a traceback (an exception other than the exit) fails the test."""
    res = runner.invoke(app, [a if isinstance(a, str) else os.fsdecode(a) for a in map(_arg, args)])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    assert "Traceback" not in res.output
    return res


def _arg(a):
    return a if isinstance(a, (str, bytes)) else str(a)


def assert_one_line_error(res, *named: str, code: int = 2) -> None:
    assert res.exit_code == code, res.output
    first = res.stderr.strip().splitlines()[0]
    assert first.startswith("deen: "), res.stderr
    for word in named:
        assert word in res.stderr, (word, res.stderr)


@pytest.fixture(scope="module")
def small_limits():
    """The limits table with a small paragraph limit (patched where every module reads it)."""
    mp = pytest.MonkeyPatch()
    table = limits_mod._table()
    mp.setattr(limits_mod, "_table", lambda: {**table, "paragraph_chars": SMALL_PARAGRAPH})
    limits_mod.limits.cache_clear()
    yield limits_mod.limits()
    mp.undo()
    limits_mod.limits.cache_clear()


# --- one folder of hostile articles, translated once ----------------------------------------------

SENTENCE = "Der Zug kam am Montag in Köln an.\n"
LONG = " ".join(["Der Bundestag hat am Montag über die Reform beraten."] * 10) + "\n"  # > SMALL_PARAGRAPH

# (case, file name as bytes, content, expected): "translated", "limited" (translated, one paragraph
# not checked) or the words of the one-line reason it was skipped with.
FILES = [
    ("plain", b"gut.txt", SENTENCE.encode(), "translated"),
    ("non-utf8-name", b"caf\xe9.txt", SENTENCE.encode(), "translated"),
    ("name-of-run-file", b"run.txt", SENTENCE.encode(), "translated"),
    ("name-of-review-file", b"review.txt", SENTENCE.encode(), "translated"),
    ("final-beside-plain-a", b"a.txt", SENTENCE.encode(), "translated"),
    ("final-beside-plain-b", b"a.final.txt", "Der Bus kam an.\n".encode(), "translated"),
    ("same-stem-md", b"a.md", "Der Hund kam an.\n".encode(), "translated"),
    ("utf16-bom", b"utf16.txt", SENTENCE.encode("utf-16"), "translated"),
    ("long-paragraph", b"lang.txt", (SENTENCE + LONG).encode(), "limited"),
    ("utf16-no-bom", b"utf16le.txt", SENTENCE.encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    ("nul-after-8k", b"spaet.txt", ("Satz. " * 2000).encode() + b"\x00rest", "binary file"),
    ("binary", b"bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    ("latin1", b"latin.txt", "Grüße aus Köln.".encode("latin-1"), "not UTF-8"),
    ("empty", b"leer.txt", b"", "empty file"),
    ("huge", b"riesig.txt", b"Satz. " * 900_000, "too large"),
]
LINKS = [  # (case, link name, target relative to the input folder) -> named as skipped, never followed
    ("link-to-file", "verweis.txt", "gut.txt", "symbolic link, not followed"),
    ("link-to-folder", "ordner", "sub", "symbolic link to a folder, not followed"),
    ("dangling-link", "weg.txt", "gibt-es-nicht.txt", "broken symbolic link (dangling or looping), not followed"),
    ("looping-link", "schleife", "schleife", "broken symbolic link (dangling or looping), not followed"),
]


def _display(name: bytes) -> str:
    return name.decode("utf-8", "backslashreplace")


@pytest.fixture(scope="module")
def hostile_run(tiny_model, tmp_path_factory, small_limits):
    base = tmp_path_factory.mktemp("hostile")
    src = base / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "tief.txt").write_text(SENTENCE, encoding="utf-8")
    for _, name, raw, _ in FILES:
        with open(os.path.join(os.fsencode(src), name), "wb") as f:
            f.write(raw)
    for _, name, target, _ in LINKS:
        os.symlink(target, src / name)
    out = base / "out"
    out.mkdir()
    (out / ".gut.en.txt.x1y2z3.part").write_text("half of an old write")  # left by a kill -9
    res = deen("translate", src, "--model", tiny_model, "--out", out, *FAST)
    return src, out, res, json.loads((out / "run.json").read_text(encoding="utf-8"))


def _records_consistent(out: Path, run: dict) -> None:
    """Every article of run.json has its own record naming it, whose text files are the ones it recorded,
    and the report shows exactly these articles."""
    outputs = run["outputs"]
    assert sorted(outputs) == sorted(run["articles"])
    assert len(set(outputs.values())) == len(outputs)
    for article, stem in outputs.items():
        record = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
        assert record["article"] == article
        for ext, sha in record["files"].items():
            assert hashlib.sha256((out / f"{stem}{ext}").read_bytes()).hexdigest() == sha
    flagged = {json.loads(ln)["article"] for ln in (out / "flags.jsonl").read_text(encoding="utf-8").splitlines()}
    assert flagged <= set(run["articles"])


@pytest.mark.parametrize("case,name,raw,expected", [c for c in FILES if c[3] in ("translated", "limited")],
                         ids=[c[0] for c in FILES if c[3] in ("translated", "limited")])
def test_every_good_article_is_translated_whatever_its_neighbours(hostile_run, case, name, raw, expected):
    src, out, res, run = hostile_run
    path = _display(name)
    assert path in run["translated"]
    stem = run["outputs"][path]
    record = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
    english = (out / f"{stem}.en.txt").read_text(encoding="utf-8")
    assert len(english.strip().split(record["separator"])) == len(record["paragraphs"])
    limited = [f for p in record["paragraphs"] for f in p["flags"] if f["check"] == "input_limit"]
    assert bool(limited) == (expected == "limited")


@pytest.mark.parametrize("case,name,raw,reason", [c for c in FILES if c[3] not in ("translated", "limited")],
                         ids=[c[0] for c in FILES if c[3] not in ("translated", "limited")])
def test_every_unusable_file_is_named_with_its_reason(hostile_run, case, name, raw, reason):
    _, _, res, run = hostile_run
    path = _display(name)
    assert res.exit_code == 1
    assert any(ln.startswith(f"deen: skipped {path}: ") and reason in ln for ln in res.stderr.splitlines())
    assert {"path": path, "reason": next(f["reason"] for f in run["failed"] if f["path"] == path)} in run["failed"]
    assert path not in run["articles"]


@pytest.mark.parametrize("case,name,target,reason", LINKS, ids=[c[0] for c in LINKS])
def test_links_are_never_followed_and_each_is_named(hostile_run, case, name, target, reason):
    _, out, res, run = hostile_run
    assert f"deen: skipped {name}: {reason}" in res.stderr
    assert not any(a.startswith(name) for a in run["articles"])


def test_run_json_agrees_with_the_records_and_the_report(hostile_run):
    _, out, res, run = hostile_run
    assert res.exit_code == 1
    _records_consistent(out, run)
    assert run["outputs"]["run.txt"] != "run" and run["outputs"]["review.txt"] != "review"
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["schema"] == "deen.run/1"
    assert (out / "caf\\xe9.en.txt").exists()  # a non-UTF-8 name is written with its bytes as \xNN
    assert "sub/tief.txt" in run["translated"]


def test_long_paragraph_is_named_with_file_and_paragraph(hostile_run):
    _, _, res, run = hostile_run
    line = f"deen: lang.txt: paragraph 2: {len(LONG.strip()):,} characters, over the limit of {SMALL_PARAGRAPH:,}"
    assert any(ln.startswith(line) for ln in res.stderr.splitlines()), res.stderr
    assert run["limited"] and run["limited"][0]["path"] == "lang.txt"
    assert run["settings"]["limits"]["paragraph_chars"] == SMALL_PARAGRAPH


def test_partial_files_of_a_killed_run_are_removed_and_listed(hostile_run):
    _, out, _, run = hostile_run
    assert run["removed_partial_files"] == [".gut.en.txt.x1y2z3.part"]
    assert not list(out.rglob("*.part"))


# --- re-runs: stale records, files of one article as one unit, the lock --------------------------

@pytest.fixture
def small_run(tiny_model, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("eins.txt", "zwei.txt"):
        (src / name).write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out"
    assert deen("translate", src, "--model", tiny_model, "--out", out, *FAST).exit_code == 0
    return src, out


def test_renamed_article_leaves_a_stale_record_that_is_named_and_not_reported(tiny_model, small_run):
    src, out = small_run
    (src / "zwei.txt").rename(src / "drei.txt")
    res = deen("translate", src, "--model", tiny_model, "--out", out, *FAST)
    assert res.exit_code == 0
    assert "deen: zwei.json: record of an article no longer in the input" in res.stderr
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["stale"] == ["zwei.json"]
    _records_consistent(out, run)
    report = deen("report", out)
    assert report.exit_code == 0 and "articles: 2" in report.stdout
    assert "zwei.txt" not in (out / "flags.jsonl").read_text(encoding="utf-8")


def test_text_files_that_differ_from_their_record_are_redone(tiny_model, small_run):
    src, out = small_run
    # What a kill between the text files and the record of a re-run with other settings left before.
    (out / "eins.en.txt").write_text("English from other settings.\n", encoding="utf-8")
    res = deen("translate", src, "--model", tiny_model, "--out", out, *FAST)
    assert "1 translated, 1 unchanged" in res.stdout
    _records_consistent(out, json.loads((out / "run.json").read_text(encoding="utf-8")))


def test_kill_between_an_articles_files_leaves_no_record_claiming_them(tiny_model, small_run, monkeypatch):
    from pipeline import run as run_mod

    src, out = small_run
    real = run_mod.write_text

    def killed_after_mt(path, text):
        real(path, text)
        if str(path).endswith("eins.mt.txt"):
            raise KeyboardInterrupt

    monkeypatch.setattr(run_mod, "write_text", killed_after_mt)
    res = runner.invoke(app, ["translate", str(src), "--model", str(tiny_model), "--out", str(out),
                              "--beam", "3", "--nbest", "2", "--max-length", "16", "-q"])
    assert res.exit_code == 130
    assert not (out / "eins.json").exists()  # the old record went first: nothing claims the new .mt.txt
    monkeypatch.setattr(run_mod, "write_text", real)
    again = deen("translate", src, "--model", tiny_model, "--out", out, *FAST)
    assert "1 translated, 1 unchanged" in again.stdout
    _records_consistent(out, json.loads((out / "run.json").read_text(encoding="utf-8")))


def test_second_run_into_the_same_out_stops_at_once(tiny_model, small_run):
    src, out = small_run
    fd = os.open(out / ".deen.lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        res = deen("translate", src, "--model", tiny_model, "--out", out, *FAST, "--force")
        assert_one_line_error(res, str(out), "another deen run")
        assert_one_line_error(deen("report", out), "another deen run")
        review = out.parent / "review.json"
        review.write_text("{}", encoding="utf-8")
        assert_one_line_error(deen("apply-review", out, review), "another deen run")
    finally:
        os.close(fd)


# --- settings and folders refused before any work -----------------------------------------------

def test_out_that_is_a_file_is_refused_before_the_model_is_opened(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "out").write_text("a file")
    res = deen("translate", tmp_path / "in", "--model", tmp_path / "no-model", "--out", tmp_path / "out", "-q")
    assert_one_line_error(res, "out", "is a file")


def test_huge_beam_is_refused_before_anything_is_allocated(tmp_path):
    res = deen("translate", ROOT / "seeds", "--out", tmp_path / "out", "--beam", "100000", "--nbest", "1", "-q")
    assert_one_line_error(res, "beam_size = 100000", "limit")


def test_model_config_that_is_a_json_list_is_one_line(tiny_model, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_model, model)
    (model / "config.json").write_text("[]", encoding="utf-8")
    res = deen("translate", ROOT / "seeds", "--model", model, "--out", tmp_path / "out", "-q")
    assert_one_line_error(res, "config.json is a JSON list")


THRESHOLDS = [  # (case, TOML, words of the message)
    ("negative", "[omission]\nlength_ratio = -1.0\n", "length_ratio = -1.0: must be greater than 0"),
    ("zero", "[omission]\nlength_ratio = 0\n", "must be greater than 0"),
    ("nan", "[omission]\nlength_ratio = nan\n", "must be a finite number"),
    ("inf", "[omission]\nvariance = inf\n", "must be a finite number"),
    ("enabled-string", "[omission]\nenabled = \"no\"\n", "enabled = 'no': must be true or false"),
    ("true-as-integer", "[repetition]\nmin_copies = true\n", "must be a number"),
    ("z-score-sign", "[omission]\nmax_z = 3.2\n", "must be less than 0"),
    ("nested-deep", "a = " + "[" * 100_000 + "]" * 100_000 + "\n", "nested too deeply"),
]


@pytest.mark.parametrize("toml,words", [c[1:] for c in THRESHOLDS], ids=[c[0] for c in THRESHOLDS])
def test_bad_thresholds_are_refused_with_file_and_key(tmp_path, toml, words):
    config = tmp_path / "my.toml"
    config.write_text(toml, encoding="utf-8")
    pairs = tmp_path / "p.jsonl"
    pairs.write_text(json.dumps({"id": "1", "source": "Hallo.", "translation": "Hello."}) + "\n", encoding="utf-8")
    res = deen("check", pairs, "--config", config)
    assert_one_line_error(res, str(config), words)


# --- deen check: pairs files and folders ----------------------------------------------------------

def _pairs(tmp_path, *lines: str) -> Path:
    path = tmp_path / "p.jsonl"
    path.write_text("".join(ln + "\n" for ln in lines), encoding="utf-8")
    return path


GOOD_PAIR = json.dumps({"id": "ok", "source": "Der Zug kam um 14 Uhr.", "translation": "The train came at 2 pm."})
PAIRS = [  # (case, second line, exit code, words of the message)
    ("lone-surrogate", '{"id": "2", "source": "Hallo \\ud800", "translation": "Hi"}', 2, "line 2: a \\ud800"),
    ("nested-deep", "[" * 100_000 + "]" * 100_000, 2, "line 2: JSON nested too deeply"),
    ("long-line", json.dumps({"id": "2", "source": "Wort " * 100, "translation": "word " * 100}), 1,
     "line 2: 500 characters, over the limit of 400"),
    ("bad-value", '{"id": "2", "source": 5, "translation": "x"}', 2, "line 2: \"source\" must be a string"),
]


@pytest.mark.parametrize("line,code,words", [c[1:] for c in PAIRS], ids=[c[0] for c in PAIRS])
def test_pairs_lines_are_named_by_line(tmp_path, small_limits, line, code, words):
    pairs = _pairs(tmp_path, GOOD_PAIR, line)
    res = deen("check", pairs, "--out", tmp_path / "flags.jsonl")
    assert_one_line_error(res, str(pairs), words, code=code)
    if code == 1:  # kept: flagged, not checked, and the other pair checked
        rows = [json.loads(ln) for ln in (tmp_path / "flags.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in rows] == ["ok", "2"]
        assert [f["check"] for f in rows[1]["flags"]] == ["input_limit"]


def test_pairs_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    table = limits_mod._table()
    monkeypatch.setattr(limits_mod, "_table", lambda: {**table, "pairs_file_bytes": 100})
    limits_mod.limits.cache_clear()
    try:
        res = deen("check", _pairs(tmp_path, GOOD_PAIR, GOOD_PAIR.replace('"ok"', '"ok2"')))
    finally:
        monkeypatch.undo()
        limits_mod.limits.cache_clear()
    assert_one_line_error(res, "p.jsonl", "too large", "the limit is 100")


def test_check_never_writes_over_its_input(tmp_path):
    pairs = _pairs(tmp_path, GOOD_PAIR)
    before = pairs.read_bytes()
    assert_one_line_error(deen("check", pairs, "--out", pairs), "would overwrite the input")
    assert pairs.read_bytes() == before
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE, encoding="utf-8")
    assert_one_line_error(deen("check", folder, "--out", folder / "a.txt"), "would overwrite the input")
    assert (folder / "a.txt").read_text(encoding="utf-8") == SENTENCE


def test_check_folder_with_a_non_utf8_name(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as f:
        f.write(SENTENCE.encode())
    res = deen("check", folder)
    assert res.exit_code == 0
    assert json.loads(res.stdout.splitlines()[0])["id"] == "caf\\xe9.txt#0"


def test_evaluate_on_empty_files_is_one_line(tmp_path):
    (tmp_path / "h.txt").write_text("")
    (tmp_path / "r.txt").write_text("")
    assert_one_line_error(deen("evaluate", tmp_path / "h.txt", tmp_path / "r.txt"), "h.txt", "no lines")


# --- deen report on hand-edited records -----------------------------------------------------------

def _edit(key, value):
    def apply(rec):
        rec[key] = value
    return apply


def _edit_para(key, value):
    def apply(rec):
        rec["paragraphs"][0][key] = value
    return apply


def _edit_flag(key, value):
    def apply(rec):
        rec["paragraphs"][0]["flags"] = [{"check": "x", "category": "number", "severity": "error",
                                          "side": "translation", "message": "m", key: value}]
    return apply


RECORD_EDITS = [
    ("paragraphs-null", _edit("paragraphs", None)),
    ("paragraphs-object", _edit("paragraphs", {"a": 1})),
    ("paragraphs-strings", _edit("paragraphs", ["x"])),
    ("article-missing", lambda r: r.pop("article")),
    ("article-number", _edit("article", 5)),
    ("settings-list", _edit("settings", [1, 2])),
    ("source-missing", lambda r: r["paragraphs"][0].pop("source")),
    ("source-number", _edit_para("source", 7)),
    ("sentences-null", _edit_para("sentences", None)),
    ("index-string", _edit_para("index", "eins")),
    ("flags-null", _edit_para("flags", None)),
    ("flags-strings", _edit_para("flags", ["x"])),
    ("flag-severity", _edit_flag("severity", "fatal")),
    ("flag-span-text", _edit_flag("translation_span", [1, "x"])),
    ("flag-span-outside", _edit_flag("translation_span", [5, 99999])),
    ("corrected-number", _edit_para("corrected", 3)),
    ("corrections-strings", _edit_para("corrections", ["x"])),
    ("translation-null", _edit_para("translation", None)),
    ("nested-deep", None),
]


@pytest.fixture(scope="module")
def translated_out(tiny_model, tmp_path_factory):
    base = tmp_path_factory.mktemp("records")
    (base / "in").mkdir()
    for name in ("eins.txt", "zwei.txt"):
        (base / "in" / name).write_text(SENTENCE, encoding="utf-8")
    assert deen("translate", base / "in", "--model", tiny_model, "--out", base / "out", *FAST).exit_code == 0
    return base / "out"


@pytest.mark.parametrize("edit", [c[1] for c in RECORD_EDITS], ids=[c[0] for c in RECORD_EDITS])
def test_report_on_hand_edited_records(translated_out, tmp_path, edit):
    out = tmp_path / "out"
    shutil.copytree(translated_out, out)
    path = out / "eins.json"
    if edit is None:
        path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    else:
        record = json.loads(path.read_text(encoding="utf-8"))
        edit(record)
        path.write_text(json.dumps(record), encoding="utf-8")
    res = deen("report", out)
    assert res.exit_code in (0, 2), res.output
    if res.exit_code == 2:
        assert_one_line_error(res, "eins.json")


# --- permissions: run as a user whom permissions bind ---------------------------------------------

def _without_override() -> list[str]:
    """A command prefix under which permissions bite, or skip with the reason."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is missing: cannot drop CAP_DAC_OVERRIDE")
    prefix = [setpriv, "--inh-caps=-dac_override,-dac_read_search",
              "--bounding-set=-dac_override,-dac_read_search", "--"]
    probe = subprocess.run(prefix + ["true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.decode(errors='replace').strip()}")
    return prefix


def _deen_process(prefix, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    res = subprocess.run(prefix + [sys.executable, "-m", "pipeline.cli", *map(str, args)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in res.stderr, res.stderr
    return res


def test_unreadable_file_and_folder_are_named(tmp_path):
    prefix = _without_override()
    folder = tmp_path / "arts"
    (folder / "zu").mkdir(parents=True)
    (folder / "zu" / "b.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "geheim.txt").write_text(SENTENCE, encoding="utf-8")
    os.chmod(folder / "geheim.txt", 0)
    os.chmod(folder / "zu", 0)
    try:
        res = _deen_process(prefix, "check", folder)
    finally:
        os.chmod(folder / "zu", 0o755)
    assert res.returncode == 1, res.stderr
    assert "deen: skipped geheim.txt: cannot read: Permission denied" in res.stderr
    assert "deen: skipped zu: cannot read folder: Permission denied" in res.stderr
    assert [json.loads(ln)["id"] for ln in res.stdout.splitlines()] == ["a.txt#0"]


def test_read_only_out_is_refused_before_any_work(tmp_path):
    prefix = _without_override()
    out = tmp_path / "out"
    out.mkdir()
    (out / ".deen.lock").write_text("")  # left by an earlier run while OUT was writable
    os.chmod(out, 0o555)
    try:
        res = _deen_process(prefix, "translate", ROOT / "seeds", "--model", tmp_path / "no-model", "--out", out, "-q")
    finally:
        os.chmod(out, 0o755)
    assert res.returncode == 2
    assert res.stderr.startswith(f"deen: {out}: cannot write to the output folder: Permission denied")


def test_evaluate_finds_each_article_by_its_output_names(hostile_run, tmp_path):
    _, out, _, run = hostile_run
    ref = tmp_path / "ref"
    lines = 0
    for article, stem in run["outputs"].items():
        n = len((out / f"{stem}.en.txt").read_text(encoding="utf-8").strip().splitlines())
        target = os.path.join(os.fsencode(ref), os.fsencode(article))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        Path(os.fsdecode(target)).write_text("A line.\n" * n, encoding="utf-8")
        lines += n
    res = deen("evaluate", out, ref, "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["segments"] == lines


def test_ray_task_finds_a_file_whose_name_is_not_utf8(tiny_model, tmp_path):
    """The Ray worker's own function, called directly: it gets display paths and must open the file."""
    from pipeline.distributed import _work
    from pipeline.reading import read_folder
    from pipeline.run import RunOptions, Runner, output_stems, run_key
    from pipeline.translate.base import DecodeSettings

    src = tmp_path / "in"
    src.mkdir()
    with open(os.path.join(os.fsencode(src), b"caf\xe9.txt"), "wb") as f:
        f.write(SENTENCE.encode())
    options = RunOptions(model=str(tiny_model), backend="transformers",
                         decode=DecodeSettings(beam_size=2, nbest=2, max_length=16))
    articles, _ = read_folder(src)
    request = Runner(src, tmp_path / "out", options).request()
    res = _work(str(src), str(tmp_path / "out"), options, ["caf\\xe9.txt"],
                {"caf\\xe9.txt": run_key(articles[0], request)}, output_stems(articles), request)
    assert res["translated"] == ["caf\\xe9.txt"]
    assert (tmp_path / "out" / "caf\\xe9.en.txt").exists()
