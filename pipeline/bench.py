"""``deen bench``: target tokens/s and peak memory of three ways to translate.

  naive         transformers, one sentence at a time (what ``pipeline("translation")`` did;
                transformers 5 removed that pipeline, so its loop is run directly)
  transformers  deen's transformers backend: length-sorted, token-budget batches
  ctranslate2   deen's CTranslate2 backend, int8

All three run the same model (by default the full-size opus-mt-de-en architecture
with random weights), the same beam, and a fixed output length (min = max = L new
tokens), so they do the same work. Each runs in its own subprocess, so each peak
RSS is its own.
"""
from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

from .errors import DeenError, ModelError

CONFIGS = ("naive", "transformers", "ctranslate2")
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WORKDIR = Path.home() / ".cache" / "deen" / "bench"
FULL_SIZE_DIR = "opus-mt-de-en-random"
WARMUP = 2  # sentences translated before timing, in every configuration
SENTENCE_END = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"])")


def bench_sentences(n: int) -> list[str]:
    """``n`` German news sentences: the seed articles' sentences, repeated in order."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    pool = [s.strip() for s in SENTENCE_END.split(" ".join(text.split())) if s.strip()]
    if not pool:
        raise DeenError(f"no seed sentences in {ROOT / 'seeds'}")
    return [pool[i % len(pool)] for i in range(n)]


def prepare_model(workdir: Path, model: Optional[Path] = None) -> Path:
    """The model folder to measure, with its int8 CTranslate2 conversion (built once, then reused)."""
    from . import models

    folder = Path(model) if model else Path(workdir) / FULL_SIZE_DIR
    if not model and not (folder / "model.safetensors").is_file():
        sys.path.insert(0, str(ROOT / "models"))
        from build_tiny import build_full_size_random

        build_full_size_random(folder)
    models.require_format(folder)
    if models.read_conversion(folder) is None:
        models.convert(folder, force=True)
    return folder


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def worker(config: str, folder: str, sentences: int, length: int, beam: int) -> dict:
    """Run one configuration in this process; time only the translation."""
    sources = bench_sentences(sentences)
    if config == "naive":
        return _naive(folder, sources, length, beam)
    from .translate.base import DecodeSettings
    from .translate.loading import load_translator

    settings = DecodeSettings(beam_size=beam, nbest=min(4, beam), max_new_tokens=length,
                              max_length=max(length, 512))
    translator = load_translator(folder, config, settings)
    translator.translate(sources[:WARMUP])  # first calls allocate and initialise: not throughput
    translator.target_tokens = 0
    start = time.perf_counter()
    out = translator.translate(sources)
    seconds = time.perf_counter() - start
    assert len(out) == len(sources)
    return {"config": config, "sentences": len(sources), "target_tokens": translator.target_tokens,
            "seconds": seconds, "peak_memory_mb": _peak_rss_mb(), "signature": translator.signature()}


def _naive(folder: str, sources: list[str], length: int, beam: int) -> dict:
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    tokenizer = MarianTokenizer.from_pretrained(folder, local_files_only=True)
    model = MarianMTModel.from_pretrained(folder, local_files_only=True).eval()
    tokens = 0
    with torch.inference_mode():
        for text in sources[:WARMUP]:
            model.generate(**tokenizer([text], return_tensors="pt"), num_beams=beam,
                           min_new_tokens=length, max_new_tokens=length)
    start = time.perf_counter()
    with torch.inference_mode():
        for text in sources:
            out = model.generate(**tokenizer([text], return_tensors="pt"), num_beams=beam,
                                 min_new_tokens=length, max_new_tokens=length)
            tokenizer.decode(out[0], skip_special_tokens=True)
            tokens += out.shape[1] - 1  # minus the decoder start token
    seconds = time.perf_counter() - start
    return {"config": "naive", "sentences": len(sources), "target_tokens": tokens, "seconds": seconds,
            "peak_memory_mb": _peak_rss_mb(),
            "signature": {"model": folder, "backend": "transformers generate(), one sentence per call"}}


def run_config(config: str, folder: Path, sentences: int, length: int, beam: int) -> dict:
    args = json.dumps({"config": config, "folder": str(folder), "sentences": sentences, "length": length,
                       "beam": beam})
    proc = subprocess.run([sys.executable, "-m", "pipeline.bench", args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise DeenError(f"bench {config} failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_bench(sentences: int = 100, length: int = 32, beam: int = 4, workdir: Path = DEFAULT_WORKDIR,
              model: Optional[Path] = None, naive_sentences: Optional[int] = None,
              configs: tuple[str, ...] = CONFIGS) -> dict:
    """Measure each configuration; ratios are target tokens/s over the naive loop's.

    ``naive_sentences`` caps the naive run (it translates one sentence per call, so its
    rate does not depend on how many it is given); the cap is reported.
    """
    if sentences < 1 or length < 1 or beam < 1:
        raise DeenError("sentences, length and beam must be >= 1")
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        raise DeenError(f"unknown bench configuration(s) {unknown}; choose from {', '.join(CONFIGS)}")
    folder = prepare_model(Path(workdir), model)
    results = {}
    for config in configs:
        n = min(sentences, naive_sentences) if config == "naive" and naive_sentences else sentences
        r = run_config(config, folder, n, length, beam)
        r["target_tokens_per_s"] = r["target_tokens"] / max(r["seconds"], 1e-9)
        results[config] = r
    base = results.get("naive", {}).get("target_tokens_per_s")
    for r in results.values():
        r["ratio_to_naive"] = r["target_tokens_per_s"] / base if base else None
    return {"model": str(folder), "sentences": sentences, "length": length, "beam": beam, "results": results}


def format_table(report: dict) -> str:
    lines = [f"model {report['model']}; {report['sentences']} sentences, {report['length']} target tokens each, "
             f"beam {report['beam']}",
             f"{'config':14s} {'sentences':>9s} {'tokens/s':>10s} {'peak MB':>9s} {'x naive':>8s}"]
    for name, r in report["results"].items():
        ratio = f"{r['ratio_to_naive']:.2f}" if r["ratio_to_naive"] is not None else "-"
        lines.append(f"{name:14s} {r['sentences']:9d} {r['target_tokens_per_s']:10.1f} "
                     f"{r['peak_memory_mb']:9.0f} {ratio:>8s}")
    return "\n".join(lines)


def json_summary(report: dict) -> dict:
    """What ``deen bench --json`` prints: one object per configuration, and the run's parameters."""
    out = {name: {"target_tokens_per_s": r["target_tokens_per_s"], "peak_memory_mb": r["peak_memory_mb"],
                  "ratio_to_naive": r["ratio_to_naive"], "sentences": r["sentences"],
                  "target_tokens": r["target_tokens"], "seconds": r["seconds"]}
           for name, r in report["results"].items()}
    out["settings"] = {"model": report["model"], "sentences": report["sentences"], "length": report["length"],
                       "beam": report["beam"]}
    return out


if __name__ == "__main__":  # the subprocess side of run_config
    params = json.loads(sys.argv[1])
    try:
        print(json.dumps(worker(**params)))
    except ModelError as e:
        print(f"deen bench: {e}", file=sys.stderr)
        sys.exit(2)
