"""Model folders: the manifest of the default model, and pull, verify and convert.

A model folder holds the files of a Hugging Face Marian model (the real format of
Helsinki-NLP/opus-mt-de-en). ``deen-manifest.json`` in a folder records the sha256 of
each file when deen wrote or verified it, so later corruption is detected; the
manifest in ``models/manifests/`` identifies the real weights.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse

from .errors import ModelError

MANIFEST_DIR = Path(__file__).resolve().parents[1] / "models" / "manifests"
DEFAULT_MANIFEST = "opus-mt-de-en"
FOLDER_RECORD = "deen-manifest.json"
CT2_SUBDIR = "ct2-{quantization}"

REQUIRED_FILES = ("config.json", "vocab.json", "source.spm", "target.spm")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")  # either one
# Config keys whose values define the architecture: a folder claiming the manifest's
# model must match them, and a test model is told apart by them.
ARCH_KEYS = ("model_type", "vocab_size", "d_model", "encoder_layers", "decoder_layers",
             "encoder_attention_heads", "encoder_ffn_dim", "max_position_embeddings", "pad_token_id")
HUB_TIMEOUT_S = 5.0


def load_manifest(name: str = DEFAULT_MANIFEST) -> dict:
    path = MANIFEST_DIR / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ModelError(f"cannot read model manifest {path}: {e}") from e


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def weights_file(folder: Path) -> Optional[Path]:
    for name in WEIGHT_FILES:
        if (folder / name).is_file():
            return folder / name
    return None


def format_problems(folder: Path) -> list[str]:
    """Every way ``folder`` is not a Marian model folder in the real format (empty list: fine)."""
    folder = Path(folder)
    if not folder.is_dir():
        return [f"{folder} is not a folder"]
    problems = [f"missing {name}" for name in REQUIRED_FILES if not (folder / name).is_file()]
    if weights_file(folder) is None:
        problems.append(f"missing weights ({' or '.join(WEIGHT_FILES)})")
    if (folder / "config.json").is_file():
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as e:
            problems.append(f"config.json unreadable: {type(e).__name__}: {e}")
        else:
            if not isinstance(config, dict):
                problems.append(f"config.json is a JSON {type(config).__name__}, not an object")
            elif config.get("model_type") != "marian":
                problems.append(f"config.json model_type is {config.get('model_type')!r}, expected 'marian'")
    return problems


def require_format(folder: Path) -> None:
    problems = format_problems(folder)
    if problems:
        raise ModelError(f"{folder} is not a usable Marian model folder: " + "; ".join(problems))


def folder_files(folder: Path) -> list[Path]:
    """The model's own files (top level; the ct2 conversion and the record are not part of it)."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.name != FOLDER_RECORD)


def write_folder_record(folder, origin: str, extra: Optional[dict] = None) -> Path:
    folder = Path(folder)
    record = {"origin": origin,
              "files": {p.name: {"size": p.stat().st_size, "sha256": sha256_file(p)} for p in folder_files(folder)}}
    record.update(extra or {})
    path = folder / FOLDER_RECORD
    path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return path


def read_folder_record(folder: Path) -> Optional[dict]:
    path = Path(folder) / FOLDER_RECORD
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ModelError(f"{path} is unreadable: {e}") from e


@dataclass
class Verification:
    folder: str
    weights_sha256: str = ""
    matches_manifest: bool = False
    checked_files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"{self.folder}: format ok ({len(self.checked_files)} files checked)",
                f"weights sha256 {self.weights_sha256}", *self.notes]


def verify(folder, manifest: Optional[dict] = None) -> Verification:
    """Check format, the folder's own checksums, and the weights against the manifest.

    Raises ModelError listing every problem: missing files, a file changed since deen
    recorded it, or weights of the manifest's size with another sha256 (a corrupt
    download). Weights that are simply another model's (a test model) are reported
    as "not the manifest's weights", not an error.
    """
    folder = Path(folder)
    manifest = manifest or load_manifest()
    require_format(folder)
    problems: list[str] = []
    result = Verification(folder=str(folder))
    record = read_folder_record(folder)
    sums: dict[str, str] = {}
    if record:
        for name, meta in record.get("files", {}).items():
            path = folder / name
            if not path.is_file():
                problems.append(f"{name} is missing (recorded in {FOLDER_RECORD})")
                continue
            sums[name] = sha256_file(path)
            result.checked_files.append(name)
            if sums[name] != meta["sha256"]:
                problems.append(f"{name}: sha256 {sums[name]} differs from the recorded {meta['sha256']} "
                                f"(file changed or corrupted)")
    weights = weights_file(folder)
    result.weights_sha256 = sums.get(weights.name) or sha256_file(weights)
    if weights.name not in result.checked_files:
        result.checked_files.append(weights.name)
    expected = manifest["weights"]
    if result.weights_sha256 == expected["sha256"]:
        result.matches_manifest = True
        result.notes.append(f"weights match the manifest of {manifest['hub_id']}")
        problems += _config_mismatches(folder, manifest)
    elif weights.stat().st_size == expected["size"]:
        problems.append(f"{weights.name}: has the size of {manifest['hub_id']}'s weights ({expected['size']} bytes) "
                        f"but sha256 {result.weights_sha256}, expected {expected['sha256']} (corrupted download: "
                        f"pull it again)")
    else:
        result.notes.append(f"not the manifest's weights: {weights.name} is not {manifest['hub_id']} "
                            f"(sha256 {expected['sha256'][:12]}…); format verified only")
    if problems:
        raise ModelError(f"{folder} failed verification: " + "; ".join(problems))
    return result


def _config_mismatches(folder: Path, manifest: dict) -> list[str]:
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    return [f"config.json {key} is {config.get(key)!r}, the manifest says {manifest['config'][key]!r}"
            for key in ARCH_KEYS if config.get(key) != manifest["config"].get(key)]


def hub_endpoint() -> str:
    from huggingface_hub import constants

    return os.environ.get("HF_ENDPOINT") or constants.ENDPOINT


def _check_hub_reachable(endpoint: str) -> None:
    """Fail in seconds, with one clear message, where no hub is reachable (offline machines)."""
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}:
        raise ModelError("cannot pull: HF_HUB_OFFLINE is set. Run `deen models pull` on a connected machine, "
                         "copy the folder here and use --model DIR.")
    url = urlparse(endpoint)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        socket.create_connection((url.hostname, port), timeout=HUB_TIMEOUT_S).close()
    except OSError as e:
        raise ModelError(f"cannot reach the model hub at {endpoint} ({e}). `deen models pull` needs a connected "
                         f"machine: pull there, copy the folder here and use --model DIR.") from e


def pull(dest, name: str = DEFAULT_MANIFEST, revision: Optional[str] = None) -> Verification:
    """Download the manifest's files with huggingface_hub, then verify them."""
    manifest = load_manifest(name)
    _check_hub_reachable(hub_endpoint())
    from huggingface_hub import snapshot_download

    dest = Path(dest)
    try:
        snapshot_download(repo_id=manifest["hub_id"], revision=revision or manifest["revision"],
                          local_dir=str(dest), allow_patterns=manifest["files"], etag_timeout=HUB_TIMEOUT_S)
    except Exception as e:  # huggingface_hub raises many network/HTTP types; all mean the same here
        raise ModelError(f"download of {manifest['hub_id']} failed: {type(e).__name__}: {e}") from e
    result = verify(dest, manifest)
    if not result.matches_manifest:
        raise ModelError(f"downloaded weights in {dest} do not match the manifest (sha256 {result.weights_sha256})")
    write_folder_record(dest, origin=f"{manifest['hub_id']}@{revision or manifest['revision']}")
    return result


def ct2_dir(folder, quantization: str = "int8") -> Path:
    return Path(folder) / CT2_SUBDIR.format(quantization=quantization)


def convert(folder, quantization: str = "int8", force: bool = False) -> Path:
    """Convert a Marian folder to CTranslate2 beside it (FOLDER/ct2-int8/), recording the source sha256."""
    folder = Path(folder)
    require_format(folder)
    out = ct2_dir(folder, quantization)
    if out.exists() and not force:
        raise ModelError(f"{out} already exists; use --force to convert again")
    try:
        import ctranslate2
        from ctranslate2.converters import TransformersConverter
    except ImportError as e:
        raise ModelError(f"ctranslate2 is not installed: {e}") from e
    source_sha = sha256_file(weights_file(folder))
    try:
        TransformersConverter(str(folder), low_cpu_mem_usage=True).convert(
            str(out), quantization=quantization, force=True)
    except Exception as e:  # the converter raises plain exceptions for unsupported models
        raise ModelError(f"conversion of {folder} to CTranslate2 failed: {type(e).__name__}: {e}") from e
    record = {"source": str(folder.resolve()), "source_weights_sha256": source_sha, "quantization": quantization,
              "ctranslate2": ctranslate2.__version__}
    (out / FOLDER_RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return out


def read_conversion(folder, quantization: str = "int8") -> Optional[dict]:
    """The record of FOLDER's CTranslate2 conversion, or None if it was never converted."""
    out = ct2_dir(folder, quantization)
    if not (out / "model.bin").is_file():
        return None
    record = read_folder_record(out)
    if record is None:
        raise ModelError(f"{out} has no {FOLDER_RECORD}: convert again with `deen models convert {folder} --force`")
    return record
