"""number_mismatch: values agree across German and English formats, words, units and times."""
import pytest

from pipeline.checks.config import load_config
from pipeline.checks.numbers import read_numerals
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit

CHECK = "number_mismatch"


def flags_for(source, translation, check=CHECK):
    return run_checks([Unit(id="u", source=source, translation=translation)], only={check})[0]


def counted(flags):
    return [f for f in flags if f.severity != Severity.INFO]


PASSING = [
    # A German number read as a day of a month in digits alone („4.5“) is a version's number as often: no partner
    # that makes an English number left over an error.
    ("version-read-as-a-day", "Ja, wir haben beide neu gemacht und benutzen die Version 4.5.",
     "Yes, we redid both and are using version 4.5."),
    # ... nor is a day of a date the English names otherwise ("May Day", "Monday") a partner for another English number.
    ("day-named-otherwise-beside-a-reworded-number", "Am 1. Mai demonstrierten in Berlin 12.000 Menschen.",
     "On May Day, 12,000 people demonstrated in Berlin, up 20 percent on last year."),
    ("day-said-as-a-weekday-beside-a-converted-sum", "Am 15. Mai sagte die EU 1 Milliarde Euro zu.",
     "On Monday the EU pledged €1 billion ($1.1 billion)."),
    ("fraction-opening-a-german-compound", "Die Partei erreichte eine Zwei-Drittel-Mehrheit.",
     "The party won a two-thirds majority."),
    # German counts the living room among a flat's rooms.
    ("rooms-counted-the-german-way", "Sie mieteten eine Drei-Zimmer-Wohnung in Köln.",
     "They rented a two-bedroom apartment in Cologne."),
    # Two weeks as one unit of English: "a fortnight".
    ("fortnight", "Die Sperrung dauerte zwei Wochen.", "The closure lasted a fortnight."),
    # A time taken, hours, minutes and seconds, spelt out: the unit names the first part only.
    ("race-time-spelt-out", "Sie gewann den Marathon in 2:16:42 Stunden.",
     "She won the marathon in 2 hours, 16 minutes and 42 seconds."),
    ("race-time-kept", "Sie gewann den Marathon in 2:16:42 Stunden.", "She won the marathon in 2:16:42."),
    # An ordinal that opens a compound is no fraction's denominator: "seven eighth-grade pupils".
    ("ordinal-opening-a-compound", "Getötet wurden sieben Schüler der achten Klasse.",
     "Seven eighth-grade pupils were killed."),
    # Rain in litres on a square metre is its height in millimetres.
    ("rain-in-litres-per-square-metre", "In Gaspar fielen 412 Liter Regen pro Quadratmeter.",
     "In Gaspar, 412 millimetres of rain fell."),
    ("rain-in-litres-on-the-square-metre", "Es fielen dreißig Liter auf den Quadratmeter.",
     "Thirty litres per square metre fell."),
    # ... and when the sentence names the area apart from the litres, on either side.
    ("rain-area-fronted", "Pro Quadratmeter Beet reichen dann zwei bis drei Liter im Frühjahr.",
     "Two to three liters per square meter of bed in spring are then sufficient."),
    ("rain-area-after-the-verb-in-english", "In Aachen fielen 80 Liter Regen pro Quadratmeter.",
     "In Aachen, 80 liters of rain fell per square meter."),
    ("rain-area-fronted-beside-an-abbreviation", "Pro Quadratmeter fielen ca. 40 Liter.",
     "Around 40 liters fell per square meter."),
    ("rain-area-fronted-beside-a-date", "Pro qm fielen am 3. Juli 40 Liter.", "On July 3, 40 liters fell per square meter."),
    # The area of another clause or thing: the litres are a volume on both sides.
    ("litres-after-a-price-per-area", "Der Boden kostet 9 Euro pro Quadratmeter; der Tank fasst 80 Liter.",
     "The floor costs 9 euros per square meter. The tank holds 80 liters."),
    ("litres-beside-a-square-metre-of-floor", "Der Tank fasst 500 Liter und braucht nur einen Quadratmeter Platz.",
     "The tank holds 500 litres and takes up only a square metre of floor space."),
    # The scale word of the second number of a range is the first one's too.
    ("range-shares-scale", "Der Gewinn ging von 142 auf 118 Millionen Euro zurück.",
     "Profit fell from 142 million to 118 million euros."),
    # A designation's number and letter: "Kepler-22b" is no 22 billion.
    ("designation-with-a-letter", "Der Planet mit der Bezeichnung Kepler-22b wurde vorgestellt.",
     "The planet, named Kepler-22b, was announced."),
    # A number with a letter glued to it, written alike on both sides: a school class, not four billion.
    ("same-number-and-letter", "Die Kinder der 4b sangen ein Lied.", "The children of class 4b sang a song."),
    # ... also beside another such designation, whose number could pair with its own by value: „8b … 8c“.
    ("same-numbers-and-letters-paired-across", "Sehr geehrte Eltern der Klasse 8b, die Klasse fährt mit der 8c nach "
     "Straßburg.", "Dear parents of class 8b, the class is going to Strasbourg with 8c."),
    ("range-shares-scale-across-adverbs", "Die Kosten sind von ursprünglich 24 auf inzwischen 61 Millionen Euro gestiegen.",
     "The cost has risen from an original €24 million to €61 million."),
    ("range-shares-scale-in-english", "Der Gewinn ging von 142 Millionen auf 118 Millionen Euro zurück.",
     "Profit fell from 142 to 118 million euros."),
    # A fraction is a fraction, a share in percent, or "n in d".
    ("fraction-hyphenated", "Rund zwei Drittel aller Pflegebedürftigen werden zu Hause gepflegt.",
     "Around two-thirds of all people in need of care are looked after at home."),
    ("fraction-as-one-in-three", "Ein Drittel der Befragten war dagegen.", "One in three respondents was against it."),
    # ... or the head of a compound of the unit it divides: „zwei Zehntelsekunden“.
    ("fraction-opening-a-compound", "Sie gewann mit knapp zwei Zehntelsekunden Vorsprung.",
     "She won by just under two tenths of a second."),
    ("fraction-as-percent", "Ein Drittel der Befragten war dagegen.", "33 percent of respondents were against it."),
    ("and-a-half", "Die Fahrt dauerte zweieinhalb Stunden.", "The trip took two and a half hours."),
    ("district-is-no-fraction", "Ein Viertel mit vielen Cafés liegt am Fluss.", "A neighbourhood with many cafés lies on the river."),
    ("between-shares-scale", "Es kostet zwischen 20 und 30 Milliarden.", "It costs between 20 billion and 30 billion."),
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
    # A quantity in other units that convert into each other, or a rate the tables lack.
    ("duration-in-other-units", "Die Verhandlungen dauerten 48 Stunden.", "The talks lasted two days."),
    ("duration-same-unit", "Das Kind ist 6 Jahre alt.", "The child is a 6-year-old."),
    # The adjective of a span after its number is that span: „14-täglich“ is every two weeks.
    ("span-adjective-in-other-units", "Die Biotonne wird 14-täglich geleert.",
     "The organic waste bin is emptied every two weeks."),
    ("span-adjective-same-unit", "Es folgt ein 6-wöchiger Kurs.", "A six-week course follows."),
    # A number and a half, half or a fraction of one unit, in another unit („eineinhalb Stunden“, "90 minutes").
    ("and-a-half-in-other-units", "Die Sitzung dauerte eineinhalb Stunden.", "The meeting lasted 90 minutes."),
    ("and-a-half-unit-inside", "Die Sitzung dauerte 90 Minuten.", "The meeting lasted an hour and a half."),
    # An article and a number made an adjective are no clock time after "it is": "a ten-minute walk".
    ("article-and-number-adjective-no-time", "Vom Busbahnhof sind es zehn Minuten zu Fuß bis zur Altstadt.",
     "From the bus station, it is a ten-minute walk to the old town."),
    ("quarter-of-an-hour", "Der Zug hatte 15 Minuten Verspätung.", "The train was a quarter of an hour late."),
    ("half-an-hour", "Er wartete 30 Minuten.", "He waited for half an hour."),
    ("german-half-hour", "Er wartete eine halbe Stunde.", "He waited for 30 minutes."),
    ("german-quarter-hour", "Er wartete eine Viertelstunde.", "He waited for 15 minutes."),
    # As many parts as make a whole are no fraction: "the four quarters" of the world.
    ("parts-of-a-whole", "Die Inka nannten ihr Reich das Land der vier Weltgegenden.",
     "The Inca called their empire the land of the four quarters."),
    # ... and quarters after a word that orders them are quarters of a year: „die ersten drei Quartale“.
    ("quarters-of-a-year", "Der Handel sank in den ersten drei Quartalen 2020 um 20 Prozent.",
     "Trade fell by 20 percent in the first three quarters of 2020."),
    ("speed-spelt-out", "Der Wind erreichte 148 Kilometer pro Stunde.", "The wind reached 148 kilometres per hour."),
    ("rate-per-unit", "Der Preis lag bei 80 Dollar pro Barrel.", "The price was 80 dollars a barrel."),
    ("speed-with-spaces", "Als Höchstgeschwindigkeit waren 65 km/h gefordert.", "The top speed required was 65 km / h."),
    ("clock-24-hour", "Der Zug fuhr um 20 Uhr ab.", "The train left at 8 p.m."),
    ("clock-24-hour-bare", "Der Zug fuhr um 20 Uhr ab.", "The train left at 8 in the evening."),
    ("clock-evening-word", "Der Zug fuhr um 8 Uhr abends ab.", "The train left at 8 p.m."),
    ("clock-range-half-marked", "Die Geschäfte öffnen von 9 bis 18 Uhr.", "Shops open from 9 a.m. to 6 p.m."),
    ("clock-midnight", "Das Spiel beginnt um 0 Uhr.", "The game starts at 12 a.m."),
    # A road's number with its code: „Bundesstraße 41“ is "the B41".
    ("road-code", "Das Auto fuhr in Richtung Bundesstraße 41 davon.", "The car sped off towards the B41."),
    ("road-code-both", "Auf der A 8 bei Leonberg staute es sich.", "Traffic backed up on the A8 near Leonberg."),
    # In English a capital letter apart from a number is a word: "A 2019 study" names a year, no road.
    ("english-article-before-a-year", "Eine Studie aus dem Jahr 2019 kam zu 300 Fällen.", "A 2019 study found 300 cases."),
    # The hour that opens a range is an hour of the same clock.
    ("clock-range-bare-evening", "Man sollte Fahrten zwischen 17 und 19 Uhr vermeiden.",
     "Avoid travelling between 5 and 7 in the evening."),
    ("clock-range-pm-once", "Die Bar ist von 20 bis 23 Uhr geöffnet.", "The bar is open from 8 to 11 p.m."),
]


@pytest.mark.parametrize("source,translation", [c[1:] for c in PASSING], ids=[c[0] for c in PASSING])
def test_passes(source, translation):
    assert counted(flags_for(source, translation)) == []


FAILING = [
    # id, German, English, flagged English text, suggestion (None: no automatic fix)
    # A designation written alike on both sides is paired first, the numbers beside it by value.
    ("number-beside-an-alike-designation", "Die Klasse 8b hat 28 Schüler.", "Class 8b has 8 pupils.", "8",
     "Class 8b has 28 pupils."),
    ("number-beside-a-designation-it-opens", "Er kaufte 3 Karten für das 3D-Kino.",
     "He bought 4 tickets for the 3D cinema.", "4", "He bought 3 tickets for the 3D cinema."),
    ("score-said-in-words-changed", "„Wir liegen null zu zwei hinten.“", "\"We're three-nil down.\"", "three",
     "\"We're two-nil down.\""),
    ("race-time-part-changed", "Sie gewann den Marathon in 2:16:42 Stunden.",
     "She won the marathon in 2 hours, 18 minutes and 42 seconds.", "18",
     "She won the marathon in 2 hours, 16 minutes and 42 seconds."),
    # Quarters of a year counted unlike the German's; three quarters of a whole are no three („drei Stimmen“).
    ("quarters-of-a-year-changed", "In den letzten zwei Quartalen sank der Umsatz.",
     "In the last three quarters sales fell.", "three quarters", None),
    ("fraction-for-a-count", "Drei der Stimmen gingen an ihn.", "Three quarters of the votes went to him.",
     "Three quarters", None),
    ("the-unit-and-a-half-for-two", "Die Bauarbeiten dauerten zwei Jahre.",
     "The construction work lasted the past year and a half.", "the past year and a half", None),
    # A fraction opening a compound is no count („Zwei-Drittel-Mehrheit“ / "a two-thirds majority" passes, in PASSING).
    # A count opening a German compound, changed in the English's ("a three-person household").
    # Litres with no area in their sentence are a volume, whatever another sentence says.
    ("litres-no-height", "Der Tank fasst 80 Liter. Pro Quadratmeter kostet der Boden 9 Euro.",
     "The tank holds 80 liters per square meter. The floor costs 9 euros per square meter.",
     "80", None),
    ("count-opening-a-compound-changed", "Das reicht für einen Zwei-Personen-Haushalt.",
     "That is enough for a three-person household.", "three", "That is enough for a two-person household."),
    # A time's "seconds" is no rank 2 that a lost „zwei“ could pair with.
    ("count-changed-beside-seconds", "Sie gewann die erste von zwei Abfahrten mit 0,42 Sekunden Vorsprung.",
     "She won the first of three downhills by 0.42 seconds.", "three",
     "She won the first of two downhills by 0.42 seconds."),
    # A decimal's digits run together: no identifier regrouped, for the word after it has no digits.
    ("decimal-comma-dropped", "Sie schwamm einen Jugendrekord von 59,12 Sekunden.",
     "She swam a youth record of 5912 seconds.", "5912", "She swam a youth record of 59.12 seconds."),
    ("fraction-changed", "Zwei Drittel der Befragten waren dagegen.", "Three quarters of respondents were against it.",
     "Three quarters", None),
    # A quantity changed in another unit: the German number in the English one's place would be wrong too.
    ("and-a-half-changed-in-other-units", "Die Sitzung dauerte zweieinhalb Stunden.", "The meeting lasted 90 minutes.",
     "90", None),
    ("duration-changed-in-other-units", "Die Verhandlungen dauerten 48 Stunden.", "The talks lasted three days.",
     "three", None),
    ("range-number-changed", "Der Gewinn ging von 142 auf 118 Millionen Euro zurück.",
     "Profit fell from 143 million to 118 million euros.", "143 million",
     "Profit fell from 142 million to 118 million euros."),
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
    ("road-code-changed", "Das Auto fuhr in Richtung Bundesstraße 41 davon.", "The car sped off towards the B14.",
     "B14", "The car sped off towards the B41."),
    ("clock-range-start-changed", "Man sollte Fahrten zwischen 17 und 19 Uhr vermeiden.",
     "Avoid travelling between 4 and 7 in the evening.", "4", None),
    ("number-word-changed", "Bei dem Unfall wurden 4 Menschen verletzt.", "Five people were injured in the accident.",
     "Five", "Four people were injured in the accident."),
    ("same-unit-no-rounding", "Der 36 Kilometer lange Radweg.", "The 35-kilometer cycle track.", "35",
     "The 36-kilometer cycle track."),
    ("money-glued-m-is-millions", "Der Verein zahlte 16 Millionen Euro.", "The club paid €26m.", "26m",
     "The club paid €16m."),
    # The same number with another unit: another quantity, and no number to write in its place.
    ("unit-of-time-changed", "Vor zwei Wochen wurde er entlassen.", "He was fired two years ago.", "two", None),
    ("unit-of-length-changed", "Die Strecke ist 20 Kilometer lang.", "The route is 20 miles long.", "20", None),
    ("points-become-percent", "Die Quote stieg um 2 Prozentpunkte.", "The rate rose by 2 percent.", "2", None),
    ("span-adjective-unit-changed", "Das 3-tägige Fest beginnt.", "The three-week festival begins.", "three", None),
    ("rate-unit-changed", "Der Wind erreichte 148 Kilometer pro Stunde.", "The wind reached 148 miles per hour.",
     "148", None),
    # A clock that says which 8 o'clock: „20 Uhr“ is 8 p.m., „8 Uhr“ without an evening word 8 a.m.
    ("clock-24-hour-read-as-morning", "Der Zug fuhr um 20 Uhr ab.", "The train left at 8 a.m.", "8 a.m.", None),
    ("clock-morning-read-as-evening", "Der Zug fuhr um 8 Uhr ab.", "The train left at 8 p.m.", "8 p.m.", None),
    # A date's day changed into a number no date has: the English reads no date, its number stands for the German day.
    ("day-of-a-date-changed-past-any-date", "Der Film hatte am 14. August 1959 Premiere.",
     "The film premiered on 41 August 1959.", "41", "The film premiered on 14 August 1959."),
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


def test_designations_paired_across_leave_not_even_a_note():
    # Designations written alike are paired before numbers by value: "8b" beside „8b“ is no English number without a
    # German partner (eight billion), though its 8 and that of „8c“ could pair by value.
    assert flags_for("Sehr geehrte Eltern der Klasse 8b, die Klasse fährt mit der 8c nach Straßburg.",
                     "Dear parents of class 8b, the class is going to Strasbourg with 8c.") == []


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
    # A scale hyphenated into an adjective; a unit letter so joined stays a unit.
    ("en", "25-million-euro programme", {25e6}), ("de", "25-Millionen-Euro-Programm", {25e6}),
    ("en", "4-m wall", {4.0}),
    # A digit after a number's point goes on that number: "PM2.5" holds no "5", only the count after it.
    ("en", "PM2.5 at 3", {3.0}),
    # German writes a number below a million as one word; English says its parts apart.
    ("de", "dreihundertfünfzig", {350.0}), ("de", "zweitausendzwanzig", {2020.0}),
    ("de", "neunzehnhundertneunundachtzig", {1989.0}), ("en", "three hundred and fifty", {350.0}),
    ("en", "two hundred eighty", {280.0}),
    # A year said in two pairs where a year stands: after a month or a preposition of time.
    ("en", "in March twenty twenty", {2020.0}), ("en", "since nineteen eighty-nine", {1989.0}),
    # A scale word after a hundred scales the whole (a guard: "between a hundred thousand and two million" is two
    # numbers, test_a_scale_after_a_thousand_begins_a_number).
    ("en", "three hundred and fifty million", {350e6}),
    # A noun that says a number of years.
    ("en", "the Bauhaus centenary", {100.0}), ("en", "its bicentennial", {200.0}),
]


# The first number of a range shares the second one's scale word (and keeps its own value): across the
# link and up to two lower-case words after it, not across a noun (a unit of its own).
SHARED_SCALE = [
    ("von 142 auf 118 Millionen Euro", {142.0, 142e6}),
    ("von ursprünglich 24 auf inzwischen 61 Millionen Euro", {24.0, 24e6}),
    ("zwischen 3 und gut 5 Milliarden", {3.0, 3e9}),
    ("von 24 Euro auf 61 Millionen Euro", {24.0}),
    ("von 24 auf bis dahin nie erreichte 61 Millionen", {24.0}),
]


@pytest.mark.parametrize("text,values", SHARED_SCALE, ids=[c[0] for c in SHARED_SCALE])
def test_a_range_shares_its_scale(text, values):
    assert set(read_numerals(text, "de")[0].values) == values


@pytest.mark.parametrize("text,values", [("between a hundred thousand and two million", [{1e5}, {2e6}]),
                                         ("some two thousand and three million", [{2e3}, {3e6}]),
                                         ("two thousand and two m high", [{2002.0}])],
                         ids=["hundred-thousand-and-two-million", "thousand-and-million", "glued-scale-is-a-unit"])
def test_a_scale_after_a_thousand_begins_a_number(text, values):
    assert [set(n.values) for n in read_numerals(text, "en")] == values


# A span's adjective carries its unit glued to the number by a hyphen; apart it says how often („500 täglich“ are 500
# a day), and the number keeps no unit.
SPAN_ADJECTIVES = [("Die Tonne wird 14-täglich geleert.", 14 * 86400.0), ("Ein 3-tägiges Fest.", 3 * 86400.0),
                   ("Es kamen 500 täglich.", None), ("Ich pendle seit 1997 täglich.", None)]


@pytest.mark.parametrize("text,seconds", SPAN_ADJECTIVES, ids=[c[0] for c in SPAN_ADJECTIVES])
def test_a_span_adjective_is_a_unit_only_glued_to_its_number(text, seconds):
    (n,) = [x for x in read_numerals(text, "de") if x.text[:1].isdigit()]
    assert (n.measure and set(n.measure[1])) == ({seconds} if seconds else None)


@pytest.mark.parametrize("lang,text,values", READINGS, ids=[f"{c[0]}:{c[1]}" for c in READINGS])
def test_reads_values_in_each_language(lang, text, values):
    nums = read_numerals(text, lang)
    assert len(nums) == 1 and set(nums[0].values) == values


def test_suggestions_are_budgeted_in_a_long_paragraph():
    de, en = "Es kamen 200 Gäste. " * 40, "There were 2000 guests. " * 40
    flags = counted(flags_for(de, en))
    assert len(flags) == 40
    limit = load_config().params(CHECK)["max_suggestions"]
    assert sum(f.suggestion is not None for f in flags) == limit
    assert all("no suggestion" in f.message for f in flags[limit:])


# --- formats that are no numbers of their own -----------------------------------------------------

FORMAT_PASSING = [
    ("resolution-4k", "Die Zappiti 4K HDR Serie bietet das beste Filmerlebnis.",
     "The Zappiti 4K HDR series offers the best film experience."),
    ("colour-temperature", "Die Farbtemperatur lässt sich im Bereich von 3100 - 5650K einstellen.",
     "The colour temperature can be set in the range of 3100 - 5650K."),
    ("mobile-generation", "Das Dorf hat nur 2G-Empfang.", "The village only has 2G reception."),
    ("bit-depth", "Der Codec nutzt 10-Bit-Farbcodierung.", "The codec uses 10-bit colour coding."),
    ("disease-name", "Die Zahl der COVID-19-Fälle stieg auf 120.", "The number of COVID-19 cases rose to 120."),
    ("model-name", "Der Airbus A380 landete mit 500 Passagieren.", "The Airbus A380 landed with 500 passengers."),
    ("model-name-counted-with-a-plural", "Die letzte SR.N4 steht im Museum.",
     "The last of the SR.N4s is in the museum."),
    ("model-name-in-the-plural", "Im Hangar stehen drei A320.", "Three A320s stand in the hangar."),
    ("times-sign", "Die Platine misst nur 30mm x15.5mm.", "The board measures only 30 mm x 15.5 mm."),
    ("english-space-grouping", "Die neue Bezeichnung 255 001 wurde nie verwendet.",
     "The new designation 255 001 was never used."),
    ("english-ungrouped", "Rund 12.000 Menschen kamen zur Demonstration.", "Around 12000 people came to the demonstration."),
    ("german-ungrouped", "Rund 12000 Menschen kamen zur Demonstration.", "Around 12,000 people came to the demonstration."),
    ("money-glued-capital-m", "Der Verein zahlte 5 Mio. Dollar.", "The club paid $5M."),
    ("year-then-count", "Im Jahr 2019 kamen 100 Menschen ums Leben.", "In 2019 100 people died."),
    ("half-hour", "Das Treffen beginnt um halb neun.", "The meeting starts at half past eight."),
    ("half-hour-with-uhr", "Das Treffen beginnt um halb 9 Uhr.", "The meeting starts at 8.30 am."),
    ("half-twelve", "Wir treffen uns um halb eins.", "We meet at half past twelve."),
    ("half-a-million", "Eine halbe Million Menschen kam.", "Half a million people came."),
    # One identifier grouped otherwise: the same digits in the same order.
    ("identifier-regrouped", "Die E 95 02 steht im Museum.", "The E 95.02 is in the museum."),
    ("identifier-range-regrouped", "Sie erhielten die Nummern E 95 01–06.", "They received the numbers E 95.01-06."),
]


@pytest.mark.parametrize("source,translation", [c[1:] for c in FORMAT_PASSING], ids=[c[0] for c in FORMAT_PASSING])
def test_formats_pass(source, translation):
    assert counted(flags_for(source, translation)) == []


WORD_FAILING = [
    # number words with a scale are as firm as digits
    ("million-as-billion", "Der Bund gibt drei Millionen Euro für das Programm aus.",
     "The federal government spends three billion euros on the programme.", "three billion"),
    ("german-billion-is-trillion", "Die Staatsschulden liegen bei zwei Billionen Euro.",
     "The national debt is two billion euros.", "two billion"),
    ("dozen-as-hundred", "Die Truppen eroberten zwei Dutzend Dörfer.", "The troops captured two hundred villages.",
     "two hundred"),
    ("mio-as-billion", "Die Stadt erhält 1,5 Mio. Euro vom Land.", "The city receives 1.5 billion euros from the state.",
     "1.5 billion"),
    ("clock-time-changed", "Der Anpfiff ist am Samstag um 14 Uhr in Köln.", "Kick-off is at 4 pm on Saturday in Cologne.",
     "4 pm"),
    ("half-hour-an-hour-late", "Die Sitzung beginnt um halb drei.", "The meeting starts at half past three.",
     "half past three"),
    # A rank said in a word pairs with the other side's rank word before a count word may take it: "third" is
    # „dritten“'s, and „drei“ stands against "two".
    ("count-changed-beside-a-rank-of-its-value", "Sie blieb drei Monate und wohnte im dritten Stock.",
     "She stayed for two months and lived on the third floor.", "two"),
    ("count-changed-before-a-rank-of-its-value", "Heidenheim spielt noch gegen drei Teams, Kiel gegen den Dritten.",
     "Heidenheim still play four teams, Kiel the third-placed team.", "four"),
]


@pytest.mark.parametrize("source,translation,flagged", [c[1:] for c in WORD_FAILING], ids=[c[0] for c in WORD_FAILING])
def test_number_words_fail(source, translation, flagged):
    (f,) = counted(flags_for(source, translation))
    assert translation[f.translation_span[0]:f.translation_span[1]] == flagged


# --- magnitudes, multiples and ranks written as words ----------------------------------------------

MAG_FAILING = [
    # id, check, German, English, flagged English text
    ("tens-of-thousands-as-tens", "number_word", "Feuer in Umspannanlage: Zehntausende Menschen ohne Strom",
     "Fire at substation: Tens of people without power", "Tens"),
    ("tens-of-thousands-as-thousands", "number_word", "Zehntausende Menschen demonstrierten in Belgrad.",
     "Thousands of people demonstrated in Belgrade.", "Thousands"),
    ("hundreds-of-millions-as-hundreds", "number_word", "Hunderte Millionen Menschen hungern.",
     "Hundreds of people are starving.", "Hundreds"),
    ("dozens-as-hundreds", "number_word", "Dutzende Häuser wurden zerstört.", "Hundreds of houses were destroyed.",
     "Hundreds"),
    ("tripled-as-doubled", "number_word", "Die Zahl der Fälle hat sich binnen einer Woche verdreifacht.",
     "The number of cases has doubled within a week.", "doubled"),
    ("half-as-double", "number_word", "Der Preis hat sich halbiert.", "The price has doubled.", "doubled"),
    # A share said by a fraction word on one side.
    ("half-as-third", "number_word", "Die Hälfte der Befragten stimmte zu.", "A third of those surveyed agreed.",
     "A third"),
    ("quarter-as-half", "number_word", "Ein Viertel der Schüler fehlte.", "Half of the pupils were absent.", "Half"),
    ("third-as-second", "rank_mismatch", "Die Weltranglisten-Dritte verlor in Wimbledon.",
     "The world number two lost at Wimbledon.", "number two"),
    ("rank-noun", "rank_mismatch", "Der Läufer aus Kenia wurde Dritter.", "The runner from Kenya came second.",
     "second"),
    ("third-time", "rank_mismatch", "Sie gewann das Turnier zum dritten Mal.",
     "She won the tournament for the second time.", "second"),
    ("place-eight", "rank_mismatch", "Hafer landete im zweiten Lauf auf Platz acht.",
     "Hafer finished fifth in the second run.", "fifth"),
    ("rank-in-the-teens", "rank_mismatch", "Er wurde in der Abfahrt Vierzehnter.", "He finished fifteenth in the downhill.",
     "fifteenth"),
]
MAG_PASSING = [
    ("tens-of-thousands", "Zehntausende Menschen demonstrierten.", "Tens of thousands of people demonstrated."),
    ("thousands", "Tausende Menschen demonstrierten.", "Thousands of people demonstrated."),
    ("digits-for-magnitude", "Zehntausende Menschen demonstrierten.", "More than 10,000 people demonstrated."),
    ("dozens-as-scores", "Dutzende Häuser wurden zerstört.", "Scores of houses were destroyed."),
    ("scale-after-number", "Der Staat gab 3 Millionen Euro aus, Millionen Menschen profitierten.",
     "The state spent 3 million euros, and millions of people benefited."),
    ("hundreds-of-millions", "Hunderte Millionen Menschen hungern.", "Hundreds of millions of people are starving."),
    ("magnitude-dropped", "Zehntausende Menschen demonstrierten.", "Many people demonstrated."),
    ("tripled", "Die Zahl hat sich verdreifacht.", "The number has tripled."),
    ("three-times", "Die Zahl hat sich verdreifacht.", "The number is now three times as high."),
    ("double-as-twice", "Der Bau kostet doppelt so viel.", "The construction costs twice as much."),
    ("half", "Etwa die Hälfte der Einwohner lebt vom Tourismus.", "About half of the residents live off tourism."),
    ("half-as-percent", "Die Hälfte der Stimmen ging an Biden.", "50 percent of the votes went to Biden."),
    ("quarter", "Ein Viertel der Schüler fehlte.", "A quarter of the pupils were absent."),
    ("second-half-of-a-game", "In der zweiten Hälfte fiel ein Tor.", "A goal came in the second half."),
    ("third-place", "Die Weltranglisten-Dritte verlor.", "The world number three lost."),
    ("third-ordinal", "Er wurde Dritter.", "He finished third."),
    ("rank-as-digits", "Sie landete auf Platz acht.", "She finished 8th."),
    ("second-half", "Im zweiten Halbjahr stieg der Umsatz.", "In the second half, sales rose."),
    ("rank-dropped", "Er wurde Dritter.", "He finished on the podium."),
    ("rank-in-the-teens", "Er wurde in der Abfahrt Vierzehnter.", "He finished fourteenth in the downhill."),
]


@pytest.mark.parametrize("check,source,translation,flagged", [c[1:] for c in MAG_FAILING], ids=[c[0] for c in MAG_FAILING])
def test_number_word_and_rank_fail(check, source, translation, flagged):
    (f,) = counted(flags_for(source, translation, check))
    assert f.category == Category.NUMBER and f.source_span is not None
    assert translation[f.translation_span[0]:f.translation_span[1]] == flagged


@pytest.mark.parametrize("source,translation", [c[1:] for c in MAG_PASSING], ids=[c[0] for c in MAG_PASSING])
def test_number_word_and_rank_pass(source, translation):
    assert counted(flags_for(source, translation, "number_word")) == []
    assert counted(flags_for(source, translation, "rank_mismatch")) == []


MISSING_FAILING = [
    # A range's first number, shortened before its hyphen, is no count opening a compound.
    ("range-first-number-dropped", "Er kam zwei- bis dreimal pro Woche.", "He came several times a week.", "zwei"),
    ("place-dropped", "Hafer landete nach Rang vier im ersten Rennen auf Platz acht.",
     "Hafer finished fourth in the first race.", "acht"),
    ("inhabitants-dropped", "Vom Bananenanbau lebt die Hälfte der etwa 85.000 Einwohner.",
     "Half of the inhabitants live off banana growing.", "85.000"),
    ("speed-dropped", "Das Internet ist jetzt langsamer als vorher (etwa 45 Mbit).",
     "The internet is now slower than before.", "45"),
    # One unit and a half is no two and a half.
    ("another-whole-and-a-half", "Gut zweieinhalb Jahre nach dem Diebstahl begann der Prozess.",
     "A good year and a half after the theft, the trial began.", "zweieinhalb"),
]
MISSING_PASSING = [
    # Designations written alike on both sides, paired across („8b … 8c“ / "8b … 8c"): neither German one is lost.
    ("designations-paired-across", "Sehr geehrte Eltern der Klasse 8b, die Klasse fährt mit der 8c nach Straßburg.",
     "Dear parents of class 8b, the class is going to Strasbourg with 8c."),
    # A count opening a German compound that an idiom drops is no number lost („Vier-Augen-Gespräch“, „Fünf-Sterne“).
    ("compound-count-in-an-idiom", "Es war ein Vier-Augen-Gespräch im Fünf-Sterne-Hotel.",
     "It was a private meeting in the luxury hotel."),
    # „ein“ at its clause's end is a separable verb's particle („tragt euch … ein“), no "one" to take the ordinal's.
    ("separable-particle-ein", "Tragt euch bitte bis zum 20. Juni in die Liste ein. Eure Annika (Vorderhaus, 1. OG)",
     "Please put your names on the list by June 20. Yours, Annika (front building, first floor)"),
    # One unit and a half after "the": its one is the article's („anderthalb Jahre“).
    ("the-unit-and-a-half", "Als Grund nannte er die Erfahrungen der vergangenen anderthalb Jahre. Im Frühjahr 2020 "
     "seien Lieferungen ausgefallen.", "He cited the experiences of the past year and a half as the reason. In the "
     "spring of 2020, deliveries had been cancelled."),
    # A number word the English copies is a word of a name or title kept whole.
    ("number-word-of-a-title-kept", "Beliebt sind „Drei im Weckla“, drei Würste im Brötchen.",
     "Popular is “Drei im Weckla”, three sausages in a roll."),
    # A place in the ranking, a cardinal after „Platz“, said as an English ordinal.
    ("place-fourteen-as-fourteenth", "In der Gesamtwertung bin ich jetzt auf Platz vierzehn.",
     "In the general classification I am now in fourteenth place."),
    # A number word capitalised mid-sentence is a noun: „die deutsche Elf“ is the team.
    ("elf-is-the-team", "Nach einem 0:2-Rückstand gewann die deutsche Elf mit 3:2.",
     "After trailing 0-2, the German team won 3-2."),
    ("elf-of-a-compound-is-the-team", "Die beste Chance der DFB-Elf vergab Müller beim Stand von 0:1.",
     "The best chance for the German team fell to Müller at 1-0 down."),
    # A match report names the goal a score marks.
    ("opener-is-one-nil", "Baumann traf in der 23. Minute zum 1:0.", "Baumann scored the opener in the 23rd minute."),
    ("nil-nil-is-goalless", "Das Spiel endete 0:0.", "The game ended goalless."),
    ("two-sets-are-straight-sets", "Brenner verlor glatt in zwei Sätzen.", "Brenner lost in straight sets."),
    ("three-g-rule-spelt-out", "Für die Teilnehmer galt die 3G-Regel.",
     "Participants had to be vaccinated, recovered or tested."),
    ("blood-group-zero-is-o", "Landsteiner entdeckte die Blutgruppen A, B und 0.",
     "Landsteiner discovered the blood groups A, B and O."),
    ("beides-is-no-count", "Ich bin aus Kayseri und aus Duisburg, und beides hat mich nicht kleiner gemacht.",
     "I am from Kayseri and from Duisburg, and neither has made me any smaller."),
    # The adverb „drein“ (darein) only looks like „drei“ with an ending.
    ("drein-is-no-three", "„Da redet einem keiner drein“, sagt er.", "“Nobody butts in,” he says."),
    # An hour English names by a word.
    ("noon-is-twelve", "Zwischen 12 und 18 Uhr solle man nicht ins Freie gehen.",
     "People should not go outdoors between noon and 6 p.m."),
    ("noun-and-a-half", "Der Rundgang dauert etwa eineinhalb Stunden.", "The walk takes about an hour and a half."),
    # ... an adjective before the unit too („gut anderthalb Jahre“).
    ("adjective-noun-and-a-half", "Gut anderthalb Jahre nach dem Diebstahl begann der Prozess.",
     "A good year and a half after the theft, the trial began."),
    ("adjective-before-a-number-and-a-half", "Der Aufstieg dauerte gut zweieinhalb Stunden.",
     "The ascent took a good two and a half hours."),
    # English puts a compound's number first: "a four-second lead" is four, not a second rank.
    ("number-first-in-english-compound",
     "Im Gesamtklassement übernahm er mit vier Sekunden Vorsprung auf Hartmann das Rote Trikot.",
     "He took over the red jersey in the overall standings with a four-second lead over Hartmann."),
    ("all-rendered", "Rund 12.000 Menschen kamen, 300 mehr als 2019.", "Around 12,000 people came, 300 more than in 2019."),
    ("article-is-no-number", "Ein Mann kam.", "A man came."),
    ("changed-is-number-mismatch", "Es kamen 200 Gäste.", "There were 2000 guests."),
    ("year-dropped-is-a-date", "Im Jahr 2019 kamen viele.", "Many came."),
    ("time-dropped-is-a-date", "Um 19 Uhr beginnt das Spiel.", "The game starts in the evening."),
    ("dual", "Das Gerät hat zwei HDMI-Ausgänge.", "The device has dual HDMI outputs."),
    ("half-hour-as-clock", "Das Treffen beginnt um halb neun.", "The meeting starts at 8:30."),
    # A war counted in Roman numerals where German writes the ordinal word.
    ("world-war-roman", "Munitionsreste aus dem Zweiten Weltkrieg erschweren die Arbeit. Zwei Dörfer wurden evakuiert.",
     "Leftover munitions from World War II hamper the work. Two villages were evacuated."),
    # A road's number with its code.
    ("road-code", "Das Auto fuhr in Richtung Bundesstraße 41 davon.", "The car sped off towards the B41."),
    # „beidem“ is as vague as „beide“: "each", not two.
    ("both-as-each", "Geben Sie von beidem ungefähr gleich viel hinzu.", "Add roughly equal amounts of each."),
    # A score said in words, two numbers in English too ("two-nil").
    ("score-said-in-words", "„Wir liegen im zweiten Drittel null zu zwei hinten.“",
     "\"We're two-nil down in the second period.\""),
    # „sieben“ after an object pronoun, before the clause's end, is a verb: to sieve.
    ("seven-as-sieve", "Vor der Verwendung sollte man ihn sieben, um gröbere Stücke zu entfernen.",
     "Before use, it should be sifted to remove coarser pieces."),
    # A count said in a word pairs with its like before a vague word takes it: "two" is „zwei“, not „beiden“.
    ("count-word-before-a-vague-one", "Viele fliehen vor den Folgen der beiden Hurrikans. Sie ist mit ihren zwei "
     "Kindern unterwegs.",
     "Many are fleeing the aftermath of the hurricanes. She is travelling with her two children."),
    # ... nor a date's digits: "13 February" names its month, „13.02.“ numbers it.
    ("count-word-beside-a-numeric-date", "Antwort (13.02.2023): Das Set mit zwei 5,0-Ah-Akkus kostet 289 Euro.",
     "Reply (13 February 2023): The kit with two 5.0 Ah batteries costs €289."),
    # ... not before a fraction, whose partner the count would take ("two-thirds" is „zwei Drittel“).
    ("count-word-after-a-fraction", "Knapp zwei Drittel davon kamen aus dem Ausland. Jährlich werden zwei Lehrstellen "
     "finanziert.", "Just under two-thirds of it came from abroad. Two apprenticeships are funded a year."),
    # A title kept in German keeps its number word; a club's „1.“ English leaves out.
    ("title-kept-with-its-number", "Der Preis ging an den Film „Sieben Winter“ von Gregor Mertens.",
     "The award went to the film “Sieben Winter” by Gregor Mertens."),
    ("club-ordinal", "Hoffenheim empfängt am Sonntag den 1. FC Union Berlin.", "Hoffenheim host Union Berlin on Sunday."),
    ("range-of-two-scales", "Bei den Massakern kamen zwischen mehreren Hunderttausend und zwei Millionen Menschen ums "
     "Leben.", "Between several hundred thousand and two million people were killed in the massacres."),
    ("centenary", "Zum 100-jährigen Bauhaus-Jubiläum 2019 zeigte die Stiftung 35 Zeichnungen.",
     "For the Bauhaus centenary in 2019, the foundation showed 35 drawings."),
    # "between" says the two: „zwischen zwei Tankstellen“.
    ("between-two", "Auf manchen Abschnitten liegen 200 Kilometer zwischen zwei Tankstellen.",
     "On some stretches there are 200 kilometres between fuel stations."),
]


@pytest.mark.parametrize("source,translation,flagged", [c[1:] for c in MISSING_FAILING], ids=[c[0] for c in MISSING_FAILING])
def test_number_missing_fails(source, translation, flagged):
    (f,) = counted(flags_for(source, translation, "number_missing"))
    assert source[f.source_span[0]:f.source_span[1]] == flagged


@pytest.mark.parametrize("source,translation", [c[1:] for c in MISSING_PASSING], ids=[c[0] for c in MISSING_PASSING])
def test_number_missing_passes(source, translation):
    assert counted(flags_for(source, translation, "number_missing")) == []


def test_vehicle_names_are_no_lost_numbers():
    assert counted(flags_for("Die E 95 02 wurde als Ersatz für die E 77 10 aufgestellt.",
                             "The E95 02 was set up as a replacement for the E77 10.", "number_missing")) == []


# --- set phrases whose English idiom has no number (de.NUMBER_IDIOMS) --------------------------------

IDIOM_PASSING = [
    # id, German, English: the idiom's number is not lost, in any check
    ("two-thirds-dative", "Die Kosten hätten zu zwei Dritteln vom Bund getragen werden sollen.",
     "Two thirds of the costs were to have been borne by the federal government."),
    ("unter-vier-augen", "Wir sollten das unter vier Augen besprechen.", "We should discuss this in private."),
    ("unter-vier-augen-caps", "Ein Gespräch UNTER VIER  AUGEN.", "A one-on-one conversation."),
    ("unter-vier-augen-literal", "Sie sprachen unter vier Augen.", "They spoke under four eyes."),
    ("drei-koenige", "Die Heiligen Drei Könige brachten Gold, Weihrauch und Myrrhe.",
     "The Magi brought gold, frankincense and myrrh."),
    ("drei-koenige-dative", "Die Kapelle ist den Heiligen Drei Königen geweiht.", "The chapel is dedicated to the Magi."),
    ("drei-koenige-literal", "Die Heiligen Drei Könige kamen.", "The Three Kings came."),
    ("0815", "Ein 0815 Werbesender zeigt so etwas nicht.", "An average advertising station would not show that."),
    ("08-slash-15", "Das ist ein 08/15-Job.", "It's a run-of-the-mill job."),
    ("vier-waende", "Am liebsten bleibt sie in ihren eigenen vier Wänden.", "She prefers to stay at home."),
    ("fuenf-vor-zwoelf", "Für den Klimaschutz ist es fünf vor zwölf.", "For the climate, it is the eleventh hour."),
    ("zwei-linke-haende", "Er hat zwei linke Hände.", "He is all thumbs."),
    ("sieben-sachen", "Sie packte ihre sieben Sachen und ging.", "She packed her things and left."),
    ("sieben-siegel", "Für mich ist Physik ein Buch mit sieben Siegeln.", "Physics is a closed book to me."),
    ("null-ahnung", "Davon habe ich null Ahnung.", "I have no idea about that."),
    ("eins-a", "Die Wohnung ist in 1a Zustand.", "The apartment is in excellent condition."),
    ("auf-180", "Dieser Lärm bringt mich auf 180.", "This noise drives me up the wall."),
    ("ende-zwanzig", "Die Schauspielerin ist Ende zwanzig.", "The actress is in her late twenties."),
    ("um-drei-ecken", "Die beiden sind um drei Ecken verwandt.", "The two are distantly related."),
    ("drei-kreuze", "Ich mache drei Kreuze, wenn das vorbei ist.", "I'll be relieved when this is over."),
    ("fuenftes-rad", "Ich komme mir vor wie das fünfte Rad am Wagen.", "I feel like the third wheel."),
    ("mitte-30", "Der Täter ist etwa Mitte 30.", "The perpetrator is in his mid-thirties."),
    ("sieben-tage-inzidenz", "Die 7-Tage-Inzidenz liegt bei 50,3.", "The weekly incidence is 50.3."),
    ("zwei-hochzeiten", "Er will auf zwei Hochzeiten tanzen.", "He wants to have it both ways."),
    ("hundert-prozent-as-word", "Ich bin mir zu 100 % sicher.", "I am absolutely sure."),
    ("hundert-prozent-adverb", "Das klappt 100 Prozent.", "That will definitely work."),
    ("bei-null-anfangen", "Ohne die Forschung hätten wir bei null anfangen müssen.",
     "Without the research we would have had to start from scratch."),
    ("wieder-bei-null", "Nach dem Brand standen sie wieder bei null.", "After the fire they were back to square one."),
]
IDIOM_CHECKS = ("number_missing", "number_mismatch", "rank_mismatch")


@pytest.mark.parametrize("source,translation", [c[1:] for c in IDIOM_PASSING], ids=[c[0] for c in IDIOM_PASSING])
def test_number_idioms_pass(source, translation):
    for check in IDIOM_CHECKS:
        assert counted(flags_for(source, translation, check)) == [], check


IDIOM_FAILING = [
    # id, check, German, English, flagged text (English for number_mismatch, German otherwise)
    ("other-number-lost", "number_missing", "Unter vier Augen nannte er 300 Namen.", "In private he named names.",
     "300"),
    ("eyes-without-unter", "number_missing", "Die vier Augen des Tieres leuchteten.", "The animal's eyes glowed.",
     "vier"),
    ("walls-without-possessive", "number_missing", "Die vier Wände strich er gelb.", "He painted the walls yellow.",
     "vier"),
    ("crosses-without-verb", "number_missing", "Drei Kreuze stehen am Hang.", "Crosses stand on the slope.", "Drei"),
    ("speed-is-no-temper", "number_missing", "Er beschleunigte auf 180 km/h.", "He accelerated.", "180"),
    ("century-is-no-age", "number_missing", "Das Haus wurde Ende 20. Jahrhundert gebaut.",
     "The house was built recently.", "20"),
    # „100 %“ is said with a word only when the English has such a word.
    ("percent-rise-dropped", "number_missing", "Die Mieten stiegen um 100 Prozent.", "Rents rose sharply.", "100"),
    ("zero-degrees-is-no-scratch", "number_missing", "Die Temperatur lag bei null Grad.", "The temperature was mild.",
     "null"),
    # A literal rendering with the wrong value is still a changed number: "8:15 AM" for „0815“.
    ("0815-as-clock", "number_mismatch", "Ein 0815 Werbesender zeigt das nicht.",
     "An 8:15 AM advertising station does not show that.", "8:15 AM"),
    ("rank-outside-idiom", "rank_mismatch", "Das fünfte Rad am Wagen war er, und Fünfter wurde er.",
     "He was the third wheel, and he finished fourth.", "Fünfter"),
]


@pytest.mark.parametrize("check,source,translation,flagged", [c[1:] for c in IDIOM_FAILING],
                         ids=[c[0] for c in IDIOM_FAILING])
def test_number_idioms_leave_other_numbers_flagged(check, source, translation, flagged):
    (f,) = counted(flags_for(source, translation, check))
    if check == "number_mismatch":
        assert translation[f.translation_span[0]:f.translation_span[1]] == flagged
    else:
        assert source[f.source_span[0]:f.source_span[1]] == flagged


def test_idiom_number_is_no_partner_for_another_english_number():
    # Without the idiom an added English number is a rewording (info); the idiom's „vier“ must not
    # turn it into a warning that points at „vier“.
    for source in ("Sie sprachen unter vier Augen über den Vertrag.", "Sie sprachen privat über den Vertrag."):
        flags = flags_for(source, "They spoke privately about the 2 contracts.")
        assert [f.severity for f in flags] == [Severity.INFO] and flags[0].source_span is None


from lexicon_data import tiny_lexicon  # noqa: E402,F401 - fixture

# A number lost with the words it stands among is a clause missing: typed an omission; a number lost from a
# sentence the English keeps is a number missing.
LOST_WITH_CLAUSE = [
    ("clause-gone", "Der Umsatz stieg um 5 Prozent, der Gewinn sank um 12 Prozent.", "Sales rose by 5 percent.",
     Category.OMISSION),
    ("number-gone", "Der Umsatz stieg um 5 Prozent, der Gewinn sank um 12 Prozent.",
     "Sales rose by 5 percent and profits fell by a few percent.", Category.NUMBER),
    # A neighbour rendered only by an English word another German word claims too ("percent" once for „Prozent“
    # twice) is no sign the clause is there.
    ("clause-gone-its-noun-said-once", "Der Umsatz stieg um 5 Prozent, der Gewinn um 12 Prozent.",
     "Sales rose by 5 percent.", Category.OMISSION),
    ("number-gone-its-noun-said-twice", "Der Umsatz stieg um 5 Prozent, der Gewinn um 12 Prozent.",
     "Sales rose by 5 percent and profit by a few percent.", Category.NUMBER),
]


@pytest.mark.parametrize("de,en,category", [c[1:] for c in LOST_WITH_CLAUSE], ids=[c[0] for c in LOST_WITH_CLAUSE])
def test_number_lost_with_its_clause_is_an_omission(tiny_lexicon, de, en, category):
    fl = counted(flags_for(de, en, "number_missing"))
    assert [(de[slice(*f.source_span)], f.category) for f in fl] == [("12", category)]


# A year whose only known neighbour in its clause is lost with it: the clause is gone („das 1936 eröffnet wurde“);
# its neighbour rendered, the year alone is missing.
YEAR_LOST_WITH_CLAUSE = [
    ("only-neighbour-gone", "Das Museum, das 1936 eröffnet wurde, zeigt Bilder.", "The museum shows pictures.",
     Category.OMISSION),
    ("only-neighbour-kept", "Das Museum, das 1936 eröffnet wurde, zeigt Bilder.",
     "The museum, which opened long ago, shows pictures.", Category.DATE),
]


@pytest.mark.parametrize("de,en,category", [c[1:] for c in YEAR_LOST_WITH_CLAUSE],
                         ids=[c[0] for c in YEAR_LOST_WITH_CLAUSE])
def test_year_lost_with_its_only_neighbour_is_an_omission(tiny_lexicon, de, en, category):
    fl = counted(flags_for(de, en, "year_missing"))
    assert [(de[slice(*f.source_span)], f.category) for f in fl] == [("1936", category)]


@pytest.mark.parametrize("text,lang,read", [
    ("on the A8 motorway", "en", [("A8", "count")]),
    ("auf der A 8 bei Leonberg", "de", [("A 8", "count")]),
    ("A 2019 study found", "en", [("A", "word"), ("2019", "year")]),  # a word before a year, no road
    ("from World War II", "en", [("World War II", "word")]),
    # Two number words are a year only where a year stands, and no clock time.
    ("Twenty twenty people came", "en", [("Twenty", "word"), ("twenty", "word")]),
    # ... but a clock time said in words, one time: "ten fifteen p.m.", „achtzehn Uhr fünfzehn“.
    ("at ten fifteen p.m.", "en", [("ten fifteen", "time")]),
    ("um achtzehn Uhr fünfzehn", "de", [("achtzehn Uhr fünfzehn", "time")]),
    ("at four o'clock", "en", [("four", "time")]),
    ("it's twelve minutes past seven", "en", [("twelve minutes past seven", "time")]),
    ("it took ten minutes to eight people", "en", [("ten", "word"), ("eight", "word")]),
    # A year said as thousands and units, no noun after it it counts.
    ("the flood of two thousand and two.", "en", [("two thousand and two", "year")]),
    ("two thousand and two people", "en", [("two thousand and two", "word")]),
    ("the summer like twenty eighteen", "en", [("twenty eighteen", "year")]),
    # A score in words: "three-all" is three each, "six-to-three" two numbers.
    ("three-all at the end", "en", [("three", "word"), ("all", "word")]),
    ("the six-to-three majority", "en", [("six", "word"), ("three", "word")]),
    ("im März zweitausendzwanzig", "de", [("zweitausendzwanzig", "year")]),
    # A German compound opened by a count says it, capital and all; a number ending one is a noun („DFB-Elf“).
    ("ein Zwei-Personen-Haushalt", "de", [("ein", "word"), ("Zwei", "word")]),
    ("die DFB-Elf spielte", "de", []),
    # "second" and "seconds" as a unit are no rank: "16 hundredths of a second", "3 metres per second".
    ("16 hundredths of a second", "en", [("16", "count"), ("hundredths", "word"), ("a", "word")]),
    ("at 3 metres per second", "en", [("3", "count")]),
    ("0.42 seconds back", "en", [("0.42", "count")]),
    ("for a second time", "en", [("a", "word"), ("second", "word")]),
    ("the launch of a second satellite", "en", [("a", "word"), ("second", "word")]),
    ("a split-second decision", "en", [("a", "word")]),
    ("zwei-drei Tage", "de", [("drei", "word")]),
])
def test_roads_and_numbered_names_are_read(text, lang, read):
    from pipeline.checks.numbers import read_numerals

    assert [(n.text, n.kind) for n in read_numerals(text, lang)] == read
