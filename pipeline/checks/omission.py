"""Omission and addition: align German and English sentences by length, find what has no partner.

Gale and Church (1993): the length of a translation is about proportional to the length of its
source, with a spread that grows with the length. Sentences are aligned by dynamic programming
over 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 groups; a group whose English is far shorter than its
German (in standard deviations, ``z``) lost something, one far longer gained something.

Length says that something is missing, not what: with a lexicon, the word alignment
(``pipeline/align.py``) must find a clause whose words the English does not render, and it names
the clause; without one, length decides alone and the flag says so.
"""
from __future__ import annotations

import bisect
import collections
import math
import re
import statistics
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import Optional

from ..align import UNKNOWN, UNRENDERED, Alignment as WordAlignment, align as align_words
from ..lang import de, en
from ..lang.words import (ENGLISH_ABBREVIATIONS, ENGLISH_CASED_ABBREVIATIONS, ENGLISH_FUNCTION_WORDS,
                          GERMAN_ENDABLE_ABBREVIATIONS,
                          GERMAN_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS_ALSO_ENGLISH, GERMAN_NEVER_FINAL_ABBREVIATIONS,
                          GERMAN_PARTICLES, tokens)
from ..records import Category, Severity
from .config import CheckConfig
from .registry import check



def _lowered(abbreviations) -> frozenset:
    # In any case („chr.“, „Chr.“), but an abbreviation that is a German word in lower case only as
    # written („Mag.“ is a title, „was er mag.“ ends a sentence).
    words = GERMAN_PARTICLES | GERMAN_FUNCTION_WORDS
    return frozenset(a.lower() if a.lower() not in words else a for a in abbreviations if " " not in a)


# Words after which a period ends no sentence; „Mio.“ and the like end none before a number.
# („v. Chr.“ and „Str.“ may end a sentence, but a wrong split costs the length alignment more than a
# missed one.)
_NEVER_FINAL = _lowered(GERMAN_NEVER_FINAL_ABBREVIATIONS + ("chr", "str"))
_ENDABLE = _lowered(GERMAN_ENDABLE_ABBREVIATIONS)
_BOUNDARY = re.compile(r"[.!?…]+[\"“”»«’')\]]*\s+(?=[\"„“»«‚‘'(\[]?[A-ZÄÖÜ0-9])")
# Quoting a question or exclamation mid-sentence ("Wer?", fragte er) is no boundary: see above.
# A Roman numeral with its period is an ordinal („in der II. Division“, „Friedrich III. ließ“, "the II. Division"),
# as a single letter is an initial: a sentence ending in one is rarer than a wrong split is costly.
_ROMAN_ORDINAL = re.compile(r"(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _roman_ordinal(written: str, text: str, at: int) -> bool:
    """A Roman numeral of two letters or more before a word that opens no English sentence: an ordinal („die II.
    Division“, „Friedrich III. ließ“); "World War II. After the war …" ends one."""
    nxt = re.match(r"[\w'’]+", text[at:])
    return len(written) >= 2 and _ROMAN_ORDINAL.fullmatch(written) is not None \
        and not (nxt and nxt.group().lower() in ENGLISH_FUNCTION_WORDS)


def _counted_after(text: str, at: int, scale: bool = False) -> bool:
    """A currency or unit follows („2,1 Mio. Euro“, „3 Mrd. US-Dollar“): the abbreviation counts it. After a
    scale word's abbreviation („2 Mio. Menschen“) any noun is what it counts; a sentence after it begins
    with a word of grammar („… beträgt 2 Mio. Die Polizei …“)."""
    word = re.match(r"[\w$€£-]+", text[at:])
    if not word:
        return False
    low = word.group().lower()
    if scale and word.group()[:1].isupper() and not {low} & (GERMAN_FUNCTION_WORDS | GERMAN_FUNCTION_WORDS_ALSO_ENGLISH
                                                           | GERMAN_PARTICLES | de.DETERMINERS):
        return True
    return low in de.CURRENCIES or low in de.MEASURES or low.rsplit("-", 1)[-1] in de.CURRENCIES


def _after_number(before: list[str], last: str) -> bool:
    """The abbreviation is a scale word's („Mio.“, „Mrd.“) and follows a number: „2 Mio.“, „1,5 Mrd.“."""
    return f"{last}." in de.SCALES and len(before) >= 2 and before[-2][:1].isdigit()


@lru_cache(maxsize=256)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a paragraph: enough for length alignment, not a full segmenter."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start:m.start()].split()
        written = before[-1].rstrip(".").lstrip("([„“\"'‚«»") if before else ""  # „(GBl. S. 357)“
        last = written.lower()
        # (and the last of abbreviations joined by a hyphen: „Dipl.-Ing.“, „Dipl.-Kfm.“)
        known = {last, written, last.rsplit("-", 1)[-1]}
        if last in ENGLISH_ABBREVIATIONS or written in ENGLISH_CASED_ABBREVIATIONS or known & _NEVER_FINAL \
                or (len(last) == 1 and last.isalpha()) \
                or _roman_ordinal(written, text, m.end()) \
                or (known & _ENDABLE and (text[m.end():m.end() + 1].isdigit()
                                          or _counted_after(text, m.end(), _after_number(before, last)))):
            continue
        # "am 6. August", "the 3. Liga": an ordinal number, not a sentence end — but for a day after an English
        # month, which English writes as a number ("… for rent from June 1. The flat …").
        # Nor before a word only English opens a sentence with ("… at the age of 55. His grave …").
        if text[m.start()] == "." and m.end() - m.start() <= 2 and last.isdigit() and len(last) <= 2 \
                and not (len(before) >= 2 and before[-2].lower() in en.MONTHS) \
                and not _english_opening(text, m.end()):
            continue
        spans.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple(spans)


_NEXT = re.compile(r"[\"“‘'(]?([A-Z][a-z]+)(?=\s)")


def _english_opening(text: str, at: int) -> bool:
    """The word at ``at`` is an English article or pronoun that opens sentences and is no German word (en.OPENERS:
    „His“, „The“, „They“), whole before a space: a sentence of English begins, and a number ends the one before. After
    a German ordinal's point comes a noun, which may be spelt like an English word („die 2. Mine“, „der 1. Most“) or
    a letter („1. A-Klasse“)."""
    m = _NEXT.match(text, at)
    return m is not None and m.group(1).lower() in en.OPENERS


# Prior cost (-log probability) of each group shape (German sentences, English sentences).
_SHAPES = {(1, 1): 0.12, (1, 0): 4.6, (0, 1): 4.6, (2, 1): 2.4, (1, 2): 2.4, (2, 2): 4.5}


@dataclass(frozen=True)
class Bead:
    de: tuple[int, ...]  # sentence indices
    en: tuple[int, ...]
    de_len: int
    en_len: int
    z: float  # (English length - expected) / spread


def _z(ls: int, lt: int, ratio: float, var: float) -> float:
    if ls == 0:
        return lt / math.sqrt(var * max(lt, 1))
    return (lt - ratio * ls) / math.sqrt(var * ls)


def _nll(z: float) -> float:
    # -log of the two-sided tail probability of a standard normal at |z|.
    p = math.erfc(abs(z) / math.sqrt(2))
    return -math.log(max(p, 1e-300))


@lru_cache(maxsize=4096)
def _misfit(ls: int, lt: int, ratio: float, var: float) -> float:
    # Cached: ``best_removal`` aligns a paragraph again without each of its sentences, and those
    # alignments weigh mostly the same groups of lengths as the first (a pure function of its
    # arguments, so a cached value is the value). The groups of one paragraph fit in the cache
    # (two of 20 sentences weigh at most 21 x 21 x 6 groups): a larger one only held more memory.
    return _nll(_z(ls, lt, ratio, var))


def align(de_lens: list[int], en_lens: list[int], ratio: float, var: float) -> list[Bead]:
    """Best monotone alignment of two sequences of sentence lengths."""
    n, m = len(de_lens), len(en_lens)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    # The length of a group as a difference of running totals, not a sum of a slice per group
    # (``best_removal`` runs this once per sentence of a paragraph).
    de_at, en_at = list(accumulate(de_lens, initial=0)), list(accumulate(en_lens, initial=0))
    shapes = tuple(_SHAPES.items())
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            for (di, dj), prior in shapes:
                ii, jj = i + di, j + dj
                if ii > n or jj > m:
                    continue
                c = here + prior + _misfit(de_at[ii] - de_at[i], en_at[jj] - en_at[j], ratio, var)
                if c < cost[ii][jj]:
                    cost[ii][jj] = c
                    back[ii][jj] = (i, j)
    beads = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        ls, lt = de_at[i] - de_at[pi], en_at[j] - en_at[pj]
        beads.append(Bead(tuple(range(pi, i)), tuple(range(pj, j)), ls, lt, _z(ls, lt, ratio, var)))
        i, j = pi, pj
    return beads[::-1]


def _lengths(text: str, spans: list[tuple[int, int]]) -> list[int]:
    # Letters and digits only: punctuation and spacing habits differ between the languages.
    return [sum(map(str.isalnum, text[a:b])) for a, b in spans]


def cost(beads: list[Bead]) -> float:
    """-log probability of an alignment: the shapes of its groups and the fit of their lengths."""
    return sum(_SHAPES[(len(b.de), len(b.en))] + _nll(b.z) for b in beads)


@dataclass(frozen=True)
class Alignment:
    de: tuple  # German sentence spans
    en: tuple  # English sentence spans
    de_lens: list
    en_lens: list
    beads: list
    cost: float


# The checks that share the sentence alignment (and its calibrated length ratio).
LENGTH_CHECKS = ("omission", "negation_dropped", "addition", "verb_missing")


def calibrated(config: CheckConfig, units) -> CheckConfig:
    """The config with the length ratio the run's own text shows, where its English is much shorter per
    German letter than ``length_ratio`` expects (``run_ratio_below``, over at least ``run_min_letters``
    German letters): a text written in English first and translated into German (FLORES) runs about 0.86,
    where German news and their translations run 0.92–0.98. Gale and Church estimate the ratio from the
    corpus aligned. Never raised: a wordy translator drops nothing."""
    from dataclasses import replace

    p = config.params("omission")
    if "run_ratio_below" not in p or "run_min_letters" not in p:
        return replace(config, calibrated=True)  # a config built by hand without these settings: as it is
    pairs = [(len(u.source), len(u.translation)) for u in units if u.translation and u.source]
    de = sum(a for a, _ in pairs)
    # The median paragraph's ratio: outputs cut short (a system that drops clauses) move a total, not a median.
    ratio = round(statistics.median(b / a for a, b in pairs), 3) if pairs else 1.0
    if de < p["run_min_letters"] or ratio >= p["run_ratio_below"]:
        return replace(config, calibrated=True)
    checks = {cid: dict(params) for cid, params in config.checks.items()}
    for cid in LENGTH_CHECKS:
        checks.setdefault(cid, {})["length_ratio"] = ratio
    return replace(config, checks=checks, calibrated=True)


def measure(ctx) -> Alignment:
    """Sentence alignment of the unit, memoised for the omission and addition checks."""
    ratio, var = ctx.params["length_ratio"], ctx.params["variance"]

    def compute():
        de, en = sentences(ctx.source), sentences(ctx.translation)
        dl, el = _lengths(ctx.source, de), _lengths(ctx.translation, en)
        beads = align(dl, el, ratio, var)
        return Alignment(de, en, dl, el, beads, cost(beads))
    return ctx.memo(f"omission.align:{ctx.position}:{ratio}:{var}", compute)


def _shared(text: str, span: tuple[int, int], other: str) -> float:
    # Share of a sentence's words (numbers, names, cognates) found as such in the other language.
    words = [w.lower() for _, _, w in tokens(text[span[0]:span[1]]) if len(w) >= 3 or w.isdigit()]
    if not words:
        return 0.0
    there = {w.lower() for _, _, w in tokens(other)}
    return sum(w in there for w in words) / len(words)


def _rendered(ctx, side: str, span: tuple[int, int], text: str, other: str) -> float:
    # How much of a sentence the other side renders: by the word alignment where it can judge,
    # else by the words both sides spell alike.
    al = align_words(ctx.source, ctx.translation)
    if not al.degraded:
        if side == "de":
            cov = al.coverage(*span)
        else:
            eng = [w for w in al.english if span[0] <= w.start < span[1]]
            cov = sum(w.accounted for w in eng) / len(eng) if eng else None
        if cov is not None:
            return cov
    return _shared(text, span, other)


_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()\[\]]|\s[–—-]\s)\s*")


def clauses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Clauses of a German span: split at commas, colons, semicolons, dashes and brackets."""
    out, start = [], span[0]
    for m in _CLAUSE_BREAK.finditer(text, span[0], span[1]):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if span[1] > start:
        out.append((start, span[1]))
    return out


def evidence(ctx, span: tuple[int, int], max_coverage: float, kept_numbers_weigh: int = 0
             ) -> tuple[int, Optional[float], list[str], tuple[int, int]]:
    """Word-alignment evidence that German text of ``span`` is missing from the English: of the
    clauses whose known content words the English renders at most ``max_coverage`` of, the one
    with the most unrendered words: how many, the share rendered, which words, and where. A clause
    whose numbers the English has (``_numbers_kept``) counts ``kept_numbers_weigh`` words fewer."""
    al = align_words(ctx.source, ctx.translation)
    best = (0, None, [], span)
    for a, b in _clauses_within(ctx.source, span):
        known = al.known(a, b)
        if not known:
            continue
        lost = [w.text for w in known if w.how == UNRENDERED]
        cov = 1 - len(lost) / len(known)
        if cov <= max_coverage and len(lost) > best[0]:
            n = len(lost) - (kept_numbers_weigh if kept_numbers_weigh and _numbers_kept(ctx, (a, b)) else 0)
            if n > best[0]:
                best = (n, cov, lost, (a, b))
    return best


def _clauses_within(text: str, span: tuple[int, int]):
    """The clauses of the sentences of ``text`` inside ``span``, in order (a clause ends at a sentence's end)."""
    for sa, sb in sentences(text):
        a0, b0 = max(sa, span[0]), min(sb, span[1])
        if a0 < b0:
            yield from clauses(text, (a0, b0))


def best_removal(al: Alignment, side: str, ratio: float, var: float, ctx, tie: float) -> tuple[int, float]:
    """The sentence of ``side`` ("de" or "en") without which the two align best, and the gain.

    Lengths alone may not tell which of two similar sentences is missing; among removals within
    ``tie`` of the best, the sentence sharing the fewest words with the other language is taken.
    """
    dl, el = al.de_lens, al.en_lens
    if side == "de":
        costs = [cost(align(dl[:k] + dl[k + 1:], el, ratio, var)) for k in range(len(dl))]
        text, spans, other = ctx.source, al.de, ctx.translation
    else:
        costs = [cost(align(dl, el[:k] + el[k + 1:], ratio, var)) for k in range(len(el))]
        text, spans, other = ctx.translation, al.en, ctx.source
    best = min(costs)
    near = [k for k, c in enumerate(costs) if c <= best + tie]
    k = min(near, key=lambda i: (_rendered(ctx, side, spans[i], text, other), costs[i]))
    return k, al.cost - costs[k]


@check("omission", category=Category.OMISSION, severity=Severity.WARNING)
def omission(ctx):
    """A German sentence or clause has no counterpart in the English

    Sentences are aligned by length (Gale–Church). Flagged: a German sentence without which the
    English aligns much better (``gain`` of at least ``min_gain``): it was dropped; a group of
    sentences far too short (``z`` at most ``max_z``): a clause was dropped; or a paragraph far too
    short (``min_paragraph_ratio``). Where length tells nothing, a German sentence of which the English,
    one sentence short, renders nothing (``unrendered_sentence_*``).
    """
    flags = list(_by_length(ctx))
    yield from flags or _unrendered_sentence(ctx)


def _unrendered_sentence(ctx):
    # A short sentence dropped whole hardly moves a paragraph's length („Der Mieterbund begrüßte die
    # Entscheidung.“ of three): the English has a sentence fewer, and the German one renders nothing there.
    p = ctx.params
    if "unrendered_sentence_max_coverage" not in p:
        return
    al, words = measure(ctx), align_words(ctx.source, ctx.translation)
    if len(al.de) <= len(al.en) or words.degraded:
        return
    # A German name the English has in no form is lost with its sentence as a number is („seine Frau Theodora“); one
    # the alignment judged already counts once. (Imported here: ``names`` imports this module.)
    from .names import lost_german_names

    judged = {x.start for x in words.words if x.how != UNKNOWN}
    lost_things = _lost_numbers(ctx) + [(s, w) for s, _, w in lost_german_names(ctx.source, ctx.translation)
                                        if s not in judged]
    # Where each German sentence's rendered words stand in the English: the English sentence most of them stand in is
    # its home. A word of a dropped sentence the alignment still finds elsewhere stands in another sentence's home
    # („Deutsche“ in "Germany", which renders „Deutschland“ of the next): it renders nothing of its own.
    ends = [e for _, e in al.en]
    knowns = [words.known(a, b) for a, b in al.de]
    placed = [[bisect.bisect_left(ends, w.en[0]) for w in known if w.rendered and w.en] for known in knowns]
    homes = [collections.Counter(x).most_common(1)[0][0] if x else None for x in placed]
    best = None
    for i, ((a, b), known) in enumerate(zip(al.de, knowns)):
        lost = [w.text for w in known if w.how == UNRENDERED]
        numbers = [t for at, t in lost_things if a <= at < b]
        seen = len(known) + len(numbers)
        if seen < p["unrendered_sentence_min_words"] or len(lost) + len(numbers) < p["unrendered_sentence_min_lost"]:
            continue
        # An English word that renders a word of another German sentence too is this one's only in a home of its own
        # („Krisenjahr“ by the "years" of „seit Jahren“, in the next sentence's English, is not).
        homed = {h for j, h in enumerate(homes) if j != i and h is not None}
        others = homed - {homes[i]}
        claimed = {w.en for j, ws in enumerate(knowns) if j != i for w in ws if w.rendered and w.en}
        own = sum(1 for w, e in zip((w for w in known if w.rendered and w.en), placed[i])
                  if e not in others and (w.en not in claimed or (e == homes[i] and e not in homed))) \
            + sum(w.rendered and not w.en for w in known)
        if own / seen > p["unrendered_sentence_max_coverage"]:
            continue
        if best is None or len(lost) + len(numbers) > len(best[2]):
            best = (a, b, lost + numbers)
    if best is None:
        return
    a, b, lost = best
    yield ctx.flag(f"this German sentence has no counterpart in the English, which has a sentence fewer: "
                   f"{ctx.source[a:b][:100]!r} (not rendered: {', '.join(lost[:6])})",
                   source_span=(a, b), score=float(len(lost)), threshold=float(p["unrendered_sentence_min_lost"]))


def _by_length(ctx):
    p = ctx.params
    al = measure(ctx)
    if not al.beads:
        return
    para_ratio = sum(al.en_lens) / max(sum(al.de_lens), 1)
    k, gain = -1, 0.0
    words_path = False
    if len(al.de) >= 2 and al.en and min(b.z for b in al.beads) <= p["max_z_to_search"]:
        k, gain = best_removal(al, "de", p["length_ratio"], p["variance"], ctx, p["tie"])
    by_ratio = False
    if gain >= p["min_gain"]:
        score, threshold = gain, p["min_gain"]
        what = "this German sentence has no counterpart in the English"
        en_span = None
    else:
        bead = min(al.beads, key=lambda b: b.z)
        score, threshold = bead.z, p["max_z"]
        by_ratio = bead.z > p["max_z"]
        what = "the English of this German sentence is much too short"
        if bead.de_len < p["min_chars"] or (bead.z > p["max_z"] and para_ratio >= p["min_paragraph_ratio"]):
            # Shorter than usual, and German numbers or names of it are nowhere in the English:
            # a clause dropped, told by its content where length alone is not conclusive.
            bead, lost = _short_bead_losing_content(ctx, al)
            if bead is not None:
                by_ratio = False
                score, threshold = bead.z, p["content_max_z"]
                what = f"the English of this German sentence is short and lacks its {', '.join(lost)}"
            else:
                bead, lost, threshold = _short_bead_losing_words(ctx, al)
                if bead is None:
                    return
                score = bead.z
                what = f"the English of this German sentence is short and does not render {', '.join(lost[:6])}"
                words_path = True
        k = max(bead.de, key=lambda i: al.de_lens[i])
        en_span = (al.en[bead.en[0]][0], al.en[bead.en[-1]][1]) if bead.en else None
    a, b = al.de[k]
    # Its numbers are in the English: the sentence may have been joined to a neighbour, and the length
    # model's gain come from a clause lost elsewhere, which is then the one to point at.
    merged = gain >= p["min_gain"] and _numbers_kept(ctx, (a, b))
    degraded = align_words(ctx.source, ctx.translation).degraded
    unrendered: list[str] = []
    if not words_path and not degraded:  # (the words path was decided by the alignment already)
        # Length alone fires on short sentences rendered concisely ("Mit freundlichen Grüßen" /
        # "Best regards"): a clause's words must be missing too. Length says that something is
        # missing, and may point at the wrong sentence; the alignment says which clause.
        if merged:
            # A clause that kept its numbers needs one unrendered word more: joined to a neighbour, some
            # of its words go („Das entspricht …“ as ", an increase of …"). None found: the sentence stays
            # the one flagged (a first version that flagged nothing then lost 3 of 39 omissions injected
            # into the validate and fresh2 articles and spared one clean paragraph of the tune articles).
            ev = evidence(ctx, (0, len(ctx.source)), p["max_coverage"], kept_numbers_weigh=1)
            if ev[0] >= p["min_unrendered"] and ev[3] != (a, b):
                a, b = ev[3]
                what = "this German clause has no counterpart in the English"
        ev = evidence(ctx, (a, b), p["max_coverage"])
        run, run_lost = unrendered_run(align_words(ctx.source, ctx.translation), (a, b))
        if run >= p["min_unrendered_run"] and len(run_lost) >= p["min_unrendered"]:
            ev = (len(run_lost), None, run_lost, (a, b))  # words dropped in a row: a verb, a clause
        # Short only by the paragraph's ratio (no group is ``max_z`` short): a short text rendered
        # concisely or by a set phrase ("Mit freundlichen Grüßen" / "Sincerely") looks the same, so
        # more of its words must be missing.
        need = p["min_unrendered"]
        if by_ratio and len(align_words(ctx.source, ctx.translation).known()) < p["ratio_min_known"]:
            need = p["ratio_min_unrendered"]
        elif not by_ratio and para_ratio <= p.get("extreme_ratio", 0.0):
            # Half the paragraph gone and a sentence group far too short: one content word the English lacks
            # confirms it, the others of its clause function words („oder sonst was, was dabei helfen könnte“).
            need = 1
        if ev[0] < need and gain >= p["min_gain"]:
            # A whole sentence the English aligns much better without: the word alignment, which looks
            # for each word anywhere in the paragraph, finds most of its words in the sentences around
            # it („Tiere“ in "animal species"), so fewer unrendered words anywhere in it confirm it.
            # Its numbers that the English lacks count as such words.
            known = align_words(ctx.source, ctx.translation).known(a, b)
            lost = [w.text for w in known if w.how == UNRENDERED]
            lost += [t for at, t in _lost_numbers(ctx) if a <= at < b]
            # ... one more when the English has all its numbers, as a clause that kept them needs above.
            owned = len(lost) < p["min_unrendered"] and _owns_english_sentence(ctx, (a, b), p["dropped_owned_words"])
            if len(lost) >= p["dropped_min_unrendered"] + merged and not owned:
                ev, need = (len(lost), None, lost, (a, b)), len(lost)
        if ev[0] < need:
            ev = evidence(ctx, (0, len(ctx.source)), p["max_coverage"])
            if ev[0] < need:
                return
            a, b = ev[3]  # the clause the alignment finds missing, elsewhere than length thought
        unrendered = ev[2]
    if degraded:
        note = "; no lexicon installed, decided on length alone"
    else:
        note = f"; not rendered: {', '.join(unrendered[:6])}" if unrendered else ""
    yield ctx.flag(
        f"{what}: {ctx.source[a:b][:100]!r} (English {sum(al.en_lens)} letters for German "
        f"{sum(al.de_lens)}, ratio {para_ratio:.2f}, expected {p['length_ratio']:.2f}{note})",
        source_span=(a, b), translation_span=en_span, score=round(score, 2), threshold=threshold)


def _owns_english_sentence(ctx, span: tuple[int, int], min_words: int) -> bool:
    """Its rendered words (``min_words`` at least) all stand in one English sentence that renders no word of the rest of
    the German: the sentence is there, shorter than length expects („Die Zugehörigkeit zu einer christlichen
    Kirche ist keine Voraussetzung.“ / "Membership of a Christian church is not a requirement.", after a
    sentence whose gendered pairs the English says once)."""
    words = align_words(ctx.source, ctx.translation)
    ends = [e for _, e in sentences(ctx.translation)]

    def sentence_of(w) -> int:
        return bisect.bisect_right(ends, w.en[0])
    rendered = [w for w in words.known(*span) if w.rendered and w.en]
    inside = {sentence_of(w) for w in rendered}
    if len(inside) != 1 or len(rendered) < min_words:
        return False
    return not any(w.rendered and w.en and not span[0] <= w.start < span[1] and sentence_of(w) in inside
                   for w in words.words)


def _numbers_kept(ctx, span: tuple[int, int]) -> bool:
    """Whether a German sentence holds a number and the English has every one of them: a decoder that drops
    a sentence drops its numbers with it; a translator who joins it to the sentence before keeps them
    („Das entspricht einer Steigerung von gut 18 Prozent.“ as ", an increase of just over 18 percent")."""
    from .numbers import DAY, PART, YEAR, firm, paired, read_numerals

    # Numbers that pair by chance do not count: a score's parts, small whole numbers ("the first game" has a 1).
    mine = [n for n in read_numerals(ctx.source, "de") if span[0] <= n.start < span[1]
            and (n.kind in (DAY, YEAR)
                 or firm(n, "de") and n.kind != PART and any(v >= 10 or v != int(v) for v in n.values))]
    # (Only these: a vague word left over, the particle „ein“ of „brachte … ein“, says nothing.)
    return bool(mine) and not any(n in mine for n in paired(ctx)[1])


def _lost_numbers(ctx) -> list[tuple[int, str]]:
    """(start, text) of the German numbers and years that the English has no counterpart of."""
    from .numbers import firm, paired

    return [(n.start, n.text) for n in paired(ctx)[1] if firm(n, "de") or len(n.text) == 4 and n.text.isdigit()]


def _short_bead_losing_content(ctx, al: Alignment):
    """The shortest sentence group with ``z`` at most ``content_max_z`` whose German holds at least
    ``min_lost_content`` numbers or names missing from the English, and what it lost."""
    from .names import lost_german_names

    p = ctx.params
    short = [b for b in al.beads if b.de and b.z <= p["content_max_z"] and b.de_len >= p["min_chars"]]
    if not short:
        return None, []
    lost = _lost_numbers(ctx)
    names: list = []  # looked up once, when the numbers alone do not decide (the costlier look-up)

    def lost_names():
        # Names only as a run of two or more ("Boris Herrmann"): a single capitalised German word
        # may be a noun the word list does not know, and nouns are translated.
        if not names:
            found = lost_german_names(ctx.source, ctx.translation)
            in_run = {i for i in range(len(found) - 1) if ctx.source[found[i][1]:found[i + 1][0]] == " "}
            names.append([(s, w) for i, (s, _, w) in enumerate(found) if i in in_run or i - 1 in in_run])
        return names[0]

    for bead in sorted(short, key=lambda b: b.z):
        a, b = al.de[bead.de[0]][0], al.de[bead.de[-1]][1]
        inside = [t for s, t in lost if a <= s < b]
        if len(inside) < p["min_lost_content"]:
            inside += [t for s, t in lost_names() if a <= s < b]
        if len(inside) >= p["min_lost_content"]:
            return bead, inside
    return None, []


def _short_bead_losing_words(ctx, al: Alignment):
    """The shortest sentence group with ``z`` at most ``words_max_z`` whose German holds a run of
    at least ``min_unrendered_run`` content words in a row that the English does not render (by the
    word alignment: a verb or a clause dropped from a short sentence), or one with ``z`` at most
    ``silent_clause_max_z`` holding a clause of at least ``silent_clause_min_words`` known words none of
    which the English renders; the group, those words and the threshold it met. In a group short enough
    (``elsewhere_max_z``, ``elsewhere_max_own_z``) a word rendered only in another group's English counts as not
    rendered (``_confined``)."""
    p = ctx.params
    words = align_words(ctx.source, ctx.translation)
    if words.degraded:
        return None, [], None
    silent_z = p.get("silent_clause_max_z", p["words_max_z"])
    paragraph = words
    for bead in sorted((b for b in al.beads if b.de and b.z <= max(p["words_max_z"], silent_z)), key=lambda b: b.z):
        a, b = al.de[bead.de[0]][0], al.de[bead.de[-1]][1]
        words = _confined(paragraph, ctx.translation, (a, b), (al.en[bead.en[0]][0], al.en[bead.en[-1]][1])) \
            if bead.en and bead.z <= p.get("elsewhere_max_z", float("-inf")) \
            and _own_z(al, bead, p["variance"]) <= p.get("elsewhere_max_own_z", float("-inf")) else paragraph
        if bead.z <= p["words_max_z"]:
            run, lost = unrendered_run(words, (a, b))
            if run >= p["min_unrendered_run"] and len(lost) >= p["min_unrendered"]:
                return bead, lost, p["words_max_z"]
        if bead.z <= silent_z:
            # A translator who recasts a clause renders some of its words; a clause cut out renders none.
            silent = _silent_clause(words, ctx.source, (a, b), p.get("silent_clause_min_words", 0))
            if silent:
                return bead, silent, silent_z
    return None, [], None


def _own_z(al: Alignment, bead: Bead, var: float) -> float:
    """``z`` of a group by the ratio of the rest of its paragraph: a translation concise throughout (every group short
    by ``length_ratio``) has none much shorter than its others."""
    de_rest, en_rest = sum(al.de_lens) - bead.de_len, sum(al.en_lens) - bead.en_len
    return _z(bead.de_len, bead.en_len, en_rest / de_rest, var) if de_rest > 0 and en_rest > 0 else 0.0


def _confined(words: WordAlignment, translation: str, de_span: tuple[int, int], en_span: tuple[int, int]
              ) -> WordAlignment:
    """The alignment with the words of ``de_span`` whose rendering stands outside ``en_span``, where it renders a
    word of the rest of the German too and ``en_span`` does not say it, unrendered. The alignment looks for each word
    anywhere in the paragraph: the words of a clause dropped from one sentence are found in another's English, rendering
    that one's own („Euro“ by its "euros", „Frist“ by its "period"). (It takes the English word nearest the German
    word's place scaled to the paragraph, which in a short group may lie past the group's English though that says
    the word too.)"""
    (a, b), (c, d) = de_span, en_span
    elsewhere = {w.en for w in words.words if w.en and w.rendered and not a <= w.start < b}
    said_here = {t.lower() for _, _, t in tokens(translation[c:d])}
    return replace(words, words=tuple(
        replace(w, how=UNRENDERED, en=None) if a <= w.start < b and w.rendered and w.en and not c <= w.en[0] < d
        and w.en in elsewhere and translation[w.en[0]:w.en[1]].lower() not in said_here else w for w in words.words))


def _silent_clause(words, text: str, span: tuple[int, int], min_words: int) -> list[str]:
    """The known words of the first clause of ``span`` with at least ``min_words`` of them, a noun among them
    (capitalised after the clause's first word), none rendered. (Clauses of verbs and adverbs alone are where
    the lexicon misses idioms: „Weiter oben klang bereits an“ / "As mentioned above".)"""
    if min_words <= 0:
        return []
    for c in _clauses_within(text, span):
        known = words.known(*c)
        if len(known) < min_words or any(w.how != UNRENDERED for w in known):
            continue
        first = next(iter(tokens(text[c[0]:c[1]])), (0,))[0] + c[0]  # (read only for a clause that qualifies)
        if any(w.text[:1].isupper() and w.start > first for w in known):
            return [w.text for w in known]
    return []


def unrendered_run(words, span: tuple[int, int]) -> tuple[int, list[str]]:
    """The longest run of known German words in a row the English does not render, and all such words."""
    run, cur, lost = 0, 0, []
    for w in words.known(*span):
        if w.how == UNRENDERED:
            cur += 1
            lost.append(w.text)
            run = max(run, cur)
        else:
            cur = 0
    return run, lost


@check("addition", category=Category.OMISSION, severity=Severity.WARNING)
def addition(ctx):
    """The English has a sentence or stretch with no counterpart in the German

    The mirror of ``omission``: an English sentence without which the German aligns much better
    (``gain`` of at least ``min_gain``), or a group of sentences far too long (``z`` of at least
    ``min_z``).
    """
    p = ctx.params
    al = measure(ctx)
    if not al.beads:
        return
    worst = max(al.beads, key=lambda b: b.z)
    if worst.z < p["min_z_to_search"] or worst.en_len < p["min_chars"]:
        return
    k, gain = -1, 0.0
    if len(al.en) >= 2 and al.de:
        k, gain = best_removal(al, "en", p["length_ratio"], p["variance"], ctx, p["tie"])
    if gain >= p["min_gain"]:
        en_span, de_span, score, threshold = al.en[k], None, gain, p["min_gain"]
    elif worst.z >= p["min_z"]:
        en_span = (al.en[worst.en[0]][0], al.en[worst.en[-1]][1])
        de_span = (al.de[worst.de[0]][0], al.de[worst.de[-1]][1]) if worst.de else None
        score, threshold = worst.z, p["min_z"]
    else:
        return
    words = align_words(ctx.source, ctx.translation)
    said = [w for w in words.english if en_span[0] <= w.start < en_span[1]]
    if not words.degraded and said and sum(w.accounted for w in said) / len(said) >= p["max_rendered"]:
        return  # most of its words render words of the German: English says it at more length, adds nothing
    yield ctx.flag(
        f"the English says more than the German here: {ctx.translation[en_span[0]:en_span[1]][:100]!r} "
        f"has no counterpart in the German (English {sum(al.en_lens)} letters for German {sum(al.de_lens)})",
        source_span=de_span, translation_span=en_span, score=round(score, 2), threshold=threshold)
