"""Span edits on a paragraph: compose the ones chosen, find the ones that compete.

A suggestion is a set of ``Edit``s; the corrected text is the composition of the
edits chosen, and a reviewer's decisions choose again, flag by flag. Offsets
always refer to the original text of one side, so edits of different flags
compose in any order.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from .errors import DeenError
from .records import Edit, Side


class EditConflict(DeenError):
    """Two chosen edits touch the same characters, or an edit lies outside its text."""


def overlaps(a: Edit, b: Edit) -> bool:
    """True when ``a`` and ``b`` change the same characters (two insertions at one point count)."""
    if a.side != b.side:
        return False
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    return a.start < b.end and b.start < a.end or (a.start == a.end and b.start < a.start < b.end) \
        or (b.start == b.end and a.start < b.start < a.end)


def alternatives(edits: Sequence[Edit]) -> list[list[Edit]]:
    """Groups of edits that overlap one another (transitively): at most one of each group can apply."""
    groups: list[list[Edit]] = []
    for e in sorted(edits, key=lambda e: (e.side.value, e.start, e.end)):
        touching = [g for g in groups if any(overlaps(e, x) for x in g)]
        merged = [e] + [x for g in touching for x in g]
        groups = [g for g in groups if g not in touching] + [merged]
    return [sorted(g, key=lambda e: (e.start, e.end)) for g in groups if len(g) > 1]


def compose(text: str, edits: Iterable[Edit], side: Side = Side.TRANSLATION) -> str:
    """``text`` with every edit of ``side`` applied; raises EditConflict when two of them overlap."""
    chosen = sorted((e for e in edits if e.side == side), key=lambda e: (e.start, e.end))
    out, pos = [], 0
    for i, e in enumerate(chosen):
        if not 0 <= e.start <= e.end <= len(text):
            raise EditConflict(f"edit of flag {e.flag} ({e.start}-{e.end}) lies outside the text "
                               f"({len(text)} characters)")
        if i and overlaps(chosen[i - 1], e):
            raise EditConflict(f"edits of flags {chosen[i - 1].flag} and {e.flag} overlap at {e.start}")
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def diff_edits(before: str, after: str, flag: str, side: Side = Side.TRANSLATION) -> tuple[Edit, ...]:
    """The smallest word-level edits that turn ``before`` into ``after`` (for rules that rewrite text)."""
    import difflib
    import re

    tokens = lambda s: [m for m in re.finditer(r"\s+|\w+|[^\w\s]", s)]  # noqa: E731
    a, b = tokens(before), tokens(after)
    sm = difflib.SequenceMatcher(a=[m.group() for m in a], b=[m.group() for m in b], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        start = a[i1].start() if i1 < len(a) else len(before)
        end = a[i2 - 1].end() if i2 > i1 else start
        repl = after[b[j1].start():b[j2 - 1].end()] if j2 > j1 else ""
        out.append(Edit(flag=flag, side=side, start=start, end=end, replacement=repl))
    return tuple(out)
