"""-q: library bars and logs are off inside libraries_quiet() and exactly as before after it."""
import io
import logging
import os

import pytest

from pipeline.quiet import QUIET_ENVIRONMENT, libraries_quiet


def _tqdm_draws() -> bool:
    from tqdm.auto import tqdm

    out = io.StringIO()
    for _ in tqdm(range(3), file=out):
        pass
    return bool(out.getvalue())


def _hub_bars() -> bool:
    from huggingface_hub.utils import are_progress_bars_disabled

    return not are_progress_bars_disabled()


def _transformers_state():
    from transformers.utils import logging as tf_logging

    return tf_logging.get_verbosity(), tf_logging.is_progress_bar_enabled()


def _ct2_level():
    import ctranslate2

    return ctranslate2.get_log_level()


PROBES = [
    ("tqdm", _tqdm_draws, False),
    ("huggingface_hub", _hub_bars, False),
    ("transformers", _transformers_state, (logging.ERROR, False)),
    ("ctranslate2", _ct2_level, logging.ERROR),
    ("environment", lambda: {k: os.environ.get(k) for k in QUIET_ENVIRONMENT}, QUIET_ENVIRONMENT),
    ("loggers", lambda: logging.getLogger("transformers").getEffectiveLevel() >= logging.ERROR, True),
]


@pytest.mark.parametrize("probe,quiet", [c[1:] for c in PROBES], ids=[c[0] for c in PROBES])
def test_quiet_inside_and_restored_after(probe, quiet):
    before = probe()
    with libraries_quiet():
        assert probe() == quiet
    assert probe() == before


def test_disabled_changes_nothing():
    before = _tqdm_draws(), _hub_bars(), _transformers_state()
    with libraries_quiet(enabled=False):
        assert (_tqdm_draws(), _hub_bars(), _transformers_state()) == before
