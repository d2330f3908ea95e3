"""Names: every name of the English comes from the German, up to transliteration."""
from __future__ import annotations

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.lang.words import spelling_key
from pipeline.records import Category, Severity, Unit

CONFIG = load_config()


def flags(source: str, translation: str, doc: list[str] = ()) -> list:
    units = [Unit(id="u0", source=source, translation=translation, doc_id="d")]
    units += [Unit(id=f"u{i + 1}", source=s, translation="", doc_id="d") for i, s in enumerate(doc)]
    return [f for f in run_checks(units, CONFIG)[0] if f.check == "name_mismatch"]


def counted(fl) -> list:
    return [f for f in fl if f.severity is not Severity.INFO]


# (id, German, English, English name the span covers)
FAILS = [
    ("person-replaced", "Bundeskanzler Olaf Scholz traf am Montag den Präsidenten Frankreichs.",
     "Chancellor Boris Pistorius met the President of France on Monday.", "Boris Pistorius"),
    ("surname-replaced", "Der Stürmer Kramaric erzielte in der 80. Minute das Siegtor.",
     "Striker Lewandowski scored the winning goal in the 80th minute.", "Lewandowski"),
    ("town-replaced", "Die Messe in Hamburg zog 30.000 Besucher an.",
     "The fair in Salzburg attracted 30,000 visitors.", "Salzburg"),
    ("first-name-replaced", "Personalchef Manfred Bobke-von Camen geht in den Ruhestand.",
     "HR director Tesla Bobke-von Camen is retiring.", "Tesla Bobke-von Camen"),
]
PASSES = [
    ("transliteration-peskov", "Kreml-Sprecher Dmitri Peskow äußerte sich nicht.",
     "Kremlin spokesman Dmitry Peskov did not comment."),
    ("transliteration-zelensky", "Das sagte Präsident Wolodymyr Selenskyj in Kiew.",
     "President Volodymyr Zelensky said this in Kyiv."),
    ("transliteration-tchaikovsky", "Das Orchester spielte Tschaikowski und Schostakowitsch.",
     "The orchestra played Tchaikovsky and Shostakovich."),
    ("exonyms", "Von München über Köln nach Moskau und Peking.",
     "From Munich via Cologne to Moscow and Beijing."),
    ("adjective-of-place", "Die russischen und türkischen Behörden schwiegen.",
     "The Russian and Turkish authorities were silent."),
    ("inhabitants", "Die Bonner Staatsanwaltschaft ermittelt.", "The Bonn public prosecutor is investigating."),
    ("title-words", "Die Universität Hamburg und das Rote Kreuz luden ein.",
     "The University of Hamburg and the Red Cross sent invitations."),
    ("compound", "Er lebt in Babenhausen im Unterallgäu.", "He lives in Babenhausen in Lower Allgäu."),
    ("headline-title-case", "Brexit-Debatte ist wie ein Spaziergang im Park",
     "Brexit Debate Is Like A Walk In The Park"),
    ("name-from-earlier-paragraph", "Özil sagte dem DFB ab.", "Mesut Özil turned the DFB down.",),
]
# Added for clarity by the translator: reported, but informational.
INFO = [
    ("first-name-completed", "Lohan bekam eine Ohrfeige.", "Lindsay Lohan got slapped.", "Lindsay Lohan"),
    ("country-added", "Viele Bundesbürger fahren im Sommer ans Meer.",
     "Many German citizens go to the sea in summer.", "German"),
]


@pytest.mark.parametrize("case_id,de,en,name", FAILS, ids=[c[0] for c in FAILS])
def test_name_mismatch_flags(case_id, de, en, name):
    fl = counted(flags(de, en))
    assert len(fl) == 1
    f = fl[0]
    assert f.category is Category.NAME
    assert en[f.translation_span[0]:f.translation_span[1]] == name


@pytest.mark.parametrize("case_id,de,en", PASSES, ids=[c[0] for c in PASSES])
def test_name_mismatch_passes(case_id, de, en):
    assert counted(flags(de, en)) == []


@pytest.mark.parametrize("case_id,de,en,name", INFO, ids=[c[0] for c in INFO])
def test_names_added_for_clarity_are_informational(case_id, de, en, name):
    fl = flags(de, en)
    assert [f.severity for f in fl] == [Severity.INFO]
    assert en[slice(*fl[0].translation_span)] == name


def test_a_name_known_from_the_article_is_no_mismatch():
    fl = flags("Er sagte dem DFB ab.", "Mesut Özil turned the DFB down.", doc=["Mesut Özil tritt zurück."])
    assert counted(fl) == []


def test_replaced_single_name_gets_the_german_name_as_suggestion():
    (f,) = counted(flags("Die Messe in Hamburg zog 30.000 Besucher an.", "The fair in Salzburg attracted 30,000 visitors."))
    assert f.suggestion == "The fair in Hamburg attracted 30,000 visitors."


@pytest.mark.parametrize("a,b", [("Peskow", "Peskov"), ("Selenskyj", "Zelensky"), ("Schröder", "Schroeder"),
                                 ("Tschaikowski", "Tchaikovsky"), ("Jelzin", "Jelzin"), ("Kairo", "Cairo")],
                         ids=["ow-ov", "j-y-z-s", "umlaut", "tsch-ch-w-v", "same", "k-c"])
def test_spelling_key_equates_transliterations(a, b):
    assert spelling_key(a) == spelling_key(b)


def test_spelling_key_keeps_different_names_apart():
    assert spelling_key("Merkel") != spelling_key("Macron")
