"""The ``deen`` command line: each command is a few lines calling one library function.

Only this module exits; the library raises ``DeenError`` subclasses.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import DeenError

EXAMPLES = """**Examples**

* `deen translate articles/ --out out/` (real model, downloaded once from the hub)
* `deen translate articles/ --model DIR --out out/` (a local model folder, offline)
* `deen models pull` (download the default model into the Hugging Face cache ahead of time)
* `deen check pairs.jsonl --out flags.jsonl` (check existing translations, no model)
* `deen check articles/` (German-side checks: stray years, broken quotes)
* `deen report out/` then `deen apply-review out/ review.json` (settle the flags)
"""

app = typer.Typer(
    help="German→English translation with MarianMT, mistranslation checks, corrections and review reports.",
    epilog=EXAMPLES, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode="markdown")


def fail(err: Exception, code: int = 2) -> None:
    # An OSError here is the file system's (disk full, no permission): the user can act on its text.
    typer.echo(f"deen: error: {err}", err=True)
    raise typer.Exit(code)


@app.command("check")
def check_cmd(
    inputs: Path = typer.Argument(..., help="PAIRS.jsonl (lines {\"id\", \"source\", \"translation\"[, \"doc_id\"]}) "
                                           "or a folder of German articles (German-side checks only, no model)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write flags here as JSONL (default: stdout)."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file overriding check thresholds."),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="Also score each given translation with this model (forced decoding), "
                                             "so the confidence check runs; a folder or the default hub id."),
    backend: str = typer.Option("auto", help="With --model: auto, ctranslate2 or transformers."),
    no_verify: bool = typer.Option(False, "--no-verify", help="With --model: use a folder deen cannot verify."),
):
    """Flag mistranslations in sentence pairs, or German-side problems in articles."""
    from .checking import check_path

    try:
        code = check_path(inputs, out, config, model=model, backend=backend, verify=not no_verify)
    except (DeenError, OSError) as e:
        fail(e)
    raise typer.Exit(code)


@app.command("checks")
def checks_cmd():
    """List every registered check with its category, severity and title."""
    from .checks import load_all
    from .checks.registry import REGISTRY

    load_all()
    for spec in sorted(REGISTRY.values(), key=lambda s: (s.category.value, s.id)):
        side = "translation" if spec.needs_translation else "source"
        typer.echo(f"{spec.id:24s} {spec.category.value:13s} {spec.severity.value:8s} {side:12s} {spec.title}")


@app.command("translate")
def translate_cmd(
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
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
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
    options = RunOptions(model=model, backend=backend, verify=not no_verify, correct=not no_correct, force=force, config_path=config,
                         executor=executor, address=address, workers=workers,
                         decode=DecodeSettings(beam_size=beam, nbest=min(nbest, beam), batch_size=batch_size,
                                               max_length=max_length))
    try:
        summary = Runner(articles, out, options, progress=Progress(enabled=not quiet)).run()
    except (DeenError, OSError) as e:
        fail(e)
    except KeyboardInterrupt:
        typer.echo("deen: interrupted; finished articles are saved. Run the same command again to resume.", err=True)
        raise typer.Exit(130)
    for f in summary.failed:
        typer.echo(f"deen: skipped {f}", err=True)
    typer.echo(f"{len(summary.translated)} translated, {len(summary.skipped)} unchanged (skipped), "
               f"{len(summary.failed)} failed; {summary.sentences} sentences, {summary.flags} flags "
               f"in {summary.seconds:.1f}s. Report: {out / 'report.html'}")
    raise typer.Exit(summary.exit_code)


@app.command("segment")
def segment_cmd(file: Path = typer.Argument(..., help="A German article (.txt/.md).")):
    """Print the sentences of each paragraph, one per line, with an empty line after each paragraph."""
    from .reading import read_article
    from .segment import split

    try:
        article = read_article(file)
    except (DeenError, OSError) as e:
        fail(e)
    for p in article.paragraphs:
        for start, end in split(p.text):
            typer.echo(p.text[start:end])
        typer.echo("")


@app.command("report")
def report_cmd(out: Path = typer.Argument(..., help="Output folder of a `deen translate` run.")):
    """Rebuild report.html, report.md and flags.jsonl from the JSON files of a run (no model needed)."""
    from .report import build_reports

    try:
        result = build_reports(out)
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

    try:
        result = apply_review(out, review)
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo(", ".join(f"{k}: {v}" for k, v in result.items() if not isinstance(v, (dict, list))))


@app.command("evaluate")
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


models_app = typer.Typer(help="Download, verify and convert translation models.", no_args_is_help=True)
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
                                                 "naive,transformers,ctranslate2."),
              json_out: bool = typer.Option(False, "--json", help="Print JSON.")):
    """Target tokens/s and peak memory: naive loop vs deen's transformers and CTranslate2 backends."""
    import json

    from .bench import CONFIGS, DEFAULT_WORKDIR, format_table, json_summary, run_bench

    configs = tuple(c.strip() for c in only.split(",")) if only else CONFIGS
    try:
        report = run_bench(sentences, length, beam, workdir or DEFAULT_WORKDIR, model, naive_sentences, configs)
    except (DeenError, OSError) as e:
        fail(e)
    typer.echo(json.dumps(json_summary(report), indent=2) if json_out else format_table(report))


def main() -> None:  # pragma: no cover - console entry point for `python -m pipeline`
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
