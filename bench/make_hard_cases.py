#!/usr/bin/env python3
"""Build a harder checker benchmark in the dev.jsonl format, seeded and reproducible.

    python3 bench/make_hard_cases.py --out bench/hard.jsonl --seed 1

Base pairs: the clean records of ../shared/bench/dev.jsonl (German source, clean
reference) plus the hand-written German–English news paragraphs in OWN_PAIRS.
Each record is either clean (translation == reference) or carries exactly one
injected error of the ten dev types, made harder and closer to real MT output
than dev's: close values instead of far ones, single words instead of whole
sentences, names that exist elsewhere in the document.

Before injecting, a base pair may get an English *house style* that is still a
correct translation (the clean hard negatives): smart quotes, German thousands
dots kept ("10.000" for 10,000), AP month abbreviations ("Aug. 6"), British
day-month order ("6 August"). Reference and translation share that style, so the
only difference between them is the injected error.

What makes each injected error a real error (one line per kind; the kind is the
first word of the record's ``detail``):

number_changed
  digit_nudged        a number that appears in both languages changed by 1-2 or its two digits swapped.
  thousands_broken    a grouped number (10,000 / 10.000) lost a digit: 10,00, 1,000, 10.00.
                      (10.000 for 10,000 is a style, NOT an error; see german_thousands.)
  scale_word          million <-> billion, billion -> trillion, while the source scale
                      (Mio./Millionen/Mrd./Milliarden) is unchanged.
  decimal_misread     a German decimal (2,5) rendered 2.5 in the reference became 25.
  number_word         a spelled-out number (two, seven, dozen...) changed to its neighbour
                      while the source still says the original (as digits or words).
year_changed
  year_off_by_one     a year present in both languages moved by one.
spurious_year
  plausible_year      "im Jahr Y"/"Y" and "in Y"/"in the year Y" inserted mid-clause before a
                      preposition on both sides; Y is a year of the same document or one to
                      three years from it (dev uses unrelated years).
date_changed
  day_shifted         the day of a "6. August" date moved by one in the English.
  month_swapped       a month moved to its neighbour in the English (source keeps its month).
  weekday_shifted     a weekday moved to the next or previous day in the English.
quote_split
  attributed_split    a quotation followed by its attribution (sagte, erklärte, betonte,
                      so X...) closed early and its last 1-4 words reopened as a second quote
                      before the attribution, on both sides (like the seed's Blinken quote).
quote_unbalanced
  open_dropped / close_dropped   one quotation mark (straight or smart) deleted.
  stray_close         a closing mark added after a word outside any quotation.
  smart_mismatch      a closing ” replaced by an opening “ (two openers, no closer).
omission
  clause_dropped      a comma-bounded clause of 3-10 words removed (often the attribution).
  short_sentence_dropped   a sentence of at most 12 words removed from a longer paragraph.
repetition
  word_stutter        one content word doubled ("government government"); never a word of
                      ALLOWED_DOUBLES ("had had", "that that"), never a number.
  phrase_stutter      a 2-3 word phrase repeated once.
untranslated
  compound_left       an English noun phrase replaced by the German compound of the source
                      (GLOSSARY); compounds that English uses as names (Bundesliga,
                      Deutschlandticket...) are not in the glossary.
  short_sentence_left one short sentence (<= 12 words) left in German.
name_changed
  name_misspelt       a name spelt identically in both languages lost, doubled or swapped a
                      letter (Merkel -> Merkl).
  wrong_transliteration  an English standard form replaced by a wrong one from
                      TRANSLITERATION_ERRORS: the German transliteration (Peskow, Charkiw) or a
                      truncation of it (Pesko, Selensky). The decision for Selenskyj: accepted
                      English forms are Zelensky, Zelenskyy, Zelenskiy (ACCEPTED_FORMS);
                      "Selensky" is neither the source spelling nor a standard English form, so
                      it is an error.
  same_doc_name       a name replaced by another name of the same document that is not in
                      this paragraph (wrong person, but a name the document knows).
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

DEV = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev.jsonl"

# ---------------------------------------------------------------------------
# Hand-written news paragraphs (doc_id, German, English). The English is a correct
# translation on purpose written in the ways that trip naive checkers: "two dozen",
# "1.5 billion", "Aug. 6", "last year", "Fifteen" for 15, exonyms (Munich, Cologne,
# Kyiv), standard transliterations (Peskov, Zelensky), diacritics dropped (Terzic),
# German names kept as names (Deutschlandticket, 1. FC Köln).
OWN_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("own-d01",
     "„Wir sehen keine Grundlage für Verhandlungen“, sagte Kremlsprecher Dmitri Peskow am Dienstag in Moskau. "
     "Der ukrainische Präsident Wolodymyr Selenskyj hatte zuvor in Kiew erklärt, er sei zu Gesprächen bereit.",
     "\"We see no basis for negotiations,\" Kremlin spokesman Dmitry Peskov said in Moscow on Tuesday. "
     "Ukrainian President Volodymyr Zelensky had earlier said in Kyiv that he was ready for talks."),
    ("own-d01",
     "Nach Angaben des Verteidigungsministeriums wurden in der Nacht zum 6. August insgesamt 48 Drohnen "
     "abgeschossen. Zwei Dutzend davon seien über der Region Charkiw abgefangen worden, erklärte ein Sprecher.",
     "According to the Defence Ministry, a total of 48 drones were shot down overnight into Aug. 6. "
     "Two dozen of them were intercepted over the Kharkiv region, a spokesman said."),
    ("own-d01",
     "Die Europäische Union hat im vergangenen Jahr Hilfen in Höhe von 1,5 Milliarden Euro zugesagt. "
     "„Das ist erst der Anfang“, betonte Kommissionspräsidentin Ursula von der Leyen.",
     "The European Union pledged 1.5 billion euros in aid last year. "
     "\"This is only the beginning,\" Commission President Ursula von der Leyen stressed."),
    ("own-d02",
     "Der Münchner Autobauer BMW hat im ersten Quartal 2023 rund 588.000 Fahrzeuge ausgeliefert, 2,5 Prozent "
     "weniger als im Vorjahreszeitraum. Der Umsatz stieg dagegen auf 36,9 Milliarden Euro.",
     "Munich-based carmaker BMW delivered around 588,000 vehicles in the first quarter of 2023, 2.5 percent "
     "fewer than in the same period a year earlier. Revenue, by contrast, rose to 36.9 billion euros."),
    ("own-d02",
     "Vorstandschef Oliver Zipse zeigte sich zufrieden: „Wir sind gut ins Jahr gestartet“, sagte er am "
     "Donnerstag. Bis Ende 2025 sollen 15 neue Elektromodelle auf den Markt kommen.",
     "Chief executive Oliver Zipse was satisfied: \"We have made a good start to the year,\" he said on "
     "Thursday. Fifteen new electric models are to be launched by the end of 2025."),
    ("own-d02",
     "An der Börse in Frankfurt legte die Aktie am Freitag um 3,1 Prozent auf 104,50 Euro zu. Analysten der "
     "Deutschen Bank hoben ihr Kursziel von 110 auf 120 Euro an.",
     "On the Frankfurt stock exchange, the share rose 3.1 percent to 104.50 euros on Friday. Analysts at "
     "Deutsche Bank raised their price target from 110 to 120 euros."),
    ("own-d03",
     "In Köln sind am Wochenende mehr als 10.000 Menschen gegen Rechtsextremismus auf die Straße gegangen. "
     "Die Polizei sprach von einem friedlichen Verlauf; die Veranstalter hatten mit 5000 Teilnehmern gerechnet.",
     "More than 10,000 people took to the streets in Cologne at the weekend to protest against right-wing "
     "extremism. Police said the protest was peaceful; the organisers had expected 5,000 participants."),
    ("own-d03",
     "Der Deutsche Wetterdienst warnt für Mittwoch, den 14. Februar, vor Glatteis im Rheinland. Die "
     "Temperaturen sollen nachts auf bis zu minus 8 Grad fallen.",
     "The German Weather Service has warned of black ice in the Rhineland on Wednesday, February 14. "
     "Temperatures are expected to fall to as low as minus 8 degrees at night."),
    ("own-d03",
     "Oberbürgermeisterin Henriette Reker kündigte an, die Stadt werde 2,4 Millionen Euro in neue Radwege "
     "investieren. „Wir wollen bis 2030 klimaneutral sein“, so Reker.",
     "Mayor Henriette Reker announced that the city would invest 2.4 million euros in new cycle paths. "
     "\"We want to be climate-neutral by 2030,\" Reker said."),
    ("own-d04",
     "Bayern München hat am Samstag mit 3:1 gegen Borussia Dortmund gewonnen. Harry Kane traf zweimal, "
     "Thomas Müller erzielte das dritte Tor in der 78. Minute.",
     "Bayern Munich beat Borussia Dortmund 3-1 on Saturday. Harry Kane scored twice and Thomas Müller added "
     "the third goal in the 78th minute."),
    ("own-d04",
     "Vor 75.000 Zuschauern im ausverkauften Signal Iduna Park war Dortmund zunächst durch Donyell Malen in "
     "Führung gegangen. „Wir haben in der zweiten Halbzeit den Faden verloren“, erklärte Trainer Edin Terzić.",
     "In front of 75,000 spectators at a sold-out Signal Iduna Park, Dortmund had initially taken the lead "
     "through Donyell Malen. \"We lost our way in the second half,\" coach Edin Terzic explained."),
    ("own-d04",
     "Der Rekordmeister liegt damit nach 22 Spieltagen mit 52 Punkten an der Tabellenspitze, vier Zähler vor "
     "Bayer Leverkusen.",
     "The record champions are thus top of the table with 52 points after 22 matchdays, four points ahead of "
     "Bayer Leverkusen."),
    ("own-d05",
     "Bundeskanzler Olaf Scholz ist am Montag zu einem zweitägigen Besuch nach Washington gereist. Dort will "
     "er mit US-Präsident Joe Biden über die Lage im Nahen Osten sprechen.",
     "German Chancellor Olaf Scholz travelled to Washington on Monday for a two-day visit. There he intends "
     "to discuss the situation in the Middle East with US President Joe Biden."),
    ("own-d05",
     "Die Bundesregierung hatte erst im März weitere Waffenlieferungen im Wert von 500 Millionen Euro "
     "genehmigt. Kritik kam von der Opposition: „Das reicht bei Weitem nicht“, sagte CDU-Chef Friedrich Merz.",
     "The federal government approved further arms deliveries worth 500 million euros only in March. The "
     "opposition was critical: \"That is nowhere near enough,\" said CDU leader Friedrich Merz."),
    ("own-d05",
     "Nach einer Umfrage des Instituts Forsa sind 54 Prozent der Deutschen mit der Arbeit der Regierung "
     "unzufrieden. Im Januar waren es noch 47 Prozent gewesen.",
     "According to a survey by the Forsa institute, 54 percent of Germans are dissatisfied with the "
     "government's work. In January the figure was still 47 percent."),
    ("own-d06",
     "Die europäische Raumsonde Juice ist am 14. April 2023 vom Weltraumbahnhof Kourou in Französisch-Guayana "
     "gestartet. Sie soll im Juli 2031 den Jupiter erreichen.",
     "The European space probe Juice lifted off from the Kourou spaceport in French Guiana on April 14, 2023. "
     "It is scheduled to reach Jupiter in July 2031."),
    ("own-d06",
     "Die Mission kostet rund 1,6 Milliarden Euro. „Wir suchen nach Orten, an denen Leben möglich sein "
     "könnte“, sagte Projektleiter Giuseppe Sarri.",
     "The mission costs around 1.6 billion euros. \"We are looking for places where life could be possible,\" "
     "said project manager Giuseppe Sarri."),
    ("own-d06",
     "Die Sonde wiegt beim Start etwa 6,1 Tonnen, davon entfallen rund 3,6 Tonnen auf Treibstoff. Ihre "
     "Solarmodule haben eine Fläche von 85 Quadratmetern.",
     "At launch the probe weighs about 6.1 tonnes, around 3.6 tonnes of which is fuel. Its solar panels have "
     "an area of 85 square metres."),
    ("own-d07",
     "Das Landgericht Hamburg hat einen 34-jährigen Mann zu sieben Jahren Haft verurteilt. Er soll zwischen "
     "2019 und 2021 mehr als 200 Senioren um insgesamt 1,2 Millionen Euro betrogen haben.",
     "The Hamburg Regional Court has sentenced a 34-year-old man to seven years in prison. He is said to have "
     "defrauded more than 200 pensioners of a total of 1.2 million euros between 2019 and 2021."),
    ("own-d07",
     "„Der Angeklagte hat das Vertrauen älterer Menschen skrupellos ausgenutzt“, sagte die Vorsitzende "
     "Richterin bei der Urteilsverkündung am 12. Oktober. Die Verteidigung kündigte Revision an.",
     "\"The defendant unscrupulously exploited the trust of elderly people,\" the presiding judge said when "
     "delivering the verdict on October 12. The defence announced that it would appeal."),
    ("own-d07",
     "Die Staatsanwaltschaft hatte neun Jahre gefordert. Zwei Mittäter waren bereits im vergangenen Jahr zu "
     "jeweils drei Jahren verurteilt worden.",
     "The public prosecutor's office had called for nine years. Two accomplices had already been sentenced "
     "to three years each last year."),
    ("own-d08",
     "Der Anteil erneuerbarer Energien am Stromverbrauch in Deutschland ist 2023 auf 51,8 Prozent gestiegen. "
     "Das teilte der Bundesverband der Energie- und Wasserwirtschaft am 18. Dezember mit.",
     "The share of renewable energy in Germany's electricity consumption rose to 51.8 percent in 2023. The "
     "German Association of Energy and Water Industries announced this on December 18."),
    ("own-d08",
     "Windkraftanlagen an Land lieferten demnach 115 Milliarden Kilowattstunden, Photovoltaikanlagen rund 60 "
     "Milliarden. „Der Ausbau muss trotzdem schneller gehen“, betonte Verbandschefin Kerstin Andreae.",
     "Onshore wind turbines supplied 115 billion kilowatt hours, and photovoltaic systems around 60 billion. "
     "\"Expansion must nevertheless be faster,\" association head Kerstin Andreae stressed."),
    ("own-d08",
     "Bis 2030 sollen nach den Plänen der Bundesregierung 80 Prozent des Stroms aus erneuerbaren Quellen "
     "stammen.",
     "Under the federal government's plans, 80 percent of electricity is to come from renewable sources by "
     "2030."),
    ("own-d09",
     "Die Berlinale hat am Donnerstag, dem 15. Februar, mit dem Film „Small Things Like These“ begonnen. Bis "
     "zum 25. Februar werden mehr als 200 Filme gezeigt.",
     "The Berlinale opened on Thursday, Feb. 15, with the film \"Small Things Like These\". More than 200 "
     "films will be shown until February 25."),
    ("own-d09",
     "Hauptdarsteller Cillian Murphy sagte bei der Pressekonferenz: „Ich fühle mich geehrt, hier zu sein.“ "
     "Der irische Schauspieler ist für seine Rolle in „Oppenheimer“ für den Oscar nominiert.",
     "Lead actor Cillian Murphy said at the press conference: \"I feel honoured to be here.\" The Irish actor "
     "has been nominated for an Oscar for his role in \"Oppenheimer\"."),
    ("own-d09",
     "Festivalchef Carlo Chatrian rechnet mit rund 330.000 verkauften Tickets. Im Vorjahr waren es 320.000 "
     "gewesen.",
     "Festival director Carlo Chatrian expects around 330,000 tickets to be sold. The previous year the "
     "figure was 320,000."),
    ("own-d10",
     "Die Lokführergewerkschaft GDL hat für Mittwoch einen 24-stündigen Streik im Personenverkehr angekündigt. "
     "Betroffen seien bundesweit rund 80 Prozent der Fernzüge, teilte die Deutsche Bahn mit.",
     "The GDL train drivers' union has announced a 24-hour strike in passenger services for Wednesday. "
     "Around 80 percent of long-distance trains nationwide would be affected, Deutsche Bahn said."),
    ("own-d10",
     "GDL-Chef Claus Weselsky fordert eine Senkung der Wochenarbeitszeit von 38 auf 35 Stunden. „Wir lassen "
     "uns nicht erpressen“, erklärte dagegen Bahn-Personalvorstand Martin Seiler.",
     "GDL leader Claus Weselsky is demanding a reduction in the working week from 38 to 35 hours. \"We will "
     "not be blackmailed,\" Deutsche Bahn's head of personnel Martin Seiler declared in response."),
    ("own-d10",
     "Bereits im Januar hatte ein dreitägiger Streik den Bahnverkehr weitgehend lahmgelegt. Der "
     "wirtschaftliche Schaden wurde auf bis zu 100 Millionen Euro pro Tag geschätzt.",
     "In January, a three-day strike had already largely paralysed rail traffic. The economic damage was "
     "estimated at up to 100 million euros a day."),
    ("own-d11",
     "Die Zahl der Masernfälle in Europa hat sich im Jahr 2023 mehr als verdreißigfacht. Die "
     "Weltgesundheitsorganisation meldete mehr als 42.200 Fälle, nach 941 im Jahr zuvor.",
     "The number of measles cases in Europe increased more than thirtyfold in 2023. The World Health "
     "Organization reported more than 42,200 cases, compared with 941 the year before."),
    ("own-d11",
     "„Impfungen sind der einzige Weg, Kinder vor dieser gefährlichen Krankheit zu schützen“, sagte "
     "WHO-Regionaldirektor Hans Kluge am Dienstag in Kopenhagen.",
     "\"Vaccination is the only way to protect children from this dangerous disease,\" WHO regional director "
     "Hans Kluge said in Copenhagen on Tuesday."),
    ("own-d11",
     "In Deutschland wurden bis Mitte März 2024 bereits 163 Fälle registriert, etwa zwei Drittel davon bei "
     "Kindern unter 15 Jahren.",
     "In Germany, 163 cases had already been registered by mid-March 2024, about two thirds of them in "
     "children under the age of 15."),
    ("own-d12",
     "Bei schweren Unwettern im Süden Bayerns sind am Samstag, dem 1. Juni, mindestens vier Menschen ums "
     "Leben gekommen. Im Landkreis Günzburg wurden mehr als 3000 Einwohner evakuiert.",
     "At least four people were killed in severe storms in southern Bavaria on Saturday, June 1. More than "
     "3,000 residents were evacuated in the Günzburg district."),
    ("own-d12",
     "Ministerpräsident Markus Söder sagte finanzielle Hilfen in Höhe von 100 Millionen Euro zu. „Niemand "
     "wird allein gelassen“, versprach Söder bei einem Besuch in Reichertshofen.",
     "State premier Markus Söder pledged financial aid of 100 million euros. \"No one will be left alone,\" "
     "Söder promised during a visit to Reichertshofen."),
    ("own-d12",
     "Der Pegel der Donau in Kelheim stieg bis Sonntagabend auf 6,40 Meter. Der Deutsche Wetterdienst "
     "erwartet erst ab Dienstag eine Entspannung der Lage.",
     "The level of the Danube at Kelheim rose to 6.40 metres by Sunday evening. The German Weather Service "
     "does not expect the situation to ease until Tuesday."),
    ("own-d13",
     "Die Inflationsrate lag im Oktober bei 3,8 Prozent, nach 4,5 Prozent im September. Ökonomen hatten mit "
     "einem Rückgang auf 4,0 Prozent gerechnet.",
     "The inflation rate was 3.8 percent in October, after 4.5 percent in September. Economists had expected "
     "a decline to 4 percent."),
    ("own-d13",
     "Das Unternehmen beschäftigt weltweit rund 1,5 Mio. Menschen, davon gut 300.000 in Deutschland.",
     "The company employs around 1.5 million people worldwide, just over 300,000 of them in Germany."),
    ("own-d14",
     "Der 1. FC Köln trennt sich von Trainer Steffen Baumgart. Der Verein teilte am Mittwoch mit, man habe "
     "sich „im gegenseitigen Einvernehmen“ getrennt.",
     "1. FC Köln have parted company with coach Steffen Baumgart. The club said on Wednesday that the "
     "parting had been \"by mutual agreement\"."),
    ("own-d14",
     "Seit dem 1. Januar 2024 kostet das Deutschlandticket 49 Euro im Monat. Ab 2025 soll der Preis auf 58 "
     "Euro steigen, beschlossen die Verkehrsminister der Länder.",
     "Since January 1, 2024, the Deutschlandticket has cost 49 euros a month. From 2025 the price is to rise "
     "to 58 euros, the state transport ministers decided."),
    ("own-d15",
     "„Die Lage an der Grenze ist weiterhin angespannt“, erklärte Innenministerin Nancy Faeser am Freitag in "
     "Berlin. Seit dem 16. Oktober seien rund 1200 Personen zurückgewiesen worden.",
     "\u201cThe situation at the border remains tense,\u201d Interior Minister Nancy Faeser said in Berlin on "
     "Friday. Around 1,200 people have been turned back since October 16."),
    ("own-d15",
     "„Wir werden die Kontrollen bis mindestens Mitte Dezember fortsetzen“, betonte Faeser. Die Bundespolizei "
     "habe dafür 800 zusätzliche Beamte abgestellt.",
     "\u201cWe will continue the checks until at least mid-December,\u201d Faeser stressed. The federal police "
     "had assigned 800 additional officers for this purpose."),
    ("own-d16",
     "Der Hurrikan „Milton“ ist in der Nacht zum Donnerstag mit Windgeschwindigkeiten von bis zu 195 "
     "Kilometern pro Stunde auf die Küste Floridas getroffen. „Das ist ein Sturm, wie wir ihn seit 100 Jahren "
     "nicht erlebt haben“, sagte Gouverneur Ron DeSantis.",
     "Hurricane Milton made landfall on the Florida coast overnight into Thursday with wind speeds of up to "
     "195 kilometres per hour. \"This is a storm like we have not seen in 100 years,\" Governor Ron DeSantis "
     "said."),
    ("own-d16",
     "Mehr als drei Millionen Haushalte waren am Donnerstagmorgen ohne Strom. Die Behörden hatten zuvor rund "
     "5,5 Millionen Menschen aufgefordert, ihre Häuser zu verlassen.",
     "More than three million households were without power on Thursday morning. The authorities had "
     "previously urged some 5.5 million people to leave their homes."),
    ("own-d17",
     "Der Nobelpreis für Literatur geht in diesem Jahr an den norwegischen Schriftsteller Jon Fosse. Die "
     "Auszeichnung ist mit elf Millionen Kronen dotiert, umgerechnet rund 950.000 Euro.",
     "This year's Nobel Prize in Literature goes to the Norwegian writer Jon Fosse. The award is worth eleven "
     "million crowns, or around 950,000 euros."),
    ("own-d17",
     "„Ich bin überwältigt und ein wenig erschrocken“, sagte Fosse dem norwegischen Rundfunk NRK. Die "
     "Preisverleihung findet traditionell am 10. Dezember in Stockholm statt.",
     "\u201cI am overwhelmed and a little frightened,\u201d Fosse told the Norwegian broadcaster NRK. The award "
     "ceremony traditionally takes place in Stockholm on December 10."),
    ("own-d18",
     "Die Lufthansa streicht am Mittwoch wegen eines Warnstreiks des Bodenpersonals mehr als 1000 Flüge. Rund "
     "100.000 Passagiere sind nach Angaben des Konzerns betroffen.",
     "Lufthansa is cancelling more than 1,000 flights on Wednesday because of a warning strike by ground "
     "staff. Around 100,000 passengers are affected, according to the company."),
    ("own-d18",
     "„Dieser Streik ist völlig unverhältnismäßig“, kritisierte Personalvorstand Michael Niggemann. Die "
     "Gewerkschaft Verdi fordert 12,5 Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten.",
     "\"This strike is completely out of proportion,\" human resources chief Michael Niggemann complained. The "
     "Verdi union is demanding a 12.5 percent pay rise over a term of twelve months."),
    ("own-d19",
     "Am Sonntag, dem 9. Juni, waren rund 350 Millionen Menschen in der EU zur Europawahl aufgerufen. Die "
     "Wahlbeteiligung lag bei 51 Prozent, so die Angaben des Europäischen Parlaments.",
     "Around 350 million people in the EU were called to vote in the European elections on Sunday, June 9. "
     "Turnout was 51 percent, according to the European Parliament."),
    ("own-d19",
     "„Die Mitte hat gehalten“, sagte Kommissionspräsidentin Ursula von der Leyen am Wahlabend in Brüssel. "
     "Ihre Europäische Volkspartei gewann 188 der 720 Sitze.",
     "\"The centre has held,\" Commission President Ursula von der Leyen said in Brussels on election night. "
     "Her European People's Party won 188 of the 720 seats."),
)

# ---------------------------------------------------------------------------
# Language tables.
TYPE_CATEGORY = {
    "number_changed": "number", "year_changed": "date", "spurious_year": "date", "date_changed": "date",
    "quote_split": "quote", "quote_unbalanced": "quote", "omission": "omission",
    "repetition": "repetition", "untranslated": "untranslated", "name_changed": "name",
}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember")
# AP style: March to July are never abbreviated.
MONTH_ABBR_AP = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
                 "October": "Oct.", "November": "Nov.", "December": "Dec."}
MONTH_FROM_ABBR = {v: k for k, v in MONTH_ABBR_AP.items()} | {"Sep.": "September"}
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

NUMBER_WORDS_EN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                   "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12}
NUMBER_WORDS_DE = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                   "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dutzend": 12}
WORD_FOR_VALUE_EN = {v: k for k, v in NUMBER_WORDS_EN.items() if k != "dozen"}

SCALES_DE = {  # German scale word (lower-case prefix) -> English scale word
    "mio": "million", "million": "million", "mrd": "billion", "milliard": "billion",
    "billion": "trillion",
}
SCALE_ERRORS = {"million": ("billion",), "billion": ("million", "trillion"), "trillion": ("billion",)}

# Doubled words that can be correct English ("he had had", "that that").
ALLOWED_DOUBLES = frozenset({"had", "that", "is", "very", "no", "so", "bye", "knock", "long"})
STOPWORDS = frozenset("""a an the and or but of in on at to for with by from as is are was were be been being
has have had do does did not no it its he she they we you i his her their our my this that these those
there here who whom which what when where why how than then so if also said says would will can could
should may might must about after before into over under up out more most some any all each other such
only just very said""".split())

# German noun -> English renderings an MT system may leave untranslated. Absent on purpose: compounds
# English texts keep as names (Bundesliga, Bundestag, Deutschlandticket, Kindergarten) and German words
# that are also English words (Trainer, Festival, Hotel).
GLOSSARY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Bundesregierung", ("federal government", "German government")),
    ("Bundeskanzler", ("Chancellor",)), ("Bundeskanzlerin", ("Chancellor",)),
    ("Staatsanwaltschaft", ("public prosecutor's office", "prosecutor's office", "prosecutors",
                            "public prosecutor")),
    ("Ermittlungen", ("investigations", "investigation", "inquiries")),
    ("Einsatzkräfte", ("emergency services", "emergency workers", "rescue workers")),
    ("Feuerwehr", ("fire brigade", "fire department", "firefighters")),
    ("Berufsfeuerwehr", ("fire brigade", "fire department")),
    ("Polizei", ("police",)),
    ("Bürgermeister", ("mayor",)), ("Oberbürgermeisterin", ("Mayor", "mayor")),
    ("Außenminister", ("Foreign Minister", "foreign minister", "Secretary of State")),
    ("Ministerpräsident", ("State premier", "premier", "Prime Minister", "prime minister")),
    ("Wissenschaftler", ("scientists", "researchers", "scientist")),
    ("Abgeordneten", ("MPs", "deputies", "members of parliament", "lawmakers")),
    ("Aufsichtsrat", ("supervisory board",)),
    ("Gesellschaft", ("society",)), ("Unterstützung", ("support",)),
    ("Herausforderung", ("challenge",)), ("Entscheidung", ("decision",)),
    ("Vergangenheit", ("past",)), ("Zusammenhang", ("connection", "context")),
    ("Verdächtigen", ("suspect", "suspects")), ("Nationaltrainer", ("national coach",)),
    ("Nationalspieler", ("international", "national team player")),
    ("Wetterdienst", ("Weather Service", "weather service")),
    ("Glatteis", ("black ice",)), ("Tabellenspitze", ("top of the table",)),
    ("Verteidigungsministeriums", ("Defence Ministry", "Defense Ministry", "Ministry of Defence")),
    ("Weltraumbahnhof", ("spaceport",)), ("Raumsonde", ("space probe",)),
    ("Solarmodule", ("solar panels",)), ("Treibstoff", ("fuel",)),
    ("Windkraftanlagen", ("wind turbines",)), ("Photovoltaikanlagen", ("photovoltaic systems",)),
    ("Stromverbrauch", ("electricity consumption",)),
    ("Lokführergewerkschaft", ("train drivers' union",)), ("Wochenarbeitszeit", ("working week",)),
    ("Fernzüge", ("long-distance trains",)), ("Bahnverkehr", ("rail traffic",)),
    ("Masernfälle", ("measles cases",)), ("Weltgesundheitsorganisation", ("World Health Organization",)),
    ("Urteilsverkündung", ("delivering the verdict", "verdict")), ("Verteidigung", ("defence", "defense")),
    ("Mittäter", ("accomplices",)), ("Kursziel", ("price target",)), ("Umsatz", ("Revenue", "revenue", "sales")),
    ("Autobauer", ("carmaker",)), ("Fahrzeuge", ("vehicles",)), ("Radwege", ("cycle paths",)),
    ("Zuschauern", ("spectators",)), ("Spieltagen", ("matchdays",)), ("Unwettern", ("storms",)),
    ("Pressekonferenz", ("press conference",)), ("Schauspieler", ("actor",)),
    ("Schauspielerin", ("actress",)), ("Inflationsrate", ("inflation rate",)),
    ("Gottesdienst", ("service", "church service")), ("Brandursache", ("cause of the fire",)),
    ("Versicherung", ("insurance",)), ("Flüchtlinge", ("refugees",)), ("Krankenhaus", ("hospital",)),
    ("Bundesland", ("state",)), ("Bevölkerung", ("population",)), ("Regierung", ("government",)),
    ("Wahlkampf", ("election campaign",)), ("Mannschaft", ("team",)), ("Verein", ("club",)),
    ("Spieler", ("players",)), ("Unternehmen", ("company",)),
    ("Gericht", ("court",)), ("Richter", ("judge",)), ("Angeklagte", ("defendant",)),
    ("Zeugen", ("witnesses",)), ("Behörden", ("authorities",)), ("Kinder", ("children",)),
)

# Wrong English renderings of names whose English form is standard (the German transliteration kept,
# or a truncation of it); ACCEPTED_FORMS lists what is NOT an error for a German spelling.
TRANSLITERATION_ERRORS = {
    "Zelensky": ("Selensky", "Selenskyj"), "Peskov": ("Pesko", "Peskow"), "Kharkiv": ("Charkiw", "Kharkov"),
    "Volodymyr": ("Wolodymyr",), "Kyiv": ("Kiew",), "Dmitry": ("Dmitrij",), "Terzic": ("Terzik",),
    "Cologne": ("Koln",), "Munich": ("Munchen",),
}
ACCEPTED_FORMS = {
    "Selenskyj": ("Zelensky", "Zelenskyy", "Zelenskiy"), "Peskow": ("Peskov",), "Charkiw": ("Kharkiv",),
    "Wolodymyr": ("Volodymyr",), "Kiew": ("Kyiv", "Kiev"), "Dmitri": ("Dmitry", "Dmitri"),
    "Terzić": ("Terzic", "Terzić"), "Köln": ("Cologne", "Köln"), "München": ("Munich",),
}

# Words capitalised in both languages that are not names.
NOT_NAMES = frozenset(set(MONTHS_EN) | set(WEEKDAYS_EN) | set(MONTHS_DE) | {
    "Euro", "Euros", "Prozent", "Oscar", "Video", "Facebook", "Twitter", "Instagram", "Internet", "Team",
    "Hotel", "Film", "Minister", "Präsident", "President", "Party", "Show", "Star", "Stars", "Fans",
    "Festival", "Museum", "Union", "Bank", "Club", "Park", "Online", "Chef", "Manager", "Trainer",
    "Deutsche", "German", "Germany", "Deutschland", "Europe", "Europa", "Berlin", "Europäische",
    "European", "Bayern", "Bahn", "Mittwoch", "Tickets", "Ticket", "Drive", "Service", "Boss",
})
ABBREVIATIONS = frozenset({"Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr",
                           "St", "Prof", "Nr", "Mio", "Mrd", "ca", "bzw", "vs", "etc", "U.S", "z.B", "Co",
                           "Inc", "Jr", "No"})
ATTRIBUTION_DE = ("sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "so", "versprach",
                  "fügte", "meinte", "kündigte", "teilte", "warnte", "schrieb", "hieß", "ergänzte", "kritisierte")
ATTRIBUTION_EN = ("said", "says", "told", "stressed", "explained", "added", "declared", "promised",
                  "complained", "warned", "wrote", "emphasised", "emphasized", "insisted", "according")
PREPOSITIONS_DE = ("von", "mit", "für", "auf", "an", "bei", "nach", "über", "gegen", "vor", "aus", "zu")
PREPOSITIONS_EN = ("with", "for", "on", "at", "by", "from", "against", "to", "of", "over", "after")

YEAR_RE = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20\d\d)(?![\d])")


# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Injection:
    kind: str
    type: str
    detail: str
    span: str
    translation: str
    source: Optional[str] = None  # set when the error is injected on both sides
    source_span: Optional[str] = None

    def error(self) -> dict:
        e = {"type": self.type, "side": "both" if self.source is not None else "translation",
             "category": TYPE_CATEGORY[self.type], "detail": f"{self.kind}: {self.detail}", "span": self.span}
        if self.source_span is not None:
            e["source_span"] = self.source_span
        return e


@dataclass(frozen=True)
class Base:
    doc_id: str
    source: str
    reference: str
    doc_years: tuple[int, ...]
    doc_names: tuple[str, ...]


Injector = Callable[[Base, str, random.Random], Optional[Injection]]
INJECTORS: dict[str, tuple[str, Injector]] = {}


def injector(kind: str, type_: str):
    def deco(f):
        INJECTORS[kind] = (type_, f)
        return f
    return deco


def splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def words_with_pos(text: str):
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Za-zÄÖÜäöüßÀ-ÿ'’-]+", text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries, not splitting after ordinals ("6. August") or abbreviations ("Aug. 6")."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"”“]?\s+(?=[\"“„]?[A-ZÄÖÜ0-9])", text):
        before = re.search(r"([\w.]+)[.!?]$", text[start:m.start() + 1])
        token = before.group(1) if before else ""
        if token.isdigit() or token in ABBREVIATIONS or (len(token) == 1 and token.isupper()):
            continue
        end = m.end() - len(m.group()) + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def source_numbers(source: str) -> list[float]:
    """Values of the German numbers (10.000 = 10000, 2,5 = 2.5) and number words."""
    vals = []
    for m in re.finditer(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", source):
        vals.append(float(m.group().replace(".", "").replace(",", ".")))
    for w in re.findall(r"[A-Za-zäöüß]+", source.lower()):
        if w in NUMBER_WORDS_DE:
            vals.append(float(NUMBER_WORDS_DE[w]))
    return vals


def is_year(value: str) -> bool:
    return bool(YEAR_RE.fullmatch(value))


# ---------------------------------------------------------------------------
# Clean styles: still correct translations (the hard negatives).
def style_smart_quotes(src: str, en: str, rng: random.Random) -> Optional[str]:
    if en.count('"') < 2 or en.count('"') % 2:
        return None
    out, opening = [], True
    for ch in en:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def style_german_thousands(src: str, en: str, rng: random.Random) -> Optional[str]:
    hits = [m for m in re.finditer(r"(?<![\d.,])(\d{1,3}),(\d{3})(?![\d,])", en)
            if f"{m.group(1)}.{m.group(2)}" in src]
    if not hits:
        return None
    m = rng.choice(hits)
    return splice(en, m.start(), m.end(), f"{m.group(1)}.{m.group(2)}")


def style_month_abbrev(src: str, en: str, rng: random.Random) -> Optional[str]:
    hits = [m for m in re.finditer(r"\b(" + "|".join(MONTH_ABBR_AP) + r") (\d{1,2})\b", en)]
    if not hits:
        return None
    m = rng.choice(hits)
    return splice(en, m.start(1), m.end(1), MONTH_ABBR_AP[m.group(1)])


def style_day_month(src: str, en: str, rng: random.Random) -> Optional[str]:
    hits = [m for m in re.finditer(r"\b(" + "|".join(MONTHS_EN) + r") (\d{1,2})\b(?!,? \d{4})", en)]
    if not hits:
        return None
    m = rng.choice(hits)
    return splice(en, m.start(), m.end(), f"{m.group(2)} {m.group(1)}")


STYLES = {"smart_quotes": style_smart_quotes, "german_thousands": style_german_thousands,
          "month_abbrev": style_month_abbrev, "day_month": style_day_month}


# ---------------------------------------------------------------------------
# number_changed
@injector("digit_nudged", "number_changed")
def inject_digit_nudged(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    src_vals = source_numbers(b.source)
    hits = [m for m in re.finditer(r"(?<![\d.,:-])(\d{1,3})(?![\d.,:]\d)(?!\d)", en)
            if int(m.group(1)) >= 3 and not is_year(m.group(1)) and float(m.group(1)) in src_vals]
    if not hits:
        return None
    m = rng.choice(hits)
    old = int(m.group(1))
    options = [old + d for d in (-2, -1, 1, 2) if old + d > 0]
    if 10 <= old <= 99 and old % 10 != old // 10 and old % 10:
        options.append(int(str(old)[::-1]))
    new = str(rng.choice([o for o in options if float(o) not in src_vals] or options))
    return Injection("digit_nudged", "number_changed", f"number {old} changed to {new} (source has {old})",
                     new, splice(en, m.start(1), m.end(1), new))


@injector("thousands_broken", "number_changed")
def inject_thousands_broken(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = [m for m in re.finditer(r"(?<![\d.,])(\d{1,3})([.,])(\d{3})(?![\d]|[.,]\d)", en)
            if float(m.group(1) + m.group(3)) in source_numbers(b.source)]
    if not hits:
        return None
    m = rng.choice(hits)
    lead, sep, tail = m.groups()
    options = [f"{lead}{sep}{tail[:2]}"]  # a digit dropped at the end: 10,00 / 10.00
    if len(lead) > 1 and lead[1] != "0":
        options.append(f"{lead[1:]}{sep}{tail}")  # a digit of the lead group dropped: 588,000 -> 88,000
    else:
        options.append(f"{lead}{tail[:2]}")  # the group collapsed: 5,000 -> 500
    new = rng.choice(options)
    return Injection("thousands_broken", "number_changed",
                     f"grouped number {m.group()} became {new} (source has {lead}.{tail})",
                     new, splice(en, m.start(), m.end(), new))


@injector("scale_word", "number_changed")
def inject_scale_word(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    src_scales = {SCALES_DE[k] for w in re.findall(r"\b(Mio|Mrd|Million|Milliard|Billion)", b.source)
                  for k in (w.lower(),) if k in SCALES_DE}
    hits = [m for m in re.finditer(r"\b(\d[\d.,]*) (million|billion|trillion)\b", en) if m.group(2) in src_scales]
    if not hits:
        return None
    m = rng.choice(hits)
    new_word = rng.choice(SCALE_ERRORS[m.group(2)])
    new = f"{m.group(1)} {new_word}"
    return Injection("scale_word", "number_changed",
                     f"scale {m.group(2)} changed to {new_word} (source scale unchanged)",
                     new, splice(en, m.start(), m.end(), new))


@injector("decimal_misread", "number_changed")
def inject_decimal_misread(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = [m for m in re.finditer(r"(?<![\d.,])(\d+)\.(\d{1,2})(?![\d]|[.,]\d)", en)
            if f"{m.group(1)},{m.group(2)}" in b.source]
    if not hits:
        return None
    m = rng.choice(hits)
    new = m.group(1) + m.group(2)
    return Injection("decimal_misread", "number_changed",
                     f"decimal {m.group()} (source {m.group(1)},{m.group(2)}) read as {new}",
                     new, splice(en, m.start(), m.end(), new))


@injector("number_word", "number_changed")
def inject_number_word(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    src_vals = source_numbers(b.source)
    hits = [m for m in re.finditer(r"\b(" + "|".join(NUMBER_WORDS_EN) + r")\b", en, flags=re.I)
            if float(NUMBER_WORDS_EN[m.group(1).lower()]) in src_vals]
    if not hits:
        return None
    m = rng.choice(hits)
    old = m.group(1)
    if old.lower() == "dozen":
        new = rng.choice(["score", "hundred"])
        detail = f"'{old}' (12) changed to '{new}'"
    else:
        val = NUMBER_WORDS_EN[old.lower()]
        choices = [v for v in (val - 1, val + 1) if v in WORD_FOR_VALUE_EN and float(v) not in src_vals]
        if not choices:
            return None
        new = WORD_FOR_VALUE_EN[rng.choice(choices)]
        new = new.capitalize() if old[0].isupper() else new
        detail = f"number word '{old}' changed to '{new}' (source has {val})"
    return Injection("number_word", "number_changed", detail, new, splice(en, m.start(), m.end(), new))


# year_changed / spurious_year
@injector("year_off_by_one", "year_changed")
def inject_year_off_by_one(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    src_years = set(YEAR_RE.findall(b.source))
    hits = [m for m in YEAR_RE.finditer(en) if m.group(1) in src_years]
    if not hits:
        return None
    m = rng.choice(hits)
    old = int(m.group(1))
    choices = [y for y in (old - 1, old + 1) if str(y) not in src_years]
    if not choices:
        return None
    new = str(rng.choice(choices))
    return Injection("year_off_by_one", "year_changed", f"year {old} changed to {new}", new,
                     splice(en, m.start(), m.end(), new))


def mid_clause_slots(text: str, preps: tuple[str, ...]) -> list[int]:
    """Positions before a preposition with at least three words before it in the sentence and two after."""
    slots = []
    for s, e in sentence_spans(text):
        ws = words_with_pos(text[s:e])
        for i, (ws_, we, w) in enumerate(ws):
            if w in preps and 3 <= i <= len(ws) - 3:
                before = text[s + ws[i - 1][1]:s + ws_]
                if before.strip() == "" and not re.search(r"\d\s*$", text[:s + ws_]):
                    slots.append(s + ws_)
    return slots


@injector("plausible_year", "spurious_year")
def inject_plausible_year(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    de_slots, en_slots = mid_clause_slots(b.source, PREPOSITIONS_DE), mid_clause_slots(en, PREPOSITIONS_EN)
    if not de_slots or not en_slots:
        return None
    if b.doc_years:
        anchor = rng.choice(b.doc_years)
        year = anchor if rng.random() < 0.5 else anchor + rng.choice((-3, -2, -1, 1, 2, 3))
    else:
        year = rng.randint(2012, 2023)
    de_phrase = rng.choice((f"im Jahr {year}", f"{year}", f"im Jahre {year}"))
    en_phrase = rng.choice((f"in {year}", f"in {year}", f"in the year {year}"))
    ds, es = rng.choice(de_slots), rng.choice(en_slots)
    docs = ", ".join(map(str, sorted(b.doc_years))) or "none"
    return Injection("plausible_year", "spurious_year",
                     f"spurious '{de_phrase}' / '{en_phrase}' inserted mid-clause in source and translation "
                     f"(document years: {docs})", en_phrase,
                     splice(en, es, es, en_phrase + " "), splice(b.source, ds, ds, de_phrase + " "), de_phrase)


# date_changed
MONTH_ALT = "|".join(list(MONTHS_EN) + [re.escape(a) for a in MONTH_FROM_ABBR])
EN_DATE_RES = (re.compile(r"\b(?P<month>" + MONTH_ALT + r") (?P<day>\d{1,2})(?:st|nd|rd|th)?\b"),
               re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)? (?P<month>" + MONTH_ALT + r")"))


def month_index(name: str) -> int:
    return MONTHS_EN.index(MONTH_FROM_ABBR.get(name, name))


def en_dates(en: str):
    for rx in EN_DATE_RES:
        for m in rx.finditer(en):
            yield m, month_index(m.group("month")), int(m.group("day"))


@injector("day_shifted", "date_changed")
def inject_day_shifted(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = [(m, mi, d) for m, mi, d in en_dates(en) if re.search(rf"\b{d}\. ?{MONTHS_DE[mi]}", b.source)]
    if not hits:
        return None
    m, mi, d = rng.choice(hits)
    new_day = d + 1 if d < 28 and (d == 1 or rng.random() < 0.5) else d - 1
    new = splice(m.group(), m.start("day") - m.start(), m.end("day") - m.start(), str(new_day))
    return Injection("day_shifted", "date_changed", f"day changed: '{m.group()}' -> '{new}'", new,
                     splice(en, m.start(), m.end(), new))


@injector("month_swapped", "date_changed")
def inject_month_swapped(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = [m for m in re.finditer(r"\b(" + "|".join(MONTHS_EN) + r")\b", en)
            if MONTHS_DE[MONTHS_EN.index(m.group(1))] in b.source]
    hits += [m for m in re.finditer(r"(?<!\w)(" + "|".join(re.escape(a) for a in MONTH_FROM_ABBR) + r")", en)
             if MONTHS_DE[month_index(m.group(1))] in b.source]
    if not hits:
        return None
    m = rng.choice(hits)
    mi = month_index(m.group(1))
    new_mi = (mi + rng.choice((-1, 1))) % 12
    if MONTHS_DE[new_mi] in b.source:
        return None
    new = MONTHS_EN[new_mi]
    if m.group(1).endswith("."):
        new = MONTH_ABBR_AP.get(new, new)
    return Injection("month_swapped", "date_changed", f"month changed: {m.group(1)} -> {new}", new,
                     splice(en, m.start(1), m.end(1), new))


@injector("weekday_shifted", "date_changed")
def inject_weekday_shifted(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = [m for m in re.finditer(r"\b(" + "|".join(WEEKDAYS_EN) + r")\b", en)
            if WEEKDAYS_DE[WEEKDAYS_EN.index(m.group(1))] in b.source]
    if not hits:
        return None
    m = rng.choice(hits)
    wi = WEEKDAYS_EN.index(m.group(1))
    new_wi = (wi + rng.choice((-1, 1))) % 7
    if WEEKDAYS_DE[new_wi] in b.source:
        return None
    new = WEEKDAYS_EN[new_wi]
    return Injection("weekday_shifted", "date_changed", f"weekday changed: {m.group(1)} -> {new}", new,
                     splice(en, m.start(), m.end(), new))


# quote_split
DE_ATTRIBUTED = re.compile(r"(?P<open>[„\"“»])(?P<body>[^„\"“”»«]{20,}?)(?P<close>[“\"”«]),? (?:"
                           + "|".join(ATTRIBUTION_DE) + r")\b")
EN_ATTRIBUTED = re.compile(r"(?P<open>[\"“])(?P<body>[^\"“”]{20,}?,)(?P<close>[\"”])(?= (?:\S+ ){0,7}?(?:"
                           + "|".join(ATTRIBUTION_EN) + r")\b)")


def split_quote(body: str, k: int, opener: str, closer: str) -> Optional[tuple[str, str]]:
    """"A B C D," -> ("A B." "C D,"): the rebuilt quotations and the span from the closing word on."""
    m = re.match(r"^(.*?)([,.!?]?)$", body.strip())
    words, tail = m.group(1).split(), m.group(2)
    if len(words) < k + 3:
        return None
    first, second = " ".join(words[:-k]).rstrip(",;:"), " ".join(words[-k:])
    second = second[0].upper() + second[1:]
    rebuilt = f"{first}.{closer} {opener}{second}{tail}"
    span = f"{words[-k - 1].rstrip(',;:')}.{closer} {opener}{second}{tail}{closer}"
    return rebuilt, span


@injector("attributed_split", "quote_split")
def inject_attributed_split(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    dm = list(DE_ATTRIBUTED.finditer(b.source))
    em = list(EN_ATTRIBUTED.finditer(en))
    if len(dm) != 1 or len(em) != 1:
        return None
    dm, em = dm[0], em[0]
    shortest = min(len(dm.group("body").split()), len(em.group("body").split()))
    if shortest < 4:
        return None
    k = rng.randint(1, min(4, shortest - 3))
    de = split_quote(dm.group("body"), k, dm.group("open"), dm.group("close"))
    en_ = split_quote(em.group("body"), k, em.group("open"), em.group("close"))
    if not de or not en_:
        return None
    verb = b.source[dm.end("close"):dm.end()].strip(", ")
    return Injection("attributed_split", "quote_split",
                     f"quotation closed early and its last {k} words reopened as a separate quote before "
                     f"the attribution ('{verb}'), in source and translation", en_[1],
                     splice(en, em.start("body"), em.end("body"), en_[0]),
                     splice(b.source, dm.start("body"), dm.end("body"), de[0]), de[1])


# quote_unbalanced
def en_quote_marks(en: str) -> list[tuple[int, str, bool]]:
    """(position, mark, is_opening) for the straight and smart double quotes of the English."""
    marks, opening = [], True
    for m in re.finditer(r"[\"“”]", en):
        ch = m.group()
        is_open = ch == "\u201c" or (ch == '"' and opening)
        if ch == '"':
            opening = not opening
        marks.append((m.start(), ch, is_open))
    return marks


def mark_with_word(en: str, pos: int, is_open: bool) -> str:
    if is_open:
        m = re.match(r"\S+", en[pos:])
        return m.group()
    m = re.search(r"\S+$", en[:pos + 1])
    return m.group()


@injector("mark_dropped", "quote_unbalanced")
def inject_mark_dropped(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    marks = en_quote_marks(en)
    if len(marks) < 2:
        return None
    pos, ch, is_open = rng.choice(marks)
    span = mark_with_word(en, pos, is_open)
    which = "opening" if is_open else "closing"
    return Injection("open_dropped" if is_open else "close_dropped", "quote_unbalanced",
                     f"{which} quotation mark {ch} deleted in the translation", span, splice(en, pos, pos + 1, ""))


@injector("stray_close", "quote_unbalanced")
def inject_stray_close(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    marks = en_quote_marks(en)
    inside = [(marks[i][0], marks[i + 1][0]) for i in range(0, len(marks) - 1, 2)]
    words = [(s, e, w) for s, e, w in words_with_pos(en)
             if len(w) > 3 and not any(a <= s <= z for a, z in inside) and e < len(en) - 1 and en[e] == " "]
    if not words:
        return None
    s, e, w = rng.choice(words[1:] or words)
    ch = "\u201d" if any(c == "\u201d" for _, c, _ in marks) else '"'
    return Injection("stray_close", "quote_unbalanced", f"closing quotation mark {ch} added after '{w}'",
                     w + ch, splice(en, e, e, ch))


@injector("smart_mismatch", "quote_unbalanced")
def inject_smart_mismatch(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    closers = [m.start() for m in re.finditer("\u201d", en)]
    if not closers:
        return None
    pos = rng.choice(closers)
    new = splice(en, pos, pos + 1, "\u201c")
    return Injection("smart_mismatch", "quote_unbalanced", "closing \u201d replaced by an opening \u201c",
                     mark_with_word(new, pos, False), new)


# omission
@injector("clause_dropped", "omission")
def inject_clause_dropped(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = []
    starts = [s for s, _ in sentence_spans(en)]
    # The clause ends at a comma, a semicolon or a full stop, not at a number's decimal point: "rose by 2.8 percent"
    # cut at "2" would leave ".8 percent", a number garbled, not a clause dropped.
    for m in re.finditer(r", ([^,;:.!?\"“”‘’()]+?)(?=[,;]|\.(?!\d))", en):
        n = len(m.group(1).split())
        sentence_start = max(s for s in starts if s <= m.start())
        # Three words must stay before the clause, or the sentence left is a stub ("In fact.").
        if 3 <= n <= 10 and not re.match(r"\d", m.group(1)) and len(en[sentence_start:m.start()].split()) >= 3:
            hits.append(m)
    if not hits:
        return None
    m = rng.choice(hits)
    return Injection("clause_dropped", "omission", f"clause of {len(m.group(1).split())} words dropped",
                     m.group(), splice(en, m.start(), m.end(), ""))


@injector("short_sentence_dropped", "omission")
def inject_short_sentence_dropped(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    spans = sentence_spans(en)
    if len(spans) < 2:
        return None
    hits = [(i, s, e) for i, (s, e) in enumerate(spans) if 3 <= len(en[s:e].split()) <= 12
            and en[s:e].count('"') % 2 == 0 and en[s:e].count("\u201c") == en[s:e].count("\u201d")]
    if not hits:
        return None
    i, s, e = rng.choice(hits)
    cut_end = spans[i + 1][0] if i + 1 < len(spans) else e
    cut_start = s if i + 1 < len(spans) else spans[i - 1][1]
    return Injection("short_sentence_dropped", "omission", f"sentence {i + 1} of {len(spans)} "
                     f"({len(en[s:e].split())} words) dropped", en[s:e], splice(en, cut_start, cut_end, ""))


# repetition
@injector("word_stutter", "repetition")
def inject_word_stutter(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    ws = [(s, e, w) for s, e, w in words_with_pos(en)[1:]
          if len(w) >= 3 and w.lower() not in STOPWORDS and w.lower() not in ALLOWED_DOUBLES]
    if not ws:
        return None
    s, e, w = rng.choice(ws)
    return Injection("word_stutter", "repetition", f"word '{w}' doubled", f"{w} {w}",
                     splice(en, s, e, f"{w} {w}"))


@injector("phrase_stutter", "repetition")
def inject_phrase_stutter(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    ws = words_with_pos(en)
    n = rng.choice((2, 3))
    starts = [i for i in range(1, len(ws) - n) if all(en[ws[j][1]:ws[j + 1][0]] == " " for j in range(i, i + n - 1))]
    if not starts:
        return None
    i = rng.choice(starts)
    s, e = ws[i][0], ws[i + n - 1][1]
    phrase = en[s:e]
    return Injection("phrase_stutter", "repetition", f"phrase '{phrase}' repeated twice in a row",
                     f"{phrase} {phrase}", splice(en, s, e, f"{phrase} {phrase}"))


# untranslated
@injector("compound_left", "untranslated")
def inject_compound_left(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = []
    for de, ens in GLOSSARY:
        dm = re.search(rf"\b{de}\b", b.source)
        if not dm:
            continue
        for e in ens:
            for m in re.finditer(rf"\b{re.escape(e)}\b", en):
                hits.append((de, m))
    if not hits:
        return None
    de, m = rng.choice(hits)
    return Injection("compound_left", "untranslated", f"'{m.group()}' left as the German '{de}'", de,
                     splice(en, m.start(), m.end(), de))


@injector("short_sentence_left", "untranslated")
def inject_short_sentence_left(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    de_spans, en_spans = sentence_spans(b.source), sentence_spans(en)
    if len(de_spans) != len(en_spans) or len(de_spans) < 2:
        return None
    hits = [i for i, (s, e) in enumerate(de_spans) if len(b.source[s:e].split()) <= 12]
    if not hits:
        return None
    i = rng.choice(hits)
    de = b.source[de_spans[i][0]:de_spans[i][1]]
    s, e = en_spans[i]
    return Injection("short_sentence_left", "untranslated",
                     f"sentence {i + 1} of {len(en_spans)} ({len(de.split())} words) left in German", de,
                     splice(en, s, e, de))


# name_changed
def shared_names(source: str, en: str) -> list[re.Match]:
    """Capitalised words spelt the same in both languages, not sentence-initial in the English."""
    starts = {s for s, _ in sentence_spans(en)}
    out = []
    for m in re.finditer(r"\b[A-ZÄÖÜ][a-zäöüßéèáíóúćčšž]{3,}\b", en):
        w = m.group()
        if w in NOT_NAMES or m.start() in starts or en[max(0, m.start() - 1):m.start()] in "\"“":
            continue
        if re.search(rf"\b{w}\b", source) and w.lower() not in STOPWORDS:
            out.append(m)
    return out


def misspell(name: str, rng: random.Random) -> str:
    i = rng.randint(1, len(name) - 2)
    ops = [name[:i] + name[i + 1:],  # a letter dropped
           name[:i] + name[i + 1] + name[i] + name[i + 2:],  # two letters swapped
           name[:i] + name[i] + name[i:]]  # a letter doubled
    options = [o for o in ops if o != name]
    return rng.choice(options)


@injector("name_misspelt", "name_changed")
def inject_name_misspelt(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = shared_names(b.source, en)
    if not hits:
        return None
    m = rng.choice(hits)
    new = misspell(m.group(), rng)
    return Injection("name_misspelt", "name_changed", f"name '{m.group()}' misspelt as '{new}'", new,
                     splice(en, m.start(), m.end(), new))


@injector("wrong_transliteration", "name_changed")
def inject_wrong_transliteration(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = [(m, wrong) for right, wrongs in TRANSLITERATION_ERRORS.items()
            for m in re.finditer(rf"\b{right}\b", en) for wrong in wrongs]
    if not hits:
        return None
    m, wrong = rng.choice(hits)
    return Injection("wrong_transliteration", "name_changed",
                     f"standard English '{m.group()}' replaced by '{wrong}'", wrong,
                     splice(en, m.start(), m.end(), wrong))


@injector("same_doc_name", "name_changed")
def inject_same_doc_name(b: Base, en: str, rng: random.Random) -> Optional[Injection]:
    hits = shared_names(b.source, en)
    others = [n for n in b.doc_names if n not in b.source and n not in en]
    if not hits or not others:
        return None
    m, new = rng.choice(hits), rng.choice(others)
    return Injection("same_doc_name", "name_changed",
                     f"name '{m.group()}' replaced by '{new}' (from the same document)", new,
                     splice(en, m.start(), m.end(), new))


# ---------------------------------------------------------------------------
def load_bases(dev_path: Optional[Path], pairs: Optional[list[tuple[str, str, str]]] = None) -> list[Base]:
    """The clean dev pairs (if a dev file is given) and OWN_PAIRS, or the (doc_id, German, English)
    ``pairs`` given instead, with their documents' years and names."""
    if pairs is None:
        pairs = []
        if dev_path is not None:
            with open(dev_path, encoding="utf-8") as f:
                for line in f:
                    rec = json.loads(line)
                    if not rec["errors"]:
                        pairs.append((rec["doc_id"], rec["source"], rec["reference"]))
        pairs.extend(OWN_PAIRS)
    years: dict[str, set[int]] = collections.defaultdict(set)
    names: dict[str, list[str]] = collections.defaultdict(list)
    for doc, de, en in pairs:
        years[doc].update(int(y) for y in YEAR_RE.findall(de))
        for m in shared_names(de, en):
            if m.group() not in names[doc]:
                names[doc].append(m.group())
    return [Base(doc, de, en, tuple(sorted(years[doc])), tuple(names[doc])) for doc, de, en in pairs]


def apply_style(b: Base, rng: random.Random) -> str:
    """The reference, maybe in a correct but unusual English style (see STYLES)."""
    kinds = list(STYLES)
    rng.shuffle(kinds)
    for k in kinds:
        if rng.random() < 0.5:
            styled = STYLES[k](b.source, b.reference, rng)
            if styled is not None:
                return styled
    return b.reference


def inject(b: Base, en: str, rng: random.Random, type_counts: collections.Counter,
           kind_counts: collections.Counter) -> Optional[Injection]:
    """One error of the least-used type, and within it the least-used kind, that applies to this pair.

    Kinds that rarely apply (a decimal comma, a smart closing quote) are taken whenever they can be,
    so every kind is represented rather than the ones that apply everywhere.
    """
    n_kinds = collections.Counter(t for t, _ in INJECTORS.values())
    candidates = []
    for kind, (type_, fn) in INJECTORS.items():
        inj = fn(b, en, rng)
        if inj is not None and inj.translation != en:
            # Scaled so a type of one kind and a type of five balanced kinds weigh the same.
            load = type_counts[type_] + kind_counts[kind] * n_kinds[type_]
            candidates.append(((load, rng.random()), kind, inj))
    if not candidates:
        return None
    _, kind, inj = min(candidates, key=lambda c: c[0])
    kind_counts[kind] += 1
    return inj


def validate(rec: dict) -> None:
    """The invariants every generated record keeps (also asserted by the tests)."""
    if not rec["errors"]:
        assert rec["translation"] == rec["reference"], rec["id"]
        return
    err = rec["errors"][0]
    assert rec["translation"] != rec["reference"], rec["id"]
    assert err["category"] == TYPE_CATEGORY[err["type"]], rec["id"]
    removed = len(rec["translation"]) < len(rec["reference"]) and err["span"] in rec["reference"]
    assert err["span"] in rec["translation"] or removed, (rec["id"], err)
    if err["side"] == "both":
        assert err["source_span"] in rec["source"], (rec["id"], err)


def generate(bases: list[Base], seed: int, passes: int = 2, clean_share: float = 0.4) -> list[dict]:
    rng = random.Random(seed)
    total = len(bases) * passes
    clean_ids = set(rng.sample(range(total), round(total * clean_share)))
    type_counts: collections.Counter = collections.Counter()
    kind_counts: collections.Counter = collections.Counter()
    records = []
    for n in range(total):
        b = bases[n % len(bases)]
        pass_no = n // len(bases)
        doc_id = b.doc_id if pass_no == 0 else f"{b.doc_id}~{pass_no + 1}"
        reference = apply_style(b, rng)
        source, translation, errors = b.source, reference, []
        if n not in clean_ids:
            inj = inject(b, reference, rng, type_counts, kind_counts)
            if inj is not None:
                type_counts[inj.type] += 1
                translation = inj.translation
                source = inj.source if inj.source is not None else source
                errors = [inj.error()]
        rec = {"id": f"hard-{n + 1:04d}", "doc_id": doc_id, "source": source, "translation": translation,
               "reference": reference, "errors": errors}
        validate(rec)
        records.append(rec)
    return records


def summary(records: list[dict]) -> str:
    kinds = collections.Counter(r["errors"][0]["detail"].split(":")[0] for r in records if r["errors"])
    types = collections.Counter(r["errors"][0]["type"] for r in records if r["errors"])
    clean = sum(1 for r in records if not r["errors"])
    lines = [f"{len(records)} records, {clean} clean, {len(records) - clean} corrupted"]
    lines += [f"  {t:18s} {types[t]:4d}" for t in TYPE_CATEGORY]
    lines += [f"    {k:24s} {v:4d}" for k, v in sorted(kinds.items())]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dev", type=Path, default=DEV, help="dev.jsonl whose clean records are used as bases")
    ap.add_argument("--passes", type=int, default=2, help="times each base pair is used (new doc_id each time)")
    args = ap.parse_args(argv)
    records = generate(load_bases(args.dev), args.seed, args.passes)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(summary(records), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
