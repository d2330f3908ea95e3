"""Source repair: the German repaired where a German-side check found the fault, translated again."""
from __future__ import annotations

from ..records import Category, Side
from ..segment import join_sentences, split
from .registry import GERMAN_REPAIRS, Fault, rule


@rule("source_repair", categories=list(Category), side=Side.SOURCE, needs_model=True, order=10)
def source_repair(fault: Fault):
    """The German repaired and the sentences it changed translated again"""
    repair = GERMAN_REPAIRS.get(fault.flag.category)
    repaired = repair(fault) if repair else None
    if repaired is None or repaired == fault.source:
        return
    sentences = [repaired[a:b] for a, b in split(repaired)]
    known = {t.source: t for t in fault.unit.translations}
    todo = [s for s in sentences if s not in known]
    fresh = dict(zip(todo, fault.translator.translate(todo))) if todo else {}
    after = join_sentences((known.get(s) or fresh[s]).best for s in sentences)
    if after == fault.text:
        return  # only the English is delivered: a repair that leaves it as it was corrects nothing
    yield fault.rewrite(repaired, Side.SOURCE) + fault.rewrite(after)
