"""The command line behaves like its neighbours (sacrebleu, pofilter, Unix tools): version, -h, `-` for
standard input and output, a quiet closed pipe, exit codes for CI, check selection, one-article input,
clear messages for missing inputs and non-run folders, and -q silencing library progress bars."""
import json
import os
import stat
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import __version__
from pipeline import cli
from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "seeds").glob("*.txt"))
runner = CliRunner()

NUMBER_PAIR = {"id": "n", "source": "Mehr als 10.000 Soldaten kamen.", "translation": "More than 1,000 soldiers came."}
CLEAN_PAIR = {"id": "c", "source": "Er kam am 6. August.", "translation": "He came on August 6."}
ARTICLE = "Der Zug kam am 6. August an. Es regnete.\nDie Fahrgäste warteten.\n"


def invoke(args, stdin=None):
    return runner.invoke(app, [str(a) for a in args], input=stdin, catch_exceptions=False)


def jsonl(*rows) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def lines(text: str) -> list[dict]:
    return [json.loads(ln) for ln in text.splitlines() if ln.strip()]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def deen(args, env=None, **kw) -> subprocess.CompletedProcess:
    """The real console behaviour (signals, pipes, library output) needs a separate process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)], env=env,
                          capture_output=True, text=True, **kw)


# -- --version and -h ---------------------------------------------------------------------------

HELP_CASES = [
    ("version", ["--version"], f"deen {__version__}"),
    ("h-top", ["-h"], "Usage"),
    ("h-check", ["check", "-h"], "--fail-on"),
    ("h-translate-text", ["translate-text", "-h"], "Examples"),
    ("h-models-group", ["models", "-h"], "verify"),
    ("h-models-verify", ["models", "verify", "-h"], "Usage"),
]


@pytest.mark.parametrize("args,needle", [c[1:] for c in HELP_CASES], ids=[c[0] for c in HELP_CASES])
def test_version_and_short_help(args, needle):
    res = invoke(args)
    assert res.exit_code == 0, res.output
    assert needle in res.output


@pytest.mark.parametrize("command,flag", [("translate", "--force"), ("translate", "--no-correct"),
                                          ("check", "--out")])
def test_help_names_flags_without_type_noise(command, flag):
    """typer 0.27+ prints `--force <bool>` and `{articles}`; pyproject pins the range that does not."""
    res = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert flag in res.output
    assert "<bool>" not in res.output and "{" + "articles}" not in res.output, (
        f"typer {version('typer')} renders option types in help: install the range pinned in pyproject.toml "
        f"(pip install -e .)")


EPILOG_CASES = [("top", [], cli.EXAMPLES), ("check", ["check"], cli.CHECK_EXAMPLES),
                ("segment", ["segment"], cli.SEGMENT_EXAMPLES),
                ("translate-text", ["translate-text"], cli.TRANSLATE_TEXT_EXAMPLES)]


@pytest.mark.parametrize("args,epilog", [c[1:] for c in EPILOG_CASES], ids=[c[0] for c in EPILOG_CASES])
def test_help_teaches_with_one_bullet_per_example(args, epilog):
    res = runner.invoke(app, [*args, "--help"], terminal_width=200)
    assert res.exit_code == 0
    assert res.output.count("•") == epilog.count("\n* ") >= 2


# -- `-` for standard input and output ----------------------------------------------------------

STDIO_CASES = [
    ("check-pairs-stdin", ["check", "-"], jsonl(NUMBER_PAIR, CLEAN_PAIR), ["n", "c"], "number_mismatch"),
    ("check-pairs-stdin-out-dash", ["check", "-", "--out", "-"], jsonl(NUMBER_PAIR), ["n"], "number_mismatch"),
    ("check-article-stdin", ["check", "-"], ARTICLE, ["stdin#0", "stdin#1"], None),
]


@pytest.mark.parametrize("args,stdin,ids,check", [c[1:] for c in STDIO_CASES], ids=[c[0] for c in STDIO_CASES])
def test_check_reads_stdin_and_writes_stdout(args, stdin, ids, check):
    res = invoke(args, stdin)
    assert res.exit_code == 0, res.output
    rows = lines(res.stdout)
    assert [r["id"] for r in rows] == ids
    if check:
        assert check in {f["check"] for f in rows[0]["flags"]}


def test_segment_reads_stdin():
    res = invoke(["segment", "-"], "Am 3. Okt. kam er an. Es regnete.\nDanach nicht.\n")
    assert res.exit_code == 0, res.output
    assert res.stdout == "Am 3. Okt. kam er an.\nEs regnete.\n\nDanach nicht.\n\n"


# -- a closed pipe ends quietly --------------------------------------------------------------------

def _big_pairs(tmp_path: Path) -> Path:
    # far more than a pipe's 64 KiB buffer, so writing goes on after `head` has gone
    return write(tmp_path / "pairs.jsonl", "".join(jsonl({**NUMBER_PAIR, "id": f"n{i}"}) for i in range(1500)))


def _big_article(tmp_path: Path) -> Path:
    return write(tmp_path / "long.txt", "".join(f"Absatz {i} beginnt hier und endet nach einigen Wörtern dort. "
                                                f"Ein zweiter Satz folgt.\n" for i in range(1500)))


PIPE_CASES = [
    ("check-file", lambda d: ["check", _big_pairs(d)]),
    ("check-stdin", lambda d: ["check", "-", "<", _big_pairs(d)]),
    ("segment", lambda d: ["segment", _big_article(d)]),
]


@pytest.mark.parametrize("make_args", [c[1] for c in PIPE_CASES], ids=[c[0] for c in PIPE_CASES])
def test_closed_pipe_ends_quietly_like_a_unix_tool(tmp_path, make_args):
    from pipeline import lexicon

    lexicon.load()  # the cache built first: a first run's notice that it reads the list is no pipe's noise
    args = " ".join(str(a) for a in make_args(tmp_path))
    script = f"set -o pipefail; {sys.executable} -m pipeline.cli {args} | head -1"
    res = subprocess.run(["bash", "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, timeout=600)
    assert res.stderr == ""
    assert len(res.stdout.splitlines()) == 1
    assert res.returncode == 128 + 13, res.returncode  # killed by SIGPIPE, as `yes | head -1` is


# -- check: --fail-on, --only / --exclude ---------------------------------------------------------

# number_mismatch registers as a warning (no check is an error until its precision is validated);
# this config makes it an error.
ERROR_CONFIG = '[number_mismatch]\nseverity = "error"\n'
FAIL_ON_CASES = [
    ("default-never-fails", [NUMBER_PAIR], None, [], 0),
    ("error-found", [NUMBER_PAIR], "error", ["--config", "ERR"], 1),
    ("error-clean", [CLEAN_PAIR], "error", ["--config", "ERR"], 0),
    ("warning-finds-error", [NUMBER_PAIR], "warning", ["--config", "ERR"], 1),
    ("warning-finds-warning", [NUMBER_PAIR], "warning", [], 1),
    ("error-ignores-warning", [NUMBER_PAIR], "error", [], 0),
]


@pytest.mark.parametrize("pairs,fail_on,extra,code", [c[1:] for c in FAIL_ON_CASES],
                         ids=[c[0] for c in FAIL_ON_CASES])
def test_fail_on_sets_the_exit_code(tmp_path, pairs, fail_on, extra, code):
    f = write(tmp_path / "p.jsonl", jsonl(*pairs))
    config = write(tmp_path / "err.toml", ERROR_CONFIG)
    args = ["check", f, *(["--fail-on", fail_on] if fail_on else []),
            *[config if a == "ERR" else a for a in extra]]
    res = invoke(args)
    assert res.exit_code == code, res.output
    assert lines(res.stdout)[0]["id"] == pairs[0]["id"]  # flags are written whatever the exit code
    assert ("or higher" in res.stderr) == (code == 1)


ALL = None  # any check may flag
SELECT_CASES = [
    # args, the checks allowed to flag, whether number_mismatch flags, the error
    ("only", ["--only", "number_mismatch"], {"number_mismatch"}, True, None),
    ("only-two", ["--only", "number_mismatch, untranslated"], {"number_mismatch", "untranslated"}, True, None),
    ("exclude", ["--exclude", "number_mismatch"], ALL, False, None),
    ("only-disabled-in-config", ["--only", "number_mismatch", "--config", "OFF"], {"number_mismatch"}, True, None),
    ("disabled-in-config", ["--config", "OFF"], ALL, False, None),
    ("unknown-only", ["--only", "numbers"], None, None, "unknown check id(s): numbers; known checks: addition, date_mismatch"),
    ("unknown-exclude", ["--exclude", "nope"], None, None, "unknown check id(s): nope"),
    ("nothing-left", ["--only", "number_mismatch", "--exclude", "number_mismatch"], None, None, "no check left"),
]


@pytest.mark.parametrize("args,allowed,number,error", [c[1:] for c in SELECT_CASES],
                         ids=[c[0] for c in SELECT_CASES])
def test_only_and_exclude_choose_the_checks(tmp_path, args, allowed, number, error):
    f = write(tmp_path / "p.jsonl", jsonl(NUMBER_PAIR))
    off = write(tmp_path / "off.toml", "[number_mismatch]\nenabled = false\n")
    res = invoke(["check", f, *[off if a == "OFF" else a for a in args]])
    if error:
        assert res.exit_code == 2 and error in res.stderr, res.output
        return
    assert res.exit_code == 0, res.output
    found = {fl["check"] for fl in lines(res.stdout)[0]["flags"]}
    assert ("number_mismatch" in found) == number
    assert allowed is ALL or found <= allowed


def test_only_checks_that_need_a_translation_are_refused_for_articles(tmp_path):
    res = invoke(["check", write(tmp_path / "a.txt", ARTICLE), "--only", "number_mismatch"])
    assert res.exit_code == 2
    assert "no selected check reads German alone" in res.stderr and "year_out_of_frame" in res.stderr


# -- pairs fields, one article, missing inputs -----------------------------------------------------

FIELD_CASES = [
    ("target-for-translation", {"id": 1, "source": "Er kam.", "target": "He came."},
     ['line 2: unknown field "target" (did you mean "translation"?)', 'missing field "translation"']),
    ("missing-source", {"id": 1, "translation": "He came."}, ['line 2: missing field "source"']),
]


@pytest.mark.parametrize("row,needles", [c[1:] for c in FIELD_CASES], ids=[c[0] for c in FIELD_CASES])
def test_misnamed_pairs_field_names_file_line_and_expected_keys(tmp_path, row, needles):
    f = write(tmp_path / "p.jsonl", jsonl(NUMBER_PAIR, row))
    res = invoke(["check", f])
    assert res.exit_code == 2
    assert "p.jsonl" in res.stderr and 'expected keys: "source", "translation"' in res.stderr
    for needle in needles:
        assert needle in res.stderr


def test_ignore_fields_accepts_labels(tmp_path):
    f = write(tmp_path / "p.jsonl", jsonl({**NUMBER_PAIR, "errors": ["number"], "reference": "x"}))
    assert invoke(["check", f]).exit_code == 2
    res = invoke(["check", f, "--ignore-fields", "errors,reference"])
    assert res.exit_code == 0, res.output


def test_one_article_file_is_checked_like_a_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "seed.txt", SEED.read_text(encoding="utf-8"))
    one, whole = invoke(["check", folder / "seed.txt"]), invoke(["check", folder])
    assert one.exit_code == whole.exit_code == 0, one.output
    assert one.stdout == whole.stdout and lines(one.stdout)[0]["id"] == "seed.txt#0"


MISSING_CASES = [
    ("check-folder", ["check", "MISSING/"]),
    ("check-file", ["check", "MISSING.txt"]),
    ("translate", ["translate", "MISSING/", "--out", "OUT", "-q"]),
    ("segment", ["segment", "MISSING.txt"]),
]


@pytest.mark.parametrize("args", [c[1] for c in MISSING_CASES], ids=[c[0] for c in MISSING_CASES])
def test_missing_input_says_it_is_missing(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)  # OUT would be inside the working folder: the old, wrong message
    res = invoke(args)
    assert res.exit_code == 2
    assert "MISSING" in res.stderr and ("no such file" in res.stderr or "cannot read" in res.stderr)
    assert "inside the input" not in res.stderr


def test_one_article_translates_into_a_folder_beside_it(tiny_model, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "kurz.txt", ARTICLE)
    res = invoke(["translate", "kurz.txt", "--model", tiny_model, "--out", "out", "--beam", "2", "--nbest", "2",
                  "--max-length", "24", "-q"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out" / "kurz.en.txt").read_text(encoding="utf-8").count("\n") == 2
    assert (tmp_path / "out" / "report.html").exists()
    assert stat.S_IMODE((tmp_path / "out" / "kurz.json").stat().st_mode) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# -- report -------------------------------------------------------------------------------------

REPORT_CASES = [
    ("articles-folder", lambda d: write(d / "a.txt", ARTICLE), 2, "no run.json"),
    ("foreign-run-json", lambda d: write(d / "run.json", '{"name": "something else"}'), 2, "not a deen run record"),
    ("missing-folder", None, 2, "no such output folder"),
    ("run-folder", lambda d: write(d / "run.json", '{"schema": "deen.run/1", "settings": {}}'), 0, "wrote"),
]


@pytest.mark.parametrize("setup,code,needle", [c[1:] for c in REPORT_CASES], ids=[c[0] for c in REPORT_CASES])
def test_report_refuses_a_folder_that_holds_no_run(tmp_path, setup, code, needle):
    folder = tmp_path / "dir"
    if setup:
        folder.mkdir()
        setup(folder)
    before = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    res = invoke(["report", folder])
    assert res.exit_code == code, res.output
    assert needle in res.output
    if code:
        after = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
        assert after == before  # nothing written into a folder that is not a run's


# -- translate-text ------------------------------------------------------------------------------

TEXT_CASES = [
    # The tiny model copies its German, so the English is the input: what is tested is the layout.
    ("stdin-paragraphs", ["-"], "Der Hund bellt. Die Katze schläft.\n\nGuten Morgen.\n",
     "Der Hund bellt. Die Katze schläft.\n\nGuten Morgen.\n"),
    ("no-argument-reads-stdin", [], "Guten Morgen.\nGuten Abend.\n", "Guten Morgen.\nGuten Abend.\n"),
    ("words-as-argument", ["Guten", "Morgen."], None, "Guten Morgen.\n"),
]


@pytest.mark.parametrize("args,stdin,expected", [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES])
def test_translate_text_keeps_the_paragraph_layout(tiny_model, args, stdin, expected):
    res = invoke(["translate-text", *args, "--model", tiny_model, "--beam", "2", "--max-length", "24"], stdin)
    assert res.exit_code == 0, res.output
    assert res.stdout == expected


def test_translate_text_writes_a_file_and_refuses_empty_input(tiny_model, tmp_path):
    out = tmp_path / "en.txt"
    res = invoke(["translate-text", "-", "--model", tiny_model, "--out", out], "Guten Morgen.\n")
    assert res.exit_code == 0 and res.stdout == ""
    assert out.read_text(encoding="utf-8") == "Guten Morgen.\n"
    empty = invoke(["translate-text", "-", "--model", tiny_model], "\n\n")
    assert empty.exit_code == 2 and "stdin: empty" in empty.stderr


def test_translate_text_names_a_missing_model(tmp_path):
    res = invoke(["translate-text", "Hallo.", "--model", tmp_path / "no-such-model"])
    assert res.exit_code == 2 and "no-such-model" in res.stderr


# -- -q silences the libraries' progress bars ----------------------------------------------------

@pytest.mark.parametrize("quiet", [True, False], ids=["quiet", "default"])
def test_quiet_silences_library_progress_bars(tiny_model, quiet):
    # transformers draws a bar while loading weights; the default backend may find a conversion and draw none.
    res = deen(["translate-text", "Guten Morgen.", "--model", tiny_model, "--backend", "transformers", "--beam", "2",
                "--max-length", "24", *(["-q"] if quiet else [])], timeout=600)
    assert res.returncode == 0, res.stderr
    assert res.stdout == "Guten Morgen.\n"
    if quiet:
        assert res.stderr == ""
    else:  # the control: transformers does draw a bar, so the quiet case proves -q removed it
        assert "it/s" in res.stderr


# -- deen checks shows what runs: the severities of the thresholds, not the registry's defaults -----

@pytest.mark.parametrize("extra,check,severity", [
    ("", "quote_balance", "error"),          # promoted in thresholds.toml
    ("", "weekday_missing", "info"),         # demoted in thresholds.toml
    ("[omission]\nseverity = \"error\"\n", "omission", "error"),
    ("[omission]\nenabled = false\n", "omission", "off"),
])
def test_checks_lists_the_severity_that_runs(tmp_path, extra, check, severity):
    args = ["checks"]
    if extra:
        (tmp_path / "t.toml").write_text(extra, encoding="utf-8")
        args += ["--config", tmp_path / "t.toml"]
    res = invoke(args)
    assert res.exit_code == 0
    line = next(x for x in res.stdout.splitlines() if x.split()[0] == check)
    assert line.split()[2] == severity


def test_checks_names_a_bad_config(tmp_path):
    (tmp_path / "t.toml").write_text("[nope]\n", encoding="utf-8")
    res = invoke(["checks", "--config", tmp_path / "t.toml"])
    assert res.exit_code == 2 and "nope" in res.stderr


@pytest.mark.parametrize("enabled,total,shown", [(True, 1000, True), (True, 100, False), (False, 1000, False)])
def test_check_bar_shows_long_checks_on_a_terminal_only(monkeypatch, capsys, enabled, total, shown):
    from pipeline.cli import CheckBar

    monkeypatch.setenv("FORCE_COLOR", "1")  # rich draws as on a terminal
    with CheckBar(enabled=enabled) as bar:
        bar(total // 2, total)
        bar(total, total)
    err = capsys.readouterr().err
    assert (f"{total}/{total}" in err and "checked" in err) is shown


def test_check_runs_with_fewer_collections_and_restores_them(tmp_path, monkeypatch):
    import gc

    import pipeline.checking as checking

    seen = []
    real = checking.check_path

    def spy(*a, **k):
        seen.append(gc.get_threshold())
        return real(*a, **k)

    monkeypatch.setattr(checking, "check_path", spy)
    pairs = tmp_path / "p.jsonl"
    pairs.write_text(json.dumps({"source": "Es kamen 10.000.", "translation": "10,000 came."}) + "\n", encoding="utf-8")
    before = gc.get_threshold()
    res = CliRunner().invoke(app, ["check", str(pairs), "--out", str(tmp_path / "f.jsonl")])
    assert res.exit_code == 0, res.output
    assert seen == [cli.CHECK_GC_THRESHOLDS] and gc.get_threshold() == before


def test_the_first_run_says_it_reads_the_lexicon_once(tmp_path, monkeypatch):
    # A fresh install (or a new cache format) parses the list before the first check: the wait is said,
    # once; the next run finds the cache and says nothing of it.
    from lexicon_data import TINY_DING

    lst = write(tmp_path / "de-en.txt", TINY_DING)
    monkeypatch.setenv("DEEN_LEXICON", str(lst))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pairs = write(tmp_path / "p.jsonl", jsonl(CLEAN_PAIR))
    first = invoke(["check", pairs])
    assert first.exit_code == 0 and f"reading the lexicon {lst}" in first.stderr and "once" in first.stderr
    second = invoke(["check", pairs])
    assert second.exit_code == 0 and "reading the lexicon" not in second.stderr
