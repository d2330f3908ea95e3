"""The check registry: one decorator registers a check with its category, severity and title.

A check is a function ``f(ctx) -> Iterable[Flag]``. It measures, then decides
against ``ctx.params`` (its thresholds, from the config), and builds flags with
``ctx.flag(...)`` so id, category and default severity come from the registration.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Optional

from ..records import Category, Flag, Severity, Side, Span, Unit


@dataclass(frozen=True)
class CheckSpec:
    id: str
    func: Callable[["Context"], Iterable[Flag]]
    category: Category
    severity: Severity
    title: str
    needs_translation: bool  # False: runs on German alone (``deen check ARTICLES_DIR``)
    doc: str


REGISTRY: dict[str, CheckSpec] = {}


def check(id: str, *, category: Category, severity: Severity = Severity.ERROR,
          needs_translation: bool = True):
    """Register a check. Its docstring's first line is its title in listings and reports."""

    def deco(func):
        if id in REGISTRY:
            raise ValueError(f"check {id!r} registered twice")
        doc = (func.__doc__ or "").strip()
        if not doc:
            raise ValueError(f"check {id!r} has no docstring")
        REGISTRY[id] = CheckSpec(id=id, func=func, category=category, severity=severity,
                                 title=doc.splitlines()[0].strip(), needs_translation=needs_translation,
                                 doc=doc)
        return func

    return deco


@dataclass
class Context:
    """What a check sees: the unit, its neighbours in the document, and its thresholds."""

    spec: CheckSpec
    unit: Unit
    doc: tuple[Unit, ...]
    position: int
    params: Mapping[str, Any]
    doc_cache: dict = field(default_factory=dict)  # shared by all checks on one document

    @property
    def source(self) -> str:
        return self.unit.source

    @property
    def translation(self) -> str:
        return self.unit.translation or ""

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """Compute a document-level fact once per document (e.g. the years it mentions)."""
        if key not in self.doc_cache:
            self.doc_cache[key] = compute()
        return self.doc_cache[key]

    def flag(self, message: str, *, side: Side = Side.TRANSLATION, source_span: Span = None,
             translation_span: Span = None, suggestion: Optional[str] = None,
             score: Optional[float] = None, threshold: Optional[float] = None,
             severity: Optional[Severity] = None, category: Optional[Category] = None) -> Flag:
        sev = severity or Severity(self.params.get("severity", self.spec.severity.value))
        return Flag(check=self.spec.id, category=category or self.spec.category, severity=sev, side=side,
                    message=message, source_span=source_span, translation_span=translation_span,
                    suggestion=suggestion, score=score, threshold=threshold)
