"""Find a model, check it, and open it with the right backend.

With no model named, the manifest's hub model (Helsinki-NLP/opus-mt-de-en) is taken from
the Hugging Face cache, or downloaded into it once, and its weights are checked against
the manifest before first use. A folder is verified against the manifest or its own
record (``--no-verify`` skips that, for folders deen cannot verify). The fast backend
is the default: the first use of a model converts it once to CTranslate2 int8.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..errors import ModelError
from .. import models
from .base import DecodeSettings, Translator

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-de-en"  # the default manifest's hub_id
BACKENDS = ("auto", "transformers", "ctranslate2")
QUANTIZATION = "int8"

Notify = Callable[[str], None]


def no_model_message(name: str, reason: str) -> str:
    return (f"no translation model available: {reason}. Use --model DIR to point to a local copy of "
            f"{name} (a folder with config.json, vocab.json, source.spm, target.spm and model.safetensors), "
            f"or run `deen models pull` (it fills the Hugging Face cache, where deen finds the model from any "
            f"folder)")


def default_model() -> str:
    return models.load_manifest()["hub_id"]


def resolve_model(model: Optional[str], progress: bool = True) -> tuple[Path, str, Optional[dict]]:
    """The folder to load, the model id to report, and the manifest it must match (hub models only).

    The manifest's hub id is fetched (cache, else one download); a folder is used as it is;
    another hub id is looked up in the local Hugging Face cache only, since deen has no
    manifest to verify it against.
    """
    manifest = models.load_manifest()
    name = model or manifest["hub_id"]
    path = Path(name).expanduser()
    if path.exists():
        return path, str(path.resolve()), None
    if name == manifest["hub_id"]:
        return models.fetch(manifest, progress=progress), name, manifest
    if _looks_like_path(name):
        raise ModelError(no_model_message(manifest["hub_id"], f"{name} does not exist"))
    try:
        from huggingface_hub import snapshot_download

        cached = snapshot_download(repo_id=name, local_files_only=True, cache_dir=str(models.hub_cache()))
    except Exception as e:  # LocalEntryNotFoundError, HFValidationError, offline errors: all mean "not here"
        raise ModelError(no_model_message(manifest["hub_id"], f"{name!r} is neither a local folder nor in the "
                                          f"local Hugging Face cache, and deen downloads only models it has a "
                                          f"manifest for ({manifest['hub_id']})")) from e
    return Path(cached), name, None


def _looks_like_path(name: str) -> bool:
    return name.startswith((".", "/", "~")) or name.count("/") != 1


@dataclass(frozen=True)
class PreparedModel:
    """A model ready to open: verified, and converted when the backend is CTranslate2."""

    folder: Path
    model_id: str
    weights_sha256: str
    backend: str  # "transformers" or "ctranslate2"
    ct2_folder: Optional[Path] = None
    verified: bool = False


def prepare_model(model: Optional[str] = None, backend: str = "auto", verify: bool = True,
                  progress: bool = True, notify: Optional[Notify] = None) -> PreparedModel:
    """Resolve, verify and (for CTranslate2) convert ``model`` without loading it.

    "auto" and "ctranslate2" convert once when no matching conversion exists; "auto" falls
    back to transformers, saying so, when the conversion fails.
    """
    notify = notify or (lambda message: None)
    if backend not in BACKENDS:
        raise ModelError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    folder, model_id, manifest = resolve_model(model, progress=progress)
    missing = models.format_problems(folder)
    if missing:
        raise ModelError(f"{folder} is not a complete Marian model folder: " + "; ".join(missing)
                         + ". Copy the whole model folder, or run `deen models pull` on a connected machine.")
    if verify:
        result = models.verify(folder, manifest)
        weights_sha, verified = result.weights_sha256, result.verified
    else:
        weights_sha, verified = models.sha256_file(models.weights_file(folder)), False
        notify(f"{folder}: weights not verified (--no-verify)")
    if backend == "transformers":
        return PreparedModel(folder, model_id, weights_sha, "transformers", verified=verified)
    try:
        ct2 = models.ensure_conversion(folder, weights_sha, QUANTIZATION, notify=notify)
    except ModelError as e:
        if backend == "ctranslate2":
            raise
        notify(f"{e}; using the transformers backend instead")
        return PreparedModel(folder, model_id, weights_sha, "transformers", verified=verified)
    return PreparedModel(folder, model_id, weights_sha, "ctranslate2", ct2_folder=ct2, verified=verified)


def load_translator(model: Optional[str] = None, backend: str = "auto",
                    settings: Optional[DecodeSettings] = None, verify: bool = True, progress: bool = True,
                    notify: Optional[Notify] = None) -> Translator:
    """Open ``model`` (hub id or folder; default Helsinki-NLP/opus-mt-de-en) with ``backend``."""
    settings = settings or DecodeSettings()
    problems = settings.problems()
    if backend not in BACKENDS:
        problems.append(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    if problems:
        raise ModelError("invalid decoding settings: " + "; ".join(problems))
    prepared = prepare_model(model, backend, verify=verify, progress=progress, notify=notify)
    return open_prepared(prepared, settings)


def open_prepared(prepared: PreparedModel, settings: DecodeSettings) -> Translator:
    if prepared.backend == "transformers":
        from .marian import MarianTranslator

        return MarianTranslator(prepared.folder, settings, model_id=prepared.model_id,
                                revision=prepared.weights_sha256)
    from .ct2 import CT2Translator

    return CT2Translator(prepared.folder, prepared.ct2_folder, settings, model_id=prepared.model_id,
                         revision=prepared.weights_sha256, quantization=QUANTIZATION)


def model_positions(folder: Path) -> int:
    config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
    return int(config.get("max_position_embeddings", 512))
