"""The re-check: a proposed edit is kept only when the checks, run again, agree it fixes its flag.

A candidate (the paragraph with some edits applied) is checked again together with the
rest of its document, because some checks judge a paragraph against its neighbours (the
article's years). It passes when every flag it answers is gone (fewer flags of that check
on that side of the paragraph), no new error or warning appeared anywhere in the document,
nothing the English carried over from the German right (a number, a name) was lost, and no
German word the English rendered is left unrendered (beyond the words the answered flags
point at): counting flags alone would let a deletion through wherever an omission flag stood.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from ..align import align
from ..checks.config import CheckConfig
from ..checks.numbers import YEAR, firm, match, read_numerals
from ..checks.runner import run_checks
from ..edits import compose
from ..lang.words import GERMAN_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS_ALSO_ENGLISH, german_common_noun
from ..records import Edit, Flag, Severity, Side, Span, Unit

ACTIONABLE = (Severity.ERROR, Severity.WARNING)


def actionable(flags: Iterable[Flag]) -> list[Flag]:
    return [f for f in flags if f.severity in ACTIONABLE]


def _key(f: Flag) -> tuple[str, str]:
    return (f.check, f.side.value)


def candidate(unit: Unit, edits: Sequence[Edit]) -> Unit:
    """``unit`` with ``edits`` applied on both sides (offsets into its original texts)."""
    source = compose(unit.source, edits, Side.SOURCE)
    translation = compose(unit.translation or "", edits, Side.TRANSLATION)
    return replace(unit, source=source, translation=translation)


@dataclass(frozen=True)
class Verdict:
    passed: bool
    new_flags: tuple[str, ...] = ()  # what the candidate broke, for the record


@dataclass
class Document:
    """One document's units and their flags as the checks found them on the raw translation.

    Every re-check runs the checks on this document once, with one paragraph replaced; the
    number of re-checks is what a correction costs, so callers count them (``rechecks``).
    """

    units: list[Unit]
    flags: list[list[Flag]]
    config: CheckConfig
    rechecks: int = 0
    _counts: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._counts = _counts(self.flags)

    def recheck(self, pos: int, edits: Sequence[Edit], answers: Sequence[Flag]) -> Verdict:
        """Whether ``edits`` on unit ``pos`` clear every flag of ``answers`` and break nothing."""
        before_unit = self.units[pos]
        new_unit = candidate(before_unit, edits)
        if new_unit.source == before_unit.source and new_unit.translation == before_unit.translation:
            return Verdict(False, ("the edits change nothing",))
        self.rechecks += 1
        after = _counts(self.flags_with(pos, new_unit))
        before = self._counts
        wanted = Counter((pos, *_key(f)) for f in answers)
        broke = [f"German number {t!r} lost" for t in numbers_lost(before_unit, new_unit)]
        broke += [f"{t!r} from the German lost" for t in carried_lost(before_unit, new_unit)]
        pointed = [f.source_span for f in answers if f.source_span] + [
            span for f in answers if f.translation_span for span in _rendered_in(before_unit, f.translation_span)]
        broke += [f"German {t!r} no longer rendered" for t in rendered_lost(before_unit, new_unit, pointed)]
        for k in sorted(set(after) | set(wanted)):
            p, check, side = k
            allowed = before[k] - wanted[k]
            if after[k] > before[k]:
                where = "" if p == pos else f" (unit {self.units[p].id})"
                broke.append(f"{check}{where}")
            elif after[k] > allowed:
                broke.append(f"{check} still flagged")
        return Verdict(not broke, tuple(broke))


    def flags_with(self, pos: int, unit: Unit) -> list[list[Flag]]:
        """The document's flags with unit ``pos`` replaced by ``unit``.

        The checks judge a paragraph against its neighbours' German only (the article's years, a
        quotation running on into the next paragraph). So while the German stays as it was, the other
        paragraphs' flags stay as they were, and only this paragraph is checked again, its neighbours
        present by their German: a re-check then costs one paragraph, not the whole document.
        """
        units = list(self.units)
        units[pos] = unit
        if unit.source != self.units[pos].source:
            return run_checks(units, self.config)
        context = [u if i == pos else replace(u, translation=None) for i, u in enumerate(units)]
        again = run_checks(context, self.config)[pos]
        return [again if i == pos else list(fl) for i, fl in enumerate(self.flags)]


def _counts(flags: list[list[Flag]]) -> Counter:
    return Counter((pos, *_key(f)) for pos, fl in enumerate(flags) for f in actionable(fl))


def numbers_lost(before: Unit, after: Unit) -> list[str]:
    """German numbers that had an English partner before the change and have none after it.

    A check's own suggestion always satisfies that check; this guard catches a "fix" that
    pairs one number by unpairing another ("eleven" -> "two" where the German has both).
    """
    def unpaired(unit: Unit) -> Counter:
        _, left = match(read_numerals(unit.translation or "", "en"), read_numerals(unit.source, "de"))
        return Counter(n.text for n in left if firm(n, "de") or n.kind == YEAR)

    lost = unpaired(after) - unpaired(before)
    source_now = Counter(n.text for n in read_numerals(after.source, "de"))
    return [t for t in lost if source_now[t]]


def rendered_lost(before: Unit, after: Unit, pointed: Sequence[Span] = ()) -> list[str]:
    """German words the English rendered before the change and renders no longer (``pipeline.align``).

    Words of the German before that ``pointed`` covers (what the answered flags point at) may
    lose their rendering: a fix may rightly rewrite them. Removing a loop removes no rendering
    (the copy left renders the word); a word gone from the German too is not lost.
    """
    def rendered(unit: Unit, skip: Sequence[Span] = ()) -> Counter:
        return Counter(w.text for w in align(unit.source, unit.translation or "").words
                       if w.rendered and not any(a <= w.start < b for a, b in skip))

    lost = rendered(before, pointed) - rendered(after)
    german_now = Counter(w.text for w in align(after.source, after.translation or "").words)
    return [w for w in lost if german_now[w]]


def _rendered_in(unit: Unit, span: tuple[int, int]) -> list[tuple[int, int]]:
    """German spans of the words whose English rendering lies in ``span`` of the English."""
    a, b = span
    return [(w.start, w.end) for w in align(unit.source, unit.translation or "").words
            if w.en is not None and a <= w.en[0] < b]


_CARRIED = re.compile(r"[^\W_]+")


def carried_lost(before: Unit, after: Unit) -> list[str]:
    """Names and digits the English had verbatim from the German, and lost every copy of.

    Such words were translated by being kept; a "fix" that removes them (a name check's guess,
    an n-best hypothesis dropping a name) breaks what was right.
    """
    def carried(unit: Unit) -> Counter:
        source = set(_CARRIED.findall(unit.source))
        # A German common noun kept in the English („Millionen“) was left untranslated, not carried.
        return Counter(w for w in _CARRIED.findall(unit.translation or "")
                       if w in source and (w[0].isdigit() or w[0].isupper() and not _untranslated(w)))

    was, now = carried(before), carried(after)
    source_now = set(_CARRIED.findall(after.source))
    return [w for w in was if not now[w] and w in source_now]


def _untranslated(word: str) -> bool:
    # A German common noun; function words („Das“ in a title kept in German) are carried.
    low = word.lower()
    return (german_common_noun(word) and low not in GERMAN_FUNCTION_WORDS
            and low not in GERMAN_FUNCTION_WORDS_ALSO_ENGLISH)
