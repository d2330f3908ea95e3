"""Number checks: the values in the English agree with the German, read in each language's format.

German "10.000" and English "10,000" are the same value; "1,5 Mio." is 1 500 000; a number
word on one side ("zwei Dutzend", "three") stands for a digit on the other. Days of dates,
years and clock times are read here too, so they are not taken as counts; the date and
year checks report those.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, deque
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType
from typing import Optional

from ..align import align
from ..lang import de, en
from ..lang.words import ENGLISH_FUNCTION_WORDS
from ..records import Category, Severity, Side
from .registry import Context, check

COUNT, YEAR, DAY, TIME, WORD, PART = "count", "year", "day", "time", "word", "part"
# Only these kinds raise a number flag; words and parts only pair with the other side's digits.
FLAGGED = (COUNT, TIME)


@dataclass(frozen=True)
class Numeral:
    start: int
    end: int
    text: str
    values: frozenset  # every reading of the text; ambiguous formats ("1.500" in English) give two
    kind: str  # COUNT, YEAR, DAY, TIME, WORD (written as words) or PART (of a score or time)
    measure: Optional[tuple] = None  # (dimension, SI values, unit) when a unit follows: "3000 Meter"
    clock: frozenset = frozenset()  # a clock time's readings in minutes after midnight ("8 p.m.": 1200)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Letters that name a road by its number in German and English texts: Autobahn, Bundesstraße, Europastraße,
# Interstate, Kreis-, Landes-, Staatsstraße, motorway, national road.
ROAD_CODES = ("A", "B", "E", "I", "K", "L", "M", "N", "St")


class Reader:
    """Compiled patterns of one language; built once per language."""

    def __init__(self, L: ModuleType):
        self.L = L
        # A road's code with its number („A8“, "B41", "I-95"): the number is the road's, not a count. German
        # may set it apart („die A 8“); in English a capital letter apart is a word ("A 2019 study").
        self.numbered = re.compile(L.NUMBERED_NAMES) if getattr(L, "NUMBERED_NAMES", None) else None
        apart = r"\s?(?P<n>\d{1,3})" if L.CODE == "de" else r"(?P<n>\d{1,4})"
        self.road = re.compile(r"(?<![\w-])(?:" + "|".join(ROAD_CODES) + r")-?" + apart + r"(?![\w,.]\d)(?!\w)")
        months = _alternation(L.MONTHS)
        groups = "".join(re.escape(g) for g in (L.GROUP, L.DECIMAL) + tuple(g for g in L.GROUP_ALSO if g != " "))
        space_groups = r"(?:\d{1,3}(?: \d{3})+(?!\d))|" if " " in L.GROUP_ALSO else ""
        # "S.1877" and "Nr.5" are numbers; "1.5" is not two.
        # A lone "x" between sizes is a times sign: "30mm x15.5mm".
        # A digit after a digit and its point goes on that number: "PM2.5" holds no "5".
        self.number = re.compile(rf"(?:(?<![\w,])(?<!\d\.)|(?<=(?<!\w)[x×]))(?:{space_groups}\d+(?:[{groups}]\d+)*)")
        # A clock time or a score without a marker: "17:21", "14.13" (read as a time too).
        self.clock = re.compile(r"(?<![\d:.,])(?P<h>[0-2]?\d)[:](?P<m>[0-5]\d)(?![\d:])")
        # A time taken, hours, minutes and seconds: „in 2:16:42 Stunden“, "in 2:16:42" ("2 hours, 16 minutes and
        # 42 seconds"); its unit names the first part only.
        self.duration = re.compile(r"(?<![\d:.,])(\d{1,3}):([0-5]\d):([0-5]\d)(?:[.,]\d+)?(?![\d:])")
        self.measure = re.compile(rf"[\s-]?(?:{_alternation(L.MEASURES)})(?![\w²])", re.I)
        # "a 25-million-euro programme", „ein 25-Millionen-Euro-Programm“: the scale hyphenated into an adjective.
        self.scale = re.compile(rf"[\s-]?(?:{_alternation(L.SCALES)})(?![\w])", re.I)
        numerators = _alternation(list(L.UNITS) + list(L.FRACTION_ONE))
        self.and_a_half = re.compile(rf"(?<![\w-])(?P<n>\d{{1,3}}|{numerators}){L.HALF_AFTER_NOUN}{L.AND_A_HALF}(?![\w])",
                                     re.I)
        # "the past year and a half": one unit and a half, its one said by the article (English only).
        the_half = getattr(L, "THE_UNIT_AND_A_HALF", None)
        self.the_unit_and_a_half = re.compile(the_half, re.I) if the_half else None
        self.unit_link = re.compile(L.UNIT_FRACTION_LINK, re.I)
        self.half_unit = re.compile(rf"(?<![\w-])(?:{_alternation(L.HALF_WORDS)}){L.UNIT_FRACTION_LINK}(?=[\s-])", re.I)
        self.fraction_of = re.compile(rf"\s+(?:{_alternation(L.FRACTION_OF)})(?![\w])", re.I)
        # (An ordinal that begins a compound is none: "seven eighth-grade pupils" are pupils of the eighth grade.)
        self.fraction = re.compile(rf"(?<![\w-])(?P<n>\d{{1,2}}|{numerators})[\s-]+(?P<d>{_alternation(L.FRACTIONS)})"
                                   rf"{L.FRACTION_COMPOUND_UNIT}(?![\w-])", re.I)
        self.time = re.compile(L.TIME)
        names = getattr(L, "CLOCK_NAMES", {})
        self.clock_names = re.compile(rf"(?<![\w-])(?:{_alternation(names)})(?![\w-])", re.I) if names else None
        self.day_month = re.compile(L.DAY_MONTH.format(months=months), re.I)
        self.month_day = re.compile(L.MONTH_DAY.format(months=months), re.I) if L.MONTH_DAY else None
        self.numeric_dates = tuple(re.compile(x) for x in L.NUMERIC_DATES)
        # Cheap tests that let a text skip the costlier patterns: most paragraphs name no month.
        self.any_month = re.compile(rf"(?<![\w])(?:{months})(?![\w])", re.I)
        self.time_marker = re.compile(L.TIME_MARKER)
        # „halb neun“ is 8:30, "half past eight" too.
        self.half_hour = re.compile(L.HALF_HOUR if L.CODE == "de" else L.HALF_PAST, re.I)
        self.half_before = L.CODE == "de"  # German names the hour the half leads to
        self.half_hint = "halb" if L.CODE == "de" else "half"  # skips the pattern in most texts
        # Every match of ``and_a_half`` and ``half_unit`` holds the hint too („einhalb“, „halbe“, "and a half",
        # "half an"): a search for it, in the patterns' own case-folding, skips their alternations of words at
        # every position.
        self.has_half = re.compile(re.escape(self.half_hint), re.I)
        self.year_range = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)\s?[/–-]\s?(\d\d)(?![\d.,])")
        self.word_values = _number_words(L)
        self.multipliers = set(L.MULTIPLIERS)
        # Ordinals are no firm evidence either: "a third" is a fraction, „der Dritte“ a rank.
        self.rank_words = {o + suf for o in L.ORDINALS for suf in L.WORD_SUFFIXES}
        self.vague_words = set(L.VAGUE_NUMBER_WORDS) | self.rank_words
        # Number words that are other words where the words around them say so: a verb („sollte man ihn sieben“),
        # a unit ("a tenth of a second").
        self.other_words = {w: (re.compile(a), re.compile(b)) for w, (a, b) in
                            (getattr(L, "NUMBER_WORDS_AS_VERBS", {}) | getattr(L, "NUMBER_WORDS_AS_UNITS", {})).items()}
        self.approx = {a.lower() for a in L.APPROXIMATORS}
        self.after_count = {w.lower() for w in (*L.PERCENT, *L.CURRENCIES)}


_WORD_RE = re.compile(r"[\w.%€$£-]+")


def _last_words(text: str, pos: int, n: int = 2) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text[max(0, pos - 40):pos])[-n:]]


def _next_word(text: str, pos: int) -> str:
    m = _WORD_RE.search(text, pos, pos + 40)
    return m.group() if m and not text[pos:m.start()].strip(" ") else ""


def _parse_digits(tok: str, L: ModuleType) -> set[float]:
    """Every plausible value of a digit string in language L (e.g. English "1.500" → 1.5 and 1500)."""
    seps = [c for c in tok if not c.isdigit()]
    if not seps:
        return {float(tok)}
    parts = re.split(r"[^\d]", tok)
    out: set[float] = set()
    groups_ok = all(len(p) == 3 for p in parts[1:])
    if all(s in (L.GROUP, " ", *L.GROUP_ALSO) for s in seps) and groups_ok:
        out.add(float("".join(parts)))
    if seps[-1] == L.DECIMAL and all(s != L.DECIMAL for s in seps[:-1]):
        head = "".join(parts[:-1])
        if len(parts) == 2 or all(len(p) == 3 for p in parts[1:-1]):
            out.add(float(f"{head}.{parts[-1]}"))
    other = en if L is de else de
    if len(seps) == 1 and seps[0] == L.DECIMAL and len(parts[1]) == 3:
        out.add(float(parts[0] + parts[1]))  # the other language's grouping carried over: English "10.000"
    elif len(seps) == 1 and not out and seps[0] == other.DECIMAL:
        out.add(float(f"{parts[0]}.{parts[1]}"))  # the other language's decimal point: German "2.5"
    return out


_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _number_words(L: ModuleType) -> dict[str, float]:
    """Every written form of a number in L, inflections and compounds spelt out: a dict lookup per word
    is much cheaper than one long regex alternation over every position of a text."""
    base: dict[str, float] = {}
    for table in (L.UNITS, L.TENS, L.MULTIPLIERS, L.ORDINALS, L.YEARS_NOUNS):
        base.update({k: float(v) for k, v in table.items()})
    digits = {k: v for k, v in L.UNITS.items() if isinstance(v, int) and 1 <= v <= 9}
    j = L.COMPOUND_JOIN
    for t, tv in L.TENS.items():
        for u, uv in digits.items():
            base[f"{u}{j}{t}" if L.CODE == "de" else f"{t}{j}{u}"] = float(tv + uv)  # fünfundzwanzig
    for mult, mv in L.MULTIPLIERS.items():
        if mv >= 100:
            for u, uv in digits.items():
                base[f"{u}{mult}"] = float(uv * mv)  # dreihundert
    if L.CODE == "de":
        # German writes a number below a million as one word: „dreihundertfünfzig“, „zweitausendzwanzig“, and a
        # year as hundreds, „neunzehnhundertneunundachtzig“ (the English says the same words apart).
        below_100 = {k: v for k, v in base.items() if isinstance(v, float) and 1 <= v <= 99 and v.is_integer()
                     and k not in L.ORDINALS}
        teens = {k: v for k, v in L.UNITS.items() if isinstance(v, int) and 11 <= v <= 19}
        for u, uv in digits.items():
            for rest, rv in below_100.items():
                base.setdefault(f"{u}hundert{rest}", float(uv * 100 + rv))
                base.setdefault(f"{u}tausend{rest}", float(uv * 1000 + rv))
        for t, tv in teens.items():
            base.setdefault(f"{t}hundert", float(tv * 100))
            for rest, rv in below_100.items():
                base.setdefault(f"{t}hundert{rest}", float(tv * 100 + rv))
    out: dict[str, float] = {}
    for word, v in base.items():
        for suf in L.WORD_SUFFIXES if len(word) > 2 else ("",):  # "a" + "s" is no number
            if word + suf not in L.NOT_NUMBER_WORDS:
                out.setdefault(word + suf, v)
    return out


# Words that put a German hour up to 12 in the evening or at night: „um 8 Uhr abends“.
_EVENING = re.compile(r"(?<!\w)(?:abends?|heute\s+abend|nachts?|nachmittags?|am\s+abend|in\s+der\s+nacht)(?!\w)", re.I)


def _clock_values(h: int, m: int) -> set[float]:
    minutes = h * 60 + m
    return {float(minutes % 1440), float(minutes % 720)}


def _time_values(text: str, start: int, end: int, h: int, mi: int, ampm: str, L) -> tuple[set[float], set[float]]:
    """The values and the clock readings (minutes after midnight) of the time h:mi said at text[start:end]."""
    h = h + 12 if ampm.startswith("p") and h < 12 else 0 if ampm.startswith("a") and h == 12 else h
    clock = _clock_values(h, mi)
    if ampm == "o'clock" and h <= 12:
        clock = clock | {float((h * 60 + mi + 720) % 1440)}  # "four o'clock" in the morning or the afternoon
    elif ampm or L.CODE == "de" and (h > 12 or h in (0, 24)):
        # "8 p.m." and „20 Uhr“ say which 8 o'clock: one reading, no „8 Uhr“ (8 a.m.) nor "8 a.m.".
        clock = {float((h * 60 + mi) % 1440)}
    elif L.CODE == "de" and _EVENING.search(text, max(0, start - 40), end + 40):
        clock = clock | {float((h * 60 + mi + 720) % 1440)}  # „um 8 Uhr abends“
    # A full hour may stand bare on the other side: „vor 6 Uhr“ ~ "before 6 on Sunday morning".
    return clock | ({float(h), float(h % 12 or 12)} if not mi else set()), clock


# A clock time said in words: the hour, its marker, the minutes („achtzehn Uhr fünfzehn“, "six fifteen p.m.").
_SAID_TIME = {"de": re.compile(r"\s*Uhr\b"),
              "en": re.compile(r"\s*(?:[ap]\.\s?m\.|[ap]m\b|o'clock\b)", re.I)}


_MINUTES_PAST = re.compile(r"\s+minutes?\s+(past|after|to)\s+", re.I)
_AT_CLOCK = re.compile(r"\b(?:at|until|till|it's|it’s|it\s+is)\s+$", re.I)


def _times_in_words(text: str, nums: list["Numeral"], L) -> list["Numeral"]:
    """The numbers said in words that make clock times, each time one numeral: its hour, with the minutes
    after the marker in German („achtzehn Uhr fünfzehn“) and before it in English ("six fifteen p.m.")."""
    marker = _SAID_TIME[L.CODE]
    out: list[Numeral] = []
    i = 0
    while i < len(nums):
        n, nxt = nums[i], nums[i + 1] if i + 1 < len(nums) else None
        a, b = _said_integer(n), _said_integer(nxt)
        spaced = nxt is not None and text[n.end:nxt.start].isspace()
        time = None  # (end, hour, minute, a.m. or p.m., numerals used)
        if L.CODE == "en":
            past = nxt is not None and _MINUTES_PAST.fullmatch(text, n.end, nxt.start)
            if past and 1 <= a <= 59 and 1 <= b <= 12 and _no_noun_after(text, nxt.end):
                # the minutes first: "twelve minutes past seven" (7:12), "ten minutes to eight" (7:50)
                time = (nxt.end, b, a, "", 2) if past.group(1).lower() != "to" else (nxt.end, b - 1, 60 - a, "", 2)
            elif 0 <= a <= 24 and spaced and 1 <= b <= 59 and (m := marker.match(text, nxt.end)):
                time = (nxt.end, a, b, m.group().strip().lower(), 2)  # "six fifteen p.m."
            elif 0 <= a <= 24 and spaced and 10 <= b <= 59 and _AT_CLOCK.search(text, 0, n.start) \
                    and _no_noun_after(text, nxt.end) and n.text.lower() not in ("a", "an") \
                    and text[nxt.end:nxt.end + 1] != "-":
                # "at six thirty", "it's seven twelve": no marker needed after "at" (not "it is a ten-minute walk":
                # an article, and a number made an adjective)
                time = (nxt.end, a, b, "", 2)
            elif 0 <= a <= 24 and (m := marker.match(text, n.end)):
                time = (n.end, a, 0, m.group().strip().lower(), 1)  # "seven a.m.", "four o'clock"
        elif 0 <= a <= 24 and (m := marker.match(text, n.end)):
            if 1 <= b <= 59 and text[m.end():nxt.start].isspace():
                time = (nxt.end, a, b, "", 2)  # „achtzehn Uhr fünfzehn“
            else:
                time = (n.end, a, 0, "", 1)  # „dreizehn Uhr“
        if time is None:
            out.append(n)
            i += 1
            continue
        end, h, mi, ampm, used = time
        values, clock = _time_values(text, n.start, end, h, mi, ampm, L)
        out.append(Numeral(n.start, end, text[n.start:end], frozenset(values), TIME, None, frozenset(clock)))
        i += used
    return out


def _said_integer(n: Optional["Numeral"]) -> int:
    # The whole number a word says ("six", „fünfzehn“); -1 for anything else.
    if n is None or n.kind != WORD or len(n.values) != 1:
        return -1
    v = next(iter(n.values))
    return int(v) if float(v).is_integer() else -1


# A unit per another ("Kilometer pro Stunde", "km / h", "dollars a barrel") that the tables lack is a
# rate, no quantity of the first unit.
_PER = re.compile(r"\s*(?:/|pro\b|je\b|per\b|an?\s+(?=hour|day|week|month|year|barrel|head|person|kilo|litre|liter))",
                  re.I)


def _unit_at(R: "Reader", text: str, end: int):
    um = R.measure.match(text, end)
    return None if um is None or _PER.match(text, um.end()) else um


def _measure(L: ModuleType, unit: str, values) -> tuple:
    # (A unit written with its hyphen in the table is one only glued to its number: „14-täglich“.)
    dim, factors, *offset = L.MEASURES.get(unit.strip().lower()) or L.MEASURES[unit.strip(" -").lower()]
    factors = factors if isinstance(factors, tuple) else (factors,)
    off = offset[0] if offset else 0.0
    return dim, frozenset(v * f + off for v in values for f in factors), (factors, off)


READERS = {"de": Reader(de), "en": Reader(en)}


def year_values(digits: str) -> set[float]:
    """A year of a numeric date, in both its forms: „12.1.21“ ~ "12 January 2021" ~ "1/12/21"."""
    y = int(digits)
    if len(digits) == 2:  # (a four-digit year keeps one value: "2004" must not pair with "4 weeks")
        return {float(y), float(y + (2000 if y <= 50 else 1900))}
    return {float(y)}


def fractions(text: str, lang: str) -> list[tuple[int, int, int, int]]:
    """(start, end, numerator, denominator) of the fractions of ``text``: „zwei Drittel“, "a quarter of"."""
    R = READERS[lang]
    L = R.L
    out = []
    for m in R.fraction.finditer(text):
        num = m.group("n").lower()
        if num in L.FRACTION_ONE and not R.fraction_of.match(text, m.end()):
            continue  # „ein Viertel mit Cafés“ is a district; „ein Viertel der Stimmen“ a fraction
        n = 1 if num in L.FRACTION_ONE else (int(num) if num.isdigit() else L.UNITS.get(num))
        if n:
            out.append((m.start(), m.end(), n, L.FRACTIONS[m.group("d").lower()]))
    return out


def _period_count(text: str, start: int, end: int, L) -> bool:
    """A fraction word counting periods after a word that orders them: "the first three quarters of 2020"."""
    before = text[max(0, start - 24):start].split()
    return bool(before) and before[-1].lower() in L.PERIOD_COUNT_CUES \
        and re.split(r"[\s-]+", text[start:end].lower())[-1] in L.FRACTION_PERIODS


def _hours(text: str, m: re.Match, L) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of a clock time, and of the hour a range opens before it: „zwischen 17
    und 19 Uhr“, "between 5 and 7 p.m." (the first number is an hour of the same clock)."""
    out = [(m.start(), m.end(), int(m.group("h")), int(m.group("m") or 0))]
    first = _range_start(L).search(text, max(0, m.start() - 16), m.start())
    if first:
        out.append((first.start(), first.end("n"), int(first.group("h")), int(first.group("m") or 0)))
    return out


@lru_cache(maxsize=4)
def _range_start(L) -> re.Pattern:
    links = "|".join(re.escape(w) for w in L.RANGE_LINKS)
    # (Not a number glued to letters: „die Linien U11 und U19 bis 1 Uhr“ names a line, not an hour.)
    return re.compile(rf"(?<![\w:.,])(?P<n>(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?)\s*(?:{links})\s*$")


# Between the hundreds and the rest of a number said in English words: "three hundred and fifty", "two thousand ten".
_AND_LINK = re.compile(r"\s+(?:and\s+)?")
_BEFORE_MULTIPLIER = re.compile(r"\s+(?:hundred|thousand)\b", re.I)
# Words before a year said in words: a preposition of time, a comparison, a season or a month ("in twenty ten",
# "a summer like twenty eighteen", "beyond twenty twenty-six", "March twenty twenty").
_SAID_YEAR_CUE = re.compile(r"\b(?:in|since|until|till|from|to|of|by|before|after|like|beyond|around|during|through|"
                            r"than|year|spring|summer|autumn|fall|winter|"
                            + "|".join(m for m in en.MONTHS if not m.endswith(".")) + r")\s+$", re.I)
# ... or "and" after another year: "after two thousand and two and twenty thirteen".
_AND_AFTER_YEAR = re.compile(r"\s+and\s+$")
# What makes two number words said together a clock time, not a year: "ten fifteen p.m.", "seven thirty in the evening".
_SAID_CLOCK = re.compile(r"\s*(?:[ap]\.?\s?m\b|o'clock|in\s+the\s+(?:morning|evening|afternoon))", re.I)


@lru_cache(maxsize=4096)
def read_numerals(text: str, lang: str) -> tuple[Numeral, ...]:
    """All numbers in ``text``, classified as counts, years, days of dates, clock times or words."""
    R = READERS[lang]
    L = R.L
    out: list[Numeral] = []
    taken = bytearray(len(text) + 1)

    def add(start, end, values, kind, measure=None, clock=frozenset()):
        out.append(Numeral(start, end, text[start:end], frozenset(values), kind, measure, frozenset(clock)))
        taken[start:end] = b"\1" * (end - start)

    for m in (R.numbered.finditer(text) if R.numbered else ()):
        n = m.group("n") or m.group("n2")
        add(m.start(), m.end(), {float(n.count("I") or n)}, WORD)  # "World War II" ~ „Zweiter Weltkrieg“
    for m in R.road.finditer(text):
        add(m.start(), m.end(), {float(m.group("n"))}, COUNT)  # "the B41" ~ „die Bundesstraße 41“
    half = R.has_half.search(text) is not None  # every match of the two half patterns holds the hint
    for m in (R.and_a_half.finditer(text) if half else ()):
        num = m.group("n").lower()
        n = int(num) if num.isdigit() else 1 if num in L.FRACTION_ONE else L.UNITS.get(num)
        if n:
            # "two and a half", "an hour and a half" ~ „zweieinhalb“; its unit inside or after it, so that
            # „eineinhalb Stunden“ is "90 minutes" too
            um = _unit_at(R, text, m.end("n")) or _unit_at(R, text, m.end())
            add(m.start(), m.end(), {n + 0.5}, WORD, _measure(L, um.group(), {n + 0.5}) if um else None)
    for m in (R.the_unit_and_a_half.finditer(text) if half and R.the_unit_and_a_half else ()):
        if not any(taken[m.start():m.end()]):
            um = _unit_at(R, text, m.start("unit"))
            add(m.start(), m.end(), {1.5}, WORD, _measure(L, um.group(), {1.5}) if um else None)
    for m in (R.half_unit.finditer(text) if half else ()):
        um = _unit_at(R, text, m.end())
        if um and not any(taken[m.start():um.end()]):
            add(m.start(), um.end(), {0.5}, WORD, _measure(L, um.group(), {0.5}))  # "half an hour" ~ „30 Minuten“
    for start, end, n, d in fractions(text, lang):
        if any(taken[start:end]):
            continue
        # „zwei Drittel“ is "two-thirds", "67 percent" or "two in three" (numbers of their own in the
        # English, so the German side reads its parts too; an English fraction is a fraction only).
        values = {n / d, float(round(100 * n / d)), float(100 * n // d)}
        if n >= d or _period_count(text, start, end, L):
            values.add(float(n))  # no fraction: "the four quarters" of the world („die vier Weltgegenden“)
        # ... and a fraction of one unit is that much of it: "a quarter of an hour" ~ „15 Minuten“.
        um = _unit_at(R, text, R.unit_link.match(text, end).end())
        add(start, um.end() if um else end, values | ({float(n), float(d)} if L.CODE == "de" else set()), WORD,
            _measure(L, um.group(), {n / d}) if um else None)
    has_time = R.time_marker.search(text) is not None
    has_month = R.any_month.search(text) is not None
    for m in (R.half_hour.finditer(text) if R.half_hint in text.lower() else ()):
        word = m.group("h")
        h = int(word) if word.isdigit() else L.UNITS.get(word.lower())
        if not word.isdigit() and word.lower() in R.vague_words and word.lower() not in L.CLOCK_WORDS:
            continue  # "half a million", "half an hour"
        if isinstance(h, int) and 1 <= h <= 24:
            add(m.start(), m.end(), _clock_values(h - 1 if R.half_before else h, 30), TIME)
    for m in (R.clock_names.finditer(text) if R.clock_names else ()):
        h = L.CLOCK_NAMES[m.group().lower()]
        add(m.start(), m.end(), _clock_values(h, 0) | {float(h), float(h or 24)}, WORD)  # "noon" ~ „12 Uhr“
    for m in (R.time.finditer(text) if has_time else ()):
        if any(taken[m.start():m.end()]):
            continue  # „halb 9 Uhr“: read as 8:30 above
        ampm = (m.groupdict().get("ampm") or "").lower()
        for start, end, h, mi in _hours(text, m, L):
            if any(taken[start:end]):
                continue
            values, clock = _time_values(text, m.start(), m.end(), h, mi, ampm, L)
            add(start, end, values, TIME, clock=clock)
    for m in (R.duration.finditer(text) if text.count(":") >= 2 else ()):
        if not any(taken[m.start():m.end()]):
            for g in (1, 2, 3):  # each part a count of its own unit, none of them the unit after it
                add(m.start(g), m.end(g), {float(m.group(g))}, COUNT)
            taken[m.start():m.end()] = b"\1" * (m.end() - m.start())
    for m in (R.clock.finditer(text) if ":" in text else ()):
        if any(taken[m.start():m.end()]):
            continue
        # A time or a score: its parts may stand alone on the other side ("17:21" ~ "17-21").
        add(m.start("h"), m.end("h"), {float(m.group("h"))}, PART)
        add(m.start("m"), m.end("m"), {float(m.group("m"))}, PART)
        add(m.start(), m.end(), _clock_values(int(m.group("h")), int(m.group("m"))), PART)
    for rx in (*R.numeric_dates, R.day_month, R.month_day):
        if rx is None or (rx not in R.numeric_dates and not has_month):
            continue
        for m in rx.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            for g in ("d", "d2", "m"):
                if g in rx.groupindex and m.group(g) and m.group(g).isdigit():
                    add(m.start(g), m.end(g), {float(m.group(g))}, DAY)
            if "y" in rx.groupindex and m.group("y"):
                add(m.start("y"), m.end("y"), year_values(m.group("y")), YEAR)
    for m in R.year_range.finditer(text):
        if not any(taken[m.start():m.end()]):
            add(m.start(1), m.end(1), {float(m.group(1))}, YEAR)
            add(m.start(2), m.end(2), {float(m.group(2)), float(m.group(1)[:2] + m.group(2))}, YEAR)
    for m in R.number.finditer(text):
        start, tok = m.start(), m.group()
        if any(taken[start:m.end()]):
            continue
        end = m.end()
        values = _parse_digits(tok, L)
        if not values:
            continue
        if re.fullmatch(r"[0-2]?\d[.,][0-5]\d", tok):  # "14.13" may be the time "14.13 Uhr"
            values |= _clock_values(int(tok[:-3]), int(tok[-2:]))
        sm = R.scale.match(text, end)
        glued = _scale_word(sm)
        if sm and sm.group().startswith("-") and glued in L.GLUED_SCALES:
            sm = None  # hyphenated, a word only: "a 4-m wall" is four metres
        elif glued in L.GLUED_SCALES and not text[end:end + 1].strip():
            sm = None  # these glue to the number ("€12.5m"); "5 m" is five metres
        elif sm and glued in L.GLUED_SCALES and text[end:end + 1].isupper() \
                and not (start and text[start - 1] in L.CURRENCY_SIGNS):
            sm = None  # "4K", "5650K": a resolution, a colour temperature; "$5M" is money
        elif sm and glued in L.GLUED_SCALES and start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            sm = None  # "Kepler-22b", "Ka-52m": a designation's number and letter, no amount
        if sm:
            scaled = {v * L.SCALES[glued] for v in values}
            # "26m" is 26 million in a news text, but 26 metres or the 26th minute in a match report.
            money = start and text[start - 1] in L.CURRENCY_SIGNS
            values = scaled | values if glued in L.AMBIGUOUS_SCALES and not money else scaled
            end = sm.end()
        um = _unit_at(R, text, end)
        measure = _measure(L, um.group(), values) if um else None
        kind = COUNT
        # A decade's four digits name a year of this millennium or the last („der 1000er-Kategorie“ is a class of
        # tournaments, "a WTA 1000 event").
        if tok.isdigit() and int(tok) % 10 == 0 and (len(tok) == 2 or len(tok) == 4 and 1100 <= int(tok) <= 2090) \
                and text.startswith(L.DECADE_SUFFIX, end) \
                and not text[end + len(L.DECADE_SUFFIX):end + len(L.DECADE_SUFFIX) + 1].isalpha():
            decade = int(tok) % 100  # „90er“ ~ "1990s" ~ "'90s"
            add(start, end, {float(decade), 1900.0 + decade, 2000.0 + decade}, YEAR)
            continue
        if tok.isdigit() and len(tok) == 4 and 1000 <= int(tok) <= 2099 and not sm and not um:
            kind = YEAR if _year_context(text, start, end, R) else COUNT
        add(start, end, values, kind, measure)
    prev_end, prev_value = -1, None
    for m in _TOKEN.finditer(text):
        key = m.group().lower()
        start, end = m.start(), m.end()
        v = R.word_values.get(key)
        if v is None and "-" in key:  # „Weltranglisten-Dritte“, "forty-year": the last or first part
            head, _, tail = key.rpartition("-")
            first = key.split("-")[0]
            if first in R.word_values and tail in R.word_values and first in L.TENS and R.word_values[tail] < 10:
                v = R.word_values[first] + R.word_values[tail]  # "forty-second": 42
            elif L.CODE == "en" and (key.count("-") == 1 or key.count("-") == 2 and "-to-" in key) \
                    and _said_score(first, L) and (_said_score(tail, L) or tail == "all"):
                # A score said in words, two numbers: "two-nil" for „zwei zu null“, "three-one", "six-to-three",
                # "three-all" (three each).
                add(start, start + len(first), {float(R.word_values[first])}, WORD)
                v, start = R.word_values[first if tail == "all" else tail], end - len(tail)
            elif first in R.word_values and (L.CODE == "en" or (first in L.UNITS or first in L.TENS)
                                              and key.split("-")[1] not in L.FRACTIONS and tail not in R.word_values):
                # English puts the number first: "a four-second lead", "a ten-year plan" ("second" is no rank); so
                # does a German compound of a count and a noun, „Zwei-Personen-Haushalt“, „Sieben-Tage-Inzidenz“ (not
                # a fraction's, „Zwei-Drittel-Mehrheit“, nor a range, „zwei-drei Tage“).
                v = R.word_values[first]
                end = start + len(first)
            elif tail in R.word_values:
                v, start = R.word_values[tail], end - len(tail)
        if v is None or taken[start]:
            continue
        if L.CODE == "de" and text[start].isupper() and text[start:end].lower() in L.UNITS \
                and text[end:end + 1] != "-" and (not _opens_sentence(text, start) or _compound_tail(text, start)):
            # A number capitalised mid-sentence is a noun: „die deutsche Elf“, „die DFB-Elf“ (the team),
            # „eine Eins“.
            continue
        key = text[start:end].lower()
        if key in R.other_words and R.other_words[key][0].search(text, max(0, start - 20), start) \
                and R.other_words[key][1].match(text, end):
            continue  # a verb: „sollte man ihn sieben“; a unit: "of a second"
        if prev_value is not None and not text[prev_end:start].strip() and key.rstrip("s") in R.multipliers:
            start = out.pop().start  # "zwei Dutzend" = 24, "three hundred" = 300: one numeral
            v = v * prev_value
        elif L.CODE == "en" and prev_value is not None and prev_value >= 100 and prev_value % 100 == 0 \
                and 1 <= v <= 99 and _AND_LINK.fullmatch(text, prev_end, start) and out and out[-1].end == prev_end \
                and not _BEFORE_MULTIPLIER.match(text, end) \
                and not (prev_value >= 1000 and (sm := R.scale.match(text, end))
                         and _scale_word(sm) not in L.GLUED_SCALES):
            # (A scale word after a thousand begins a number of its own: "between a hundred thousand and two million".)
            start = out.pop().start  # "three hundred and fifty" = 350, as German writes „dreihundertfünfzig“
            v = prev_value + v
            if 2000 < v < 2100 and not _unit_at(R, text, end) and _no_noun_after(text, end):
                # "the flood of two thousand and two": a year, as „zweitausendzwei“ is one in German
                add(start, end, {v}, YEAR)
                prev_end, prev_value = m.end(), None
                continue
        elif L.CODE == "en" and prev_value is not None and 10 <= prev_value <= 99 and 10 <= v <= 99 \
                and text[prev_end:start] == " " and out and out[-1].end == prev_end and not _SAID_CLOCK.match(text, end) \
                and (_SAID_YEAR_CUE.search(text, 0, out[-1].start)
                     or (len(out) > 1 and out[-2].kind == YEAR and _AND_AFTER_YEAR.fullmatch(text, out[-2].end,
                                                                                               out[-1].start))):
            # A year said in two pairs after a word that calls for one: "in March twenty twenty", "since nineteen
            # eighty-nine" (not a time, "ten fifteen p.m.", nor a number said twice, "twenty twenty people").
            start = out.pop().start
            add(start, end, {prev_value * 100 + v}, YEAR)
            prev_end, prev_value = m.end(), None
            continue
        sm = R.scale.match(text, end)
        if sm and _scale_word(sm) not in L.GLUED_SCALES:
            v, end = v * L.SCALES[_scale_word(sm)], sm.end()  # "twelve billion"
        um = _unit_at(R, text, end)
        # A year written in words where a year stands: „im März zweitausendzwanzig“; a scale word alone is a
        # count („mehrere Tausend pro Jahr“).
        kind = YEAR if L.CODE == "de" and 1000 <= v <= 2099 and float(v).is_integer() and not um \
            and text[start:end].lower() not in L.SCALES and _year_context(text, start, end, R) else WORD
        add(start, end, {float(v)}, kind, _measure(L, um.group(), {v}) if um else None)
        prev_end, prev_value = end, float(v)  # (after a scale word read with it: "two thousand and two")
    out.sort(key=lambda n: n.start)
    out = _litres_per_area(text, out, L)
    return tuple(_shared_scales(text, _times_in_words(text, out, L), R))


def _litres_per_area(text: str, nums: list, L: ModuleType) -> list:
    """Litres in a sentence that names the area they fall on apart from them (L.PER_AREA: „Pro Quadratmeter fielen
    40 Liter“, "40 liters of rain fell per square meter") are a height, as „40 Liter pro Quadratmeter“ is. (A clause
    after a semicolon is a sentence of its own here: „… 9 Euro pro Quadratmeter; der Tank fasst 80 Liter“.)"""
    low = text.lower()
    if not any(a in low for a in L.PER_AREA):
        return nums
    from .omission import sentences  # (here, not at the top: the checks register in the order their modules load)

    # The sentences that name an area. (Lower case of each part, not slices of ``low``: lower() may change a length.)
    areas = [(a, b) for s, e in sentences(text) for a, b in _semicolon_parts(text, s, e)
             if any(x in text[a:b].lower() for x in L.PER_AREA)]
    return [replace(n, measure=_measure(L, L.PER_AREA_UNIT, n.measure[1]))  # (SI values: litres)
            if n.measure and n.measure[0] == "l" and any(a <= n.start < b for a, b in areas) else n for n in nums]


def _semicolon_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # The parts of text[start:end] a semicolon ends.
    cuts = [m.end() for m in re.finditer(";", text[start:end])]
    bounds = [start] + [start + c for c in cuts] + [end]
    return list(zip(bounds, bounds[1:]))


def _no_noun_after(text: str, end: int) -> bool:
    # No noun a number counts after it: "two thousand and two." is a year, "two thousand and two people" a count.
    nxt = _next_word(text, end)
    return not nxt[:1].islower() or nxt.lower() in ENGLISH_FUNCTION_WORDS


def _said_score(word: str, L: ModuleType) -> bool:
    # A count of one word ("two", "nil"): the vague words ("half", "pair", "twice") are no score's.
    return word in L.UNITS and word not in L.VAGUE_NUMBER_WORDS


def _compound_tail(text: str, start: int) -> bool:
    # The last part of a hyphenated German compound („DFB-Elf“): its capital is the noun's, not a sentence's.
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip()
    return not before or before[-1] in ".!?:;„“\"»«(–-"


def _scale_word(sm: Optional[re.Match]) -> str:
    """The scale word a ``Reader.scale`` match holds, without its space or hyphen; "" for no match."""
    return sm.group().strip().lstrip("-").lower() if sm else ""


def _shared_scales(text: str, nums: list, R: Reader) -> list:
    """A number before a range link and a scaled number shares its scale as one more reading: in „von
    142 auf 118 Millionen“ the 142 is 142 million too (kept as 142 as well: „von 2 auf 5 Millionen“
    may start at two)."""
    out = list(nums)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind != COUNT or b.kind != COUNT or R.scale.search(a.text):
            continue
        sm = R.scale.search(b.text)
        # An adverb may follow the link: „von ursprünglich 24 auf inzwischen 61 Millionen“, „auf zuletzt 61
        # Millionen“ (lower case: a German noun between, „24 Euro auf 61 Millionen“, is a unit of its own).
        link, *adverbs = text[a.end:b.start].split() or [""]
        if sm and link.lower() in R.L.RANGE_LINKS and len(adverbs) <= 2 \
                and all(w.isalpha() and w.islower() for w in adverbs):
            factor = R.L.SCALES[_scale_word(sm)]
            out[k] = Numeral(a.start, a.end, a.text, a.values | {v * factor for v in a.values}, a.kind, a.measure)
    return out


def _year_context(text: str, start: int, end: int, R: Reader) -> bool:
    """A bare four-digit number is a year unless its neighbours say it counts something."""
    prev = _last_words(text, start)
    if prev and (prev[-1] in R.approx or " ".join(prev) in R.approx):
        return False
    if start and text[start - 1] in "€$£":
        return False
    nxt = _next_word(text, end)
    if nxt.lower() in R.after_count or nxt.lower() in R.L.SCALES:
        return False
    if prev and prev[-1] in R.L.MONTHS:
        return True  # „am 28. Juli 1914 Serbien“: after a month, a year, whatever follows it
    if R.L is de and nxt[:1].isupper() and nxt.lower() not in R.L.MONTHS and text[end:end + 1] == " ":
        # "2000 Menschen": a German noun right after the number counts it, unless a word that
        # takes a year comes first ("bei 1899 Hoffenheim").
        return bool(prev) and prev[-1] in R.L.YEAR_HEADS
    return True


def _pairs(a: Numeral, b: Numeral, tolerance: float) -> bool:
    if a.values & b.values:
        return True
    # Only a conversion between different units is allowed to round ("3000 Meter" ~ "10,000 feet");
    # "36 Kilometer" and "35 kilometers" are different distances.
    if a.measure and b.measure and a.measure[0] == b.measure[0] and a.measure[2] != b.measure[2]:
        return any(abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9) or abs(x - y) < 1.0 and a.measure[0] == "°C"
                   for x in a.measure[1] for y in b.measure[1])
    return False


def unit_clash(a: Numeral, b: Numeral, tolerance: float) -> bool:
    """The same number of another unit: „zwei Wochen“ / "two years", „20 Kilometer“ / "20 miles",
    „2 Prozentpunkte“ / "2 percent". Not the same quantity, unless the units convert into each other."""
    if not (a.measure and b.measure) or a.measure[2] == b.measure[2] and a.measure[0] == b.measure[0]:
        return False
    if a.measure[0] != b.measure[0]:
        return True
    return not any(abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9) for x in a.measure[1] for y in b.measure[1])


def _with_unit(text: str, n: Numeral, lang: str) -> str:
    m = _unit_at(READERS[lang], text, n.end)
    return text[n.start:m.end() if m else n.end]


def match(left: tuple[Numeral, ...], right: tuple[Numeral, ...], tolerance: float = 0.06,
          langs: tuple[str, str] = ("en", "de")) -> tuple[list[Numeral], list[Numeral]]:
    """Pair numerals of equal value (or equal quantity in another unit), each used once.

    Returns the unpaired numerals of each side. Digits pair with digits first, so a number
    word or the part of a score never takes a digit's partner; and a count said in one word pairs
    with another such word before the rest pair (vague words such as "both", „beiden“, ranks,
    fractions, a date's digits): „der beiden Hurrikans … zwei Kindern“ / "hurricanes … two
    children" pairs "two" with „zwei“, „(13.02.2023) … zwei Akkus“ / "(13 February 2023) … two
    batteries" too; and a rank said in a word with another such word ("third" with „dritten“ before
    „drei“, whose "two" of „für drei Monate … im dritten Stock“ / "for two months … on the third floor" is
    then left over against it). Each numeral looks up its
    partners by value (and measures by quantity in a sorted list), so a long text with
    thousands of numbers costs n log n, not n × m.
    """
    loose = (WORD, PART)
    by_value: tuple[dict, dict] = ({}, {})  # strict, loose right numerals: value -> their indices, in order
    by_dim: dict[str, list] = {}  # dimension -> sorted (SI value, index) of right numerals with a unit
    for j, b in enumerate(right):
        for v in b.values:
            by_value[b.kind in loose].setdefault(v, deque()).append(j)
        if b.measure:
            by_dim.setdefault(b.measure[0], []).extend((v, j) for v in b.measure[1])
    for lst in by_dim.values():
        lst.sort()
    used_r: set[int] = set()
    paired_l: set[int] = set()
    # The right numerals of another kind than a count word or a rank word, which a pass of that kind skips.
    kind_test = {"count": _cardinal_word, "rank": _rank_word}
    not_of_kind = {kind: {j for j, b in enumerate(right) if not test(b, langs[1])} for kind, test in kind_test.items()}
    skip: set[int] = set()  # partners this pass may not take

    def first_free(index: dict, a: Numeral) -> Optional[int]:
        best = None
        for v in a.values:
            lst = index.get(v)
            while lst and lst[0] in used_r:
                lst.popleft()  # a used partner is dropped once
            if not lst:
                continue
            j = lst[0] if not (a.measure or a.clock or skip) else \
                next((j for j in lst if j not in used_r and j not in skip and not unit_clash(a, right[j], tolerance)
                      and not (a.clock and right[j].clock and not a.clock & right[j].clock)), None)
            if j is not None and (best is None or j < best):
                best = j
        return best

    def by_measure(a: Numeral, allowed) -> Optional[int]:
        lst = by_dim.get(a.measure[0]) if a.measure else None
        if not lst:
            return None
        best = None
        for x in a.measure[1]:
            lo = bisect.bisect_left(lst, (min(x / (1 + tolerance), x - 1.0),))
            for y, j in lst[lo:]:
                if y > max(x * (1 + tolerance), x + 1.0):
                    break
                if j in used_r or j in skip or not allowed(right[j]) or (best is not None and j >= best):
                    continue
                if _pairs(a, right[j], tolerance):
                    best = j
        return best

    for loose_pass, kind in ((False, None), (True, "count"), (True, "rank"), (True, None)):
        skip = not_of_kind[kind] if kind else set()
        for i, a in enumerate(left):
            if i in paired_l or (kind and not kind_test[kind](a, langs[0])):
                continue
            a_loose = a.kind in loose
            if not loose_pass and a_loose:
                continue
            # Strict pass: both strict. Loose pass: at least one side loose.
            indexes = [by_value[1]] if loose_pass and not a_loose else \
                [by_value[0]] if not loose_pass else [by_value[0], by_value[1]]
            cands = [j for j in (first_free(ix, a) for ix in indexes) if j is not None]
            m = by_measure(a, lambda b: ((a_loose or b.kind in loose) == loose_pass))
            if m is not None:
                cands.append(m)
            if cands:
                j = min(cands)
                used_r.add(j)
                paired_l.add(i)
    return ([a for i, a in enumerate(left) if i not in paired_l],
            [b for j, b in enumerate(right) if j not in used_r])


def _rank_word(n: Numeral, lang: str) -> bool:
    # "third", „dritten“: a rank said in one word.
    return n.kind == WORD and n.text.lower() in READERS[lang].rank_words


def _cardinal_word(n: Numeral, lang: str) -> bool:
    # "two", "twenty": a count said in one word, no rank ("World War II"), fraction („zwei Drittel“) or vague word
    # ("a", "both").
    L, low = READERS[lang].L, n.text.lower()
    return n.kind == WORD and (low in L.UNITS or low in L.TENS) and low not in L.VAGUE_NUMBER_WORDS


EN_WORDS = {float(v): k for table in (en.UNITS, en.TENS) for k, v in table.items()
            if k not in en.VAGUE_NUMBER_WORDS and isinstance(v, int)}


def format_en(value: float) -> str:
    """A value as an English writer prints it: 10,000 and 2.5."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def paired(ctx: Context) -> tuple[list[Numeral], list[Numeral]]:
    """The unpaired numerals of the English and of the German of this unit, computed once per unit."""
    tolerance = float(ctx.params.get("measure_tolerance", 0.06))

    def compute():
        en_all, de_all = _designations_paired(read_numerals(ctx.translation, "en"), read_numerals(ctx.source, "de"),
                                              ctx.translation, ctx.source)
        en_left, de_left = match(en_all, de_all, tolerance)
        en_left, de_left = regrouped(en_left, de_left, ctx.translation, ctx.source)
        de_left = [n for n in de_left if not _copied_word(n, ctx.translation)]
        return en_left, idiom_free(de_left, en_left, ctx.source, ctx.translation)

    return ctx.memo(f"numbers.paired:{ctx.unit.id}:{tolerance}", compute)


_DESIGNATION = re.compile(r"\d+[^\W\d_]+")


def _designation(text: str, n: Numeral) -> str:
    """The number with letters glued to it that the numeral opens ("8b", "3D", "22b" of "Kepler-22b"), else ""."""
    m = _DESIGNATION.match(text, n.start)
    return m.group() if m and m.end() >= n.end and (m.start() == 0 or not text[m.start() - 1].isalnum()) else ""


def _designations_paired(en: list[Numeral], de: list[Numeral], en_text: str, de_text: str
                         ) -> tuple[list[Numeral], list[Numeral]]:
    """Take the designations both sides write alike out before numbers are paired by value, as many of each as the
    side with fewer has: the class „4b“ is "4b", which one side reads as 4 and the other as four billion; paired by
    value, „Klasse 8b … die 8c“ / "class 8b … 8c" would pair the 8 of „8b“ with that of "8c" and leave "8b" and „8c“
    over. What is left is paired by value: „3 Karten für das 3D-Kino“ / "4 tickets for the 3D cinema" keeps 3
    against 4."""
    en_words = [_designation(en_text, n) for n in en]
    de_words = [_designation(de_text, n) for n in de]
    common = Counter(w for w in en_words if w) & Counter(w for w in de_words if w)
    if not common:
        return en, de

    def without(numerals, words):
        left, out = dict(common), []
        for n, w in zip(numerals, words):
            if w and left.get(w):
                left[w] -= 1
            else:
                out.append(n)
        return out
    return without(en, en_words), without(de, de_words)


def _copied_word(n: Numeral, en_text: str) -> bool:
    """A German number word the English copies as it is, with its capital: a title kept in German („Sieben Winter“,
    "the film “Sieben Winter”"), not a number lost."""
    return n.kind == WORD and n.text[:1].isalpha() and " " not in n.text \
        and re.search(r"(?<!\w)" + re.escape(n.text) + r"(?!\w)", en_text) is not None


_NON_DIGIT = re.compile(r"\D")
# What may stand between the numbers of one identifier: „E 95 02“, "E 95.02", "95-02".
_ID_GAPS = frozenset({" ", "\u00a0", ".", "-", "/"})
_ID_DIGITS = 4  # fewer digits in common say nothing: "2 1" and "21" are often two numbers


def regrouped(en_left: list[Numeral], de_left: list[Numeral], en_text: str, de_text: str
              ) -> tuple[list[Numeral], list[Numeral]]:
    """Drop the unpaired numbers that are one identifier grouped otherwise on the other side: the
    locomotive „E 95 02“ is "E 95.02", a code „12 34 56“ is "123456". The same digits in the same
    order, at least ``_ID_DIGITS`` of them, with only a space, point or dash between the parts."""
    def runs(nums: list[Numeral], text: str) -> dict[str, list[tuple[int, ...]]]:
        out: dict[str, list[tuple[int, ...]]] = {}
        for i in range(len(nums)):
            digits, group = _NON_DIGIT.sub("", nums[i].text), [i]
            if not digits:
                continue  # a number word ("seconds" read as an ordinal) is no part of an identifier
            out.setdefault(digits, []).append(tuple(group))
            for k in range(i + 1, min(i + 4, len(nums))):
                if text[nums[k - 1].end:nums[k].start] not in _ID_GAPS or not _NON_DIGIT.sub("", nums[k].text):
                    break
                digits += _NON_DIGIT.sub("", nums[k].text)
                group.append(k)
                out.setdefault(digits, []).append(tuple(group))
        return out

    if not en_left or not de_left:
        return en_left, de_left
    en_runs, de_runs = runs(en_left, en_text), runs(de_left, de_text)
    drop_en, drop_de = set(), set()
    for digits, en_groups in en_runs.items():
        if len(digits) < _ID_DIGITS or digits not in de_runs:
            continue
        for eg in en_groups:
            dg = next((g for g in de_runs[digits] if not drop_de & set(g)), None)
            if dg is None or drop_en & set(eg) or (len(eg) == 1 and len(dg) == 1):
                continue  # one number on both sides with the same digits was judged by value already
            drop_en.update(eg)
            drop_de.update(dg)
    return ([n for i, n in enumerate(en_left) if i not in drop_en],
            [n for i, n in enumerate(de_left) if i not in drop_de])


_IDIOMS = re.compile("|".join(rf"(?<!\w)(?:{p})(?!\w)" for p in de.NUMBER_IDIOMS), re.I)
_AS_WORDS = tuple((re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I),
                   re.compile(r"(?<!\w)(?:" + _alternation(words) + r")(?!\w)", re.I))
                  for p, words in de.NUMBER_AS_WORDS.items())


@lru_cache(maxsize=4096)
def idiom_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the German has a set phrase whose number the English idiom drops: „unter vier Augen“."""
    return tuple(m.span() for m in _IDIOMS.finditer(text))


def worded_spans(de_text: str, en_text: str) -> tuple[tuple[int, int], ...]:
    """Where the German has a number the English says with a word it does use: „zu 100 %“ ~ "definitely"."""
    return tuple(m.span() for de_rx, en_rx in _AS_WORDS if en_rx.search(en_text) for m in de_rx.finditer(de_text))


def idiom_free(de_left: list[Numeral], en_left: list[Numeral], de_text: str, en_text: str) -> list[Numeral]:
    """The unpaired German numerals outside set phrases like „unter vier Augen“ ("in private"): left out
    in the English they are no lost number, and no partner for another English number either.

    A phrase keeps its numbers when an unpaired English number has its digits: "8:15 AM" for „ein 0815
    Sender“ renders the number, wrongly, and number_mismatch should say so."""
    # Only a number that could be reported is worth the search: most leftovers are articles („ein“).
    if not any(n.kind in FLAGGED or (n.kind == WORD and firm(n, "de")) for n in de_left):
        return de_left
    spans = idiom_spans(de_text) + worded_spans(de_text, en_text)
    if not spans:
        return de_left
    en_digits = {_NON_DIGIT.sub("", n.text).lstrip("0") for n in en_left} - {""}
    drop: set[int] = set()
    for a, b in spans:
        inside = [i for i, n in enumerate(de_left) if a <= n.start and n.end <= b]
        digits = "".join(_NON_DIGIT.sub("", de_left[i].text) for i in inside).lstrip("0")
        if not (digits and digits in en_digits):
            drop.update(inside)
    return [n for i, n in enumerate(de_left) if i not in drop]


@check("number_mismatch", category=Category.NUMBER, severity=Severity.WARNING)
def number_mismatch(ctx: Context):
    """A number in the English has no equal in the German (formats of each language understood)."""
    return _number_mismatch(ctx, SuggestionBudget(ctx.params["max_suggestions"]))


# A unit and a half said with its article, the unit inside the numeral ("an hour and a half", "the past year and a
# half"): the German number in its place would drop the unit.
_UNIT_INSIDE = re.compile(r"(?:an?|the)\s.*\sand\s+a\s+half$", re.I)


class SuggestionBudget:
    """At most ``limit`` suggestions per check and paragraph: each is the whole paragraph rewritten, so a
    long text with thousands of flags would build thousands of copies. Later flags say why they have none."""

    def __init__(self, limit: int):
        self.left = limit
        self.limit = limit

    def __call__(self, make) -> tuple[Optional[str], str]:
        """The suggestion ``make()`` builds, or None and a note for the message once the budget is spent."""
        if self.left > 0:
            self.left -= 1
            return make(), ""
        return None, f" (no suggestion: more than {self.limit} such flags in this paragraph)"


def _number_mismatch(ctx: Context, budget: SuggestionBudget):
    en_left, de_left = paired(ctx)
    suspects, _ = split_unpaired(en_left, de_left, ctx.translation)
    de_counts = [n for n in de_left if n.kind in (COUNT, TIME) or (n.kind == WORD and firm(n, "de"))]
    # A day of a month the English lacks too, for an English number beside a month: "51 May" for „15. Mai“ is no date
    # the English reads, but its number stands for the German's day. (Not a day read in digits alone, „4.5“, a
    # version's number as often; nor for another English number: "On May Day … up 20 percent" for „Am 1. Mai …“.)
    de_days = [n for n in de_left if n.kind == DAY and _before_month(ctx.source, n.end)]
    de_years = [n for n in de_left if n.kind == YEAR]
    max_unmatched = ctx.params.get("max_unmatched", 0)
    score = float(len(suspects))
    if score <= max_unmatched:
        return
    for n in suspects:
        counts = de_counts + de_days if de_days and _beside_month(ctx.translation, n) else de_counts
        # With nothing left over in the German the English number is likely a rewording (a unit
        # converted, a sum, a date written out): worth a look, not an error.
        sev = None if counts or de_years else Severity(ctx.params.get("severity_unpaired", "info"))
        msg = f"English number {n.text!r} does not appear in the German"
        suggestion = None
        src = None
        if counts:
            src = min(nearby(counts, n, len(ctx.source), len(ctx.translation)), key=lambda d: _distance(d, n))
            value = min(src.values, key=lambda v: abs(v - max(n.values)))
            if n.values & src.values and unit_clash(n, src, float(ctx.params.get("measure_tolerance", 0.06))):
                # The same number, another unit: no number to write in its place.
                msg = (f"English {_with_unit(ctx.translation, n, 'en')!r} is not the German "
                       f"{_with_unit(ctx.source, src, 'de')!r}: the same number with another unit")
            elif n.measure and src.measure and n.measure[2] != src.measure[2]:
                # Another unit ("three days" for „48 Stunden“): the German number in its place would be wrong too.
                msg += f"; the German has {_with_unit(ctx.source, src, 'de')!r}, in another unit"
            elif src.kind == TIME or READERS["de"].fraction.fullmatch(src.text) or READERS["en"].fraction.fullmatch(n.text):
                msg += f"; the German has {src.text!r}"  # a time or a fraction: no number to write in its place
            elif n.kind == WORD and _UNIT_INSIDE.match(n.text):
                msg += f"; the German has {src.text!r}"  # "the past year and a half": its unit inside, no word for it
            elif n.kind == WORD:
                word = EN_WORDS.get(value, format_en(value))
                word = word.capitalize() if n.text[:1].isupper() else word
                suggestion, note = budget(lambda: ctx.translation[:n.start] + word + ctx.translation[n.end:])
                msg += f"; the German has {src.text!r} ({word})" + note
            else:
                suggestion, note = budget(lambda: ctx.translation[:n.start] + _english_like(n.text, value)
                                          + ctx.translation[n.end:])
                msg += f"; the German has {src.text!r} (= {format_en(value)} in English format)" + note
        yield ctx.flag(msg, translation_span=(n.start, n.end), source_span=(src.start, src.end) if src else None,
                       suggestion=suggestion, score=score, threshold=float(max_unmatched), severity=sev)


_WORD_AFTER = re.compile(r"\.?\s*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")


def _beside_month(text: str, n: Numeral) -> bool:
    """An English month's name stands right before or after the number: "51 May", "August 41"."""
    months = READERS["en"].L.MONTHS
    after, before = _WORD_AFTER.match(text, n.end), _WORD_BEFORE.search(text, max(0, n.start - 20), n.start)
    return any(m is not None and m.group(1).lower() in months for m in (after, before))


def _before_month(text: str, end: int) -> bool:
    """A German month's name follows: „15. Mai“, „15. Jan.“."""
    m = _WORD_AFTER.match(text, end)
    months = READERS["de"].L.MONTHS
    return m is not None and (m.group(1).lower() in months or m.group(1).lower() + "." in months)


def firm(n: Numeral, lang: str) -> bool:
    """A numeral whose change is evidence: digits, or a number word that is nothing else ("seven")."""
    if n.kind in FLAGGED:
        return True
    # "drei Millionen", "two dozen": a number word with its scale is as firm as its first word.
    return n.kind == WORD and n.text.split()[0].lower() not in READERS[lang].vague_words


def year_like(n: Numeral) -> bool:
    return n.text.isdigit() and len(n.text) == 4 and 1000 <= int(n.text) <= 2099 and n.kind in (COUNT, YEAR)


_EN_YEAR_ONLY = re.compile(en.YEAR_ONLY_PHRASE + "$", re.I)


def split_unpaired(en_left: list[Numeral], de_left: list[Numeral],
                   translation: str = "") -> tuple[list[Numeral], list[Numeral]]:
    """The English numerals left unpaired, split into counts (for number_mismatch) and years.

    A bare four-digit number is a year or a count by its context; when the context misleads
    ("the 2020 Motor Show", "deployed 2000 fire engines"), what the German has left over decides —
    unless the English says the year in so many words ("than in 2022"), which no count takes.
    """
    de_kinds = {n.kind for n in de_left}
    de_firm_words = any(n.kind == WORD and firm(n, "de") for n in de_left)
    counts, years = [], []
    for n in en_left:
        if n.kind == WORD:
            # "five" for the German "4": a firm English word changes only against a firm German leftover.
            if firm(n, "en") and (de_kinds & {COUNT, TIME} or de_firm_words):
                counts.append(n)
            continue
        kind = n.kind
        if year_like(n):
            if kind == COUNT and YEAR in de_kinds and not de_kinds & {COUNT, TIME}:
                kind = YEAR
            elif kind == YEAR and de_kinds & {COUNT, TIME} and YEAR not in de_kinds \
                    and not _EN_YEAR_ONLY.search(translation, max(0, n.start - 20), n.start):
                kind = COUNT
        if kind in FLAGGED:
            counts.append(n)
        elif kind == YEAR:
            years.append(n)
    return counts, years


def nearby(cands: list, n, source_len: int, translation_len: int, k: int = 8) -> list:
    """The ``k`` candidates (sorted by offset) at about the place of ``n`` in the other text, so choosing a
    partner for every unpaired number of a long text stays linear."""
    if len(cands) <= k:
        return cands
    at = n.start / max(translation_len, 1) * source_len
    i = bisect.bisect_left(cands, at, key=lambda c: c.start)
    return cands[max(0, i - k // 2):i + k // 2]


def _distance(a: Numeral, b: Numeral) -> float:
    """How far apart two numbers look: shared digits count more than closeness of value."""
    da = re.sub(r"\D", "", a.text)
    db = re.sub(r"\D", "", b.text)
    common = len(set(da) & set(db))
    return -common + abs(len(da) - len(db)) * 0.5


def _english_like(text: str, value: float) -> str:
    """The German value written the way the English number it replaces was written (scale word kept)."""
    m = re.match(r"([^\d]*)([\d.,\u202f\u00a0]+)(.*)$", text, re.S)
    if not m:
        return format_en(value)
    tail = m.group(3)
    sm = READERS["en"].scale.match(tail)
    if sm:
        value = value / en.SCALES[_scale_word(sm)]
    return m.group(1) + format_en(value) + tail


# --- magnitudes and multiples written as words -----------------------------------------------------

@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    text: str
    value: float


_DE_MAG = re.compile(r"(?<![\w-])(?P<a>" + _alternation(de.MAGNITUDES) + r")(?:\s+(?:von\s+)?(?P<b>millionen|milliarden))?"
                     r"(?![\w])", re.I)
_EN_MAG = re.compile(r"(?<![\w-])(?P<a>" + _alternation(en.MAGNITUDES) + r")(?:\s+of\s+(?P<b>thousands|millions|billions))?"
                     r"(?![\w])", re.I)
_DE_MULT = re.compile(r"(?<![\w])(?P<a>" + _alternation(de.MULTIPLES) + r")[a-zäöüß]*", re.I)
_EN_MULT = re.compile(r"(?<![\w])(?P<a>" + _alternation(en.MULTIPLES) + r")(?![\w])", re.I)


def magnitudes(text: str, lang: str) -> tuple[Amount, ...]:
    """Plural magnitudes without digits: „Zehntausende“, „Hunderte Millionen“, "tens of thousands"."""
    L = de if lang == "de" else en
    rx = _DE_MAG if lang == "de" else _EN_MAG
    out = []
    for m in rx.finditer(text):
        a = m.group("a").lower()
        if a in L.SCALES:
            nums = read_numerals(text, lang)
            if any(n.start <= m.start() < n.end or (n.end <= m.start() and not text[n.end:m.start()].strip())
                   for n in nums):
                continue  # „3 Millionen“: the scale word of a number, read by read_numerals
        value = float(L.MAGNITUDES[a])
        if m.group("b"):
            value *= L.MAGNITUDES[m.group("b").lower()]
        out.append(Amount(m.start(), m.end(), m.group(), value))
    return tuple(out)


def multiples(text: str, lang: str) -> tuple[Amount, ...]:
    """How many times as much: „verdoppelt“, „die Hälfte“, "tripled", "twice"."""
    L = de if lang == "de" else en
    rx = _DE_MULT if lang == "de" else _EN_MULT
    # A fraction is how much as well: „ein Viertel der Schüler“ is no "half of the pupils".
    return tuple(Amount(m.start(), m.end(), m.group(), float(L.MULTIPLES[m.group("a").lower()]))
                 for m in rx.finditer(text)) + tuple(Amount(a, b, text[a:b], n / d) for a, b, n, d in fractions(text, lang))


@check("number_word", category=Category.NUMBER, severity=Severity.WARNING)
def number_word(ctx: Context):
    """A magnitude or multiple written as a word changed in the English

    „Zehntausende Menschen“ as "tens of people" or "thousands of people", „verdreifacht“ as
    "doubled", „die Hälfte“ as "a third". Only a different word on the English side is reported;
    a magnitude written in digits ("more than 10,000") or left out is not.
    """
    ratio = ctx.params["max_ratio"]
    de_mag = magnitudes(ctx.source, "de")
    en_mag = magnitudes(ctx.translation, "en") if de_mag else ()
    if de_mag and en_mag:
        en_sorted = sorted(e.value for e in en_mag)
        de_sorted = sorted(d.value for d in de_mag)
        en_digits = sorted(v for n in read_numerals(ctx.translation, "en") if n.kind == COUNT for v in n.values)
        other = [e for e in en_mag if not _near_any(e.value, de_sorted, ratio)]
        for d in de_mag:
            if not other or _near_any(d.value, en_sorted, ratio):
                continue
            k = bisect.bisect_left(en_digits, d.value)
            if k < len(en_digits) and en_digits[k] < 10 * d.value:
                continue  # „Zehntausende“ as "more than 10,000"
            e = other[0]
            yield ctx.flag(f"German {d.text!r} (~{format_en(d.value)}) is {e.text!r} (~{format_en(e.value)}) "
                           f"in the English", source_span=(d.start, d.end), translation_span=(e.start, e.end),
                           score=max(d.value, e.value) / min(d.value, e.value), threshold=ratio)
    de_mul = multiples(ctx.source, "de")
    en_mul = multiples(ctx.translation, "en") if de_mul else ()
    if de_mul and en_mul:
        en_values = {e.value for e in en_mul}
        de_values = {d.value for d in de_mul}
        other = [e for e in en_mul if e.value not in de_values]
        for d in de_mul:
            if not other or d.value in en_values:
                continue
            e = other[0]
            if READERS["de"].fraction.fullmatch(d.text) and READERS["en"].fraction.fullmatch(e.text):
                continue  # two fractions of numbers („zwei Drittel“, "three quarters"): number_mismatch's
            yield ctx.flag(f"German {d.text!r} (×{_times(d.value)}) is {e.text!r} (×{_times(e.value)}) "
                           f"in the English", source_span=(d.start, d.end), translation_span=(e.start, e.end),
                           score=1.0, threshold=0.0)


def _times(value: float) -> str:
    # A share as a fraction: "1/3", not "0.333333".
    if 0 < value < 1:
        for d in range(2, 13):
            if abs(value * d - round(value * d)) < 1e-9:
                return f"{round(value * d)}/{d}"
    return format_en(value)


def _near_any(value: float, sorted_values: list, ratio: float) -> bool:
    """Some value within a factor ``ratio`` of ``value`` (a bisection, not a scan)."""
    k = bisect.bisect_left(sorted_values, value / ratio)
    return k < len(sorted_values) and sorted_values[k] <= value * ratio


_DE_RANK = re.compile(r"(?<![\w])(?:[\w]+-)?(?P<a>" + "|".join(de.RANK_STEMS) + r")(?:" + "|".join(de.RANK_ENDINGS)
                      + r")(?![\w])", re.I)
_DE_RANK_NOUN = re.compile(r"(?<![\w])(?:" + "|".join(de.RANK_NOUNS) + r")\s+(?P<n>\d{1,2}|[a-zäöüß]+)(?![\w.,]\d)", re.I)
_EN_RANK = re.compile(r"(?<![\w])(?P<a>" + "|".join(en.RANK_WORDS) + r")(?![\w])|(?<![\w.,])(?P<d>\d{1,2})(?:st|nd|rd|th)(?![\w])"
                      r"|(?<![\w])(?:" + "|".join(re.escape(w) for w in en.RANK_NOUNS) + r")\s*(?P<n>\d{1,2}|[a-z]+)(?![\w])", re.I)


def ranks(text: str, lang: str) -> tuple[Amount, ...]:
    """Ranks and ordinals from the second on: „der Dritte“, „Platz acht“, "third", "No. 3"."""
    out = []
    if lang == "de":
        for m in _DE_RANK.finditer(text):
            if m.group("a").lower() == "acht" and not m.group().lower().startswith("acht"):
                continue
            if m.group().lower() in ("acht", "achter", "achtes"):  # „acht“ is eight, „Achter“ a boat
                continue
            out.append(Amount(m.start(), m.end(), m.group(), float(de.RANK_STEMS[m.group("a").lower()])))
        for m in _DE_RANK_NOUN.finditer(text):
            v = m.group("n")
            value = int(v) if v.isdigit() else de.UNITS.get(v.lower())
            if isinstance(value, int) and value >= 1:
                out.append(Amount(m.start(), m.end(), m.group(), float(value)))
        return tuple(out)
    for m in _EN_RANK.finditer(text):
        if m.group("a"):
            value = en.RANK_WORDS[m.group("a").lower()]
        elif m.group("d"):
            value = int(m.group("d"))
        else:
            v = m.group("n")
            value = int(v) if v.isdigit() else en.UNITS.get(v.lower())
            if not isinstance(value, int):
                continue
        out.append(Amount(m.start(), m.end(), m.group(), float(value)))
    return tuple(out)


@check("rank_mismatch", category=Category.NUMBER, severity=Severity.WARNING)
def rank_mismatch(ctx: Context):
    """A rank or ordinal changed in the English: „der Dritte“ as "the second", „Platz acht“ as "fourth"

    Only a different rank on the English side is reported, and only when the German rank appears in
    the English in no form (ordinal, "number three", or a plain number).
    """
    de_r = ranks(ctx.source, "de")
    if de_r:
        # „das fünfte Rad am Wagen“ is "the third wheel": a rank inside a set phrase is no rank.
        spans = idiom_spans(ctx.source)
        de_r = [d for d in de_r if not any(a <= d.start and d.end <= b for a, b in spans)]
    if not de_r:
        return
    en_r = ranks(ctx.translation, "en")
    if not en_r:
        return
    en_values = {e.value for e in en_r} | {v for n in read_numerals(ctx.translation, "en") for v in n.values}
    de_values = {d.value for d in de_r} | {v for n in read_numerals(ctx.source, "de") for v in n.values}
    other = [e for e in en_r if e.value not in de_values]
    for d in de_r:
        if d.value in en_values or not other:
            continue
        e = other[0]
        yield ctx.flag(f"German {d.text!r} is rank {format_en(d.value)}; the English says {e.text!r}",
                       source_span=(d.start, d.end), translation_span=(e.start, e.end), score=1.0, threshold=0.0)


_GLUED_DIGITS = re.compile(r"(?<=[A-Za-z])-?(\d+)")
_LONE_CAPITAL = re.compile(r"(?<![\w])[A-Z]\s$")
_PLURAL_MODEL = re.compile(r"(?<![\w.])([A-Z][\w.-]*?\d+)s\b")


@check("number_missing", category=Category.NUMBER, severity=Severity.WARNING)
def number_missing(ctx: Context):
    """A number of the German is missing from the English

    „landete auf Platz acht“ with no eight in the English, „der etwa 85.000 Einwohner“ dropped with
    its clause. Only when the English has no number of its own left over (that would be a changed
    number, reported by number_mismatch); years, days of dates and times are left to the date checks.
    The number of a set phrase whose English idiom has none („unter vier Augen“, in private) is not lost.
    """
    en_left, de_left = paired(ctx)
    if any(n.kind in (COUNT, TIME, YEAR) or (n.kind == WORD and firm(n, "en")) for n in en_left):
        return
    # Model and vehicle names: German „E 95 01“, „A 380“ are often written "E95 01", "A380" in English.
    glued = set(_GLUED_DIGITS.findall(ctx.translation))
    # ... and English counts them with a plural "s": "two A320s", "the SR.N4s" for „zwei A320“, „die SR.N4“.
    plural_models = _PLURAL_MODEL.findall(ctx.translation)
    lost = [n for n in de_left if (n.kind == COUNT or (n.kind == WORD and firm(n, "de")))
            and not (n.text in glued or _LONE_CAPITAL.search(ctx.source, max(0, n.start - 3), n.start)
                     or any(m.endswith(n.text) for m in plural_models))]
    if any(n.kind == WORD for n in lost):
        # A number word the English copies as written is a word of a name or title kept whole („Drei im Weckla“,
        # „Drei Annen Hohne“), not a number lost.
        # (In any case: the copy accounts for one German mention, and pairing may have left the other one.)
        copied = {w.lower() for w in re.findall(r"[^\W\d_]+", ctx.translation) if w[:1].isupper()}
        lost = [n for n in lost if not (n.kind == WORD and n.text.lower() in copied)]
    # A count opening a German compound is lost in an idiom as often as in an error („Vier-Augen-Gespräch“ / "private
    # meeting", „Fünf-Sterne-Hotel“ / "luxury hotel"): it tells a changed number (number_mismatch), not a lost one.
    lost = [n for n in lost if not (n.kind == WORD and ctx.source[n.end:n.end + 1] == "-"
                                    and ctx.source[n.end + 1:n.end + 2].isalpha())]  # („zwei- bis dreimal“: a range)
    for n in lost:
        note, category = lost_with_clause(ctx, n.start, n.end)
        yield ctx.flag(f"German number {n.text!r} has no counterpart in the English{note}", side=Side.TRANSLATION,
                       source_span=(n.start, n.end), score=float(len(lost)), threshold=0.0, category=category)


def lost_with_clause(ctx: Context, start: int, end: int) -> tuple[str, Optional[Category]]:
    """What a flag of a lost number, year or time adds when its clause is lost with it (``clause_lost``): a note for the
    message and the omission category, or nothing."""
    if clause_lost(ctx, start, end):
        return ", nor have the words beside it: its clause is missing", Category.OMISSION
    return "", None


def clause_lost(ctx: Context, start: int, end: int) -> bool:
    """Whether the words a lost number, year or time stands among are lost with it (``clause_min_unrendered`` of its
    ``clause_neighbours`` either side unrendered, at most one rendered; with ``clause_alone``, a single known neighbour
    unrendered too): a clause dropped, an omission („rund 8.600 von ihnen starben“, „das 1936 eröffnet wurde“ gone),
    not a number left out of a sentence the English keeps. A neighbour rendered by an English word that more German
    words claim than the English says it (``Alignment.oversubscribed``) counts as unrendered."""
    p = ctx.params
    k = int(p.get("clause_neighbours", 0))
    if not k or not ctx.unit.translation:
        return False
    al = align(ctx.source, ctx.translation)
    if al.degraded:
        return False
    near = al.clause_neighbours(ctx.source, start, end, k)
    # (Which claimant the English renders is unknown, so each counts as lost: a dropped clause's „Kilometer“ finds
    # the one "kilometres" of the sentence before, which renders that sentence's own; „rund 140 Kilometer“ is gone.)
    lost = sum(not al.held(w) for w in near)
    if p.get("clause_alone", False) and len(near) == 1 and lost == 1:
        return True  # its only known neighbour gone too („1936 eröffnet“ as nothing): the clause is the number's
    return lost >= p["clause_min_unrendered"] and len(near) - lost <= p.get("clause_max_rendered", 1)
