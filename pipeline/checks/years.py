"""Year checks: years agree across languages, and no year falls outside the article's time frame.

``year_mismatch`` compares the years of the English with the German. ``year_out_of_frame``
reads the German alone (it runs in ``deen check ARTICLES_DIR``): a year placed mid-clause,
far from every other year of the document — like „Streitkräfte im Jahr 2019 an Kämpfen“
in an article about 2024 — is reported with the phrase to drop. When the English is there and
the lexicon aligns the two, an English year far from the renderings of the German year's
neighbours is more evidence: it can tip a year after a verb or in an ordinary slot over the
threshold, and it alone tells a year in an odd slot inside the frame or in an article with no
other year.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from ..align import align
from ..lang import de, en
from ..lang.pos import ADVERBIAL, FINITE_VERBS, NOUNS, tag_at
from ..lang.words import tokens
from ..records import Category, Severity, Side
from .names import doc_historical
from .numbers import (YEAR, Numeral, SuggestionBudget, lost_with_clause, nearby, paired, read_numerals,
                      split_unpaired, year_like)
from .omission import sentences
from .registry import Context, check


@check("year_mismatch", category=Category.DATE, severity=Severity.WARNING)
def year_mismatch(ctx: Context):
    """A year in the English differs from the years of the German."""
    return _year_mismatch(ctx, SuggestionBudget(ctx.params["max_suggestions"]))


def _year_mismatch(ctx: Context, budget: SuggestionBudget):
    en_left, de_left = paired(ctx)
    _, en_years = split_unpaired(en_left, de_left, ctx.translation)
    if not en_years:
        return
    # A bare four-digit German number that counts nothing („weniger als 2023.“) may be the year too.
    de_years = [n for n in de_left if n.kind == YEAR or (year_like(n) and not n.measure
                                                         and not _counted(ctx.source, n.end))]
    for n in en_years:
        msg = f"English year {n.text} is not in the German"
        suggestion = None
        sev = None
        src: Optional[Numeral] = None
        if de_years:
            src = min(nearby(de_years, n, len(ctx.source), len(ctx.translation)),
                      key=lambda d: abs(max(d.values) - max(n.values)))
            year = int(max(src.values)) if len(src.text) == 4 else src.text
            suggestion, note = budget(lambda: ctx.translation[:n.start] + str(year) + ctx.translation[n.end:])
            msg += f"; the German has {src.text}" + note
        else:
            # The translator may have added a year the German implies ("Act of 2019"): worth a look only.
            sev = Severity(ctx.params.get("severity_unpaired", "info"))
            msg += " (added in translation?)"
        yield ctx.flag(msg, translation_span=(n.start, n.end),
                       source_span=(src.start, src.end) if src else None, suggestion=suggestion,
                       score=float(len(en_years)), threshold=0.0, severity=sev)


def _counted(text: str, end: int) -> bool:
    """A German noun right after the number: it counts it („2023 Menschen“)."""
    m = re.match(r"\s+(\w)", text[end:end + 3])
    return bool(m) and m.group(1).isupper()


@check("year_missing", category=Category.DATE, severity=Severity.WARNING)
def year_missing(ctx: Context):
    """A year of the German is missing from the English

    „am 12.1.21“ as "on 12.1.2.", „ab 01.09.2004“ dropped with its clause. Human translators keep
    years (none of the pool's references drops one), so a lost year is lost information. Only when
    the English has no year of its own left over: that would be a changed year (``year_mismatch``).
    """
    en_left, de_left = paired(ctx)
    if any(n.kind == YEAR for n in en_left):
        return
    lost = [n for n in de_left if n.kind == YEAR]
    for n in lost:
        note, category = lost_with_clause(ctx, n.start, n.end)
        yield ctx.flag(f"German year {n.text!r} has no counterpart in the English{note}", source_span=(n.start, n.end),
                       score=float(len(lost)), threshold=0.0, category=category)


@dataclass(frozen=True)
class YearMention:
    year: int
    start: int  # of the phrase („im Jahr 2019“) or of the bare year
    end: int
    year_start: int
    position: float  # how out of place the year sits in its clause (0: ordinary)
    weak: bool = False  # the slot is ordinary German too (after a verb): info in a history or beside an event verb
    clash: int = 0  # another year of its clause that no word joins to it (one event, two times), or 0
    split: str = ""  # a bound phrase the year stands inside („in Höhe … von“), or a preposition and the place of its
    #                  noun („von … über“): German never parts them


_WORD = re.compile(r"[\w.§-]+")
_PHRASE_DE = re.compile(de.YEAR_PHRASE + r"$")
_SENTENCE_END = set(".!?:;\"„“”«»()–-")


def _head_word(text: str, pos: int) -> str:
    """The word before ``pos``, or "" at the start of a sentence (where every word is capitalised)."""
    before = text[max(0, pos - 60):pos].rstrip()
    if not before or before[-1] in _SENTENCE_END or not (before[-1].isalnum() or before[-1] == "."):
        return ""  # a sentence starts, or a symbol („©“, „+“) stands between word and year
    words = _WORD.findall(before)
    return words[-1] if words else ""


def _postposition(text: str, start: int, head: str) -> bool:
    """``head`` follows its noun („der Legende nach im Jahr 1296“, „dem Bericht zufolge“)."""
    if head.lower() not in de.POSTPOSITIONS:
        return False
    before = _head_word(text, text.rfind(head, 0, start))
    return before[:1].isupper()


def _takes_year(word: str, bare: bool) -> bool:
    """Whether a year after ``word`` is ordinary German („Herbst 2017“, „Bundestagswahl 2017“)."""
    w = word.lower()
    return (w in de.YEAR_HEADS or w in de.MONTHS or w in de.DETERMINERS or _dated_tail(w)
            or (bare and w.endswith(de.IDENTIFIER_NOUNS)) or _names_edition(w, bare))


def _dated_tail(word: str) -> bool:
    """A compound whose last part is a time noun or a dated event („Bundestagswahl“, „Umbau“), not a word
    that only ends like one („Urteilsbegründung“, „Strompreise“)."""
    return word.endswith(de.YEAR_HEAD_TAILS) and not word.endswith(de.YEAR_HEAD_FALSE_TAILS)


def _names_edition(word: str, bare: bool) -> bool:
    """Whether a year after ``word`` names one edition of it („die Oscars 2021“, „Fußball-WM 2014“,
    „Agenda 2030“, „die Sieger des Festes 2016“). The last part of a hyphenated compound decides
    („Ski-Weltcup“); names of things take only the bare year („Agenda 2030“, not „Agenda im Jahr 2030“)."""
    last = word.lower().rsplit("-", 1)[-1]
    forms = [last] + [last[:-len(e)] for e in de.EDITION_GENITIVE if last.endswith(e)]
    kinds = {de.EDITION_NOUNS.get(w) or next((k for tail, k in de.EDITION_TAILS.items() if w.endswith(tail)), None)
             for w in forms}
    return "event" in kinds or ("name" in kinds and bare)


_NAME_TAIL = re.compile(r"(?:\s+(?:[A-ZÄÖÜ][\w.-]*|[IVXLC]+\.|von|van|der|des|de))+$")


def _dated_noun_before(text: str, pos: int) -> bool:
    """A name between a dated noun and its year: „die Krönung Friedrichs III. 1452 in Rom“, „nach dem
    Tod Ludwigs XIV. 1715 in Versailles“, „der Ausbruch des Vulkans Tehuya im Jahre 1585 mit 84 Tagen“,
    „die Tour de France 2019 mit“. Looks back over at most three capitalised words (and articles)."""
    before = text[max(0, pos - 80):pos].rstrip()
    m = _NAME_TAIL.search(" " + before)
    if not m:
        return False
    words = _WORD.findall(m.group())
    # ... or a time preposition before the name, whose year dates that person's feat: „seit Heike Drechsler im Jahr
    # 2000 in Sydney“ ("since Heike Drechsler in Sydney in 2000").
    ahead = _WORD.findall(before[:max(0, m.start() - 1)])
    if ahead and ahead[-1].lower() in de.EVENT_TIME_PREPOSITIONS and len(words) >= 2 \
            and all(w[:1].isupper() for w in words):
        return True
    return any(w.lower() not in de.DETERMINERS and (w.lower() in de.YEAR_HEADS or _dated_tail(w.lower())
                                                    or _names_edition(w, bare=False))
               for w in words[-4:-1])


# What stands before a relative pronoun: a comma, and a preposition it may take („…, an dem 2023 über 40.000 …“).
_RELATIVE_OPENING = re.compile(r",(?:\s*(?:" + "|".join(sorted(de.PREPOSITIONS, key=len, reverse=True)) + r"))?$", re.I)


def german_years(text: str, params) -> tuple[YearMention, ...]:
    """Every four-digit year in German ``text`` with a score for how out of place it sits.

    A year is out of place when it follows a noun or name that does not take a year and a
    preposition follows it: „Streitkräfte im Jahr 2019 an Kämpfen“, „die Flotte 2015 in Wien“.
    A bare year in that slot is rarer in good German than „im Jahr …“, so it weighs more.
    """
    out = []
    for n in read_numerals(text, "de"):
        if n.kind != YEAR or len(n.text) != 4:
            continue
        ph = _PHRASE_DE.search(text, max(0, n.start - 16), n.start)
        start = ph.start() if ph else n.start
        head = _head_word(text, start)
        nxt = _WORD.match(text, n.end + 1) if text[n.end:n.end + 1] == " " else None
        if not ph and head.lower().rsplit("-", 1)[-1] in de.SERIES_NOUNS \
                and not (nxt and nxt.group().lower() in de.SERIES_IDIOM_NEXT):
            continue  # a series' number („die Reihe 1142“), no year
        position, weak = 0.0, False
        cut = ""
        before_pp = nxt is not None and nxt.group().lower() in de.PREPOSITIONS and not _SPAN_AFTER.match(text, n.end)
        if before_pp and head[:1].isupper():
            at = text.rfind(head, 0, start)
            if not _head_word(text, at) and tag_at(text, at) not in NOUNS:
                head = head.lower()  # „Geboren 1938 in Regensburg“: capitalised as the sentence's first word only
        if head.lower() in de.DETERMINERS and before_pp and not _participle_after(text, n.end) \
                and not _RELATIVE_OPENING.search(text[:start].rstrip()[:-len(head)].rstrip()):
            # „einer im Jahr 1991 von ihnen“: after an article or pronoun a year begins a participle's
            # phrase („der 1986 im Zoo geborene“), or it does not belong — unless the pronoun opens a
            # relative clause („…, die 1342 durch ein Hochwasser zerstört worden war“, „…, an dem 2023 …“).
            position = params.get("phrase_weight", 1.0) if ph else params.get("bare_weight", 2.0)
        elif head[:1].isupper() and not _takes_year(head, bare=not ph) and before_pp \
                and not _dated_noun_before(text, start):
            position = params.get("phrase_weight", 1.0) if ph else params.get("bare_weight", 2.0)
        elif head[:1].islower() and before_pp and head.lower() not in de.TEMPORAL_ADVERBS \
                and not _takes_year(head, bare=not ph) and head.lower() not in de.PREPOSITIONS \
                and tag_at(text, text.rfind(head, 0, start)) in ADVERBIAL:
            # „die Autos zügig 2002 an die Kundschaft“: after an adverb that says nothing of time, a year
            # and a preposition do not belong.
            position = params.get("adverb_phrase_weight", 0.5) if ph else params.get("adverb_weight", 1.0)
        elif ph and ph.group().lower().startswith("im") and before_pp and head.lower() in de.PREPOSITIONS \
                and head.lower() not in de.CLAUSE_PREPOSITIONS and not _postposition(text, start, head) \
                and not _participle_after(text, n.end):
            # „stieg auf im Jahr 2010 über 600.000“: a preposition has no noun, the year phrase cut in between
            # (a phrase that qualifies a participle is German: „nach im Jahr 2019 erhobenen Daten“).
            position = params.get("after_preposition_weight", 2.0)
            cut = f"„{head} … {nxt.group()}“"
        elif ph and head[:1].islower() and before_pp and not _takes_year(head, bare=False) \
                and head.lower() not in de.PREPOSITIONS:
            # „Sie kämpften im Jahr 2019 in Kursk“: after a verb the phrase is ordinary German, so only
            # a year far from the document's others tips it over.
            position, weak = params.get("phrase_after_verb_weight", 0.5), True
        if ph and ph.group().lower().startswith("das") and head.lower() not in de.PREPOSITIONS:
            # „Den Rekord hält das Jahr 2003“: the year named as a subject or object, no time of the clause.
            position, weak = 0.0, False
        parted = _bound_phrase_split(text, start, nxt, phrase=bool(ph)) or _span_parted(text, start, n.end)
        split = f"parts {parted}, which German never parts" if parted else _beside_a_time(text, start, n.end, bool(ph))
        if split:
            position, weak = max(position, params.get("split_weight", 2.0)), False
        elif cut:
            # A preposition parted from its noun is no German either: judged like a bound phrase parted.
            split, weak = f"parts {cut}, which German never parts", False
        out.append(YearMention(int(n.text), start, n.end, n.start, position, weak, split=split))
    partner, again = {}, {}
    for a, b in zip(out, out[1:]):
        if a.year != b.year and _unjoined(text, a, b):
            partner.setdefault(id(a), b.year)
            partner.setdefault(id(b), a.year)
        elif a.year == b.year and b.start < b.year_start and not b.split and _unjoined(text, a, b):
            # „Seit Oktober 2023 mussten im Jahre 2023 …“: a clause says its year once; a phrase saying it again was
            # dropped in.
            again[id(b)] = f"says {b.year} a second time in its clause"
    for k, b in enumerate(out):
        if id(b) in again or b.split or b.start == b.year_start or _in_noun_phrase(text, b) \
                or _OPENS_A_CLAUSE.search(text, 0, b.start):
            continue  # (a clause of its own may say it again: „Im Jahr 2023 stieg der Umsatz, im Jahr 2023 sank …“)
        if any(a.year == b.year and not _SENTENCE_BREAK.search(text, a.end, b.start) and not _in_noun_phrase(text, a)
               for a in out[:k]):
            # „Der Komet zerfiel im November 2013, als er im Jahr 2013 …“: a sentence that has given its year says it
            # again in a phrase only where one was dropped in (a clause of its own restates it bare or with „damals“).
            again[id(b)] = f"says {b.year} a second time in its sentence"
    return tuple(replace(y, clash=partner.get(id(y), 0), split=again.get(id(y), y.split),
                         position=max(y.position, params.get("split_weight", 2.0)) if id(y) in again else y.position)
                 for y in out)


# Words that round a number („rund“, „mehr als“), the longest first.
_APPROXIMATORS = "|".join(sorted((re.escape(a) for a in de.APPROXIMATORS), key=len, reverse=True))
# A span's count: digits, a number word („zwanzig“, „fünfundzwanzig“), a word of vague count (de.SPAN_COUNT_WORDS), after
# words that round it („über“, „mehr als“).
_SPAN_COUNT = (r"(?:(?:" + _APPROXIMATORS + r")\s+)*"
               r"(?:\d+(?:[.,]\d+)?|(?:[a-zäöüß]+und)?(?:" + "|".join(sorted({*de.UNITS, *de.TENS}, key=len, reverse=True))
               + r")|[a-zäöüß]*(?:" + "|".join(de.MULTIPLIERS) + r")[a-zäöüß]*|" + "|".join(de.SPAN_COUNT_WORDS)
               + r")\s+")
# A span of time after the year (de.SPAN_AFTER_A_YEAR): „2023 nach über zwanzig Jahren“.
_SPAN_AFTER_PREPOSITION = "|".join(p.replace(" ", r"\s+") for p in sorted(de.SPAN_AFTER_A_YEAR, key=len, reverse=True))
_SPAN_AFTER = re.compile(r"\s+(?:" + _SPAN_AFTER_PREPOSITION + r")\s+" + _SPAN_COUNT + r"(?:"
                         + "|".join(n.capitalize() for n in de.SPAN_NOUNS) + r")\b")
_CLOCK_AFTER = re.compile(r"\s+(?:gegen|um|ab|bis|vor|nach|kurz vor|kurz nach)\s+\d{1,2}(?:[.:]\d{2})?\s+Uhr\b")


def _beside_a_time(text: str, start: int, end: int, phrase: bool) -> str:
    """A year phrase after a day or month that would take the bare year („am 24. Mai im Jahr 2023“ for „am 24. Mai
    2023“), or a year before a time of day with no day to date it („zog 2018 gegen 19.15 Uhr“): "" if neither."""
    head = _head_word(text, start)
    if phrase and head.lower() in de.MONTHS:
        return f"says „{head} {text[start:end]}“ where German writes „{head} {text[end - 4:end]}“"
    if _CLOCK_AFTER.match(text, end) and not _names_a_day(head) \
            and head.lower() not in de.PREPOSITIONS and head.lower() not in de.HOLIDAY_PREPOSITIONS:
        # (After a preposition the year is a time of its own: „die seit 2019 ab 8 Uhr geöffnete Bibliothek“.)
        return f"puts {text[start:end]} before a time of day that no day dates"
    return ""


def _names_a_day(word: str) -> bool:
    """A month, a day's number, a weekday or a holiday before the year dates the time of day after it („am 5. Mai 2018
    gegen 19 Uhr“, „Heiligabend 2019 um 18 Uhr“, „Silvester 2018 um 20 Uhr“)."""
    low = word.lower()
    return low in de.MONTHS or word[:1].isdigit() or low in de.HOLIDAYS or low in de.HOLIDAYS_BARE \
        or _WEEKDAY.fullmatch(word) is not None


# What ends the word before an utterance's first word („Mutter: Danke …“, „Super! Danke …“). Not a full stop, which
# ends abbreviations too („Prof. Kurz 2019 nach …“), nor a dash: a capitalised head after them is taken for a name.
_UTTERANCE_ENDS = (":", "!", "?")
# Marks that open a quotation or an aside, joined to the word after them („„Danke …“ opens an utterance too).
_OPENING_MARKS = "„“\"»«‚‘'("
# A participle's agent after „von“ (an article, then capitalised words, or a pronoun), then the participle and its
# noun: „von der EU beschlossener Zölle“, „von ihm gegründeten Firma“, „von Bund und Land geförderter Projekte“.
_AGENT_PARTICIPLE = re.compile(r"von\s+(?:(?:(?:der|die|das|dem|den|des|einer|einem|eines)\s+)?"
                               r"(?:(?:[A-ZÄÖÜ][\w-]*|und)\s+){1,4}|(?:ihm|ihr|ihnen|uns|mir|dir|euch)\s+)(\w+)\s+[A-ZÄÖÜ]")


def _bound_phrase_split(text: str, start: int, nxt, phrase: bool) -> str:
    """The bound phrase („in Höhe von“, „unabhängig von“, „bis zu“ before a number) whose words stand either side
    of the year that begins at ``start``, as "„in Höhe … von“"; "" if none. German never parts them."""
    if nxt is None:
        return ""
    before = text[max(0, start - 40):start].split()
    after = nxt.group().lower()
    if after == "von" and before and before[-1].lower().endswith(de.MEASURE_NOUNS) and before[-1][:1].isupper() \
            and _MEASURE_SIZE.match(text, nxt.end()):
        return f"„{before[-1]} … von“"
    for head, prep, numeric in de.BOUND_PHRASES:
        words = head.split()
        if [w.lower().lstrip(_OPENING_MARKS) for w in before[-len(words):]] != words or after != prep:
            continue
        first, ahead = before[-len(words)], before[-len(words) - 1] if len(before) > len(words) else ""
        if first[:1].isupper() and ahead and not ahead.endswith(_UTTERANCE_ENDS):
            continue  # capitalised mid-sentence: a name („Nachdem Kurz 2019 nach …“, „Prof. Kurz 2019 nach …“)
        if head in de.ALSO_ADVERBS and ahead.lower() in de.PREPOSITIONS:
            continue  # an adverb after a preposition: „die Pendler von außerhalb 2019 von 3000 auf 4000“
        agent = _AGENT_PARTICIPLE.match(text, nxt.start()) if prep == "von" else None
        if agent and agent.group(1).lower().endswith(de.PARTICIPLE_ADJECTIVE_ENDINGS):
            continue  # „aufgrund 2019 von der EU beschlossener Zölle“: the „von“ of a participle the year dates
        number = _NEXT_WORD.match(text, nxt.end())
        if numeric and not (phrase and number
                            and (number.group(1)[0].isdigit() or number.group(1).lower() in de.UNITS)):
            continue  # „bis 2030 zu halbieren“, „bis 2030 zu 80 Prozent aus Wind“: „bis“ and a bare year are German
        return f"„{' '.join(before[-len(words):]).lstrip(_OPENING_MARKS)} … {nxt.group()}“"
    return ""


# A span's count and noun in the dative after the year: „seit 2017 über 200 Jahren“.
_SPAN_REST = re.compile(r"\s+" + _SPAN_COUNT + r"(?P<noun>" + "|".join(n.capitalize() for n in de.SPAN_DATIVE_NOUNS)
                        + r")\b")


def _span_parted(text: str, start: int, end: int) -> str:
    """A span preposition before the year and its span after it („seit 2017 über 200 Jahren“, „vor im Jahr 2010 drei
    Jahren“): the phrase „seit … Jahren“ parted, "" if not. German never parts it."""
    head = _head_word(text, start)
    m = _SPAN_REST.match(text, end) if head.lower() in de.SPAN_PREPOSITIONS else None
    return f"„{head} … {m.group('noun')}“" if m else ""


# The word after a position: the number after a bound phrase's second word, in digits or a word („bis im Jahr 2015 zu
# fünf Windstärken“), a particle after a year („1914 bereits“).
_NEXT_WORD = re.compile(r"\s+(\w+)")
_SENTENCE_BREAK = re.compile(r"[.!?;](?:\s|$)")
_OPENS_A_CLAUSE = re.compile(r"(?:^|[,;:.!?(–—]\s*|[,;]?\s(?:und|aber|oder|doch|sondern)\s+)$")
# The size after a measure noun's „von“: a number, perhaps after a word that rounds it („von etwa 10 Kilometern“).
_MEASURE_SIZE = re.compile(r"\s+(?:(?:" + _APPROXIMATORS + r")\s+)?\d")
# Punctuation that ends a clause or sets off an insertion: two years either side of one are two clauses.
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]„“”\"«»–—/]|\s-\s|\d")


def _unjoined(text: str, a: YearMention, b: YearMention) -> bool:
    """Whether two years stand in one clause with no word that joins them („Ab 1977 wurden sie nur noch
    im Jahr 2005 bei Güterzügen gebraucht“), so one event is given two times. A year that belongs to a
    noun phrase is not the clause's time: „das 1998 gegründete Werk schloss 2011“, „die Volksabstimmung
    von 1921“."""
    if _CLAUSE_BREAK.search(text, a.end, b.start):
        return False
    if any(w.lower() in de.YEAR_LINKS for w in _WORD.findall(text[a.end:b.start])):
        return False
    before = _WORD.findall(text[max(0, a.start - 20):a.start])
    if before and before[-1].lower() in de.YEAR_COMPARED_BY:
        return False  # „Statt 2028 … im Jahr 2034“: the first year is set against the second
    if _in_fronted_time_phrase(text, a):
        return False
    return not any(_in_noun_phrase(text, y) for y in (a, b))


def _in_fronted_time_phrase(text: str, y: YearMention) -> bool:
    """The year stands in a phrase of time that opens its sentence with „nach“ or „vor“, before the finite verb, and
    names an event („Nach seinem Sieg im Oktober 1600 wurde er 1603 …“): that event has a time of its own, which the
    preposition orders against the clause's (not a time alone: „Nach Beginn des Jahres 1977 wurden sie nur noch
    2005 …“)."""
    opening = _SENTENCE_OPENING.search(text, max(0, y.start - _CLAUSE_WINDOW), y.start)
    words = tokens(text[opening.end():y.start]) if opening else ()
    if not words or words[0][2].lower() not in de.TIME_ORDER_PREPOSITIONS \
            or not any(w[:1].isupper() and w.lower() not in de.YEAR_HEADS and w.lower() not in de.MONTHS
                       and w.lower() not in de.TIME_NOUNS for _, _, w in words[1:]):
        return False
    at = opening.end()
    return not any(tag_at(text, at + s) in FINITE_VERBS for s, _, _ in words[1:])


# Where the sentence before a year opens: not at a date's ordinal point („am 21. Oktober 1600“); from a window's start
# when the sentence is longer.
_SENTENCE_OPENING = re.compile(r"(?:^|(?<!\d)[.!?;:]\s+)[\"„“‘(]?(?=(?:[^.!?;:]|(?<=\d)\.)*$)")


# (... the end of a range too: „Aufnahmen aus den Jahren 1928 bis 1936“)
_ORIGIN_PHRASE = re.compile(r"\baus\s+(?:der|dem|den)\s+(?:Zeit|Jahren|Epoche)(?:\s+(?:um|vor|nach|ab|von))?\s+"
                            r"(?:\d{4}\s*(?:bis|–|-)\s*)?$")
_GENITIVE_HEAD = re.compile(r"\bdes\s+[A-ZÄÖÜ][\w-]*s\s+$")


def _in_noun_phrase(text: str, y: YearMention) -> bool:
    if text[y.end:y.end + 1] in ("-", "/") or re.search(r"\b(?:von|vom)\s+$", text[max(0, y.start - 5):y.start]):
        return True  # „2000-jähriges“, „1027/1028“, „die Wahl von 2017“
    if (y.start < y.year_start and re.search(r"\baus\s+$", text[max(0, y.start - 5):y.start])) \
            or _ORIGIN_PHRASE.search(text, max(0, y.start - 40), y.start):
        # „das Bild aus dem Jahr 1647“, „der Altar aus der Zeit um 1420“: a thing's origin, not the clause's time
        return True
    if _GENITIVE_HEAD.search(text, max(0, y.start - 40), y.start):
        return True  # „eine Auslese des Jahrgangs 1971“: the year of a noun in the genitive, a thing's attribute
    # (After an article or a preposition the year opens a noun's phrase, whatever comes between it and the participle:
    # „die 2004 von ihr gegründete Firma“, „die 1998 von Grund auf sanierte Halle“.)
    return _participle_after(text, y.end, opened=_head_word(text, y.start).lower() in _OPENERS)


# Words after which a year opens a noun's phrase: an article, a determiner, a preposition.
_OPENERS = frozenset(de.DETERMINERS) | frozenset(de.PREPOSITIONS) | de.ARTICLE_PREPOSITIONS


def _participle_after(text: str, end: int, opened: bool = True) -> bool:
    """An attributive participle after the year, in its clause: „der 1998 (erstmals) gegründete“, „die
    1364 von König Kasimir dem Großen gegründete“ — not an adjective of a phrase after it („2004 auf
    elektrische …“: no participle's ending). Unless ``opened`` (an article or a preposition before the year), not an
    adjective right after a preposition, with or without an article („im Jahr 2021 mit (den) sogenannten
    DDoS-Angriffen“): that is the preposition's noun's."""
    stop = re.search(r"[,;.:!?()„“”\"]", text[end:end + 100])
    words = tokens(text[end:end + (stop.start() if stop else 100)])[:8]
    for k, (s, _, w) in enumerate(words):
        if w.lower().rstrip("nrsm") in de.ORDINALS:
            continue  # „für den siebten Band“: an ordinal ends like a participle and is none
        if not opened and _after_a_preposition(words, k):
            continue
        if w.lower().endswith(de.PARTICIPLE_ADJECTIVE_ENDINGS) and tag_at(text, end + s) == "ADJ(A)":
            return True
    return False


def _after_a_preposition(words, k: int) -> bool:
    """Word ``k`` follows a preposition, or a preposition and an article."""
    before = [w.lower() for _, _, w in words[max(0, k - 2):k]]
    return bool(before) and (before[-1] in de.PREPOSITIONS or before[-1] in de.ARTICLE_PREPOSITIONS
                             or (len(before) == 2 and before[-1] in de.ARTICLES and before[0] in de.PREPOSITIONS))


def _frame(ctx: Context) -> tuple[tuple[int, str, int], ...]:
    """The years of the document in ordinary positions: (year, unit id, offset) — the article's time frame."""
    def compute():
        return tuple((y.year, u.id, y.year_start) for u in ctx.doc
                     for y in german_years(u.source, ctx.params) if y.position == 0)
    return ctx.memo("years.frame", compute)


_SINCE = re.compile(r"\bseit\s+(?:(?:dem\s+)?(?:Jahre?|Anfang|Ende|Mitte|Frühjahr|Frühling|Sommer|Herbst|Winter)\s+|(?:"
                    + "|".join(m.capitalize() for m in de.MONTHS if not m.endswith(".")) + r")\s+)?((?:1[0-9]|20)\d\d)\b")


def _ongoing(ctx: Context) -> tuple[int, ...]:
    """Years the document says a state has lasted since („seit 1998 jeden Samstag“): the time from them runs on to the
    text's present, so a later year lies inside its frame."""
    return ctx.memo("years.since", lambda: tuple(int(m.group(1)) for u in ctx.doc for m in _SINCE.finditer(u.source)))


_PRESENT_YEAR = re.compile(de.PRESENT_YEAR, re.I)
_PRESENT_DAY = re.compile(de.PRESENT_DAY)


def _present(ctx: Context) -> Optional[str]:
    """The first words of the document that set it in its own present („in diesem Jahr“, „heuer“, „am
    Montag“, „gestern“), if any."""
    def compute():
        return next((m.group() for u in ctx.doc for pattern in (_PRESENT_YEAR, _PRESENT_DAY)
                     for m in [pattern.search(u.source)] if m), None)
    return ctx.memo("years.present", compute)


@check("year_out_of_frame", category=Category.DATE, severity=Severity.WARNING, needs_translation=False)
def year_out_of_frame(ctx: Context):
    """A year mid-clause that does not belong: outside the article's time frame, or placed elsewhere by the English."""
    p = ctx.params
    ordinary = p.get("displaced_ordinary_weight", 0.0)
    # A year in an ordinary slot counts only when the English puts it elsewhere: that is read first, for
    # whether the slot is mid-clause asks the part-of-speech tagger (slow).
    crossed_weight = p.get("crossed_weight", 0.0)
    parted_weight = p.get("english_parted_weight", 0.0)
    # (year, how far the English moved it or None, whether it says it in another sentence, the English word its
    # phrase parts from that word's of-phrase and where that phrase is, or None)
    mentions = []
    for y in german_years(ctx.source, p):
        if _named(ctx, y):
            continue
        moved = _displaced(ctx, y)
        crossed = bool(crossed_weight and ctx.unit.translation and _crossed(ctx, y))
        parted = _parted_in_english(ctx, y) if parted_weight else None
        if y.position > 0 or y.clash or crossed or parted \
                or (ordinary and moved is not None and _mid_clause(ctx.source, y)):
            mentions.append((y, moved, crossed, parted))
    if not mentions:
        return
    frame = _frame(ctx)
    threshold = p.get("threshold", 1.5)
    # The frame holds years in ordinary positions only, so a mention in an odd slot is never among them.
    everyone = sorted({fy for fy, _, _ in frame})
    present = None if everyone else _present(ctx)
    for y, moved, crossed, parted in mentions:
        later = None  # the year after the frame (True), before it (False), or no frame to tell
        odd = bool(y.position or y.clash)
        position = max(y.position, p.get("clash_weight", 1.0) if y.clash else 0.0)
        if parted:
            position += parted_weight
        else:
            # Said in another sentence and away from its German neighbours' renderings there: two signs apart.
            position += (crossed_weight if crossed else 0.0) \
                + ((p.get("displaced_weight", 0.5) if odd else ordinary) if moved is not None else 0.0)
        if parted:
            # No translator puts a time inside a noun phrase ("at the age in 1871 of 17"): a year put into both
            # texts, whatever the frame. (Said first: the English proves it when the German's slot does too.)
            frame_score = 0.0
            why = f"the English puts its year between {parted[0]!r} and the {parted[2]!r} it takes, which English " \
                  f"never parts"
        elif y.split:
            frame_score = 0.0
            why = y.split
        elif (now := present if present is not None else _own_present(ctx, y, everyone, crossed, moved)) is not None:
            # No other year, but the text is set in its own present („Das Fest findet in diesem Jahr
            # nicht statt“): a year dropped mid-clause leaves it, though how far is unknown. Two years that
            # clash have no other year to be judged by.
            if y.clash:
                continue
            frame_score = p.get("present_weight", 0.5)
            why = f"{y.year} lies outside the article's time frame (the article names no other year and " \
                  f"speaks of its present: „{now}“)"
        else:
            # A clashing year, or one in an ordinary slot, is in the frame itself: it is judged against
            # the document's other years.
            others = everyone if y.position and not y.clash else \
                sorted({fy for fy, uid, at in frame if (uid, at) != (ctx.unit.id, y.year_start)})
            k = bisect.bisect_left(others, y.year)
            if others and not others[0] <= y.year <= others[-1] \
                    and min(abs(y.year - o) for o in others[max(0, k - 1):k + 1]) >= p.get("min_gap", 3) \
                    and not (y.year > others[-1] and any(o <= y.year for o in _ongoing(ctx))):
                frame_score = p.get("far_weight", 1.0)
                later = y.year > others[-1]
                why = f"{y.year} lies outside the article's time frame (the article's other years are " \
                      f"{others[0]}" + (f"–{others[-1]})" if len(others) > 1 else ")")
            elif not others and y.start < y.year_start and y.position >= p.get("no_frame_min_position", float("inf")):
                # („im Jahr …“ only: a bare year after a noun is the middle field's ordinary German, „Dann zog die
                # Partei 2017 in den Bundestag ein“; the phrase there is not, „die Soldaten im Jahr 2019 an der Front“.)
                frame_score = p.get("no_frame_weight", 0.0)
                why = "the article names no other year nor its present"
            elif y.position and p.get("weekday_weight", 0.0) and _dated_by_weekday(ctx.source, y):
                # Its clause is dated by a weekday and no date („hatte im Jahre 2023 für Samstag die Warnstufe 3
                # ausgegeben“): a weekday names a day of the text's own week, which no year need date.
                frame_score = p["weekday_weight"]
                why = "its clause is dated by a weekday, which names a day of the text's own week"
            elif (y.position and (moved is not None or crossed)) or (crossed and moved is not None):
                # In the frame, or no frame at all: a history from 1850 to 1990 names 1901 too, and „im Jahre
                # 1585“ in a text that names no other year is ordinary German. Only an odd slot the English
                # does not share tells.
                frame_score, why = 0.0, "no word before it calls for a year"
            else:
                continue
        if position + frame_score < threshold:
            continue
        if frame_score and not y.split and not y.clash and _explained(ctx.source, y, everyone):
            continue
        # In a text of history a year's phrase after a verb („erschien im Jahr 1545 in Bordeaux“) and a bare
        # year after a noun („fiel das Elsass 1871 im Frieden von Frankfurt“) are ordinary German, and a
        # history's years range beyond any frame its others set: shown to the reviewer, not counted as an
        # error, unless the English puts the year elsewhere. Elsewhere a phrase after a verb far from every
        # other year counts („kämpften im Jahr 2019 in Kursk“).
        # A verb of a one-off event in the year's clause dates it (`event_any_slot`: in any slot, the English
        # year moved or not: English puts the time after the verb that German keeps at the clause's end,
        # „deren Fernrohr 1790 für 1.800 Taler in London beschafft wurde“ / "was bought in London in 1790").
        # (The tagger that tells the first field is asked last: only for a clause an event verb dates.)
        weak = False
        if y.split or parted:
            pass  # a bound phrase or a preposition parted is no German (nor an of-phrase English) whatever verb dates
            #       the clause
        elif not y.clash and not crossed and (_focused(ctx.source, y)
                                              or (later and _attributes_a_quotation(ctx.source, y))):
            weak = True
        elif p.get("time_told_max_words", -1) >= 0 and not y.clash and not crossed and moved is None \
                and any(_time_told(ctx.source, y, way, p["time_told_max_words"])
                        for way in ((later,) if later is not None else (False,) if present is not None else ())):
            # (A text set in its present looks back from it: „nachdem Ägypten 2006 … geholt hatte“ in a report
            # of today. Not a plan, whose year may lie anywhere ahead: „Künftig sollen … 2019 …“ stays.)
            weak = True
        elif later and not y.clash and not crossed and moved is None \
                and _chronicle_goes_on(ctx, y, p.get("chronicle_min_years", 0)):
            weak = True
        elif not y.clash and not crossed:
            dated = _dates_an_event(ctx.source, y)
            any_slot = dated and p.get("event_any_slot", False) and _after_the_first_field(ctx.source, y)
            weak = (dated and (any_slot or (y.weak and moved is None))) \
                or (moved is None and doc_historical(ctx) and (y.weak or y.start == y.year_start))
        yield _flag(ctx, y, moved, why, position + frame_score, threshold, weak, crossed,
                    parted[1] if parted else None)


def _chronicle_goes_on(ctx: Context, y: YearMention, min_years: int) -> bool:
    """The document tells its years in order, at least ``min_years`` of them before this one and none after it, so
    this one, which the caller asks about only when it lies after them all, goes on from them: a chronicle's next year
    („1949 gegründet … 1962 … 1976 … zwangen den Verein 1985 zum Rückzug“), not a year dropped into another time
    („kämpften im Jahr 2019 in Kursk“ amid 2024). 0: off."""
    if min_years <= 0:
        return False
    here = (ctx.position, y.year_start)
    at = {u.id: k for k, u in enumerate(ctx.doc)}
    told = sorted((at[uid], start, year) for year, uid, start in _frame(ctx) if uid in at)
    before = [year for k, start, year in told if (k, start) < here]
    after = [year for k, start, year in told if (k, start) > here]
    return not after and len(set(before)) >= min_years and before == sorted(before)


def _own_present(ctx: Context, y: YearMention, everyone, crossed: bool, moved: Optional[int]) -> Optional[str]:
    """The text's present when the year is the only one it names and the English says it in another sentence, away
    from its German neighbours' renderings: then its ordinary slot set the frame, which judges it by nothing."""
    if crossed and moved is not None and not y.clash and everyone == [y.year]:
        return _present(ctx)
    return None


def _named(ctx: Context, y: YearMention) -> bool:
    """The bare year closes a name the English copies with it: a club's founding year („TV Rinteln 1861“, "TV Rinteln
    1861"), an event's („Expo 2000“). A year put into both texts is no name's there ("Rinteln in 1861")."""
    if y.start != y.year_start or not ctx.unit.translation:
        return False
    head = _head_word(ctx.source, y.start)
    return head[:1].isupper() and f"{head} {y.year}" in ctx.translation


_ANNIVERSARY = re.compile(r"(\d{1,4})\.\s*(?:" + "|".join(de.ANNIVERSARY_DAYS) + r")\b"
                          r"|(\d{1,4})-?jährige[nms]?\s+(?:" + "|".join(de.ANNIVERSARY_DAYS) + r")\b", re.I)
_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?;](?:\s|$)")
_STORY_SET = re.compile(r"\b(?:" + "|".join(de.STORY_NOUNS) + r")\w*\s+(?:spielt|spielen|spielte|spielten)\s+$", re.I)


def _explained(text: str, y: YearMention, years) -> bool:
    """The year's clause says why it lies outside the text's frame: it is the N-th return of a year of the text
    („im Jahr 2008 zum 100. Geburtstag des Künstlers“, born 1908), or a story's own time („Die Handlung spielt im Jahr
    2071“)."""
    if _STORY_SET.search(text, max(0, y.start - 60), y.start):
        return True
    # (The sentence, not the clause: an ordinal's stop, „zum 100. Geburtstag“, ends no sentence.)
    a = _clause(text, y)[0]
    end = _SENTENCE_STOP.search(text, y.end)
    for m in _ANNIVERSARY.finditer(text, a, end.start() if end else len(text)):
        n = int(m.group(1) or m.group(2))
        if any(abs(y.year - n - other) <= 1 for other in years):
            return True
    return False


# The clause around a year, for the verb that dates it: a comma or full stop inside a number („für 1.800
# Taler“, „2,5 Millionen“) ends no clause, nor the stop of an abbreviation that ends no sentence („für 6,45 Mrd.
# Dollar gekauft“).
_NO_STOP = "".join(rf"(?<!\b{a})" for a in ("Mio", "Mrd", "Tsd", "Nr", "ca", "bzw", "Dr", "Prof", "St", "inkl", "ggf"))
_CLAUSE_SEP = re.compile(rf"[;:!?()„“”\"«»–—]|,(?!\d)|(?<!\d),|{_NO_STOP}(?:\.(?!\d)|(?<!\d)\.)")


_WEEKDAY = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in de.WEEKDAYS) + r")(?:abend|morgen|mittag|nachmittag|"
                      r"vormittag|nacht|s)?\b")
_DAY_OF_MONTH = re.compile(r"\b\d{1,2}\.\s*(?:" + "|".join(map(re.escape, de.MONTHS)) + r"|\d{1,2}\.)", re.I)


def _dated_by_weekday(text: str, y: YearMention) -> bool:
    # (Not a weekday the year itself dates: „am zweiten Wiesn-Samstag 2016“.) The clause is looked for within a
    # window around the year, so that a paragraph of thousands of years costs no more per year.
    a, b = _clause(text, y, _CLAUSE_WINDOW)
    return bool(_WEEKDAY.search(text, a, b)) and not _DAY_OF_MONTH.search(text, a, b) \
        and not _WEEKDAY.fullmatch(_head_word(text, y.start).rsplit("-", 1)[-1])


_CLAUSE_WINDOW = 300  # characters either side of a year: a clause is shorter


# A title quoted inside a clause, three words at most with no stop or comma („mit seinem Floß „Kon-Tiki“ getan hatte“):
# its marks end no clause.
_QUOTED_TITLE = re.compile(r"[„“\"«»]([^„“”\"«».,;:!?()]{1,40})[“”\"«»]")


@lru_cache(maxsize=256)
def _titles_masked(text: str) -> str:
    """The text with its short quoted titles (``_QUOTED_TITLE``) overwritten, offsets kept: read once per text, though
    each year's clause is asked for up to five times."""
    if "„" not in text and '"' not in text and "«" not in text:
        return text
    return _QUOTED_TITLE.sub(lambda m: "x" * len(m.group()) if len(m.group(1).split()) <= 3 else m.group(), text)


def _clause(text: str, y: YearMention, window: int = 0) -> tuple[int, int]:
    """Where the year's clause begins and ends (looked for within ``window`` characters of the year, if given)."""
    lo, hi = (max(0, y.start - window), min(len(text), y.end + window)) if window else (0, len(text))
    text = _titles_masked(text)
    a = max((m.end() for m in _CLAUSE_SEP.finditer(text, lo, y.start)), default=lo)
    b = next((m.start() for m in _CLAUSE_SEP.finditer(text, y.end, hi)), hi)
    return a, b


def _after_the_first_field(text: str, y: YearMention) -> bool:
    """The year stands in its own place of the clause: after a finite verb, or in a clause set off by a
    comma (a relative or subordinate clause, whose verb comes last). Before a main clause's finite verb it
    sits inside the one phrase German allows there („Die Abteilung 1990 für Kinder wurde geschlossen“)."""
    a, _ = _clause(text, y)
    if text[:a].rstrip().endswith((",", ";", "–", "(")):
        return True
    return any(tag_at(text, a + s) in FINITE_VERBS for s, _, w in tokens(text[a:y.start]) if w.islower())


def _time_told(text: str, y: YearMention, later: bool, max_words: int) -> bool:
    """The year's clause says how the year stands to the text's years, shortly before it: a plan for a year
    after them (de.PLAN_WORDS), a look back for one before them (de.LOOK_BACK_WORDS). Further back the word
    tells the time of something else („Schon in den vergangenen Tagen hatte die Polizei … die Handys 1989 …
    durchsucht“); a text with no other year gives no direction to read a plan by („Künftig sollen … 2019 vor
    Ort versorgt werden“), one set in its present a look back (the caller asks for that only)."""
    a, b = _clause(text, y)
    toks = tokens(text[a:y.start])
    if not later and toks and toks[0][2] in ("Als", "als"):
        # a clause of past time: „Als sie 1984 ihre ersten Pullover verkaufte, …“, „…, als mein Großvater 1950 …“
        return True
    if not later and not de.LOOK_BACK_AFTER_YEAR.isdisjoint(
            w.lower() for _, _, w in tokens(text[y.end:b])[:_LOOK_BACK_AFTER]):
        return True  # ... said right after the year: „führte die Reaktion 1909 in Karlsruhe erstmals vor“
    words = [w.lower() for _, _, w in toks][-(max_words + 1):]
    if not later and _pluperfect(text, y, a, b, max_words):
        return True  # the pluperfect looks back from the text's time: „Unter ihm war Deutschland 2014 … geworden“
    return not (de.PLAN_WORDS if later else de.LOOK_BACK_WORDS).isdisjoint(words)


def _pluperfect(text: str, y: YearMention, a: int, b: int, max_words: int) -> bool:
    """The year's clause (``a``–``b``) is in the pluperfect: a past of „haben“ (or of „sein“ with a participle
    that takes it, de.SEIN_PERFECT_PARTICIPLES) at most ``max_words`` words before the year or after it (a clause
    with its verb last), and a past participle (by the tagger) after the year, at the clause's end (the last two
    words of lower case: „… Gold geholt“, „… Weltmeister geworden war“)."""
    toks = tokens(text[a:b])
    before = [w.lower() for s, _, w in toks if a + s < y.start][-(max_words + 1):]
    after = [(a + s, w) for s, _, w in toks if a + s >= y.end]
    words = set(before) | {w.lower() for _, w in after}
    haben, sein = bool(words & de.PLUPERFECT_HABEN), bool(words & de.PLUPERFECT_SEIN)
    if not (haben or sein):
        return False
    auxes = de.PLUPERFECT_HABEN | de.PLUPERFECT_SEIN
    last = [(at, w) for at, w in after if w.islower() and w not in auxes][-2:]
    if sein and any(w.endswith(de.SEIN_PERFECT_PARTICIPLES) for _, w in last):
        return True
    # (The tagger, slow, only for a word that may be a participle: of the forms ending in -t or -n, „getan“ too.)
    return haben and any(w.endswith(("t", "n")) and tag_at(text, at).endswith("(PP)") for at, w in last)


_LOOK_BACK_AFTER = 3  # words after the year in which a look-back word (de.LOOK_BACK_AFTER_YEAR) still tells its time


def _focused(text: str, y: YearMention) -> bool:
    """A focus word right before the year makes it the clause's point (de.YEAR_FOCUS_WORDS: „erst 1998“), or a
    particle right after it that sets it against another time (de.YEAR_FOCUS_AFTER: „1914 bereits“)."""
    after = _NEXT_WORD.match(text, y.end)
    return _head_word(text, y.start).lower() in de.YEAR_FOCUS_WORDS \
        or (after is not None and after.group(1).lower() in de.YEAR_FOCUS_AFTER)


_QUOTATION_CLOSED = re.compile(r"[“”‘’\"«»‹›]\s*,\s*$")
_FIRST_WORD = re.compile(r"\s*(\w+)")


def _attributes_a_quotation(text: str, y: YearMention) -> bool:
    """The year's clause follows a quotation and its comma and opens with a verb of saying (de.SAYING_WORDS): the
    attribution („„…“, sagte Kleinhenz 2019 in einer Dokumentation“), whose year dates the saying, which may lie long
    after the events the text tells (the caller asks only for a year after the frame: a look back on them)."""
    a, _ = _clause(text, y)
    first = _FIRST_WORD.match(text, a)
    return first is not None and first.group(1).lower() in de.SAYING_WORDS \
        and _QUOTATION_CLOSED.search(text, 0, a) is not None


def _dates_an_event(text: str, y: YearMention) -> bool:
    """A verb of a one-off event in the year's clause („wurde im Jahr 1850 von Siedlern gegründet“): the
    year dates it, as German does after the verb."""
    a, b = _clause(text, y)
    toks = tokens(text[a:b])
    # A participle with an ending before a noun qualifies the noun („an das neu gegründete Deutsche Reich“):
    # it dates no event of this clause.
    if toks and toks[0][2].lower() in de.DATED_EVENT_VERBS and len(toks) > 1 and toks[1][2] in de.AUXILIARIES:
        return True  # the participle put first for weight: „Gegründet wurde die Bäckerei 1932 von …“
    if any(w.lower() in de.RECORD_WORDS
           or (w.lower() in de.FIRST_WORDS and k and toks[k - 1][2].lower() in de.FIRST_ARTICLES)
           for k, (_, _, w) in enumerate(toks)):
        return True  # a first or a record: „In Deutschland folgte die erste Herzverpflanzung 1981 in München“
    return any(w.islower() and w.startswith(de.DATED_EVENT_VERBS)
               and not (w not in de.DATED_EVENT_VERBS and k + 1 < len(toks) and toks[k + 1][2][:1].isupper())
               for k, (_, _, w) in enumerate(toks))


def _flag(ctx: Context, y: YearMention, moved: Optional[int], why: str, score: float, threshold: float,
          weak: bool = False, crossed: bool = False, parted: Optional[tuple[int, int]] = None):
    phrase = ctx.source[y.start:y.end]
    slot = f"shares its clause with {y.clash}, and nothing joins the two years," if y.clash else \
        "sits mid-clause" if y.position or not (crossed or parted) else "stands"
    english = "" if parted else "; the English says it in another sentence or part of one" if crossed else \
        f"; the English puts it {moved} words away from the words beside it in the German" if moved else ""
    msg = f"„{phrase}“ {slot} and {why}{english}; it may not belong here"
    tspan = parted or (_english_span(ctx.unit.translation, y.year) if ctx.unit.translation else None)
    suggestion = f"Drop „{phrase}“" + (f" (and {ctx.unit.translation[tspan[0]:tspan[1]]!r} in the English)"
                                        if tspan else "") + f" unless the text really refers to {y.year}."
    severity = Severity(ctx.params.get("severity_weak", "info")) if weak else None
    return ctx.flag(msg, side=Side.SOURCE, source_span=(y.start, y.end), translation_span=tspan,
                    suggestion=suggestion, score=score, threshold=threshold, severity=severity)


def _mid_clause(text: str, y: YearMention) -> bool:
    """A year between two words of one clause that no word before it calls for: not after a preposition
    („bis 2003“, „seit 1990“), a noun that takes a year („im Sommer 2022“) or a verb („war 2021 aus der
    Jugend aufgerückt“: the year's most ordinary place, which English moves to the clause's end)."""
    head = _head_word(text, y.start)
    return bool(head) and head.lower() not in de.PREPOSITIONS and head.lower() not in de.YEAR_LINKS \
        and not _takes_year(head, bare=text[y.start].isdigit()) and bool(re.match(r" \w", text[y.end:y.end + 2])) \
        and not tag_at(text, text.rfind(head, 0, y.start)).startswith("V")


_CLAUSE_END = re.compile(r"\s*(?:$|[,;:.!?)\"“”–—])")
_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+[\"“‘(]?)(?P<words>[^.!?;:]*)$")


def _fronted(text: str, start: int) -> bool:
    """The English year opens its sentence, alone or after words that lead a time ("In 2012 the Pope
    canonised her", "As early as 1500 there were"): English fronts years; a year a few words in ("The
    parish church in 2015 of St Lawrence") is not fronted."""
    m = _SENTENCE_START.search(text, max(0, start - 80), start)
    if m is not None and " ".join(m.group("words").lower().split()) in en.YEAR_OPENERS:
        return True
    # ... or opens a clause after its conjunction, where English puts the time before the subject ("tells
    # people that in 1985 he paid just 5.40 marks" for „dass er 1985 … gezahlt hat“).
    return bool(_CLAUSE_OPENING.search(text, max(0, start - 20), start))


_CLAUSE_OPENING = re.compile(r"\b(?:that|when|because|although|though|while|whereas|if|after|before|since|until)\s+"
                             r"(?:in\s+)?$", re.I)


def _displaced(ctx: Context, y: YearMention) -> Optional[int]:
    """How many English words stand between the English year and the nearest rendering of the German
    words beside it in its clause, when that is at least ``displaced_min_words``; else None.

    A translator keeps a year with the words it dates: „kämpften im Jahr 2019 in Kursk“ is "fought in
    2019 in Kursk", and a year that moved clause-wise ("fought in Kursk in 2019") still sits by one of its
    German neighbours' renderings. A year put into both texts at unrelated places (an edit of both sides,
    a pasted phrase) sits far from all of them.
    """
    if not ctx.unit.translation:
        return None
    spans = _english_year_spans(ctx.translation).get(str(y.year), ())
    where = spans[0] if spans else None
    if len(spans) > 1 and len(spans) == ctx.source.count(str(y.year)):
        # Said as often on each side ("won in 2021 … the 2021 final"): the German year's k-th mention is the
        # English k-th.
        where = spans[ctx.source.count(str(y.year), 0, y.year_start)]
    if where is None or _CLAUSE_END.match(ctx.translation, where[1]) \
            or _fronted(ctx.translation, where[0]):
        # English says when at the end of its clause ("is first mentioned in 1186.") or at the head of its
        # sentence ("In 2012 Pope Benedict canonised her", "As early as 1500 there were"): moved there.
        return None
    al = align(ctx.source, ctx.translation)
    if al.degraded:
        return None
    near = al.clause_neighbours(ctx.source, y.start, y.end, int(ctx.params["displaced_neighbours"]), rendered=True)
    if not near:
        return None
    starts = [s for s, _, _ in tokens(ctx.translation)]
    a, b = bisect.bisect_left(starts, where[0]), bisect.bisect_left(starts, where[1])
    gap = min(max(0, bisect.bisect_left(starts, w.en[0]) - b, a - bisect.bisect_left(starts, w.en[1]))
              for w in near)
    return gap if gap >= ctx.params["displaced_min_words"] else None


_OF_AFTER = re.compile(r"in\s+(?:the\s+year\s+)?\d{4}\s+of\b", re.I)
_WORD_BEFORE = re.compile(r"([\w'’-]+)(?:\s+([\w'’-]+))?\s*$")


def _parted_in_english(ctx: Context, y: YearMention) -> Optional[tuple[str, tuple[int, int], str]]:
    """The English word the year's English phrase parts from its of-phrase ("At the age in 1871 of 17", "the
    end in 2022 of April"), or from the word it never goes without ("according in 2019 to", ``_pair_parted``), where
    that phrase is and the word parted from, or None: English says when before a noun phrase or after it, not inside.
    A verb or adjective that takes "of" may have the time there ("died in 1850 of cholera", "accused in 2019 of
    fraud"), and an elliptic phrase has no noun before its "of" ("and in 1993 of the Czech Republic")."""
    text = ctx.unit.translation
    spans = _english_year_spans(text).get(str(y.year), ()) if text else ()
    count = ctx.source.count(str(y.year))
    if not spans or len(spans) != count:
        return None  # said more often on one side: which mention renders this one is not known
    where = spans[ctx.source.count(str(y.year), 0, y.year_start)]
    m = _WORD_BEFORE.search(text, max(0, where[0] - 60), where[0])
    if m is None:
        return None
    word, low = m.group(2) or m.group(1), (m.group(2) or m.group(1)).lower()
    if _pair_parted(text, where, low):
        return word, where, en.UNPARTED_PAIRS[low]
    if not _OF_AFTER.match(text, where[0]):
        return None
    before = (m.group(1) if m.group(2) else "").lower()
    if low in en.ELLIPSIS_OPENERS or low in en.TAKES_OF or (low.endswith("ed") and before not in en.DETERMINERS):
        return None
    return word, where, "of"


_AFTER_YEAR = re.compile(r"\s+(\w+)\s+([\w'’]+)")


def _pair_parted(text: str, where: tuple[int, int], low: str) -> bool:
    """The English year's phrase stands between a word and the word English never parts from it
    (``en.UNPARTED_PAIRS``): "according in 2019 to", "have in 2017 to empty", "up in 1973 to 2,000"."""
    second = en.UNPARTED_PAIRS.get(low)
    m = _AFTER_YEAR.match(text, where[1]) if second else None
    if m is None or m.group(1).lower() != second:
        return False
    then = en.UNPARTED_ONLY_BEFORE.get(low)
    if then == "number":
        return m.group(2)[:1].isdigit() or m.group(2).lower() in en.UNITS
    return then is None or m.group(2).lower() in then


def _crossed(ctx: Context, y: YearMention) -> bool:
    """The English says the year in another sentence than the German: of as many sentences on each side,
    the German year's is the k-th and the English year's not; or, in the same sentence, in another of as many
    parts as semicolons and colons divide it into on each side. A translator keeps a year in the sentence of
    what it dates; one put into both texts at unrelated places (a pasted phrase, an edit of both sides)
    lands in another sentence as often as not. Sides with different numbers of sentences or parts (split or
    joined) are not judged."""
    where = _english_span(ctx.translation, y.year)
    if where is None or ctx.source.count(str(y.year)) != 1 or ctx.translation.count(str(y.year)) != 1:
        return False  # said twice somewhere: which mention is which is not known
    de_s, en_s = sentences(ctx.source), sentences(ctx.translation)
    if len(de_s) != len(en_s):
        return False
    k = next((i for i, (a, b) in enumerate(de_s) if a <= y.year_start < b), None)
    j = next((i for i, (a, b) in enumerate(en_s) if a <= where[0] < b), None)
    if k is None or j is None:
        return False
    if k != j:
        return len(de_s) >= 2
    # ... or in the same sentence, in another of its parts a semicolon or colon divides, as many each side.
    de_p, en_p = _parts(ctx.source, *de_s[k]), _parts(ctx.translation, *en_s[j])
    if len(de_p) != len(en_p) or len(de_p) < 2:
        return False
    return next(i for i, b in enumerate(de_p) if y.year_start < b) \
        != next(i for i, b in enumerate(en_p) if where[0] < b)


_PART_END = re.compile(r";|:(?!\d)")


def _parts(text: str, a: int, b: int) -> list[int]:
    """The ends of a sentence's parts divided by semicolons and colons (not a colon before a digit, „3:1“); none
    for a sentence of one part."""
    ends = [m.start() for m in _PART_END.finditer(text, a, b)]
    return ends + [b] if ends else []


_EN_PHRASE = re.compile(en.YEAR_PHRASE + "$", re.I)


def _english_span(text: str, year: int) -> Optional[tuple[int, int]]:
    """Where the English first says the same year, with its "in" when it has one."""
    spans = _english_year_spans(text).get(str(year))
    return spans[0] if spans else None


@lru_cache(maxsize=256)
def _english_year_spans(text: str) -> dict:
    """Every place the English writes each number, with its "in", in order: read once per text."""
    out: dict = {}
    for n in read_numerals(text, "en"):
        m = _EN_PHRASE.search(text, max(0, n.start - 16), n.start)
        out[n.text] = out.get(n.text, ()) + (((m.start() if m else n.start), n.end),)
    return out
