"""Corrections: try to clear a unit's flags, keeping a change only when the checks agree.

Rules, in order, for each unit with error or warning flags:

* ``nbest``: another combination of the translator's n-best hypotheses;
* ``source_repair``: repair the German where a German-side check found the fault
  (a quotation broken in two, a year outside the article's time frame), translate again;
* ``english_fix``: deterministic edits of the English (German quote marks, German
  number and date formats, decoder loops, the German repair mirrored) and the full
  corrected strings some flags carry as their suggestion.

Every attempt is re-checked on the whole document and recorded as a ``Correction``.
It is applied only when the flags it addressed are gone and no new error or warning
appeared anywhere in the document; otherwise the text stays as it was.
"""
from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Optional, Sequence

from .checks.config import CheckConfig, load_config
from .checks.numbers import YEAR, firm, match, read_numerals
from .checks.runner import run_checks
from .records import Category, Correction, Flag, Severity, Side, Unit
from .segment import join_sentences

ACTIONABLE = (Severity.ERROR, Severity.WARNING)

# Bounds on the n-best search: combinations are re-checked one by one, so cost grows with them.
NBEST_MAX_SENTENCES = 4  # sentences whose hypothesis may change at once
NBEST_MAX_TRIES = 8  # candidate combinations re-checked per unit

# --- language facts -------------------------------------------------------------------------

GERMAN_MONTHS = {
    "Januar": "January", "Jänner": "January", "Februar": "February", "März": "March", "April": "April",
    "Mai": "May", "Juni": "June", "Juli": "July", "August": "August", "September": "September",
    "Oktober": "October", "November": "November", "Dezember": "December",
}
ENGLISH_MONTHS = frozenset(GERMAN_MONTHS.values())

# German quotation pairs left in English, and the English pair that replaces them.
GERMAN_QUOTE_PAIRS = (("„", "“”\""), ("»", "«"), ("‚", "‘’"), ("›", "‹"))
ENGLISH_CURLY = {"„": ("“", "”"), "»": ("“", "”"), "‚": ("‘", "’"), "›": ("‘", "’")}
ENGLISH_STRAIGHT = {"„": ('"', '"'), "»": ('"', '"'), "‚": ("'", "'"), "›": ("'", "'")}

# Marks that may close / open a quotation, in either language.
CLOSING_MARKS = "“”\"«»‘’'"
OPENING_MARKS = "„“\"»«‚‘'"

# Phrases that carry nothing but a year, so the whole phrase goes when the year does;
# the bare year (empty prefix) is the last resort.
YEAR_PHRASES = {
    "source": (r"im\s+Jahre?\s+", r"in\s+dem\s+Jahr\s+", r""),
    "translation": (r"in\s+the\s+year\s+", r"in\s+", r""),
}

# German words that open a rejoined quotation in lower case; nouns and names keep their capital.
GERMAN_LOWER_AFTER_JOIN = frozenset(
    "ein eine einen einem einer eines der die das den dem des und aber oder denn doch sondern "
    "als wie wenn weil dass ob so auch noch nur schon nicht nie immer dann da dort hier "
    "in im an am auf aus bei mit nach von vom zu zum zur für gegen um über unter vor hinter "
    "es er sie wir ihr ich du man sich uns euch ihn ihm ihnen sein seine ihre unser unsere "
    "was wer wo wann warum wohin woher welche welcher welches".split())

# A check's suggestion pairs its flag with what is left over on the other side. While a stretch
# of the paragraph is missing or left in German, the leftovers come from that stretch, so such
# suggestions are not taken: suggestion category -> categories that make it untrustworthy.
SUGGESTION_DISTRUSTED_BY = {
    Category.NUMBER: frozenset({Category.OMISSION, Category.UNTRANSLATED}),
    Category.DATE: frozenset({Category.OMISSION, Category.UNTRANSLATED}),
    Category.NAME: frozenset({Category.OMISSION, Category.UNTRANSLATED}),
}

# Doubled words that are English grammar, not a decoder loop.
ALLOWED_DOUBLES = frozenset({("had", "had"), ("that", "that"), ("is", "is"), ("do", "do")})
LOOP_MAX_NGRAM = 12

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_GERMAN_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\d]|[.,]\d)")
_DAY_MONTH = re.compile(
    r"\b(?P<day>[0-3]?\d)\.\s+(?P<month>" + "|".join(sorted(set(GERMAN_MONTHS) | ENGLISH_MONTHS, key=len,
                                                            reverse=True))
    + r")\b(?:\s+(?P<year>\d{4})\b)?")
_SPLIT_QUOTE = re.compile(r"(?P<punct>[.!?,;:]?)(?P<close>[" + re.escape(CLOSING_MARKS) + r"])[ \t]+"
                          r"(?P<open>[" + re.escape(OPENING_MARKS) + r"])(?P<word>[^\W\d_][\w'’-]*|-)")
_WORD = re.compile(r"\S+")


# --- the document being corrected ------------------------------------------------------------

def _key(f: Flag) -> tuple[str, str]:
    return (f.check, f.side.value)


def _actionable(flags: Iterable[Flag]) -> list[Flag]:
    return [f for f in flags if f.severity in ACTIONABLE]


@dataclass
class _Doc:
    """One document's current units and flags; corrections are applied to it one by one."""

    units: list[Unit]
    flags: list[list[Flag]]
    config: CheckConfig

    def counts(self, flags: list[list[Flag]]) -> Counter:
        return Counter((pos, *_key(f)) for pos, fl in enumerate(flags) for f in _actionable(fl))

    def wanted(self, pos: int, targets: Sequence[Flag]) -> Counter:
        """The targeted flags still present, by (unit, check, side): what an attempt must clear."""
        before = self.counts(self.flags)
        wanted = Counter((pos, *_key(f)) for f in targets)
        return Counter({k: min(n, before[k]) for k, n in wanted.items() if before[k]})

    def attempt(self, pos: int, candidate: Unit, targets: Sequence[Flag]) -> tuple[bool, tuple[str, ...], list]:
        """Re-check the document with ``candidate`` at ``pos``: (cleared, new flag ids, new flags)."""
        units = list(self.units)
        units[pos] = candidate
        new = run_checks(units, self.config)
        before, after = self.counts(self.flags), self.counts(new)
        wanted = self.wanted(pos, targets)
        cleared = bool(wanted) and all(after[k] <= before[k] - n for k, n in wanted.items())
        added = [f"German number {t!r} lost" for t in numbers_lost(self.units[pos], candidate)]
        added += [f"{t!r} from the German lost" for t in carried_lost(self.units[pos], candidate)]
        for k in sorted(after):
            if after[k] > before[k]:
                p, check, side = k
                where = "" if p == pos else f" (unit {self.units[p].id})"
                added.append(f"{check}{where}")
        return cleared and not added, tuple(added), new

    def apply(self, pos: int, candidate: Unit, new_flags: list[list[Flag]]) -> None:
        self.units[pos] = candidate
        self.flags = new_flags


def numbers_lost(before: Unit, after: Unit) -> list[str]:
    """German numbers that had an English partner before the change and have none after it.

    A check's own suggestion always satisfies that check; this guard catches a "fix" that
    pairs one number by unpairing another ("eleven" -> "two" where the German has both).
    """
    def unpaired(unit: Unit) -> Counter:
        _, left = match(read_numerals(unit.translation or "", "en"), read_numerals(unit.source, "de"))
        return Counter(n.text for n in left if firm(n, "de") or n.kind == YEAR)

    lost = unpaired(after) - unpaired(before)
    source_now = Counter(n.text for n in read_numerals(after.source, "de"))
    return [t for t in lost if source_now[t]]


_CARRIED = re.compile(r"[^\W_]+")


def carried_lost(before: Unit, after: Unit) -> list[str]:
    """Names and digits the English had verbatim from the German, and lost every copy of.

    Such words were translated by being kept; a "fix" that removes them (a name check's guess,
    an n-best hypothesis dropping a name) breaks what was right.
    """
    def carried(unit: Unit) -> Counter:
        source = set(_CARRIED.findall(unit.source))
        return Counter(w for w in _CARRIED.findall(unit.translation or "")
                       if w in source and (w[0].isupper() or w[0].isdigit()))

    was, now = carried(before), carried(after)
    source_now = set(_CARRIED.findall(after.source))
    return [w for w in was if not now[w] and w in source_now]


def _documents(units: Sequence[Unit]) -> list[list[int]]:
    # Same grouping as the check runner: consecutive units sharing a doc_id.
    docs: list[list[int]] = []
    for i, u in enumerate(units):
        if docs and u.doc_id is not None and units[docs[-1][0]].doc_id == u.doc_id:
            docs[-1].append(i)
        else:
            docs.append([i])
    return docs


def correct_document(units: list[Unit], flags: list[list[Flag]], translator=None,
                     config: Optional[CheckConfig] = None) -> list[tuple[str, tuple[Correction, ...]]]:
    """Per unit, the corrected translation (unchanged when nothing applies) and the corrections tried.

    ``flags`` are the checks' flags for ``units`` (as from ``run_checks(units, config)``).
    ``translator`` may be None: then only rules that need no model run (n-best uses the
    hypotheses already stored in ``Unit.translations``).
    """
    if len(flags) != len(units):
        raise ValueError(f"{len(units)} units but {len(flags)} flag lists")
    config = config or load_config()
    out: list[tuple[str, tuple[Correction, ...]]] = [(u.translation or "", ()) for u in units]
    for members in _documents(units):
        doc = _Doc(units=[units[i] for i in members], flags=[list(flags[i]) for i in members], config=config)
        for pos, i in enumerate(members):
            if units[i].translation is None or not _actionable(doc.flags[pos]):
                continue
            tried: list[Correction] = []
            for rule in RULES:
                if not _actionable(doc.flags[pos]):
                    break
                tried.extend(rule(doc, pos, translator))
            out[i] = (doc.units[pos].translation or "", tuple(tried))
    return out


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _record(rule: str, targets: Sequence[Flag], before: str, after: str, cleared: bool,
            new: tuple[str, ...], detail: str) -> Correction:
    checks = tuple(dict.fromkeys(f.check for f in targets))
    return Correction(rule=rule, checks=checks, before=before, after=after, cleared=cleared,
                      new_flags=new, detail=detail)


# --- rule 1: n-best ---------------------------------------------------------------------------

def _sentence_offsets(texts: Sequence[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for t in texts:
        t = t.strip()
        if not t:
            spans.append((at, at))
            continue
        spans.append((at, at + len(t)))
        at += len(t) + 1
    return spans


def _flagged_sentences(unit: Unit, targets: Sequence[Flag]) -> list[int]:
    bests = [t.best for t in unit.translations]
    n = len(bests)
    if join_sentences(bests) != (unit.translation or "") or any(f.translation_span is None for f in targets):
        return list(range(n))  # cannot tell which sentence a flag is in: all may change
    spans = _sentence_offsets(bests)
    hit = [i for i, (a, b) in enumerate(spans)
           if any(f.translation_span[0] < b and a < f.translation_span[1] for f in targets)]
    return hit or list(range(n))


def rule_nbest(doc: _Doc, pos: int, translator=None) -> list[Correction]:
    """The highest-scoring n-best combination that clears the translation-side flags."""
    unit = doc.units[pos]
    targets = [f for f in _actionable(doc.flags[pos]) if f.side == Side.TRANSLATION]
    if not targets or not any(len(t.nbest) > 1 for t in unit.translations):
        return []
    variable = [i for i in _flagged_sentences(unit, targets) if len(unit.translations[i].nbest) > 1]
    variable = variable[:NBEST_MAX_SENTENCES]
    if not variable:
        return []
    choices = [[(h.text, h.score, rank) for rank, h in enumerate(unit.translations[i].nbest)] for i in variable]
    combos = sorted(itertools.product(*choices), key=lambda c: -sum(h[1] for h in c))
    before = unit.translation or ""
    tried, last = 0, None
    for combo in combos:
        texts = [t.best for t in unit.translations]
        for i, (text, _score, _rank) in zip(variable, combo):
            texts[i] = text
        after = join_sentences(texts)
        if after == before:
            continue
        trans = list(unit.translations)
        for i, (text, score, _rank) in zip(variable, combo):
            trans[i] = replace(trans[i], best=text, score=score)
        candidate = replace(unit, translation=after, translations=tuple(trans))
        cleared, added, new = doc.attempt(pos, candidate, targets)
        tried += 1
        ranks = ", ".join(f"sentence {i + 1}: hypothesis {r + 1}" for i, (_t, _s, r) in zip(variable, combo))
        if cleared:
            doc.apply(pos, candidate, new)
            return [_record("nbest", targets, before, after, True, (),
                            f"{ranks} (score {sum(h[1] for h in combo):.3f}); {tried} tried")]
        last = (after, added, ranks)
        if tried >= NBEST_MAX_TRIES:
            break
    if last is None:
        return []
    after, added, ranks = last
    return [_record("nbest", targets, before, before, False, added,
                    f"none of {tried} n-best combinations cleared the flags (last: {ranks}: {_short(after)!r})")]


# --- German repairs (used by source_repair, and mirrored on the English by english_fix) --------

def full_text(suggestion: Optional[str], text: str) -> bool:
    """Whether a suggestion is a whole corrected string for ``text`` rather than an instruction."""
    if not suggestion or suggestion == text:
        return False
    p = _common_prefix(text, suggestion)
    s = _common_suffix(text[p:], suggestion[p:])
    return p + s >= 0.6 * max(len(text), len(suggestion))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _overlaps(span, start: int, end: int, margin: int = 3) -> bool:
    return span is None or (span[0] - margin < end and start < span[1] + margin)


def rejoin_quotes(text: str, span=None, *, side: str, source: str = "") -> str:
    """„A.“ „B“, sagte X → „A B“, sagte X: a quotation closed and reopened is made one again.

    Only the break nearest the flagged span is joined (all breaks when the span is unknown).
    The reopened word loses its capital where it is no noun or name.
    """
    out, last = [], 0
    for m in _SPLIT_QUOTE.finditer(text):
        if not _overlaps(span, m.start(), m.end(), margin=40):
            continue
        word = m.group("word")
        out.append(text[last:m.start()])
        out.append(" " + _lower_after_join(word, side=side, source=source))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _lower_after_join(word: str, *, side: str, source: str) -> str:
    if side == "source":
        return word[0].lower() + word[1:] if word.lower() in GERMAN_LOWER_AFTER_JOIN else word
    # English: a word found as-is in the German is a name; "I" and acronyms keep their case.
    if (len(word) > 1 and word.isupper()) or word in ("I", "I'm", "I've", "I'll", "I'd") or re.search(
            r"(?<!\w)" + re.escape(word) + r"(?!\w)", source):
        return word
    return word[0].lower() + word[1:]


def drop_year(text: str, year: str, *, side: str) -> str:
    """Remove a year with the phrase that only carries it (``im Jahr 2019``, ``in 2019``)."""
    for phrase in YEAR_PHRASES[side]:
        pattern = re.compile(r"(?:(?<=\s)|^)" + phrase + re.escape(year) + r"(?!\d)\s?")
        new, n = pattern.subn("", text, count=1)
        if n:
            return _tidy(new)
    return text


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r" +([,.;:!?])", r"\1", text).strip()


def _flag_years(flag: Flag, text: str, span) -> list[str]:
    found = []
    if span is not None:
        found = _YEAR.findall(text[span[0]:span[1]])
    if not found and flag.suggestion and full_text(flag.suggestion, text):
        p = _common_prefix(text, flag.suggestion)
        s = _common_suffix(text[p:], flag.suggestion[p:])
        found = _YEAR.findall(text[p:len(text) - s])
    if not found:
        found = _YEAR.findall(flag.message)
    return list(dict.fromkeys(found))


def repair_german(source: str, flags: Sequence[Flag]) -> tuple[str, list[str]]:
    """The German with the faults of ``flags`` (German-side) repaired, and what was done."""
    text, done = source, []
    for f in flags:
        if full_text(f.suggestion, text) and f.category in (Category.QUOTE, Category.DATE):
            text = f.suggestion
            done.append(f"{f.check}: took the check's suggestion")
        elif f.category == Category.QUOTE:
            new = rejoin_quotes(text, f.source_span, side="source")
            if new != text:
                text = new
                done.append(f"{f.check}: rejoined a quotation broken in two")
        elif f.category == Category.DATE:
            for year in _flag_years(f, text, f.source_span):
                new = drop_year(text, year, side="source")
                if new != text:
                    text = new
                    done.append(f"{f.check}: dropped the year {year}")
    return text, done


# --- rule 2: repair the German, translate again ----------------------------------------------

def rule_source_repair(doc: _Doc, pos: int, translator=None) -> list[Correction]:
    """Repair the German where a German-side check found the fault, then translate it again."""
    unit = doc.units[pos]
    targets = [f for f in _actionable(doc.flags[pos]) if f.side == Side.SOURCE]
    if translator is None or not targets:
        return []
    repaired, done = repair_german(unit.source, targets)
    if repaired == unit.source:
        return []
    from .segment import split

    sentences = [repaired[a:b] for a, b in split(repaired)]
    known = {t.source: t for t in unit.translations}
    todo = [s for s in sentences if s not in known]
    fresh = dict(zip(todo, translator.translate(todo))) if todo else {}
    trans = tuple(known.get(s) or fresh[s] for s in sentences)
    before = unit.translation or ""
    after = join_sentences(t.best for t in trans)
    detail = "; ".join(done) + f"; German now: {repaired!r}; {len(todo)} sentence(s) translated again"
    if after == before:
        # Only the English is delivered: a repair that leaves it as it was corrects nothing.
        return [_record("source_repair", targets, before, before, False, (),
                        detail + "; the new translation is the same as before")]
    candidate = replace(unit, source=repaired, translation=after, translations=trans)
    cleared, added, new = doc.attempt(pos, candidate, targets)
    if cleared:
        doc.apply(pos, candidate, new)
    return [_record("source_repair", targets, before, after if cleared else before, cleared, added, detail)]


# --- rule 3: deterministic fixes of the English ----------------------------------------------

@dataclass(frozen=True)
class _Fix:
    label: str
    targets: tuple[Flag, ...]
    apply: Callable[[str], str]
    source: Optional[str] = None  # the German this English now translates, when the fix mirrors a repair


def _suggestion_fix(flag: Flag, text: str) -> Callable[[str], str]:
    # The suggestion was made for ``text``; replay its single edit on later versions of the text.
    p = _common_prefix(text, flag.suggestion)
    s = _common_suffix(text[p:], flag.suggestion[p:])
    old, new = text[p:len(text) - s], flag.suggestion[p:len(flag.suggestion) - s]
    left, right = text[max(0, p - 20):p], text[len(text) - s:len(text) - s + 20]

    def fix(current: str) -> str:
        if current == text:
            return flag.suggestion
        anchor = left + old + right
        return current.replace(anchor, left + new + right) if current.count(anchor) == 1 else current

    return fix


def english_quotes(text: str) -> str:
    """German quotation marks left in English become English ones (curly, or straight if the text uses those)."""
    rest = re.sub(r"„[^“”\"]*[“”\"]|»[^«]*«", "", text)
    table = ENGLISH_STRAIGHT if '"' in rest and "”" not in rest else ENGLISH_CURLY
    for opening, closings in GERMAN_QUOTE_PAIRS:
        left, right = table[opening]
        text = re.sub(re.escape(opening) + r"([^" + re.escape(opening + closings) + r"]*)[" + re.escape(closings) + "]",
                      lambda m: left + m.group(1) + right, text)
        text = text.replace(opening, left)
    return text


def english_number(token: str) -> str:
    """10.000 → 10,000; 2,5 → 2.5; 1.234,5 → 1,234.5."""
    whole, _, frac = token.partition(",")
    whole = whole.replace(".", ",")
    return whole + ("." + frac if frac else "")


def english_numbers(text: str, source: str) -> str:
    """Numbers carried over from the German in German format, written the English way."""
    carried = set(_GERMAN_NUMBER.findall(source))
    return _GERMAN_NUMBER.sub(lambda m: english_number(m.group(0)) if m.group(0) in carried else m.group(0), text)


def english_dates(text: str) -> str:
    """6. August (2024) → August 6(, 2024): a German day-month order left in English."""
    def fix(m: re.Match) -> str:
        month = GERMAN_MONTHS.get(m.group("month"), m.group("month"))
        day = str(int(m.group("day")))
        return f"{month} {day}, {m.group('year')}" if m.group("year") else f"{month} {day}"

    return _DAY_MONTH.sub(fix, text)


def collapse_loops(text: str, span=None) -> str:
    """A phrase repeated back to back, as a decoder loop writes it, kept once."""
    changed = True
    while changed:
        changed = False
        words = [(m.start(), m.end(), re.sub(r"\W", "", m.group(0).lower())) for m in _WORD.finditer(text)]
        for n in range(min(LOOP_MAX_NGRAM, len(words) // 2), 0, -1):
            for i in range(len(words) - 2 * n + 1):
                first = [w[2] for w in words[i:i + n]]
                if not all(first) or first != [w[2] for w in words[i + n:i + 2 * n]]:
                    continue
                if n == 1 and (first[0], first[0]) in ALLOWED_DOUBLES:
                    continue
                # The last copy stays: it carries the punctuation that follows the loop.
                cut_from, cut_to = words[i][0], words[i + n][0]
                if not _overlaps(span, cut_from, words[i + 2 * n - 1][1]):
                    continue
                text = text[:cut_from] + text[cut_to:]
                changed = True
                break
            if changed:
                break
    return text


def _changed_regions(before: str, after: str) -> list[tuple[int, int]]:
    """Where ``after`` differs from ``before``, as spans of ``before`` (compared word by word)."""
    a_tokens = re.findall(r"\S+|\s+", before)
    b_tokens = re.findall(r"\S+|\s+", after)
    starts = [0]
    for t in a_tokens:
        starts.append(starts[-1] + len(t))
    ops = difflib.SequenceMatcher(None, a_tokens, b_tokens, autojunk=False).get_opcodes()
    return [(starts[i1], starts[i2]) for tag, i1, i2, _j1, _j2 in ops if tag != "equal"]


def _touched(flags: Sequence[Flag], text: str, fix: Callable[[str], str]) -> tuple[Flag, ...]:
    """The flags a deterministic fix addresses: those whose English span it changes (or that have none)."""
    regions = _changed_regions(text, fix(text))
    if not regions:
        return ()
    return tuple(f for f in flags if f.translation_span is None
                 or any(_overlaps(f.translation_span, a, b) for a, b in regions))


def _english_fixes(unit: Unit, flags: Sequence[Flag]) -> list[_Fix]:
    text, source = unit.translation or "", unit.source
    on_en = [f for f in flags if f.side == Side.TRANSLATION]
    by_cat = lambda *cats: tuple(f for f in on_en if f.category in cats)  # noqa: E731
    fixes: list[_Fix] = []
    # A fault the German-side checks found is repaired in the German and mirrored in the English,
    # so the pair stays a translation of each other; the re-check judges both.
    on_de = [f for f in flags if f.side == Side.SOURCE]
    for f in on_de:
        repaired, done = repair_german(source, [f])
        if repaired == source:
            continue
        related = (f,) + tuple(g for g in on_en if g.category == f.category)
        if f.category == Category.QUOTE:
            spans = [g.translation_span for g in related if g.translation_span] or [None]

            def rejoin(t: str, spans=spans, de=source) -> str:
                for span in spans:
                    t = rejoin_quotes(t, span, side="translation", source=de)
                return t

            fixes.append(_Fix(f"split quotation rejoined in German and English ({done[0]})", related, rejoin,
                              source=repaired))
        elif f.category == Category.DATE:
            years = _flag_years(f, source, f.source_span)

            def drop(t: str, years=years) -> str:
                for y in years:
                    t = drop_year(t, y, side="translation")
                return t

            fixes.append(_Fix(f"year dropped in German and English ({done[0]})", related, drop, source=repaired))
    present = {f.category for f in flags}
    for f in on_en:
        if full_text(f.suggestion, text) and not present & SUGGESTION_DISTRUSTED_BY.get(f.category, frozenset()):
            fixes.append(_Fix(f"{f.check}: took the check's suggestion", (f,), _suggestion_fix(f, text)))
    deterministic = (
        ("German quotation marks made English", (Category.QUOTE,), english_quotes),
        ("German number format made English", (Category.NUMBER, Category.DATE), lambda t: english_numbers(t, source)),
        ("German date order made English", (Category.DATE, Category.NUMBER), english_dates),
    )
    for label, cats, fn in deterministic:
        touched = _touched(by_cat(*cats), text, fn)
        if touched:
            fixes.append(_Fix(label, touched, fn))
    for f in by_cat(Category.REPETITION):
        fixes.append(_Fix("repeated phrase kept once", (f,),
                          lambda t, span=f.translation_span: collapse_loops(t, span)))
    return fixes


def rule_english_fix(doc: _Doc, pos: int, translator=None) -> list[Correction]:
    """Deterministic edits of the English: all together first, then one at a time."""
    unit = doc.units[pos]
    fixes = _english_fixes(unit, _actionable(doc.flags[pos]))
    tried: list[Correction] = []

    def attempt(group: Sequence[_Fix]) -> bool:
        current = doc.units[pos]
        before = current.translation or ""
        after, source = before, current.source
        for fx in group:
            after = fx.apply(after)
            source = fx.source or source
        targets = [f for fx in group for f in fx.targets]
        if after == before or not doc.wanted(pos, targets):
            return False
        candidate = replace(current, translation=after, source=source)
        cleared, added, new = doc.attempt(pos, candidate, targets)
        if cleared:
            doc.apply(pos, candidate, new)
        tried.append(_record("english_fix", targets, before, after if cleared else before, cleared, added,
                             "; ".join(fx.label for fx in group)))
        return cleared

    if len(fixes) > 1 and attempt(fixes):
        return tried
    # One at a time; a fix whose flags an earlier one cleared is skipped (see _Doc.wanted).
    for fx in fixes:
        attempt([fx])
    return tried


RULES = (rule_nbest, rule_source_repair, rule_english_fix)
