"""The correction stage for a list of units: suggestions per flag, re-checked, then composed."""
from __future__ import annotations

from typing import Collection, Optional

from ..checks.config import CheckConfig, load_config
from ..edits import compose
from ..records import Corrected, Correction, Flag, Severity, Unit
from .compose import Suggestion, choose
from .recheck import Document, actionable, candidate
from .registry import Fault, rules_for

# Bounds on the cost: each attempt re-checks the paragraph's document once.
MAX_TRIES_PER_FLAG = 8
MAX_RECHECKS_PER_PARAGRAPH = 24

# Flags whose verified suggestion is applied to the delivered text; the others are proposed only.
APPLY = (Severity.ERROR, Severity.WARNING)


def _documents(units) -> list[list[int]]:
    # Same grouping as the check runner: consecutive units sharing a doc_id.
    docs: list[list[int]] = []
    for i, u in enumerate(units):
        if docs and u.doc_id is not None and units[docs[-1][0]].doc_id == u.doc_id:
            docs[-1].append(i)
        else:
            docs.append([i])
    return docs


def correct_document(units: list[Unit], flags: list[list[Flag]], translator=None,
                     config: Optional[CheckConfig] = None,
                     apply: Collection[Severity] = APPLY) -> list[Corrected]:
    """Per unit: the suggestions that pass the re-check, and the text with the chosen ones applied.

    ``flags`` are the checks' flags for ``units`` (as from ``run_checks(units, config)``).
    ``translator`` may be None: then only rules that need no model run (n-best uses the
    hypotheses already stored in ``Unit.translations``). Suggestions of flags whose severity
    is not in ``apply`` are proposed but not applied.
    """
    if len(flags) != len(units):
        raise ValueError(f"{len(units)} units but {len(flags)} flag lists")
    config = config or load_config()
    out = [Corrected(text=u.translation or "") for u in units]
    for members in _documents(units):
        doc = Document(units=[units[i] for i in members], flags=[list(flags[i]) for i in members], config=config)
        for pos, i in enumerate(members):
            if units[i].translation is not None and actionable(doc.flags[pos]):
                out[i] = correct_unit(doc, pos, translator, apply)
    return out


def correct_unit(doc: Document, pos: int, translator, apply: Collection[Severity]) -> Corrected:
    """Suggestions for the flags of unit ``pos`` of ``doc``, each re-checked, and their composition."""
    unit = doc.units[pos]
    raw = unit.translation or ""
    targets = sorted(actionable(doc.flags[pos]), key=lambda f: (f.severity != Severity.ERROR,
                                                                 (f.translation_span or f.source_span or (0,))[0]))
    records: list[Correction] = []
    suggestions: list[Suggestion] = []
    start = doc.rechecks
    budget = MAX_RECHECKS_PER_PARAGRAPH
    seen_ids: set[str] = set()
    for flag in targets:
        if flag.id in seen_ids:
            continue  # the same finding twice (two checks' copies): one suggestion
        seen_ids.add(flag.id)
        fault = Fault(flag=flag, unit=unit, flags=tuple(targets), translator=translator)
        found = _suggest(doc, pos, fault, records, min(budget, MAX_TRIES_PER_FLAG))
        budget = MAX_RECHECKS_PER_PARAGRAPH - (doc.rechecks - start)
        if found is not None:
            suggestions.append(found)
        if budget <= 0:
            break
    chosen, joint = choose(doc, pos, suggestions, lambda f: f.severity in apply, max(budget, 1))
    records += joint
    applied = tuple(s.flag.id for s in chosen)
    text = compose(raw, [e for s in chosen for e in s.edits])
    return Corrected(text=text, corrections=tuple(records), edits=tuple(e for s in suggestions for e in s.edits),
                     applied=applied)


def _suggest(doc: Document, pos: int, fault: Fault, records: list[Correction], tries: int) -> Optional[Suggestion]:
    """The first candidate of the flag's rules that passes the re-check, trying at most ``tries``."""
    raw = fault.text
    tried: set = set()
    for spec in rules_for(fault.flag, fault.translator):
        for edits in spec.func(fault):
            key = tuple(sorted((e.side.value, e.start, e.end, e.replacement) for e in edits))
            if not edits or key in tried:
                continue
            tried.add(key)
            verdict = doc.recheck(pos, edits, [fault.flag])
            after = candidate(fault.unit, edits).translation
            records.append(Correction(rule=spec.name, checks=(fault.flag.check,), before=raw,
                                      after=after if verdict.passed else raw, cleared=verdict.passed,
                                      new_flags=verdict.new_flags, detail=spec.title, flag=fault.flag.id,
                                      edits=tuple(edits)))
            if verdict.passed:
                return Suggestion(flag=fault.flag, edits=tuple(edits), rule=spec.name)
            if len(tried) >= tries:
                return None
    return None
