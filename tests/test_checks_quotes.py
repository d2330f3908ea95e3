"""Quotation checks: split quotations, unbalanced marks, quotations lost in the English."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.registry import REGISTRY
from pipeline.checks.quotes import balance, splits
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Side, Unit

CONFIG = load_config()
SEED = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def flags(check_id: str, source: str, translation: str | None, doc: list[str] = ()) -> list:
    units = [Unit(id="u0", source=source, translation=translation, doc_id="d")]
    units += [Unit(id=f"u{i + 1}", source=s, translation=None, doc_id="d") for i, s in enumerate(doc)]
    return [f for f in run_checks(units, CONFIG)[0] if f.check == check_id]


def counted(fl) -> list:
    return [f for f in fl if f.severity is not Severity.INFO]


# (id, German, English, text the source span must cover or None)
SPLIT_FAILS = [
    ("seed-style-curly",
     "„Wir werden die Ukraine weiter unterstützen und.“ „So lange wie nötig“, sagte Scholz am Montag.",
     "“We will continue to support Ukraine and.” “For as long as it takes,” Scholz said on Monday.",
     "und.“ „So lange wie nötig“"),
    ("straight-marks",
     'Der Trainer sagte: "Wir haben heute gut gespielt und am Ende." "Verdient gewonnen", so Müller.',
     'The coach said: "We played well today and in the end." "Deservedly won," said Müller.',
     'Ende." "Verdient gewonnen"'),
    ("guillemets",
     "»Das Gericht hat heute entschieden, dass die.« »Klage abgewiesen wird«, teilte die Sprecherin mit.",
     "“The court decided today that the.” “Lawsuit is dismissed,” the spokeswoman said.",
     "die.« »Klage abgewiesen wird«"),
]
SPLIT_PASSES = [
    # A quoted title opening the next English sentence where the German has none: no cut quotation.
    ("title-opens-next-sentence", "Sie lobte: „Max hat dem Jedermann eine neue Verletzlichkeit gegeben.“ Der „Jedermann“ "
     "steht noch 14-mal auf dem Spielplan.", "She praised: “Max has given Jedermann a new vulnerability.” “Jedermann” "
     "will be performed 14 more times."),
    ("one-quotation", "„Das ist ein guter Tag für Europa“, sagte von der Leyen.",
     "“This is a good day for Europe,” said von der Leyen."),
    ("two-speakers", "„Ja“, sagte er. „Nein“, sagte sie.", "“Yes,” he said. “No,” she said."),
    ("colon-list", 'Sie nannten es "mutig": "ein guter Anfang" und "längst überfällig".',
     'They called it "brave": "a good start" and "long overdue".'),
    ("long-second-quote",
     "„Wir sind zufrieden.“ „Die Mannschaft hat in allen Bereichen des Spiels gezeigt, was sie kann und wie sie arbeitet“, sagte er.",
     "“We are satisfied.” “The team has shown in every part of the game what it can do and how it works,” he said."),
]


@pytest.mark.parametrize("case_id,de,en,span_text", SPLIT_FAILS, ids=[c[0] for c in SPLIT_FAILS])
def test_quote_split_flags_both_sides(case_id, de, en, span_text):
    fl = counted(flags("quote_split", de, en))
    src = [f for f in fl if f.side is Side.SOURCE]
    tr = [f for f in fl if f.side is Side.TRANSLATION]
    assert len(src) == 1 and len(tr) == 1
    f = src[0]
    assert f.category is Category.QUOTE
    a, b = f.source_span
    assert de[a:b] == span_text
    # The suggestion is the German with the two quotations joined into one.
    assert f.suggestion.count("„") + f.suggestion.count("»") + f.suggestion.count('"') < \
        de.count("„") + de.count("»") + de.count('"')
    a, b = tr[0].translation_span
    assert en[a:b].count("“") + en[a:b].count('"') >= 1


@pytest.mark.parametrize("case_id,de,en", SPLIT_PASSES, ids=[c[0] for c in SPLIT_PASSES])
def test_quote_split_passes(case_id, de, en):
    assert counted(flags("quote_split", de, en)) == []


def test_quote_split_rejoins_with_lower_case_function_word():
    s = splits("„Wir fordern das und.“ „Die Regierung muss handeln“, sagte sie.", "de",
               frozenset({"die"}))
    assert s[0].rejoined == "„Wir fordern das und die Regierung muss handeln“, sagte sie."
    s = splits("“We demand this and.” “The government must act,” she said.", "en", frozenset())
    assert s[0].rejoined == "“We demand this and the government must act,” she said."


def test_seed_broken_quotation_is_flagged_on_german_alone():
    assert SEED, "the seed article is missing"
    paragraphs = SEED[0].read_text(encoding="utf-8").splitlines()
    units = [Unit(id=f"p{i}", source=p, translation=None, doc_id="seed") for i, p in enumerate(paragraphs)]
    out = run_checks(units, CONFIG, source_only=True)
    split = [(i, f) for i, fl in enumerate(out) for f in fl if f.check == "quote_split"]
    assert len(split) == 1
    i, f = split[0]
    assert f.side is Side.SOURCE and f.severity is Severity(load_config().params("quote_split").get(
        "severity", REGISTRY["quote_split"].severity.value))
    assert paragraphs[i][f.source_span[0]:f.source_span[1]] == "wird.“ „Eine klare Antwort“"
    assert "bekommen wird eine klare Antwort“, sagte Blinken" in f.suggestion
    mine = {"quote_split", "quote_balance_source"}
    others = {j for j, fl in enumerate(out) for g in fl
              if g.check in mine and g.severity is not Severity.INFO and j != i}
    assert len(others) <= 2


# (id, German, English, marked word in the English span, counted)
BALANCE_CASES = [
    ("dropped-opening", "Sie nannte den Plan „völlig unrealistisch“.",
     'She called the plan completely unrealistic".', 'unrealistic".', True),
    ("dropped-closing", 'Der Minister sprach von einem "historischen Tag" und reiste ab.',
     'The minister spoke of a "historic day and left.', '"historic', True),
    ("added-mark", "Der Verein feierte den Aufstieg.", 'The club celebrated "its promotion.', '"its', True),
    ("curly-dropped-closing", "Er sagte: „Wir kommen wieder.“ Dann ging er.",
     "He said: “We will come back. Then he left.", "“We", True),
    ("german-odd-too", '"Wir bleiben hier, so lange es geht.',
     '"We will stay here as long as we can.', '"We', False),
    ("guillemet-closing-dropped", "»Smart Stone« leuchtet sechsfarbig.", "»Smart Stone glows in six colours.",
     "»Smart", True),
    ("german-low-closing-dropped", "„Nie wieder“, sagte sie.", "„Never again, she said.", "„Never", True),
]
BALANCE_PASSES = [
    ("balanced-straight", 'Er nannte das "Unsinn".', 'He called it "nonsense".'),
    ("balanced-curly", "„Nie wieder“, sagte sie.", "“Never again,” she said."),
    ("quotes-dropped-evenly", "Sie sprach von „Respekt“.", "She spoke of respect."),
    ("apostrophes", "Sotheby's versteigert das Bild.", "Sotheby’s is auctioning the painting, it’s said."),
    ("inner-mark-after-dash", 'Er sagte: "Das ist -" und brach ab.', 'He said: "That is -" and broke off.'),
    # Typographic variants an English text keeps from its German source.
    ("german-guillemets", "»Smart Stone« nutzt einen Akku im Format (»AA«).",
     "»Smart Stone« uses a battery in the (»AA«) format."),
    ("french-guillemets", "»Smart Stone« leuchtet.", "«Smart Stone» glows."),
    ("german-low-high", "„Nie wieder“, sagte sie.", "„Never again“, she said."),
    ("english-open-as-close", '"Der beste Spielmacher, den ich je trainiert habe", lobte Gleim.',
     "“The best playmaker I have ever coached,“ Gleim praised."),
    ("nested-single", "Er sagte: „Sie nannte es ‚Unsinn‘.“", "He said: “She called it ‘nonsense’.”"),
    ("nested-double-in-guillemets", "»Er rief „Halt!“ und lief«, sagte sie.",
     "“He shouted ‘Stop!’ and ran,” she said."),
]


@pytest.mark.parametrize("case_id,de,en,marked,is_counted", BALANCE_CASES, ids=[c[0] for c in BALANCE_CASES])
def test_quote_balance_flags(case_id, de, en, marked, is_counted):
    fl = flags("quote_balance", de, en)
    assert len(fl) == 1
    f = fl[0]
    assert f.category is Category.QUOTE
    assert (f.severity is not Severity.INFO) == is_counted
    a, b = f.translation_span
    assert en[a:b] == marked


@pytest.mark.parametrize("case_id,de,en", BALANCE_PASSES, ids=[c[0] for c in BALANCE_PASSES])
def test_quote_balance_passes(case_id, de, en):
    assert flags("quote_balance", de, en) == []


# (id, German, English, the word and mark flagged or None when nothing is, the English suggested)
CLOSING_MARK_CASES = [
    ("attribution", '"Der beste Spielmacher, den ich je trainiert habe", lobte Gleim.',
     "“The best playmaker I have ever coached,“ Gleim praised.", "coached,“",
     "“The best playmaker I have ever coached,” Gleim praised."),
    ("second-of-two", "„Ja“ und „Nein“.", "“Yes” and “No“.", "“No“.", "“Yes” and “No”."),
    ("nickname", "James Cleveland „Jesse“ Owens", "James Cleveland “Jesse“ Owens", "“Jesse“",
     "James Cleveland “Jesse” Owens"),
    ("title-before-paren", "Kanuni („der Gesetzgeber“)", "Kanuni (“the Lawgiver“)", "Lawgiver“)",
     "Kanuni (“the Lawgiver”)"),
    ("english-marks", "„Ja“ und „Nein“.", "“Yes” and “No”.", None, None),
    ("german-marks-kept", "„Ja“ und „Nein“.", "„Yes“ and „No“.", None, None),
    ("straight-marks", '"Ja" und "Nein".', '"Yes" and "No".', None, None),
    ("unbalanced-is-not-this-check", "„Ja“, sagte er.", "“Yes, he said.", None, None),
]


@pytest.mark.parametrize("case_id,de,en,marked,fixed", CLOSING_MARK_CASES, ids=[c[0] for c in CLOSING_MARK_CASES])
def test_quote_closing_mark(case_id, de, en, marked, fixed):
    fl = counted(flags("quote_closing_mark", de, en))
    if marked is None:
        assert fl == []
        return
    assert len(fl) == 1 and fl[0].category is Category.QUOTE
    assert en[slice(*fl[0].translation_span)] == marked
    assert fl[0].suggestion == fixed


def test_balance_reads_straight_marks_by_their_neighbours():
    n, orphans = balance('Er sagte "ja" und "nein', "de")
    assert n == 3 and [o.pos for o in orphans] == [18]
    assert balance("„Zitat“ und »noch eins«", "de") == (4, [])


def test_german_unbalanced_warns_alone_and_informs_beside_a_translation():
    de = "Der Sprecher sagte, man wolle „alles prüfen."
    alone = flags("quote_balance_source", de, None)
    assert [f.severity for f in alone] == [Severity.WARNING]
    assert de[slice(*alone[0].source_span)] == "„alles"
    paired = flags("quote_balance_source", de, "The spokesman said they wanted to check everything.")
    assert [f.severity for f in paired] == [Severity.INFO]


def test_quotation_running_on_into_the_next_paragraph_is_informational():
    fl = flags("quote_balance_source", "„Wir haben lange gewartet.", None, doc=["„Jetzt ist es so weit“, sagte sie."])
    assert [f.severity for f in fl] == [Severity.INFO]


def test_quote_missing_is_informational_by_default():
    de = "Er sprach von einem „Neuanfang“ und einer „Zeitenwende“."
    fl = flags("quote_missing", de, "He spoke of a new beginning and a turning point.")
    assert len(fl) == 1 and fl[0].severity is Severity.INFO
    assert de[slice(*fl[0].source_span)] in ("„Neuanfang“", "„Zeitenwende“")
    assert flags("quote_missing", de, "He spoke of a “new beginning” and a “turning point”.") == []
