"""``-q``: the libraries deen drives keep quiet too (their progress bars and info logs on stderr).

Errors still show. The environment variables are read by the libraries when they are imported,
and are inherited by worker processes (Ray); the calls reach libraries that are already imported.
"""
from __future__ import annotations

import logging
import os
import sys

# Read at import by huggingface_hub (download bars), tqdm (every bar, e.g. transformers' "Loading
# weights"), transformers (its logging) and CTranslate2 (-1: errors only).
QUIET_ENVIRONMENT = {
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TQDM_DISABLE": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
    "CT2_VERBOSE": "-1",
}
# Python loggers of the libraries, raised to errors only.
QUIET_LOGGERS = ("transformers", "huggingface_hub", "ctranslate2", "sentencepiece", "ray")


def silence_libraries() -> None:
    """Turn off every library progress bar and log message below error, for the rest of the process."""
    os.environ.update(QUIET_ENVIRONMENT)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
    if "tqdm" in sys.modules:
        _disable_tqdm(sys.modules["tqdm"])
    if "huggingface_hub" in sys.modules:
        from huggingface_hub.utils import disable_progress_bars

        disable_progress_bars()
    if "transformers" in sys.modules:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    if "ctranslate2" in sys.modules:
        sys.modules["ctranslate2"].set_log_level(logging.ERROR)


def _disable_tqdm(tqdm_module) -> None:
    # TQDM_DISABLE is read when tqdm is imported; an imported tqdm gets the default patched instead.
    from functools import partialmethod

    for cls in (tqdm_module.tqdm, getattr(tqdm_module, "auto", tqdm_module).tqdm):
        if not getattr(cls, "_deen_quiet", False):
            cls.__init__ = partialmethod(cls.__init__, disable=True)
            cls._deen_quiet = True
