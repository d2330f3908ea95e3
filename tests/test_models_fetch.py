"""The default model's way in: download once into the Hugging Face cache, verify, convert, reuse.

A fake hub on 127.0.0.1 serves the tiny model in the hub's URL layout
(``/{repo}/resolve/{revision}/{file}``, with the ETag, X-Repo-Commit and Content-Length
headers huggingface_hub reads); HF_ENDPOINT points huggingface_hub at it, and a test
manifest describing the tiny model stands in for the real one (whose weights cannot be
served here). Everything else, huggingface_hub included, runs unchanged.
"""
from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import models
from pipeline.cli import app
from pipeline.errors import ModelError
from pipeline.translate.loading import prepare_model

REPO = "deen-test/tiny-marian"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
SEED = Path(__file__).resolve().parents[1] / "seeds"


class FakeHub:
    """Serves files of one repo at one commit; records every request; can corrupt one file."""

    def __init__(self, folder: Path, files: list[str]):
        self.files = {name: (folder / name).read_bytes() for name in files}
        self.requests: list[tuple[str, str]] = []
        self.corrupt: set[str] = set()
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self, body: bool):
                hub.requests.append((self.command, self.path))
                prefix = f"/{REPO}/resolve/"
                name = self.path[len(prefix):].split("/", 1)[-1] if self.path.startswith(prefix) else None
                if name not in hub.files:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                data = bytearray(hub.files[name])
                etag = hashlib.sha256(data).hexdigest()  # the hub's ETag of an LFS file is its sha256
                if name in hub.corrupt:  # a transfer that went wrong: same size, one byte changed
                    data[len(data) // 2] ^= 0xFF
                self.send_response(200)
                self.send_header("ETag", f'"{etag}"')
                self.send_header("X-Repo-Commit", COMMIT)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if body:
                    self.wfile.write(bytes(data))

            def do_HEAD(self):
                self._serve(body=False)

            def do_GET(self):
                self._serve(body=True)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def tiny_manifest(tiny_model: Path) -> dict:
    """A manifest in the real one's shape that describes the tiny model."""
    real = models.load_manifest()
    weights = tiny_model / "model.safetensors"
    return {**real, "name": "tiny-test", "hub_id": REPO, "revision": "main",
            "weights": {"file": "model.safetensors", "size": weights.stat().st_size,
                        "sha256": models.sha256_file(weights)},
            "config": json.loads((tiny_model / "config.json").read_text())}


@pytest.fixture
def hub(tiny_model, tmp_path, monkeypatch):
    """The fake hub, an empty cache and deen pointed at the test manifest; yields the FakeHub."""
    manifest = tiny_manifest(tiny_model)
    manifest_dir = tmp_path / "manifests"
    manifest_dir.mkdir()
    (manifest_dir / f"{models.DEFAULT_MANIFEST}.json").write_text(json.dumps(manifest))
    monkeypatch.setattr(models, "MANIFEST_DIR", manifest_dir)
    server = FakeHub(tiny_model, manifest["files"])
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    server.manifest = manifest
    yield server
    server.close()


def test_default_model_downloads_once_verifies_converts_and_is_reused(hub, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # nothing relative to the working folder
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Die Regierung hat am Mittwoch neue Regeln beschlossen.\n")
    first = CliRunner().invoke(app, ["translate", "in", "--out", "out", "-q", "--no-correct"])
    assert first.exit_code == 0, first.output
    downloads = [path for method, path in hub.requests if method == "GET"]
    assert sorted(p.rsplit("/", 1)[-1] for p in downloads) == sorted(hub.manifest["files"])
    snapshot = tmp_path / "hf" / "hub" / "models--deen-test--tiny-marian" / "snapshots" / COMMIT
    assert models.sha256_file(snapshot / "model.safetensors") == hub.manifest["weights"]["sha256"]
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["translator"]["model"] == REPO and run["translator"]["backend"] == "ctranslate2"
    # The conversion goes to deen's cache, not into the Hugging Face cache.
    assert not (snapshot / "ct2-int8").exists()
    assert list((tmp_path / "xdg" / "deen" / "ct2").glob("*-int8/model.bin"))

    hub.requests.clear()
    other = tmp_path / "elsewhere"
    other.mkdir()
    monkeypatch.chdir(other)
    prepared = prepare_model(None, "auto")
    assert hub.requests == []  # from the cache: no request at all
    assert prepared.folder == snapshot and prepared.backend == "ctranslate2" and prepared.verified


def test_a_corrupted_download_is_refused_removed_and_fetched_again(hub):
    hub.corrupt.add("model.safetensors")
    with pytest.raises(ModelError) as err:
        prepare_model(None, "transformers")
    message = str(err.value)
    assert "model.safetensors" in message and "sha256" in message and "removed" in message
    assert models.cached(hub.manifest) is None  # the bad file is not kept
    hub.corrupt.clear()
    prepared = prepare_model(None, "transformers")
    assert prepared.verified and prepared.weights_sha256 == hub.manifest["weights"]["sha256"]


def test_offline_without_the_model_says_exactly_what_to_run(hub, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    result = CliRunner().invoke(app, ["translate", str(SEED), "--out", "/tmp/unused-out", "-q"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "HF_HUB_OFFLINE is set" in result.output and "`deen models pull`" in result.output
    assert "--model DIR" in result.output and hub.requests == []


def test_pull_fills_the_cache_that_translate_uses_even_offline(hub, monkeypatch):
    pulled = CliRunner().invoke(app, ["models", "pull"])
    assert pulled.exit_code == 0, pulled.output
    assert "weights match the manifest" in pulled.output and "Hugging Face cache" in pulled.output
    hub.requests.clear()
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert prepare_model(None, "transformers").verified and hub.requests == []


def test_pull_to_a_folder_for_an_offline_machine(hub, tmp_path):
    dest = tmp_path / "copy"
    result = CliRunner().invoke(app, ["models", "pull", "--dest", str(dest)])
    assert result.exit_code == 0, result.output
    assert models.sha256_file(dest / "model.safetensors") == hub.manifest["weights"]["sha256"]
    assert prepare_model(str(dest), "transformers").verified  # the manifest's weights: verifiable anywhere
