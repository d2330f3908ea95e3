#!/usr/bin/env python3
"""How much reading, segmentation, checks and writing add to translation time in `deen translate`.

Runs the full-size opus-mt-de-en architecture with random weights (the model `deen bench`
builds) on articles made of German paragraphs, with a fixed output length so runs compare:
first the translator alone on every sentence, then a whole `deen translate` run (checks on,
corrections off: with random weights nearly every sentence would be "corrected").

    python3 bench/pipeline_overhead.py --articles 40 [--backend ctranslate2] [--length 16]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.bench import DEFAULT_WORKDIR, prepare_model  # noqa: E402
from pipeline.reading import read_folder  # noqa: E402
from pipeline.run import Progress, RunOptions, Runner  # noqa: E402
from pipeline.segment import sentences as segment  # noqa: E402
from pipeline.translate.base import DecodeSettings  # noqa: E402
from pipeline.translate.loading import load_translator  # noqa: E402


def german_paragraphs() -> list[str]:
    dev = ROOT.parent / "shared" / "bench" / "dev.jsonl"
    if dev.is_file():
        return [json.loads(ln)["source"] for ln in dev.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [ln for p in sorted((ROOT / "seeds").glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()
            if ln.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--paragraphs", type=int, default=6, help="paragraphs per article")
    ap.add_argument("--backend", default="ctranslate2")
    ap.add_argument("--length", type=int, default=16, help="fixed target tokens per sentence")
    ap.add_argument("--beam", type=int, default=2)
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = ap.parse_args()

    folder = prepare_model(args.workdir)
    paras = german_paragraphs()
    decode = DecodeSettings(beam_size=args.beam, nbest=args.beam, max_new_tokens=args.length)
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        for a in range(args.articles):
            chunk = [paras[(a * args.paragraphs + i) % len(paras)] for i in range(args.paragraphs)]
            (src / f"a{a:04d}.txt").write_text("\n".join(chunk) + "\n", encoding="utf-8")
        articles, _ = read_folder(src)
        texts = [s.text for art in articles for p in art.paragraphs for s in segment(p)]
        translator = load_translator(str(folder), args.backend, decode)
        translator.translate(texts[:4])  # warm-up
        t0 = time.perf_counter()
        translator.translate(texts)
        alone = time.perf_counter() - t0
        opts = RunOptions(model=str(folder), backend=args.backend, decode=decode, correct=False, force=True)
        t0 = time.perf_counter()
        summary = Runner(src, out, opts, load_translator=lambda: translator, progress=Progress(False)).run()
        whole = time.perf_counter() - t0
    result = {"articles": args.articles, "paragraphs": args.articles * args.paragraphs, "sentences": len(texts),
              "backend": args.backend, "length": args.length, "beam": args.beam,
              "translate_alone_s": round(alone, 2), "deen_translate_s": round(whole, 2),
              "overhead": round(whole / alone - 1, 4), "flags": summary.flags}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
