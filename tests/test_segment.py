"""German sentence segmentation: a table of cases, the shared benchmark, and offset properties.

CASES is also read by bench/segment_compare.py to score the candidate libraries, so each row
states what a careful German reader would call a sentence, not what any library happens to do.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pipeline.records import Paragraph
from pipeline.segment import join_sentences, sentences, split, splitter_name, translation_spans

# (id, text, expected sentences)
CASES = [
    # dates and ordinals: a number with a period is usually not a sentence end
    ("date-am", "Das Treffen fand am 6. August statt. Danach reiste er ab.",
     ["Das Treffen fand am 6. August statt.", "Danach reiste er ab."]),
    ("date-year-end", "Die Frist läuft bis zum 20. Januar 2025. Danach gilt die neue Regel.",
     ["Die Frist läuft bis zum 20. Januar 2025.", "Danach gilt die neue Regel."]),
    ("date-sentence-start", "Am 1. Mai demonstrierten Tausende in Berlin.",
     ["Am 1. Mai demonstrierten Tausende in Berlin."]),
    ("date-numeric", "Am 3.10.2024 wurde in der ganzen Stadt gefeiert.",
     ["Am 3.10.2024 wurde in der ganzen Stadt gefeiert."]),
    ("date-numeric-spaced", "Das Schreiben ist auf den 3. 10. 2024 datiert.",
     ["Das Schreiben ist auf den 3. 10. 2024 datiert."]),
    ("date-month-abbrev", "Die Wahl findet am 9. Sept. 2025 statt.",
     ["Die Wahl findet am 9. Sept. 2025 statt."]),
    ("club", "Der 1. FC Köln gewann am Samstag. Die Fans jubelten.",
     ["Der 1. FC Köln gewann am Samstag.", "Die Fans jubelten."]),
    ("ordinal-platz", "Der 3. Platz ging an Norwegen.", ["Der 3. Platz ging an Norwegen."]),
    ("ordinal-liga", "Der Verein spielt in der 3. Liga. Er will aufsteigen.",
     ["Der Verein spielt in der 3. Liga.", "Er will aufsteigen."]),
    ("ordinal-century", "Im 19. Jahrhundert wuchs die Stadt stark.",
     ["Im 19. Jahrhundert wuchs die Stadt stark."]),
    ("ordinal-minute", "Ein Tor in der 90. Minute entschied das Spiel.",
     ["Ein Tor in der 90. Minute entschied das Spiel."]),
    ("ordinal-matchday", "Bundesliga, 34. Spieltag: Bayern gewinnt in Wolfsburg.",
     ["Bundesliga, 34. Spieltag: Bayern gewinnt in Wolfsburg."]),
    ("number-then-pronoun", "Sie belegte Platz 4. Das reichte nicht für eine Medaille.",
     ["Sie belegte Platz 4.", "Das reichte nicht für eine Medaille."]),
    ("year-then-preposition", "Das geschah im Jahr 1989. Im November fiel die Mauer.",
     ["Das geschah im Jahr 1989.", "Im November fiel die Mauer."]),
    ("score-then-article", "Der FC Bayern gewann 3:1. Die Fans jubelten.",
     ["Der FC Bayern gewann 3:1.", "Die Fans jubelten."]),
    ("date-numeric-end", "Der Prozess beginnt am 14.3. Die Anklage liegt vor.",
     ["Der Prozess beginnt am 14.3.", "Die Anklage liegt vor."]),
    ("page-then-adverb", "Siehe S. 17. Dort steht es.", ["Siehe S. 17.", "Dort steht es."]),
    ("enumerator-after-colon", "Die Ziele: 1. Die Kosten senken, 2. die Zeit sparen.",
     ["Die Ziele: 1. Die Kosten senken, 2. die Zeit sparen."]),
    # abbreviations
    ("abbr-zb", "Viele Länder, z. B. Frankreich, sind betroffen.",
     ["Viele Länder, z. B. Frankreich, sind betroffen."]),
    ("abbr-zb-closed", "Viele Länder, z.B. Frankreich und Spanien, sind betroffen.",
     ["Viele Länder, z.B. Frankreich und Spanien, sind betroffen."]),
    ("abbr-ua", "Dazu gehören u. a. Berlin und Hamburg.", ["Dazu gehören u. a. Berlin und Hamburg."]),
    ("abbr-dr-prof", "Dr. Müller sprach mit Prof. Schmidt über die Studie.",
     ["Dr. Müller sprach mit Prof. Schmidt über die Studie."]),
    ("abbr-nr", "Das Gesetz Nr. 5 tritt im Mai in Kraft.", ["Das Gesetz Nr. 5 tritt im Mai in Kraft."]),
    ("abbr-bzw", "Die Kosten steigen um 5 bzw. 7 Prozent.", ["Die Kosten steigen um 5 bzw. 7 Prozent."]),
    ("abbr-ca", "Es kamen ca. 300 Menschen zur Kundgebung.", ["Es kamen ca. 300 Menschen zur Kundgebung."]),
    ("abbr-st", "Die Kirche St. Marien wurde renoviert.", ["Die Kirche St. Marien wurde renoviert."]),
    ("abbr-dh", "Die Preise steigen, d. h. die Kaufkraft sinkt.",
     ["Die Preise steigen, d. h. die Kaufkraft sinkt."]),
    ("abbr-vgl-art", "Das Gericht folgte dem Urteil (vgl. Art. 3 GG) nicht.",
     ["Das Gericht folgte dem Urteil (vgl. Art. 3 GG) nicht."]),
    ("abbr-abs", "Nach § 5 Abs. 2 ist das verboten.", ["Nach § 5 Abs. 2 ist das verboten."]),
    ("abbr-hbf", "Der Zug hält in Köln Hbf. und fährt weiter nach Bonn.",
     ["Der Zug hält in Köln Hbf. und fährt weiter nach Bonn."]),
    ("abbr-dr-before-name-end", "Er sprach mit dem Arzt Dr. Müller. Der riet ab.",
     ["Er sprach mit dem Arzt Dr. Müller.", "Der riet ab."]),
    ("abbr-usw-end", "Sie kauften Brot, Milch, Käse usw. Dann fuhren sie nach Hause.",
     ["Sie kauften Brot, Milch, Käse usw.", "Dann fuhren sie nach Hause."]),
    ("abbr-etc-end", "Sie verkaufen Bücher, Hefte etc. Der Laden ist neu.",
     ["Sie verkaufen Bücher, Hefte etc.", "Der Laden ist neu."]),
    # numbers
    ("number-thousands", "Mehr als 10.000 Menschen demonstrierten. Die Polizei war vor Ort.",
     ["Mehr als 10.000 Menschen demonstrierten.", "Die Polizei war vor Ort."]),
    ("number-decimal", "Die Wirtschaft wuchs um 2,5 Prozent. Das ist mehr als erwartet.",
     ["Die Wirtschaft wuchs um 2,5 Prozent.", "Das ist mehr als erwartet."]),
    ("number-mio", "Das Projekt kostet 1,5 Mio. Euro und soll 2026 fertig sein.",
     ["Das Projekt kostet 1,5 Mio. Euro und soll 2026 fertig sein."]),
    ("number-mio-end", "Das kostet 5 Mio. Die Firma zahlt.", ["Das kostet 5 Mio.", "Die Firma zahlt."]),
    ("number-mrd", "Der Haushalt umfasst 480 Mrd. Euro.", ["Der Haushalt umfasst 480 Mrd. Euro."]),
    ("number-percent-end", "Die Aktie fiel um 0,5 %. Anleger reagierten nervös.",
     ["Die Aktie fiel um 0,5 %.", "Anleger reagierten nervös."]),
    ("time", "Die Sitzung beginnt um 14.30 Uhr im Rathaus.", ["Die Sitzung beginnt um 14.30 Uhr im Rathaus."]),
    ("time-end", "Die Sitzung beginnt um 14.30 Uhr. Sie dauert zwei Stunden.",
     ["Die Sitzung beginnt um 14.30 Uhr.", "Sie dauert zwei Stunden."]),
    # quotes: the sentence may end inside the quote
    ("quote-then-reporting-clause", "„Ja.“ sagte er leise.", ["„Ja.“ sagte er leise."]),
    ("quote-question-comma", "„Warum?“, fragte sie.", ["„Warum?“, fragte sie."]),
    ("quote-two-sentences", "„Wir kommen.“ „Eine klare Antwort“, sagte Blinken.",
     ["„Wir kommen.“", "„Eine klare Antwort“, sagte Blinken."]),
    ("quote-guillemets", "»Wir schaffen das.« Das sagte die Kanzlerin 2015.",
     ["»Wir schaffen das.«", "Das sagte die Kanzlerin 2015."]),
    ("quote-single-low", "Er nannte es ‚eine Farce‘. Die Opposition widersprach.",
     ["Er nannte es ‚eine Farce‘.", "Die Opposition widersprach."]),
    ("quote-ascii", "\"Wir kommen nicht.\" Das sagte der Sprecher am Montag.",
     ["\"Wir kommen nicht.\"", "Das sagte der Sprecher am Montag."]),
    ("quote-ascii-comma", "\"Das ist falsch\", sagte der Minister.", ["\"Das ist falsch\", sagte der Minister."]),
    # other punctuation
    ("ellipsis-lowercase", "Ja, sie will... nicht mehr warten.", ["Ja, sie will... nicht mehr warten."]),
    ("ellipsis-char", "Er zögerte … und ging dann.", ["Er zögerte … und ging dann."]),
    ("question", "Wer hat das entschieden? Niemand weiß es.", ["Wer hat das entschieden?", "Niemand weiß es."]),
    ("exclamation", "Was für ein Sieg! Die Mannschaft feierte bis spät.",
     ["Was für ein Sieg!", "Die Mannschaft feierte bis spät."]),
    ("interrobang", "Wirklich?! Das glaube ich nicht.", ["Wirklich?!", "Das glaube ich nicht."]),
    ("bracketed-mark", "Er gewann zum dritten(!) Mal in Folge.", ["Er gewann zum dritten(!) Mal in Folge."]),
    ("brackets-aside", "Die Partei (sie regiert seit 2021) verliert. Das zeigt eine Umfrage.",
     ["Die Partei (sie regiert seit 2021) verliert.", "Das zeigt eine Umfrage."]),
    ("brackets-sentence", "Er lehnte ab. (Die Gründe nannte er nicht.) Dann ging er.",
     ["Er lehnte ab.", "(Die Gründe nannte er nicht.)", "Dann ging er."]),
    ("apostrophe-elision", "So geht’s. Wir fangen an.", ["So geht’s.", "Wir fangen an."]),
    ("footnote-superscript", "Das ist belegt.² Weitere Studien folgen.",
     ["Das ist belegt.²", "Weitere Studien folgen."]),
    # names
    ("roman-numeral", "Ludwig XIV. regierte Frankreich lange.", ["Ludwig XIV. regierte Frankreich lange."]),
    ("roman-numeral-end", "Der Papst hieß Benedikt XVI. Er trat 2013 zurück.",
     ["Der Papst hieß Benedikt XVI.", "Er trat 2013 zurück."]),
    ("initial", "Joachim J. Löw ist Bundestrainer.", ["Joachim J. Löw ist Bundestrainer."]),
    ("initials", "Der Autor J. R. R. Tolkien schrieb den Roman.", ["Der Autor J. R. R. Tolkien schrieb den Roman."]),
    # web addresses
    ("url-end", "Mehr Informationen unter www.example.de/info. Die Seite ist neu.",
     ["Mehr Informationen unter www.example.de/info.", "Die Seite ist neu."]),
    ("url-https", "Details stehen auf https://www.bund.de/DE/start.html im Netz.",
     ["Details stehen auf https://www.bund.de/DE/start.html im Netz."]),
    ("email-end", "Schreiben Sie an info@beispiel.de. Wir antworten schnell.",
     ["Schreiben Sie an info@beispiel.de.", "Wir antworten schnell."]),
    # layout: headings and lines
    ("heading-alone", "Regierung plant neue Steuer", ["Regierung plant neue Steuer"]),
    ("heading-line", "Neue Steuer geplant\nDie Regierung will im Herbst entscheiden.",
     ["Neue Steuer geplant", "Die Regierung will im Herbst entscheiden."]),
    ("bullets", "• Erstens die Kosten\n• Zweitens die Zeit", ["• Erstens die Kosten", "• Zweitens die Zeit"]),
    ("numbered-lines", "1. Die Kosten\n2. Die Zeit", ["1. Die Kosten", "2. Die Zeit"]),
    ("blank-line", "Erster Absatz ohne Punkt\n\nZweiter Absatz.", ["Erster Absatz ohne Punkt", "Zweiter Absatz."]),
    # odd input
    ("empty", "", []),
    ("only-space", "  \n\t ", []),
    ("only-punctuation", "...", ["..."]),
    ("padded", "  Ein Satz.  ", ["Ein Satz."]),
]


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split(text)]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text, expected):
    assert texts(text) == expected


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids)) and len(ids) >= 40


SHARED = Path(__file__).resolve().parents[2] / "shared"
BENCH = SHARED / "bench" / "segment_cases.jsonl"


@pytest.mark.skipif(not BENCH.exists(), reason="shared benchmark folder absent")
def test_shared_benchmark_strict_exact_at_least_95_percent():
    cases = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line.strip()]
    ok = sum(texts(c["text"]) == [s.strip() for s in c["sentences"] if s.strip()] for c in cases)
    assert ok / len(cases) >= 0.95, f"{ok}/{len(cases)}"


def covers_all(text: str, spans: list[tuple[int, int]]) -> bool:
    """Spans are ordered, disjoint, trimmed, non-empty, and hold every non-space character."""
    covered = set()
    prev_end = 0
    for a, b in spans:
        if not (prev_end <= a < b <= len(text)) or text[a].isspace() or text[b - 1].isspace():
            return False
        covered.update(range(a, b))
        prev_end = b
    return all(i in covered for i, ch in enumerate(text) if not ch.isspace())


ODD = [
    ("control-chars", "Satz eins.\x00 Satz\x07 zwei.\x1b Drei"),
    ("zero-width", "Ein\u200b Satz.\u200b Noch\ufeff einer."),
    ("nbsp", "Ein\u00a0Satz.\u00a0Noch einer."),
    ("only-punctuation-mix", "?!?! ... „“ »« () [] –"),
    ("unbalanced-quotes", "„Ja. Nein.« ) ( Doch?"),
    ("newlines-only-punct", ".\n.\n\n!"),
    ("soft-wrap", "Ein Satz, der \numbrochen wurde. Und noch einer."),
    ("surrogates-emoji", "Toll 🎉. Wirklich 👍!"),
    ("digits", "1. 2. 3. 4. 5."),
    ("not-nfc-tibetan", "Ein Zeichen \u0f5c\u0fb7. Noch eins."),
    ("not-nfc-umlaut", "Das Ma\u0308dchen kam. Dann ging es\u0301."),
    ("long-no-punct", "wort " * 3000),
    ("long-sentences", "Das ist ein Satz. " * 2000),
]


@pytest.mark.parametrize("text", [t for _, t in ODD] + [c[1] for c in CASES],
                         ids=[i for i, _ in ODD] + [c[0] for c in CASES])
def test_spans_cover_all_text(text):
    assert covers_all(text, split(text))


def test_random_text_is_covered():
    rng = random.Random(7)
    alphabet = "aB .!?„“»«()[]\n\t\u00a0\x00…1,:;'’\"-•%@/"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        assert covers_all(text, split(text)), repr(text)


def test_sentences_from_paragraph():
    para = Paragraph(index=3, text="Er kam am 6. August. Dann ging er.")
    got = sentences(para)
    assert [(s.paragraph, s.index, s.text) for s in got] == [(3, 0, "Er kam am 6. August."), (3, 1, "Dann ging er.")]
    assert all(para.text[s.start:s.end] == s.text for s in got)


def test_splitter_name_has_library_and_version():
    name = splitter_name()
    assert "somajo" in name.lower() and any(ch.isdigit() for ch in name)


@pytest.mark.parametrize("text, translations, expected", [
    pytest.param("One. Two.", ["One.", " Two. "], [(0, 4), (5, 9)], id="joined"),
    pytest.param("One. Two.", ["One.", "", "Two."], [(0, 4), (4, 4), (5, 9)], id="empty-sentence"),
    pytest.param("One, edited. Two.", ["One,", "Two."], [(0, 4), (13, 17)], id="edited-between"),
    pytest.param("One. Two.", ["One.", "Three."], None, id="not-found"),
    pytest.param("Two. One.", ["One.", "Two."], None, id="out-of-order"),
])
def test_translation_spans(text, translations, expected):
    assert translation_spans(text, translations) == expected
    if expected and join_sentences(translations) == text:
        assert [text[a:b] for a, b in expected] == [t.strip() for t in translations]
