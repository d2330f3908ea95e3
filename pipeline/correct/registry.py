"""The correction rules: one function per kind of fault, registered beside its family.

A rule answers one flag. It receives a ``Fault`` (the flag, its paragraph, the other flags,
the translator when one runs) and yields candidate fixes, best first, each a tuple of
``Edit``s on the German and/or the raw English, every edit carrying the flag's id. It yields
nothing when it has no fix. Whether a candidate is right is not the rule's business: the
re-check decides (``recheck.Document.recheck``). The first docstring line is the rule's label
in the record of corrections.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from ..edits import diff_edits
from ..records import Category, Edit, Flag, Side, Unit

Candidate = tuple[Edit, ...]


@dataclass(frozen=True)
class Fault:
    """What a rule sees: one flag and the paragraph it was found in."""

    flag: Flag
    unit: Unit  # as the pipeline produced it: edits are offsets into its source and translation
    flags: tuple[Flag, ...]  # the paragraph's error and warning flags, this one included
    translator: object = None  # a Translator, or None when no model runs

    @property
    def source(self) -> str:
        return self.unit.source

    @property
    def text(self) -> str:
        return self.unit.translation or ""

    def edit(self, start: int, end: int, replacement: str, side: Side = Side.TRANSLATION) -> Edit:
        return Edit(flag=self.flag.id, side=side, start=start, end=end, replacement=replacement)

    def rewrite(self, after: str, side: Side = Side.TRANSLATION) -> Candidate:
        """The edits that turn this side's text into ``after`` (for rules that rewrite a whole text)."""
        before = self.source if side is Side.SOURCE else self.text
        return diff_edits(before, after, self.flag.id, side)


@dataclass(frozen=True)
class RuleSpec:
    name: str
    func: Callable[[Fault], Iterable[Candidate]]
    categories: frozenset
    side: Optional[Side]  # the side of the flags it answers; None: either
    needs_model: bool
    order: int  # lower runs first; a flag takes the first candidate that passes the re-check
    title: str

    def answers(self, flag: Flag, translator) -> bool:
        return (flag.category in self.categories and (self.side is None or flag.side == self.side)
                and (translator is not None or not self.needs_model))


RULES: dict[str, RuleSpec] = {}


def rule(name: str, *, categories: Iterable[Category], side: Optional[Side] = Side.TRANSLATION,
         needs_model: bool = False, order: int = 50):
    """Register a correction rule for flags of ``categories`` on ``side``."""

    def deco(func):
        if name in RULES:
            raise ValueError(f"correction rule {name!r} registered twice")
        doc = (func.__doc__ or "").strip()
        if not doc:
            raise ValueError(f"correction rule {name!r} has no docstring")
        RULES[name] = RuleSpec(name=name, func=func, categories=frozenset(categories), side=side,
                               needs_model=needs_model, order=order, title=doc.splitlines()[0].strip())
        return func

    return deco


def rules_for(flag: Flag, translator) -> list[RuleSpec]:
    return sorted((r for r in RULES.values() if r.answers(flag, translator)), key=lambda r: (r.order, r.name))


# German-side faults are repaired in the German by their family; the source-repair rule then
# translates the repaired German again (category -> function returning the repaired German or None).
GERMAN_REPAIRS: dict[Category, Callable[[Fault], Optional[str]]] = {}


def german_repair(category: Category):
    """Register how a German-side fault of ``category`` is repaired in the German."""

    def deco(func):
        if category in GERMAN_REPAIRS:
            raise ValueError(f"German repair for {category.value} registered twice")
        GERMAN_REPAIRS[category] = func
        return func

    return deco
