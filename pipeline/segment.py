"""German sentence boundaries: SoMaJo proposes them, German post-rules (tables below) correct them.

SoMaJo (de_CMC) was the most accurate of SoMaJo, syntok and pySBD on deen's own cases and the
shared peer cases (bench/results/segment.md). Its remaining misses are patterns the rules fix:

* masking (same-length copy of the text, so SoMaJo's offsets stay valid): "!" and "?" inside
  e-mail addresses and in bracketed marks like "ein(!)", elision apostrophes ("geht’s." would
  otherwise read as the abbreviation "s." = "siehe"), soft-wrapped line ends;
* boundaries added after a number or Roman numeral followed by a word that cannot follow an
  ordinal ("Seite 12. Dort", "Benedikt XVI. Er");
* boundaries removed after abbreviations that never end a sentence ("am 13. Jän. 2006");
* footnote marks after a sentence end stay with that sentence ("belegt.² Weitere").

Line layout: a blank line, a line starting with a list marker, and a line end with no space before
it end a segment; a line ending in a space was wrapped by a layout engine (PDF text extraction keeps
the space between words) and is read as running text. deen's reader gives one paragraph per line,
so inside the pipeline these rules only matter for multi-line input to ``split``.
"""
from __future__ import annotations

import io
import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .lang.words import GERMAN_ENDABLE_ABBREVIATIONS as ENDABLE_ABBREVIATIONS
from .lang.words import GERMAN_NEVER_FINAL_ABBREVIATIONS as NEVER_FINAL_ABBREVIATIONS
from .records import Paragraph, Sentence

SOMAJO_LANGUAGE = "de_CMC"
RULES_VERSION = "1"  # bump when a table or rule below changes: it is part of splitter_name()

# Words that cannot follow an ordinal number: after "12." or "XVI." they start a new sentence.
# Closed classes only (articles, pronouns, conjunctions, prepositions, sentence adverbs), never
# nouns or adjectives, which ordinals do precede ("3. Liga", "1. FC", "2. Deutsche Meisterschaft").
SENTENCE_STARTERS = frozenset("""
    Der Die Das Dem Den Des Ein Eine Einer Eines Einem Einen Kein Keine Keiner Keinen
    Ich Du Er Sie Es Wir Ihr Man Dies Diese Dieser Dieses Diesem Diesen Jene Jener Jenes
    Mein Meine Dein Deine Sein Seine Ihre Unser Unsere Euer Eure Alle Viele Einige Manche Niemand Nichts
    Dort Da Hier Dann Danach Damals Dabei Dafür Dagegen Daher Darum Deshalb Deswegen Dennoch Trotzdem
    Somit Also Aber Doch Denn Und Oder Sondern Jedoch Allerdings Außerdem Zudem Ferner Auch Nun Jetzt
    Heute Gestern Bereits Schon Noch Nur Zwar Vielleicht Immerhin Schließlich Zuvor Inzwischen
    Mittlerweile Später Anschließend Trotz Wegen
    Wie Was Wer Wo Wann Warum Weshalb Wieso Welche Welcher Welches
    Als Wenn Weil Obwohl Nachdem Bevor Seit Seitdem Damit Dass Ob
    Im Am Auf In Mit Bei Beim Für Von Vom Vor Zu Zum Zur Nach Über Unter Gegen Ohne Durch Aus An Um Bis
""".split())

# Characters kept when non-NFC input is flattened for SoMaJo: German letters and punctuation that
# carry sentence boundaries, none of which NFC composes with a neighbour.
NFC_SAFE = frozenset("äöüÄÖÜß„“”»«‚‘’…–—•")
LIST_MARKER = r"(?:[•◦▪‣●○■□·*\-–]\s|\d{1,3}[.)]\s)"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Bounded repeats keep every pattern linear on long runs without spaces (64 = the local part's limit).
EMAIL = re.compile(r"[^\s@„“”»«‚‘\"'()<>\[\]]{1,64}@[\w-]{1,255}(?:\.[\w-]{1,63})+")
BRACKETED_MARK = re.compile(r"(?<=\w)\((?:sic)?[!?]+\)")
ELISION = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
LINE_END = re.compile(r"(?<![ \t])([ \t]*)\n")
LIST_LINE = re.compile(r"[ \t]*" + LIST_MARKER)

STARTER = r"\.[ \t\u00a0]+(?P<next>(?:" + "|".join(sorted(SENTENCE_STARTERS)) + r")\b)"
# A number (a date "3.10", a score "3:1", glued to a word "Jahr10", after "%") or a Roman numeral.
NUMBER_THEN_STARTER = re.compile(r"(?<![\d.:,])(?:(?:\d{1,4}[.:,]){0,3}\d{1,9}|\b[IVXLCDM]{1,9})" + STARTER)
FOOTNOTE_MARK = re.compile(r"(?:[" + SUPERSCRIPT_DIGITS + r"]+|\[\d{1,3}\])")
SENTENCE_END_BEFORE_MARK = ".!?…\"“”»«’)"


def _abbreviation_pattern(abbreviations) -> re.Pattern:
    alternatives = "|".join(re.escape(a).replace(r"\.\ ", r"\.\s?") for a in abbreviations)
    return re.compile(r"(?<![\w.])(?:" + alternatives + r")\.$")


NEVER_FINAL = _abbreviation_pattern(NEVER_FINAL_ABBREVIATIONS)
ENDABLE = _abbreviation_pattern(ENDABLE_ABBREVIATIONS)
ENDABLE_THEN_STARTER = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ENDABLE_ABBREVIATIONS) + ")" + STARTER)


def _somajo_version() -> str:
    from importlib.metadata import version

    return version("SoMaJo")


def splitter_name() -> str:
    """The library, its version and model, and the version of deen's rules, for output signatures."""
    return f"somajo-{_somajo_version()}/{SOMAJO_LANGUAGE}+deen-rules-{RULES_VERSION}"


@lru_cache(maxsize=1)
def _tokenizer():
    from somajo import SoMaJo  # imported here: loading it costs ~0.3 s that `import pipeline` should not pay

    return SoMaJo(SOMAJO_LANGUAGE, split_sentences=True, character_offsets=True)


def _mask(text: str) -> str:
    """A same-length copy of text in which what misleads SoMaJo is neutralised."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = "x" * (end - start)

    for m in EMAIL.finditer(text):
        for i in range(m.start(), m.end()):
            if chars[i] in "!?":
                chars[i] = "x"
    for m in BRACKETED_MARK.finditer(text):
        blank(m.start() + 1, m.end() - 1)
    for m in ELISION.finditer(text):
        blank(m.start(), m.end())
    for m in LINE_END.finditer(text):
        soft = m.group(1) and text[m.end():m.end() + 1] not in ("\n", "") and not LIST_LINE.match(text, m.end())
        if soft:
            chars[m.end() - 1] = " "
    # SoMaJo drops control characters; a visible stand-in keeps them inside some sentence.
    masked = "".join("x" if (ch < " " and ch not in "\n\t\r") else ch for ch in chars)
    if not unicodedata.is_normalized("NFC", masked):
        # SoMaJo aligns its NFC copy with the input and asserts on sequences NFC composes or
        # reorders; deen's reader gives NFC text, so only odd input pays for this plainer copy.
        masked = "".join(ch if ch.isascii() or ch in NFC_SAFE else (" " if ch.isspace() else "x") for ch in masked)
    return masked


def _library_starts(masked: str) -> list[int]:
    """Offsets where SoMaJo starts a sentence (the first one excluded)."""
    starts = []
    for sent in _tokenizer().tokenize_text_file(io.StringIO(masked), paragraph_separator="single_newlines"):
        if sent:
            starts.append(sent[0].character_offset[0])
    return starts[1:] if starts else []


def _hard_line_starts(masked: str) -> list[int]:
    """Offsets after each newline SoMaJo must honour (soft wraps were masked to spaces)."""
    return [m.end() for m in re.finditer(r"\n", masked)]


def _ends_in_running_text(text: str, start: int) -> bool:
    """True when the number at start follows a word, not a line start, colon or bullet: "Seite 12."
    ends a sentence, the enumerator in "Ziele: 1. Die Kosten" or "• 1. Die Kosten" does not."""
    before = text[max(0, start - 2):start]
    if before[-1:].isalpha() or before[-1:] == "%":
        return True
    return len(before) == 2 and before[1] in " \u00a0" and (before[0].isalnum() or before[0] in "%).")


def _added_starts(text: str) -> list[int]:
    starts = [m.start("next") for m in NUMBER_THEN_STARTER.finditer(text) if _ends_in_running_text(text, m.start())]
    return starts + [m.start("next") for m in ENDABLE_THEN_STARTER.finditer(text)]


def _keeps_sentence(before: str, after: str) -> bool:
    """True when a boundary between before and after must be removed."""
    head = before.rstrip()
    nxt = after.lstrip()
    if NEVER_FINAL.search(head):
        return True
    return bool(nxt[:1].isdigit() and ENDABLE.search(head))


def _footnote_end(text: str, start: int) -> int:
    """Where a sentence starting at start really starts, after a footnote mark glued to the last one."""
    if start == 0 or text[start - 1] not in SENTENCE_END_BEFORE_MARK:
        return start
    m = FOOTNOTE_MARK.match(text, start)
    return m.end() if m else start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each German sentence in text, whitespace trimmed, covering all of it."""
    return list(_split(text))


@lru_cache(maxsize=4096)  # several stages ask for the same paragraph's sentences
def _split(text: str) -> tuple[tuple[int, int], ...]:
    if not text or text.isspace():
        return ()
    masked = _mask(text)
    proposed = set(_library_starts(masked)) | set(_added_starts(text))
    hard = set(_hard_line_starts(masked))
    cuts = []
    for start in sorted(proposed):
        if start not in hard and _keeps_sentence(text[max(0, start - 24):start], text[start:start + 8]):
            continue
        cuts.append(_footnote_end(text, start))
    cuts = sorted(set(cuts) | hard)
    spans = []
    for a, b in zip([0] + cuts, cuts + [len(text)]):
        a, b = _trim(text, a, b)
        if a < b:
            spans.append((a, b))
    return tuple(spans)


def sentences(paragraph: Paragraph) -> tuple[Sentence, ...]:
    """The paragraph's sentences with offsets into paragraph.text."""
    return tuple(
        Sentence(paragraph=paragraph.index, index=i, start=a, end=b, text=paragraph.text[a:b])
        for i, (a, b) in enumerate(split(paragraph.text)))


def join_sentences(texts) -> str:
    """A paragraph's English from its sentences' translations: the inverse of ``split``.

    The run and the corrections both rebuild paragraphs with it, so a correction can
    tell which sentence a span falls in.
    """
    return " ".join(t.strip() for t in texts if t and t.strip())


def translation_spans(text: str, translations) -> Optional[list[tuple[int, int]]]:
    """Where each sentence's translation lies in ``text`` (their join, perhaps edited), in order.

    None when one of them cannot be found there. An empty translation is an empty span.
    """
    spans, pos = [], 0
    for t in translations:
        t = (t or "").strip()
        if not t:
            spans.append((pos, pos))
            continue
        at = text.find(t, pos)
        if at < 0:
            return None
        spans.append((at, at + len(t)))
        pos = at + len(t)
    return spans or None
