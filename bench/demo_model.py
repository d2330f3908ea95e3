"""Build the demo model (timed) and measure how well it renders the example article.

    python bench/demo_model.py [--workdir DIR] [--seeds 0,1]

For each seed: build time of models/build_demo.py, then the German sentences of
models/demo_parallel.tsv translated with deen's defaults (beam 4) on both backends
(transformers float32, CTranslate2 int8), scored against the English of the same file
with sacrebleu (chrF, BLEU) and counted as exact sentence matches. The reference is the
training data: this measures memorisation, which is all the demo model is for.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_demo():
    spec = importlib.util.spec_from_file_location("build_demo", ROOT / "models" / "build_demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    import sacrebleu

    from pipeline.translate.base import DecodeSettings
    from pipeline.translate.loading import load_translator

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--seeds", default="0")
    args = parser.parse_args()
    demo = load_demo()
    pairs = demo.read_parallel()
    german, english = [de for de, _ in pairs], [en for _, en in pairs]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="deen-demo-bench-"))
    rows = []
    for seed in (int(s) for s in args.seeds.split(",")):
        folder = workdir / f"demo-{seed}"
        started, cpu_started = time.perf_counter(), time.process_time()
        demo.build_demo(folder, seed=seed, log=lambda m: None)
        build_s, build_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        training = json.loads((folder / "deen-manifest.json").read_text())["training"]
        for backend in ("transformers", "ctranslate2"):
            translator = load_translator(str(folder), backend, DecodeSettings())
            out = [t.best for t in translator.translate(german)]
            rows.append({"seed": seed, "build_s": round(build_s, 1), "build_cpu_s": round(build_cpu, 1),
                         "load_average": round(__import__("os").getloadavg()[0], 1), "train_steps": training["steps"],
                         "train_s": training["seconds"], "min_margin": training["min_margin"], "backend": backend,
                         "chrf": round(sacrebleu.corpus_chrf(out, [english]).score, 2),
                         "bleu": round(sacrebleu.corpus_bleu(out, [english]).score, 2),
                         "exact": sum(o == e for o, e in zip(out, english)), "sentences": len(english),
                         "wrong": [o for o, e in zip(out, english) if o != e]})
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
