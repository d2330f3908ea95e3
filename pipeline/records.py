"""The results that flow one way: read → segment → translate → check → correct → report.

Every stage returns one of these small frozen dataclasses; nothing downstream
mutates what an earlier stage produced.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Optional

Span = Optional[tuple[int, int]]


class Category(str, Enum):
    NUMBER = "number"
    DATE = "date"
    QUOTE = "quote"
    OMISSION = "omission"
    REPETITION = "repetition"
    UNTRANSLATED = "untranslated"
    NAME = "name"
    FLUENCY = "fluency"
    OTHER = "other"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Side(str, Enum):
    SOURCE = "source"
    TRANSLATION = "translation"


@dataclass(frozen=True)
class Paragraph:
    """One unit of an article: a paragraph, or a heading / short line kept on its own."""

    index: int
    text: str
    kind: str = "text"  # "text" or "heading"
    prefix: str = ""  # Markdown markup kept verbatim in the output ("# ", "- ", "> ")


@dataclass(frozen=True)
class Article:
    path: str  # relative to the input folder, with "/" separators
    paragraphs: tuple[Paragraph, ...]
    sha256: str = ""
    separator: str = "\n"  # between paragraphs in the output: "\n" or "\n\n", as in the input


@dataclass(frozen=True)
class Sentence:
    """A German sentence with its character offsets in its paragraph."""

    paragraph: int
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Hypothesis:
    text: str
    score: float  # length-normalised log-probability


class LimitBy(str, Enum):
    """What set a length limit: the user's setting, which can be raised, or the model itself."""

    MAX_LENGTH = "max_length"  # --max-length (DecodeSettings.max_length)
    POSITIONS = "positions"  # the model's position embeddings: no setting raises it


@dataclass(frozen=True)
class LengthLimit:
    """A target-token limit that decoding reached before the model ended the sentence."""

    tokens: int  # target tokens allowed, </s> included
    by: LimitBy


@dataclass(frozen=True)
class Translation:
    """The translation of one source string (a sentence, or a clause of an over-long one)."""

    source: str
    best: str
    score: Optional[float] = None
    nbest: tuple[Hypothesis, ...] = ()
    parts: tuple[str, ...] = ()  # source clauses translated separately when it exceeded the model's positions
    # Set when the best translation (of any part) stopped at this limit instead of ending on its own:
    # its end may be cut off.
    limit_reached: Optional[LengthLimit] = None


@dataclass(frozen=True)
class Unit:
    """What checks look at: a source paragraph, its translation, and the translator's evidence."""

    id: str
    source: str
    translation: Optional[str] = None
    doc_id: Optional[str] = None
    translations: tuple[Translation, ...] = ()  # per sentence, where a model produced them


@dataclass(frozen=True)
class Flag:
    check: str
    category: Category
    severity: Severity
    side: Side
    message: str
    source_span: Span = None
    translation_span: Span = None
    suggestion: Optional[str] = None
    score: Optional[float] = None  # the measurement the decision was made on
    threshold: Optional[float] = None

    @property
    def id(self) -> str:
        """A stable identity: the same finding on the same text has the same id in every run.

        Review decisions are keyed by it (with the run), never by a flag's position.
        """
        key = json.dumps([self.check, self.category.value, self.side.value, self.source_span,
                          self.translation_span, self.message], ensure_ascii=False)
        return f"{self.check}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"

    def to_json(self) -> dict:
        d = asdict(self)
        d["id"] = self.id
        d["category"] = self.category.value
        d["severity"] = self.severity.value
        d["side"] = self.side.value
        d["source_span"] = list(self.source_span) if self.source_span else None
        d["translation_span"] = list(self.translation_span) if self.translation_span else None
        return d

    @classmethod
    def from_json(cls, d: dict) -> "Flag":
        return cls(
            check=d["check"], category=Category(d["category"]), severity=Severity(d["severity"]),
            side=Side(d["side"]), message=d["message"],
            source_span=tuple(d["source_span"]) if d.get("source_span") else None,
            translation_span=tuple(d["translation_span"]) if d.get("translation_span") else None,
            suggestion=d.get("suggestion"), score=d.get("score"), threshold=d.get("threshold"),
        )


@dataclass(frozen=True)
class Edit:
    """One replacement on one side of a paragraph, answering one flag.

    ``start``/``end`` are character offsets into that side's text as the pipeline
    produced it: the German paragraph (``Side.SOURCE``) or the raw machine
    translation (``Side.TRANSLATION``). Edits of different flags compose
    (``pipeline.edits.compose``); overlapping ones are alternatives.
    """

    flag: str  # Flag.id of the flag this edit answers
    side: Side
    start: int
    end: int
    replacement: str

    def to_json(self) -> dict:
        return {"flag": self.flag, "side": self.side.value, "start": self.start, "end": self.end,
                "replacement": self.replacement}

    @classmethod
    def from_json(cls, d: dict) -> "Edit":
        return cls(flag=d["flag"], side=Side(d["side"]), start=int(d["start"]), end=int(d["end"]),
                   replacement=d["replacement"])


@dataclass(frozen=True)
class Correction:
    """One attempt to fix the flags of a unit, and whether it worked."""

    rule: str  # "nbest", "source_repair", "english_fix"
    checks: tuple[str, ...]  # ids of the flags it addressed
    before: str
    after: str
    cleared: bool
    new_flags: tuple[str, ...] = ()
    detail: str = ""
    flag: str = ""  # Flag.id of the flag the attempt answered ("" for a joint re-check of several)
    edits: tuple["Edit", ...] = ()  # what the attempt proposed, on the German and/or the raw English

    def to_json(self) -> dict:
        d = asdict(self)
        d["checks"] = list(self.checks)
        d["new_flags"] = list(self.new_flags)
        d["edits"] = [e.to_json() for e in self.edits]
        return d


@dataclass(frozen=True)
class Corrected:
    """What the correction stage made of one unit.

    ``edits`` are the suggestions that passed the re-check, per flag (overlapping ones of
    different flags are alternatives); ``applied`` the flags whose edits make ``text``:
    ``text == compose(raw, edits of applied)``.
    """

    text: str
    corrections: tuple[Correction, ...] = ()
    edits: tuple["Edit", ...] = ()
    applied: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParagraphResult:
    paragraph: Paragraph
    sentences: tuple[Sentence, ...]
    translations: tuple[Translation, ...]  # one per sentence, in order
    raw: str  # machine translation of the paragraph
    flags: tuple[Flag, ...] = ()
    corrections: tuple[Correction, ...] = ()
    corrected: Optional[str] = None
    # Every edit proposed for this paragraph's flags (on the German or on ``raw``), and the ids of
    # the flags whose edits the pipeline applied: ``corrected`` is ``raw`` with exactly those.
    edits: tuple["Edit", ...] = ()
    applied: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """Everything known about one article after a run."""

    article: Article
    paragraphs: tuple[ParagraphResult, ...]
    settings: dict = field(default_factory=dict)
