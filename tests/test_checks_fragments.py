"""Fragments: an English sentence with no verb where its German sentence has one."""
from __future__ import annotations

import pytest

from pipeline.checks.fragments import verbless
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit


def flags(source: str, translation: str) -> list:
    return [f for f in run_checks([Unit(id="u", source=source, translation=translation)],
                                  only={"verb_missing"})[0] if f.severity is not Severity.INFO]


FAILING = [
    # id, German, English, the English sentence flagged
    ("main-clause-dropped", "Wegen der Corona-Pandemie fiel die geplante Feier jedoch aus. Sie soll später nachgeholt "
     "werden.", "Because of the coronavirus pandemic, however. It is to be held at a later date.",
     "Because of the coronavirus pandemic, however."),
    ("subject-and-verb-dropped", "Abu Dhabi - 2012, Italien: Verstappen verspielt nach einem Crash in Sarno die "
     "Kart-Weltmeisterschaft.", "Abu Dhabi - 2012, Italy: After a crash in Sarno the Kart World Championship.",
     "Abu Dhabi - 2012, Italy: After a crash in Sarno the Kart World Championship."),
    # A relative clause's verb is no main clause's.
    ("relative-clause-only", "Das Unternehmen, das täglich rund 45.000 Fahrgäste befördert, kündigte einen Notfahrplan "
     "an.", "The company, which carries around 45,000 passengers a day.",
     "The company, which carries around 45,000 passengers a day."),
    # As many sentences each side: the English sentence of its place, though the length alignment grouped it with a
    # neighbour, when a German word of it is rendered there.
    ("paired-by-place", "Nordmazedonien ist seit gestern offiziell das 30. Mitglied der Nato. Das kleine Balkanland "
     "hinterlegte seine Beitrittsurkunde beim US-Außenministerium in Washington, das als Verwahrer des "
     "Nordatlantikvertrags fungiert. Wegen der Corona-Pandemie fiel die geplante Feier im Nato-Hauptquartier in "
     "Brüssel jedoch aus. Sie soll zu einem späteren Zeitpunkt nachgeholt werden.",
     "Since yesterday, North Macedonia has officially been NATO's 30th member. The small Balkan country deposited its "
     "instrument of accession with the US State Department in Washington, which acts as the depositary of the North "
     "Atlantic Treaty. Because of the coronavirus pandemic, however. It is to be held at a later date.",
     "Because of the coronavirus pandemic, however."),
    # A word that may be a verb elsewhere is a noun after an article: "the attack".
    ("noun-after-article", "Nach dem Angriff auf die Stadt Palma werden Dutzende Tote befürchtet.",
     "Following the attack by Islamist fighters on the coastal town of Palma.",
     "Following the attack by Islamist fighters on the coastal town of Palma."),
]
PASSING = [
    # A verb the tagger's lexicon knows only as a plural noun, read by its stem.
    ("third-person-s", "Der Laden bietet rund 1.500 Artikel an.", "The shop stocks around 1,500 items."),
    # A contracted verb.
    ("contracted", "In der Wohnung sind es gerade noch 16 Grad.", "It's only 16 degrees in the flat right now."),
    # A German sentence without a verb, or not ending as a sentence (a greeting).
    ("german-without-verb", "Unser Tipp: die Pralinen am Simon Stevinplein.",
     "A must-try: the pralines on Simon Stevinplein."),
    ("greeting", "Hallo liebe tolle Mädels und Girls und Frauen,", "Hello dear great girls and girls and women,"),
    # A German verb first: a question or an ellipsis, which English may say without a verb too.
    ("verb-first-question", "Geht es euch auch so?", "The same for you?"),
    ("verb-first-ellipsis", "Kommt für sie nicht infrage, jedenfalls „nicht in den nächsten zehn Jahren“.",
     "Out of the question for her, at least “not in the next ten years”."),
    # The German's verb only in a relative clause: no main clause to lose.
    ("german-relative-clause-only", "Und natürlich den Lehrkräften, die anderthalb Jahre lang in Containern "
     "unterrichtet haben, ohne sich groß zu beschweren.", "And of course to the teachers, who taught in portable "
     "cabins for a year and a half without complaining much."),
    # A question after a comma is no relative clause; a capitalised "An" is a name's word, no article.
    ("question-after-comma", "Benedikt Sailer: Und Sie, wo kommen Sie her?", "Benedikt Sailer: And you, where are "
     "you from?"),
    ("name-word-an", "Hội An ist berühmt für seine Schneider, die einen Maßanzug anfertigen können.",
     "Hoi An is famous for its tailors, who can make a made-to-measure suit within 24 hours."),
    # A relative clause the sentence's end closes, with two verbs: its comma was left out, the second is the main
    # clause's (and an ordinal's period inside the German's relative clause ends nothing).
    ("relative-clause-not-closed", "Shaqiri, der in der 66. Minute für Mohamed Salah auf das Feld kam, verpasste nach "
     "70 Minuten den Ausgleich noch knapp.", "Shaqiri, who replaced Mohamed Salah in the 66th minute only closely "
     "missed the tie goal after 70 minutes."),
    # ... but not a sentence of another place, the English reordered: none of the German sentence's words there.
    ("reordered-by-place", "Kaiserslautern rückt mit 44 Punkten auf Rang sechs vor. Nächsten Freitag um 18.30 Uhr.",
     "Next Friday at 6.30 p.m. Kaiserslautern move up to sixth place with 44 points."),
    # Too short to tell a clause's remnant from an exclamation.
    ("short", "Das ist ja toll!", "How great!"),
]


@pytest.mark.parametrize("source,translation,flagged", [c[1:] for c in FAILING], ids=[c[0] for c in FAILING])
def test_flags(source, translation, flagged):
    fl = flags(source, translation)
    assert len(fl) == 1 and fl[0].category is Category.OMISSION
    assert translation[slice(*fl[0].translation_span)] == flagged


@pytest.mark.parametrize("source,translation", [c[1:] for c in PASSING], ids=[c[0] for c in PASSING])
def test_passes(source, translation):
    assert flags(source, translation) == []


@pytest.mark.parametrize("sentence,expected", [
    ("Within three to four days, the 17th, 18th and 19th Legions, together with their auxiliary troops.", True),
    ("The realm extended over some 1.3 million square kilometres.", False),
    ("Out of the question for her.", True),
    ("That's roughly the area of Bavaria.", False),
    ("He visited the company, which carries 45,000 passengers a day.", False),
])
def test_verbless(sentence, expected):
    assert verbless(sentence) is expected


def test_the_common_verb_forms_are_verbs_to_the_tagger_too():
    # The shortcut must say what the tagger would: each common form has a verb reading.
    from pipeline.lang import en
    from pipeline.lang.pos import english_may_be_verb

    assert all(english_may_be_verb(w) for w in en.COMMON_VERB_FORMS)
