"""Model folders: the manifest of the default model; fetch, pull, verify and convert.

A model folder holds the files of a Hugging Face Marian model (the real format of
Helsinki-NLP/opus-mt-de-en). The manifest in ``models/manifests/`` identifies the real
weights (size, sha256) and the hub revision; ``fetch`` downloads them once into the
Hugging Face cache with huggingface_hub and checks them before first use.
``deen-manifest.json`` in a folder records the sha256 of each file when deen wrote it,
so a folder that is not the manifest's model can still be verified (and later
corruption detected). CTranslate2 conversions are made once and reused.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional
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
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as e:
        raise ModelError(f"cannot read model manifest {path}: {e}") from e
    problems = manifest_problems(manifest)
    if problems:
        raise ModelError(f"model manifest {path} is invalid: " + "; ".join(problems))
    return manifest


def manifest_problems(manifest) -> list[str]:
    """Every missing or mistyped entry of a manifest (empty list: usable)."""
    if not isinstance(manifest, dict):
        return [f"expected a JSON object, got {type(manifest).__name__}"]
    problems = [f"{key!r} must be a non-empty string" for key in ("hub_id", "revision")
                if not isinstance(manifest.get(key), str) or not manifest.get(key)]
    files = manifest.get("files")
    if not isinstance(files, list) or not files or not all(isinstance(f, str) and f for f in files):
        problems.append("'files' must be a list of file names")
    weights = manifest.get("weights")
    if not isinstance(weights, dict):
        return problems + ["'weights' must be an object with file, size and sha256"]
    if not isinstance(weights.get("file"), str) or not weights.get("file"):
        problems.append("'weights.file' must be a file name")
    size = weights.get("size")
    if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
        problems.append(f"'weights.size' must be a positive integer, got {size!r}")
    sha = weights.get("sha256")
    if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha):
        problems.append(f"'weights.sha256' must be 64 lowercase hex digits, got {sha!r}")
    if not isinstance(manifest.get("config", {}), dict):
        problems.append("'config' must be an object")
    return problems


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
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as e:
        raise ModelError(f"{path} is unreadable: {e}") from e
    files = record.get("files", {}) if isinstance(record, dict) else None
    if not isinstance(files, dict):
        raise ModelError(f"{path} is invalid: expected an object with \"files\"")
    bad = [name for name, meta in files.items()
           if not isinstance(meta, dict) or not isinstance(meta.get("sha256"), str)]
    if bad:
        raise ModelError(f"{path} is invalid: no sha256 for {', '.join(sorted(bad))}")
    return record


@dataclass
class Verification:
    folder: str
    weights_sha256: str = ""
    matches_manifest: bool = False
    verified: bool = False  # weights checked against the manifest or the folder's record
    checked_files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"{self.folder}: format ok ({len(self.checked_files)} files checked)",
                f"weights sha256 {self.weights_sha256}", *self.notes]


def verify(folder, manifest: Optional[dict] = None, format_only: bool = False) -> Verification:
    """Check format, the folder's own checksums, and the weights against the manifest.

    Raises ModelError listing every problem: missing files, a file changed since deen
    recorded it, or weights of the manifest's size with another sha256 (a corrupt
    download). Weights that are neither the manifest's nor recorded in the folder's
    ``deen-manifest.json`` cannot be verified: that is an error too, unless
    ``format_only`` (then the result says the weights were not verified).
    """
    folder = Path(folder)
    manifest = manifest or load_manifest()
    require_format(folder)
    problems: list[str] = []
    result = Verification(folder=str(folder))
    record = read_folder_record(folder)
    sums: dict[str, str] = {}
    if record:
        for name, meta in record["files"].items():
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
    recorded = bool(record) and weights.name in record["files"]
    if result.weights_sha256 == expected["sha256"]:
        result.matches_manifest = result.verified = True
        result.notes.append(f"weights match the manifest of {manifest['hub_id']}")
        problems += _config_mismatches(folder, manifest)
    elif weights.stat().st_size == expected["size"]:
        problems.append(f"{weights.name}: has the size of {manifest['hub_id']}'s weights ({expected['size']} bytes) "
                        f"but sha256 {result.weights_sha256}, expected {expected['sha256']} (corrupted download: "
                        f"pull it again)")
    elif recorded:
        result.verified = not problems
        result.notes.append(f"not {manifest['hub_id']}'s weights; every file matches the folder's own record "
                            f"({FOLDER_RECORD}, origin: {record.get('origin', 'not stated')})")
    elif format_only:
        result.notes.append(f"weights NOT verified: {weights.name} is not {manifest['hub_id']}'s and the folder "
                            f"has no {FOLDER_RECORD} record; format checked only")
    else:
        problems.append(unverifiable_message(folder, weights.name, manifest))
    if problems:
        raise ModelError(f"{folder} failed verification: " + "; ".join(problems))
    return result


def unverifiable_message(folder: Path, weights_name: str, manifest: dict) -> str:
    return (f"could not verify {weights_name}: it is not {manifest['hub_id']}'s (sha256 "
            f"{manifest['weights']['sha256'][:12]}…) and {folder} has no {FOLDER_RECORD} record to check it "
            f"against. For your own (e.g. fine-tuned) model: `deen models record {folder}` once, or "
            f"--no-verify; `deen models verify --format-only` checks the format alone")


def _config_mismatches(folder: Path, manifest: dict) -> list[str]:
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    expected = manifest.get("config") or {}
    return [f"config.json {key} is {config.get(key)!r}, the manifest says {expected[key]!r}"
            for key in ARCH_KEYS if key in expected and config.get(key) != expected[key]]


# -- the Hugging Face cache and the hub ------------------------------------------------------
# huggingface_hub reads these variables once, at import; deen reads them at each call, so a
# changed environment (and the tests' fake hub) is honoured.

def _env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def hub_offline() -> bool:
    return _env_true("HF_HUB_OFFLINE")


def _xdg_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def hub_cache() -> Path:
    """Where huggingface_hub keeps downloads: HF_HUB_CACHE, else HF_HOME/hub, else ~/.cache/huggingface/hub."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    home = Path(os.environ["HF_HOME"]).expanduser() if os.environ.get("HF_HOME") else _xdg_cache() / "huggingface"
    return home / "hub"


def deen_cache() -> Path:
    """deen's own cache (CTranslate2 conversions of folders deen may not write into): XDG_CACHE_HOME/deen."""
    return _xdg_cache() / "deen"


def hub_endpoint() -> str:
    from huggingface_hub import constants

    return (os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")


def offline_message(manifest: dict, reason: str) -> str:
    hub_id = manifest["hub_id"]
    repo_dir = hub_cache() / f"models--{hub_id.replace('/', '--')}"
    return (f"the model {hub_id} is not in the Hugging Face cache ({hub_cache()}) and cannot be downloaded: "
            f"{reason}. On a machine with internet access run `deen models pull` (it fills the same cache), "
            f"then either copy {repo_dir} to the same place here, or run "
            f"`deen models pull --dest DIR` there, copy DIR here and pass `--model DIR`")


def _check_hub_reachable(manifest: dict, endpoint: str) -> None:
    """Fail in seconds, with one clear message, where no hub is reachable (offline machines)."""
    if hub_offline():
        raise ModelError(offline_message(manifest, "HF_HUB_OFFLINE is set (if this machine is connected after all: "
                                                   "`HF_HUB_OFFLINE=0 deen models pull`)"))
    url = urlparse(endpoint)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        socket.create_connection((url.hostname, port), timeout=HUB_TIMEOUT_S).close()
    except OSError as e:
        raise ModelError(offline_message(manifest, f"the hub at {endpoint} is unreachable ({e})")) from e


def _hub_files(manifest: dict, revision: str, local_dir: Optional[Path], local_only: bool,
               progress: bool) -> dict[str, Path]:
    """Each manifest file's path, from the cache (``local_only``) or downloaded into it."""
    from huggingface_hub import hf_hub_download
    from huggingface_hub.utils import are_progress_bars_disabled, disable_progress_bars, enable_progress_bars

    silenced = not progress and not are_progress_bars_disabled()
    if silenced:
        disable_progress_bars()
    try:
        return {name: Path(hf_hub_download(
                    repo_id=manifest["hub_id"], filename=name, revision=revision, cache_dir=str(hub_cache()),
                    local_dir=str(local_dir) if local_dir else None, local_files_only=local_only,
                    endpoint=None if local_only else hub_endpoint(), etag_timeout=HUB_TIMEOUT_S))
                for name in manifest["files"]}
    finally:
        if silenced:
            enable_progress_bars()


def cached(manifest: Optional[dict] = None, local_dir=None) -> Optional[Path]:
    """The folder holding every file of the manifest's model at its revision, if all are on disk (no network)."""
    manifest = manifest or load_manifest()
    if local_dir is not None and not Path(local_dir).is_dir():
        return None  # (looking would create it)
    try:
        paths = _hub_files(manifest, manifest["revision"], Path(local_dir) if local_dir else None,
                           local_only=True, progress=False)
    except Exception:  # LocalEntryNotFoundError and friends: not (completely) cached
        return None
    return next(iter(paths.values())).parent


def check_download(folder: Path, manifest: dict) -> str:
    """Size, then sha256 of the weights against the manifest; a mismatch removes the file and raises.

    Returns the weights' sha256. The removed file (and its cache blob) is downloaded again
    on the next attempt instead of failing the same way for ever.
    """
    expected = manifest["weights"]
    path = Path(folder) / expected["file"]
    size = path.stat().st_size
    found = sha256_file(path) if size == expected["size"] else None
    if found == expected["sha256"]:
        return found
    what = (f"size {size} bytes, expected {expected['size']}" if found is None
            else f"sha256 {found}, expected {expected['sha256']}")
    target = path.resolve()
    for p in {path, target}:
        try:
            p.unlink()
        except OSError:
            pass
    raise ModelError(f"{expected['file']} of {manifest['hub_id']}@{manifest['revision']} failed verification "
                     f"({path}): {what}. The file was removed; run the command again to download it again "
                     f"(if it fails again, the hub's file is not the one the manifest describes)")


def fetch(manifest: Optional[dict] = None, local_dir=None, progress: bool = True) -> Path:
    """The manifest's model as a verified folder: from the Hugging Face cache, else downloaded once into it.

    ``local_dir``: a plain folder instead of the cache (for copying to an offline machine).
    Honours HF_HOME, HF_HUB_CACHE, HF_HUB_OFFLINE and HF_ENDPOINT. Once every file is on
    disk, no request is made; the weights are checked (size, sha256) after each download.
    """
    manifest = manifest or load_manifest()
    local_dir = Path(local_dir) if local_dir else None
    folder = cached(manifest, local_dir)
    if folder is None:
        endpoint = hub_endpoint()
        _check_hub_reachable(manifest, endpoint)
        try:
            paths = _hub_files(manifest, manifest["revision"], local_dir, local_only=False, progress=progress)
        except Exception as e:  # huggingface_hub raises many network/HTTP types; all mean the same here
            raise ModelError(f"download of {manifest['hub_id']}@{manifest['revision']} from {endpoint} failed: "
                             f"{type(e).__name__}: {e}") from e
        folder = next(iter(paths.values())).parent
    check_download(folder, manifest)
    return folder


def pull(dest=None, name: str = DEFAULT_MANIFEST, manifest: Optional[dict] = None,
         progress: bool = True) -> Verification:
    """Download the manifest's model into the Hugging Face cache (or ``dest``), then verify it."""
    manifest = manifest or load_manifest(name)
    folder = fetch(manifest, local_dir=dest, progress=progress)
    result = verify(folder, manifest)
    if not result.matches_manifest:
        raise ModelError(f"downloaded weights in {folder} do not match the manifest (sha256 {result.weights_sha256})")
    result.notes.append(f"{manifest['hub_id']}@{manifest['revision']} is in {folder}"
                        + ("" if dest else " (the Hugging Face cache: `deen translate` finds it from any folder)"))
    return result


# -- CTranslate2 conversions ------------------------------------------------------------------

def ct2_dir(folder, quantization: str = "int8") -> Path:
    return Path(folder) / CT2_SUBDIR.format(quantization=quantization)


def cache_ct2_dir(weights_sha256: str, quantization: str = "int8") -> Path:
    """Where a conversion goes when the model's folder is not deen's to write (hub cache, read-only)."""
    return deen_cache() / "ct2" / f"{weights_sha256[:24]}-{quantization}"


def _convert_into(folder: Path, out: Path, quantization: str, weights_sha256: str) -> Path:
    """Convert into a temporary sibling of ``out``, then rename it into place (no half-written conversion)."""
    import tempfile

    try:
        import ctranslate2
        from ctranslate2.converters import TransformersConverter
    except ImportError as e:
        raise ModelError(f"ctranslate2 is not installed: {e}") from e
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        try:
            TransformersConverter(str(folder), low_cpu_mem_usage=True).convert(
                str(work / "model"), quantization=quantization, force=True)
        except Exception as e:  # the converter raises plain exceptions for unsupported models
            raise ModelError(f"conversion of {folder} to CTranslate2 failed: {type(e).__name__}: {e}") from e
        record = {"source": str(Path(folder).resolve()), "source_weights_sha256": weights_sha256,
                  "quantization": quantization, "ctranslate2": ctranslate2.__version__}
        (work / "model" / FOLDER_RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        if out.exists():  # a stale or forced-over conversion: move it aside, then drop it
            old = work / "old"
            out.rename(old)
        (work / "model").rename(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def convert(folder, quantization: str = "int8", force: bool = False) -> Path:
    """Convert a Marian folder to CTranslate2 beside it (FOLDER/ct2-int8/), recording the source sha256."""
    folder = Path(folder)
    require_format(folder)
    out = ct2_dir(folder, quantization)
    if out.exists() and not force:
        raise ModelError(f"{out} already exists; use --force to convert again")
    return _convert_into(folder, out, quantization, sha256_file(weights_file(folder)))


def _conversion_record(out: Path) -> Optional[dict]:
    if not (out / "model.bin").is_file():
        return None
    try:
        return read_folder_record(out) or None
    except ModelError:
        return None


def read_conversion(folder, quantization: str = "int8") -> Optional[dict]:
    """The record of FOLDER's CTranslate2 conversion, or None if it was never converted."""
    out = ct2_dir(folder, quantization)
    if not (out / "model.bin").is_file():
        return None
    record = read_folder_record(out)
    if record is None:
        raise ModelError(f"{out} has no {FOLDER_RECORD}: convert again with `deen models convert {folder} --force`")
    return record


def _inside(path: Path, parent: Path) -> bool:
    try:
        path.resolve().relative_to(parent.resolve())
        return True
    except ValueError:
        return False


def ensure_conversion(folder, weights_sha256: str, quantization: str = "int8",
                      notify: Optional[Callable[[str], None]] = None) -> Path:
    """A CTranslate2 conversion of ``folder``'s weights: reused when one matches, else made once.

    Looked for beside the folder (FOLDER/ct2-int8/) and in deen's cache; made beside the
    folder when deen may write there, else in deen's cache (the Hugging Face cache and
    read-only folders are left as they are). A conversion of other weights is replaced.
    """
    folder = Path(folder)
    candidates = [ct2_dir(folder, quantization), cache_ct2_dir(weights_sha256, quantization)]
    for out in candidates:
        record = _conversion_record(out)
        if record and record.get("source_weights_sha256") == weights_sha256 \
                and record.get("quantization", quantization) == quantization:
            return out
    notify = notify or (lambda message: None)
    targets = candidates[1:] if _inside(folder, hub_cache()) else candidates
    started = time.perf_counter()
    for out in targets:
        notify(f"converting {folder} to CTranslate2 {quantization} once, into {out} …")
        try:
            _convert_into(folder, out, quantization, weights_sha256)
        except PermissionError as e:
            notify(f"cannot write {out.parent} ({e.strerror}); using deen's cache instead")
            continue
        except OSError as e:
            if e.errno in (errno.EROFS, errno.EACCES) and out != targets[-1]:
                notify(f"cannot write {out.parent} ({e.strerror}); using deen's cache instead")
                continue
            raise
        notify(f"converted in {time.perf_counter() - started:.1f}s; later runs reuse it")
        return out
    raise ModelError(f"cannot write a CTranslate2 conversion of {folder} beside it or into {deen_cache()}")
