"""Repetition: a word or phrase said again and again in a row, as a decoder caught in a loop does."""
from __future__ import annotations

from dataclasses import dataclass

from ..lang.words import ALLOWED_DOUBLES, tokens
from ..records import Category, Severity
from .registry import check


@dataclass(frozen=True)
class Run:
    start: int  # character offset of the first copy
    second: int  # character offset of the second copy
    end: int  # end of the last copy
    words: tuple[str, ...]  # the repeated phrase, lower case
    copies: int


def runs(text: str, max_words: int) -> list[Run]:
    """Phrases of up to ``max_words`` words repeated in a row, glued by spaces only.

    Each copy must match the first one with what lies between its words ("the boats and the
    boats and"), so "inside. Inside," or "Cook Signature, Thomas Cook Signature Finest" are no
    repetition.
    """
    toks = tokens(text)
    low = [t[2].lower() for t in toks]

    def seg(i: int, n: int, c: int) -> str:
        return text[toks[i + c * n][0]:toks[i + (c + 1) * n - 1][1]].lower()

    def is_copy(i: int, n: int, c: int) -> bool:
        return (i + (c + 1) * n <= len(toks) and low[i + c * n] == low[i]
                and text[toks[i + c * n - 1][1]:toks[i + c * n][0]].isspace()
                and seg(i, n, c) == seg(i, n, 0))

    # Where each word occurs next: a phrase of n words can repeat only where its first word does.
    nxt = [0] * len(low)
    seen: dict[str, int] = {}
    for k in range(len(low) - 1, -1, -1):
        nxt[k] = seen.get(low[k], -1)
        seen[low[k]] = k

    out: list[Run] = []
    i = 0
    while i < len(toks):
        j = nxt[i]
        while j != -1 and j - i <= max_words:
            n = j - i
            j = nxt[j]
            if not is_copy(i, n, 1):
                continue
            copies = 2
            while is_copy(i, n, copies):
                copies += 1
            out.append(Run(start=toks[i][0], second=toks[i + n][0], end=toks[i + copies * n - 1][1],
                           words=tuple(low[i:i + n]), copies=copies))
            i += n * copies
            break
        else:
            i += 1
    return out


@check("repetition", category=Category.REPETITION, severity=Severity.ERROR)
def repetition(ctx):
    """A word or phrase repeated in a row in the English

    Three or more copies, or a phrase of several words said twice, are a decoder loop. A single
    word said twice is a warning, unless good English doubles it ("had had", "that that") or the
    German has the same doubling (a name such as "Bora Bora").
    """
    p = ctx.params
    found = runs(ctx.translation, p["max_words"])
    src_runs = {r.words for r in runs(ctx.source, p["max_words"])} if found else set()
    for r in found:
        if all(w.isdigit() for w in r.words):
            continue  # scores and tables: "1 1", "21:21"
        single_double = r.copies == 2 and len(r.words) == 1
        if single_double and (r.words in ALLOWED_DOUBLES or r.words in src_runs):
            continue
        if len(r.words) > 1 and r.copies == 2 and r.words in src_runs:
            continue
        repeated_words = len(r.words) * (r.copies - 1)
        if r.copies < p["min_copies"] and repeated_words < p["min_repeated_words"]:
            sev = Severity.WARNING
        else:
            sev = None
        phrase = " ".join(r.words)
        yield ctx.flag(
            f"{phrase!r} is repeated {r.copies} times in a row",
            translation_span=(r.second, r.end), score=float(r.copies),
            threshold=float(p["min_copies"]), severity=sev,
            suggestion=ctx.translation[:r.second].rstrip() + ctx.translation[r.end:])
