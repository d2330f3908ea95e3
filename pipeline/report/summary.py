"""What the reports' heads show of a run: totals and one line per article, gathered while the
articles stream past, so the heads can be written after the last article without keeping any."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .collect import ArticleView, Counted, Totals


@dataclass(frozen=True)
class ArticleSummary(Counted):
    """An article's line in a summary table: an ``ArticleView`` without its paragraphs."""

    id: str
    path: str
    stem: str
    counts: Counter  # (category, severity) -> flags
    first: dict  # category -> id of the first paragraph flagged with it
    paragraphs: int
    corrected: int  # paragraphs deen changed

    @classmethod
    def of(cls, a: ArticleView) -> "ArticleSummary":
        return cls(id=a.id, path=a.path, stem=a.stem, counts=Counter(a.counts), first=dict(a.first),
                   paragraphs=len(a.paragraphs), corrected=a.corrected)


@dataclass(frozen=True)
class RunSummary(Totals):
    out_dir: Path
    articles: list[ArticleSummary]
    settings: dict
    skipped: list[str]
    run_id: str  # review decisions belong to this run and no other

    @property
    def paragraphs(self) -> int:
        return sum(a.paragraphs for a in self.articles)

    @property
    def corrected(self) -> int:
        return sum(a.corrected for a in self.articles)
