"""The ``deen`` command line: each command is a few lines calling one library function.

Only this module exits; the library raises ``DeenError`` subclasses.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import io
import os
import select
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import NoReturn, Optional

import typer
from typer.core import TyperGroup

from . import __version__
from .errors import DeenError, InputError


def examples(*lines: str) -> str:
    """An "Examples" epilog. Items are separated by blank lines: typer before 0.27 joins the
    single-spaced lines of a Markdown epilog into one bullet."""
    return "**Examples**\n\n" + "\n\n".join(f"* {line}" for line in lines) + "\n"


EXAMPLES = examples(
    "`deen translate articles/ --out out/` (real model, downloaded once from the hub)",
    "`deen translate article.txt --model DIR --out out/` (one article, a local model folder, offline)",
    '`echo "Der Hund bellt." | deen translate-text -` (German in, English out, for pipes)',
    "`deen models pull` (download the default model into the Hugging Face cache ahead of time)",
    "`deen check pairs.jsonl --out flags.jsonl` (check existing translations, no model)",
    "`deen check articles/` (German-side checks: stray years, broken quotes)",
    "`deen report out/` then `deen apply-review out/ review.json` (settle the flags)",
)
# -h as well as --help, for every command (click passes it down to subcommands).
CONTEXT = {"help_option_names": ["-h", "--help"]}

# What a user can act on: the library's errors and the file system's. Each becomes one line
# "deen: FILE: problem" and exit code 2, never a traceback.
USER_ERRORS = (DeenError, OSError, UnicodeError, RecursionError, MemoryError)


def _printable(text: str) -> str:
    # A file name that is not UTF-8 carries surrogate escapes; print its bytes as \xNN instead of failing.
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def one_line(err: BaseException) -> str:
    """The message of a user error: "deen: FILE: problem" when a file is known."""
    if isinstance(err, InputError):
        msg = f"{err.path}: {err.reason}"
    elif isinstance(err, OSError) and err.filename is not None:
        msg = f"{os.fsdecode(err.filename)}: {err.strerror or err}"
    elif isinstance(err, UnicodeError):
        msg = f"text that is not valid Unicode ({type(err).__name__}: {err})"
    elif isinstance(err, RecursionError):
        msg = "input nested too deeply to read (RecursionError)"
    elif isinstance(err, MemoryError):
        msg = "out of memory (MemoryError): the input or the settings are too large"
    else:
        msg = str(err)
    return "deen: " + _printable(msg)


class _Commands(TyperGroup):
    """Every command runs inside one handler that turns user errors into one line."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except USER_ERRORS as e:
            typer.echo(one_line(e), err=True)
            raise typer.Exit(2)


app = typer.Typer(
    cls=_Commands,
    help="German→English translation with MarianMT, mistranslation checks, corrections and review reports.",
    epilog=EXAMPLES, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode="markdown", context_settings=CONTEXT)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"deen {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                          help="Print deen's version and exit.")):
    """German→English translation with MarianMT, mistranslation checks, corrections and review reports."""


def _stdout_closed() -> bool:
    """Whether the reader of standard output has gone (`deen check … | head -1`)."""
    try:
        poll = select.poll()
        poll.register(sys.stdout.fileno(), select.POLLOUT)
        return any(event & select.POLLERR for _, event in poll.poll(0))
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False


def _end_as_closed_pipe() -> NoReturn:
    """End as a Unix tool does when its reader goes: killed by SIGPIPE, no message."""
    try:  # what is still buffered cannot be delivered; the interpreter's last flush must not complain
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        pass
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGPIPE)
    raise typer.Exit(1)


def fail(err: Exception, code: int = 2) -> NoReturn:
    if isinstance(err, BrokenPipeError) and _stdout_closed():
        _end_as_closed_pipe()
    # An OSError here is the file system's (disk full, no permission): the user can act on its text.
    typer.echo(one_line(err), err=True)
    raise typer.Exit(code)


def writes_stdout(command):
    """For commands whose output may go into a pipe: a closed pipe ends them quietly."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            try:
                return command(*args, **kwargs)
            finally:
                sys.stdout.flush()
        except BrokenPipeError as e:
            fail(e)

    return run


def _quiet_libraries(ctx: typer.Context, quiet: bool) -> None:
    """With -q, the libraries' bars and logs stay off until the command ends."""
    if quiet:
        from .quiet import libraries_quiet

        ctx.with_resource(libraries_quiet())


class FailOn(str, Enum):
    error = "error"
    warning = "warning"


CHECK_EXAMPLES = examples(
    '`deen check pairs.jsonl --out flags.jsonl` (lines `{"source", "translation"[, "id", "doc_id"]}`)',
    "`deen check - < pairs.jsonl | head -1` (standard input and output)",
    "`deen check pairs.jsonl --fail-on warning` (exit 1 when a warning or error is flagged: for CI)",
    "`deen check pairs.jsonl --only number_mismatch,date_mismatch` (`deen checks` lists the ids)",
    "`deen check bench.jsonl --ignore-fields errors,reference` (a labelled set: its labels are not pairs fields)",
    "`deen check articles/` or `deen check article.txt` (German-side checks only, no model)",
)


@app.command("check", epilog=CHECK_EXAMPLES)
@writes_stdout
def check_cmd(
    inputs: Path = typer.Argument(..., help="PAIRS.jsonl (one JSON object a line), a German article (.txt/.md) or "
                                           "a folder of them (German-side checks only, no model), or - for "
                                           "standard input (pairs when it starts with \"{\", else an article)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write flags here as JSONL (- or none: stdout)."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file overriding check thresholds."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when a flag of this severity or "
                                             "higher is found (default: flags never change the exit code)."),
    only: Optional[str] = typer.Option(None, "--only", metavar="CHECKS", help="Comma-separated check ids to run, "
                                       "even ones the config disables (`deen checks` lists them)."),
    exclude: Optional[str] = typer.Option(None, "--exclude", metavar="CHECKS",
                                          help="Comma-separated check ids not to run."),
    ignore_fields: Optional[str] = typer.Option(None, "--ignore-fields", metavar="FIELDS",
                                                help="Comma-separated pairs fields to accept and ignore (labels); "
                                                     "any other unknown field is an error."),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="Also score each given translation with this model (forced decoding), "
                                             "so the confidence check runs; a folder or the default hub id."),
    backend: str = typer.Option("auto", help="With --model: auto, ctranslate2 or transformers."),
    no_verify: bool = typer.Option(False, "--no-verify", help="With --model: use a folder deen cannot verify."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0,
                             help="Worker processes sharing the documents (0: one per core, at most 4; inputs of "
                                  "fewer than 200 units use one). The flags are the same for any number; each "
                                  "worker holds its own caches, about 100 MB."),
):
    """Flag mistranslations in sentence pairs, or German-side problems in articles.

    Writes one JSON line per pair or paragraph: its id and its flags. Exit code 0; 1 when `--fail-on`
    found a flag or an article could not be read; 2 when the input or the options are wrong.
    """
    from .checking import check_path, split_ids

    try:
        _lexicon_notices()
        with CheckBar(enabled=sys.stderr.isatty()) as bar, fewer_collections():
            outcome = check_path(inputs, out, config, fail_on=fail_on.value if fail_on else None,
                                 only=split_ids(only), exclude=split_ids(exclude),
                                 ignore_fields=split_ids(ignore_fields) or (), model=model, backend=backend,
                                 verify=not no_verify, jobs=jobs, progress=bar)
    except (DeenError, OSError) as e:
        fail(e)
    for f in outcome.unreadable:
        typer.echo(f"deen: skipped {f}", err=True)
    for note in outcome.limited:
        typer.echo(f"deen: {note}", err=True)
    if outcome.failing:
        typer.echo(f"deen: {outcome.failing} flags of severity {fail_on.value} or higher", err=True)
    raise typer.Exit(outcome.exit_code)


# The garbage collector's thresholds while `deen check` runs. The checks fill caches with a few hundred
# thousand small objects, and at Python's defaults (700, 10, 10) the collector scanned them again and again:
# 1,000 new paragraphs in one process took 8.2 s against 7.1 s with these, at the same peak memory
# (BENCHMARKS.md). The command owns its process, so it may; the library leaves the setting alone.
CHECK_GC_THRESHOLDS = (10_000, 50, 100)


@contextlib.contextmanager
def fewer_collections():
    saved = gc.get_threshold()
    gc.set_threshold(*CHECK_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*saved)


class CheckBar:
    """Units checked, on a bar on stderr: for a terminal, and for inputs long enough to wait for."""

    MIN_UNITS = 500  # about two seconds of checking

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._bar = self._task = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < self.MIN_UNITS:
            return
        if self._bar is None:
            from .progress import progress_bar

            self._bar = progress_bar("checked", "units", transient=True)
            self._bar.start()
            self._task = self._bar.add_task("check", total=total)
        self._bar.update(self._task, completed=done)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()


def _lexicon_notices(quiet: bool = False) -> None:
    """Before a run: that a first run reads the lexicon (unless quiet), and that the checks run degraded."""
    from .lexicon import pending_build, status

    source = None if quiet else pending_build()
    if source is not None:
        # The first run after installing (or after a new cache format) parses the list: say why it waits.
        typer.echo(f"deen: reading the lexicon {source} into deen's cache, once (about 20 s); later runs reuse it",
                   err=True)
    st = status()
    if st["degraded"]:
        typer.echo(f"deen: warning: {st['note']}", err=True)


lexicon_app = typer.Typer(help="The German–English lexicon the omission, untranslated and name checks align words with.",
                          no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("build")
def lexicon_build_cmd(
    file: Optional[Path] = typer.Argument(None, help="A word list in Ding's de-en format (default: Debian's "
                                                     "/usr/share/trans/de-en from the trans-de-en package)."),
    dest: Optional[Path] = typer.Option(None, "--dest", help="Write the cache here (default: the user's cache "
                                                             "folder, where the checks find it)."),
):
    """Build the lexicon cache (sqlite) from a Ding-format list; takes about a minute."""
    from .lexicon import SYSTEM_SOURCES, build

    source = file or next((p for p in SYSTEM_SOURCES if p.is_file()), None)
    if source is None:
        fail(DeenError("no lexicon file given and none installed: `apt-get install trans-de-en`, or pass FILE"))
    try:
        path = build(source, dest)
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo(f"lexicon built from {source}: {path}")
    if file is not None and dest is None:
        typer.echo(f"use it with: export DEEN_LEXICON={file}")


@lexicon_app.command("status")
def lexicon_status_cmd():
    """Say which lexicon the checks use, or that they run degraded without one."""
    from .lexicon import status

    try:
        st = status()
    except (DeenError, OSError) as e:
        fail(e)
    if st["degraded"]:
        typer.echo(f"degraded: {st['note']}")
        raise typer.Exit(1)
    typer.echo(f"lexicon: {st['lexicon']} ({st['forms']} German word forms, sha256 {st['sha256']})")


@app.command("checks")
@writes_stdout
def checks_cmd(
    config: Optional[Path] = typer.Option(None, "--config", help="Thresholds file (TOML) whose severities to show."),
):
    """List every registered check with its category, severity (as the thresholds set it) and title."""
    from .checks import load_all
    from .checks.config import load_config
    from .checks.registry import REGISTRY

    load_all()
    try:
        cfg = load_config(config)
    except (DeenError, OSError) as e:
        fail(e)
    for spec in sorted(REGISTRY.values(), key=lambda s: (s.category.value, s.id)):
        side = "translation" if spec.needs_translation else "source"
        severity = cfg.params(spec.id).get("severity", spec.severity.value) if cfg.enabled(spec.id) else "off"
        typer.echo(f"{spec.id:24s} {spec.category.value:13s} {severity:8s} {side:12s} {spec.title}")


@app.command("translate")
def translate_cmd(
    ctx: typer.Context,
    articles: Path = typer.Argument(..., help="Folder of German articles (.txt/.md, searched recursively) or one file."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (mirrors the input tree); not inside the input."),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="Local model folder, or a hub id (default Helsinki-NLP/opus-mt-de-en, "
                                             "downloaded once into the Hugging Face cache and verified)."),
    backend: str = typer.Option("auto", help="auto (CTranslate2 int8, converted once on first use; transformers "
                                             "if that fails), ctranslate2 or transformers."),
    no_verify: bool = typer.Option(False, "--no-verify", help="Use a model folder whose weights deen cannot "
                                                             "verify (your own fine-tuned model)."),
    beam: int = typer.Option(4, min=1, help="Beam size."),
    nbest: int = typer.Option(4, min=1, help="Hypotheses kept per sentence for checks and corrections."),
    batch_size: int = typer.Option(16, min=1, help="Sentences per batch."),
    max_length: int = typer.Option(512, min=8, help="Longest translation in tokens."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file overriding check thresholds."),
    no_correct: bool = typer.Option(False, "--no-correct", help="Keep the raw translation; propose no corrections."),
    force: bool = typer.Option(False, "--force", help="Redo articles even when source, model and settings are unchanged."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars, not even the libraries' "
                                                           "(model loading, downloads)."),
    executor: str = typer.Option("local", help="local, or ray: run articles as Ray tasks (pip install 'deen\\[distributed]')."),
    address: Optional[str] = typer.Option(None, help="Ray cluster address (e.g. auto); default starts a local instance."),
    workers: int = typer.Option(2, min=1, help="Ray: CPUs of a local instance."),
):
    """Translate every German article under ARTICLES, check it, correct it, and write a review report.

    Writes `OUT/NAME.en.txt` (corrected English), `OUT/NAME.mt.txt` (raw machine translation),
    `OUT/NAME.json` (sentences, scores, n-best, flags, corrections, settings), `OUT/run.json` and
    `OUT/report.html`, `report.md` and `flags.jsonl`. Re-running skips finished articles; an interrupted
    run resumes where it stopped.
    """
    from .run import Progress, RunOptions, Runner
    from .translate.base import DecodeSettings

    if executor not in ("local", "ray"):
        fail(DeenError(f"--executor {executor!r}: choose local or ray"))
    _quiet_libraries(ctx, quiet)
    options = RunOptions(model=model, backend=backend, verify=not no_verify, correct=not no_correct, force=force,
                         config_path=config,
                         executor=executor, address=address, workers=workers,
                         decode=DecodeSettings(beam_size=beam, nbest=min(nbest, beam), batch_size=batch_size,
                                               max_length=max_length))
    try:
        _lexicon_notices(quiet)
        summary = Runner(articles, out, options, progress=Progress(enabled=not quiet)).run()
    except (DeenError, OSError) as e:
        fail(e)
    except KeyboardInterrupt:
        typer.echo("deen: interrupted; finished articles are saved. Run the same command again to resume.", err=True)
        raise typer.Exit(130)
    for f in summary.failed:
        typer.echo(_printable(f"deen: skipped {f}"), err=True)
    for f in summary.limited:
        typer.echo(_printable(f"deen: {f}"), err=True)
    for name in summary.stale:
        typer.echo(_printable(f"deen: {name}: record of an article no longer in the input; not in the report "
                              f"(delete it and its .en.txt/.mt.txt to tidy up)"), err=True)
    typer.echo(f"{len(summary.translated)} translated, {len(summary.skipped)} unchanged (skipped), "
               f"{len(summary.failed)} failed; {summary.sentences} sentences, {summary.flags} flags "
               f"in {summary.seconds:.1f}s. Report: {_printable(str(out / 'report.html'))}")
    raise typer.Exit(summary.exit_code)


SEGMENT_EXAMPLES = examples(
    "`deen segment article.txt`",
    '`echo "Am 3. Okt. kam er an. Es regnete." | deen segment -`',
)


@app.command("segment", epilog=SEGMENT_EXAMPLES)
@writes_stdout
def segment_cmd(file: Path = typer.Argument(..., help="A German article (.txt/.md), or - for standard input.")):
    """Print the sentences of each paragraph, one per line, with an empty line after each paragraph."""
    from .reading import read_article, read_stream
    from .segment import split

    try:
        article = read_stream(sys.stdin.buffer) if str(file) == "-" else read_article(file)
    except (DeenError, OSError) as e:
        fail(e)
    for p in article.paragraphs:
        for start, end in split(p.text):
            typer.echo(p.text[start:end])
        typer.echo("")


TRANSLATE_TEXT_EXAMPLES = examples(
    '`deen translate-text "Der Hund bellt." --model DIR`',
    "`deen translate-text - < article.txt > article.en.txt`",
    "`pbpaste | deen translate-text -q`",
)


@app.command("translate-text", epilog=TRANSLATE_TEXT_EXAMPLES)
@writes_stdout
def translate_text_cmd(
    ctx: typer.Context,
    text: Optional[list[str]] = typer.Argument(None, help="German text (its words are joined by spaces); "
                                                          "- or none: standard input."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the English here (- or none: stdout)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="As for `deen translate`: a local model "
                                        "folder, or a hub id (default Helsinki-NLP/opus-mt-de-en)."),
    backend: str = typer.Option("auto", help="auto, transformers or ctranslate2 (as for `deen translate`)."),
    beam: int = typer.Option(4, min=1, help="Beam size."),
    max_length: int = typer.Option(512, min=8, help="Longest translation in tokens."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No library progress bars or log messages."),
):
    """Translate German text to English: one paragraph out per paragraph in, nothing else written.

    For one-off use and pipes; no checks or corrections (use `deen translate` for those).
    """
    from .atomic import write_text
    from .text import decode_text, translate_text
    from .translate.base import DecodeSettings
    from .translate.loading import load_translator

    _quiet_libraries(ctx, quiet)
    words = [w for w in text or () if w != "-"]
    if not words and sys.stdin.isatty():
        fail(DeenError("no German text: give it as TEXT, or pipe it in (`deen translate-text - < FILE`)"))
    try:
        german = (decode_text(" ".join(words).encode("utf-8", "surrogateescape"), "TEXT") if words
                  else decode_text(sys.stdin.buffer.read()))
        translator = load_translator(model, backend, DecodeSettings(beam_size=beam, nbest=1, max_length=max_length))
        english = translate_text(german, translator)
        if out is None or str(out) == "-":
            sys.stdout.write(english)
        else:
            write_text(out, english)
    except (DeenError, OSError) as e:
        fail(e)


@app.command("report")
def report_cmd(out: Path = typer.Argument(..., help="Output folder of a `deen translate` run (it holds run.json).")):
    """Rebuild report.html, report.md and flags.jsonl from the JSON files of a run (no model needed).

    A folder that holds no run is refused, so no report lands among articles.
    """
    from .report import rebuild_reports

    try:
        result = rebuild_reports(out)
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo(f"wrote {out / 'report.html'}, {out / 'report.md'}, {out / 'flags.jsonl'}")
    if isinstance(result, dict) and result:
        typer.echo(", ".join(f"{k}: {v}" for k, v in result.items() if not isinstance(v, (dict, list))))


@app.command("apply-review")
def apply_review_cmd(
    out: Path = typer.Argument(..., help="Output folder of a `deen translate` run."),
    review: Path = typer.Argument(..., help="review.json exported from report.html."),
):
    """Apply a reviewer's decisions: write the final English text and a summary of what changed."""
    from .review import apply_review

    from .lock import out_lock

    try:
        with out_lock(out, create=False):  # the final files and the summary go into OUT, like a run's
            result = apply_review(out, review)
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo(", ".join(f"{k}: {v}" for k, v in result.items() if not isinstance(v, (dict, list))))


@app.command("evaluate")
@writes_stdout
def evaluate_cmd(
    hyp: Path = typer.Argument(..., help="English translation file, or an output folder of `deen translate`."),
    ref: Path = typer.Argument(..., help="Reference file, or a folder with <name>.en.txt / <name>.txt references."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
):
    """Score translations against references with sacrebleu: BLEU, chrF and TER, with signatures."""
    import json

    from .evaluate import evaluate

    try:
        res = evaluate(hyp, ref)
    except (DeenError, OSError) as e:
        fail(e)
    if json_out:
        typer.echo(json.dumps(res, indent=2))
        return
    typer.echo(f"segments: {res['segments']}")
    for name in ("bleu", "chrf", "ter"):
        typer.echo(f"{name.upper():5s} {res[name]['score']:6.2f}  {res[name]['signature']}")


models_app = typer.Typer(help="Download, verify and convert translation models.", no_args_is_help=True,
                         context_settings=CONTEXT)
app.add_typer(models_app, name="models")


@models_app.command("pull")
def models_pull_cmd(dest: Optional[Path] = typer.Option(
        None, "--dest", help="Also a plain folder to download into, for copying to an offline machine "
                             "(default: only the Hugging Face cache, where translate finds it).")):
    """Download Helsinki-NLP/opus-mt-de-en at the manifest's revision into the Hugging Face cache, then verify it."""
    from .models import pull

    try:
        result = pull(dest)
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo("\n".join(result.lines()))


@models_app.command("verify")
def models_verify_cmd(folder: Path = typer.Argument(..., help="A model folder."),
                      format_only: bool = typer.Option(False, "--format-only",
                                                       help="Check the files and format only; weights that cannot "
                                                            "be verified are not an error.")):
    """Check a model folder's files, and its weights against the manifest or the folder's own record.

    Exit 2 when a file is corrupted or the weights cannot be verified (neither the manifest's
    nor recorded by `deen models record`), unless --format-only.
    """
    from .models import verify

    try:
        result = verify(folder, format_only=format_only)
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo("\n".join(result.lines()))


@models_app.command("record")
def models_record_cmd(folder: Path = typer.Argument(..., help="Your own model folder (e.g. fine-tuned).")):
    """Record the sha256 of every file of a model folder you trust, so verify and translate can check it later."""
    from .models import FOLDER_RECORD, require_format, write_folder_record

    try:
        require_format(folder)
        path = write_folder_record(folder, origin="deen models record")
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo(f"wrote {path} ({FOLDER_RECORD})")


@models_app.command("convert")
def models_convert_cmd(folder: Path = typer.Argument(..., help="A Marian model folder."),
                       quantization: str = typer.Option("int8", "--quantization", help="CTranslate2 quantization."),
                       force: bool = typer.Option(False, "--force", help="Replace an existing conversion.")):
    """Convert a Marian folder to CTranslate2 now (FOLDER/ct2-int8/); translate otherwise does it on first use."""
    from .models import convert

    try:
        typer.echo(convert(folder, quantization=quantization, force=force))
    except (DeenError, OSError) as e:
        fail(e)


@app.command("bench")
def bench_cmd(sentences: int = typer.Option(100, "--sentences", help="Sentences to translate per configuration."),
              length: int = typer.Option(32, "--length", help="Target tokens per sentence (fixed)."),
              beam: int = typer.Option(4, "--beam", help="Beam size, the same for every configuration."),
              naive_sentences: Optional[int] = typer.Option(None, "--naive-sentences",
                                                            help="Cap the naive one-by-one run (reported)."),
              model: Optional[Path] = typer.Option(None, "--model", help="Model folder (default: full-size "
                                                   "opus-mt-de-en architecture, random weights, built once)."),
              workdir: Optional[Path] = typer.Option(None, "--workdir", help="Where the random model is kept."),
              only: Optional[str] = typer.Option(None, "--only", help="Comma-separated subset of "
                                                 "naive,transformers,ctranslate2,ct2-raw."),
              repeats: int = typer.Option(3, "--repeats", help="Runs per configuration, interleaved; the "
                                          "median is reported with the spread."),
              json_out: bool = typer.Option(False, "--json", help="Print JSON.")):
    """Target tokens/s and peak memory: naive loop, deen's backends, and plain CTranslate2 as the ceiling.

    Each measurement runs in a fresh subprocess and reports the peak memory of its
    own address space. Example: deen bench --sentences 60 --length 32 --json
    """
    import json

    from .bench import CONFIGS, DEFAULT_WORKDIR, format_table, json_summary, run_bench

    configs = tuple(c.strip() for c in only.split(",")) if only else CONFIGS
    try:
        report = run_bench(sentences, length, beam, workdir or DEFAULT_WORKDIR, model, naive_sentences, configs,
                           repeats)
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo(json.dumps(json_summary(report), indent=2) if json_out else format_table(report))


def main() -> None:  # pragma: no cover - console entry point (`deen`, `python -m pipeline.cli`)
    app(prog_name="deen")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
