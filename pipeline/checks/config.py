"""Thresholds as data: defaults in ``thresholds.toml``, overridable by a user's TOML file.

Validated once, up front: every unknown check, unknown key or badly typed value is
collected and reported together.
"""
from __future__ import annotations

import copy
import hashlib
import json
import math
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Optional

from ..errors import ConfigError
from ..records import Severity


@dataclass(frozen=True)
class CheckConfig:
    checks: dict  # check id -> {param: value}, including "enabled" and "severity"
    calibrated: bool = False  # the run's own text has set what it can (omission.calibrated), once per run

    def params(self, check_id: str) -> dict:
        return self.checks.get(check_id, {})

    def enabled(self, check_id: str) -> bool:
        return bool(self.params(check_id).get("enabled", True))

    def signature(self) -> str:
        """A short hash of the thresholds, so outputs say which settings made them."""
        blob = json.dumps(self.checks, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


def _defaults() -> dict:
    text = resources.files("pipeline").joinpath("thresholds.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _out_of_range(key: str, value: Any, default: Any) -> str:
    """Why a value cannot be used (empty: it can). A number keeps its default's sign: a ratio,
    count or weight stays positive (zero only where the default is zero), a z-score or
    log-probability limit stays negative; nan and inf never pass, and true is no number."""
    if key == "enabled":
        return "" if isinstance(value, bool) else "must be true or false"
    if not isinstance(default, (int, float)) or isinstance(default, bool):
        return ""
    if isinstance(value, bool):
        return "must be a number, not true/false"
    if not math.isfinite(value):
        return "must be a finite number"
    if default > 0 and value <= 0:
        return "must be greater than 0"
    if default == 0 and value < 0:
        return "must be 0 or more"
    if default < 0 and value >= 0:
        return "must be less than 0"
    return ""


def load_config(path: Optional[Path] = None, overrides: Optional[dict] = None) -> CheckConfig:
    from .registry import REGISTRY
    from . import load_all

    load_all()
    merged = _defaults()
    problems: list[str] = []
    for cid in merged:
        if cid not in REGISTRY:
            problems.append(f"thresholds.toml: section [{cid}] names no registered check")
    user: dict = {}
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"{path}: cannot read config: {e}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{path}: invalid TOML: {e}") from e
        except RecursionError as e:
            raise ConfigError(f"{path}: TOML nested too deeply to read") from e
    for source_name, layer in ((str(path), user), ("overrides", overrides or {})):
        for cid, params in layer.items():
            if cid not in REGISTRY:
                problems.append(f"{source_name}: unknown check [{cid}]; known: {', '.join(sorted(REGISTRY))}")
                continue
            if not isinstance(params, dict):
                problems.append(f"{source_name}: [{cid}] must be a table of settings")
                continue
            base = merged.setdefault(cid, {})
            for key, value in params.items():
                allowed = set(base) | {"enabled", "severity"}
                if key not in allowed:
                    problems.append(f"{source_name}: [{cid}] unknown key {key!r}; allowed: {', '.join(sorted(allowed))}")
                    continue
                if key == "severity" and value not in {s.value for s in Severity}:
                    problems.append(f"{source_name}: [{cid}] severity {value!r}; allowed: error, warning, info")
                    continue
                if key in base and not isinstance(value, type(base[key])) and not (
                        isinstance(base[key], float) and isinstance(value, int)):
                    problems.append(f"{source_name}: [{cid}] {key} = {value!r} should be {type(base[key]).__name__}")
                    continue
                wrong = _out_of_range(key, value, base.get(key))
                if wrong:
                    problems.append(f"{source_name}: [{cid}] {key} = {value!r}: {wrong}")
                    continue
                base[key] = value
    if problems:
        raise ConfigError("invalid check configuration:\n  " + "\n  ".join(problems))
    return CheckConfig(checks=copy.deepcopy(merged))
