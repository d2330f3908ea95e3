"""Date checks: day, month and weekday agree between the German and the English.

„6. August“ ~ "August 6" ~ "6 August"; „1.10.2019“ ~ "October 1, 2019"; „Freitagabend“ ~
"Friday evening". A month or weekday in the English with no partner in the German is
reported; a German one that the English leaves out is not (translators drop „am Sonntag“
from newspaper names and rephrase), unless it is the partner of a changed one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..lang import LANGS
from ..records import Category, Severity
from .numbers import READERS, _alternation
from .registry import Context, check

MONTH_NAMES_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DateWord:
    start: int
    end: int
    text: str
    kind: str  # "month" or "weekday"
    value: int  # month 1-12, weekday 0-6 (Monday first)
    days: tuple[int, ...] = ()  # days of the month written with it: „4. bis 14. Oktober“ → (4, 14)


class DateReader:
    def __init__(self, lang: str):
        L = LANGS[lang]
        self.L = L
        # Month names are capitalised in both languages; the capital keeps "may" (modal) out.
        names = _alternation(w[:1].upper() + w[1:] for w in L.MONTHS)
        self.month = re.compile(rf"(?<![\w])(?:{names})(?![\w])")  # „31.Oktober“ too
        # German adverbs are lower case: „sonntags“ ~ "on Sundays".
        days = "|".join(f"[{w[0].upper()}{w[0] if lang == 'de' else ''}]{re.escape(w[1:])}"
                        for w in sorted(L.WEEKDAYS, key=len, reverse=True))
        self.weekday = re.compile(rf"(?<![\w])(?P<w>{days}){L.WEEKDAY_TAIL}(?![\w])")
        self.nr = READERS[lang]
        self.ambiguous = set(getattr(L, "AMBIGUOUS_MONTHS", ()))
        self.cues = set(getattr(L, "MONTH_CUES", ()))


DATE_READERS = {lang: DateReader(lang) for lang in ("de", "en")}
_PREV_WORD = re.compile(r"([\w-]+)\W*$")


@lru_cache(maxsize=4096)
def read_dates(text: str, lang: str) -> tuple[DateWord, ...]:
    """Months (with their days) and weekdays named in ``text``."""
    D = DATE_READERS[lang]
    L = D.L
    months = list(D.month.finditer(text))
    days_at: dict[int, list[int]] = {}  # month-name start -> days written with it
    for rx in (D.nr.day_month, D.nr.month_day):
        if rx is None or not months:
            continue
        for m in rx.finditer(text):
            days_at.setdefault(m.start("month"), []).extend(
                int(m.group(g)) for g in ("d", "d2") if m.group(g))
    out: list[DateWord] = []
    for m in months:
        word = m.group()
        key = word.lower()
        if key in D.ambiguous and m.start() not in days_at:
            pm = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
            after = text[m.end():m.end() + 6]
            if not ((pm and pm.group(1).lower() in D.cues) or re.match(r"\s*,?\s*\d", after)):
                continue
        out.append(DateWord(m.start(), m.end(), word, "month", L.MONTHS[key],
                            tuple(sorted(set(days_at.get(m.start(), ()))))))
    for m in D.nr.numeric_date.finditer(text):
        month = int(m.group("m"))
        if 1 <= month <= 12 and 1 <= int(m.group("d")) <= 31:
            out.append(DateWord(m.start(), m.end(), m.group(), "month", month, (int(m.group("d")),)))
    for m in D.weekday.finditer(text):
        out.append(DateWord(m.start(), m.end(), m.group(), "weekday", L.WEEKDAYS[m.group("w").lower()]))
    out.sort(key=lambda w: w.start)
    return tuple(out)


def _pair(left: list[DateWord], right: list[DateWord], key) -> tuple[list[DateWord], list[DateWord]]:
    used: set[int] = set()
    lonely: list[DateWord] = []
    for a in left:
        for j, b in enumerate(right):
            if j not in used and key(a) == key(b):
                used.add(j)
                break
        else:
            lonely.append(a)
    return lonely, [b for j, b in enumerate(right) if j not in used]


def _english_name(w: DateWord) -> str:
    return (MONTH_NAMES_EN if w.kind == "month" else WEEKDAY_NAMES_EN)[w.value - (w.kind == "month")]


@check("date_mismatch", category=Category.DATE, severity=Severity.ERROR)
def date_mismatch(ctx: Context):
    """A day, month or weekday in the English differs from the German."""
    de_words = read_dates(ctx.source, "de")
    en_words = read_dates(ctx.translation, "en")
    if not en_words:
        return
    lone_sev = Severity(ctx.params.get("severity_unpaired", "info"))
    for kind, label in (("month", "month"), ("weekday", "weekday")):
        en_k = [w for w in en_words if w.kind == kind]
        de_k = [w for w in de_words if w.kind == kind]
        en_lone, de_lone = _pair(en_k, de_k, key=lambda w: w.value)
        for w in en_lone:
            partner: Optional[DateWord] = de_lone[0] if len(de_lone) == 1 else None
            sev = None if de_lone else lone_sev
            msg = f"English {label} {w.text!r} is not in the German"
            suggestion = None
            if partner is not None:
                name = _english_name(partner)
                msg += f"; the German has {partner.text!r} ({name})"
                if not w.text[:1].isdigit():
                    suggestion = ctx.translation[:w.start] + name + ctx.translation[w.end:]
            yield ctx.flag(msg, translation_span=(w.start, w.end),
                           source_span=(partner.start, partner.end) if partner else None,
                           suggestion=suggestion, score=float(len(en_lone)), threshold=0.0, severity=sev)
        if kind != "month":
            continue
        # Same month on both sides: its days must agree („5. Oktober“ ~ "October 5").
        en_days = [w for w in en_k if w.days and w not in en_lone]
        for w in en_days:
            de_same = [d for d in de_k if d.value == w.value and d.days]
            if not de_same or any(set(w.days) <= set(d.days) for d in de_same):
                continue
            src = de_same[0]
            wrong = [d for d in w.days if d not in src.days]
            msg = (f"English has day {wrong[0]} of {_english_name(w)}; the German has "
                   f"„{'./'.join(map(str, src.days))}. {src.text}“")
            span_m = _day_span(ctx.translation, w, wrong[0])
            suggestion = None
            if span_m and len(src.days) == 1 and len(wrong) == 1:
                suggestion = ctx.translation[:span_m[0]] + str(src.days[0]) + ctx.translation[span_m[1]:]
            yield ctx.flag(msg, translation_span=span_m or (w.start, w.end),
                           source_span=(src.start, src.end), suggestion=suggestion, score=1.0, threshold=0.0)


def _day_span(text: str, w: DateWord, day: int) -> Optional[tuple[int, int]]:
    """The span of the day number written next to a month name ("October 2" → "2"), nearest first."""
    lo = max(0, w.start - 16)
    hits = [(lo + m.start(), lo + m.end()) for m in re.finditer(rf"(?<!\d){day}(?!\d)", text[lo:w.end + 16])]
    return min(hits, key=lambda s: min(abs(s[0] - w.end), abs(s[1] - w.start)), default=None)
