"""``deen check``: pairs in, flags out; or German-side checks over articles (a folder, one file, stdin)."""
from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Collection, Optional, TextIO, Union

from .atomic import write_jsonl
from .checks.config import CheckConfig, load_config
from .checks.registry import REGISTRY
from .checks.runner import run_checks
from .errors import ConfigError, InputError
from .pairs import flag_rows, parse_pairs, read_pairs
from .reading import (SUFFIXES, ReadFailure, article_units, display_path, long_paragraphs, read_article,
                      read_folder, read_stream)
from .records import Severity, Unit

STDIO = "-"  # standard input as INPUTS, standard output as --out
# --fail-on: the severities that make the exit code 1.
FAIL_ON = {"error": frozenset({Severity.ERROR}), "warning": frozenset({Severity.ERROR, Severity.WARNING})}


def _refuse_overwriting_input(inputs: Union[str, Path], out: Union[str, Path]) -> None:
    """Flags written over the pairs file, or into the folder being read, would destroy the input."""
    if STDIO in (str(inputs), str(out)):
        return
    src, dst = Path(inputs).resolve(), Path(out).resolve()
    if dst == src or (Path(inputs).is_dir() and src in dst.parents):
        raise InputError(out, f"--out would overwrite the input {inputs}; write the flags elsewhere")


@dataclass(frozen=True)
class CheckOutcome:
    units: int
    flags: int
    failing: int  # flags of a --fail-on severity
    unreadable: tuple[ReadFailure, ...] = ()
    # Units over the paragraph limit: kept and flagged, not checked; each named here.
    limited: tuple[str, ...] = ()

    @property
    def exit_code(self) -> int:
        return 1 if self.failing or self.unreadable or self.limited else 0


def split_ids(text: Optional[str]) -> Optional[list[str]]:
    """A comma-separated list of check ids as the command line gives it; None when not given."""
    if text is None:
        return None
    return [part.strip() for part in text.split(",") if part.strip()]


def select_checks(config: CheckConfig, only: Optional[Collection[str]], exclude: Optional[Collection[str]],
                  source_only: bool) -> Optional[list[str]]:
    """The check ids to run, or None for the config's enabled checks.

    ``only`` runs the named checks even when the config disables them; ``exclude`` removes checks.
    """
    if only is None and not exclude:
        return None
    known = sorted(REGISTRY)
    unknown = sorted((set(only or ()) | set(exclude or ())) - set(known))
    if unknown:
        raise ConfigError(f"unknown check id(s): {', '.join(unknown)}; known checks: {', '.join(known)}")
    chosen = set(only) if only is not None else {c for c in known if config.enabled(c)}
    chosen -= set(exclude or ())
    if source_only:
        german = sorted(c for c in chosen if not REGISTRY[c].needs_translation)
        if not german:
            readable = sorted(c for c in known if not REGISTRY[c].needs_translation)
            raise ConfigError(f"no selected check reads German alone, and articles have no translation; "
                              f"German-side checks: {', '.join(readable)}")
    if not chosen:
        raise ConfigError("no check left to run after --only/--exclude")
    return sorted(chosen)


def _looks_like_pairs(raw: bytes) -> bool:
    # A German article never starts with "{"; a JSON-lines file of pairs always does.
    return raw.decode("utf-8-sig", errors="replace").lstrip().startswith("{")


def read_inputs(inputs: Union[str, Path], stdin: Optional[BinaryIO] = None, ignore_fields: Collection[str] = ()
                ) -> tuple[list[Unit], bool, tuple[ReadFailure, ...], tuple[str, ...]]:
    """Units to check, whether they are German only, the articles of a folder that could not be read,
    and a note for each unit over the paragraph limit.

    ``-`` is standard input: pairs when it starts with "{", else one German article. A file ending in
    .txt or .md is one German article, any other file is pairs, a folder is every article below it.
    """
    notes: list[str] = []
    if str(inputs) == STDIO:
        raw = (stdin or sys.stdin.buffer).read()
        if _looks_like_pairs(raw):
            units = parse_pairs(raw, "stdin", ignore_fields, notes)
            return units, False, (), tuple(f"stdin: {n}" for n in notes)
        articles, failures = [read_stream(io.BytesIO(raw))], []
    else:
        path = Path(inputs)
        if path.is_dir():
            articles, failures = read_folder(path)
        elif not path.exists():
            raise InputError(path, "no such file or folder")
        elif path.suffix.lower() in SUFFIXES:
            articles, failures = [read_article(path)], []
        else:
            units = read_pairs(path, ignore_fields, notes)
            return units, False, (), tuple(f"{display_path(str(path))}: {n}" for n in notes)
    limited = tuple(str(f) for a in articles for f in long_paragraphs(a))
    return [u for a in articles for u in article_units(a)], True, tuple(failures), limited


def check_path(inputs: Union[str, Path], out: Optional[Union[str, Path]] = None,
               config_path: Optional[Path] = None, *, fail_on: Optional[str] = None,
               only: Optional[Collection[str]] = None, exclude: Optional[Collection[str]] = None,
               ignore_fields: Collection[str] = (), stdin: Optional[BinaryIO] = None,
               stdout: Optional[TextIO] = None, model: Optional[str] = None, backend: str = "auto",
               verify: bool = True, jobs: int = 1,
               progress: Optional[Callable[[int, int], None]] = None) -> CheckOutcome:
    """Check ``inputs`` and write one JSON line of flags per unit to ``out`` (standard output for None or -).

    With ``model``, the given translations are scored by forced decoding first (see scoring.py), so
    the confidence checks judge existing translations too. ``jobs`` worker processes share the
    documents (0: one per core); the flags do not depend on it. ``progress(done, total)`` hears how
    many units are checked.
    """
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"fail_on {fail_on!r}; choose {' or '.join(FAIL_ON)}")
    config = load_config(config_path)
    if out is not None:
        _refuse_overwriting_input(inputs, out)
    german_only = str(inputs) != STDIO and (Path(inputs).is_dir() or Path(inputs).suffix.lower() in SUFFIXES)
    if model is not None and german_only:
        raise InputError(inputs, "--model scores given translations: give a pairs file, not German articles")
    units, source_only, unreadable, limited = read_inputs(inputs, stdin, ignore_fields)
    if model is not None and source_only:
        raise InputError(inputs, "--model scores given translations: give a pairs file, not German articles")
    if model is not None:
        units = _scored(units, model, backend, verify)
    selected = select_checks(config, only, exclude, source_only)
    flags = run_checks(units, config, source_only=source_only, only=selected, jobs=jobs, progress=progress)
    rows = flag_rows(units, flags)
    if model is not None:
        for row, unit in zip(rows, units):  # the measurement the confidence check decided on
            row["score"] = round(unit.translations[0].score, 4) if unit.translations else None
    if out is None or str(out) == STDIO:
        stream = stdout or sys.stdout
        for r in rows:
            stream.write(json.dumps(r, ensure_ascii=False) + "\n")
        stream.flush()
    else:
        write_jsonl(Path(out), rows)
    severities = FAIL_ON.get(fail_on, frozenset())
    return CheckOutcome(units=len(units), flags=sum(map(len, flags)),
                        failing=sum(f.severity in severities for fl in flags for f in fl), unreadable=unreadable,
                        limited=limited)


def _scored(units, model: str, backend: str, verify: bool):
    from .scoring import score_units
    from .translate.loading import load_translator

    translator = load_translator(model, backend, verify=verify, notify=lambda m: print(f"deen: {m}", file=sys.stderr))
    units, unscored = score_units(units, translator)
    if unscored:
        print(f"deen: {len(unscored)} pair(s) not scored (no translation, or longer than the model's "
              f"{translator.max_source_tokens} positions): {', '.join(unscored)}", file=sys.stderr)
    return units
