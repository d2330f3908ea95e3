"""Edit composition: which of a paragraph's verified suggestions make its corrected text.

Each flag has at most one suggestion that passed the re-check on its own. Suggestions of
different flags that touch the same characters are alternatives: the first (errors before
warnings, then by place) is applied, the others stay proposed for the reviewer. The chosen
ones are re-checked together once; when together they break something that each alone did
not, they are added one at a time instead, each addition re-checked.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..edits import overlaps
from ..records import Correction, Edit, Flag, Severity
from .recheck import Document


@dataclass(frozen=True)
class Suggestion:
    flag: Flag
    edits: tuple[Edit, ...]
    rule: str


def _order(s: Suggestion) -> tuple:
    first = min((e.start for e in s.edits), default=0)
    return (s.flag.severity != Severity.ERROR, first)


def choose(doc: Document, pos: int, suggestions: Sequence[Suggestion], applicable: Callable[[Flag], bool],
           budget: int) -> tuple[list[Suggestion], list[Correction]]:
    """The suggestions to apply (no two overlapping, re-checked together) and the joint re-checks made."""
    picked: list[Suggestion] = []
    for s in sorted(suggestions, key=_order):
        if applicable(s.flag) and not any(overlaps(a, b) for p in picked for a in p.edits for b in s.edits):
            picked.append(s)
    if len(picked) < 2:
        return picked, []
    raw = doc.units[pos].translation or ""
    records: list[Correction] = []

    def joint(group: Sequence[Suggestion]) -> bool:
        edits = [e for s in group for e in s.edits]
        verdict = doc.recheck(pos, edits, [s.flag for s in group])
        records.append(Correction(
            rule="together", checks=tuple(dict.fromkeys(s.flag.check for s in group)), before=raw,
            after=raw, cleared=verdict.passed, new_flags=verdict.new_flags,
            detail="re-check of the suggestions of " + ", ".join(s.flag.id for s in group) + " applied together"))
        return verdict.passed

    if joint(picked):
        return picked, records
    kept = [picked[0]]
    for s in picked[1:]:
        if len(records) >= budget:
            break
        if joint(kept + [s]):
            kept.append(s)
    return kept, records
