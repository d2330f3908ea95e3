"""A translator whose English is real and whose cost is a real model's.

For the end-to-end overhead of ``deen translate`` the checks must see realistic
English (random weights give noise, which raises a flag per word and makes checks
and reports look far costlier than they are). ``ReplayTranslator`` returns, for each
German sentence of a corpus built from ``realmt_pool.jsonl``, a human reference
English, while the full-size model (random weights, CTranslate2 int8) decodes as
many target tokens as that English has, so translation time is what the real
model would spend on output of that length. With ``inner=None`` it costs nothing
(for memory measurements over many articles).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.records import Paragraph  # noqa: E402
from pipeline.segment import sentences as segment  # noqa: E402
from pipeline.translate.base import Scored, Translator  # noqa: E402

POOL = ROOT.parent / "shared" / "bench" / "realmt_pool.jsonl"
REPLAY_SCORE = -0.3  # length-normalised log-probability of a confident translation


def pool_paragraphs(lines_per_paragraph: int = 2) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(German, English, [(German line, English line)]) paragraphs of consecutive pool lines.

    The pool keeps the test set's order, so consecutive lines read as one text.
    """
    rows = [json.loads(x) for x in POOL.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["source"].strip() and r["references"].get("A", "").strip()]
    out = []
    for i in range(0, len(rows) - lines_per_paragraph + 1, lines_per_paragraph):
        chunk = rows[i:i + lines_per_paragraph]
        pairs = [(" ".join(r["source"].split()), " ".join(r["references"]["A"].split())) for r in chunk]
        out.append((" ".join(p[0] for p in pairs), " ".join(p[1] for p in pairs), pairs))
    return out


def replay_table(paragraphs) -> dict[str, str]:
    """German sentence (as deen segments it) -> English: a line's first sentence carries its reference."""
    table: dict[str, str] = {}
    for _, _, pairs in paragraphs:
        for german, english in pairs:
            sents = segment(Paragraph(index=0, text=german))
            for k, s in enumerate(sents):
                table.setdefault(s.text, english if k == 0 else "")
    return table


class ReplayTranslator(Translator):
    backend = "replay"

    def __init__(self, table: dict[str, str], inner: Optional[Translator] = None):
        super().__init__()
        self.table = table
        self.inner = inner
        self.settings = inner.settings if inner else __import__("pipeline.translate.base", fromlist=["x"]).DecodeSettings()
        self.max_source_tokens = inner.max_source_tokens if inner else 10 ** 9
        self._tok = inner.tokenizer if inner else None

    def signature(self) -> dict:
        return {"backend": "replay of realmt_pool references",
                "cost": self.inner.signature() if self.inner else "none"}

    def _count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.inner._count_tokens(texts) if self.inner else [len(t.split()) + 1 for t in texts]

    def _generate(self, batch: Sequence[str]) -> list[list[Scored]]:
        english = [self.table.get(t, t) for t in batch]
        if self.inner is None:
            return [[Scored(e, REPLAY_SCORE, len(e.split()) + 1)] for e in english]
        lengths = [len(ids) for ids in self._tok(english, verbose=False)["input_ids"]]
        model = self.inner
        options = model.decode_options()
        n = max(1, max(lengths))
        options.update(max_decoding_length=n, min_decoding_length=n)
        ids = model.tokenizer(list(batch), verbose=False)["input_ids"]
        results = model.model.translate_batch([model.tokenizer.convert_ids_to_tokens(x) for x in ids], **options)
        # The model's work is spent; its scores belong to random weights, not to this English. A human
        # reference is what a confident model would say, so it gets a confident score and no alternatives
        # (random scores would make the confidence checks fire on every sentence).
        return [[Scored(e, REPLAY_SCORE, k)] for e, k, _ in zip(english, lengths, results)]
