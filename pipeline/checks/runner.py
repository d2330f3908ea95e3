"""Run every enabled check over units, document by document, keeping input order."""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import groupby
from typing import Callable, Collection, Iterable, Optional

from ..errors import CheckError, ConfigError, DeenError
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
# Fewer units than this are checked in one process: starting workers would cost more than it saves.
PARALLEL_MIN_UNITS = 200
MAX_AUTO_JOBS = 4  # each worker holds its own caches (about 100 MB)
CHUNKS_PER_JOB = 4  # documents differ in length: smaller shares keep every worker busy to the end
MAX_SHARE = 250  # units: an interrupted run waits for the shares being checked, a second or two


def shares(units: list[Unit], jobs: int) -> list[list[Unit]]:
    """The units in consecutive shares of whole documents (several checks read a paragraph's
    neighbours): about ``CHUNKS_PER_JOB`` shares per job, none much over ``MAX_SHARE`` units."""
    size = max(1, min(MAX_SHARE, len(units) // (jobs * CHUNKS_PER_JOB)))
    out: list[list[Unit]] = [[]]
    for doc in _documents(units):
        if len(out[-1]) >= size:
            out.append([])
        out[-1].extend(u for _, u in doc)
    return [share for share in out if share]


def _run_parallel(units: list[Unit], config: CheckConfig, source_only: bool, only, jobs: int,
                  progress: Optional[Callable[[int, int], None]]) -> list[list[Flag]]:
    chunks = shares(units, jobs)
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    # The objects this process holds when the workers are forked (word lists, the tagger, the caches of
    # earlier checks: a few hundred thousand) are set aside from garbage collection until they are done:
    # each worker's full collections would walk them all, and writing their collector headers copies
    # every page they live on into the worker (the use Python's documentation gives for gc.freeze).
    # Collection decides no flag. Left alone when some caller has frozen objects itself.
    freeze = context.get_start_method() == "fork" and gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker)
    check = partial(run_checks, config=config, source_only=source_only, only=only, jobs=1)
    try:
        futures = {pool.submit(check, chunk): k for k, chunk in enumerate(chunks)}
        parts: list = [None] * len(chunks)
        done = 0
        for future in as_completed(futures):
            k = futures[future]
            parts[k] = future.result()
            done += len(chunks[k])
            if progress is not None:
                progress(done, len(units))
    except BrokenProcessPool as e:
        raise DeenError(f"a worker process checking {len(units)} units died ({e}); "
                        "run with one job (--jobs 1), which also uses less memory") from e
    finally:
        # Interrupted: the shares not begun are dropped, the workers end with the ones they check.
        pool.shutdown(wait=False, cancel_futures=True)
        if freeze:
            gc.unfreeze()  # the workers were forked when the first shares were submitted
    return [flags for part in parts for flags in part]


# The garbage collector's thresholds in a worker process, as `deen check` sets them for its own process
# (``cli.CHECK_GC_THRESHOLDS``, which says why): a worker is the runner's own process, which does nothing
# but fill the checks' caches and return flags.
WORKER_GC_THRESHOLDS = (10_000, 50, 100)


def _start_worker() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent reports it once, the
    # workers would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def run_checks(units: list[Unit], config: Optional[CheckConfig] = None, *,
               source_only: bool = False, only: Optional[Collection[str]] = None, jobs: int = 1,
               progress: Optional[Callable[[int, int], None]] = None) -> list[list[Flag]]:
    """Flags for each unit, in input order. A crashing check is recorded as a flag naming it.

    ``only`` runs just the named checks, enabled in the config or not (to study one check). ``jobs``
    worker processes share the documents (0: one per core, at most ``MAX_AUTO_JOBS``); the flags are
    the same for any number. ``progress(done, total)`` is told the units checked so far, document by
    document (share by share with workers).
    """
    config = config or load_config()
    if only is not None:
        unknown = set(only) - set(REGISTRY)
        if unknown:
            raise ConfigError(f"unknown checks: {', '.join(sorted(unknown))}")
    if not source_only and not config.calibrated:
        from .omission import calibrated

        config = calibrated(config, units)
    jobs = jobs or min(os.cpu_count() or 1, MAX_AUTO_JOBS)
    if jobs > 1 and len(units) >= PARALLEL_MIN_UNITS:
        return _run_parallel(units, config, source_only, only, jobs, progress)
    max_chars = limits().paragraph_chars
    specs = [s for s in REGISTRY.values() if (s.id in only if only is not None else config.enabled(s.id))
             and (not source_only or not s.needs_translation)]
    out: list[list[Flag]] = [[] for _ in units]
    done = 0
    for doc in _documents(units):
        if progress is not None and done:
            progress(done, len(units))
        done += len(doc)
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
    if progress is not None and units:
        progress(len(units), len(units))
    return out
