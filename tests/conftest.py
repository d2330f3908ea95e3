"""Session fixtures: tiny Marian models in the real folder format, built once per test run."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_build_tiny():
    """models/build_tiny.py is a script beside the package; import it by path."""
    spec = importlib.util.spec_from_file_location("build_tiny", ROOT / "models" / "build_tiny.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build_tiny_module():
    return load_build_tiny()


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, build_tiny_module) -> Path:
    """A tiny Marian model folder (it copies its source: the expected output is the input)."""
    return build_tiny_module.build_tiny(tmp_path_factory.mktemp("models") / "tiny")


@pytest.fixture(scope="session")
def tiny_model_ct2(tmp_path_factory, tiny_model) -> Path:
    """A copy of the tiny model folder with its int8 CTranslate2 conversion in FOLDER/ct2-int8/.

    A separate folder, so ``tiny_model`` keeps no conversion and --backend auto
    still picks transformers there.
    """
    from pipeline.models import convert

    folder = tmp_path_factory.mktemp("models") / "tiny-ct2"
    shutil.copytree(tiny_model, folder)
    convert(folder)
    return folder
