"""Cut-off translations: where decoding stopped at the target-token limit, not at an end the model chose.

The backends record it (``Translation.limit_reached``); pairs read from a file carry no such
evidence and this check stays silent on them. A translation cut there lacks its end, which the
omission checks might or might not notice; this says why, and what raises the limit.
"""
from __future__ import annotations

from ..records import Category, LimitBy, Severity
from .confidence import sentence_spans
from .registry import check

# What a reviewer can do about each kind of limit.
REMEDY = {
    LimitBy.MAX_LENGTH: "raise it with --max-length (now {tokens})",
    LimitBy.POSITIONS: ("that is the model's own limit (its positions), which --max-length cannot raise: "
                        "split the sentence in the German"),
}


@check("length_limit", category=Category.OMISSION, severity=Severity.WARNING)
def length_limit(ctx):
    """A sentence's translation stopped at the token limit and may be cut off

    The decoder reached the limit of target tokens (``--max-length``, within the model's
    positions) before it ended the sentence itself, so the English may lack its end.
    """
    for t in ctx.unit.translations:
        limit = t.limit_reached
        if limit is None:
            continue
        src_span, tr_span = sentence_spans(ctx, t)
        yield ctx.flag(
            f"the translation of this sentence stopped at the limit of {limit.tokens} tokens and may be cut off: "
            f"{REMEDY[limit.by].format(tokens=limit.tokens)}; it ends {t.best[-60:]!r}",
            source_span=src_span, translation_span=tr_span, score=float(limit.tokens),
            threshold=float(limit.tokens))
