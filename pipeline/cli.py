"""The ``deen`` command line: each command is a few lines calling one library function.

Only this module exits; the library raises ``DeenError`` subclasses.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import DeenError

app = typer.Typer(
    help="German→English translation with MarianMT, mistranslation checks, corrections and review reports.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


def fail(err: Exception, code: int = 2) -> None:
    typer.echo(f"deen: error: {err}", err=True)
    raise typer.Exit(code)


@app.command("check")
def check_cmd(
    inputs: Path = typer.Argument(..., help="PAIRS.jsonl (lines {\"id\", \"source\", \"translation\"[, \"doc_id\"]}) "
                                           "or a folder of German articles (German-side checks only, no model)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write flags here as JSONL (default: stdout)."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file overriding check thresholds."),
):
    """Flag mistranslations in sentence pairs, or German-side problems in articles."""
    from .checking import check_path

    try:
        code = check_path(inputs, out, config)
    except DeenError as e:
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


def main() -> None:  # pragma: no cover - console entry point for `python -m pipeline`
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
