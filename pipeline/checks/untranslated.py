"""Untranslated: German left standing in the English, beyond the names both languages share.

Two measurements per English sentence: how much of it is copied word for word from the German
(names and titles are copied too, so copying alone proves little), and how many German function
words it holds outside names ("und", "nicht", "wird": no English sentence needs them).
"""
from __future__ import annotations

from collections import defaultdict

from ..lang.words import GERMAN_FUNCTION_WORDS, NAME_PARTICLES, tokens
from ..records import Category, Severity
from .omission import sentences
from .registry import check


def copied(src_words: list[str], tr_words: list[str], min_run: int) -> list[bool]:
    """For each English word: is it inside a run of ``min_run`` or more words copied from the German?"""
    pos = defaultdict(list)
    for j, w in enumerate(src_words):
        pos[w].append(j)
    covered = [False] * len(tr_words)
    prev: dict[int, int] = {}
    for i, w in enumerate(tr_words):
        cur = {j: prev.get(j - 1, 0) + 1 for j in pos.get(w, ())}
        for j, length in cur.items():
            if length >= min_run:
                for k in range(i - length + 1, i + 1):
                    covered[k] = True
        prev = cur
    return covered


def german_words(words: list[str]) -> list[bool]:
    """Words that are German and no English: function words outside names, and words with umlauts
    written in lower case (names keep their capital)."""
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if low in NAME_PARTICLES and 0 < k < len(words) - 1 and words[k - 1][:1].isupper() \
                and words[k + 1][:1].isupper():
            out.append(False)  # "Hans von Borsody", "Alexander Van der Bellen"
            continue
        out.append(low in GERMAN_FUNCTION_WORDS or (w.islower() and any(c in "äöüß" for c in w)))
    return out


@check("untranslated", category=Category.UNTRANSLATED, severity=Severity.ERROR)
def untranslated(ctx):
    """German text left untranslated in the English

    A sentence of the English copied from the German, or holding German function words, beyond
    the names and titles both languages share.
    """
    p = ctx.params
    text = ctx.translation
    toks = tokens(text)
    is_de = german_words([t[2] for t in toks])
    # In a sentence copied whole, a capitalised word with an umlaut is German too ("Großbrand").
    umlaut = [any(c in "äöüßÄÖÜ" for c in t[2]) for t in toks]
    if not any(is_de) and not any(umlaut):
        return  # every flag needs one German word at least
    src_words = [t[2].lower() for t in tokens(ctx.source)]
    covered = copied(src_words, [t[2].lower() for t in toks], p["min_copied_run"])
    k = 0
    for a, b in sentences(text):
        idx = []
        while k < len(toks) and toks[k][0] < b:
            if toks[k][0] >= a:
                idx.append(k)
            k += 1
        if not idx:
            continue
        share = sum(covered[i] for i in idx) / len(idx)
        copied_sentence = len(idx) >= p["min_sentence_words"] and share >= p["min_copied_share"]
        n_de = sum(is_de[i] or (copied_sentence and umlaut[i]) for i in idx)
        if n_de < p["min_german_words"] and not (copied_sentence and n_de >= 1):
            continue
        if not copied_sentence and n_de / len(idx) < p["min_german_share"]:
            continue
        hits = [i for i in idx if is_de[i] or covered[i]]
        span = (toks[hits[0]][0], toks[hits[-1]][1])
        src_at = ctx.source.find(text[span[0]:span[1]])
        yield ctx.flag(
            f"German left in the English: {text[span[0]:span[1]][:80]!r} ({n_de} German word(s); "
            f"{share:.0%} of the sentence copied from the German)",
            translation_span=span, source_span=(src_at, src_at + span[1] - span[0]) if src_at >= 0 else None,
            score=float(n_de), threshold=float(p["min_german_words"]))
