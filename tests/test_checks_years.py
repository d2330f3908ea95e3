"""Years: year_mismatch (English vs German) and year_out_of_frame (German alone, document time frame)."""
from pathlib import Path

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Side, Unit
from lexicon_data import no_lexicon, tiny_lexicon  # noqa: F401 - fixtures

SEED = Path(__file__).resolve().parents[1] / "seeds"


def run_one(check, units, source_only=False):
    return [[f for f in fl if f.severity != Severity.INFO]
            for fl in run_checks(units, source_only=source_only, only={check})]


def pair_flags(source, translation):
    return run_one("year_mismatch", [Unit(id="u", source=source, translation=translation)])[0]


MISMATCH_PASSING = [
    ("same-year", "Im Herbst 2017 wurde Katalonien unter Zwangsverwaltung gestellt.",
     "In autumn 2017, Catalonia was placed under direct rule."),
    ("season-range", "In der Saison 2018/19 spielte er in Wien.", "In the 2018-19 season he played in Vienna."),
    ("count-is-no-year", "Im Jahr 2015 flossen rund 2000 Liter Öl aus.", "In 2015, around 2,000 liters of oil leaked."),
    ("decade", "In den 1990er Jahren wuchs die Stadt.", "In the 1990s the city grew."),
    # „1000er“ is no decade: a class of tournaments.
    ("class-no-decade", "Es ist ihr erster Titel bei einem Turnier der 1000er-Kategorie.",
     "It is her first title at a WTA 1000 event."),
    # A two-digit year of a numeric date is its century's year; a four-digit one is no small count.
    ("two-digit-year-written-out", "Bezahlt wurde am 12.1.21.", "Payment was made on 12 January 2021."),
    ("four-digit-year-beside-a-small-count", "Ab 01.09.2004 gekaufte Geräte registriert man binnen 4 Wochen.",
     "Devices bought from 1 September 2004 are registered within 4 weeks."),
    # "of" takes measures too: "an angle of 1200" is a number changed (number_mismatch's), not a year.
    ("of-before-a-measure-is-no-year", "Der Ausstrahlungswinkel von 120 Grad ist hervorragend.",
     "The output angle of 1200 is excellent."),
    ("added-year-is-info-only", "Die Vorlage S. 1877 würde Shutdowns vermeiden.",
     "Bill S.1877, the Prevent Government Shutdowns Act of 2019, would avoid shutdowns."),
]


@pytest.mark.parametrize("source,translation", [c[1:] for c in MISMATCH_PASSING],
                         ids=[c[0] for c in MISMATCH_PASSING])
def test_mismatch_passes(source, translation):
    assert pair_flags(source, translation) == []


MISMATCH_FAILING = [
    # After a month the number is a year, even before a capitalised German noun (which else counts it).
    ("year-after-month-before-noun", "Am 23. Juli stellte Wien ein Ultimatum; Wien erklärte am 28. Juli 1914 Serbien "
     "den Krieg.", "On 23 July Vienna issued an ultimatum; Vienna declared war on Serbia on 28 July 1913.", "1913",
     "On 23 July Vienna issued an ultimatum; Vienna declared war on Serbia on 28 July 1914."),
    ("year-changed", "Die Sonde startete im Dezember 2014 in Japan.", "The probe launched in December 2024 in Japan.",
     "2024", "The probe launched in December 2014 in Japan."),
    # A year before „täglich“ apart is a year („seit 1997 täglich“), not a span of 1,997 days (de.MEASURES: „14-täglich“).
    ("year-before-how-often", "Ich pendle seit 1997 täglich nach Hamburg.",
     "I have been commuting to Hamburg every day since 1996.", "1996",
     "I have been commuting to Hamburg every day since 1997."),
    ("year-changed-in-context-of-count", "Beim Automobilsalon 2018 zeigen sie ihre Neuheiten.",
     "They will show their new products at the 2020 Motor Show.", "2020",
     "They will show their new products at the 2018 Motor Show."),
    ("year-in-numeric-date", "Der Vertrag gilt seit dem 1.1.2016.", "The contract has applied since 1 January 2015.",
     "2015", "The contract has applied since 1 January 2016."),
    ("year-in-numeric-date-kept", "Bezahlt wurde am 12.01.2021.", "Payment was made on 12.01.2022.",
     "2022", "Payment was made on 12.01.2021."),
    ("two-digit-year-changed", "Bezahlt wurde am 12.1.21.", "Payment was made on 1/12/22.",
     "22", "Payment was made on 1/12/21."),
    # „als 2023“ may count something; "than in 2022" cannot: the English says a year, and the German's
    # bare number that counts nothing is its partner.
    ("year-said-in-english-bare-in-german", "Es waren etwa 9 Prozent weniger als 2023.",
     "That was about 9 percent less than in 2022.", "2022", "That was about 9 percent less than in 2023."),
]


@pytest.mark.parametrize("source,translation,flagged,suggestion", [c[1:] for c in MISMATCH_FAILING],
                         ids=[c[0] for c in MISMATCH_FAILING])
def test_mismatch_fails(source, translation, flagged, suggestion):
    flags = pair_flags(source, translation)
    assert len(flags) == 1
    f = flags[0]
    assert f.category == Category.DATE and f.side == Side.TRANSLATION
    assert translation[slice(*f.translation_span)] == flagged
    assert f.suggestion == suggestion


# (id, German, English, German year reported or None)
MISSING = [
    ("year-cut-off", "Bezahlt wurde am 12.1.21.", "Payment was made on 12.1.2.", "21"),
    ("date-dropped-with-clause", "Für alle ab 01.09.2004 gekauften Geräte gilt die Garantie.",
     "The warranty applies to all devices.", "2004"),
    ("phrase-dropped", "Im Jahr 2015 flossen rund 2000 Liter Öl aus.", "Around 2,000 liters of oil leaked.", "2015"),
    ("kept", "Im Jahr 2015 flossen rund 2000 Liter Öl aus.", "In 2015, around 2,000 liters of oil leaked.", None),
    ("two-digit-written-out", "Bezahlt wurde am 12.1.21.", "Payment was made on 12 January 2021.", None),
    ("season-range", "In der Saison 2018/19 spielte er in Wien.", "In the 2018-19 season he played in Vienna.", None),
    # A year changed is year_mismatch's: reported once, there.
    ("changed-not-missing", "Die Sonde startete im Dezember 2014.", "The probe launched in December 2024.", None),
    # A scale word alone counts: „mehrere Tausend pro Jahr“ names no year 1000.
    ("thousand-a-year-is-no-year", "Das Institut schätzt die Zahl auf mehrere Tausend pro Jahr.",
     "The institute estimates the figure at several thousand a year.", None),
]


@pytest.mark.parametrize("source,translation,year", [c[1:] for c in MISSING], ids=[c[0] for c in MISSING])
def test_year_missing(source, translation, year):
    flags = run_one("year_missing", [Unit(id="u", source=source, translation=translation)])[0]
    assert [source[slice(*f.source_span)] for f in flags] == ([year] if year else [])
    assert all(f.category == Category.DATE for f in flags)


def doc_flags(paragraphs, translations=None):
    units = [Unit(id=f"p{i}", source=p, doc_id="d", translation=(translations[i] if translations else None))
             for i, p in enumerate(paragraphs)]
    return run_one("year_out_of_frame", units, source_only=translations is None)


FRAME_PASSING = [
    # Two years compared („im Vergleich zu“, „verglichen mit“) are joined: no one event given two times.
    ("years-compared", ["Das Ziel, die Zahl der Toten bis 2030 im Vergleich zu 2019 um 40 Prozent zu senken, sei "
                        "kaum zu erreichen."]),
    # A year set against the clause's other by „statt“: two times of one event, compared.
    ("year-set-against-another", ["Die Kosten steigen auf 7 Mrd. Euro. Statt 2028 sei eine Inbetriebnahme "
                                  "frühestens im Jahr 2034 realistisch, heißt es darin."]),
    ("month-takes-year", ["Die Sonde startete im Dezember 2014 in Japan.", "Sie landet 2020."]),
    # An event's phrase of time opening the sentence has its year beside the clause's: „nach“ orders the two.
    ("fronted-event-phrase", ["Sein Clan regierte von 1630 bis 1853.", "Nach seinem Sieg in der Schlacht von "
                              "Sekigahara im Oktober 1600 wurde Tokugawa Ieyasu 1603 zum Shogun ernannt."]),
    ("fronted-event-phrase-dated", ["Sein Clan regierte von 1630 bis 1853.", "Nach seinem Sieg in der Schlacht von "
                                    "Sekigahara am 21. Oktober 1600 wurde Tokugawa Ieyasu 1603 zum Shogun ernannt."]),
    ("event-noun-takes-year", ["Nach der Finanzkrise 2008 in Europa sank die Nachfrage.", "2019 stieg sie wieder."]),
    # ... a birth by its other name too, with no frame but its present („heute“).
    ("birth-noun-takes-year", ["Das Gericht sprach ihr 120.000 Euro zu. Die heute Achtjährige leidet seit der "
                               "Entbindung im Jahr 2016 an einer Lähmung des rechten Arms."]),
    ("determiner-before-year", ["Der 1986 im Rostocker Zoo geborene Affe zieht um.", "Das wurde 2019 bekannt."]),
    ("sentence-start", ["Das Ziel ist hoch. 2019 will er 360.000 Autos bauen.", "Im Jahr 2018 waren es weniger."]),
    ("identifier-not-year", ["Die Landesstraße 1230 in Richtung Süden ist gesperrt.", "Das gilt bis 2021."]),
    ("in-frame", ["Die Airline meldete 2019 einen Rekord.", "Die Flotte im Jahr 2018 in Wien wuchs."]),
    # An acquisition dates its year like a purchase („nach dem Kauf 1520“).
    ("acquisition-dates-its-year", ["Die Burg ist seit 1575 im Besitz der Familie.",
                                    "Khevenhüller ließ die Festung nach dem Erwerb im Jahr 1571 gegen die Türken "
                                    "ausbauen."]),
    ("verb-before-year", ["Die Stadt wurde im Jahr 1850 von Siedlern gegründet.", "Heute, 2019, leben dort viele."]),
    # A date with its year before a time of day; a year said again in a clause of its own.
    ("date-year-and-time-of-day", ["Am 5. Mai 2018 gegen 19.15 Uhr zog der Sturm über das Dorf.", "Er kam 2018."]),
    ("holiday-year-and-time-of-day", ["Am Heiligabend 2019 gegen 18 Uhr läuteten die Glocken.", "Im Jahr 2018 war es still."]),
    ("year-after-a-preposition-and-time-of-day", ["Die Bibliothek ist seit 2019 ab 8 Uhr geöffnet.", "Sie entstand 2017."]),
    ("same-year-in-two-clauses", ["Im Jahr 2023 stieg der Umsatz, im Jahr 2023 sank aber der Gewinn."]),
    # A year's budget or founders after „von“ are no measure's size.
    ("a-years-budget", ["Das Budget 2020 von 8 Mio. Euro reichte nicht, sagte der Kämmerer 2021."]),
    ("founded-by", ["Gegründet wurde der Verein 1875 von 23 Bauern und Handwerkern.", "Er feierte 2025 sein Jubiläum."]),
    # „seit 1998“: the time from that year runs on to the text's present, which a later year lies in.
    ("since-a-year-runs-on", ["Hinzu kommen die Gebühren, die die Stadt 2023 um 15 Prozent erhöht hat.",
                              "Frauke Jensen baut seit 1998 jeden Samstag ihren Stand auf."]),
    # The participle put first for weight dates the clause's event too.
    ("participle-first", ["Der Bäcker backt am Samstag Brot.", "Gegründet wurde die Bäckerei 1932 von seinem Großvater."]),
    # A look back said right after the year; a verb of a discovery dates its clause.
    ("look-back-after-the-year", ["Das Verfahren dient der Synthese von Ammoniak. Der Chemiker Fritz Haber führte die "
                                  "Reaktion 1909 in Karlsruhe erstmals im Labormaßstab vor, Carl Bosch entwickelte sie "
                                  "anschließend bei der BASF zur industriellen Reife.",
                                  "Die erste Anlage ging 1913 in Oppau in Betrieb. 1931 erhielt Bosch den Nobelpreis."]),
    # A clause of past time opening the sentence looks back from the text's present.
    ("clause-of-past-time", ["Als Mareike Thomsen 1984 auf der Insel Föhr ihre ersten Pullover verkaufte, strickte sie noch "
                             "jedes Stück selbst am Küchentisch. Vierzig Jahre später beschäftigt ihr Label 14 Frauen.",
                             "2019 erhielt das Label den Bundespreis Ecodesign für eine Kollektion aus ungefärbter Wolle. "
                             "Die Firma übergeben will sie frühestens in fünf Jahren."]),
    ("year-in-same-position-twice", ["Die Flotte 2015 in Wien wuchs.", "Im Jahr 2015 kamen neue Jets."]),
    # Encyclopaedic text: a history names many years, and events and works take their year.
    ("history-inside-its-span", ["Die Burg wurde 1150 erstmals erwähnt.",
                                 "Die Mauern der Grafen 1420 auf dem Hügel wurden verstärkt.",
                                 "Seit 1972 gehört die Burg dem Land."]),
    # The pluperfect's participle after a scale's abbreviation: „Mrd.“ ends no clause.
    ("pluperfect-across-an-abbreviation", ["Ford hatte die Marke 1999 für 6,45 Mrd. Dollar gekauft, sie aber nie in die "
                                           "Gewinnzone gebracht.", "2009 verkaufte Volvo rund 335.000 Autos."]),
    ("business-figure-noun", ["Das 1952 gegründete Unternehmen beantragte Insolvenz.",
                              "Die Schließungen ließen den Umsatz 2020 um fast 40 Prozent einbrechen."]),
    ("event-noun-fire", ["Die Kirche wurde nach dem Brand 1842 im neugotischen Stil wiederaufgebaut."]),
    ("event-noun-in-ung", ["Seit der Eingemeindung 1972 nach Bonn gehört der Ort zur Stadt."]),
    ("name-between-noun-and-year", ["Die Krönung Friedrichs III. 1452 in Rom war die letzte eines Kaisers dort."]),
    ("work-noun", ["Nach der Uraufführung 1913 in Paris kam es zum Skandal.", "Heute, 2019, ist das Werk berühmt."]),
    ("genitive-between-event-noun-and-year",
     ["Im Oktober 2024 brach er wieder aus.",
      "Bisher galt der Ausbruch des Vulkans Tehuya im Jahre 1585 mit 84 Tagen als der längste."]),
    # No other year, no time frame: nothing lies outside it. A bare year after a noun is the middle field's
    # ordinary German, and a phrase after a noun that takes a year or an event's name.
    ("no-frame-phrase", ["Bisher galt der Ausbruch des Vulkans Tehuya im Jahre 1585 mit 84 Tagen als der längste."]),
    ("no-frame-bare-year-after-subject", ["Dann zog die Partei 2017 in den Bundestag ein."]),
    ("no-frame-over-several-paragraphs", ["Die Flotte 2015 in Wien wuchs.", "Danach kamen neue Jets.",
                                          "Die Piloten 2019 an der Basis streikten."]),
    ("no-frame-phrase-after-a-verb", ["Die Soldaten kämpften im Jahr 2019 an der Front."]),
    # After a verb or an adverb of time, a bare year before a preposition is ordinary German.
    ("participle-opening-the-sentence", ["Sie spielte von 1959 bis 1986 am Theater.",
                                         "Geboren 1938 in Regensburg, nahm sie Schauspielunterricht."]),
    ("connective-before-year", ["Die Airline flog von 1957 bis 1980 nach Mallorca.",
                                "Ein Streit führte jedoch 1986 zum Rücktritt der Geschäftsführung."]),
    ("verb-before-bare-year", ["Die Zahlen von 2019 sind da.", "Er kam 1990 nach Berlin und blieb."]),
    ("adverb-of-time-before-year", ["Die Zahlen von 2019 sind da.", "Der Verein spielte bereits 1990 in der Liga."]),
    ("event-noun-in-ung-compound", ["Die Zahlen von 2019 sind da.",
                                    "Nach der Wiedervereinigung 1990 in Berlin zog er um."]),
    # Years counted from a year the text tells set no present.
    ("told-time-is-no-present", ["Im folgenden Jahr zog er nach Wien.",
                                 "Die Soldaten 2019 an der Front wurden abgezogen."]),
    ("last-year-of-a-war-is-no-present", ["Im letzten Jahr des Krieges hungerte die Stadt.",
                                          "Die Soldaten 1944 an der Front froren."]),
    ("years-later-is-no-present", ["Zwei Jahre später kam er zurück.", "Die Flotte 2015 in Wien wuchs."]),
    # A span of time after the year is a second time of the same event, not a preposition that parts the year from
    # its noun (de.SPAN_AFTER_A_YEAR).
    ("span-of-time-after-the-year", ["Der Kunstverein wurde 1978 gegründet.",
                                     "Zhang hat seine Heimatstadt 2023 nach über zwanzig Jahren wieder besucht."]),
    ("span-within-after-the-year", ["Der Kunstverein wurde 1978 gegründet.",
                                    "Zhang hat sein Atelier 2023 innerhalb von zwei Monaten saniert."]),
    # A span preposition before a year whose own phrase follows, no span: „seit 2017 nach Plänen von …“, „bei 16
    # Jahren“ (an age), „nur sechs Stunden am Tag“ (an object: „Stunden“ is no dative alone).
    ("since-a-year-then-another-phrase", ["Das Café ist seit 2017 nach Plänen von Aldo Rossi umgebaut worden.",
                                          "Das Stimmrechtsalter liegt in Glarus seit 2007 bei 16 Jahren.",
                                          "Besucher dürfen seit 2022 nur sechs Stunden am Tag im Krater bleiben."]),
    # „bis“ and a bare year before „zu“ are German: an infinitive, or a share („zu 80 Prozent“).
    ("until-a-year-then-zu", ["Ziel ist es, die Emissionen bis 2030 zu halbieren.",
                              "Der Strom soll bis 2030 zu 80 Prozent aus Wind kommen."]),
    # A present adverb sets a present, but an ordinary slot takes any year: „bislang“ and a year after the verb.
    ("present-adverb-and-ordinary-slot", ["Bislang wurden 2023 mehr als 500 Fälle gemeldet."]),
    # Two years of one clause are one time reference when a word joins them, or when one belongs to a
    # noun phrase; in separate clauses each is its own.
    ("two-years-joined", ["Die Mine war von 1850 bis 1960 in Betrieb.", "Er siegte 1996 und 2004 in Athen.",
                          "Der Umsatz lag 2010 höher als 2001 vor der Krise."]),
    ("two-years-participle", ["Die Mine war von 1850 bis 1960 in Betrieb.",
                              "Das 1994 gegründete Werk schloss 2012 nach langem Streit.",
                              "Der im Jahr 1901 erstmals gedruckte Atlas erschien 1960 bei Perthes."]),
    # „aus dem Jahr …“ dates a thing, not the clause's event.
    ("origin-of-a-thing", ["Das Bild „Flusslandschaft mit Fähre“ aus dem Jahr 1647 war 1938 unter Zwang verkauft worden.",
                           "Die Forscherin hatte den Fall seit 2021 untersucht."]),
    ("two-years-noun-attribute", ["Die Mine war von 1850 bis 1960 in Betrieb.",
                                  "Nach der Abstimmung von 1921 wurde 1975 das Gebiet an Polen verkauft."]),
    ("two-years-origin-of-a-thing", ["Der Altar wurde 1999 geweiht.",
                                     "Der Schnitzaltar aus der Zeit um 1420 war 2023 wegen Käferbefalls abgebaut worden."]),
    # ... the end of a range of its origin too.
    ("origin-range-of-a-thing", ["Die Sängerin trat von 1926 bis 1961 auf.",
                                 "Ihre Aufnahmen aus den Jahren 1928 bis 1936 wurden 2004 auf vier CDs neu "
                                 "veröffentlicht."]),
    ("origin-range-with-a-hyphen", ["Die Sängerin trat von 1926 bis 1961 auf.",
                                    "Ihre Aufnahmen aus den Jahren 1928-1936 wurden 2004 auf vier CDs neu "
                                    "veröffentlicht."]),
    ("year-named-as-a-subject", ["2023 dauerte es 57 Minuten.", "Den Rekord hält das Jahr 2003 mit 5 Minuten."]),
    # A relative pronoun after a preposition opens a relative clause too.
    ("year-after-a-preposition-and-relative-pronoun", ["Die Straße wurde 1952 gebaut.",
                                                      "Im Herbst findet der Wandertag statt, an dem 2023 über 40.000 "
                                                      "Menschen teilnahmen."]),
    ("two-years-genitive-attribute", ["Sie wurde 1994 Winzerin des Jahres.",
                                      "Eine Auslese des Jahrgangs 1971 erzielte 2018 bei der Versteigerung einen Rekord."]),
    ("two-years-two-clauses", ["Die Mine war von 1850 bis 1960 in Betrieb.",
                               "Er kam 1905 nach Wien, 1999 zog sein Enkel nach Graz."]),
    # After an article or pronoun a year opens a participle's phrase, or a relative clause.
    ("year-in-a-long-participle-phrase", ["Die Universität zog 1477 um und feierte 1978 ein Fest.",
                                          "Die 1364 von König Kasimir dem Großen gegründete Universität wuchs."]),
    # After an article or a preposition the year opens a noun's phrase, whatever comes between it and the participle.
    ("participle-after-a-pronoun-in-an-opened-phrase", ["Die Firma wurde 2014 verkauft.",
                                                       "Die 2004 von ihr gegründete Firma hat heute 200 Mitarbeiter."]),
    ("participle-after-a-circumposition-in-an-opened-phrase", ["Die Halle wurde 2014 verkauft.",
                                                              "Die 1998 von Grund auf sanierte Halle bleibt offen."]),
    ("year-said-again-in-an-opened-phrase", ["Im März 2004 verkaufte sie das im Jahr 2004 von Grund auf sanierte "
                                             "Haus."]),
    # ... its participle after the preposition's noun and an adjective of that noun after the preposition.
    ("year-in-a-participle-phrase-with-a-preposition", ["Die Stadtwerke feierten 2004 ihr Jubiläum.",
                                                        "Die 2004 auf elektrische Antriebe umgestellte Flotte fährt "
                                                        "seit 2004 leise."]),
    ("year-after-a-relative-pronoun", ["Die Brücke wurde 1357 begonnen und 1890 erneuert.",
                                       "Sie ersetzte die alte Brücke, die 1342 durch ein Hochwasser zerstört worden war."]),
    # In a text of history the middle field takes a bare year after a noun, and a history's years run
    # beyond any frame: info only, unless the English puts the year elsewhere.
    ("bare-year-in-a-history", ["Die Burg wurde 1150 erstmals erwähnt.", "Seit 1480 gehörte sie den Grafen.",
                                "Nach dem Krieg fiel die Burg 1871 an das Reich."]),
    # A time preposition before a person's name: the year dates that person's feat.
    ("year-of-a-feat-since-a-name", ["Der Verband freut sich 2019 über den Titel.",
                                     "Es ist die erste Goldmedaille für eine Weitspringerin seit Heike Drechsler im "
                                     "Jahr 2000 in Sydney."]),
    ("two-years-inside-the-frame", ["Die Mine war von 1850 bis 1960 in Betrieb.",
                                    "Im Jahr 1950 lag die Förderung im Jahr 1900 bei Bergleuten in Ehren."]),
    # A year far from the frame that its clause explains: the N-th return of a year of the text, a story's own time.
    ("anniversary-year", ["Der Maler wurde 1908 in Krakau geboren und starb 1979.",
                          "Eine Schau zeigte das Nationalmuseum Krakau im Jahr 2008 zum 100. Geburtstag des Künstlers."]),
    ("story-set-in-its-own-year", ["Der Roman erschien im September 2020.",
                                   "Die Handlung spielt im Jahr 2071 auf einer Mondbasis."]),
    # A trade's season takes its year („das Weihnachtsgeschäft 2019“).
    ("trade-season-takes-a-year", ["Der Verband meldete am vergangenen Freitag neue Zahlen.",
                                   "Der Verband rechnet für das Weihnachtsgeschäft 2019 mit einem Plus von 3 Prozent."]),
    # A clause of past time after a comma looks back too („…, als mein Großvater 1950 …“).
    ("past-time-clause-after-a-comma", ["Heute liefern wir 2021 in 68 Länder.",
                                        "Das war anders, als mein Großvater 1950 in einer Garage die ersten Scheren "
                                        "schliff."]),
    # The last time of a thing looks back from the text's own time.
    ("last-time-in-a-year", ["Seit dem Mauerfall 1989 ist viel geschehen.",
                             "Die Sozialisten hatten zuletzt im Jahr 2008 unter Zapatero eine Wahl gewonnen."]),
    # A consumption is measured by the year („mein Verbrauch 2023“).
    ("consumption-of-a-year", ["Ab 1. März 2026 steigt der Abschlag.",
                               "Dabei lag mein Verbrauch 2023 bei 2.870 Kilowattstunden, also eher unter dem "
                               "Vorjahr."]),
    # A first description of a disease dates it.
    ("described-in-a-year", ["Bereits 1838 hatte Carswell Veränderungen gezeichnet.",
                             "Als Krankheitsbild beschrieb sie der Neurologe Jean-Martin Charcot im Jahr 1868 an der "
                             "Salpêtrière."]),
    # A weekday the year dates, and a weekday with its date.
    ("weekday-the-year-dates", ["Sie stellte ihren Rekord am zweiten Wiesn-Samstag 2016 im Schottenhamel-Zelt auf."]),
    ("weekday-with-its-date", ["Gewählt wurde am Sonntag, dem 5. Mai, im Jahr 2019 in ganz Bern."]),
    # A move into a home is a one-off event its year dates.
    ("moving-in-dated", ["Vorgestern waren wir bei der Besichtigung.",
                         "Die Vermieterin erzählte, dass sie selbst 1974 in diese Wohnung eingezogen ist."]),
    # What a thing cost once is dated by its year.
    ("price-paid-dated", ["Er schrieb das am Sonntag.",
                          "Bei ihm habe das im Jahr 2019 für ein Zimmer rund 420 Euro Material gekostet."]),
    # A holiday of a year is named by it.
    ("holiday-of-a-year", ["Im Jahr 2015 waren wir am Meer.", "So sah unser Sommerurlaub 2024 aus, und wir würden es "
                                                                "jederzeit wieder tun."]),
    # „Kurz“ capitalised mid-sentence is a name (after a title or a dash too), a participle's agent after „von“ may
    # follow a year, „kurz nach“ with the year outside it is German, and so is „von außerhalb“ before a year and its
    # own „von … auf“.
    ("the-name-kurz-before-a-year", ["Im Jahr 2017 wurde gewählt.",
                                     "Nachdem Kurz 2019 nach dem Ibiza-Video zurücktreten musste, wurde neu gewählt."]),
    ("agent-of-a-participle-after-aufgrund", ["Im Jahr 2020 stiegen die Preise.",
                                              "Die Preise stiegen aufgrund 2019 von der EU beschlossener Zölle."]),
    ("kurz-nach-with-its-year-after", ["Sie starb kurz nach ihrem Umzug 2019 in Berlin."]),
    ("the-name-kurz-after-a-title", ["Im Jahr 2017 wurde gefragt.",
                                     "Wie Prof. Kurz 2019 nach einer Umfrage berichtete, sank die Zahl."]),
    ("the-name-kurz-after-a-dash", ["Im Jahr 2017 wurde gewählt.", "Der Kanzler – Kurz 2019 nach der Wahl – trat zurück."]),
    ("from-outside-then-von-auf", ["Im Jahr 2015 zählte die Stadt die Pendler.",
                                   "Die Zahl der Pendler von außerhalb 2019 von 3000 auf 4000 stieg."]),
]


@pytest.mark.parametrize("paragraphs", [c[1] for c in FRAME_PASSING], ids=[c[0] for c in FRAME_PASSING])
def test_frame_passes(paragraphs):
    assert all(fl == [] for fl in doc_flags(paragraphs))


FRAME_FAILING = [
    # id, paragraphs, index of the flagged paragraph, flagged German text
    # „zuletzt“ after the year opens the phrase after it: no look back of the year's.
    ("look-back-word-of-the-next-phrase",
     ["Die Parteichefs trafen sich am Dienstag zu einem Gespräch. Streitpunkt ist vor allem die Frage, wie das "
      "Budgetdefizit 2015 von zuletzt 4,1 Prozent der Wirtschaftsleistung gesenkt werden soll."], 0, "2015"),
    # A phrase of time alone opening the sentence names no event of its own: two times of one clause.
    ("fronted-time-alone", ["Die Strecke wurde 1975 gebaut.", "Seit dem Jahr 1977 wurden die Loks nur noch im Jahr "
                            "2005 bei Güterzügen gebraucht."], 1, "im Jahr 2005"),
    ("fronted-time-noun", ["Die Strecke wurde 1975 gebaut.", "Nach Beginn des Jahres 1977 wurden die Loks nur noch "
                           "2005 bei Güterzügen gebraucht."], 1, "2005"),
    # No frame, but „im Jahr …“ between a noun that takes no year and a preposition: no German writes it there.
    ("no-frame-phrase-after-noun", ["Die Soldaten im Jahr 2019 an der Front wurden abgezogen."], 0, "im Jahr 2019"),
    # A clause a weekday dates, with no date: the weekday is a day of the text's own week.
    ("year-in-a-clause-a-weekday-dates",
     ["Der Lawinenwarndienst hatte im Jahre 2023 für Samstag die Warnstufe 3 von 5 ausgegeben."], 0, "im Jahre 2023"),
    # A name without a time preposition before it dates nothing.
    ("year-after-a-name-without-preposition", ["Der Verband freut sich 2019 über den Titel.",
                                               "Die Sportler aus Kenia im Jahr 2000 in Sydney gewannen."], 1,
     "im Jahr 2000"),
    ("bare-year-between-noun-and-preposition",
     ["Laudamotion kündigte an, die Flotte 2015 in Wien aufzustocken.", "Ab Jänner 2020 übernimmt die AUA."],
     0, "2015"),
    ("im-jahr-far-from-frame",
     ["Die Zahlen von 2018 sind da.", "Hunderte hatten sich am Strand im Jahr 2030 zu einem Fest versammelt."],
     1, "im Jahr 2030"),
    ("outside-the-history",
     ["Die Burg wurde 1150 erstmals erwähnt.", "Seit 1480 gehörte sie den Grafen.",
      "Die Besucher im Jahr 2019 auf der Burg staunten."], 2, "im Jahr 2019"),
    ("determiner-is-no-dated-noun", ["Im Oktober 2024 wuchs die Airline.", "Die Flotte 2015 in Wien wuchs."], 1, "2015"),
    # No other year, but the text is set in its own present: a slot year leaves it.
    ("this-year-is-a-present", ["Das Fest findet in diesem Jahr nicht statt.",
                                "Wenn Tausende im Jahr 2010 auf das Gelände gekommen wären, wäre es eng geworden."],
     1, "im Jahr 2010"),
    ("heuer-is-a-present", ["Heuer fällt der Markt aus.", "Die Händler im Jahr 2012 aus Tirol bedauern das."],
     1, "im Jahr 2012"),
    # A report that dates its events by the days of its own week is set in its present too.
    ("weekday-is-a-present", ["Am Montag kamen neue Jets.", "Die Piloten im Jahr 2019 an der Basis streikten."],
     1, "im Jahr 2019"),
    ("night-to-a-weekday-is-a-present", ["Das Kalb wurde in der Nacht zum Donnerstag geboren.",
                                         "Die Mutter im Jahr 2018 aus Zürich ist wohlauf."], 1, "im Jahr 2018"),
    ("yesterday-is-a-present", ["Die Polizei sperrte gestern die Brücke.", "Die Flotte 2015 in Wien wuchs."], 1, "2015"),
    # A year inside a phrase German never parts was put there, whatever the frame ("bis … zu" before a number word
    # too; „je … nach“).
    ("bis-zu-parted-before-a-number-word", ["Auf der Förde herrschten Bedingungen mit bis im Jahr 2015 zu fünf "
                                            "Windstärken."], 0, "im Jahr 2015"),
    # ... nor a span preposition and its span (de.SPAN_PREPOSITIONS: „seit … Jahren“).
    ("span-parted", ["Das Café El Fishawy soll seit 2017 über 200 Jahren ununterbrochen geöffnet sein."], 0, "2017"),
    # A year before a clock time „vor …“ that no day dates.
    ("year-before-a-clock-time-with-vor", ["Einheimische empfehlen, frühmorgens im Jahr 1902 vor 9 Uhr einzusteigen."],
     0, "im Jahr 1902"),
    ("je-nach-parted", ["Ein Ticket kostet je im Jahre 2016 nach Tageszeit zwischen 390 und 470 Rand."], 0,
     "im Jahre 2016"),
    ("bound-phrase-parted", ["Der Kläger zieht seine Forderung nach einem Schmerzensgeld in Höhe 2022 von 3.000 Euro "
                             "zurück."], 0, "2022"),
    ("up-to-parted-by-a-year-phrase", ["Wer den Bart behalten wollte, musste eine Steuer von bis im Jahre 2015 zu 100 "
                                       "Rubel zahlen."], 0, "im Jahre 2015"),
    # ... as are a one-word preposition and its „von“, „kurz“ or „unmittelbar“ and the preposition of a time, a thanks
    # and its „für“.
    ("mithilfe-von-parted", ["Die Inka hielten Zahlen mithilfe im Jahre 2020 von Knotenschnüren fest."], 0,
     "im Jahre 2020"),
    ("anhand-von-parted", ["Die Forscher bestimmten das Alter anhand 2018 von Baumringen."], 0, "2018"),
    ("aufgrund-von-parted", ["Die Straße blieb aufgrund im Jahr 2019 von Bauarbeiten gesperrt."], 0, "im Jahr 2019"),
    ("infolge-von-parted", ["Der Umsatz brach infolge 2020 von Lieferengpässen ein."], 0, "2020"),
    ("anstelle-von-parted", ["Die Stadt pflanzte anstelle im Jahre 2016 von Pappeln nun Linden."], 0, "im Jahre 2016"),
    ("innerhalb-von-parted", ["Nehmen Sie innerhalb 2021 von 24 Stunden nicht mehr als 3 Tabletten ein."], 0, "2021"),
    ("ausserhalb-von-parted", ["Die Hütte liegt außerhalb 2017 von Ortschaften."], 0, "2017"),
    ("zugunsten-von-parted", ["Der Erlös geht zugunsten 2022 von Familien in Not."], 0, "2022"),
    ("kurz-nach-parted", ["Paderborn glich kurz im Jahr 2023 nach der Pause per Foulelfmeter aus."], 0, "im Jahr 2023"),
    ("kurz-vor-parted", ["Die Gäste trafen kurz 2019 vor dem Abpfiff zum Ausgleich."], 0, "2019"),
    ("unmittelbar-nach-parted", ["Die Polizei war unmittelbar im Jahr 2018 nach dem Notruf vor Ort."], 0,
     "im Jahr 2018"),
    ("unmittelbar-vor-parted", ["Der Strom fiel unmittelbar 2015 vor der Sendung aus."], 0, "2015"),
    ("danke-fuer-parted", ["Mutter: Danke im Jahre 2019 für die Info!"], 0, "im Jahre 2019"),
    ("danke-fuer-parted-in-a-quotation", ["Sie schrieb: „Danke im Jahre 2019 für die Info!“"], 0, "im Jahre 2019"),
    # A participle later in the clause makes no agent of the „von“.
    ("in-hoehe-von-parted-before-a-participle", ["Die Firma zahlte eine Strafe in Höhe 2019 von 5 Millionen Euro an "
                                                 "die geschädigten Kunden."], 0, "2019"),
    # ... and so is one that says how things stand by now („bislang“, „derzeit“), or dates by its week.
    ("so-far-is-a-present", ["Nordkorea hat bislang rund 11.000 Soldaten im Jahr 2023 nach Russland entsandt."],
     0, "im Jahr 2023"),
    ("this-week-is-a-present", ["In dieser Woche beginnt die Messe.", "Die Händler im Jahr 2012 aus Tirol kommen."],
     1, "im Jahr 2012"),
    ("last-year-is-a-present", ["Die Mieten stiegen im vergangenen Jahr stark.", "Die Flotte 2015 in Wien wuchs."],
     1, "2015"),
    # A span after the year only as a time of the same event: „für“ tells how long a thing holds.
    ("span-for-how-long-is-no-time", ["Die Mieten stiegen am Montag stark.",
                                      "Die Genehmigung im Jahr 2021 für vier Tage kostet 30 Euro."], 1,
                                     "im Jahr 2021"),
    ("years-ago-is-a-present", ["Vor zwei Jahren schloss die Fabrik.", "Die Arbeiter 1998 aus Polen blieben."],
     1, "1998"),
    ("about-years-ago-is-a-present", ["Die Planung begann vor rund acht Jahren.",
                                      "Breite Türen hat Architekt Rudolf Bader im Jahr 2006 in seinem Konzept bedacht."], 1, "im Jahr 2006"),
    # „Tour“ is a trip as often as a race: a year after it is no edition.
    ("trip-is-no-edition", ["Im Mai 2011 war das Wetter schön.", "Für drei Menschen endet die Tour 1994 mit dem Motorrad tödlich."],
     1, "1994"),
    # An attribution's year in a text set in its present, with no other year: no look back on told events.
    ("attribution-year-in-a-text-of-its-present",
     ["Am Montag entkam ein Känguru aus einem Gehege.",
      "„So etwas erlebt man nicht alle Tage“, sagte Kommissar Dirk Wendlandt vom Revier Salzwedel 2014 mit einem "
      "Schmunzeln."], 1, "2014"),
    # ... nor a clause after a title's closing mark and comma, with no verb of saying.
    ("year-after-a-titles-comma", ["Am 2. Juli 1989 wurde sie in Osnabrück Europameisterin.",
                                   "Sie spielte von 1966 bis 1988 in Bergisch Gladbach.",
                                   "Sie spielte in „Heimat“, die Soldaten 2019 an der Front lachten."], 2, "2019"),
    # The same year after a quotation's comma that is no attribution's: a clause of its own after a full stop.
    ("year-after-a-quotation-in-another-sentence",
     ["Sie spielte von 1966 bis 1988 in Bergisch Gladbach.",
      "„Wir haben darüber gelacht.“ Die Spielerinnen 2019 in der Dokumentation lachten."], 1, "2019"),
    ("a-year-without-since-is-no-present", ["Hinzu kommen die Gebühren, die die Stadt 2023 um 15 Prozent erhöht hat.",
                                            "Frauke Jensen baute 1998 ihren ersten Stand auf."], 0, "2023"),
    # „vor“ after a year sets a second time against it: no span of the same event.
    ("ago-a-span-after-a-year", ["Im Oktober 2024 kamen die Truppen.",
                                 "Die Soldaten 2019 vor drei Jahren an der Front wurden abgezogen."], 1, "2019"),
    # „nach“ before a place, no span: the year still parts the noun from its phrase.
    ("after-a-place-is-no-span", ["Im Oktober 2024 kamen die Truppen.",
                                  "Die Soldaten 2019 nach drei Angriffen in Kursk wurden abgezogen."], 1, "2019"),
    ("one-year-is-a-frame", ["Im Oktober 2024 kamen die Truppen.",
                             "Die Soldaten im Jahr 2019 an der Front wurden abgezogen."], 1, "im Jahr 2019"),
    # The edition nouns are a list, not every short capitalised word or compound.
    ("acronym-not-of-an-event", ["Im Oktober 2024 wurde umgebaut.",
                                 "Die Zentrale der BASF 2014 in Ludwigshafen wuchs."], 1, "2014"),
    ("compound-whose-last-part-names-no-edition", ["Im Oktober 2024 kam die AUA.",
                                                   "Die Eurowings-Basis 2014 in Wien wird integriert."], 1, "2014"),
    ("genitive-of-no-edition", ["Im Oktober 2024 wurde gespielt.", "Die Fans des Vereins 2015 in Wien jubelten."],
     1, "2015"),
    ("noun-ending-like-no-edition", ["Im Oktober 2024 wurde verhandelt.", "Die Delegation 2015 in Wien verhandelte."],
     1, "2015"),
    # After an adverb that says nothing of time (the tagger tells it from a verb), a year does not belong.
    ("adverb-before-year", ["Im Oktober 2019 stieg die Nachfrage.",
                            "Die Herausforderung sei, die Autos zügig 2002 an die Kundschaft zu bringen."], 1, "2002"),
    ("adverb-before-phrase", ["Im Oktober 2019 stieg die Nachfrage.",
                              "Das sind Aussagen, die sinnbildlich im Jahr 2006 für die Heimat stehen."],
     1, "im Jahr 2006"),
    # Only -ung nouns of one-off events take a year („die Eingemeindung 1972“); others do not.
    ("ung-noun-of-no-event", ["Im Juli 2016 scheiterte der Putsch.",
                              "Die Führung macht die Bewegung 2010 für den Putsch verantwortlich."], 1, "2010"),
    # A thing named by its year takes the bare year only: „im Jahr …“ after it is a date again.
    ("name-noun-with-phrase-is-a-date", ["Im Oktober 2024 wurde gewählt.",
                                         "Die Agenda im Jahr 2015 für die Region wurde beschlossen."],
     1, "im Jahr 2015"),
    # After an article or pronoun, a year that opens no participle's phrase does not belong.
    ("pronoun-before-year", ["Velten lehrte von 1864 bis 1912 in Marburg.",
                             "Seine Schüler schätzten ihn; einer im Jahr 1991 von ihnen schrieb später ein Buch."],
     1, "im Jahr 1991"),
    # Two years in one clause with no word joining them give one event two times: the one outside the
    # frame was dropped in, even where its slot alone is ordinary German (after a verb or an adverb of time).
    ("two-years-after-a-verb", ["Die Mine war von 1850 bis 1960 in Betrieb.",
                                "Im Jahr 1920 flossen im Jahr 1995 nach einem Unfall Abwässer in den Fluss."],
     1, "im Jahr 1995"),
    ("two-years-after-an-adverb-of-time", ["Die Mine war von 1850 bis 1960 in Betrieb.",
                                           "Ab 1911 wurde sie nur noch 2007 für Kohle genutzt."], 1, "2007"),
    ("decade-and-year", ["Die Mine war von 1850 bis 1960 in Betrieb.",
                         "Die Firma, die in den 1930er Jahren 1988 auf Strom umstellte, wuchs."], 1, "1988"),
    # A bound phrase parted, or a preposition parted from its noun, is no German whatever verb dates the clause,
    # and wherever the frame lies.
    ("bound-phrase-parted-beside-an-event-verb", ["Die Malerin wurde 1931 geboren.",
                                                 "Sie starb am Samstag im Alter 1959 von 91 Jahren in ihrem Haus."],
     1, "1959"),
    ("preposition-parted-from-its-noun", ["Die Art wurde 2016 beschrieben.",
                                          "Die Krake kann eine Spannweite von im Jahre 2018 über 4 Metern erreichen."],
     1, "im Jahre 2018"),
    # A date takes the bare year; a year phrase after it was put there, whatever the frame.
    ("year-phrase-after-a-month", ["Der Rat tagte im März 2027.", "Der Kantonsrat wird im Juni im Jahre 2027 über das "
                                                                  "Paket beraten."], 1, "im Jahre 2027"),
    ("year-phrase-after-a-day", ["Die Staaten beschlossen bereits am 24. Mai im Jahre 2023 bei einem Gipfel die Hilfe."],
     0, "im Jahre 2023"),
    # A measure noun and its „von“ and size are never parted by a year.
    ("measure-noun-parted-from-its-size", ["Das Beben ereignete sich um 3.14 Uhr in einer Tiefe 2013 von etwa 10 "
                                           "Kilometern."], 0, "2013"),
    # A time of day is dated by a day, not by a year alone.
    ("year-before-a-time-of-day", ["Ein Tornado hat am Donnerstag Dörfer verwüstet.",
                                   "Der Wirbelsturm zog 2018 gegen 19.15 Uhr eine Schneise durch Südmähren."], 1, "2018"),
    # A clause says its year once: said again by a phrase, the phrase was dropped in.
    ("same-year-said-twice-in-a-clause", ["Seit Oktober 2023 mussten im Jahre 2023 mehr als 150.000 Menschen ihre "
                                          "Wohnorte verlassen."], 0, "im Jahre 2023"),
    # A sentence that has given its year says it again in a phrase only where one was dropped in, whatever clause.
    ("same-year-said-twice-in-a-sentence", ["Der Komet zerfiel im November 2013, als er dicht im Jahr 2013 an der Sonne "
                                            "vorbeiflog."], 0, "im Jahr 2013"),
    ("same-year-after-a-date", ["Die Sonde setzte am 20. Januar 2024 kurz nach Mitternacht Ortszeit im Jahr 2024 auf "
                                "dem Mond auf."], 0, "im Jahr 2024"),
    # An adjective right after a preposition is that preposition's noun's, not a participle of a noun the year describes.
    ("adjective-after-a-preposition-is-no-participle", ["Zwischen dem 8. und dem 19. Februar 2021 hatte der Student im "
                                                        "Jahr 2021 mit sogenannten DDoS-Angriffen die Plattform "
                                                        "überlastet."], 0, "im Jahr 2021"),
    ("adjective-after-a-preposition-and-article", ["Zwischen dem 8. und dem 19. Februar 2021 hatte der Student im Jahr "
                                                   "2021 mit den sogenannten DDoS-Angriffen die Plattform überlastet."],
     0, "im Jahr 2021"),
    # An ordinal after the year is no participle: the year is the clause's second time.
    ("ordinal-is-no-participle", ["Die Reihe erschien von 1987 bis 1999.",
                                  "Hollerbach erhielt 1996 den Jugendliteraturpreis im Jahr 2024 für den siebten Band."],
     1, "im Jahr 2024"),
    # An anniversary explains a year only when the years of the text and its ordinal add up to it.
    ("anniversary-of-no-year-of-the-text", ["Der Maler wurde 1908 in Krakau geboren und starb 1979.",
                                            "Eine Schau zeigte das Nationalmuseum Krakau im Jahr 2008 zum 50. "
                                            "Geburtstag des Museums."], 1, "im Jahr 2008"),
]


@pytest.mark.parametrize("paragraphs,index,flagged", [c[1:] for c in FRAME_FAILING],
                         ids=[c[0] for c in FRAME_FAILING])
def test_frame_fails(paragraphs, index, flagged):
    flags = doc_flags(paragraphs)
    assert [i for i, fl in enumerate(flags) if fl] == [index]
    f = flags[index][0]
    assert f.category == Category.DATE and f.side == Side.SOURCE
    assert paragraphs[index][slice(*f.source_span)] == flagged
    assert f.suggestion.startswith(f"Drop „{flagged}“")
    assert f.score >= f.threshold


# A bare year right after a noun that takes it as the name of an edition is part of the name, not a
# year dropped into the clause; events among them are dated by „im Jahr …“ as well.
EDITIONS = [
    ("award-night", "Die Oscars 2021 mit mindestens sieben Nominierungen für Netflix waren ein Erfolg."),
    ("grammys", "Bei den Grammys 2020 in Los Angeles gewann sie fünf Preise."),
    ("world-fair", "Die Expo 2000 in Hannover blieb hinter den Erwartungen zurück."),
    ("world-fair-phrase", "Die Expo im Jahr 2000 in Hannover blieb hinter den Erwartungen zurück."),
    ("fair-acronym", "Die IAA 2019 in Frankfurt zog weniger Besucher an."),
    ("world-cup-compound", "Die Fußball-WM 2014 in Brasilien kostete Milliarden."),
    ("hyphenated-cup", "Beim Ski-Weltcup 2019 in Kitzbühel siegte ein Schweizer."),
    ("tennis-open", "Die US Open 2019 in New York gewann eine Kanadierin."),
    ("race", "Er fuhr die Rallye 2019 mit einem neuen Team."),
    ("song-contest", "Der Eurovision Song Contest 2019 in Tel Aviv war umstritten."),
    ("paralympics", "Die Paralympics 2021 in Tokio fanden ohne Publikum statt."),
    ("church-congress", "Der Kirchentag 2019 in Dortmund zog Hunderttausende an."),
    ("climate-conference", "Die Klimakonferenz 2019 in Madrid endete ohne Einigung."),
    ("dated-night", "Die Silvesternacht 2015 in Köln ist unvergessen."),
    ("folk-festival", "Das Oktoberfest 2019 in München zählte 6,3 Millionen Gäste."),
    ("prize", "Der Nobelpreis 2019 für Chemie ging an drei Forscher."),
    ("genitive-of-festival", "Die Besucher des Festes 2016 aus Bayern kamen spät."),
    ("genitive-of-tournament", "Der Sieger des Turniers 2019 in Wimbledon trat zurück."),
    ("harvest", "Die Weinlese 2018 in der Pfalz war früh dran."),
    ("season-with-slash", "In der Saison 2021/22 in der Bundesliga spielte er kaum."),
    ("league-season", "Die Bundesliga 2019/20 mit Geisterspielen endete im Juni."),
    ("election", "Die Bundestagswahl 2021 in Deutschland war knapp."),
    ("agenda", "Die Agenda 2030 für nachhaltige Entwicklung gilt weltweit."),
    ("strategy", "Die Digitalstrategie 2030 für Schulen liegt vor."),
    ("goals", "Die Klimaziele 2030 für Deutschland sind ehrgeizig."),
    ("statistics", "Die Kriminalstatistik 2019 für Bayern zeigt einen Rückgang."),
    ("school-leavers", "Das Abitur 2019 an einem Münchner Gymnasium fiel gut aus."),
    ("model", "Das Modell 2019 mit neuem Motor kostet mehr."),
    ("version", "Die Version 2020 mit neuen Funktionen erscheint bald."),
    ("vintage", "Der Jahrgang 1990 aus dem Rheingau ist begehrt."),
    ("class-of-a-year", "Die Schüler des Abiturjahrgangs 2000 am Gymnasium treffen sich."),
    ("olympics", "Olympia 2024 in Paris wird teuer."),
]


# A vehicle's series by its number after „Reihe“ or „Baureihe“ (de.SERIES_NOUNS): no year, whatever the frame; but
# „eine Reihe … von“ is the idiom, and a year put into it stays a year. (id, German, English or None, years flagged)
SERIES = [
    ("series-beside-a-year", ["Die ÖBB stellten 1963 die Reihe 1010 in Dienst."], None, [[]]),
    ("series-out-of-frame", ["Die Reihe 1142 ist eine Baureihe elektrischer Lokomotiven, die zwischen 1962 und 1967 "
                             "geliefert wurde."],
     ["The 1142 class is a class of electric locomotives delivered between 1962 and 1967."], [[]]),
    ("reihe-von-idiom", ["Im März 2023 ermittelte die Polizei in Bremen.",
                         "Die Polizei nahm eine Reihe 1987 von Verdächtigen fest."], None, [[], ["1987"]]),
]


@pytest.mark.parametrize("paragraphs,translations,flagged", [c[1:] for c in SERIES], ids=[c[0] for c in SERIES])
def test_a_series_number_is_no_year(paragraphs, translations, flagged):
    flags = doc_flags(paragraphs, translations)
    assert [[p[f.source_span[0]:f.source_span[1]][-4:] for f in fl] for p, fl in zip(paragraphs, flags)] == flagged


@pytest.mark.parametrize("sentence", [c[1] for c in EDITIONS], ids=[c[0] for c in EDITIONS])
def test_year_naming_an_edition_is_in_its_place(sentence):
    # The article's frame is years away, so only the slot decides.
    assert doc_flags(["Im Oktober 2024 begann die Debatte.", sentence]) == [[], []]


# Nouns that only end like a dated event or an edition („…begründung“ is no „Gründung“, „…system“ no
# „EM“): a year after them, before a preposition and far from the frame, is dropped in.
FALSE_TAILS = [
    ("justification", "Der Richter sprach in der Urteilsbegründung 1985 von Gier.", "1985"),
    ("department", "Die Abteilung 1990 für Kinder wurde geschlossen.", "1990"),
    ("districts", "Die Wahlkreise 2003 in Bayern wurden neu geschnitten.", "2003"),
    ("system", "Das Schulsystem 1999 in Bayern wurde gelobt.", "1999"),
    ("selection", "Die Auswahl im Jahr 1992 aus zwanzig Bewerbern fiel schwer.", "im Jahr 1992"),
]


@pytest.mark.parametrize("sentence,flagged", [c[1:] for c in FALSE_TAILS], ids=[c[0] for c in FALSE_TAILS])
def test_year_after_a_noun_that_only_ends_like_an_event_is_flagged(sentence, flagged):
    flags = doc_flags(["Im Oktober 2024 begann die Debatte.", sentence])
    assert [sentence[slice(*f.source_span)] for f in flags[1]] == [flagged]


# „im Jahr …“ right after a preposition, another preposition after it, cuts the preposition off its noun:
# no German writes it. After a preposition that opens an infinitive or follows its noun, before a participle
# it qualifies, or with „dem Jahr“, the phrase is German.
AFTER_PREPOSITION = [
    ("cut off", "Die Zahl der Gäste stieg auf im Jahr 2010 über 600.000.", ["im Jahr 2010"]),
    ("infinitive", "Die Stadt plant, um im Jahr 2010 in der Liga zu spielen.", []),
    ("postposition", "Die Stadt wurde der Legende nach im Jahr 2010 auf einer Insel gegründet.", []),
    ("participle", "Er stützt sich auf im Jahr 2010 in Wien erhobene Daten.", []),
    ("dem Jahr", "Die Zahl sank gegenüber dem Jahr 2010 um rund 28 Prozent.", []),
]


@pytest.mark.parametrize("sentence,flagged", [c[1:] for c in AFTER_PREPOSITION], ids=[c[0] for c in AFTER_PREPOSITION])
def test_year_phrase_right_after_a_preposition(sentence, flagged):
    flags = doc_flags(["Im Oktober 2024 begann die Debatte.", sentence])
    assert [sentence[slice(*f.source_span)] for f in flags[1]] == flagged


def test_present_weight_is_read_from_the_config():
    # With little weight for a present frame only the stronger evidence, a bare year, still flags.
    config = load_config(overrides={"year_out_of_frame": {"present_weight": 0.1}})
    units = [Unit(id="a", source="Die Mieten stiegen im vergangenen Jahr stark.", doc_id="d"),
             Unit(id="b", source="Die Flotte 2015 in Wien wuchs.", doc_id="d"),
             Unit(id="c", source="Die Piloten im Jahr 2012 an der Basis streikten.", doc_id="d")]
    flags = run_checks(units, config, source_only=True, only={"year_out_of_frame"})
    assert [[u.source[slice(*f.source_span)] for f in fl] for u, fl in zip(units, flags)] == [[], ["2015"], []]


def test_present_frame_is_named_in_the_message():
    flags = doc_flags(["Das Fest findet in diesem Jahr nicht statt.",
                       "Die Piloten im Jahr 2012 an der Basis streikten."])
    assert "„in diesem Jahr“" in flags[1][0].message


# After a verb „im Jahr …“ is ordinary German („erschien im Jahr 1545 in Bordeaux“): in a text of history,
# whose years range beyond any frame, it is shown as info; elsewhere a year so placed far from every other
# year of the article counts („kämpften im Jahr 2019 in Kursk“ in an article about 2024).
AFTER_VERB = [
    ("news", "Im Oktober 2024 kamen die Truppen.", "Sie kämpften im Jahr 2019 in Kursk.", Severity.WARNING),
    ("history", "Das Buch wurde 1968 und 1979 neu aufgelegt, zuerst gedruckt im 16. Jahrhundert.",
     "Es erschien im Jahr 1545 in Bordeaux.", Severity.INFO),
    # A verb of a one-off event in the clause: the year dates the event, as German writes it.
    ("founding", "Im Oktober 2024 feierte die Stadt.", "Die Stadt wurde im Jahr 1850 von Siedlern gegründet.",
     Severity.INFO),
    ("appearing", "Im Oktober 2024 kam die Neuauflage.", "Das Buch erschien im Jahr 1990 bei Rowohlt.", Severity.INFO),
    ("listing", "Im Oktober 2024 feierte das Dorf.", "Die UNESCO hat den Brauch im Jahr 2013 in die Liste aufgenommen.",
     Severity.INFO),
]


@pytest.mark.parametrize("frame,sentence,severity", [c[1:] for c in AFTER_VERB], ids=[c[0] for c in AFTER_VERB])
def test_year_after_a_verb_far_from_the_frame_counts_outside_histories(frame, sentence, severity):
    config = load_config()
    units = [Unit(id="a", source=frame, doc_id="d"), Unit(id="b", source=sentence, doc_id="d")]
    flags = [f for f in run_checks(units, config, source_only=True)[1] if f.check == "year_out_of_frame"]
    assert [(f.severity, sentence[slice(*f.source_span)]) for f in flags] == [
        (severity, sentence[sentence.index("im Jahr"):sentence.index("im Jahr") + 12])]


def test_frame_flag_points_into_the_translation_too():
    flags = doc_flags(["Die Zahlen von 2018 sind da.", "Hunderte hatten sich am Strand im Jahr 2030 zu einem Fest versammelt."],
                      ["The 2018 figures are in.", "Hundreds had gathered on the beach in 2030 for a festival."])
    f = flags[1][0]
    assert "Hundreds had gathered on the beach in 2030 for a festival."[slice(*f.translation_span)] == "in 2030"
    assert "'in 2030'" in f.suggestion


def test_seed_article_flags_only_the_2019_paragraph():
    text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    paragraphs = [p for p in text.splitlines() if p.strip()]
    flags = doc_flags(paragraphs)
    flagged = [i for i, fl in enumerate(flags) if fl]
    assert len(flagged) == 1
    f = flags[flagged[0]][0]
    assert paragraphs[flagged[0]][slice(*f.source_span)] == "im Jahr 2019"
    assert "2019" in f.message and "2025" in f.message
    assert f.suggestion.startswith("Drop „im Jahr 2019“")


# The English year and the German one's neighbours: a translator keeps a year with the words it dates
# (or moves it to the end of its clause), so an English year far from every rendering of the German
# words beside it is one more sign that the year was put into both texts from outside.
# A history (a year before 1800): there a year's phrase after a verb is ordinary German unless the English moves it.
_MINE = ("Die Mine war von 1750 bis 1960 in Betrieb.", "The mine was in operation from 1750 to 1960.")
_RECORD = ("Die Airline meldete 2015 einen Rekord.", "The airline reported a record in 2015.")
_NO_YEAR = ("Die Airline meldet Gewinne.", "The airline reports profits.")
# The German sentence judged, each with Englishes that keep its year by its neighbours or move it away.
_KURSK = "Die Soldaten kämpften im Jahr 2019 in Kursk, bevor sie heimkehrten."
_TOWN = "Man schützte die Stadt nicht 1993 mit Steinen allein."
# The same slot with a verb of a one-off event, which dates its clause: "built" moves the year as English does.
_TOWN_BUILT = "Man baute die Stadt nicht 1993 aus Steinen allein."
_FLEET = "Die Flotte im Jahr 2015 in Wien wuchs kräftig, sagte der Chef."
_FLEET_MOVED = "The fleet in Vienna grew strongly and quickly in 2015 by all accounts, said the boss."
_FLEET_KEPT = "The fleet in 2015 in Vienna grew strongly and quickly by all accounts, said the boss."
DISPLACED = [
    # id, (German, English) of the article, index judged, counted flag on the German (or None)
    ("after-a-verb-moved-far",
     [_MINE, (_KURSK, "The soldiers fought in Kursk before all of them went back in 2019 to their homes.")],
     1, "im Jahr 2019"),
    ("after-a-verb-kept-in-place",
     [_MINE, (_KURSK, "The soldiers fought in 2019 in Kursk before all of them went back to their homes.")], 1, None),
    ("moved-to-the-clause-end",
     [_MINE, (_KURSK, "The soldiers fought in Kursk before all of them went back to their homes in 2019.")], 1, None),
    ("ordinary-slot-moved-far",
     [_MINE, (_TOWN, "They did not protect the town of our fathers with stones in 1993 alone.")], 1, "1993"),
    ("event-verb-slot-moved-far",
     [_MINE, (_TOWN_BUILT, "They did not build the town of our fathers from stones in 1993 alone.")], 1, None),
    # English fronts a year to the head of its sentence: moved there, not displaced.
    ("ordinary-slot-fronted", [_MINE, (_TOWN, "In 1993 they did not protect the town of our fathers with stones alone.")],
     1, None),
    ("ordinary-slot-kept-in-place",
     [_MINE, (_TOWN, "They did not protect the town in 1993 with the stones of our fathers alone.")], 1, None),
    # The English says the year twice: the mention by the German year's neighbours is its rendering.
    ("year-said-twice-in-english",
     [_MINE, ("Er gewann 2021 und 2022 die Meisterschaft. Im Finalspiel 2021 gegen die Grizzlys Wolfsburg traf er.",
              "He won the championship in 2021 and 2022. In the 2021 final against the Grizzlys Wolfsburg he scored.")],
     1, None),
    # ... and to the head of a clause after its conjunction („dass man … 1993 …“ / "that in 1993 they …").
    ("ordinary-slot-fronted-after-that",
     [_MINE, ("Er sagt, dass man die Stadt nicht 1993 mit Steinen allein schützte.",
              "He says that in 1993 they did not protect the town of our fathers with stones alone.")], 1, None),
    ("ordinary-slot-after-a-verb", [_MINE, ("Die Stadt wuchs 1993 aus den Steinen der alten Mine.",
                                            "The town of our fathers and mothers grew from the stones in 1993 at the "
                                            "old mine.")],
     1, None),
    # The English says the year in another sentence than the German (as many sentences on each side): a year
    # put into both texts apart, even in an ordinary slot; in the same sentence, moved to its head, it is
    # translated.
    ("ordinary-slot-other-sentence",
     [_MINE, ("Die Stadt wuchs schnell. Man baute 1993 neue Häuser aus Stein.",
              "In 1993 the town grew quickly. New houses were built of stone.")], 1, "1993"),
    ("ordinary-slot-same-sentence",
     [_MINE, ("Die Stadt wuchs schnell. Man baute 1993 neue Häuser aus Stein.",
              "The town grew quickly. In 1993 new houses were built of stone.")], 1, None),
    # ... and inside the frame when the English also puts it away from its German neighbours' renderings, mid-sentence
    # (two signs apart); fronted in another sentence, it is one sign only.
    ("ordinary-slot-other-sentence-and-far-in-the-frame",
     [_MINE, ("Die Stadt wuchs sehr schnell und stetig. Man baute 1900 neue Häuser aus Stein.",
              "The town in 1900 grew very quickly and steadily. New houses were built of stone.")], 1, "1900"),
    ("ordinary-slot-other-sentence-fronted-in-the-frame",
     [_MINE, ("Die Stadt wuchs sehr schnell und stetig. Man baute 1900 neue Häuser aus Stein.",
              "In 1900 the town grew very quickly and steadily. New houses were built of stone.")], 1, None),
    # ... or in another of as many parts as semicolons divide the sentence into on each side.
    ("ordinary-slot-other-part-and-far-in-the-frame",
     [_MINE, ("Die Stadt wuchs sehr schnell und stetig; man baute 1900 neue Häuser aus Stein.",
              "The town in 1900 grew very quickly and steadily; new houses were built of stone.")], 1, "1900"),
    ("ordinary-slot-same-part-in-the-frame",
     [_MINE, ("Die Stadt wuchs sehr schnell und stetig; man baute 1900 neue Häuser aus Stein.",
              "The town grew very quickly and steadily; in 1900 new houses were built of stone.")], 1, None),
    # ... and where it is the text's only year, when the text speaks of its present („am Montag“).
    ("ordinary-slot-other-sentence-and-far-the-only-year",
     [_NO_YEAR, ("Die Stadt wuchs am Montag schnell. Man baute 2016 neue Häuser aus Stein.",
                 "The town in 2016 grew quickly on Monday. New houses were built of stone.")], 1, "2016"),
    ("ordinary-slot-sentences-joined",
     [_MINE, ("Die Stadt wuchs schnell. Man baute 1993 neue Häuser aus Stein.",
              "In 1993 the town grew quickly and new houses were built of stone.")], 1, None),
    ("odd-slot-without-a-frame-moved-far", [_NO_YEAR, (_FLEET, _FLEET_MOVED)], 1, "im Jahr 2015"),
    ("odd-slot-in-the-frame-moved-far", [_RECORD, (_FLEET, _FLEET_MOVED)], 1, "im Jahr 2015"),
    ("odd-slot-in-the-frame-kept", [_RECORD, (_FLEET, _FLEET_KEPT)], 1, None),
]


@pytest.mark.parametrize("pairs,index,flagged", [c[1:] for c in DISPLACED], ids=[c[0] for c in DISPLACED])
def test_english_year_far_from_its_german_neighbours(tiny_lexicon, pairs, index, flagged):
    flags = doc_flags([de for de, _ in pairs], [en for _, en in pairs])
    assert [pairs[index][0][slice(*f.source_span)] for f in flags[index]] == ([flagged] if flagged else [])
    assert all(fl == [] for i, fl in enumerate(flags) if i != index)
    if flagged:
        assert "words away from the words beside it in the German" in flags[index][0].message \
            or "the English says it in another sentence" in flags[index][0].message


# The English year's phrase between a word and that word's of-phrase ("at the age in 1871 of 17"): no translator puts
# a time inside a noun phrase, so the year was put into both texts; flagged whatever the German slot and frame. A verb
# or adjective that takes "of" may have the time there, and an elliptic phrase has no noun before its "of".
PARTED = [
    # id, (German, English) of the paragraph judged after _MINE (its frame: 1750 to 1960), the flagged German or None
    ("noun-and-its-of-phrase",
     ("Mit 17 Jahren ging er 1871 nach Leipzig.", "At the age in 1871 of 17 he went to Leipzig."), "1871"),
    ("the-year-phrase-too",
     ("Es regnete zwischen Ende April und Mitte Juni im Jahr 1871 kaum.",
      "Barely any rain fell between the end in the year 1871 of April and mid-June."), "im Jahr 1871"),
    ("a-noun-ending-like-a-participle",
     ("Das Schiff fuhr 1871 mit einer Geschwindigkeit von 30 Knoten.", "The ship sailed at a speed in 1871 of 30 knots."),
     "1871"),
    ("said-twice-the-second-parted",
     ("Er zog 1871 nach Leipzig. Die Stadt hatte 1871 mehr als 100.000 Einwohner.",
      "He moved to Leipzig in 1871. The city had a population in 1871 of more than 100,000."), "1871"),
    ("a-verb-that-takes-of", ("Er starb 1871 an der Cholera.", "He died in 1871 of cholera."), None),
    ("a-participle-that-takes-of",
     ("Man beschuldigte ihn 1871 des Betrugs.", "He was accused in 1871 of fraud."), None),
    ("an-adjective-that-takes-of",
     ("Er wurde 1871 des Betrugs schuldig gesprochen.", "He was found guilty in 1871 of fraud."), None),
    ("elliptic-after-and",
     ("Prag wurde 1918 Hauptstadt der Tschechoslowakei und 1938 der Tschechischen Republik.",
      "In 1918 Prague became the capital of Czechoslovakia, and in 1938 of the Czech Republic."), None),
    ("before-the-noun-phrase",
     ("Mit 17 Jahren ging er 1871 nach Leipzig.", "In 1871, at the age of 17, he went to Leipzig."), None),
    # ... or between two words English never parts: a compound preposition, a verb and its "to"-infinitive, "up to" a
    # number, "said to" have or be; free English pairs ("said … to reporters", "go up … to the fort") stay.
    ("compound-preposition",
     ("Laut den 1871 veröffentlichten Zahlen wuchs die Stadt.",
      "According in 1871 to the published figures, the city grew."), "1871"),
    ("verb-and-its-infinitive",
     ("Der Haushalt muss 1871 noch genehmigt werden.", "The budget still has in 1871 to be approved."), "1871"),
    ("up-to-a-number",
     ("Der Baum wird 1871 bis zu 40 Meter hoch.", "The tree grows up in 1871 to 40 metres tall."), "1871"),
    ("said-to-have",
     ("Er soll sich 1871 dort versteckt haben.", "He is said in 1871 to have hidden there."), "1871"),
    ("said-to-someone",
     ("Er sagte 1871 den Reportern, er komme.", "He said in 1871 to reporters that he would come."), None),
    ("up-to-a-place",
     ("Man fährt 1871 mit der Seilbahn zur Festung.", "You ride the cable car up in 1871 to the fortress."), None),
]


@pytest.mark.parametrize("pair,flagged", [c[1:] for c in PARTED], ids=[c[0] for c in PARTED])
def test_english_year_parting_a_noun_from_its_of_phrase(pair, flagged):
    flags = doc_flags([_MINE[0], pair[0]], [_MINE[1], pair[1]])
    got = [f for f in flags[1] if f.severity != Severity.INFO]
    assert [pair[0][slice(*f.source_span)] for f in got] == ([flagged] if flagged else [])
    assert flags[0] == []
    if flagged:
        # The German mention the parted English renders, and that English phrase (the last one of each here).
        assert got[0].source_span[0] == pair[0].rfind(flagged)
        english = pair[1][slice(*got[0].translation_span)]
        assert english.startswith("in ") and got[0].translation_span[0] == pair[1].rfind(english)
        assert "which English never parts" in got[0].message


def test_without_a_lexicon_the_english_placement_is_not_judged(no_lexicon):
    # Degraded alignment: the check keeps its German-only judgement (info after a verb, nothing without a frame).
    pairs = DISPLACED[0][1]
    assert doc_flags([de for de, _ in pairs], [en for _, en in pairs]) == [[], []]


# A verb of a one-off event dates its clause, whatever the year's slot: in a relative or subordinate clause
# (verb last) or after the main clause's finite verb the year is German's own place for it. Before a main
# clause's finite verb it sits inside the one phrase German allows there, and stays an error.
# (id, the document's paragraphs, the year flagged in the last one or None)
EVENT_CLAUSES = [
    ("relative-clause-verb-last", ["Im Oktober 2024 begann die Debatte.",
                                   "Die Firma geht auf eine Schleiferei zurück, die Wintgens 1931 an der Wupper gründete."],
     None),
    ("after-the-finite-verb", ["Im Oktober 2024 begann die Debatte.",
                               "Der Sage nach gründeten die Siedler die Stadt 1931 auf einer Insel."], None),
    ("before-the-finite-verb", ["Im Oktober 2024 begann die Debatte.",
                                "Die Abteilung 1990 für Kinder wurde geschlossen."], "1990"),
    # A number's full stop or comma ends no clause: the verb after it is the year's.
    ("number-inside-the-clause", ["Im Oktober 2024 begann die Debatte.",
                                  "Sie zahlte eine Sternwarte, deren Fernrohr 1931 für 1.800 Taler in London beschafft wurde."],
     None),
    # A participle before its noun qualifies the noun: no event of the year's clause.
    ("participle-before-its-noun", ["Im Oktober 2024 begann die Debatte.",
                                    "Nach dem Krieg fiel das Elsass 1931 an das neu gegründete Reich."], "1931"),
    ("no-event-verb", ["Im Oktober 2024 begann die Debatte.",
                       "Die Firma geht auf eine Schleiferei zurück, die Wintgens 1931 an der Wupper betrieb."], "1931"),
    # A first or a record happened once: its year dates it.
    ("a-first", ["Im Oktober 2024 begann die Debatte.",
                 "In Deutschland folgte die erste erfolgreiche Herzverpflanzung 1981 in München."], None),
    ("a-record", ["Im Oktober 2024 begann die Debatte.",
                  "Die höchste jemals gemessene Sonnenblume wuchs im Jahr 2014 in einem Garten in Kaarst."], None),
    # „ins Leben gerufen“ founds: a one-off event.
    ("called-into-being", ["Am Dienstag erschien die Version 3.0.",
                           "„Das ist unser größtes Update“, sagte Tobias Reindl, der Kinobox 2016 in Wien ins Leben "
                           "gerufen hat."], None),
]


@pytest.mark.parametrize("paragraphs,flagged", [c[1:] for c in EVENT_CLAUSES], ids=[c[0] for c in EVENT_CLAUSES])
def test_a_verb_of_a_one_off_event_dates_its_clause(paragraphs, flagged):
    flags = doc_flags(paragraphs)
    assert [paragraphs[-1][slice(*f.source_span)] for f in flags[-1]] == ([flagged] if flagged else [])


# A plan said shortly before a year after the text's years, a look back shortly before one before them:
# the year leaves the frame on purpose. Not further back, nor in the other direction, nor with no years.
TIME_TOLD = [
    ("plan-after-the-frame", ["Im Oktober 2014 begann die Grabung.",
                              "Die Stätte soll nach Abschluss der Arbeiten im Jahr 2026 für Besucher geöffnet werden."],
     None),
    ("look-back-before-the-frame", ["Im Oktober 2024 begann die Debatte.",
                                    "Zuletzt hatte der Bundesrat im Jahr 1997 wegen eines Haushalts den Ausschuss angerufen."],
     None),
    ("look-back-word-far-from-the-year", ["Im Oktober 2024 begann die Debatte.",
                                          "Schon in den vergangenen Tagen hatte die Polizei ihre Kontrollen verstärkt und "
                                          "die Handys 1989 von Fußgängern durchsucht."], "1989"),
    ("plan-before-the-frame", ["Im Oktober 2024 begann die Debatte.",
                               "Die Stätte soll nach den Arbeiten im Jahr 1997 für Besucher geöffnet werden."], "im Jahr 1997"),
    ("look-back-after-the-frame", ["Im Oktober 2014 begann die Grabung.",
                                   "Zuletzt hatte der Bundesrat im Jahr 2026 wegen eines Haushalts den Ausschuss angerufen."],
     "im Jahr 2026"),
    # A text set in its present looks back from it („nachdem … geholt hatte“); a plan's year may lie anywhere ahead.
    ("look-back-in-a-text-of-today", ["Im Spiel um Platz drei hatte Ghana am Samstag in Kumasi gewonnen.",
                                      "Der Trainer hat das Turnier zweimal gewonnen, nachdem Ägypten 2006 im eigenen Land "
                                      "den Titel geholt hatte."], None),
    # The pluperfect looks back from the text's time: a year before the frame, or in a text of today, is told so.
    ("pluperfect-before-the-frame", ["Für Löw war es das letzte Spiel. Sein Nachfolger hat einen Vertrag bis 2024.",
                                     "Unter ihm war Deutschland 2014 in Brasilien Weltmeister geworden."], None),
    ("pluperfect-in-a-text-of-today", ["Am Sonntag gewann sie Gold im Einzel.",
                                       "Bei den Männern war Boris Becker 1992 in Barcelona nur im Doppel erfolgreich "
                                       "gewesen."], None),
    # ... with an irregular participle („getan“), and across a title quoted in its clause („Kon-Tiki“).
    ("pluperfect-of-an-irregular-participle", ["Am Sonntag stachen sechs Abenteurer in See.",
                                               "Sie wollen den Pazifik überqueren, so wie es Thor Heyerdahl 1947 mit "
                                               "seinem Floß getan hatte."], None),
    ("pluperfect-across-a-quoted-title", ["Am Sonntag stachen sechs Abenteurer in See.",
                                          "Sie wollen den Pazifik überqueren, so wie es Thor Heyerdahl 1947 mit seinem "
                                          "Floß „Kon-Tiki“ getan hatte."], None),
    ("state-is-no-pluperfect", ["Im Oktober 2024 begann die Debatte.",
                                "Er bestätigte, dass Soldaten im Jahr 2019 an Kämpfen in Kursk beteiligt waren."],
     "im Jahr 2019"),
    ("perfect-is-no-look-back", ["Für Löw war es das letzte Spiel. Sein Nachfolger hat einen Vertrag bis 2024.",
                                 "Unter ihm ist Deutschland 2014 in Brasilien Weltmeister geworden."], "2014"),
    ("plan-with-no-other-year", ["Am Montag begann die Debatte.",
                                 "Künftig sollen jährlich etwa 350 Menschen direkt 2019 vor Ort versorgt werden."], "2019"),
]


# A year after the frame that goes on from a document telling its years in order is a chronicle's next year:
# information. Out of order, or before the frame, it counts.
CHRONICLE = [
    ("chronicle-goes-on", ["Der Verein wurde am 11. November 1949 gegründet. Im Jahr 1962 gelang der Aufstieg.",
                           "1976 wurde der Verein Vizemeister.",
                           "Finanzielle Schwierigkeiten zwangen den Verein 1985 zum Rückzug in die Regionalliga."],
     None),
    ("too-few-years-before", ["Im Jahr 1962 gelang dem Verein der Aufstieg.",
                              "Finanzielle Schwierigkeiten zwangen den Verein 1985 zum Rückzug in die Regionalliga."],
     "1985"),
    ("years-out-of-order", ["Im Jahr 1976 wurde der Verein Vizemeister. Gegründet hatte er sich 1949, 1962 stieg er auf.",
                            "Finanzielle Schwierigkeiten zwangen den Verein 1985 zum Rückzug in die Regionalliga."],
     "1985"),
    ("before-the-frame", ["Im Jahr 2014 wurde der Verein gegründet. 2016 gelang der Aufstieg, 2018 der nächste.",
                          "Finanzielle Schwierigkeiten zwangen den Verein 2009 zum Rückzug in die Regionalliga."],
     "2009"),
]


@pytest.mark.parametrize("paragraphs,flagged", [c[1:] for c in CHRONICLE], ids=[c[0] for c in CHRONICLE])
def test_a_chronicles_next_year(paragraphs, flagged):
    flags = [[f for f in fl if f.severity is not Severity.INFO] for fl in doc_flags(paragraphs)]
    assert [paragraphs[-1][slice(*f.source_span)] for f in flags[-1]] == ([flagged] if flagged else [])


# A focus word right before the year („erst 1998“) makes it the clause's point: information, wherever the English
# puts it ("It was not until 1998 that …").
FOCUSED = [
    ("not-until", ["Seit 2015 versucht ein Projekt des Verbands, den Bestand zu stützen.",
                   "Die Art wurde erst 1998 von den Münchner Ichthyologen Peter Brandl und Susanne Eder als "
                   "eigenständig erkannt."],
     ["Since 2015 a project of the association has been trying to support the population.",
      "It was not until 1998 that the Munich ichthyologists Peter Brandl and Susanne Eder recognised it as a separate "
      "species."]),
    ("not-until-first-word", ["Die Zeitschrift nannte das Album 1969 ein Meisterwerk.",
                              "Erst 2017 wurde es vom Originalband remastert und erstmals auf CD veröffentlicht."],
     ["In 1969 the magazine called the album a masterpiece.",
      "It was not until 2017 that it was remastered from the original tape and released on CD for the first time."]),
    # A particle right after the year sets it against another time („1914 bereits“, "by 1914 … already").
    ("particle-after-the-year", ["Leopold II. regierte den Kongo-Freistaat bis 1908 als Privatbesitz.",
                                 "Am 15. November 1884 kamen Vertreter von 14 Staaten zur Kongokonferenz in Berlin "
                                 "zusammen.",
                                 "Während 1880 erst rund zehn Prozent des Kontinents unter europäischer Kontrolle "
                                 "standen, waren es 1914 bereits etwa 90 Prozent."],
     ["Leopold II ruled the Congo Free State as his private property until 1908.",
      "On November 15, 1884, representatives of 14 states met in Berlin for the Congo Conference.",
      "Whereas in 1880 only around ten percent of the continent was under European control, by 1914 the figure was "
      "already about 90 percent."]),
    # The year of a quotation's attribution dates the saying, long after the events told (a later interview).
    ("year-of-a-quotations-attribution", ["Am 2. Juli 1989 wurde die Mannschaft in Osnabrück Europameister.",
                                          "Sie spielte von 1966 bis 1988 in Bergisch Gladbach.",
                                          "„Wir haben darüber gelacht“, sagte Kleinhenz 2019 in einer Dokumentation."],
     ["On July 2, 1989, the team became European champions in Osnabrück.",
      "She played in Bergisch Gladbach from 1966 to 1988.",
      "“We laughed about it,” Kleinhenz said in a documentary in 2019."]),
]


@pytest.mark.parametrize("paragraphs,translations", [c[1:] for c in FOCUSED], ids=[c[0] for c in FOCUSED])
def test_a_focused_year_is_information(paragraphs, translations):
    assert doc_flags(paragraphs, translations)[-1] == []  # (information is left out: it counts as no flag)


@pytest.mark.parametrize("paragraphs,flagged", [c[1:] for c in TIME_TOLD], ids=[c[0] for c in TIME_TOLD])
def test_a_year_told_as_a_plan_or_a_look_back(paragraphs, flagged):
    flags = [[f for f in fl if f.severity is not Severity.INFO] for fl in doc_flags(paragraphs)]
    assert [paragraphs[-1][slice(*f.source_span)] for f in flags[-1]] == ([flagged] if flagged else [])


# A bare year that closes a name the English copies with it (a club's founding year) is the name's; the same year
# said apart in the English ("in 1861") is judged as a year.
NAMED = [
    ("club-founding-year-copied", "Der Verein entstand 2004 durch die Fusion des TV Rinteln 1861 und der HSG Exten.",
     "The club was formed in 2004 through the merger of TV Rinteln 1861 and HSG Exten.", []),
    ("year-said-apart-in-english", "Der Verein entstand 2004 durch die Fusion des TV Rinteln 1861 und der HSG Exten.",
     "The club was formed in 2004 through the merger of TV Rinteln in 1861 and HSG Exten.", ["1861"]),
]


@pytest.mark.parametrize("de,en,flagged", [c[1:] for c in NAMED], ids=[c[0] for c in NAMED])
def test_year_closing_a_name_copied(de, en, flagged):
    flags = doc_flags(["Die Halle wurde 2019 gebaut.", de], ["The hall was built in 2019.", en])
    assert [de[slice(*f.source_span)] for f in flags[1]] == flagged

