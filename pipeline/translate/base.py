"""One interface for every backend; batching, length checks and splitting live here, once.

A backend implements ``_generate`` for a batch of source strings that already fit
the model; ``Translator.translate`` does everything else.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass
from typing import Callable, Optional, Sequence

from ..records import Translation


@dataclass(frozen=True)
class DecodeSettings:
    beam_size: int = 4
    nbest: int = 4
    batch_size: int = 16  # sentences per batch (backends may also bound tokens per batch)
    max_length: int = 512  # target tokens; the model's positions bound the source too
    length_penalty: float = 1.0
    max_new_tokens: Optional[int] = None  # fixed output length, for benchmarks only

    def to_json(self) -> dict:
        return asdict(self)


class Translator(ABC):
    """Translate German strings to English, returning best, score and n-best for each."""

    settings: DecodeSettings

    @abstractmethod
    def translate(self, sources: Sequence[str],
                  progress: Optional[Callable[[int], None]] = None) -> list[Translation]:
        """One Translation per source, in order. ``progress(n)`` is called as sentences finish."""

    @abstractmethod
    def signature(self) -> dict:
        """Model id, revision, backend and decoding settings: stored with every output."""
