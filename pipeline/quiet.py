"""``-q``: the libraries deen drives keep quiet too (their progress bars and info logs on stderr).

Errors still show. Everything is undone when the command ends, so a command run inside another
program (a test, a notebook) leaves that program's bars and logging as they were.
"""
from __future__ import annotations

import importlib
import logging
import os
from contextlib import ExitStack, contextmanager
from functools import partialmethod
from typing import Callable, Iterator

# For worker processes started meanwhile (Ray): the libraries read these when they are imported.
QUIET_ENVIRONMENT = {
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TQDM_DISABLE": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
    "CT2_VERBOSE": "-1",  # CTranslate2: errors only
}
# Python loggers of the libraries, raised to errors only.
QUIET_LOGGERS = ("transformers", "huggingface_hub", "ctranslate2", "sentencepiece", "ray")


def _import(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _silence_tqdm(stack: ExitStack) -> None:
    # Every tqdm bar (transformers' "Loading weights", downloads) is a tqdm.std.tqdm; a default
    # disable=True, as TQDM_DISABLE would give at import, while a caller's explicit choice still wins.
    tqdm_std = _import("tqdm.std")
    if tqdm_std is None:
        return
    cls = tqdm_std.tqdm
    original = cls.__dict__["__init__"]
    cls.__init__ = partialmethod(original, disable=True)
    stack.callback(setattr, cls, "__init__", original)


def _silence_hub(stack: ExitStack) -> None:
    hub = _import("huggingface_hub.utils")
    if hub is not None and not hub.are_progress_bars_disabled():
        hub.disable_progress_bars()
        stack.callback(hub.enable_progress_bars)


def _silence_transformers(stack: ExitStack) -> None:
    tf_logging = _import("transformers.utils.logging")
    if tf_logging is None:
        return
    verbosity, bars = tf_logging.get_verbosity(), tf_logging.is_progress_bar_enabled()
    tf_logging.set_verbosity_error()
    tf_logging.disable_progress_bar()
    stack.callback(tf_logging.set_verbosity, verbosity)
    if bars:
        stack.callback(tf_logging.enable_progress_bar)


def _silence_ctranslate2(stack: ExitStack) -> None:
    ct2 = _import("ctranslate2")
    if ct2 is not None:
        level = ct2.get_log_level()
        ct2.set_log_level(logging.ERROR)
        stack.callback(ct2.set_log_level, level)


SILENCERS: tuple[Callable[[ExitStack], None], ...] = (
    _silence_tqdm, _silence_hub, _silence_transformers, _silence_ctranslate2)


@contextmanager
def libraries_quiet(enabled: bool = True) -> Iterator[None]:
    """Inside: no library progress bar and no library log message below error."""
    if not enabled:
        yield
        return
    with ExitStack() as stack:
        # The libraries are imported first, so the variables below reach only child processes
        # and cannot stay baked into this process's imports.
        for silence in SILENCERS:
            silence(stack)
        saved_env = {k: os.environ.get(k) for k in QUIET_ENVIRONMENT}
        os.environ.update(QUIET_ENVIRONMENT)
        stack.callback(_restore_environment, saved_env)
        for name in QUIET_LOGGERS:
            logger = logging.getLogger(name)
            stack.callback(logger.setLevel, logger.level)
            logger.setLevel(logging.ERROR)
        yield


def _restore_environment(saved: dict) -> None:
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
