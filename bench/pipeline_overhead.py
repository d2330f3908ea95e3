#!/usr/bin/env python3
"""What reading, segmentation, checks, corrections and reports add to translation in `deen translate`.

The corpus is real German (consecutive lines of ../shared/bench/realmt_pool.jsonl,
two per paragraph, eight paragraphs per article); the translator is
``bench/replay.py``'s: real English out (a human reference), real cost (the
full-size opus-mt-de-en architecture, CTranslate2 int8, decoding exactly as many
tokens as that English has). Measured: the translator alone on every sentence,
then a whole `deen translate` run with checks and corrections on the same
articles, then a breakdown of the rest.

    python3 bench/pipeline_overhead.py --articles 200 [--beam 4]
    python3 bench/pipeline_overhead.py --articles 2000 --no-model --memory   # peak RSS, translation free
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
sys.path.insert(0, str(ROOT / "bench"))

from replay import ReplayTranslator, pool_paragraphs, replay_table  # noqa: E402

from pipeline.bench import DEFAULT_WORKDIR, peak_memory_mb, prepare_model  # noqa: E402
from pipeline.checks.runner import run_checks  # noqa: E402
from pipeline.reading import read_folder  # noqa: E402
from pipeline.records import Unit  # noqa: E402
from pipeline.run import Progress, RunOptions, Runner  # noqa: E402
from pipeline.segment import join_sentences, sentences as segment  # noqa: E402
from pipeline.translate.base import DecodeSettings  # noqa: E402


def write_corpus(folder: Path, articles: int, per_article: int) -> int:
    paras = pool_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for a in range(articles):
        chunk = [paras[(a * per_article + i) % len(paras)][0] for i in range(per_article)]
        (folder / f"a{a:05d}.txt").write_text("\n\n".join(chunk) + "\n", encoding="utf-8")
    return len(paras)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--paragraphs", type=int, default=8, help="paragraphs per article")
    ap.add_argument("--beam", type=int, default=4)
    ap.add_argument("--no-model", action="store_true", help="replay without the model's cost")
    ap.add_argument("--memory", action="store_true", help="only the whole run, reporting its peak memory")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = ap.parse_args()

    paragraphs = pool_paragraphs()
    table = replay_table(paragraphs)
    inner = None
    decode = DecodeSettings(beam_size=args.beam, nbest=min(4, args.beam))
    if not args.no_model:
        from pipeline.translate.loading import load_translator

        folder = prepare_model(args.workdir)
        inner = load_translator(str(folder), "ctranslate2", decode, verify=False, progress=False)
    translator = ReplayTranslator(table, inner)
    result: dict = {"articles": args.articles, "paragraphs_per_article": args.paragraphs, "beam": args.beam,
                    "translator": translator.signature()}
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        result["distinct_paragraphs"] = write_corpus(src, args.articles, args.paragraphs)
        if not args.memory:  # the memory run measures deen alone: the script holds no articles of its own
            t0 = time.perf_counter()
            articles, _ = read_folder(src)
            sents = [[segment(p) for p in art.paragraphs] for art in articles]
            read_segment = time.perf_counter() - t0
            texts = [s.text for art in sents for para in art for s in para]
            result["sentences"] = len(texts)
            translator.translate(texts[:4])  # warm-up
            t0 = time.perf_counter()
            trs = translator.translate(texts)
            alone = time.perf_counter() - t0
        if args.memory:  # the peak before the reports, which read every record of the run at the end
            import pipeline.report as report

            build = report.build_reports

            def measured_build(out_dir):
                result["peak_before_reports_mb"] = round(peak_memory_mb(), 1)
                return build(out_dir)

            report.build_reports = measured_build
        opts = RunOptions(model="replay", backend="replay", decode=decode, correct=True, force=True)
        t0 = time.perf_counter()
        summary = Runner(src, out, opts, load_translator=lambda: translator, progress=Progress(False)).run()
        whole = time.perf_counter() - t0
        result.update(deen_translate_s=round(whole, 2), flags=summary.flags, sentences=summary.sentences,
                      translated=len(summary.translated), peak_memory_mb=round(peak_memory_mb(), 1))
        if not args.memory:
            it = iter(trs)
            units = [Unit(id=f"{a.path}#{p.index}", source=p.text, doc_id=a.path,
                          translation=join_sentences(next(it).best for _ in ps))
                     for a, art in zip(articles, sents) for p, ps in zip(a.paragraphs, art)]
            t0 = time.perf_counter()
            run_checks(units)
            checks = time.perf_counter() - t0
            from pipeline.report import build_reports

            t0 = time.perf_counter()
            build_reports(out)
            reports = time.perf_counter() - t0
            result.update(translate_alone_s=round(alone, 2), overhead=round(whole / alone - 1, 4),
                          breakdown_s={"read_and_segment": round(read_segment, 2), "checks": round(checks, 2),
                                       "reports": round(reports, 2)})
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
