"""``deen check``: pairs in, flags out; or German-side checks over a folder of articles."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

from .atomic import write_jsonl
from .checks.config import load_config
from .checks.runner import run_checks
from .errors import InputError
from .pairs import flag_rows, read_pairs
from .reading import display_path


def _refuse_overwriting_input(inputs: Path, out: Path) -> None:
    """Flags written over the pairs file, or into the folder being read, would destroy the input."""
    src, dst = inputs.resolve(), out.resolve()
    if dst == src or (inputs.is_dir() and src in dst.parents):
        raise InputError(out, f"--out would overwrite the input {inputs}; write the flags elsewhere")


def check_path(inputs: Path, out: Optional[Path], config_path: Optional[Path]) -> int:
    """Returns the exit code: 0 when all inputs were read, 1 when some article failed to read."""
    config = load_config(config_path)
    if out is not None:
        _refuse_overwriting_input(inputs, out)
    if inputs.is_dir():
        from .reading import long_paragraphs, read_folder, article_units

        articles, failures = read_folder(inputs)
        units = [u for a in articles for u in article_units(a)]
        flags = run_checks(units, config, source_only=True)
        for f in failures:
            print(f"deen: skipped {f}", file=sys.stderr)
        limited = [f for a in articles for f in long_paragraphs(a)]
        for f in limited:
            print(f"deen: {f}", file=sys.stderr)
        code = 1 if failures or limited else 0
    elif inputs.exists():
        notes: list[str] = []
        units = read_pairs(inputs, notes)
        flags = run_checks(units, config)
        for note in notes:
            print(f"deen: {display_path(str(inputs))}: {note}", file=sys.stderr)
        code = 1 if notes else 0
    else:
        raise InputError(inputs, "no such file or folder")
    rows = flag_rows(units, flags)
    if out is None:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        write_jsonl(out, rows)
    return code
