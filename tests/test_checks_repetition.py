"""Repetition: decoder loops and doubled words, with the doublings good English allows."""
from __future__ import annotations

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.registry import REGISTRY
from pipeline.checks.repetition import duplicates, german_echoes, runs
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit

CONFIG = load_config()
# A loop is flagged at the severity the config gives the check (error only once its precision on real
# MT output is measured >= 0.8); a single doubled word is always a warning.
LOOP = Severity(CONFIG.params("repetition").get("severity", REGISTRY["repetition"].severity.value))


def flags(source: str, translation: str) -> list:
    return [f for f in run_checks([Unit(id="u", source=source, translation=translation)], CONFIG)[0]
            if f.check == "repetition"]


# (id, German, English, repeated text the span covers, severity)
FAILS = [
    # A number word said twice where no year stands is a stutter.
    ("number-word-twice", "Es kamen zwanzig Leute.", "Twenty twenty people came.", "twenty", Severity.WARNING),
    # "for" said twice after a verb that takes it, with no span of time after: a stutter; nor is a noun a verb.
    ("for-twice-before-a-noun", "Wir warteten auf den Bus.", "We waited for for the bus.", "for", Severity.WARNING),
    ("for-twice-after-a-noun", "Das ist seit drei Jahren der Standard.", "This has been the standard for for three years.",
     "for", Severity.WARNING),
    ("loop-three-times", "Die Regierung will die Steuern senken.",
     "The government wants to lower taxes lower taxes lower taxes.", "lower taxes lower taxes", LOOP),
    ("long-phrase-loop", "Der Stadtrat hat das Projekt gestoppt.",
     "The city council has stopped the city council has stopped the city council has stopped the project.",
     "the city council has stopped the city council has stopped", LOOP),
    ("phrase-twice", "Die Polizei sperrte die Straße.",
     "The police closed the road the road.", "the road", LOOP),
    ("word-thrice", "Sie lachte.", "She laughed laughed laughed.", "laughed laughed", LOOP),
    ("word-twice", "Er kam in das Haus.", "He came into the the house.", "the", Severity.WARNING),
    # "in in" after a verb that takes no particle "in" is a stutter.
    ("preposition-twice", "Er wohnt seit Jahren in Berlin.", "He has lived in in Berlin for years.", "in",
     Severity.WARNING),
    ("noun-and-twice", "Sie kaufte Brot und Milch.", "She bought bread and bread and milk.", "bread and",
     Severity.WARNING),
    # An object pronoun before it does not make "in in" a particle when the verb before takes none.
    ("preposition-twice-after-a-pronoun", "Er sah sie in Berlin.", "He saw her in in Berlin.", "in", Severity.WARNING),
    # "by" twice after a word that makes no "W by W".
    ("by-phrase-twice", "Er wurde vom Chef gelobt.", "He was praised by the boss by the boss.", "by the boss",
     Severity.WARNING),
    # A long phrase said again right after itself is a stutter across punctuation too, and a German
    # word said twice near by („Gerät … Gerät“) does not license it.
    ("stutter-across-bracket-and-stop",
     "Stellen Sie das zweite Gerät in einen anderen Raum (also zwei oder drei Räume vom ersten Gerät entfernt).",
     "Put the second device in another room (i.e. two or three rooms away from the first device). "
     "rooms away from the first device).", "rooms away from the first device", LOOP),
    ("stutter-across-comma", "Die Schule bleibt wegen der Hitze am Montag geschlossen.",
     "The school will remain closed on Monday, remain closed on Monday because of the heat.",
     "remain closed on Monday", LOOP),
    ("clause-said-twice", "Der Bürgermeister sagte, die Brücke werde bis Mai für Reparaturen gesperrt.",
     "The mayor said that the bridge would be closed for repairs, the mayor said that the bridge would be "
     "closed for repairs until May.", "the mayor said that the bridge would be closed for repairs", LOOP),
    ("long-phrase-german-word-echo", "Das Modul sendet Daten, das Modul empfängt Daten.",
     "The module sends data the module sends data and receives data.", "the module sends data", LOOP),
    # A hyphenated compound of two different words licenses no doubled word.
    ("german-hyphen-compound-licenses-nothing", "Die Mau-Bewegung wurde niedergeschlagen.",
     "The Mau Mau movement was crushed.", "Mau", Severity.WARNING),
    ("german-small-words-twice-license-nothing", "Er kennt die Frau, die die Zeitung liest.",
     "He knows the woman who reads the newspaper, who reads the newspaper.", "who reads the newspaper", LOOP),
]
PASSES = [
    # A heading's noun opening the next sentence in another case („des Widerrufsrechts. Das Widerrufsrecht“): the
    # German says it twice in a row too.
    ("heading-noun-again-in-another-case", "§ 6 Ausschluss des Widerrufsrechts. Das Widerrufsrecht besteht nicht "
     "bei Verträgen.", "Section 6 Exclusion of the right of withdrawal. The right of withdrawal does not apply to "
     "contracts."),
    ("had-had", "Was er erlebt hatte, hatte ihn geprägt.", "What he had had to endure shaped him."),
    # A number that goes on after its point is another number: "to 1 to 1.5" holds "to 1" once.
    ("range-to-a-decimal", "Das Wachstum soll auf 1 bis 1,5 Prozent sinken.",
     "Growth is expected to slow to 1 to 1.5 percent."),
    # A verb's particle, then the preposition of the same form.
    ("particle-then-preposition", "Ein Versicherer zahlt mehr, als er an Prämien einnimmt.",
     "An insurer pays out more than it takes in in premiums."),
    # A small word, then initials that spell it: two words.
    ("word-then-initials", "Der Kampf im AT&T Stadium stellte einen Rekord auf.",
     "The fight at AT&T Stadium set a record."),
    ("particle-on-then-on", "Sie gingen zu Fuß weiter.", "They carried on on foot."),
    ("preposition-of-a-verb-then-for", "Es war ein Geschenk, auf das sie jahrzehntelang gewartet hatten.",
     "It was a present they had been waiting for for decades."),
    # ... with its object between verb and particle.
    ("particle-after-an-object-then-preposition", "Der Makler ließ uns in Gruppen zu je zehn Personen hinein.",
     "The agent let us in in groups of ten."),
    # "W by W" (one after another) before "by": "step by" reads as said twice.
    ("reduplication-before-by", "Die Amphoren sollen bis zum Jahresende nach und nach geborgen werden.",
     "The amphorae are to be recovered step by step by the end of the year."),
    # A year said in words, as a transcript writes it.
    ("year-said-in-words", "Was, wenn der Markt wieder so abstürzt wie im März zweitausendzwanzig?",
     "What if the market crashes again like it did in March twenty twenty?"),
    ("sworn-in-then-in", "Das Kabinett soll am Montag in Erfurt vereidigt werden.",
     "The cabinet is to be sworn in in Erfurt on Monday."),
    ("that-that", "Er sagte, dass das nicht stimme.", "He said that that was not true."),
    ("name-doubled-in-source", "Der Urlaub führte sie nach Bora Bora.", "The holiday took them to Bora Bora."),
    # A name the German doubles with a hyphen, English with a space.
    ("name-hyphen-doubled-in-source", "Der Aufstand der sogenannten Mau-Mau-Bewegung wurde niedergeschlagen.",
     "The uprising of the so-called Mau Mau movement was crushed."),
    ("punctuation-between", "Er ging hinein. Drinnen war es warm.", "He went inside. Inside, it was warm."),
    ("scores", "Das Spiel endete 1:1 (1:1).", "The game ended 1 1 (1 1)."),
    # „immer mehr … immer weniger“: "more and more" before "and" reads as "more and" said twice.
    ("reduplication-before-and", "Die Kunden zahlen immer mehr und bekommen immer weniger.",
     "Customers are paying more and more and getting less and less."),
    ("list-with-commas", "Marken: Cook Signature, Cook Signature Finest.",
     "Brands: Cook Signature, Cook Signature Finest."),
    # Shorter than [repetition] stutter_min_words: a phrase said again after a full stop is English.
    ("short-phrase-after-stop", "Wir brauchen einen neuen Anfang. Ein neuer Anfang kostet Geld.",
     "We need a new start. A new start costs money."),
    ("german-slogan-said-twice", "„Wir schaffen das, wir schaffen das“, rief sie.",
     "\"We can do this, we can do this,\" she shouted."),
    ("german-chant-said-thrice", "Die Fans riefen: „Gebt alles, Jungs, gebt alles, Jungs, gebt alles, Jungs!“",
     "The fans shouted: \"Give it all, boys, give it all, boys, give it all, boys!\""),
    ("german-compound-said-twice", "Gesucht: Bundesverfassungsrichter, Bundesverfassungsrichter!",
     "Wanted: judge at the Federal Constitutional Court, judge at the Federal Constitutional Court!"),
]


@pytest.mark.parametrize("case_id,de,en,span_text,severity", FAILS, ids=[c[0] for c in FAILS])
def test_repetition_flags(case_id, de, en, span_text, severity):
    fl = flags(de, en)
    assert len(fl) == 1
    f = fl[0]
    assert f.category is Category.REPETITION and f.severity is severity
    assert en[f.translation_span[0]:f.translation_span[1]] == span_text
    assert f.suggestion is not None and len(f.suggestion) < len(en)


@pytest.mark.parametrize("case_id,de,en", PASSES, ids=[c[0] for c in PASSES])
def test_repetition_passes(case_id, de, en):
    assert flags(de, en) == []


def test_runs_counts_copies():
    (r,) = runs("a b c a b c a b c d", 10)
    assert r.words == ("a", "b", "c") and r.copies == 3


@pytest.mark.parametrize("text,punct_from,words", [
    ("the red house. the red house.", 0, []),  # glued by spaces only
    ("the red house. the red house.", 3, [("the", "red", "house")]),
    ("the red house. the red house.", 4, []),  # shorter than punct_from
    ("the red house, the green house.", 3, []),  # not a copy
    ("the red house and the red house.", 3, []),  # a word between is no punctuation
], ids=["spaces-only", "punct-long-enough", "punct-too-short", "other-words", "word-between"])
def test_runs_across_punctuation(text, punct_from, words):
    assert [r.words for r in runs(text, 10, punct_from)] == words


def test_stutter_suggestion_drops_the_copy_with_its_punctuation():
    (f,) = flags("Stellen Sie das Gerät zwei Räume vom ersten Gerät entfernt auf.",
                 "Place the device two rooms away from the first device). rooms away from the first device).")
    assert f.suggestion == "Place the device two rooms away from the first device)."


# --- duplication: a phrase said twice a few words apart ------------------------------------------

def dup_flags(source: str, translation: str) -> list:
    return [f for f in run_checks([Unit(id="u", source=source, translation=translation)], CONFIG)[0]
            if f.check == "duplication"]


# (id, German, English, flagged text)
DUP_FAILS = [
    ("name-and-verb-after-comma", "Scholz sagte, die Hilfe für die Ukraine werde fortgesetzt.",
     "Scholz said, Scholz said that aid to Ukraine would continue.", "Scholz said, Scholz said"),
    ("phrase-of-itself", "Der Präsident der Republik reiste am Montag nach Paris.",
     "The president of the president travelled to Paris on Monday.", "The president of the president"),
    ("title-and-name-around-verb", "Umsatzeinbrüche seien zu beklagen, kritisierte HDE-Hauptgeschäftsführer Stefan Genth.",
     "Sales had slumped, HDE CEO Stefan Genth criticised HDE CEO Stefan Genth.",
     "HDE CEO Stefan Genth criticised HDE CEO Stefan Genth"),
    ("clause-after-comma", "Von der Ernte lebt die Hälfte der Einwohner direkt oder indirekt.",
     "Half of the inhabitants live on the harvest directly or indirectly, or indirectly.",
     "or indirectly, or indirectly"),
    ("verb-phrase-around-and", "Ich räume auf und putze.", "I clean up and clean up.", "clean up and clean up"),
    ("name-twice-after-comma", "Nach dem Treffen sagte Scholz, man sei sich einig.",
     "After the meeting, Scholz, Scholz said they agreed.", "Scholz, Scholz"),
    ("place-twice-around-of", "Die Feuerwehr rückte in den Stadtteil Mülheim aus.",
     "The fire brigade was called out to the Mülheim district of the Mülheim district.",
     "the Mülheim district of the Mülheim district"),
]
DUP_PASSES = [
    # Two clauses English builds alike, each with its own object, where German says the verb once.
    ("parallel-clauses", "„Wir wollen keine Schulen schließen und auch keine Geschäfte“, sagte er.",
     "\"We don't want to close schools, and we don't want to close shops either,\" he said."),
    # Each number says its unit in English, where German says it once for both.
    ("unit-after-each-number", "Der Gewinn sank von 142 auf 118 Millionen Euro.",
     "Profit fell from 142 million euros to 118 million euros."),
    ("percent-after-each-number", "Die Quote stieg von 5 auf 7 Prozent.", "The rate rose from 5 percent to 7 percent."),
    ("german-repeats-too", "Die Linie „Grenzschutz, Grenzschutz, Grenzschutz“ wurde gestärkt.",
     "The line “border protection, border protection, border protection” was strengthened."),
    ("compound-echo", "Da ist noch viel Potenzial am Start, doch die Startzeiten waren okay.",
     "There is still potential at the start, but the start times were okay."),
    ("same-word-in-german", "Jemand, der in der Biochemie arbeitet oder Biochemie studiert hat.",
     "Someone who works in biochemistry or studied biochemistry."),
    ("name-twice-in-german", "Merkel traf Macron, und Macron lobte Merkel.",
     "Merkel met Macron, and Macron praised Merkel."),
    ("one-word-with-link", "Milch und Milchprodukte sind teurer geworden.", "Milk and milk products have become more expensive."),
    ("exonym-and-name", "Die Menschenrechtsorganisation Human Rights Watch kritisierte das Urteil.",
     "The human rights organisation Human Rights Watch criticised the verdict."),
    ("new-sentence", "Die Preise steigen. Auch die Mieten steigen.", "Prices are rising. Prices are rising for rents too."),
    ("function-words-only", "Je mehr er arbeitet, desto mehr verdient er.", "The more he works, the more he earns."),
    ("word-twice-for-emphasis", "Es ist sehr, sehr wichtig.", "It is very, very important."),
    ("interjection", "Nein, nein, so war das nicht.", "No, no, that is not how it was."),
    ("name-twice-in-german-too", "„Mayday, Mayday“, funkte der Pilot.", "“Mayday, Mayday,” the pilot radioed."),
    ("far-apart", "Der Bürgermeister eröffnete das Fest, das der Bürgermeister selbst geplant hatte.",
     "The mayor opened the festival, which the mayor had planned himself."),
]


@pytest.mark.parametrize("case_id,de,en,span_text", DUP_FAILS, ids=[c[0] for c in DUP_FAILS])
def test_duplication_flags(case_id, de, en, span_text):
    (f,) = dup_flags(de, en)
    assert f.category is Category.REPETITION
    assert en[f.translation_span[0]:f.translation_span[1]] == span_text


@pytest.mark.parametrize("case_id,de,en", DUP_PASSES, ids=[c[0] for c in DUP_PASSES])
def test_duplication_passes(case_id, de, en):
    assert dup_flags(de, en) == []


def test_duplication_suggestion_drops_the_second_copy():
    (f,) = dup_flags("Scholz sagte, die Hilfe werde fortgesetzt.", "Scholz said, Scholz said that aid would continue.")
    assert f.suggestion == "Scholz said that aid would continue."


def test_loop_in_a_row_is_left_to_repetition():
    fl = run_checks([Unit(id="u", source="Die Polizei sperrte die Straße.",
                          translation="The police closed the road the road the road.")], CONFIG)[0]
    assert [f.check for f in fl if f.category is Category.REPETITION] == ["repetition"]


def test_german_repetition_licenses_a_loop():
    assert flags("Die Linie „Grenzschutz, Grenzschutz“ wurde gestärkt.",
                 "The line “border protection border protection” was strengthened.") == []


@pytest.mark.parametrize("text", ["Scholz said, " * 20000, "a" * 200000, "the red house, the red house is " * 8000])
def test_long_text_stays_linear(text):
    import time
    t = time.perf_counter()
    duplicates(text, 6, 2)
    german_echoes(text, 5)
    assert time.perf_counter() - t < 5


from lexicon_data import tiny_lexicon  # noqa: E402,F401 - fixture

# A German repetition licenses an English one only when it is of the word the English repeats.
ECHO_CASES = [
    ("other-word-echoed-near-by", "Die Debatte über die Form von Mario Götze, über seine Form, muss enden.",
     "The debate on Mario Mario Götze's form must end.", 1),
    ("same-word-echoed", "Grenzschutz, Grenzschutz, Grenzschutz: das forderten sie.",
     "Border protection, border protection, border protection: that is what they demanded.", 0),
    ("name-echoed", "Sie sangen „Mario, Mario“ im Stadion.", "They sang \"Mario Mario\" in the stadium.", 0),
    # A word said twice in a row follows a German word said twice in a row, not a pair apart („Läuferinnen und
    # Läufer“ is "runners", once); a short noun is no part of a compound it only begins („Mal“, „Malaria-Impfstoff“).
    ("pair-apart-licenses-no-doubling", "Rund 47.900 Läuferinnen und Läufer gingen an den Start.",
     "Around 47,900 runners runners started.", 1),
    ("short-word-no-compound-part", "Es ist das erste Mal, dass ein Malaria-Impfstoff so gut wirkt.",
     "It is the first time a malaria vaccine vaccine has worked so well.", 1),
    # A number word may end one phrase and begin the next, as the German's two apart do.
    ("number-word-ends-and-begins", "Das Album stieg vor zwei Wochen auf Platz zwei ein.",
     "The album entered at number two two weeks ago.", 0),
    # An echo is spent where the English says the word more often than the German: twice for „Lichtenergie in
    # chemische Energie“ is right, three times is a stutter.
    ("echo-said-more-often-in-english", "Photosynthese wandelt Lichtenergie in chemische Energie um.",
     "Photosynthesis converts light energy into chemical energy chemical energy.", 1),
    # A German stutter of small words licenses function words and what the small word says, no other content word.
    ("german-stutter-licenses-small-words-only", "ja haben wir wir haben einen neuen Plan",
     "yes we have a new a new plan", 1),
    ("german-stutter-licenses-what-it-says", "„Aus aus, das Spiel ist aus!“, rief der Reporter.",
     "“The end the end, the game is over!” cried the reporter.", 0),
    # ... a contraction is a function word, and one word said twice follows one small word said twice.
    ("german-stutter-licenses-contractions", "ich ich will das nicht", "I don't I don't want that", 0),
    ("german-stutter-licenses-one-word", "es ist sehr sehr kalt", "it is really really cold", 0),
    # A word said elsewhere in the paragraph, by a pronoun in the German, spends no echo of another sentence.
    ("echo-counted-in-its-sentences", "Sie riefen Grenzschutz, Grenzschutz. Er sei wichtig, sagten sie.",
     "They chanted border protection border protection. Border protection is important, they said.", 0),
    # Two nouns share a sense only within the echo window: „Autobahn“ and „Verkehr“ a sentence apart license no
    # "traffic" said twice.
    ("nouns-far-apart-share-nothing", "Die Autobahn war in Fahrtrichtung Karlsruhe bis etwa 8.15 Uhr voll gesperrt. "
     "Der Verkehr staute sich zeitweise auf zwölf Kilometern.", "The motorway was completely closed towards Karlsruhe "
     "until about 8:15 a.m. At times, traffic backed traffic backed up for twelve kilometres.", 1),
]

# With the tiny lexicon: what German says twice in other words licenses what both mean, nothing else.
LEXICON_ECHO_CASES = [
    ("german-synonyms", "Hallo liebe Mädels und Girls und Frauen,", "Hello dear girls and girls and women,", 0),
    ("german-stutter", "ja haben wir wir haben alles gelöscht", "yes we have we have deleted everything", 0),
    ("name-in-german-compounds", "Der Martinsbrauch mit Martinssingen ist alt.",
     "The St. Martin's custom with St. Martin's singing is old.", 0),
    ("synonyms-license-only-what-they-share", "Sie fuhren auf der Gebirgsbahn und den Nebenstrecken.",
     "They ran on the mountain railway and the branch branch lines.", 1),
]


# The German says each word of the English phrase twice, one of the two inside a compound: the English
# may repeat it. Needs every word said twice, not one of them; a compound said once licenses nothing.
EXTRA_DING = """\
Profi {m} | Profis {pl} :: professional | professionals
Elektroheizung {f} :: electric heating
elektrisch {adj} | elektrisches :: electric
heizen {vt} | heizend | geheizt :: to heat | heating | heated
Licht {n} :: light
Biochemie {f} :: biochemistry
lehren {vt} | lehrt :: to teach | teaches
Strecke {f} | Strecken {pl} :: line; route | lines; routes
Stamm {m} :: trunk; stem
"""
COUNTERPART_CASES = [
    ("compound-part-and-word", "Eine Profi-Elektroheizung sorgt für elektrisches Heizen im ganzen Haus.",
     "A professional electric heating system provides electric heating throughout the house.", 0),
    ("only-one-word-twice", "Eine Profi-Elektroheizung sorgt für elektrisches Licht im ganzen Haus.",
     "A professional electric heating system provides electric heating throughout the house.", 1),
    ("compound-said-once", "Eine Elektroheizung wärmt das ganze Haus.",
     "An electric heating system provides electric heating for the whole house.", 1),
    ("open-compound-in-english", "Jemand, der in der Biochemie forscht oder Biochemie lehrt.",
     "Someone who does research in bio chemistry or teaches bio chemistry.", 0),
    # A hyphenated compound says what its last part says: „S-Bahn-Stammstrecke“ is a trunk line too.
    ("hyphenated-compound-part", "Wegen Bauarbeiten an der zweiten Stammstrecke wird die S-Bahn-Stammstrecke gesperrt.",
     "Because of work on the second trunk line, the S-Bahn trunk line will be closed.", 0),
]


@pytest.fixture
def repeat_lexicon(tmp_path, monkeypatch):
    from lexicon_data import TINY_DING
    path = tmp_path / "de-en.txt"
    path.write_text(TINY_DING + EXTRA_DING, encoding="utf-8")
    monkeypatch.setenv("DEEN_LEXICON", str(path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from pipeline import lexicon

    return lexicon.load()


@pytest.mark.parametrize("case_id,de,en,n", COUNTERPART_CASES, ids=[c[0] for c in COUNTERPART_CASES])
def test_german_counterparts_in_compounds_license_a_duplicate(repeat_lexicon, case_id, de, en, n):
    assert len(dup_flags(de, en)) == n


@pytest.mark.parametrize("case_id,de,en,n", LEXICON_ECHO_CASES, ids=[c[0] for c in LEXICON_ECHO_CASES])
def test_echo_in_other_words_licenses_what_both_mean(tiny_lexicon, case_id, de, en, n):
    assert len(flags(de, en)) == n


@pytest.mark.skipif(__import__("pipeline.lexicon", fromlist=["load"]).load() is None,
                    reason="needs the lexicon (Debian's trans-de-en) to tell which German word the English repeats")
@pytest.mark.parametrize("case_id,de,en,n", ECHO_CASES, ids=[c[0] for c in ECHO_CASES])
def test_only_an_echo_of_the_same_word_licenses_a_repetition(case_id, de, en, n):
    assert len(flags(de, en)) == n
