"""Date checks: day, month and weekday agree between the German and the English.

„6. August“ ~ "August 6" ~ "6 August"; „1.10.2019“ ~ "October 1, 2019"; „Freitagabend“ ~
"Friday evening". A month or weekday in the English with no partner in the German is
reported; a German one that the English leaves out is not (translators drop „am Sonntag“
from newspaper names and rephrase), unless it is the partner of a changed one, or the English
names no weekday at all (``weekday_missing``), or a day and month the English says in no form
(``date_missing``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..lang import LANGS
from ..records import Category, Severity
from .numbers import COUNT, PART, READERS, TIME, SuggestionBudget, _alternation, lost_with_clause, paired
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
    also: tuple[int, ...] = ()  # other values it may be rendered by: „Nacht zum Samstag“ is Friday night


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
_DE_NIGHT_BEFORE = re.compile(LANGS["de"].NIGHT_BEFORE + r"$", re.I)
_PREV_WORD = re.compile(r"([\w-]+)\W*$")


@lru_cache(maxsize=2)
def _feast_before(lang: str) -> Optional[re.Pattern]:
    """The words before a weekday that make it a feast's name (HOLIDAYS: "Ash" of "Ash Wednesday"), at a text's end."""
    L = LANGS[lang]
    heads = {" ".join(n.split()[:-1]) for names in getattr(L, "HOLIDAYS", {}).values() for n in names
             if len(n.split()) > 1 and n.split()[-1].lower() in L.WEEKDAYS}
    if not heads:
        return None
    # Capitalised, as a feast's name is written: "a good Friday" is a Friday.
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h.title()) for h in sorted(heads, key=len, reverse=True))
                      + r")\s+$")


# Days listed with commas before the last one or two a month follows, or after a month's first day, ended by "and".
_DAYS_LISTED_BEFORE = re.compile(r"(?<![\d.,])(?:[0-3]?\d\.?,\s*)+$")
_DAYS_LISTED_AFTER = re.compile(r"(?:,\s*[0-3]?\d(?![\d.,]))*,?\s+and\s+[0-3]?\d(?![\d.,])")


@lru_cache(maxsize=4096)
def read_dates(text: str, lang: str) -> tuple[DateWord, ...]:
    """Months (with their days) and weekdays named in ``text``."""
    D = DATE_READERS[lang]
    L = D.L
    months = list(D.month.finditer(text))
    days_at: dict[int, list[int]] = {}  # month-name start -> days written with it
    for rx, day_first in ((D.nr.day_month, True), (D.nr.month_day, False)):
        if rx is None or not months:
            continue
        for m in rx.finditer(text):
            days = [int(m.group(g)) for g in ("d", "d2") if m.group(g)]
            # A list of days before a day and month („am 17., 22. und 29. September“, "17, 22 and 29 September"),
            # or after a month and day ("September 17, 22 and 29").
            listed = _DAYS_LISTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) if day_first \
                else _DAYS_LISTED_AFTER.match(text, m.end(), m.end() + 40)
            if listed:
                days += [int(d) for d in re.findall(r"\d+", listed.group())]
            if lang == "de" and _DE_NIGHT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                days += [d - 1 for d in days if d > 1]  # „in der Nacht zum 9. November“: "the night of 8 to 9 November"
            days_at.setdefault(m.start("month"), []).extend(days)
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
    for m in (m for rx in D.nr.numeric_dates for m in rx.finditer(text)):
        month = int(m.group("m"))
        day = int(m.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            # English "12/1/21" is 1 December in the US and 12 January in Britain.
            also = (day,) if lang == "en" and day <= 12 else ()
            out.append(DateWord(m.start(), m.end(), m.group(), "month", month, (day,), also=also))
    nights = {end: wd for _, end, wd in nights_before(text)} if lang == "de" else {}
    lookalikes = getattr(L, "WEEKDAY_LOOKALIKES", ())
    feast = _feast_before(lang)
    for m in D.weekday.finditer(text):
        if m.group().lower().startswith(lookalikes):
            continue
        if feast is not None and feast.search(text, max(0, m.start() - 24), m.start()):
            continue  # the weekday of a feast's name ("Ash Wednesday", "Good Friday"): holiday_mismatch's
        wd = L.WEEKDAYS[m.group("w").lower()]
        also = ((wd - 1) % 7,) if m.end() in nights else ()
        out.append(DateWord(m.start(), m.end(), m.group(), "weekday", wd, also=also))
    out.sort(key=lambda w: w.start)
    return tuple(out)


def _pair(left: list[DateWord], right: list[DateWord]) -> tuple[list[DateWord], list[DateWord]]:
    """Pair equal values first, then the other values a word may stand for („Nacht zum Samstag“).

    Partners are looked up by value, so the cost stays linear in the number of date words.
    """
    strict: dict[int, deque] = {}
    loose: dict[int, deque] = {}
    # A word that may stand for another value too is paired by its own value last: „in der Nacht zum Sonntag
    # … am Sonntagmorgen“ is "on Saturday night … on Sunday morning", the Sunday the morning's.
    for j, b in sorted(enumerate(right), key=lambda x: bool(x[1].also)):
        strict.setdefault(b.value, deque()).append(j)
    for j, b in enumerate(right):
        for v in {b.value, *b.also}:
            loose.setdefault(v, deque()).append(j)
    used: set[int] = set()
    paired: set[int] = set()

    def take(index: dict, values) -> Optional[int]:
        best = None
        for v in values:
            q = index.get(v)
            while q and q[0] in used:
                q.popleft()
            if q and (best is None or q[0] < best):
                best = q[0]
        return best

    for is_loose in (False, True):
        for i, a in enumerate(left):
            if i in paired:
                continue
            j = take(loose, {a.value, *a.also}) if is_loose else take(strict, (a.value,))
            if j is not None:
                used.add(j)
                paired.add(i)
    return [a for i, a in enumerate(left) if i not in paired], [b for j, b in enumerate(right) if j not in used]


def _english_name(w: DateWord) -> str:
    return (MONTH_NAMES_EN if w.kind == "month" else WEEKDAY_NAMES_EN)[w.value - (w.kind == "month")]


@check("date_mismatch", category=Category.DATE, severity=Severity.WARNING)
def date_mismatch(ctx: Context):
    """A day, month or weekday in the English differs from the German."""
    return _date_mismatch(ctx, SuggestionBudget(ctx.params["max_suggestions"]))


def _date_mismatch(ctx: Context, budget: SuggestionBudget):
    de_words = read_dates(ctx.source, "de")
    en_words = read_dates(ctx.translation, "en")
    if not en_words:
        return
    lone_sev = Severity(ctx.params.get("severity_unpaired", "info"))
    for kind, label in (("month", "month"), ("weekday", "weekday")):
        en_k = [w for w in en_words if w.kind == kind]
        de_k = [w for w in de_words if w.kind == kind]
        en_lone, de_lone = _pair(en_k, de_k)
        for w in en_lone:
            partner: Optional[DateWord] = de_lone[0] if len(de_lone) == 1 else None
            sev = None if de_lone else lone_sev
            msg = f"English {label} {w.text!r} is not in the German"
            suggestion = None
            if partner is not None:
                name = _english_name(partner)
                msg += f"; the German has {partner.text!r} ({name})"
                # A numeric date kept in the German order ("03.02.2022") takes the German date as written.
                fix = name if not w.text[:1].isdigit() else partner.text if "." in w.text and "." in partner.text \
                    else None
                if fix:
                    suggestion, note = budget(lambda: ctx.translation[:w.start] + fix + ctx.translation[w.end:])
                    msg += note
            yield ctx.flag(msg, translation_span=(w.start, w.end),
                           source_span=(partner.start, partner.end) if partner else None,
                           suggestion=suggestion, score=float(len(en_lone)), threshold=0.0, severity=sev)
        if kind != "month":
            continue
        # Same month on both sides: its days must agree („5. Oktober“ ~ "October 5").
        lone_ids = {id(w) for w in en_lone}
        en_days = [w for w in en_k if w.days and id(w) not in lone_ids]
        de_by_month: dict[int, list[DateWord]] = {}
        for d in de_k:
            if d.days:
                de_by_month.setdefault(d.value, []).append(d)
        de_days = {m: {x for d in ds for x in d.days} for m, ds in de_by_month.items()}
        for w in en_days:
            de_same = de_by_month.get(w.value, [])
            if not de_same or set(w.days) <= de_days[w.value]:
                continue
            src = de_same[0]
            wrong = [d for d in w.days if d not in src.days]
            # The days as the German writes them (not the eve a night before one adds).
            shown = [d for d in src.days if re.search(rf"(?<!\d){d}\.", ctx.source[max(0, src.start - 40):src.start])]
            written = src.text if src.text[:1].isdigit() else f"{'./'.join(map(str, shown or src.days))}. {src.text}"
            msg = f"English has day {wrong[0]} of {_english_name(w)}; the German has „{written}“"
            span_m = _day_span(ctx.translation, w, wrong[0])
            suggestion = None
            if span_m and len(src.days) == 1 and len(wrong) == 1:
                suggestion, note = budget(lambda: ctx.translation[:span_m[0]] + str(src.days[0])
                                          + ctx.translation[span_m[1]:])
                msg += note
            yield ctx.flag(msg, translation_span=span_m or (w.start, w.end),
                           source_span=(src.start, src.end), suggestion=suggestion, score=1.0, threshold=0.0)


def _day_span(text: str, w: DateWord, day: int) -> Optional[tuple[int, int]]:
    """The span of the day number written next to a month name ("October 2" → "2"), nearest first."""
    lo = max(0, w.start - 16)
    hits = [(lo + m.start(), lo + m.end()) for m in re.finditer(rf"(?<!\d){day}(?!\d)", text[lo:w.end + 16])]
    return min(hits, key=lambda s: min(abs(s[0] - w.end), abs(s[1] - w.start)), default=None)


_DE_DAY_PART_NAMES = sorted(LANGS["de"].DAY_PARTS, key=len, reverse=True)
_DE_WEEKDAY_DAY = re.compile(r"(?:" + "|".join(_DE_DAY_PART_NAMES) + r")?(?:"
                             + "|".join(e for e in LANGS["de"].WEEKDAY_DAY_ENDINGS if e) + r")?", re.I)
_DE_WEEKDAY_NAMES = re.compile("|".join(LANGS["de"].WEEKDAY_IN_NAMES), re.I)
_EN_WEEKDAY_ABBR = re.compile(LANGS["en"].WEEKDAY_ABBREVIATIONS)
_EN_REL_ANY = re.compile(r"(?<![\w])(?:" + _alternation(LANGS["en"].RELATIVE_DAYS) + r")(?![\w])", re.I)


def _names_a_day(w: DateWord) -> bool:
    """„Mittwoch“, „Mittwochabend“, „mittwochs“: a day; „Sonntagsfrage“, „Montagsdemo“: a thing."""
    tail = w.text[len(next(k for k in sorted(LANGS["de"].WEEKDAYS, key=len, reverse=True)
                             if w.text.lower().startswith(k))):]
    return _DE_WEEKDAY_DAY.fullmatch(tail) is not None


@check("weekday_missing", category=Category.DATE, severity=Severity.WARNING)
def weekday_missing(ctx: Context):
    """A German weekday is missing from the English

    „schon am Mittwoch im Zuge der englischen Woche“ as "already in the course of the English week": the
    day of the match is lost. Only when the English names no weekday at all (nor "Wed, 18:30"); a weekday
    kept in a name („Bild am Sonntag“), said by a relative day („heute Montag“ as "today"), by a date
    the German gives with it („Mittwoch, 5. Oktober“ as "October 5") or, for Saturday and Sunday
    together, by "the weekend", is no loss.
    """
    de_days = [w for w in read_dates(ctx.source, "de") if w.kind == "weekday" and _names_a_day(w)]
    if not de_days:
        return
    tr = ctx.translation
    if any(w.kind == "weekday" for w in read_dates(tr, "en")) or _EN_WEEKDAY_ABBR.search(tr):
        return
    src, low = ctx.source, tr.lower()
    en_words = set(re.findall(r"[^\W\d_]+", low))
    names = [(m.start(), m.end()) for m in _DE_WEEKDAY_NAMES.finditer(src)]
    name_starts = [a for a, _ in names]
    en_dates = {(w.value, d) for w in read_dates(tr, "en") if w.kind == "month" for d in w.days}
    de_months = [w for w in read_dates(src, "de") if w.kind == "month" and w.days]
    month_starts = [m.start for m in de_months]
    en_rel = _EN_REL_ANY.search(tr) is not None
    rel_ends = [r.end for r in relative_days(src, "de")] if en_rel else []
    weekend = any(w in low for w in LANGS["en"].WEEKEND) and {w.value for w in de_days} == {5, 6}
    window = ctx.params["relative_window"]
    lost: dict[int, DateWord] = {}
    for w in de_days:
        i = bisect_right(name_starts, w.start) - 1
        if weekend or w.text.lower() in en_words or (i >= 0 and w.start < names[i][1]):
            continue  # said as the weekend, kept as a name („Dagmar Freitag“), or in a newspaper's name
        k = bisect_right(rel_ends, w.start) - 1
        if en_rel and k >= 0 and len(src[rel_ends[k]:w.start].split()) < window:
            continue  # „heute Montag“, „am gestrigen Sonntag“ as "today", "yesterday"
        # „am Mittwoch, 5. Oktober“ as "on October 5": the date says the day.
        j = bisect_left(month_starts, w.end)
        if any(any((m.value, d) in en_dates for d in m.days)
               for m in de_months[j:j + 2] if m.start - w.end <= ctx.params["date_after"]):
            continue
        lost.setdefault(w.value, w)
    for value, w in lost.items():
        yield ctx.flag(f"German weekday „{w.text}“ ({WEEKDAY_NAMES_EN[value]}) has no weekday in the English",
                       source_span=(w.start, w.end), score=float(len(lost)), threshold=0.0)


# The days before a month's name: one, or a list or span („17., 22. und 29.“, „3. bis 5.“).
_DAYS_BEFORE_MONTH = re.compile(r"(?<![\d.])(?:[0-3]?\d\.?\s*(?:,|und|oder|bis|–|-)\s*)*[0-3]?\d\.\s*$")
_EN = LANGS["en"]
_NEXT_DAY = re.compile(r"(?<![\w])(?:" + _alternation(_EN.DAY_FROM_ANOTHER) + r"|(?:" + _alternation(_EN.DAY_COUNTS)
                       + r"|\d+)\s+(?:" + _alternation(_EN.DAY_COUNT_UNITS) + r")\s+(?:"
                       + _alternation(_EN.DAY_COUNT_SIDES) + r"))(?![\w])", re.I)
_NAMED_DAY = re.compile(r"(?<![\w])(?:" + _alternation(_EN.NAMED_DAYS) + r")(?![\w])", re.I)
# What stands between a weekday and its date („am Samstag, den 5. Mai“; „am 5. Mai 2018, einem Samstag“, „5. Mai
# (Samstag)“): the weekday names the date's day.
_WEEKDAY_THEN_DATE = re.compile(r"\s*,?\s*(?:den|dem)?\s*")
_DATE_THEN_WEEKDAY = re.compile(r"\s*(?:\d{4})?\s*(?:,\s*(?:einem|einen|ein|am|dem)?|\()\s*")
_ORDINAL_WORDS = {k: v for k, v in _EN.ORDINALS.items() if isinstance(v, int) and v <= 31}
_ORDINAL_WORDS.update({f"twenty{sep}{k}": 20 + v for k, v in list(_ORDINAL_WORDS.items()) if v < 10 for sep in "- "})
_ORDINAL_WORDS.update({"thirty-first": 31, "thirty first": 31})
_DAY_NUMBER = re.compile(r"(?<![\d.,:])([0-3]?\d)(?:st|nd|rd|th)?(?![\d,:])|(?<![\w])(?P<w>"
                         + _alternation(_ORDINAL_WORDS) + r")(?![\w])", re.I)


def _days_said(text: str) -> set[int]:
    """The days of a month the English has by number or ordinal ("Dec 26", "26/12", "on the 26th", "the
    twenty-sixth"): a date in a form the date reader does not read, or a day said without its month again."""
    return {_ORDINAL_WORDS[m.group("w").lower()] if m.group("w") else int(m.group(1))
            for m in _DAY_NUMBER.finditer(text)}


@check("date_missing", category=Category.DATE, severity=Severity.WARNING)
def date_missing(ctx: Context):
    """A German date is missing from the English

    „Bei dieser Abstimmung am 26. Dezember erhielt Juschtschenko 51,99 %“ as "In that vote, Yushchenko received
    51.99%": the day of the vote is lost, usually with its clause. A day and a month the German writes with the
    month's name, when the English has no month of its own left over (that is a changed date, ``date_mismatch``'s)
    and neither that date nor the day's number or ordinal ("Dec 26", "26/12", "on the 26th"). Not lost either: a
    date the English keeps in a German name ("Strasse des 17. Juni"), says by its holiday or another name of the
    day ("Boxing Day", "9/11", "by the end of 2020" for „31. Dezember 2020“), tells from another day ("the next
    day", "two days later") or from today ("yesterday"), or names by the weekday the German gives it („am Samstag,
    5. Mai“ as "on Saturday").
    """
    de_words = read_dates(ctx.source, "de")
    de_dates = [w for w in de_words if w.kind == "month" and w.days and w.text[:1].isalpha()]
    if not de_dates:
        return
    src, tr = ctx.source, ctx.translation
    en_words = read_dates(tr, "en")
    en_months = [w for w in en_words if w.kind == "month"]
    en_lone, de_lone = _pair(en_months, de_dates)
    if en_lone or not de_lone:
        return
    if _EN_REL_ANY.search(tr) or _NEXT_DAY.search(tr):
        return  # a date told from another ("the next day", "yesterday"): which one is the English's to say
    # The dates the English says by a name of the day (a date it writes has its day's number: ``_days_said``, which
    # also keeps a date said once for two German mentions).
    said = {LANGS["de"].HOLIDAY_DATES[k] for _, _, k in holidays(tr, "en") if k in LANGS["de"].HOLIDAY_DATES}
    said |= {_EN.NAMED_DAYS[m.group().lower()] for m in _NAMED_DAY.finditer(tr)}
    low = tr.lower()
    said |= {day for day, phrases in _EN.YEAR_EDGE_DAYS.items() if any(x in low for x in phrases)}
    kept = {x.lower() for x in re.findall(r"[^\W\d_]+", tr)}
    days = _days_said(tr)
    en_weekdays = {w.value for w in en_words if w.kind == "weekday"}
    # The German weekdays the English says too: one right before or after the date names its day.
    named = [d for d in de_words if d.kind == "weekday" and d.value in en_weekdays]
    ends, starts = [d.end for d in named], [d.start for d in named]
    for w in de_lone:
        if w.text.lower() in kept or any((w.value, d) in said or d in days for d in w.days):
            continue
        listed = _DAYS_BEFORE_MONTH.search(src, max(0, w.start - 40), w.start)
        start = listed.start() if listed else w.start
        k, j = bisect_right(ends, start) - 1, bisect_left(starts, w.end)
        if (k >= 0 and _WEEKDAY_THEN_DATE.fullmatch(src, ends[k], start)) \
                or (j < len(starts) and _DATE_THEN_WEEKDAY.fullmatch(src, w.end, starts[j])):
            continue
        note, category = lost_with_clause(ctx, start, w.end)
        yield ctx.flag(f"German date „{src[start:w.end]}“ has no date in the English{note}",
                       source_span=(start, w.end), score=float(len(de_lone)), threshold=0.0, category=category)


# --- relative days, nights, parts of the day and of the month -------------------------------------

@dataclass(frozen=True)
class Relative:
    start: int
    end: int
    text: str
    offsets: tuple[int, ...]  # days from today the words may mean
    idiom: bool = False  # inside an idiom („noch heute“ "still", „von heute auf morgen“ "overnight")


# „Morgen“ opening a sentence or a quotation is tomorrow („Morgen fährt der Zug“, „„Morgen wird es gefährlicher“,
# sagte er“), and so it is before „früh“ wherever the sentence starts (after an emoji: „😅 Morgen früh um 9:35
# Uhr“); the noun takes an article („am Morgen früh“).
_DE_REL = re.compile(r"(?<![\w])(?P<w>[Vv]orgestern|[Gg]estern|[Hh]eute|morgen|(?:(?<=^)|(?<=[.!?:;„\"»]\s)|(?<=^\")|(?<=[„»]))Morgen|"
                     r"(?<!\bam\s)(?<!\bden\s)(?<!\bder\s)(?<!\bdem\s)(?<!\beinen\s)Morgen(?=\s+früh\b)|[Üü]bermorgen|"
                     r"(?:[Vv]orgestrig|[Gg]estrig|[Hh]eutig|[Mm]orgig|[Üü]bermorgig)[a-z]*)(?![\w])")
_DE_IDIOMS = re.compile("|".join(LANGS["de"].RELATIVE_DAY_IDIOMS), re.I)
_DE_NIGHTS = re.compile(r"(?<![\w])(?:" + "|".join(LANGS["de"].RELATIVE_NIGHTS) + r")(?![\w])", re.I)
_DE_TODAY = re.compile(r"(?<![\w])(?:" + "|".join(LANGS["de"].TODAY_PHRASES) + r")", re.I)
_EN_REL = re.compile(r"(?<![\w])(?:" + _alternation(LANGS["en"].RELATIVE_DAYS) + r")(?![\w])", re.I)
_PREV = re.compile(r"([^\W\d_]+)[^\w]*$")


def relative_days(text: str, lang: str) -> tuple[Relative, ...]:
    """Words naming a day by its distance from today: „gestern“, „die morgige Wahl“, "tomorrow"."""
    L = LANGS[lang]
    out = []
    if lang == "en":
        for m in _EN_REL.finditer(text):
            prev = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
            if m.group().lower().startswith("last ") and prev and prev.group(1).lower() == "the":
                continue  # "the last night owls", "on the last night of the fair": the final one, not yesterday's
            out.append(Relative(m.start(), m.end(), m.group(), L.RELATIVE_DAYS[m.group().lower()]))
        return tuple(out)
    idioms = [(m.start(), m.end()) for m in _DE_IDIOMS.finditer(text)]
    for m in _DE_REL.finditer(text):
        w = m.group("w").lower()
        if w == "morgen":
            prev = _PREV.search(text, max(0, m.start() - 30), m.start())
            pw = prev.group(1).lower() if prev else ""
            if pw in L.MORNING_AFTER or any(pw.startswith(d) for d in L.WEEKDAYS):
                continue  # „heute morgen“: this morning, a part of the day
        offset = L.RELATIVE_DAYS.get(w)
        if offset is None:
            offset = next(v for k, v in L.RELATIVE_DAY_ADJECTIVES.items() if w.startswith(k))
        out.append(Relative(m.start(), m.end(), m.group(), (offset,),
                            idiom=any(a <= m.start() < b for a, b in idioms)))
    out += [Relative(m.start(), m.end(), m.group(), (-1, 0)) for m in _DE_NIGHTS.finditer(text)
            if not _final_night(text, m.start())]
    return tuple(sorted(out, key=lambda r: r.start))


_BEFORE_THE = re.compile(r"(\w+)\s+die\s+$")


def _final_night(text: str, start: int) -> bool:
    """„die letzte Nacht“ in mid-sentence after a word that opens no clause (de.SUBORDINATORS): an object, the final
    night, not last night."""
    if not text.startswith("letzte", start):
        return False
    m = _BEFORE_THE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() not in LANGS["de"].SUBORDINATORS


def _has_any(text_low: str, words) -> bool:
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", text_low) for w in words)


@check("relative_date", category=Category.DATE, severity=Severity.WARNING)
def relative_date(ctx: Context):
    """A relative day (heute, morgen, gestern) changed, dropped or added in the English

    „Heute morgen“ (this morning) as "Tomorrow morning", „gestern“ as "today": a changed day is
    reported; a German relative day with no rendering in the English (neither a day word nor
    "nowadays", "the next day", ...) is reported as dropped.
    """
    de_rel = relative_days(ctx.source, "de")
    en_rel = relative_days(ctx.translation, "en")
    if not de_rel and not en_rel:
        return
    de_offsets = {o for r in de_rel for o in r.offsets}
    if _DE_TODAY.search(ctx.source):
        de_offsets.add(0)  # „Nur noch dieser Tag“ as "only today": a partner, never a lost day
    en_offsets = {o for r in en_rel for o in r.offsets}
    idiom = any(d.idiom for d in de_rel)
    src = next((d for d in de_rel if not set(d.offsets) & en_offsets), de_rel[0] if de_rel else None)
    for r in en_rel:
        if set(r.offsets) & de_offsets or idiom:
            continue  # rendered; or „von heute auf morgen“, which may come out as anything
        if src is not None:
            yield ctx.flag(f"English {r.text!r} is not the German {src.text!r}",
                           translation_span=(r.start, r.end), source_span=(src.start, src.end),
                           score=1.0, threshold=0.0, severity=Severity(ctx.params["severity_changed"]))
        else:
            yield ctx.flag(f"English {r.text!r} names a day the German does not name",
                           translation_span=(r.start, r.end), score=1.0, threshold=0.0,
                           severity=Severity(ctx.params["severity_added"]))
    if en_rel:
        return  # every German relative day is rendered, or the change is reported above
    lost = [d for d in de_rel if not d.idiom]
    if not lost or read_dates(ctx.translation, "en"):
        return  # nothing to render, or written as a date or weekday: "on Monday"
    low = ctx.translation.lower()
    rendered = {o: _has_any(low, LANGS["en"].RELATIVE_DAY_ALSO.get(o, ())) for o in {o for d in lost for o in d.offsets}}
    for d in lost:
        if any(rendered[o] for o in d.offsets):
            continue
        yield ctx.flag(f"German {d.text!r} has no rendering in the English", source_span=(d.start, d.end),
                       score=1.0, threshold=0.0, severity=Severity(ctx.params["severity_dropped"]))


_DE_PERIOD = re.compile(r"(?<![\w])(?P<w>" + _alternation(LANGS["de"].RELATIVE_PERIOD_WORDS) + r")\s+(?P<n>"
                        + _alternation(LANGS["de"].RELATIVE_PERIOD_NOUNS) + r")(?![\w])", re.I)
_DE_PERIOD_WORD = re.compile(r"(?<![\w])(?P<n>" + _alternation(LANGS["de"].RELATIVE_PERIOD_ONE_WORD) + r")(?![\w])",
                             re.I)
_EN_PERIOD = re.compile(r"(?<![\w])(?P<w>" + _alternation(LANGS["en"].RELATIVE_PERIOD_WORDS) + r")\s+(?P<n>"
                        + _alternation(LANGS["en"].RELATIVE_PERIOD_NOUNS) + r")(?![\w])", re.I)
_EN_PERIOD_AFTER = re.compile(r"(?<![\w])(?:a|one|the)\s+(?P<n>" + _alternation(LANGS["en"].RELATIVE_PERIOD_NOUNS)
                              + r")\s+(?P<w>" + _alternation(LANGS["en"].RELATIVE_PERIOD_AFTER) + r")(?![\w])", re.I)


def _coordinated(lang: str, noun_first: bool) -> re.Pattern:
    """Two relative words sharing one period noun: „in diesem und im kommenden Jahr“, "last and this year"
    (the first word, with the noun after the second); "this year and next" (the second, with the noun
    before it)."""
    L = LANGS[lang]
    word, noun = _alternation(L.RELATIVE_PERIOD_WORDS), _alternation(L.RELATIVE_PERIOD_NOUNS)
    link = r"\s+(?:und|oder|bzw\.)\s+(?:(?:im|in|am|zum|bis)\s+)?" if lang == "de" else r"\s+(?:and|or)\s+(?:the\s+)?"
    if noun_first:
        return re.compile(r"(?<![\w])(?:" + word + r")\s+(?P<n>" + noun + r")" + link + r"(?P<w>" + word + r")(?![\w])", re.I)
    return re.compile(r"(?<![\w])(?P<w>" + word + r")" + link + r"(?:" + word + r")\s+(?P<n>" + noun + r")(?![\w])", re.I)


# Per language: a pattern of a relative word and a period noun, and the table of the word's offsets.
_PERIOD_PATTERNS = {"de": ((_DE_PERIOD, LANGS["de"].RELATIVE_PERIOD_WORDS),
                           (_coordinated("de", False), LANGS["de"].RELATIVE_PERIOD_WORDS)),
                    "en": ((_EN_PERIOD, LANGS["en"].RELATIVE_PERIOD_WORDS),
                           (_EN_PERIOD_AFTER, LANGS["en"].RELATIVE_PERIOD_AFTER),
                           (_coordinated("en", False), LANGS["en"].RELATIVE_PERIOD_WORDS),
                           (_coordinated("en", True), LANGS["en"].RELATIVE_PERIOD_WORDS))}


def relative_periods(text: str, lang: str) -> list[tuple[int, int, str, int]]:
    """(start, end, period, offset) of the weeks, months and years a text names relative to the
    present: „vergangene Woche“ (week, -1), „im Vorjahr“ (year, -1), "next month" (month, +1)."""
    L = LANGS[lang]
    out = [(m.start(), m.end(), L.RELATIVE_PERIOD_NOUNS[m.group("n").lower()], offsets[m.group("w").lower()])
           for rx, offsets in _PERIOD_PATTERNS[lang] for m in rx.finditer(text)]
    if lang == "de":
        out += [(m.start(), m.end(), *L.RELATIVE_PERIOD_ONE_WORD[m.group("n").lower()])
                for m in _DE_PERIOD_WORD.finditer(text)]
    return out


def _offsets(periods: list[tuple[int, int, str, int]]) -> dict[str, set]:
    """Period -> the offsets a text gives it."""
    out: dict[str, set] = {}
    for _, _, period, offset in periods:
        out.setdefault(period, set()).add(offset)
    return out


@check("relative_period", category=Category.DATE, severity=Severity.WARNING)
def relative_period(ctx: Context):
    """A week, month or year relative to the present changed in the English

    „vergangene Woche“ as "next week", „im Vorjahr“ as "next year", „nächsten Monat“ as "this month".
    Reported only where no relative period of that kind in the English has an offset of the German's:
    one the English leaves out or dates is not, nor one of several said in other words.
    """
    de_p = relative_periods(ctx.source, "de")
    if not de_p:
        return
    en_p = relative_periods(ctx.translation, "en")
    de_offsets, en_offsets = _offsets(de_p), _offsets(en_p)
    first = {}
    for d in de_p:
        first.setdefault(d[2], d)
    for start, end, period, offset in en_p:
        if period not in de_offsets or de_offsets[period] & en_offsets[period]:
            continue
        d = first[period]
        yield ctx.flag(f"English {ctx.translation[start:end]!r} is not the German {ctx.source[d[0]:d[1]]!r}",
                       translation_span=(start, end), source_span=(d[0], d[1]), score=1.0, threshold=0.0)


_DE_NIGHT = re.compile(LANGS["de"].NIGHT_BEFORE + r"(?P<w>" + "|".join(
    w.capitalize() for w in sorted(LANGS["de"].WEEKDAYS, key=len, reverse=True)) + r")", re.I)
_EN_NIGHT_INTO = re.compile(r"(?:" + LANGS["en"].NIGHT_INTO + r")$", re.I)
# A weekday named as the day a night leads into: "overnight into Tuesday", "the night from Monday to Tuesday"; not a
# night or evening named by its day ("early Monday night" is the night into Tuesday).
_EN_INTO_WEEKDAY = re.compile(r"(?:" + LANGS["en"].NIGHT_INTO + r")(?P<w>" + "|".join(WEEKDAY_NAMES_EN)
                              + r")\b(?!['’]?s?\s+(?:night|evening))", re.I)
# A German weekday, in a compound too („Ostermontag“, „Dienstagmorgen“).
_DE_WEEKDAY_WORD = re.compile("|".join(sorted(LANGS["de"].WEEKDAYS, key=len, reverse=True)), re.I)
_EN_WEEKDAY_PART = re.compile(r"(?<![\w])(?P<w>" + "|".join(n for n in WEEKDAY_NAMES_EN) + r")s?(?:'s)?\s+"
                              r"(?P<p>" + _alternation(LANGS["en"].DAY_PARTS) + r")(?![\w])", re.I)
_DE_WEEKDAY_PART = re.compile(r"(?<![\w])(?P<w>" + "|".join(
    w.capitalize() for w in sorted(LANGS["de"].WEEKDAYS, key=len, reverse=True)) + r")(?P<p>"
    + "|".join(sorted(LANGS["de"].DAY_PARTS, key=len, reverse=True)) + r")(?:s|e)?(?![\w])", re.I)
_DE_MONTH_PART = re.compile(r"(?<![\w])(?P<part>" + "|".join(p.capitalize() for p in LANGS["de"].MONTH_PARTS)
                            + r")\s+(?P<m>" + "|".join(w.capitalize() for w in sorted(
                                LANGS["de"].MONTHS, key=len, reverse=True) if not w.endswith(".")) + r")(?![\w])")
_EN_MONTH_PART = re.compile(r"(?P<part>" + _alternation(LANGS["en"].MONTH_PARTS) + r")[\s-]*(?:of\s+)?(?:the\s+)?"
                            r"(?:month\s+of\s+)?$", re.I)
_DE_HALF = re.compile(LANGS["de"].HALF_HOUR, re.I)
_EN_CLOCK_30 = re.compile(LANGS["en"].CLOCK_30)
_EN_WEEKDAY_VALUE = {n.lower(): i for i, n in enumerate(WEEKDAY_NAMES_EN)}


def nights_before(text: str) -> tuple[tuple[int, int, int], ...]:
    """„in der Nacht zum Samstag“: (start, end, weekday after the night), Monday = 0."""
    W = LANGS["de"].WEEKDAYS
    return tuple((m.start(), m.end(), W[m.group("w").lower()]) for m in _DE_NIGHT.finditer(text))


def _nights_into_other_days(ctx: Context, src: str, tr: str):
    """„in der Nacht zum Dienstag“ said as the night into another day ("overnight into Monday", "early on Monday",
    "the night from Saturday to Monday"): the day the night leads into is the German's. A night whose day the English
    gives so is rendered; an English day the German names anywhere else („am Montag“, „Ostermontag“) may be that
    one's, and an English phrase far from the night's place another part of the text's."""
    nights = nights_before(src)
    if not nights:
        return
    into = list(_EN_INTO_WEEKDAY.finditer(tr))
    given = {_EN_WEEKDAY_VALUE[m.group("w").lower()] for m in into}
    named = {LANGS["de"].WEEKDAYS[m.group().lower()] for m in _DE_WEEKDAY_WORD.finditer(src)}
    wrong = [m for m in into if _EN_WEEKDAY_VALUE[m.group("w").lower()] not in named]
    shift = ctx.params["night_into_max_shift"]
    for start, end, wd in nights:
        at = start / max(len(src), 1)

        def distance(m) -> float:
            return abs(m.start() / max(len(tr), 1) - at)
        near = [m for m in wrong if distance(m) <= shift]
        if wd in given or not near:
            continue
        m = min(near, key=distance)
        wrong.remove(m)
        yield ctx.flag(f"„{src[start:end]}“ is the night into {WEEKDAY_NAMES_EN[wd]}; the English says {m.group()!r}",
                       source_span=(start, end), translation_span=(m.start("w"), m.end("w")),
                       suggestion=tr[:m.start("w")] + WEEKDAY_NAMES_EN[wd] + tr[m.end("w"):],
                       score=1.0, threshold=0.0, severity=Severity(ctx.params["severity_night"]))


def _hour(word: str, lang: str) -> Optional[int]:
    if word.isdigit():
        return int(word)
    v = LANGS[lang].UNITS.get(word.lower())
    return int(v) if isinstance(v, int) and 1 <= v <= 12 else None


def _part_ok(de_part: str, en_part: str) -> bool:
    return de_part == en_part or en_part in LANGS["en"].DAY_PART_ALSO.get(de_part, ())


@check("time_phrase", category=Category.DATE, severity=Severity.WARNING)
def time_phrase(ctx: Context):
    """A night, part of the day or month, weekend or half hour rendered wrong or dropped

    „in der Nacht zum Samstag“ is Friday night, not "Saturday night"; „Samstagmittag“ is Saturday
    noon, not "Saturday evening"; „Ende Mai“ is late May, not "early May"; „halb drei“ is 2:30, not
    "half past three"; „am Wochenende“ left out of the English.
    """
    src, tr = ctx.source, ctx.translation
    p = ctx.params
    en_wd_parts: dict[int, list] = {}  # weekday -> English "Saturday night" matches, in order
    for m in _EN_WEEKDAY_PART.finditer(tr):
        en_wd_parts.setdefault(_EN_WEEKDAY_VALUE[m.group("w").lower()], []).append(m)
    # The night before a weekday, said as the night after it; each English phrase answers one German night.
    wrong_nights = []
    en_nights = {wd: deque(m for m in ms if LANGS["en"].DAY_PARTS[m.group("p").lower()] in ("night", "evening"))
                 for wd, ms in en_wd_parts.items()}
    # An English "Sunday evening" that renders the German's own „Sonntagabend“ answers no night: the night
    # may be said in words that name no part ("in the early hours of Sunday"). The same part is claimed first.
    by_part: dict = {}  # (weekday, English part) -> that weekday's night and evening phrases with the part, in order
    for wd, q in en_nights.items():
        for m in q:
            by_part.setdefault((wd, LANGS["en"].DAY_PARTS[m.group("p").lower()]), deque()).append(m)
    claimed: set = set()
    for m in _DE_WEEKDAY_PART.finditer(src) if by_part else ():
        wd, part = LANGS["de"].WEEKDAYS[m.group("w").lower()], LANGS["de"].DAY_PARTS[m.group("p").lower()]
        for en_part in (part, *sorted(LANGS["en"].DAY_PART_ALSO.get(part, ()))):
            if by_part.get((wd, en_part)):
                claimed.add(by_part[(wd, en_part)].popleft().start())
                break
    if claimed:
        en_nights = {wd: deque(m for m in q if m.start() not in claimed) for wd, q in en_nights.items()}
    for start, end, wd in nights_before(src):
        q = en_nights.get(wd)
        if not q:
            continue
        m = q.popleft()
        if not _EN_NIGHT_INTO.search(tr[max(0, m.start() - 40):m.start()]):
            wrong_nights.append((start, end, wd, m))
    for start, end, wd, m in wrong_nights:
        before = WEEKDAY_NAMES_EN[(wd - 1) % 7]
        # One suggestion rewrites one phrase: offered when the paragraph has just this one.
        suggestion = tr[:m.start()] + f"{before} {m.group('p')}" + tr[m.end():] if len(wrong_nights) == 1 else None
        yield ctx.flag(f"„{src[start:end]}“ is the night before {WEEKDAY_NAMES_EN[wd]} ({before} night); "
                       f"the English says {m.group()!r}", source_span=(start, end),
                       translation_span=(m.start(), m.end()), suggestion=suggestion,
                       score=1.0, threshold=0.0, severity=Severity(p["severity_night"]))
    yield from _nights_into_other_days(ctx, src, tr)
    # A part of the day glued to a weekday, changed.
    if en_wd_parts:
        for m in _DE_WEEKDAY_PART.finditer(src):
            wd, part = LANGS["de"].WEEKDAYS[m.group("w").lower()], LANGS["de"].DAY_PARTS[m.group("p").lower()]
            same = en_wd_parts.get(wd)
            if not same or any(_part_ok(part, LANGS["en"].DAY_PARTS[em.group("p").lower()]) for em in same[:8]):
                continue
            em = same[0]
            yield ctx.flag(f"„{m.group()}“ is {WEEKDAY_NAMES_EN[wd]} {part}; the English says {em.group()!r}",
                           source_span=(m.start(), m.end()), translation_span=(em.start(), em.end()),
                           score=1.0, threshold=0.0, severity=Severity(p["severity_day_part"]))
    # „Anfang/Mitte/Ende Mai“: the part of the month changed or dropped.
    de_month_parts = list(_DE_MONTH_PART.finditer(src))
    en_months: dict[int, list] = {}  # month -> (part said in the English or None, date word)
    if de_month_parts:
        for w in read_dates(tr, "en"):
            if w.kind != "month":
                continue
            pm = _EN_MONTH_PART.search(tr[max(0, w.start - 40):w.start])
            said = LANGS["en"].MONTH_PARTS[pm.group("part").lower()] if pm else ("day" if w.days else None)
            en_months.setdefault(w.value, []).append((said, w))
    en_found = {month: [(f, w) for f, w in ws if f is not None] for month, ws in en_months.items()}
    for m in de_month_parts:
        part = LANGS["de"].MONTH_PARTS[m.group("part").lower()]
        month = LANGS["de"].MONTHS[m.group("m").lower()]
        en_same = en_months.get(month)
        if not en_same:
            continue  # the month itself: date_mismatch
        found = en_found[month]
        if any(f == part or f == "day" for f, _ in found[:8]):
            continue  # a day of the month is a finer rendering
        w = en_same[0][1]
        if found:
            msg = f"„{m.group()}“ is {part} {MONTH_NAMES_EN[month - 1]}; the English says {found[0][0]}"
            sev = p["severity_month_part"]
        else:
            msg = f"„{m.group()}“ is {part} {MONTH_NAMES_EN[month - 1]}; the English has only {w.text!r}"
            sev = p["severity_month_part_dropped"]
        yield ctx.flag(msg, source_span=(m.start(), m.end()), translation_span=(w.start, w.end),
                       score=1.0, threshold=0.0, severity=Severity(sev))
    # „halb drei“ is 2:30; "half past three" is an hour late.
    de_halves = list(_DE_HALF.finditer(src))
    if de_halves:
        # "half past three" is read as a time by read_numerals, so number_mismatch reports it; here only
        # the bare clock "3:30", which it takes for a score as well.
        en_hours: dict[int, object] = {}
        for e in _EN_CLOCK_30.finditer(tr):
            en_hours.setdefault(int(e.group("h")) % 12 or 12, e)
        for m in de_halves:
            h = _hour(m.group("h"), "de")
            if h is None:
                continue
            meant, late = (h - 1) % 12 or 12, h % 12 or 12
            if meant in en_hours or late not in en_hours:
                continue
            e = en_hours[late]
            yield ctx.flag(f"„{m.group()}“ is half past {meant}, half an hour before {late}; "
                           f"the English says {e.group()!r}", source_span=(m.start(), m.end()),
                           translation_span=(e.start(), e.end()), score=1.0, threshold=0.0,
                           severity=Severity(p["severity_half_hour"]))
    # A clock time left out („um 14 Uhr“ with no time in the English); a changed one is number_mismatch's.
    en_left, de_left = paired(ctx)
    if not any(n.kind in (TIME, COUNT, PART) for n in en_left):
        for n in de_left:
            if n.kind == TIME:
                # Lost with the words beside it, as a number or year can be: a clause dropped („, die um 16 Uhr
                # begann“), an omission.
                note, category = lost_with_clause(ctx, n.start, n.end)
                yield ctx.flag(f"German time {n.text!r} has no counterpart in the English{note}",
                               source_span=(n.start, n.end), score=1.0, threshold=0.0,
                               severity=Severity(p["severity_time_dropped"]), category=category)
    # „am Wochenende“ left out.
    src_low = src.lower()
    if any(w in src_low for w in LANGS["de"].WEEKEND):
        low = tr.lower()
        if not any(w in low for w in LANGS["en"].WEEKEND) and not read_dates(tr, "en"):
            i = min(src_low.find(w) for w in LANGS["de"].WEEKEND if w in src_low)
            yield ctx.flag("the German names a weekend („Wochenende“); the English does not",
                           source_span=(i, i + len("wochenende")), score=1.0, threshold=0.0,
                           severity=Severity(p["severity_weekend"]))


def _de_holiday_name(h: str) -> str:
    # One word: the start of a word, for compounds. Several: the whole name, with a case ending.
    name = re.escape(h).replace(r"\ ", r"\s+")
    return name if " " not in h else name + r"(?=(?:e?[sn])?(?![\w-]))"  # not „am ersten Mai-Wochenende“


_DE_HOLIDAY = re.compile(r"(?<![\w])(?!" + "|".join(LANGS["de"].HOLIDAY_LOOKALIKES) + r")(?P<h>" + "|".join(
    _de_holiday_name(h) for h in sorted(LANGS["de"].HOLIDAYS, key=len, reverse=True)) + r")", re.I)
# An English name may stand for several holidays ("Ascension" is Father's Day in Germany too).
_EN_HOLIDAY_NAMES: dict[str, tuple[str, ...]] = {}
for _key, _names in LANGS["en"].HOLIDAYS.items():
    for _name in _names:
        _EN_HOLIDAY_NAMES[_name] = _EN_HOLIDAY_NAMES.get(_name, ()) + (_key,)
_EN_HOLIDAY = re.compile(r"(?<![\w])(?P<h>" + "|".join(
    re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_EN_HOLIDAY_NAMES, key=len, reverse=True))
    + r")(?:['’]?s)?(?![\w])", re.I)  # "Easter's", not "eastern"


_DE_HOLIDAY_BARE = re.compile(r"(?<![\w])(?:" + "|".join(LANGS["de"].HOLIDAY_PREPOSITIONS) + r")\s+(?P<h>"
                              + "|".join(h.capitalize() for h in LANGS["de"].HOLIDAYS_BARE) + r")(?![\w])", re.I)


def _in_hyphen_compound(text: str, start: int, end: int) -> bool:
    return text[start - 1:start] == "-" or bool(re.match(r"[\w-]*-\w", text[end:end + 40]))


def holidays(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """Holidays and feast days named in ``text``: (start, end, key)."""
    if lang == "de":
        # (A part of a compound joined by hyphens names a thing after the feast, a church or a street, not a day:
        # „die Mariä-Himmelfahrt-Kirche“, „die Sankt-Peter-und-Paul-Kathedrale“.)
        found = [(m.start(), m.end(), LANGS["de"].HOLIDAYS[re.sub(r"\s+", " ", m.group("h").lower())])
                 for m in _DE_HOLIDAY.finditer(text) if not _in_hyphen_compound(text, m.start(), m.end())]
        found += [(m.start("h"), m.end("h"), LANGS["de"].HOLIDAYS_BARE[m.group("h").lower()])
                  for m in _DE_HOLIDAY_BARE.finditer(text)]
        return tuple(sorted(found))
    return tuple((m.start(), m.end(), key) for m in _EN_HOLIDAY.finditer(text)
                 for key in _EN_HOLIDAY_NAMES[re.sub(r"\s+", " ", m.group("h").lower())])


def _holiday_kept(ctx: Context, start: int, end: int, key: str) -> bool:
    """The German name kept as it is („Berchtoldstag“), or the holiday's fixed day as a date ("1 November")."""
    name = re.sub(r"\s+", " ", ctx.source[start:end].lower())
    if name in re.sub(r"\s+", " ", ctx.translation.lower()):
        return True
    day = LANGS["de"].HOLIDAY_DATES.get(key)
    return day is not None and any(w.kind == "month" and w.value == day[0] and day[1] in w.days
                                   for w in read_dates(ctx.translation, "en"))


# Each feast English may tell by its neighbour (en.HOLIDAYS_BY_NEIGHBOUR): the neighbour's key, and the words that must
# end right before it — the weekday, perhaps as the first of two, and the side: "the Monday and Tuesday before".
_TOLD_BY_NEIGHBOUR = {
    key: (neighbour, re.compile(rf"\b{weekday}s?(?:\s+(?:and|or)\s+\w+days?)?\s+{side}\s+(?:the\s+)?$", re.I))
    for key, (weekday, side, neighbour) in LANGS["en"].HOLIDAYS_BY_NEIGHBOUR.items()}


def _by_neighbour(text: str, key: str, en_h) -> Optional[tuple[str, int]]:
    """The English names the German feast by its weekday and the feast beside it (en.HOLIDAYS_BY_NEIGHBOUR: "the Monday
    and Tuesday before Ash Wednesday" for „Rosenmontag und Faschingsdienstag“): (the key, where that other feast
    stands), or None."""
    if key not in _TOLD_BY_NEIGHBOUR:
        return None
    neighbour, told = _TOLD_BY_NEIGHBOUR[key]
    return next(((key, start) for start, _, k in en_h if k == neighbour and told.search(text, 0, start)), None)


@check("holiday_mismatch", category=Category.DATE, severity=Severity.WARNING)
def holiday_mismatch(ctx: Context):
    """A holiday changed or lost in the English: „am Heiligen Abend“ as "in Holy Week", „Pfingsten“ as "Easter"

    A German holiday whose English names are all missing is reported as changed when the English names
    another holiday, else as dropped, unless the English keeps the German name or writes the holiday's
    date. Human translators keep holidays (25 of the 28 in the tune half's references, the other 3
    rendered "Holy Eve"), so a lost one is lost information: „Mariä Himmelfahrt“ as "the pilgrimage of the
    Virgin". A dropped name that is also a common noun (Swiss „vor Auffahrt“ as "before the driveway")
    is reported as read as that noun.
    """
    de_h = holidays(ctx.source, "de")
    if not de_h:
        return
    en_h = holidays(ctx.translation, "en")
    en_keys = {k for _, _, k in en_h}
    de_keys = {k for _, _, k in de_h}
    neighbours = {n for k in de_keys - en_keys if (n := _by_neighbour(ctx.translation, k, en_h))}
    en_keys |= {k for k, _ in neighbours}
    told_by = {at for _, at in neighbours}
    other = [h for h in en_h if h[2] not in de_keys and h[0] not in told_by]
    reported: set[str] = set()
    for start, end, key in de_h:
        if key in en_keys or key in reported:
            continue
        reported.add(key)
        name = LANGS["en"].HOLIDAYS[key][0]
        if other:
            s, e, k = other[0]
            yield ctx.flag(f"German „{ctx.source[start:end]}“ ({name}) is {ctx.translation[s:e]!r} in the English",
                           source_span=(start, end), translation_span=(s, e), score=1.0, threshold=0.0)
        elif ctx.source[start:end].lower() in LANGS["de"].HOLIDAYS_BARE:
            yield ctx.flag(f"German „{ctx.source[start:end]}“ ({name}) is not named in the English: read as a "
                           f"common noun?", source_span=(start, end), score=1.0, threshold=0.0)
        elif not _holiday_kept(ctx, start, end, key):
            yield ctx.flag(f"German „{ctx.source[start:end]}“ ({name}) is not named in the English",
                           source_span=(start, end), score=1.0, threshold=0.0,
                           severity=Severity(ctx.params["severity_dropped"]))
