"""number_mismatch: values agree across German and English formats, words, units and times."""
import pytest

from pipeline.checks.numbers import read_numerals
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit

CHECK = "number_mismatch"


def flags_for(source, translation, check=CHECK):
    return run_checks([Unit(id="u", source=source, translation=translation)], only={check})[0]


def counted(flags):
    return [f for f in flags if f.severity != Severity.INFO]


PASSING = [
    ("german-thousands", "Mehr als 10.000 Soldaten wurden verlegt.", "More than 10,000 soldiers were moved."),
    ("decimal-comma", "Die Inflation lag bei 2,5 Prozent.", "Inflation was 2.5 percent."),
    ("mio-scale", "Die Stadt erhält 1,5 Mio. Euro vom Land.", "The city receives €1.5 million from the state."),
    ("mrd-glued-bn", "Der Konzern verlor 3 Mrd. Dollar.", "The group lost $3bn."),
    ("mrd-spelled-out", "Die Republikaner wollen 12 Mrd. $ für die Mauer.",
     "The Republicans want twelve billion dollars for the wall."),
    ("zwei-dutzend", "Sie eroberten mehr als zwei Dutzend Siedlungen.", "They captured more than two dozen settlements."),
    ("digits-vs-dozen", "Es kamen 24 Gäste.", "Two dozen guests came."),
    ("digit-vs-word", "Die 3 Kinder schliefen.", "The three children slept."),
    ("compound-word", "Es waren 25 Teilnehmer.", "There were twenty-five participants."),
    ("clock-24h-vs-pm", "Das Spiel beginnt um 19 Uhr.", "The game starts at 7 p.m."),
    ("clock-dot-vs-colon", "Stand: 8.00 Uhr, 4.840 Fälle.", "As of 8:00 a.m., 4,840 cases."),
    ("metres-vs-feet", "Der fast 3000 Meter hohe Berg.", "The almost 10,000-foot-high mountain."),
    ("km-vs-miles", "in rund sieben Kilometern Tiefe", "at a depth of about 4.3 miles"),
    ("celsius-vs-fahrenheit", "Es wurden 40 Grad gemessen.", "Temperatures reached 104 degrees Fahrenheit."),
    ("date-day-is-no-count", "Am 6. August marschierten sie ein.", "They invaded on August 6."),
    ("score-colon-vs-dash", "Bamberg siegte mit 84:80 (39:37).", "Bamberg won 84-80 (39-37)."),
    ("percent-sign", "Die Zahl sank um 28 Prozent.", "The number fell by 28%."),
    ("decade", "Das war in den 90er Jahren.", "That was in the 1990s."),
    ("space-grouping", "Bis 1991 wurden noch 10 000 Wägen rangiert.", "Until 1991, 10,000 wagons were shunted."),
    ("english-keeps-german-grouping", "Es gab 4.840 Tests.", "There were 4.840 tests."),
    ("ordinal-rank-is-no-count", "Die Weltranglisten-Dritte verlor 6:2.", "The world number three lost 6-2."),
    ("hyphenated-age", "Ein vierjähriges Kind und 3 Erwachsene.", "A four-year-old child and 3 adults."),
    ("article-is-no-number", "Ein Mann und 2 Frauen kamen.", "A man and 2 women came."),
    ("full-hour-bare", "Am Sonntag kurz vor 6 Uhr meldete ein Autofahrer zwei Pferde.",
     "Shortly before 6 on Sunday morning, a driver reported two horses."),
    ("glued-m-as-minute", "Luca Rehberg (26.) verpasste die Führung.", "Luca Rehberg (26m) missed the lead."),
    ("glued-m-as-million", "Der Verein zahlte 26 Millionen Euro.", "The club paid 26m euros."),
]


@pytest.mark.parametrize("source,translation", [c[1:] for c in PASSING], ids=[c[0] for c in PASSING])
def test_passes(source, translation):
    assert counted(flags_for(source, translation)) == []


FAILING = [
    # id, German, English, flagged English text, suggestion (None: no automatic fix)
    ("count-times-ten", "Die Feuerwehr war mit rund 200 Löschfahrzeugen im Einsatz.",
     "The fire department deployed around 2000 fire engines.", "2000",
     "The fire department deployed around 200 fire engines."),
    ("thousands-dropped", "Höchstens 18.000 Flüchtlinge sollen aufgenommen werden.",
     "At most 1,800 refugees are to be admitted.", "1,800", "At most 18,000 refugees are to be admitted."),
    ("scale-kept-number-changed", "Das Paket umfasst 72 Milliarden Euro.", "The package comprises €720 billion.",
     "720 billion", "The package comprises €72 billion."),
    ("decimal-lost", "Die Quote stieg auf 2,5 Prozent.", "The rate rose to 25 percent.", "25",
     "The rate rose to 2.5 percent."),
    ("digits-swapped", "Die 18 Verletzten wurden versorgt.", "The 81 injured were treated.", "81",
     "The 18 injured were treated."),
    ("false-friend-billion", "Der Haushalt umfasst 1,3 Billionen Dollar.", "The budget covers $1.3 billion.",
     "1.3 billion", "The budget covers $1,300 billion."),
    ("clock-changed", "Der Anstoß ist um 19 Uhr.", "Kick-off is at 9 p.m.", "9 p.m.", None),
    ("number-word-changed", "Bei dem Unfall wurden 4 Menschen verletzt.", "Five people were injured in the accident.",
     "Five", "Four people were injured in the accident."),
    ("same-unit-no-rounding", "Der 36 Kilometer lange Radweg.", "The 35-kilometer cycle track.", "35",
     "The 36-kilometer cycle track."),
    ("money-glued-m-is-millions", "Der Verein zahlte 16 Millionen Euro.", "The club paid €26m.", "26m",
     "The club paid €16m."),
]


@pytest.mark.parametrize("source,translation,flagged,suggestion", [c[1:] for c in FAILING],
                         ids=[c[0] for c in FAILING])
def test_fails(source, translation, flagged, suggestion):
    flags = counted(flags_for(source, translation))
    assert len(flags) == 1
    f = flags[0]
    assert f.category == Category.NUMBER
    assert translation[f.translation_span[0]:f.translation_span[1]] == flagged
    assert f.source_span is not None and source[f.source_span[0]:f.source_span[1]].strip()
    assert f.suggestion == suggestion
    assert f.score == 1.0 and f.threshold == 0.0


def test_english_number_without_german_partner_is_only_info():
    # Nothing in the German is left over: a rewording (here an added count) is worth a look, not an error.
    flags = flags_for("Er kam allein.", "He came alone, 1 of them.")
    assert flags and all(f.severity == Severity.INFO for f in flags)


READINGS = [
    ("de", "10.000", {10000.0}), ("de", "2,5", {2.5}), ("de", "1,5 Mio.", {1.5e6}), ("de", "3 Mrd.", {3e9}),
    ("de", "1.234.567", {1234567.0}), ("de", "zwei Dutzend", {24.0}), ("de", "dreihundert", {300.0}),
    ("en", "10,000", {10000.0}), ("en", "2.5", {2.5}), ("en", "$1.5 million", {1.5e6}),
    ("en", "€12.5m", {12.5e6}), ("en", "two dozen", {24.0}), ("en", "1.500", {1.5, 1500.0}),
    ("en", "26m", {26e6, 26.0}), ("en", "$5bn", {5e9}),
]


@pytest.mark.parametrize("lang,text,values", READINGS, ids=[f"{c[0]}:{c[1]}" for c in READINGS])
def test_reads_values_in_each_language(lang, text, values):
    nums = read_numerals(text, lang)
    assert len(nums) == 1 and set(nums[0].values) == values
