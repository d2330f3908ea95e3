#!/usr/bin/env python3
"""Score German sentence splitters: exact-match accuracy and speed.

Usage (from the repo root):  python bench/segment_compare.py [--failures TOOL]

Sets: the table of cases in tests/test_segment.py, and ../shared/bench/segment_cases.jsonl.
A case is correct when the tool's sentences, each stripped and empty ones dropped, equal the
expected list exactly ("strict"); "ws-norm" also collapses whitespace runs inside sentences.
Speed: every source paragraph of ../shared/bench/dev.jsonl, split three times; sentences/s and
paragraphs/s of the best run.
"""
from __future__ import annotations

import argparse
import importlib.util
import io
import json
import time
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"


def own_cases() -> list[dict]:
    spec = importlib.util.spec_from_file_location("test_segment", REPO / "tests" / "test_segment.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return [{"id": i, "text": t, "sentences": s} for i, t, s in mod.CASES]


def shared_cases() -> list[dict]:
    path = SHARED / "segment_cases.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def somajo(language: str):
    from somajo import SoMaJo

    tok = SoMaJo(language, split_sentences=True, character_offsets=True)

    def run(text):
        out = []
        for sent in tok.tokenize_text_file(io.StringIO(text), paragraph_separator="empty_lines"):
            out.append(text[sent[0].character_offset[0]:sent[-1].character_offset[1]])
        return out

    return run


def syntok():
    from syntok import segmenter

    def run(text):
        out = []
        for paragraph in segmenter.analyze(text):
            for sent in paragraph:
                if sent:
                    out.append(text[sent[0].offset:sent[-1].offset + len(sent[-1].value)])
        return out

    return run


def pysbd():
    import pysbd as lib

    return lib.Segmenter(language="de", clean=False, char_span=False).segment


def deen():
    from pipeline.segment import _split

    split = _split.__wrapped__  # past split()'s cache, or the speed runs would time dictionary lookups
    return lambda text: [text[a:b] for a, b in split(text)]


def tools() -> dict:
    from somajo import SoMaJo

    found = {f"somajo {version('SoMaJo')} {lang}": (lambda lang=lang: somajo(lang))
             for lang in ("de_CMC", "de") if lang in SoMaJo.supported_languages}
    found[f"syntok {version('syntok')}"] = syntok
    found[f"pysbd {version('pysbd')}"] = pysbd
    found["deen (pipeline.segment)"] = deen
    return found


def strict(sents):
    return [s.strip() for s in sents if s.strip()]


def ws_norm(sents):
    return [" ".join(s.split()) for s in sents if s.strip()]


def score(run, cases):
    ok = ok_ws = 0
    fails = []
    for c in cases:
        try:
            got = run(c["text"])
        except Exception as e:  # a crash counts as a miss
            got = [f"<error {type(e).__name__}: {e}>"]
        hit = strict(got) == strict(c["sentences"])
        ok += hit
        ok_ws += ws_norm(got) == ws_norm(c["sentences"])
        if not hit:
            fails.append((c, strict(got)))
    return ok, ok_ws, fails


def speed(run, paragraphs, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        n = sum(len(run(p)) for p in paragraphs)
        best = min(best, time.perf_counter() - start)
    return n / best, len(paragraphs) / best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--failures", help="print the failing cases of tools whose name contains this")
    args = ap.parse_args()
    shared = shared_cases()
    # SEGMENT_CASES.md: the first 98 lines are the peers' stated cases, the last 32 are derived.
    sets = {"own table": own_cases(), "segment_cases.jsonl": shared,
            "main 98": shared[:98], "derived 32": shared[98:]}
    dev = [json.loads(line)["source"] for line in (SHARED / "dev.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]
    header = " | ".join(f"{name} ({len(c)}) strict | ws-norm" for name, c in sets.items())
    print(f"| tool | {header} | sentences/s | paragraphs/s |")
    print("|---|" + "---:|" * (2 * len(sets) + 2))
    failures = []
    for name, make in tools().items():
        run = make()
        cells = []
        for set_name, cases in sets.items():
            ok, ok_ws, fails = score(run, cases)
            n = len(cases)
            cells += [f"{ok}/{n} = {ok / n:.1%}", f"{ok_ws / n:.1%}"]
            if args.failures and args.failures in name:
                failures += [(name, set_name, c, got) for c, got in fails]
        sps, pps = speed(run, dev)
        print(f"| {name} | " + " | ".join(cells) + f" | {sps:,.0f} | {pps:,.0f} |")
    for name, set_name, c, got in failures:
        print(f"\n- [{name}] {set_name} {c['id']}: {c['text'][:150]!r}\n    expected {strict(c['sentences'])!r}"
              f"\n    got      {got!r}")


if __name__ == "__main__":
    main()
