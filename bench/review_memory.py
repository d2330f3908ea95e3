#!/usr/bin/env python3
"""Peak memory of `deen apply-review` against the size of the run it applies a review to.

    PYTHONPATH=$PWD python3 bench/review_memory.py --articles 200 2000

For each size a run folder is made as bench/pipeline_overhead.py makes one (pool paragraphs, the
replay translator at no cost, corrections on), a review is written that decides the first flag of
every flagged paragraph (rejected: the others keep deen's edits, so every paragraph is resolved),
and `apply_review` runs on it in a fresh process whose
peak resident memory (ru_maxrss) is reported, with the peak of a process that only imports deen.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pipeline_overhead import write_corpus  # noqa: E402
from replay import ReplayTranslator, pool_paragraphs, replay_table  # noqa: E402

from pipeline.report.collect import ArticleStream, RunHash  # noqa: E402
from pipeline.review import REVIEW_SCHEMA  # noqa: E402
from pipeline.run import Progress, RunOptions, Runner  # noqa: E402
from pipeline.translate.base import DecodeSettings  # noqa: E402

PEAK = ("import resource, sys; {body}; "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")


def make_run(folder: Path, articles: int) -> Path:
    src, out = folder / "in", folder / "out"
    write_corpus(src, articles, 8)
    translator = ReplayTranslator(replay_table(pool_paragraphs()), None)
    opts = RunOptions(model="replay", backend="replay", decode=DecodeSettings(beam_size=4, nbest=4), correct=True,
                      force=True)
    Runner(src, out, opts, load_translator=lambda: translator, progress=Progress(False)).run()
    return out


def write_review(out: Path, path: Path) -> int:
    """Reject the first flag of every flagged paragraph; returns how many decisions."""
    ids, tree, n = RunHash(), {}, 0
    for a in ArticleStream(out):
        ids.add(a.report)
        for p in a.paragraphs:
            flags = [f for f in p.result.flags if f.id]
            if flags:
                tree.setdefault(a.path, {})[str(p.index)] = {flags[0].id: {"decision": "rejected"}}
                n += 1
    path.write_text(json.dumps({"schema": REVIEW_SCHEMA, "run": ids.id, "decisions": tree}), encoding="utf-8")
    return n


def peak(body: str) -> float:
    out = subprocess.run([sys.executable, "-c", PEAK.format(body=body)], capture_output=True, text=True,
                         check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[200, 2000])
    args = ap.parse_args()
    rows = []
    base = peak("import pipeline.review")
    for n in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            out = make_run(Path(tmp), n)
            review = Path(tmp) / "review.json"
            decisions = write_review(out, review)
            mb = peak(f"from pipeline.review import apply_review; r = apply_review({str(out)!r}, {str(review)!r}); "
                      f"sys.stderr.write(str(r['articles']))")
            rows.append({"articles": n, "decisions": decisions, "peak_mb": round(mb, 1)})
    print(json.dumps({"imports_only_mb": round(base, 1), "runs": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
