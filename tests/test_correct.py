"""Corrections: each rule clears flags, or is recorded as not clearing them and leaves the text alone.

The checks here are small, test-local ones (a private registry), so these cases test the
correction logic, not the thresholds of the project's real checks, which change as they are tuned.
"""
from __future__ import annotations

import re

import pytest

from pipeline import correct
from pipeline.segment import join_sentences
from pipeline.checks import runner
from pipeline.checks.config import CheckConfig
from pipeline.checks.registry import CheckSpec
from pipeline.edits import alternatives, compose
from pipeline.records import Category, Corrected, Flag, Hypothesis, Severity, Side, Translation, Unit
from pipeline.translate.base import DecodeSettings, Scored, Translator

# --- test-local checks -------------------------------------------------------------------------

_DE_NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_EN_NUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def _de_value(s):
    return float(s.replace(".", "").replace(",", "."))


def _en_value(s):
    return float(s.replace(",", ""))


def numbers(ctx):
    """English numbers, read the English way, match the German ones read the German way."""
    de = [_de_value(m.group(0)) for m in _DE_NUM.finditer(ctx.source)]
    en = [(m.span(), _en_value(m.group(0))) for m in _EN_NUM.finditer(ctx.translation)]
    unmatched = [(span, v) for span, v in en if v not in de]
    missing = [v for v in de if v not in {v for _, v in en}]
    for span, v in unmatched:
        yield ctx.flag(f"{v:g} is not in the German", translation_span=span)
    if not unmatched:
        for v in missing:
            yield ctx.flag(f"{v:g} is missing")


def split_quote_de(ctx):
    """A German quotation closed and reopened."""
    for m in re.finditer(r"[.!?]“\s+„", ctx.source):
        yield ctx.flag("quotation broken in two", side=Side.SOURCE, source_span=m.span())


def quotes_en(ctx):
    """German marks, or unbalanced curly marks, in the English."""
    for m in re.finditer(r"[„»]", ctx.translation):
        yield ctx.flag("German quotation mark", translation_span=m.span())
    if ctx.translation.count("“") != ctx.translation.count("”"):
        yield ctx.flag("unbalanced quotation marks")


def split_quote_en(ctx):
    """An English quotation closed and reopened."""
    for m in re.finditer(r"[.!?][\"”]\s+[\"“]", ctx.translation):
        yield ctx.flag("quotation broken in two", translation_span=m.span())


def stray_year(ctx):
    """A German year more than two years from the article's first year."""
    first = ctx.memo("first_year", lambda: next((int(m.group(1)) for u in ctx.doc
                                                 for m in _YEAR.finditer(u.source)), None))
    for m in _YEAR.finditer(ctx.source):
        if first is not None and abs(int(m.group(1)) - first) > 2:
            yield ctx.flag(f"{m.group(1)} is far from {first}", side=Side.SOURCE, source_span=m.span(1))


def year_en(ctx):
    """English years are German years; suggests the German one when exactly one is missing."""
    de = set(_YEAR.findall(ctx.source))
    for m in _YEAR.finditer(ctx.translation):
        if m.group(1) not in de:
            missing = de - set(_YEAR.findall(ctx.translation))
            sugg = None
            if len(missing) == 1:
                t = ctx.translation
                sugg = t[:m.start()] + missing.pop() + t[m.end():]
            yield ctx.flag(f"year {m.group(1)} not in the German", translation_span=m.span(), suggestion=sugg)


def repeats(ctx):
    """A word or phrase repeated back to back."""
    for m in re.finditer(r"\b((?:\w+ ){0,5}\w+)( \1\b)+", ctx.translation):
        if m.group(1) not in ("had", "that"):
            yield ctx.flag("repeated", translation_span=m.span())


def date_order(ctx):
    """German day-month order in English."""
    for m in re.finditer(r"\b\d{1,2}\. [A-Z][a-z]+", ctx.translation):
        yield ctx.flag("German date order", translation_span=m.span())


def omission(ctx):
    """The English has far fewer words than the German."""
    if len(ctx.translation.split()) < 0.6 * len(ctx.source.split()):
        yield ctx.flag("the English is short")


def _spec(id, func, category, *, source_only=False):
    return CheckSpec(id=id, func=func, category=category, severity=Severity.ERROR, title=func.__doc__,
                     needs_translation=not source_only, doc=func.__doc__)


TEST_CHECKS = {s.id: s for s in (
    _spec("t_numbers", numbers, Category.NUMBER),
    _spec("t_split_quote_de", split_quote_de, Category.QUOTE, source_only=True),
    _spec("t_split_quote_en", split_quote_en, Category.QUOTE),
    _spec("t_quotes_en", quotes_en, Category.QUOTE),
    _spec("t_stray_year", stray_year, Category.DATE, source_only=True),
    _spec("t_year_en", year_en, Category.DATE),
    _spec("t_repeats", repeats, Category.REPETITION),
    _spec("t_date_order", date_order, Category.DATE),
    _spec("t_omission", omission, Category.OMISSION),
)}
CONFIG = CheckConfig(checks={})


@pytest.fixture(autouse=True)
def test_checks(monkeypatch):
    monkeypatch.setattr(runner, "REGISTRY", TEST_CHECKS)


class TableTranslator(Translator):
    """A backend that translates from a table; anything else comes back marked, as untranslatable."""

    backend = "table"

    def __init__(self, table):
        super().__init__()
        self.table = table
        self.settings = DecodeSettings()
        self.calls = []

    def _count_tokens(self, texts):
        return [len(t.split()) + 1 for t in texts]

    def _generate(self, batch):
        self.calls.append(list(batch))
        return [[Scored(self.table.get(s, f"<{s}>"), -0.5, len(s.split()) + 1)] for s in batch]

    def signature(self):
        return {"backend": self.backend}


def _units(*pairs, doc="d"):
    return [Unit(id=f"u{i}", source=de, translation=en, doc_id=doc) for i, (de, en) in enumerate(pairs)]


def _correct(units, translator=None):
    flags = runner.run_checks(units, CONFIG)
    return [(c.text, c.corrections) for c in correct.correct_document(units, flags, translator, CONFIG)]


def _attempts(corrections):
    return [(c.rule, c.cleared) for c in corrections]


# --- deterministic fixes of the English (once one rule, "english_fix"; now one rule per family) ----

ENGLISH_FIX_CASES = [
    pytest.param("Mehr als 10.000 Soldaten kamen.", "More than 10.000 soldiers came.",
                 "More than 10,000 soldiers came.", [("number_format_english", True)], id="thousands-separator"),
    pytest.param("Die Rate liegt bei 2,5 Prozent.", "The rate is 2,5 percent.",
                 "The rate is 2.5 percent.", [("number_format_english", True)] * 2, id="decimal-comma"),
    pytest.param("Er zahlte 1.000 Euro und 5 Prozent Zinsen.", "He paid 1.000 euros and 6 percent interest.",
                 "He paid 1,000 euros and 6 percent interest.", [("number_format_english", True)],
                 id="fixes-format-leaves-real-mismatch"),
    pytest.param("Sie marschierten am 6. August ein.", "They marched in on 6. August.",
                 "They marched in on August 6.", [("date_order_english", True)], id="day-month-order"),
    pytest.param("Er sagte: „Wir kommen.“", "He said: „We are coming.“",
                 "He said: “We are coming.”", [("quote_marks_english", True)] * 2, id="german-quote-marks"),
    pytest.param("Er sagte: „Wir kommen.“", "He said: „We are coming.",
                 "He said: „We are coming.", [("quote_marks_english", False)], id="quote-marks-still-unbalanced"),
    pytest.param("Das geschah im Jahr 2014.", "That happened in 2024.",
                 "That happened in 2014.", [("date_suggested", True)], id="suggestion-applied"),
    pytest.param("Das geschah im Jahr 2014. Es regnete.", "That happened in 2024.",
                 "That happened in 2024.", [], id="suggestion-distrusted-beside-an-omission"),
    pytest.param("Er hat es gesagt.", "He said it said it said it.",
                 "He said it.", [("loop_removed", True)], id="decoder-loop"),
    pytest.param("Er hatte genug.", "He had had enough.",
                 "He had had enough.", [], id="allowed-double-not-flagged"),
    pytest.param("Es kamen 12 Leute.", "13 people came.",
                 "13 people came.", [], id="no-rule-for-a-wrong-number"),
]


@pytest.mark.parametrize("de, en, expected, attempts", ENGLISH_FIX_CASES)
def test_english_side(de, en, expected, attempts):
    [(text, corrections)] = _correct(_units((de, en)))
    assert text == expected
    assert _attempts(corrections) == attempts
    for c in corrections:
        assert c.before == en
        assert c.after == (expected if c.cleared else en)


# --- German-side faults: mirrored in English without a model, repaired and retranslated with one --

SPLIT_DE = "„Wir kommen.“ „Eine klare Antwort“, sagte Blinken."
SPLIT_EN = "“We are coming.” “A clear answer,” said Blinken."
JOINED_DE = "„Wir kommen eine klare Antwort“, sagte Blinken."
YEAR_DOC = [("Im Oktober 2024 kamen die Truppen.", "In October 2024 the troops came."),
            ("Sie kämpften im Jahr 2019 in Kursk.", "They fought in 2019 in Kursk.")]

SOURCE_CASES = [
    pytest.param([(SPLIT_DE, SPLIT_EN)], None, 0, "“We are coming a clear answer,” said Blinken.",
                 [("quote_rejoined_both", True), ("quote_rejoined", True)], id="split-quote-mirrored-without-model"),
    pytest.param([(SPLIT_DE, SPLIT_EN)], {JOINED_DE: "“We are coming with a clear answer,” said Blinken."}, 0,
                 "“We are coming with a clear answer,” said Blinken.", [("source_repair", True), ("quote_rejoined", True)],
                 id="split-quote-retranslated"),
    pytest.param([(SPLIT_DE, SPLIT_EN)], {JOINED_DE: "“We are coming coming coming,” said Blinken."}, 0,
                 "“We are coming a clear answer,” said Blinken.",
                 [("source_repair", False), ("quote_rejoined_both", True), ("quote_rejoined", True)],
                 id="retranslation-with-new-flag-refused"),
    pytest.param([(SPLIT_DE, SPLIT_EN)], {JOINED_DE: SPLIT_EN}, 0, "“We are coming a clear answer,” said Blinken.",
                 [("quote_rejoined_both", True), ("quote_rejoined", True)], id="retranslation-unchanged-is-no-correction"),
    pytest.param(YEAR_DOC, None, 1, "They fought in Kursk.", [("year_dropped_both", True)],
                 id="stray-year-dropped-without-model"),
    pytest.param(YEAR_DOC, {"Sie kämpften in Kursk.": "They were fighting in Kursk."}, 1,
                 "They were fighting in Kursk.", [("source_repair", True)], id="stray-year-retranslated"),
]


@pytest.mark.parametrize("pairs, table, at, expected, attempts", SOURCE_CASES)
def test_source_side_faults(pairs, table, at, expected, attempts):
    translator = TableTranslator(table) if table is not None else None
    results = _correct(_units(*pairs), translator)
    text, corrections = results[at]
    assert text == expected
    assert _attempts(corrections) == attempts
    for i, (de, en) in enumerate(pairs):
        if i != at:
            assert results[i] == (en, ())


def test_source_repair_records_the_repaired_german_and_what_failed():
    [(text, corrections)] = _correct(_units((SPLIT_DE, SPLIT_EN)),
                                     TableTranslator({JOINED_DE: "“We are coming coming coming,” said Blinken."}))
    refused = corrections[0]
    assert refused.rule == "source_repair" and not refused.cleared
    from pipeline import lexicon

    # The loop also took the place of „eine klare Antwort“: the lexicon knows that word was rendered.
    lost = ("German 'Antwort' no longer rendered",) if lexicon.load() else ()
    assert refused.new_flags == lost + ("t_repeats",)
    assert compose(SPLIT_DE, refused.edits, Side.SOURCE) == JOINED_DE
    assert compose(SPLIT_EN, refused.edits) == "“We are coming coming coming,” said Blinken."
    assert refused.after == refused.before == SPLIT_EN


def test_source_repair_translates_only_changed_sentences():
    de = "Er kam. " + SPLIT_DE
    en = "He came. " + SPLIT_EN
    units = [Unit(id="u", source=de, translation=en, doc_id="d",
                  translations=(Translation("Er kam.", "He came."), Translation(SPLIT_DE, SPLIT_EN)))]
    translator = TableTranslator({JOINED_DE: "“We come with a clear answer,” said Blinken."})
    [(text, corrections)] = _correct(units, translator)
    assert translator.calls == [[JOINED_DE]]
    assert text == "He came. “We come with a clear answer,” said Blinken."


# --- nbest ----------------------------------------------------------------------------------------

def _nbest_unit(de, hyps, prefix=()):
    """A unit whose last sentence has n-best ``hyps`` (text, score); ``prefix`` sentences are fixed."""
    trans = tuple(Translation(s, s.upper(), -0.1, (Hypothesis(s.upper(), -0.1),)) for s in prefix)
    last = Translation(de, hyps[0][0], hyps[0][1], tuple(Hypothesis(t, s) for t, s in hyps))
    trans += (last,)
    source = " ".join(list(prefix) + [de])
    return Unit(id="u", source=source, translation=join_sentences(t.best for t in trans),
                doc_id="d", translations=trans)


NBEST_CASES = [
    pytest.param("Er hat 13 Hunde.", [("He has 12 dogs.", -0.1), ("He has 13 dogs.", -0.3),
                                      ("He has thirteen dogs.", -0.2)],
                 "He has 13 dogs.", [("nbest", False), ("nbest", True)], id="picks-the-hypothesis-that-clears"),
    pytest.param("Er hat 13 Hunde.", [("He has 12 dogs.", -0.1), ("He has 13 dogs dogs dogs.", -0.2),
                                      ("He has 13 dogs.", -0.4)],
                 "He has 13 dogs.", [("nbest", False), ("nbest", True)], id="skips-a-hypothesis-with-a-new-flag"),
    pytest.param("Er hat 13 Hunde.", [("He has 12 dogs.", -0.1), ("He has 14 dogs.", -0.3)],
                 "He has 12 dogs.", [("nbest", False)], id="none-clears"),
]


@pytest.mark.parametrize("de, hyps, expected, attempts", NBEST_CASES)
def test_nbest(de, hyps, expected, attempts):
    [(text, corrections)] = _correct([_nbest_unit(de, hyps)])
    assert text == expected
    assert _attempts(corrections) == attempts


def test_nbest_changes_only_the_flagged_sentence():
    unit = _nbest_unit("Er hat 13 Hunde.", [("He has 12 dogs.", -0.1), ("He has 13 dogs.", -0.3)],
                       prefix=("Es regnet.",))
    [(text, corrections)] = _correct([unit])
    assert text == "ES REGNET. He has 13 dogs."
    assert all(e.start >= len("ES REGNET. ") for c in corrections for e in c.edits)


# --- general behaviour ----------------------------------------------------------------------------

def test_clean_units_are_untouched_and_info_flags_ignored():
    units = _units(("Er kam am Montag.", "He came on Monday."))
    info = [[Flag("x", Category.OTHER, Severity.INFO, Side.TRANSLATION, "weak")]]
    assert correct.correct_document(units, info, None, CONFIG) == [Corrected(text="He came on Monday.")]


def test_flag_count_must_match_units():
    with pytest.raises(ValueError):
        correct.correct_document(_units(("a", "b")), [], None, CONFIG)


@pytest.mark.parametrize("suggestion, text, expected", [
    pytest.param("That happened in 2014.", "That happened in 2024.", True, id="edited-string"),
    pytest.param("drop the year", "That happened in 2024 in Kursk and elsewhere.", False, id="instruction"),
    pytest.param(None, "anything", False, id="none"),
    pytest.param("same", "same", False, id="unchanged"),
])
def test_full_text(suggestion, text, expected):
    assert correct.full_text(suggestion, text) is expected


@pytest.mark.parametrize("before, after, changed", [
    pytest.param("He came on Saturday.", "He came on Sunday.", ("Saturday", "Sunday"), id="whole-word-not-atur-un"),
    pytest.param("More than 10.000 came.", "More than 10,000 came.", (".", ","), id="separator-only"),
    pytest.param("„Wir kommen“, sagte er.", "“Wir kommen”, sagte er.", ("„Wir kommen“", "“Wir kommen”"),
                 id="two-changes-and-between"),
    pytest.param("Same.", "Same.", ("", ""), id="unchanged"),
])
def test_single_edit_is_whole_words(before, after, changed):
    from pipeline.correct.suggestion import single_edit

    e = single_edit(before, after, "f")
    assert (before[e.start:e.end], e.replacement) == changed
    assert compose(before, [e]) == after


@pytest.mark.parametrize("de, en_before, en_after, de_after, lost", [
    pytest.param("Elf Spieler und zwei Trainer.", "Eleven players and three coaches.",
                 "Two players and three coaches.", None, ["Elf"], id="pairs-one-by-unpairing-another"),
    pytest.param("Mehr als 10.000 Soldaten.", "More than 10,000 soldiers.", "More than 10 soldiers.", None,
                 ["10.000"], id="number-cut-short"),
    pytest.param("Bisher 147.253 Tests.", "So far 14725 tests.", "So far 147,253 tests.", None, [],
                 id="number-restored"),
    pytest.param("Sie kämpften im Jahr 2019 in Kursk.", "They fought in 2019 in Kursk.", "They fought in Kursk.",
                 "Sie kämpften in Kursk.", [], id="year-dropped-on-both-sides"),
])
def test_numbers_lost_guard(de, en_before, en_after, de_after, lost):
    before = Unit(id="u", source=de, translation=en_before)
    after = Unit(id="u", source=de_after or de, translation=en_after)
    assert correct.numbers_lost(before, after) == lost


@pytest.mark.parametrize("de, en_before, en_after, de_after, lost", [
    pytest.param("In der Sendung „Das aktuelle Sportstudio“ sprach er.", "He spoke on Das aktuelle Sportstudio.",
                 "He spoke on Person aktuelle Sportstudio.", None, ["Das"], id="name-replaced"),
    pytest.param("Cardi B sang.", "Cardi B sang Cardi B sang.", "Cardi B sang.", None, [], id="loop-keeps-a-copy"),
    pytest.param("Mehr als 10.000 Soldaten.", "More than 10.000 soldiers.", "More than 10,000 soldiers.", None, [],
                 id="number-reformatted"),
    pytest.param("Sie kämpften im Jahr 2019 in Kursk.", "They fought in 2019 in Kursk.", "They fought in Kursk.",
                 "Sie kämpften in Kursk.", [], id="year-dropped-on-both-sides"),
    pytest.param("Sie kämpften im Jahr 2019 in Kursk.", "They fought in 2019 in Kursk.", "They fought in Kursk.",
                 None, ["2019"], id="year-dropped-in-english-only"),
])
def test_carried_lost_guard(de, en_before, en_after, de_after, lost):
    before = Unit(id="u", source=de, translation=en_before)
    after = Unit(id="u", source=de_after or de, translation=en_after)
    assert correct.carried_lost(before, after) == lost


# --- edits per flag: compose, alternatives, what is applied -------------------------------------------

COMPOSE_CASES = [
    pytest.param("Am 6. August kamen 10.000 Soldaten.", "On 6. August 10.000 soldiers came.",
                 "On August 6 10,000 soldiers came.", 2, id="two-flags-two-families-compose"),
    pytest.param("Das geschah 2014 und 2016.", "That happened in 2024 and 2016 and 2016 and 2016.",
                 "That happened in 2014 and 2016.", 2, id="year-and-loop-compose"),
    pytest.param("Er sagte: „Wir kommen.“", "He said: „We are coming.“",
                 "He said: “We are coming.”", 1, id="same-edit-for-two-flags-applied-once"),
]


@pytest.mark.parametrize("de, en, expected, n_applied", COMPOSE_CASES)
def test_corrected_is_the_composition_of_the_applied_flags_edits(de, en, expected, n_applied):
    units = _units((de, en))
    flags = runner.run_checks(units, CONFIG)
    [result] = correct.correct_document(units, flags, None, CONFIG)
    assert result.text == expected
    assert len(result.applied) == n_applied
    ids = {f.id for f in flags[0]}
    assert set(result.applied) <= ids and {e.flag for e in result.edits} <= ids
    assert compose(en, [e for e in result.edits if e.flag in result.applied]) == expected
    # Edits of different applied flags never compete; those that would are alternatives.
    applied_edits = [e for e in result.edits if e.flag in result.applied]
    assert alternatives(applied_edits) == []


def test_overlapping_suggestions_are_alternatives_not_both_applied():
    # Two German quotation marks, two flags; each flag's suggestion converts every mark.
    units = _units(("Er sagte: „Wir kommen.“", "He said: „We are coming.“"))
    flags = runner.run_checks(units, CONFIG)
    [result] = correct.correct_document(units, flags, None, CONFIG)
    groups = alternatives(result.edits)
    assert groups and all(len({e.flag for e in g}) == 2 for g in groups)
    assert len(result.applied) == 1


def test_only_flags_of_the_applied_severities_change_the_text():
    units = _units(("Mehr als 10.000 Soldaten kamen.", "More than 10.000 soldiers came."))
    flags = runner.run_checks(units, CONFIG)
    [result] = correct.correct_document(units, flags, None, CONFIG, apply=())
    assert result.text == "More than 10.000 soldiers came." and result.applied == ()
    assert compose(result.text, result.edits) == "More than 10,000 soldiers came."


def test_failed_attempts_are_recorded_but_not_proposed():
    units = _units(("Er sagte: „Wir kommen.“", "He said: „We are coming."))
    flags = runner.run_checks(units, CONFIG)
    [result] = correct.correct_document(units, flags, None, CONFIG)
    assert result.edits == () and result.applied == ()
    assert [c.cleared for c in result.corrections] == [False]
    assert result.corrections[0].edits  # what was tried, for the record


def test_rechecks_per_paragraph_are_capped():
    hyps = [(f"He has {n} dogs.", -0.1 * n) for n in range(20, 60)]
    unit = _nbest_unit("Er hat 13 Hunde.", hyps)
    flags = runner.run_checks([unit], CONFIG)
    doc = correct.Document(units=[unit], flags=flags, config=CONFIG)
    correct.correct_unit(doc, 0, None, correct.APPLY)
    assert doc.rechecks <= correct.MAX_TRIES_PER_FLAG


def test_every_rule_is_documented_and_answers_some_category():
    assert correct.RULES
    for spec in correct.RULES.values():
        assert spec.title and spec.categories
