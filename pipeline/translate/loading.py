"""Find a model folder, check it, and open it with the right backend.

This machine never downloads at load time: a hub id resolves only to a folder
already on disk (``deen models pull``'s default destination, or the local Hugging
Face cache). Anything else is one ModelError saying what to do.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

from ..errors import ModelError
from .. import models
from .base import DecodeSettings, Translator

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-de-en"
BACKENDS = ("auto", "transformers", "ctranslate2")
# Where `deen models pull` puts a hub model by default, relative to the working folder.
PULL_DIRS = {DEFAULT_MODEL: Path("models") / "opus-mt-de-en"}


def no_model_message(name: str, reason: str) -> str:
    return (f"no translation model available: {reason}. Use --model DIR to point to a local copy of "
            f"{name} (a folder with config.json, vocab.json, source.spm, target.spm and model.safetensors), "
            f"or run `deen models pull` on a connected machine and copy the folder here.")


def resolve_model(model: Optional[str]) -> tuple[Path, str]:
    """The folder to load and the model id to report, without touching the network."""
    name = model or DEFAULT_MODEL
    path = Path(name).expanduser()
    if path.exists():
        return path, str(path.resolve())
    pulled = PULL_DIRS.get(name)
    if pulled is not None and pulled.is_dir():
        return pulled, name
    if _looks_like_path(name):
        raise ModelError(no_model_message(DEFAULT_MODEL, f"{name} does not exist"))
    try:
        from huggingface_hub import snapshot_download

        cached = snapshot_download(repo_id=name, local_files_only=True, cache_dir=os.environ.get("HF_HUB_CACHE"))
    except Exception as e:  # LocalEntryNotFoundError, HFValidationError, offline errors: all mean "not here"
        raise ModelError(no_model_message(name, f"{name!r} is neither a local folder nor in the local "
                                                f"Hugging Face cache, and models are never downloaded at "
                                                f"load time")) from e
    return Path(cached), name


def _looks_like_path(name: str) -> bool:
    return name.startswith((".", "/", "~")) or name.count("/") != 1


def load_translator(model: Optional[str] = None, backend: str = "auto",
                    settings: Optional[DecodeSettings] = None) -> Translator:
    """Open ``model`` (hub id or folder; default Helsinki-NLP/opus-mt-de-en) with ``backend``.

    "auto" uses the CTranslate2 conversion (FOLDER/ct2-int8/) when it exists, else transformers.
    """
    settings = settings or DecodeSettings()
    problems = settings.problems()
    if backend not in BACKENDS:
        problems.append(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    if problems:
        raise ModelError("invalid decoding settings: " + "; ".join(problems))
    folder, model_id = resolve_model(model)
    missing = models.format_problems(folder)
    if missing:
        raise ModelError(f"{folder} is not a complete Marian model folder: " + "; ".join(missing)
                         + ". Copy the whole model folder, or run `deen models pull` on a connected machine.")
    conversion = models.read_conversion(folder)
    if backend == "ctranslate2" and conversion is None:
        raise ModelError(f"{folder} has no CTranslate2 conversion: run `deen models convert {folder}` first")
    weights_sha = models.sha256_file(models.weights_file(folder))
    if backend == "transformers" or (backend == "auto" and conversion is None):
        from .marian import MarianTranslator

        return MarianTranslator(folder, settings, model_id=model_id, revision=weights_sha)
    if conversion.get("source_weights_sha256") != weights_sha:
        raise ModelError(f"{models.ct2_dir(folder)} was converted from other weights "
                         f"(sha256 {conversion.get('source_weights_sha256')}, now {weights_sha}): "
                         f"run `deen models convert {folder} --force`")
    from .ct2 import CT2Translator

    return CT2Translator(folder, models.ct2_dir(folder), settings, model_id=model_id, revision=weights_sha,
                         quantization=conversion.get("quantization", "int8"))


def model_positions(folder: Path) -> int:
    config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
    return int(config.get("max_position_embeddings", 512))
