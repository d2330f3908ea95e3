"""Session fixtures: tiny Marian models in the real folder format, built once per test run."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_script(relative: str):
    """A script beside the package (models/build_tiny.py, models/build_demo.py), imported by path."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_build_tiny():
    return load_script("models/build_tiny.py")


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

    (``tiny_model`` gets one too as soon as a test runs it with --backend auto.)
    """
    from pipeline.models import convert

    folder = tmp_path_factory.mktemp("models") / "tiny-ct2"
    shutil.copytree(tiny_model, folder, ignore=shutil.ignore_patterns("ct2-*"))
    convert(folder)
    return folder


@pytest.fixture(scope="session", autouse=True)
def _isolated_caches(tmp_path_factory):
    """deen's and Hugging Face's caches in a temporary folder: tests neither read nor fill the user's."""
    import os

    root = tmp_path_factory.mktemp("caches")
    saved = {k: os.environ.get(k) for k in ("XDG_CACHE_HOME", "HF_HOME", "HF_HUB_CACHE")}
    os.environ["XDG_CACHE_HOME"] = str(root / "xdg")
    os.environ["HF_HOME"] = str(root / "hf")
    os.environ.pop("HF_HUB_CACHE", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def tiny_model_one_tokenizer(tmp_path_factory, tiny_model) -> Path:
    """The tiny copy model with its source SentencePiece model as target tokenizer too.

    The copy model outputs the source's pieces; with one tokenizer a text given as the
    translation is cut into those same pieces, so forced decoding of the source itself
    scores as the model's own output does (with two tokenizers it is cut differently).
    """
    from pipeline.models import write_folder_record

    folder = tmp_path_factory.mktemp("models") / "tiny-one-tokenizer"
    shutil.copytree(tiny_model, folder, ignore=shutil.ignore_patterns("ct2-*"))
    shutil.copyfile(folder / "source.spm", folder / "target.spm")
    write_folder_record(folder, origin="tests: tiny model, target.spm = source.spm")
    return folder
