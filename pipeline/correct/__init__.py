"""Corrections: span edits that answer one flag each, kept only when the checks agree.

For each error or warning flag of a paragraph, the rules registered for its category
(``registry.rule``, one module per family: quotes, years, dates, numbers, repetition,
names, n-best, source repair) propose candidate edits of the English and, for faults
the German-side checks found, of the German. Each candidate is re-checked on its
document (``recheck``); the first that passes is the flag's suggestion. Suggestions of
different flags compose; overlapping ones are alternatives (``compose``). The corrected
text is the raw translation with the chosen suggestions applied, and nothing else.
"""
from __future__ import annotations

from . import dates, names, nbest, numbers, quotes, repetition, source, years  # noqa: F401 - register rules
from .document import APPLY, MAX_RECHECKS_PER_PARAGRAPH, MAX_TRIES_PER_FLAG, correct_document, correct_unit
from .recheck import ACTIONABLE, Document, carried_lost, numbers_lost, rendered_lost
from .registry import GERMAN_REPAIRS, RULES, Fault, rule
from .suggestion import full_text

__all__ = ["ACTIONABLE", "APPLY", "Document", "Fault", "GERMAN_REPAIRS", "MAX_RECHECKS_PER_PARAGRAPH",
           "MAX_TRIES_PER_FLAG", "RULES", "carried_lost", "correct_document", "correct_unit", "full_text",
           "numbers_lost", "rendered_lost", "rule"]
