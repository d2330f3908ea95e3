"""Quotation checks: balanced marks, quotations split before their attribution, quotes lost."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import quotes as Q
from ..lang.words import (ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS,
                          GERMAN_FUNCTION_WORDS_ALSO_ENGLISH, TOKEN)
from ..records import Category, Severity, Side
from .numbers import SuggestionBudget
from .registry import check



@dataclass(frozen=True)
class Mark:
    pos: int
    char: str
    role: str  # "open", "close" or "either"


def _all_double(lang: str) -> str:
    t = Q.DOUBLE[lang]
    return "".join(sorted(set(t["open"] + t["close"] + t["straight"])))


@lru_cache(maxsize=None)
def _mark_re(lang: str) -> re.Pattern:
    return re.compile("[" + re.escape(_all_double(lang)) + "]")


def marks(text: str, lang: str) -> list[Mark]:
    """Double quotation marks of ``text`` with the role their character or neighbours give them."""
    t = Q.DOUBLE[lang]
    out = []
    for m in _mark_re(lang).finditer(text):
        c, i = m.group(0), m.start()
        opens, closes = c in t["open"], c in t["close"]
        if opens != closes:
            out.append(Mark(i, c, "open" if opens else "close"))
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        o = before in Q.STRAIGHT["opens_after"] or _mark_re(lang).match(before) is not None
        k = after in Q.STRAIGHT["closes_before"] or _mark_re(lang).match(after) is not None
        out.append(Mark(i, c, "open" if o and not k else "close" if k and not o else "either"))
    return out


def balance(text: str, lang: str) -> tuple[int, list[Mark]]:
    """Number of double marks, and the marks that have no partner (empty when balanced)."""
    ms = marks(text, lang)
    stack: list[Mark] = []
    orphans: list[Mark] = []
    for mk in ms:
        if mk.role == "open" or (mk.role == "either" and not stack):
            if stack:
                orphans.append(stack.pop())  # opened while one is open: the first lost its close
            stack.append(mk)
        elif stack:
            stack.pop()
        else:
            orphans.append(mk)  # a close with nothing open: its opening mark was lost
    orphans += stack
    if len(ms) % 2 == 0 and orphans and _pairs_by_parity(ms):
        orphans = []  # roles misread from context, but the marks still pair up in order
    return len(ms), sorted(orphans, key=lambda m: m.pos)


def _pairs_by_parity(ms: list[Mark]) -> bool:
    # Read pairwise (1st with 2nd, 3rd with 4th, ...), no mark may contradict its place.
    return all(a.role != "close" and b.role != "open" for a, b in zip(ms[::2], ms[1::2]))


def quotations(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans (open mark .. close mark inclusive) of the quotations, reading marks in pairs."""
    ms = marks(text, lang)
    return [(a.pos, b.pos + 1) for a, b in zip(ms[::2], ms[1::2])]


def _word_span(text: str, pos: int) -> tuple[int, int]:
    """The mark at ``pos`` with the word it touches, so a reviewer sees where it sits."""
    start, end = pos, pos + 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start, end


# --- split quotations -------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _split_re(lang: str) -> re.Pattern:
    t = Q.DOUBLE[lang]
    closes = re.escape("".join(sorted(set(t["close"] + t["straight"]))))
    opens = re.escape("".join(sorted(set(t["open"] + t["straight"]))))
    anymark = re.escape(_all_double(lang))
    return re.compile(
        rf"(?P<end>[{re.escape(Q.SENTENCE_END)}])(?P<close>[{closes}])(?P<gap>\s+)(?P<open>[{opens}])"
        rf"(?P<tail>[^{anymark}\n]{{1,300}}?)(?P<tclose>[{closes}])")


@dataclass(frozen=True)
class Split:
    start: int  # the word before the early close
    end: int  # after the tail's closing mark
    attributed: bool  # punctuation ends the tail or follows it: „Eine klare Antwort“, sagte …
    tail_words: int
    text: str  # the whole text (shared, not copied)
    cut: int  # where the early close's punctuation starts
    fixed_tail: str  # the tail, its first word in lower case where German or English wants it
    resume: int  # the tail's closing mark

    @property
    def rejoined(self) -> str:
        """The text with the two quotations joined into one (built on demand: it copies the text)."""
        return self.text[:self.cut] + " " + self.fixed_tail.lstrip() + self.text[self.resume:]


def splits(text: str, lang: str, lower_words: frozenset) -> list[Split]:
    """Quotations closed after sentence punctuation and reopened at once with a short tail."""
    out = []
    for m in _split_re(lang).finditer(text):
        tail = m.group("tail")
        words = TOKEN.findall(tail)
        if not words:
            continue
        first = TOKEN.search(tail)
        w = first.group(0)
        lw = w.lower()
        if lang == "en":
            lower = w != "I" and not _capitalised_elsewhere(text, w, m.start("tail") + first.start())
        else:
            lower = lw in lower_words
        fixed_tail = tail[:first.start()] + (lw if lower else w) + tail[first.end():]
        start = m.start("end")
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # show the word the quotation was cut after
        after = text[m.end("tclose"):m.end("tclose") + 1]
        attributed = tail.rstrip()[-1:] in Q.SENTENCE_END + ",;:" or not after or after in Q.SENTENCE_END + ",;:"
        out.append(Split(start=start, end=m.end("tclose"), attributed=attributed, tail_words=len(words), text=text,
                         cut=m.start("end"), fixed_tail=fixed_tail, resume=m.start("tclose")))
    return out


def _capitalised_elsewhere(text: str, word: str, at: int) -> bool:
    # A name keeps its capital; a name shows up capitalised in the middle of a sentence.
    places = _mid_sentence_capitals(text).get(word, ())
    return any(p != at for p in places[:2])


_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[^\W\d_]+")


@lru_cache(maxsize=64)
def _mid_sentence_capitals(text: str) -> dict:
    """Where each word stands after a lower-case word or a comma (read once per text)."""
    out: dict = {}
    for m in _MID_CAPITAL.finditer(text):
        out.setdefault(m.group(), []).append(m.start())
    return out


@check("quote_split", category=Category.QUOTE, severity=Severity.WARNING, needs_translation=False)
def quote_split(ctx):
    """One quotation closed and reopened just before its attribution

    „…was fordert und bekommen wird.“ „Eine klare Antwort“, sagte Blinken: the speaker's one
    sentence is cut in two, its end set as a quotation of its own. Flagged on the German side (so
    articles are checked without a model) and on the English side, with the rejoined text.
    """
    max_words = ctx.params["max_tail_words"]
    budget = SuggestionBudget(ctx.params["max_suggestions"])
    sides = [(Side.SOURCE, ctx.source, "de", GERMAN_FUNCTION_WORDS | GERMAN_FUNCTION_WORDS_ALSO_ENGLISH)]
    if ctx.unit.translation is not None:
        sides.append((Side.TRANSLATION, ctx.translation, "en", ENGLISH_FUNCTION_WORDS))
    german_split = False
    for side, text, lang, lower in sides:
        for s in splits(text, lang, lower):
            if s.tail_words > max_words:
                continue
            if side is Side.SOURCE:
                german_split = True
            elif not german_split and not s.attributed:
                continue  # a quoted title opening the next sentence (“Jedermann” will be performed …) where
                #           the German has no split: the translator's sentence, not a cut quotation
            span = (s.start, s.end)
            lang_name = "German" if lang == "de" else "English"
            suggestion, note = budget(lambda: s.rejoined)
            yield ctx.flag(
                f"{lang_name} quotation closed after sentence punctuation and reopened at once: "
                f"{text[s.start:s.end]!r} splits one quotation in two; join the last {s.tail_words} "
                f"word(s) to the quotation before them" + note,
                side=side, source_span=span if side is Side.SOURCE else None,
                translation_span=span if side is Side.TRANSLATION else None,
                suggestion=suggestion, score=float(s.tail_words), threshold=float(max_words))


# --- balance ---------------------------------------------------------------------------------

@check("quote_balance", category=Category.QUOTE, severity=Severity.WARNING)
def quote_balance(ctx):
    """English quotation marks unbalanced where the German ones are balanced

    An odd number of double quotation marks in the English paragraph means a mark was lost or
    added. When the German is odd as well (a quotation running over several paragraphs), the
    English only follows it, and the flag is informational.
    """
    limit = ctx.params["max_unpaired"]
    n_en, orphans = balance(ctx.translation, "en")
    if len(orphans) <= limit:
        return
    n_de, de_orphans = balance(ctx.source, "de")
    sev = Severity.INFO if len(de_orphans) > limit else None
    orphan = orphans[0]
    span = _word_span(ctx.translation, orphan.pos)
    what = {"open": "opening ", "close": "closing "}.get(orphan.role, "")
    yield ctx.flag(
        f"English quotation marks do not pair up ({n_en} double marks, the German has {n_de}): the "
        f"{what}mark {orphan.char} in {ctx.translation[span[0]:span[1]]!r} has no partner",
        translation_span=span, score=float(len(orphans)), threshold=float(limit), severity=sev)


@check("quote_closing_mark", category=Category.QUOTE, severity=Severity.WARNING)
def quote_closing_mark(ctx):
    """An English quotation closed with the German closing mark “

    English closes with ” what “ opens; “ closes only German's „. An English “…“ keeps the German
    closing mark (or types it the wrong way round), and a reader takes the second “ for a quotation
    that opens. The flag carries the English with ” in its place.
    """
    wrong = mismatched_closings(ctx.translation, "en")
    if len(wrong) <= ctx.params["max_marks"]:
        return
    fixed = list(ctx.translation)
    for mk, right in wrong:
        fixed[mk.pos] = right
    (mark, right) = wrong[0]
    span = _word_span(ctx.translation, mark.pos)
    yield ctx.flag(
        f"an English quotation is closed with {mark.char}, the German closing mark, in "
        f"{ctx.translation[span[0]:span[1]]!r}; English closes it with {right}"
        + (f" ({len(wrong)} such marks in the paragraph)" if len(wrong) > 1 else ""),
        translation_span=span, suggestion="".join(fixed), score=float(len(wrong)),
        threshold=float(ctx.params["max_marks"]))


def mismatched_closings(text: str, lang: str) -> list[tuple[Mark, str]]:
    """The closing marks of another language's pair (English “…“), each with the mark that closes there."""
    table = Q.MISMATCHED_CLOSE.get(lang, {})
    out, opened = [], None
    for mk in marks(text, lang):
        if mk.role == "open" or (mk.role == "either" and opened is None):
            opened = mk.char
        elif opened is not None:
            if mk.char in table and table[mk.char][0] == opened:
                out.append((mk, table[mk.char][1]))
            opened = None
    return out


@check("quote_balance_source", category=Category.QUOTE, severity=Severity.WARNING, needs_translation=False)
def quote_balance_source(ctx):
    """German quotation marks unbalanced

    A warning on a German article checked alone; beside a translation the problem is the
    source's, so it is only informational there.
    """
    limit = ctx.params["max_unpaired"]
    n_de, orphans = balance(ctx.source, "de")
    if len(orphans) <= limit:
        return
    sev = Severity.INFO if ctx.unit.translation is not None or _runs_on(ctx) else None
    span = _word_span(ctx.source, orphans[0].pos)
    yield ctx.flag(
        f"German quotation marks do not pair up ({n_de} double marks): the mark {orphans[0].char} in "
        f"{ctx.source[span[0]:span[1]]!r} has no partner",
        side=Side.SOURCE, source_span=span, score=float(len(orphans)), threshold=float(limit), severity=sev)


def _runs_on(ctx) -> bool:
    # A quotation over several paragraphs is left open and the next paragraph opens again.
    nxt = ctx.doc[ctx.position + 1].source.lstrip() if ctx.position + 1 < len(ctx.doc) else ""
    return bool(nxt) and any(nxt.startswith(c) for c in Q.DOUBLE["de"]["open"] + Q.DOUBLE["de"]["straight"])


# --- quotations lost --------------------------------------------------------------------------

@check("quote_missing", category=Category.QUOTE, severity=Severity.INFO)
def quote_missing(ctx):
    """Quotations of the German missing from the English

    Human translators often drop the marks of a quoted word, so by default this is informational;
    a quotation of several words missing is worth a look.
    """
    src_q = quotations(ctx.source, "de")
    tr_q = quotations(ctx.translation, "en")
    missing = len(src_q) - len(tr_q)
    if missing < ctx.params["min_missing"]:
        return
    tr_text = ctx.translation.lower()
    # The last quotation whose words the English lacks is shown; looking at the last few keeps a text
    # with thousands of quotations from searching the English thousands of times.
    lost = [(a, b) for a, b in src_q[-ctx.params["max_shown_search"]:]
            if ctx.source[a + 1:b - 1].strip().lower() not in tr_text]
    a, b = (lost or src_q)[-1]
    yield ctx.flag(
        f"the German has {len(src_q)} quotation(s), the English {len(tr_q)}: e.g. "
        f"{ctx.source[a:b]!r} is not quoted in the English",
        side=Side.TRANSLATION, source_span=(a, b), score=float(missing),
        threshold=float(ctx.params["min_missing"]))


def _last_mark(text: str, at: int) -> str:
    """The last character before ``at`` that is no space ("" at the text's start), read without copying the text
    before it (a paragraph may quote many titles)."""
    i = at
    while i and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


def quoted_titles_copied(source: str, text: str) -> list[tuple[int, int]]:
    """Spans of the English that copy a title the German quotes: six words at most, no sentence's end inside, and
    not a speaker's words (no comma after the closing mark, no colon before the opening one: „…“, sagte sie). A title
    set off by commas both sides is one in apposition („Sein größter Schlager, „Nur ein Walzer in Venedig“, stammt
    …“), not a speaker's."""
    out = []
    for a, b in quotations(source, "de"):
        title = source[a + 1:b - 1].strip()
        if not title or len(title.split()) > 6 or re.search(r"[.!?,;:]", title):
            continue
        before = _last_mark(source, a)
        if (source[b:b + 1] == "," and before != ",") or before == ":":
            continue
        at = text.find(title)
        while at >= 0:
            out.append((at, at + len(title)))
            at = text.find(title, at + len(title))
    return out
