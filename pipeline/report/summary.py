"""What the reports' heads show of a run, gathered while its articles stream past, so the heads can
be written after the last article without keeping any of them."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, TextIO

from .collect import ArticleView, Counted, RunHash, present_categories, run_settings
from .spool import lines


@dataclass(frozen=True)
class ArticleSummary(Counted):
    """An article's line in a summary table: an ``ArticleView`` without its paragraphs."""

    id: str
    path: str
    counts: Counter  # (category, severity) -> flags
    first: dict  # category -> id of the first paragraph flagged with it
    corrected: int  # paragraphs deen changed

    @classmethod
    def of(cls, a: ArticleView) -> "ArticleSummary":
        return cls(id=a.id, path=a.path, counts=Counter(a.counts), first=dict(a.first), corrected=a.corrected)

    def to_json(self) -> list:
        return [self.id, self.path, [[c, s, n] for (c, s), n in self.counts.items()], self.first, self.corrected]

    @classmethod
    def from_json(cls, row: list) -> "ArticleSummary":
        aid, path, counts, first, corrected = row
        return cls(id=aid, path=path, counts=Counter({(c, s): n for c, s, n in counts}), first=first,
                   corrected=corrected)


class RunSummary(Counted):
    """A run's totals, id and settings, and its articles' summaries. The summaries wait in ``spool``
    (a file), one line each: held in memory, even small, they made a run's peak grow with its size."""

    def __init__(self, out_dir: Path, spool: TextIO):
        self.out_dir = Path(out_dir)
        self.spool = spool
        self.counts: Counter = Counter()  # (category, severity) -> flags, over the whole run
        self.article_count = self.paragraphs = self.corrected = 0
        self.ids = RunHash()
        self.first_settings: Optional[dict] = None  # the first article's: used when run.json has none
        self.settings: dict = {}
        self.skipped: list[str] = []

    def add(self, a: ArticleView) -> None:
        summary = ArticleSummary.of(a)
        self.spool.write(json.dumps(summary.to_json(), ensure_ascii=False) + "\n")
        self.counts.update(a.counts)
        self.article_count += 1
        self.paragraphs += len(a.paragraphs)
        self.corrected += summary.corrected
        self.ids.add(a.report)
        if self.first_settings is None:
            self.first_settings = dict(a.report.settings)

    def finish(self, skipped: list[str]) -> None:
        """After the last article: what the stream skipped, and the run's settings."""
        self.skipped = skipped
        self.settings = run_settings(self.out_dir, self.first_settings)

    @property
    def run_id(self) -> str:
        return self.ids.id

    @property
    def categories(self) -> list[str]:
        return present_categories(c for c, _ in self.counts)

    def articles(self) -> Iterator[ArticleSummary]:
        """The articles' summaries in order, read back from the spool (one reader at a time)."""
        for line in lines(self.spool):
            yield ArticleSummary.from_json(json.loads(line))
