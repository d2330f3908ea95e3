"""Run every enabled check over units, document by document, keeping input order."""
from __future__ import annotations

from itertools import groupby
from typing import Collection, Iterable, Optional

from ..errors import CheckError, ConfigError
from ..limits import limits, over_limit_message
from ..records import Category, Flag, Severity, Side, Unit
from .config import CheckConfig, load_config
from .registry import REGISTRY, Context


def _documents(units: list[Unit]) -> Iterable[list[tuple[int, Unit]]]:
    # Consecutive units sharing a doc_id form one document; a unit without one stands alone.
    indexed = list(enumerate(units))
    for key, group in groupby(indexed, key=lambda iu: iu[1].doc_id if iu[1].doc_id is not None else f"\0{iu[0]}"):
        yield list(group)


LIMIT_CHECK = "input_limit"  # the flag of a unit too long to check; not a registered check


def run_checks(units: list[Unit], config: Optional[CheckConfig] = None, *,
               source_only: bool = False, only: Optional[Collection[str]] = None) -> list[list[Flag]]:
    """Flags for each unit, in input order. A crashing check is recorded as a flag naming it.

    ``only`` runs just the named checks, enabled in the config or not (to study one check).
    """
    config = config or load_config()
    if only is not None:
        unknown = set(only) - set(REGISTRY)
        if unknown:
            raise ConfigError(f"unknown checks: {', '.join(sorted(unknown))}")
    max_chars = limits().paragraph_chars
    specs = [s for s in REGISTRY.values() if (s.id in only if only is not None else config.enabled(s.id))
             and (not source_only or not s.needs_translation)]
    out: list[list[Flag]] = [[] for _ in units]
    for doc in _documents(units):
        doc_units = tuple(u for _, u in doc)
        cache: dict = {}
        for pos, (i, unit) in enumerate(doc):
            longest = max(len(unit.source), len(unit.translation or ""))
            if longest > max_chars:
                # Several checks are quadratic in a unit's length: a unit over the limit is kept, not checked.
                # Info, not a warning: no correction may act on it (it would re-translate the whole unit).
                out[i].append(Flag(check=LIMIT_CHECK, category=Category.OTHER, severity=Severity.INFO,
                                   side=Side.SOURCE if len(unit.source) > max_chars else Side.TRANSLATION,
                                   message=f"not checked: {over_limit_message(longest, max_chars)}"))
                continue
            for spec in specs:
                if spec.needs_translation and unit.translation is None:
                    continue
                ctx = Context(spec=spec, unit=unit, doc=doc_units, position=pos,
                              params=config.params(spec.id), doc_cache=cache)
                try:
                    out[i].extend(spec.func(ctx))
                except Exception as e:  # noqa: BLE001 - recorded, never swallowed
                    err = CheckError(spec.id, f"unit {unit.id!r}", e)
                    out[i].append(Flag(check=spec.id, category=Category.OTHER, severity=Severity.WARNING,
                                       side=Side.TRANSLATION, message=str(err)))
    return out
