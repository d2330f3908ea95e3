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


def check_path(inputs: Path, out: Optional[Path], config_path: Optional[Path], model: Optional[str] = None,
               backend: str = "auto", verify: bool = True) -> int:
    """Returns the exit code: 0 when all inputs were read, 1 when some article failed to read.

    With ``model``, the given translations are scored by forced decoding first (see scoring.py).
    """
    config = load_config(config_path)
    if model is not None and inputs.is_dir():
        raise InputError(inputs, "--model scores given translations: give a pairs file, not a folder of articles")
    if inputs.is_dir():
        from .reading import units_for_folder

        units, failures = units_for_folder(inputs)
        flags = run_checks(units, config, source_only=True)
        for f in failures:
            print(f"deen: skipped {f}", file=sys.stderr)
        code = 1 if failures else 0
    elif inputs.exists():
        units = read_pairs(inputs)
        if model is not None:
            units = _scored(units, model, backend, verify)
        flags = run_checks(units, config)
        code = 0
    else:
        raise InputError(inputs, "no such file or folder")
    rows = flag_rows(units, flags)
    if model is not None and not inputs.is_dir():
        for row, unit in zip(rows, units):  # the measurement the confidence check decided on
            row["score"] = round(unit.translations[0].score, 4) if unit.translations else None
    if out is None:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        write_jsonl(out, rows)
    return code


def _scored(units, model: str, backend: str, verify: bool):
    from .scoring import score_units
    from .translate.loading import load_translator

    translator = load_translator(model, backend, verify=verify, notify=lambda m: print(f"deen: {m}", file=sys.stderr))
    units, unscored = score_units(units, translator)
    if unscored:
        print(f"deen: {len(unscored)} pair(s) not scored (no translation, or longer than the model's "
              f"{translator.max_source_tokens} positions): {', '.join(unscored)}", file=sys.stderr)
    return units
