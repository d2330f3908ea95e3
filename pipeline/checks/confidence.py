"""Low confidence: where the translator itself was unsure, from its scores and its n-best list.

Only units the model translated carry this evidence (``Unit.translations``); pairs read from a
file have none and these checks stay silent on them.
"""
from __future__ import annotations

from ..records import Category, Severity, Translation
from ..lang.words import TOKEN
from .registry import check


def sentence_spans(ctx, t: Translation):
    """Where a sentence's German and its best English stand in the paragraph (None where not found)."""
    a = ctx.source.find(t.source) if t.source else -1
    b = ctx.translation.find(t.best) if t.best else -1
    return ((a, a + len(t.source)) if a >= 0 else None,
            (b, b + len(t.best)) if b >= 0 else None)


def agreement(t: Translation) -> float | None:
    """Mean word overlap (Jaccard) of the best hypothesis with each other n-best hypothesis."""
    best = {w.lower() for w in TOKEN.findall(t.best)}
    others = [h for h in t.nbest if h.text != t.best]
    if not best or not others:
        return None
    sims = []
    for h in others:
        words = {w.lower() for w in TOKEN.findall(h.text)}
        sims.append(len(best & words) / len(best | words) if words else 0.0)
    return sum(sims) / len(sims)


@check("low_confidence", category=Category.OTHER, severity=Severity.WARNING)
def low_confidence(ctx):
    """The translator gave a sentence a low score

    The score is the length-normalised log-probability of the chosen translation; below
    ``min_score`` the model found the sentence hard, and a reviewer should read it.
    """
    floor = ctx.params["min_score"]
    for t in ctx.unit.translations:
        if t.score is None or t.score >= floor:
            continue
        src_span, tr_span = sentence_spans(ctx, t)
        yield ctx.flag(
            f"the translator was unsure of this sentence (score {t.score:.2f}, below {floor}): "
            f"{t.best[:80]!r}",
            source_span=src_span, translation_span=tr_span, score=round(t.score, 3), threshold=floor,
            suggestion=t.nbest[1].text if len(t.nbest) > 1 and t.nbest[1].text != t.best else None)


@check("nbest_disagreement", category=Category.OTHER, severity=Severity.WARNING)
def nbest_disagreement(ctx):
    """The translator's alternatives for a sentence disagree strongly

    When the n-best hypotheses share few words with the chosen one, the model hesitated between
    different readings of the German.
    """
    floor = ctx.params["min_agreement"]
    min_words = ctx.params["min_words"]
    for t in ctx.unit.translations:
        if len(TOKEN.findall(t.best)) < min_words:
            continue  # short sentences differ in a word or two and say nothing
        a = agreement(t)
        if a is None or a >= floor:
            continue
        src_span, tr_span = sentence_spans(ctx, t)
        yield ctx.flag(
            f"the translator's {len(t.nbest)} alternatives for this sentence share only {a:.0%} of "
            f"their words with the chosen one: {t.best[:80]!r}",
            source_span=src_span, translation_span=tr_span, score=round(a, 3), threshold=floor)
