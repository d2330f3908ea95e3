"""One interface for every backend; batching, length checks and splitting live here, once.

A backend implements ``_count_tokens`` and ``_generate`` for a batch of source strings
that already fit the model; ``Translator.translate`` does everything else: it splits
sources longer than the model's positions at clause boundaries (never truncates),
sorts by token count, packs token-budget batches, restores the input order, and
joins the parts of split sources back into one Translation.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass
from typing import Any, Callable, NamedTuple, Optional, Sequence

from ..errors import ModelError
from ..records import Hypothesis, LengthLimit, LimitBy, Translation


@dataclass(frozen=True)
class DecodeSettings:
    beam_size: int = 4
    nbest: int = 4
    batch_size: int = 16  # sentences per batch (backends may also bound tokens per batch)
    max_length: int = 512  # target tokens; the model's positions bound the source too
    length_penalty: float = 1.0
    max_new_tokens: Optional[int] = None  # fixed output length, for benchmarks only
    batch_tokens: int = 2048  # padded source tokens per batch (sentences x longest in batch)
    threads: Optional[int] = None  # CPU threads; None: every core this process may use

    def to_json(self) -> dict:
        return asdict(self)

    def problems(self) -> list[str]:
        """Every invalid setting, named with its value (empty: valid)."""
        out = []
        for name in ("beam_size", "nbest", "batch_size", "max_length", "batch_tokens"):
            if getattr(self, name) < 1:
                out.append(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.nbest > self.beam_size:
            out.append(f"nbest ({self.nbest}) cannot exceed beam_size ({self.beam_size})")
        if self.max_new_tokens is not None and not 1 <= self.max_new_tokens <= self.max_length:
            out.append(f"max_new_tokens must be in 1..max_length ({self.max_length}), got {self.max_new_tokens}")
        if self.threads is not None and self.threads < 1:
            out.append(f"threads must be >= 1, got {self.threads}")
        return out


class Scored(NamedTuple):
    """A backend's hypothesis: text, length-normalised log-probability, and its target token count."""

    text: str
    score: float
    tokens: int  # generated target tokens including </s>: the score's denominator
    at_limit: bool = False  # decoding stopped at the target limit, not at a </s> the model chose


def target_limit(settings: DecodeSettings, positions: int) -> LengthLimit:
    """Generated target tokens allowed, </s> included: the setting, within the model's positions.

    The decoder start token takes one position. Which of the two binds decides what a
    translation cut there can do about it (raise --max-length, or nothing but a shorter sentence).
    """
    if settings.max_length <= positions - 1:
        return LengthLimit(settings.max_length, LimitBy.MAX_LENGTH)
    return LengthLimit(positions - 1, LimitBy.POSITIONS)


# Where an over-long source may be cut, most preferred first: a clause boundary
# keeps each part translatable on its own; whitespace is the last resort before
# cutting inside a word.
SPLIT_PATTERNS = (r"(?<=;)\s+", r"(?<=:)\s+", r"(?<=,)\s+", r"\s+")


def split_source(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut ``text`` into parts that each ``fits``, at the boundary nearest its middle.

    Nothing is dropped: the parts joined with single spaces give back the text up to
    the whitespace at the cuts.
    """
    if fits(text):
        return [text]
    middle = len(text) / 2
    for pattern in SPLIT_PATTERNS:
        cuts = [m for m in re.finditer(pattern, text) if 0 < m.start() and m.end() < len(text)]
        if cuts:
            cut = min(cuts, key=lambda m: abs(m.start() - middle))
            left, right = text[:cut.start()], text[cut.end():]
            return split_source(left, fits) + split_source(right, fits)
    if len(text) <= 1:
        raise ModelError(f"a single character does not fit the model: {text!r}")
    half = len(text) // 2
    return split_source(text[:half], fits) + split_source(text[half:], fits)


class TokenizerCounts:
    """Token counts from the Hugging Face tokenizer a backend holds as ``self.tokenizer``: the transformers
    and CTranslate2 backends read one model's SentencePiece vocabularies, so they count alike."""

    tokenizer: Any

    def _count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(list(texts), verbose=False)["input_ids"]]

    def _count_target_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(text_target=list(texts), verbose=False)["input_ids"]]


class Translator(ABC):
    """Translate German strings to English, returning best, score and n-best for each."""

    settings: DecodeSettings
    backend: str = ""
    max_source_tokens: int = 512  # the model's positions, including </s>
    limit: LengthLimit = LengthLimit(512, LimitBy.MAX_LENGTH)  # target tokens (target_limit), set by a backend
    batch_parallelism: int = 1  # batches a backend can run at once (ct2 replicas)

    def __init__(self) -> None:
        self.target_tokens = 0  # generated target tokens so far, for throughput

    # -- what a backend implements ------------------------------------------------
    @abstractmethod
    def _count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Source tokens of each text as the model sees it, including </s>."""

    @abstractmethod
    def _generate(self, batch: Sequence[str]) -> list[list[Scored]]:
        """For each source of the batch, its hypotheses best first (at most settings.nbest)."""

    # Optional: a backend that can score given translations (forced decoding) implements both.
    def _score(self, sources: Sequence[str], targets: Sequence[str]) -> list[tuple[float, int]]:
        """Forced decoding: for each pair, the target's total log-probability (</s> included) and its tokens."""
        raise ModelError(f"the {self.backend or type(self).__name__} backend cannot score given translations")

    def _count_target_tokens(self, texts: Sequence[str]) -> list[int]:
        """Target tokens of each text as the model scores it, including </s>."""
        raise ModelError(f"the {self.backend or type(self).__name__} backend cannot score given translations")

    @abstractmethod
    def signature(self) -> dict:
        """Model id, revision, backend and decoding settings: stored with every output."""

    # -- orchestration, once for every backend ------------------------------------
    def translate(self, sources: Sequence[str],
                  progress: Optional[Callable[[int], None]] = None) -> list[Translation]:
        """One Translation per source, in order. ``progress(n)``: n more sources finished."""
        sources = list(sources)
        parts: list[list[str]] = []
        for text in sources:
            parts.append(self._split(text) if text.strip() else [])
        flat = [(i, j, p) for i, ps in enumerate(parts) for j, p in enumerate(ps)]
        counts = self._count_tokens([p for _, _, p in flat]) if flat else []
        results: dict[tuple[int, int], list[Scored]] = {}
        remaining = [len(ps) for ps in parts]
        empty = sum(1 for r in remaining if r == 0)
        if progress and empty:
            progress(empty)
        for batch in self._batches(sorted(range(len(flat)), key=lambda k: counts[k]), counts):
            hyps = self._generate([flat[k][2] for k in batch])
            if len(hyps) != len(batch):
                raise ModelError(f"{self.backend} returned {len(hyps)} results for {len(batch)} sources")
            done = 0
            for k, h in zip(batch, hyps):
                i, j, _ = flat[k]
                results[(i, j)] = h
                self.target_tokens += h[0].tokens
                remaining[i] -= 1
                done += remaining[i] == 0
            if progress and done:
                progress(done)
        return [self._assemble(text, ps, [results[(i, j)] for j in range(len(ps))])
                for i, (text, ps) in enumerate(zip(sources, parts))]

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[Optional[float]]:
        """The length-normalised log-probability of each given translation (forced decoding).

        Comparable with ``Translation.score``. None where a side is empty or longer than the
        model's positions (a pair is scored whole or not at all: cutting it would score
        another text).
        """
        if len(sources) != len(targets):
            raise ModelError(f"{len(sources)} sources but {len(targets)} translations to score")
        scores: list[Optional[float]] = [None] * len(sources)
        usable = [k for k, (s, t) in enumerate(zip(sources, targets)) if s.strip() and t.strip()]
        if not usable:
            return scores
        source_counts = self._count_tokens([sources[k] for k in usable])
        target_counts = self._count_target_tokens([targets[k] for k in usable])
        fit = [(k, max(a, b)) for k, a, b in zip(usable, source_counts, target_counts)
               if a <= self.max_source_tokens and b <= self.max_source_tokens - 1]  # decoder start takes one
        counts = dict(fit)
        order = sorted(counts, key=counts.get)
        lengths = [counts[k] for k in order]
        for batch in self._batches(list(range(len(order))), lengths):
            ks = [order[i] for i in batch]
            for k, (logprob, tokens) in zip(ks, self._score([sources[k] for k in ks], [targets[k] for k in ks])):
                scores[k] = logprob / max(tokens, 1)
        return scores

    def _split(self, text: str) -> list[str]:
        limit = self.max_source_tokens
        cache: dict[str, bool] = {}

        def fits(part: str) -> bool:
            if part not in cache:
                cache[part] = self._count_tokens([part])[0] <= limit
            return cache[part]

        return split_source(text, fits)

    def _batches(self, order: list[int], counts: list[int]):
        """Consecutive runs of the length-sorted order within the sentence and padded-token budgets."""
        budget = self.settings.batch_tokens * self.batch_parallelism
        max_items = self.settings.batch_size * self.batch_parallelism
        batch: list[int] = []
        longest = 0
        for k in order:
            if batch and (len(batch) + 1 > max_items or max(longest, counts[k]) * (len(batch) + 1) > budget):
                yield batch
                batch, longest = [], 0
            batch.append(k)
            longest = max(longest, counts[k])
        if batch:
            yield batch

    def _assemble(self, text: str, parts: list[str], hyps: list[list[Scored]]) -> Translation:
        if not parts:
            return Translation(source=text, best="", score=None, nbest=())
        # The best is made of each part's best: one of them cut at the limit cuts the whole.
        limit = self.limit if any(h[0].at_limit for h in hyps) else None
        if len(parts) == 1:
            nbest = tuple(Hypothesis(h.text, h.score) for h in hyps[0])
            return Translation(source=text, best=nbest[0].text, score=nbest[0].score, nbest=nbest,
                               limit_reached=limit)
        joined = join_split(hyps, self.settings.nbest)
        nbest = tuple(Hypothesis(t, s) for t, s in joined)
        return Translation(source=text, best=nbest[0].text, score=nbest[0].score, nbest=nbest,
                           parts=tuple(parts), limit_reached=limit)


def join_split(hyps: list[list[Scored]], nbest: int) -> list[tuple[str, float]]:
    """n-best of a split source: all parts' best, then the best single-part alternatives.

    The score of a joined text is its total log-probability over its total tokens, so
    it stays comparable with unsplit sentences. The next-best joins of independent
    parts differ from the best in one part, so those are the candidates.
    """
    def scored(choice: list[Scored]) -> tuple[str, float]:
        tokens = sum(h.tokens for h in choice)
        return " ".join(h.text for h in choice), sum(h.score * h.tokens for h in choice) / max(tokens, 1)

    best = [h[0] for h in hyps]
    out = [scored(best)]
    alternatives = [scored(best[:j] + [alt] + best[j + 1:]) for j, h in enumerate(hyps) for alt in h[1:]]
    out += sorted(alternatives, key=lambda ts: -ts[1])[:nbest - 1]
    return out
