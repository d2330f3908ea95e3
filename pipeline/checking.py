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


def check_path(inputs: Path, out: Optional[Path], config_path: Optional[Path]) -> int:
    """Returns the exit code: 0 when all inputs were read, 1 when some article failed to read."""
    config = load_config(config_path)
    if inputs.is_dir():
        from .reading import units_for_folder

        units, failures = units_for_folder(inputs)
        flags = run_checks(units, config, source_only=True)
        for f in failures:
            print(f"deen: skipped {f}", file=sys.stderr)
        code = 1 if failures else 0
    elif inputs.exists():
        units = read_pairs(inputs)
        flags = run_checks(units, config)
        code = 0
    else:
        raise InputError(inputs, "no such file or folder")
    rows = flag_rows(units, flags)
    if out is None:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        write_jsonl(out, rows)
    return code
