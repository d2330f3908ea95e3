"""``deen bench``: target tokens/s and peak memory of four ways to translate.

  naive         transformers, one sentence at a time (what ``pipeline("translation")`` did;
                transformers 5 removed that pipeline, so its loop is run directly): the floor
  transformers  deen's transformers backend: length-sorted, token-budget batches
  ctranslate2   deen's CTranslate2 backend, int8
  ct2-raw       plain ``ctranslate2.Translator.translate_batch`` on the same int8 model,
                SentencePiece in and out, token-based batching: the ceiling deen's
                CTranslate2 backend is measured against

All four run the same model (by default the full-size opus-mt-de-en architecture
with random weights), the same beam, n-best and threads, and a fixed output
length (min = max = L new tokens), so they do the same work. The model is built
and converted in a subprocess of its own first; each measurement then runs in a
fresh subprocess that reports the peak of its own address space (``VmHWM``),
not ``ru_maxrss``, which a child inherits from the process that forked it.
Configurations are interleaved over the repeats, and the median is reported with
the spread.
"""
from __future__ import annotations

import json
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

from .errors import DeenError

CONFIGS = ("naive", "transformers", "ctranslate2", "ct2-raw")
CEILING, DEEN_FAST = "ct2-raw", "ctranslate2"
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


def peak_memory_mb() -> float:
    """Peak resident memory of this process's own address space, in MB.

    ``VmHWM`` starts afresh at ``exec``; ``ru_maxrss`` does not (Linux carries the
    parent's high-water mark across fork and exec), so it is only the fallback
    where /proc is missing.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _decode_settings(length: int, beam: int):
    from .translate.base import DecodeSettings

    return DecodeSettings(beam_size=beam, nbest=min(4, beam), max_new_tokens=length, max_length=max(length, 512))


def worker(config: str, folder: str, sentences: int, length: int, beam: int) -> dict:
    """Run one configuration in this process; time only the translation."""
    sources = bench_sentences(sentences)
    if config == "naive":
        return _naive(folder, sources, length, beam)
    if config == CEILING:
        return _ct2_raw(folder, sources, length, beam)
    from .translate.loading import load_translator

    settings = _decode_settings(length, beam)
    # The bench measures speed on its own random-weights model (or the one given): nothing to verify against.
    translator = load_translator(folder, config, settings, verify=False, progress=False)
    translator.translate(sources[:WARMUP])  # first calls allocate and initialise: not throughput
    translator.target_tokens = 0
    start = time.perf_counter()
    out = translator.translate(sources)
    seconds = time.perf_counter() - start
    assert len(out) == len(sources)
    return {"config": config, "sentences": len(sources), "target_tokens": translator.target_tokens,
            "seconds": seconds, "peak_memory_mb": peak_memory_mb(), "signature": translator.signature()}


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
            "peak_memory_mb": peak_memory_mb(),
            "signature": {"model": folder, "backend": "transformers generate(), one sentence per call"}}


def _ct2_raw(folder: str, sources: list[str], length: int, beam: int) -> dict:
    """CTranslate2 as its documentation uses it for opus-mt: SentencePiece, one translate_batch call."""
    import ctranslate2
    import sentencepiece as spm

    from . import models
    from .translate.marian import available_cores

    settings = _decode_settings(length, beam)
    if models.read_conversion(Path(folder)) is None:
        raise DeenError(f"{folder} has no CTranslate2 conversion: run `deen models convert {folder}`")
    conversion = models.ct2_dir(Path(folder))
    threads = settings.threads or available_cores()
    translator = ctranslate2.Translator(str(conversion), device="cpu", compute_type="int8",
                                        inter_threads=1, intra_threads=threads)
    source_sp = spm.SentencePieceProcessor(model_file=str(Path(folder) / "source.spm"))
    target_sp = spm.SentencePieceProcessor(model_file=str(Path(folder) / "target.spm"))
    options = dict(beam_size=beam, num_hypotheses=settings.nbest, return_scores=True,
                   max_batch_size=settings.batch_tokens, batch_type="tokens",
                   max_decoding_length=length, min_decoding_length=length)

    def run(texts: list[str]) -> int:
        tokens = [source_sp.encode(t, out_type=str) + ["</s>"] for t in texts]
        results = translator.translate_batch(tokens, **options)
        for r in results:
            target_sp.decode_pieces([p for p in r.hypotheses[0] if p != "</s>"])
        return sum(len(r.hypotheses[0]) for r in results)

    run(sources[:WARMUP])
    start = time.perf_counter()
    tokens = run(sources)
    seconds = time.perf_counter() - start
    return {"config": CEILING, "sentences": len(sources), "target_tokens": tokens, "seconds": seconds,
            "peak_memory_mb": peak_memory_mb(),
            "signature": {"model": folder, "backend": f"ctranslate2 {ctranslate2.__version__} translate_batch, "
                          f"int8, 1x{threads} threads, batch_type=tokens, max_batch_size={settings.batch_tokens}"}}


def _child(payload: dict) -> dict:
    proc = subprocess.run([sys.executable, "-m", "pipeline.bench", json.dumps(payload)], capture_output=True,
                          text=True, cwd=str(ROOT))
    if proc.returncode != 0:
        raise DeenError(f"bench {payload.get('config', 'prepare')} failed (exit {proc.returncode}): "
                        f"{proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_config(config: str, folder: Path, sentences: int, length: int, beam: int) -> dict:
    """One measurement, in a fresh subprocess (its peak memory is its own)."""
    return _child({"config": config, "folder": str(folder), "sentences": sentences, "length": length,
                   "beam": beam})


def prepare_in_child(workdir: Path, model: Optional[Path]) -> Path:
    """Build and convert the model in a subprocess of its own, before any measured child starts."""
    out = _child({"prepare": True, "workdir": str(workdir), "model": str(model) if model else None})
    return Path(out["folder"])


def _summary(runs: list[dict]) -> dict:
    rates = [r["target_tokens"] / max(r["seconds"], 1e-9) for r in runs]
    peaks = [r["peak_memory_mb"] for r in runs]
    median = statistics.median(rates)
    return {"config": runs[0]["config"], "sentences": runs[0]["sentences"],
            "target_tokens": runs[0]["target_tokens"], "seconds": statistics.median(r["seconds"] for r in runs),
            "target_tokens_per_s": median, "rates": rates,
            "spread": (max(rates) - min(rates)) / median if median else None,
            "peak_memory_mb": statistics.median(peaks), "peaks_mb": peaks,
            "signature": runs[0].get("signature", {})}


def run_bench(sentences: int = 100, length: int = 32, beam: int = 4, workdir: Path = DEFAULT_WORKDIR,
              model: Optional[Path] = None, naive_sentences: Optional[int] = None,
              configs: tuple[str, ...] = CONFIGS, repeats: int = 3) -> dict:
    """Measure each configuration ``repeats`` times, interleaved; report medians and spreads.

    Ratios are target tokens/s over the naive loop's (the floor) and, for deen's
    CTranslate2 backend, over plain CTranslate2's (the ceiling). ``naive_sentences``
    caps the naive run (it translates one sentence per call, so its rate does not
    depend on how many it is given); the cap is reported.
    """
    if sentences < 1 or length < 1 or beam < 1 or repeats < 1:
        raise DeenError("sentences, length, beam and repeats must be >= 1")
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        raise DeenError(f"unknown bench configuration(s) {unknown}; choose from {', '.join(CONFIGS)}")
    folder = prepare_in_child(Path(workdir), model)
    runs: dict[str, list[dict]] = {c: [] for c in configs}
    for _ in range(repeats):
        for config in configs:
            n = min(sentences, naive_sentences) if config == "naive" and naive_sentences else sentences
            runs[config].append(run_config(config, folder, n, length, beam))
    results = {c: _summary(rs) for c, rs in runs.items()}
    base = results.get("naive", {}).get("target_tokens_per_s")
    ceiling = results.get(CEILING, {}).get("target_tokens_per_s")
    for name, r in results.items():
        r["ratio_to_naive"] = r["target_tokens_per_s"] / base if base else None
        r["ratio_to_ct2_raw"] = r["target_tokens_per_s"] / ceiling if ceiling and name == DEEN_FAST else None
    return {"model": str(folder), "sentences": sentences, "length": length, "beam": beam, "repeats": repeats,
            "results": results}


def format_table(report: dict) -> str:
    lines = [f"model {report['model']}; {report['sentences']} sentences, {report['length']} target tokens each, "
             f"beam {report['beam']}; median of {report['repeats']} interleaved runs",
             f"{'config':14s} {'sentences':>9s} {'tokens/s':>10s} {'spread':>7s} {'peak MB':>9s} {'x naive':>8s} "
             f"{'x ct2-raw':>9s}"]
    for name, r in report["results"].items():
        ratio = f"{r['ratio_to_naive']:.2f}" if r["ratio_to_naive"] is not None else "-"
        ceiling = f"{r['ratio_to_ct2_raw']:.3f}" if r.get("ratio_to_ct2_raw") is not None else "-"
        spread = f"{r['spread']:.0%}" if r.get("spread") is not None else "-"
        lines.append(f"{name:14s} {r['sentences']:9d} {r['target_tokens_per_s']:10.1f} {spread:>7s} "
                     f"{r['peak_memory_mb']:9.0f} {ratio:>8s} {ceiling:>9s}")
    return "\n".join(lines)


def json_summary(report: dict) -> dict:
    """What ``deen bench --json`` prints: one object per configuration, and the run's parameters."""
    out = {name: {"target_tokens_per_s": r["target_tokens_per_s"], "peak_memory_mb": r["peak_memory_mb"],
                  "ratio_to_naive": r["ratio_to_naive"], "ratio_to_ct2_raw": r.get("ratio_to_ct2_raw"),
                  "rates": r.get("rates"), "spread": r.get("spread"), "peaks_mb": r.get("peaks_mb"),
                  "sentences": r["sentences"], "target_tokens": r["target_tokens"], "seconds": r["seconds"],
                  "signature": r.get("signature", {})}
           for name, r in report["results"].items()}
    out["settings"] = {"model": report["model"], "sentences": report["sentences"], "length": report["length"],
                       "beam": report["beam"], "repeats": report.get("repeats", 1),
                       "memory": "VmHWM of each configuration's own subprocess"}
    return out


if __name__ == "__main__":  # the subprocess side of run_config and prepare_in_child
    params = json.loads(sys.argv[1])
    try:
        if params.get("prepare"):
            model = params.get("model")
            print(json.dumps({"folder": str(prepare_model(Path(params["workdir"]), Path(model) if model else None))}))
        else:
            print(json.dumps(worker(**params)))
    except DeenError as e:
        print(f"deen bench: {e}", file=sys.stderr)
        sys.exit(2)
