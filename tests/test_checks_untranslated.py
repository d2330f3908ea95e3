"""Untranslated: German left in the English, beyond names and titles."""
from __future__ import annotations

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit

CONFIG = load_config()


def flags(source: str, translation: str) -> list:
    return [f for f in run_checks([Unit(id="u", source=source, translation=translation)], CONFIG)[0]
            if f.check == "untranslated" and f.severity is not Severity.INFO]


# (id, German, English, German text the English span must cover)
FAILS = [
    # A word capitalised only as it opens a sentence begins no name: an English one before the noun ("Numerous"), a
    # German adjective before it in the German („Zahlreiche“).
    ("after-an-english-sentence-opener", "Zahlreiche Zeugen berichteten zudem von einem lauten Knall.",
     "Numerous Zeugen also reported hearing a loud bang.", "Zeugen"),
    ("after-a-german-opening-determiner", "Mehrere Zeugen berichteten von einem Knall.",
     "Several Zeugen reported a bang.", "Zeugen"),
    # A German noun that ends a speaker's sentence in quotation marks is left in English words, not a term cited
    # (_term_in_marks: a quotation as short as a title may cite one).
    ("ends-a-quoted-sentence", "„Ohne Beweise steht man vor Gericht schnell mit leeren Händen da.“",
     "“Without evidence, you can quickly end up empty-handed in Gericht.”", "Gericht"),
    ("ends-a-quoted-phrase", "Sie habe die ganze Tragweite ihrer eigenen Entscheidung erfasst.",
     "She had been able to “grasp the full implications of her own Entscheidung.”", "Entscheidung"),
    ("ends-a-quoted-sentence-with-an-apostrophe", "„Ohne Beweise steht man vor Gericht mit leeren Händen da.“",
     "\"Without evidence you're quickly empty-handed in Gericht.\"", "Gericht"),
    ("after-an-english-opener-the-german-lacks", "Der Umsatz beträgt zusammen rund 6,5 Milliarden Euro.",
     "Combined Umsatz amounts to around 6.5 billion euros.", "Umsatz"),
    # English capitalises adjectives of peoples and faiths German writes in lower case: no name begins with them.
    ("after-an-english-adjective-of-a-people", "Er stellte Transitvisa für jüdische Flüchtlinge aus.",
     "He issued transit visas to Jewish Flüchtlinge.", "Flüchtlinge"),
    ("noun-and-place-after-an-english-adjective", "Die kongolesische Regierung in Kinshasa beschuldigt Ruanda.",
     "The Congolese Regierung in Kinshasa accuses Rwanda.", "Regierung"),
    # The head of a hyphenated German compound copied alone („US-Außenminister“, „Corona-Krankenhaus“).
    ("office-from-a-hyphenated-compound", "Darunter waren Prinz Charles und US-Außenminister Mike Pompeo.",
     "Among them were Prince Charles and US Außenminister Mike Pompeo.", "Außenminister"),
    ("head-of-a-hyphenated-compound", "Bei einem Brand in einem Corona-Krankenhaus in Bagdad starben 82 Menschen.",
     "82 people were killed in a fire at a coronavirus Krankenhaus in Baghdad.", "Krankenhaus"),
    # A frequent noun after a plural magnitude („Tausende Kinder“) is a noun as German writes it, and a name whose first
    # word the English translated, its noun left, is half translated: German left.
    ("frequent-noun-after-a-magnitude", "Tausende Kinder starben, als Schulgebäude einstürzten.",
     "Thousands of Kinder died when school buildings collapsed.", "Kinder"),
    ("name-half-translated", "Der Deutsche Wetterdienst erwartet bis zu 37 Grad.",
     "The German Wetterdienst expects up to 37 degrees.", "Wetterdienst"),
    # A compound of things whose English reads like it („Pressekonferenz“ :: press conference) and that no English
    # text writes: German left, not a name with an English form.
    ("cognate-compound-left", "Schabowski verkündete auf einer Pressekonferenz eine neue Reiseregelung.",
     "Schabowski announced a new travel regulation at a Pressekonferenz.", "Pressekonferenz"),
    # ... but a list of German nouns left standing has no name among them.
    ("list-of-nouns-left", "Er hält Hunde, Katzen und Mäuse im Garten.",
     "He keeps Hunde, Katzen and Mäuse in the garden.", "Hunde"),
    # Particles before a word the lexicon knows are German left, not a family name.
    ("particles-before-a-noun", "Er kam gestern von der Regierung zurück.", "He came back yesterday von der Regierung.",
     "von der Regierung"),
    # A word of a registered name kept outside the name: German left.
    ("registered-name-broken-up", "2009 gründete sich der Förderverein Schloss Weißenbrunn e. V., der hilft.",
     "In 2009 the Förderverein of the castle was founded, which helps.", "Förderverein"),
    ("party-name-half-translated", "Die erste Frage stellt Nadine Fuchs, BÜNDNIS 90/DIE GRÜNEN.",
     "The first question is from Nadine Fuchs, BÜNDNIS 90/THE GREENS.", "BÜNDNIS"),
    # A speaker's words the German quotes are no title: left German, they are German left.
    ("quoted-speech-copied-unquoted", "„Wir haben das nicht gewusst“, sagte er.", "Wir haben das nicht gewusst, he said.",
     "Wir haben das nicht gewusst"),
    # After an article's subject kept from the German, the rest of its sentence is still read.
    ("german-after-article-subject", "Ein Jahr auf der Hallig ist ein Abenteuer, und nicht nur für die Kinder.",
     "Ein Jahr auf der Hallig is an adventure, und nicht nur for the children.", "und nicht nur"),
    # A quotation left in German is no title cited: it ends with its sentence's stop inside the marks.
    ("quotation-left-german", "„Wir haben das nicht gewusst“, sagte er.",
     "“Wir haben das nicht gewusst.” he said.", "Wir haben das nicht gewusst"),
    ("sentence-left-german",
     "Die Feuerwehr rückte am Abend aus. Verletzt wurde nach Angaben der Polizei niemand.",
     "The fire brigade was called out in the evening. Verletzt wurde nach Angaben der Polizei niemand.",
     "Verletzt wurde nach Angaben der Polizei niemand"),
    ("whole-paragraph-copied", "Die Bahn streicht im Winter mehrere Verbindungen nach Prag.",
     "Die Bahn streicht im Winter mehrere Verbindungen nach Prag.",
     "Die Bahn streicht im Winter mehrere Verbindungen nach Prag"),
    ("headline-copied", "Großbrand zerstört Lagerhalle in Köln-Porz",
     "Großbrand zerstört Lagerhalle in Köln-Porz", "Großbrand zerstört Lagerhalle in Köln-Porz"),
    ("clause-half-translated", "Der Minister sagte, dass die Reform nicht mehr in diesem Jahr kommen wird.",
     "The minister said dass die Reform nicht mehr in diesem Jahr kommen wird.",
     "dass die Reform nicht mehr in diesem Jahr kommen wird"),
    ("noun-left", "Die Bundesregierung will das Gesetz ändern.", "The Bundesregierung wants to change the law.",
     "Bundesregierung"),
    ("noun-left-sentence-initial-article", "Die Staatsanwaltschaft hatte neun Jahre gefordert.",
     "The Staatsanwaltschaft had called for nine years.", "Staatsanwaltschaft"),
    # English capitalises a people's adjective; before a German noun it begins no name.
    ("noun-left-after-a-demonym", "Die deutsche Bevölkerung wurde vertrieben.",
     "The German Bevölkerung was expelled.", "Bevölkerung"),
    ("noun-left-after-a-number", "Vor 7.850 Zuschauern gewann das Team.",
     "In front of 7,850 Zuschauern the team won.", "Zuschauern"),
    # A German noun so frequent that its rare English uses (names, quotations) say nothing.
    ("frequent-noun-left", "Das Unternehmen verbesserte sich auch finanziell.",
     "The Unternehmen also improved financially.", "Unternehmen"),
    ("frequent-noun-left-mid-sentence", "Der Verletzte kam in ein Krankenhaus in der Nähe.",
     "The injured man was taken to a Krankenhaus nearby.", "Krankenhaus"),
    # An everyday noun before "in" and a place is no place's name copied („Neustadt in Holstein“): after an English
    # article, "in" is the English preposition.
    ("everyday-noun-before-in-and-a-place", "Nach Angaben der Regierung in Suva kamen fünf Menschen ums Leben.",
     "According to the Regierung in Suva, five people were killed.", "Regierung"),
    # Joined by a German word to a name the German does not write so: no German name kept whole.
    ("noun-left-before-a-german-word-and-an-english-name", "Die Regierung für Bayern tagte am Montag.",
     "The Regierung für Bavaria met on Monday.", "Regierung"),
    # An everyday noun before an English classifier ("station") is left untranslated, no name classified.
    ("everyday-noun-before-a-classifier", "Hinweise nimmt jede Dienststelle der Polizei entgegen.",
     "Information can be given to any Polizei station.", "Polizei"),
    # After a town's adjective („das Schweinfurter Unternehmen“) the noun is no surname, and an English adjective
    # made with a hyphen ("Schweinfurt-based") begins no name.
    ("noun-after-a-towns-adjective", "Das sagte das Schweinfurter Unternehmen am Mittwoch.",
     "The Schweinfurt-based Unternehmen said on Wednesday.", "Unternehmen"),
    # ... a town's adjective that takes an umlaut the town's name lacks („Helgoländer“ of Helgoland) too.
    ("noun-after-a-towns-adjective-with-an-umlaut", "Das sagte das Helgoländer Unternehmen am Mittwoch.",
     "The Heligoland-based Unternehmen said on Wednesday.", "Unternehmen"),
    # One of German's most frequent nouns, though English has a word so spelt ("kinder") or a name with it: standing
    # alone in mid-sentence it is German left.
    ("frequent-noun-spelt-like-an-english-word", "Luther und Katharina von Bora hatten sechs Kinder.",
     "Luther and Katharina von Bora had six Kinder.", "Kinder"),
    ("frequent-noun-after-a-preposition", "Der Eintritt ist für Kinder und Jugendliche frei.",
     "Admission is free for Kinder and young people.", "Kinder"),
    ("frequent-noun-after-a-sentence-opening-article", "Der Verein hat rund 640 Mitglieder.",
     "The Verein has around 640 members.", "Verein"),
    # Opening the German sentence or a clause after a semicolon, a frequent noun is capitalised as every noun is: no
    # name begins there, and standing alone in the English it is German left.
    ("frequent-noun-opening-the-german-sentence", "Der Eintritt kostet 5 Euro. Kinder unter 14 Jahren haben freien "
                                                  "Eintritt.", "Admission is 5 euros. Kinder under 14 get in free.",
     "Kinder"),
    ("frequent-noun-after-a-semicolon", "Erwachsene zahlen 8 Euro; Kinder zahlen die Hälfte.",
     "Adults pay 8 euros; Kinder pay half.", "Kinder"),
    ("frequent-noun-after-a-comma", "Erwachsene zahlen 8 Euro, Kinder von 6 bis 17 Jahren zahlen 4 Euro.",
     "Adults pay 8 euros, Kinder aged 6 to 17 pay 4 euros.", "Kinder"),
    # After an everyday English word that opens the sentence, capitalised there only, a noun is still alone.
    ("frequent-noun-after-a-sentence-opening-adjective", "Viele Kinder hatten soziale Regeln vergessen.",
     "Many Kinder had forgotten social rules.", "Kinder"),
    # A name of the German put before the noun, where the German has it after the noun or as a town's adjective: the
    # two make no name the German writes, and the noun is German left.
    ("noun-after-a-town-it-followed", "Das Krankenhaus Heinsberg hat eine Abstrichstelle eingerichtet.",
     "Heinsberg Krankenhaus has set up a swab station.", "Krankenhaus"),
    ("noun-after-a-town-of-its-adjective", "Nach Angaben der Koblenzer Polizei starben 12 Menschen.",
     "According to Koblenz Polizei, 12 people died.", "Polizei"),
    # A German title kept before a full name after an age.
    ("title-after-an-age", "Die Hauptrolle spielt die 34-jährige Schauspielerin Johanna Brandt.",
     "The leading role is played by the 34-year-old Schauspielerin Johanna Brandt.", "Schauspielerin"),
    # A German office before a name, wherever the sentence puts it: English writes its own title.
    ("office-before-a-name-opening-the-sentence", "Bundeskanzlerin Angela Merkel sprach von einem Erfolg.",
     "Bundeskanzlerin Angela Merkel spoke of a success.", "Bundeskanzlerin"),
    ("office-before-a-name-after-a-comma", "Mit 90 Prozent hatte Ministerpräsident Benjamin Netanjahu 30 Sitze.",
     "With 90 percent counted, Ministerpräsident Benjamin Netanyahu had 30 seats.", "Ministerpräsident"),
    # "in German" before a noun is an adjective's phrase, no language naming a cited word.
    ("noun-before-in-german-hospitals", "Die Fachkräfte in deutschen Krankenhäusern fehlen.",
     "The Fachkräfte in German hospitals are missing.", "Fachkräfte"),
]
PASSES = [
    # ... but a name's words copied whole, at the sentence's head, stay a name.
    ("name-opening-both-sentences", "Neue Zürcher Zeitung berichtet am Montag.", "Neue Zürcher Zeitung reports on Monday."),
    ("german-name-opening-the-english", "Die Zeit berichtete am Montag.", "Die Zeit reported on Monday."),
    # A frequent noun in a name: after a capitalised word („Gemeinde Sonntag“) or an ampersand („Haus & Grund“).
    ("frequent-noun-in-a-name-with-an-ampersand", "Der Eigentümerverband Haus & Grund kritisierte das Urteil.",
     "The property owners' association Haus & Grund criticised the ruling."),
    ("frequent-noun-naming-a-town", "Hinterberg gehört zur Gemeinde Sonntag im Großen Walsertal.",
     "Hinterberg belongs to the municipality of Sonntag in the Großes Walsertal valley."),
    ("surnames-opening-sentences", "Koch sagte, das Projekt sei gescheitert. Richter lobte ihn.",
     "Koch said the project had failed. Richter praised him."),
    # A name after an English honorific and its stop, whatever German noun it also is.
    ("surname-after-an-honorific", "Die Schüler reisen in Begleitung von Frau Dr. Lange nach China.",
     "The students travel to China, accompanied by Dr. Lange."),
    # ... and a name after a comma in a list of names, as much as after a capitalised word.
    ("frequent-noun-naming-a-town-in-a-list", "Die Busse halten in Raggal, Sonntag und Blons.",
     "The buses stop in Raggal, Sonntag and Blons."),
    ("surname-after-a-comma", "Zum Team gehören Anna Weber, Richter und Koch.",
     "The team includes Anna Weber, Richter and Koch."),
    # A name the German writes so itself, a town before its station's noun.
    ("station-named-as-the-german-does", "Der Zug endet in Berlin Hauptbahnhof.", "The train terminates at Berlin "
                                                                                 "Hauptbahnhof."),
    # An institution's name after the article that opens the sentence.
    ("institution-name-after-the-opening-article", "Die Verbraucherzentrale Niedersachsen warnt vor Anrufen.",
     "The Verbraucherzentrale Niedersachsen, Lower Saxony's consumer advice centre, is warning of calls."),
    # ... but a compound the lexicon renders by itself is a name („Zugspitze“ :: Zugspitze).
    ("compound-rendered-by-itself", "Die Zugspitze ist der höchste Berg Deutschlands.",
     "The Zugspitze is Germany's highest mountain."),
    # ... and so is one headed by a terrain feature's noun: a ski course's section, kept by its name.
    ("compound-of-a-terrain-feature", "Wallner profitierte von einer fehlerfreien Fahrt durch den Steilhang.",
     "Wallner benefited from a flawless run through the Steilhang."),
    # A frequent noun beside another capitalised word is a name's word: „Deutsche Bahn“, "Pro Bahn"; an outlet's name
    # is cited as it stands ("told Bild").
    ("frequent-noun-in-a-name", "Die Deutsche Bahn meldete Ausfälle.", "Deutsche Bahn reported failures."),
    ("frequent-noun-in-a-name-mid-sentence", "Laut Deutscher Bahn fielen Züge aus.",
     "According to Deutsche Bahn, trains were cancelled."),
    ("frequent-noun-outlet", "Das sagte Seibert der „Bild“ am Montag.", "Seibert said this to Bild on Monday."),
    # An office English writes so too; an office's word before a town names a business.
    ("office-english-writes-so", "Sie sprach mit Minister Heil.", "She spoke with Minister Heil."),
    ("office-word-before-a-town", "Bewertung: 5 Sterne – Handydoktor Mannheim.", "Rating: 5 stars – Handydoktor Mannheim."),
    # A registered name with its legal form, kept whole after the English article; a term named as a designation.
    ("registered-name-with-its-legal-form", "2009 gründete sich der Förderverein Schloss Weißenbrunn e. V., der hilft.",
     "In 2009 the Förderverein Schloss Weißenbrunn e. V. was founded, which helps."),
    # A school's name with „am“, an old state railway by its German name.
    ("school-named-with-am", "Die Feier der Grundschule am Rosenhügel findet in der Aula statt.",
     "The ceremony of the Grundschule am Rosenhügel takes place in the assembly hall."),
    # ... and with no article before it in the English: the German preposition copied with the noun makes the name.
    ("school-named-with-am-no-article", "Das Schuljahr beginnt an der Grundschule am Mühlbach am Montag.",
     "The school year at Grundschule am Mühlbach begins on Monday."),
    ("railway-by-its-german-name", "Als Folge rüstete die Bundesbahn die Strecke bis 1967 aus.",
     "As a consequence, the Bundesbahn equipped the line by 1967."),
    # A place in a range with another („von Schuld bis Sinzig“); a name German sets in capitals, copied.
    ("place-in-a-range", "Er verlas die Namen aller Orte, von Schuld bis Sinzig.",
     "He read out the names of all the places, from Schuld to Sinzig."),
    ("party-name-in-capitals", "Die erste Frage stellt Nadine Fuchs, BÜNDNIS 90/DIE GRÜNEN.",
     "The first question is from Nadine Fuchs, BÜNDNIS 90/DIE GRÜNEN."),
    ("term-after-designation", "Der Landkreis Mallersdorf war ein Landkreis in Niederbayern. Er erhielt 1939 die "
     "Bezeichnung Landkreis.", "The district of Mallersdorf was a district in Lower Bavaria. It was given the "
     "designation Landkreis in 1939."),
    # A title the German quotes, copied as it is (English sets titles in italics).
    ("quoted-title-copied-unquoted", "Lange galt „Die gläserne Stadt“ als verschollen.",
     "For a long time Die gläserne Stadt was considered lost."),
    # An encyclopaedia article's subject opening the paragraph, a title kept as the German names it.
    ("article-subject-kept", "Land unter – Ein Jahr auf Hallig Gröde ist ein deutscher Dokumentarfilm aus dem Jahr 2009.",
     "Land unter – Ein Jahr auf Hallig Gröde is a 2009 German documentary film."),
    # A noble family's name after a title and „von“.
    ("noble-family-after-von", "Nach dem Aussterben der Herren von Wart ging die Burg an die Grafen von Zollern.",
     "When the lords of Wart died out, the castle passed to the Counts of Zollern."),
    # A former name, with the place's name of today after it.
    ("former-name-now", "Johannis wurde Bürgermeister von Hermannstadt, dem heutigen Sibiu.",
     "Johannis was elected mayor of Hermannstadt, now Sibiu."),
    # A name led by a capitalised German function word, kept whole from the German: „Am Deich“.
    ("name-led-by-a-function-word", "Eine Frau fand ihn in der Kleingartenanlage „Am Deich“.",
     "A woman found him at the Am Deich allotments."),
    # A German name cited as such, the language named: "also known in German as".
    ("term-known-in-german-as", "Die Gewöhnliche Küchenschelle (Pulsatilla vulgaris), auch Gemeine Kuhschelle genannt, "
     "ist eine Pflanzenart aus der Gattung der Küchenschellen (Pulsatilla) innerhalb der Familie der Hahnenfußgewächse "
     "(Ranunculaceae). Sie wurde 1768 von Philip Miller erstbeschrieben.", "The common pasque flower (Pulsatilla "
     "vulgaris), also known in German as Gemeine Kuhschelle, is a plant species of the pasque flower genus (Pulsatilla) "
     "within the buttercup family (Ranunculaceae). It was first described by Philip Miller in 1768."),
    # ... or after it: "Kauen in German".
    ("german-name-given-as-such", "Kaunas, deutsch Kauen, liegt an der Memel.",
     "Kaunas, Kauen in German, lies on the Neman."),
    ("names-copied", "Bundestrainer Joachim Löw und Manager Oliver Bierhoff trafen Hans von Borsody.",
     "National coach Joachim Löw and manager Oliver Bierhoff met Hans von Borsody."),
    # A long German title cited with its English in brackets after it.
    ("long-title-glossed", "Doppler beschrieb ihn 1842 in seiner Abhandlung „Über das farbige Licht der Doppelsterne "
     "und einiger anderer Gestirne des Himmels“.", "Doppler described it in 1842 in his treatise \"Über das farbige "
     "Licht der Doppelsterne und einiger anderer Gestirne des Himmels\" (\"On the Coloured Light of the Binary Stars "
     "and Some Other Stars of the Heavens\")."),
    ("title-in-quotes", 'Grindel war Gast im "Aktuellen Sportstudio" des ZDF.',
     'Grindel was a guest on ZDF’s "Das aktuelle Sportstudio".'),
    ("false-friends", "Er will nach Hause, sagte man.", "He will go home, people said. The war was over, am I right?"),
    ("institution-kept", "Das Egyptian Center for Economic and Social Rights (ECESR) protestierte.",
     "The Egyptian Center for Economic and Social Rights (ECESR) protested."),
    ("scorers-copied", "ASV-Tore: Hintze (9), Ernst (6), Schlögl (4), Kümper (2), Mühlhoff (2).",
     "ASV goals: Hintze (9), Ernst (6), Schlögl (4), Kümper (2), Mühlhoff (2)."),
    ("german-term-cited", "Die Stadt kündigte an, gegen die Kinderlähmung vorzugehen.",
     "The city announced it would fight polio (Kinderlähmung)."),
    ("german-term-quoted", "Viele Auswanderer vermissen ihre Heimat.", "Many emigrants miss their “Heimat”."),
    ("german-term-ending-a-short-quotation", "„So nennen wir das Heimat“, sagte sie.",
     "“We call that Heimat,” she said."),
    ("german-term-quoted-with-its-article", "Viele Auswanderer vermissen ihre Heimat.",
     "Many emigrants miss what they call “die Heimat”."),
    ("particles-of-a-name", "Kommissionspräsidentin Ursula von der Leyen reiste nach Prag.",
     "Commission President Ursula von der Leyen travelled to Prague."),
    # A clothing size is the same letters in both languages; an adjective opening a name is the name's.
    ("clothing-size", "Größen: XS bis XXL, Farben: Schwarz und Olivgrün.", "Sizes: XS to XXL; colours: black and olive green."),
    ("adjective-opening-a-name", "Die Städtische Galerie Rosenheim zeigte 1995 eine Retrospektive.",
     "In 1995 the Städtische Galerie Rosenheim mounted a retrospective."),
    # A bank, venue or stage of a German town, kept as its name (words.GERMAN_INSTITUTION_NOUNS).
    ("institution-kept-as-its-name", "Die Bilanzsumme unserer Volksbank stieg auf 3,08 Milliarden Euro.",
     "The total assets of our Volksbank rose to €3.08 billion."),
    ("venue-kept-as-its-name", "Die Partie in der ausverkauften Stadthalle dauerte zweieinhalb Stunden.",
     "The game in the sold-out Stadthalle lasted two and a half hours."),
    # An English noun of a kind of water or land after the word: a place's name ("the Schlei inlet").
    ("name-before-a-geographic-classifier", "Der Roman spielt in einem Dorf an der Schlei.",
     "The novel is set in a village on the Schlei inlet."),
    ("noun-in-a-name", "Das Rathaus steht im Ortsteil Bad Regierung.",
     "The town hall is in the district of Bad Regierung."),
    # The adjective before it is the German's own: a name kept whole.
    ("name-with-its-german-adjective", "Das berichtete die Süddeutsche Zeitung am Montag.",
     "The Süddeutsche Zeitung reported this on Monday."),
    # A German scale word after a number is the number checks' (and their correction's) to read.
    ("scale-word-after-a-number", "Die Stadt hat 5,2 Millionen Einwohner.", "The city has 5,2 Millionen inhabitants."),
    # A German parliament, dish or initialism kept by its name.
    ("parliament-kept", "Ist das Volksbegehren erfolgreich, muss sich die Bürgerschaft mit dem Gesetzentwurf befassen.",
     "If the petition succeeds, the Bürgerschaft must consider the draft law."),
    ("dish-kept", "Meine Frau hatte die vegetarischen Maultaschen, die ihr etwas zu salzig waren.",
     "My wife had the vegetarian Maultaschen, though she found them a bit too salty."),
    ("initialism-kept", "Essen oder Trinken in den Zügen der MRT kann bis zu 500 Dollar kosten.",
     "Eating or drinking on MRT trains can cost you up to 500 dollars."),
    # A town after its land's adjective, a German word too („Schotten“: Scots).
    ("town-after-its-lands-adjective", "Die Klinik im hessischen Schotten schließt Ende Juni ihre Geburtsstation.",
     "The hospital in Schotten, Hesse, is closing its maternity ward at the end of June."),
    ("town-after-an-article-and-its-lands-adjective", "Der Pfarrerssohn aus dem badischen Bretten studierte Jura.",
     "The pastor's son from Bretten in Baden studied law."),
    # A noun before a place or a point of the compass: a firm's or an event's name, no title before a person.
    ("firm-named-by-a-point-of-the-compass", "Die Verwalterin, Frau Iris Hahn von der Hausverwaltung Nord, eröffnete "
     "die Versammlung.", "The property manager, Ms. Iris Hahn of Hausverwaltung Nord, opened the meeting."),
    # A town after an adjective of nearness, or with the adjective its name opens with.
    ("town-nearby", "In der Chiemgau-Arena jubelten rund 18.500 Zuschauer über den ersten Heimsieg seit vier Jahren. "
     "„Das ist unbeschreiblich“, sagte Preuß, die im nahen Wasserburg aufgewachsen ist.",
     "Around 18,500 spectators at the Chiemgau Arena celebrated the first home win in four years. "
     "“It is indescribable,” said Preuß, who grew up in nearby Wasserburg."),
    ("town-with-its-adjective", "Nach dessen Tod im Jahr 1352 übernahm 1356 der erst 23-jährige Peter Parler aus "
     "Schwäbisch Gmünd die Bauleitung.", "After his death in 1352, Peter Parler from Schwäbisch Gmünd, then only "
     "23 years old, took charge of the building work in 1356."),
    # A number after the noun makes it a name.
    ("noun-before-a-number", "Dort wurde sie in der Gruppe 47 aktiv.", "There she became active in Gruppe 47."),
    # A museum's German name kept whole, its place after „in“ („Museum für Stadtgeschichte in Paderborn“).
    ("name-kept-with-its-place", "Das Museum für Stadtgeschichte in Paderborn öffnet wieder.",
     "The Museum für Stadtgeschichte in Paderborn reopens."),
    # A town's adjective before a newspaper's name, kept in English as the name.
    ("towns-adjective-in-a-kept-name", "Die Berliner Zeitung berichtete darüber.", "The Berliner Zeitung reported on it."),
    # A title cited, its closing mark after the sentence's full stop.
    ("title-in-quotes-before-a-stop", 'Mit dem Programm "Guten Tag, liebes Glück" ist er auf Tour.',
     "He is on tour with the program “Guten Tag, liebes Glück.”"),
    # A German title of four words and more, cited in quotation marks: kept on purpose.
    ("long-title-cited", "1962 folgte die Fortsetzung „Wieder Ärger im Lammertal“.",
     "In 1962 came the sequel “Wieder Ärger im Lammertal”."),
    # A family name said with its particles and without the given name; a region („-land“); a name's first word
    # before the institution noun that ends it.
    ("surname-with-particles-alone", "„Es war ein langer Weg“, sagte von der Leyen in Brüssel.",
     "“It was a long road,” von der Leyen said in Brussels."),
    ("region-ending-in-land", "Im Sauerland und im Siegerland warf der Sturm 15,7 Mio. Kubikmeter Holz um.",
     "In the Sauerland and Siegerland, the storm blew down 15.7 million cubic metres of timber."),
    ("name-before-its-institution-head", "Das Buch ist im Berliner Aufbau Verlag erschienen, hat 384 Seiten.",
     "The book has been published by the Berlin publisher Aufbau Verlag, has 384 pages."),
    # A forum's user name.
    ("forum-user-name", "u/mainhattan_mieter: Danke euch allen für die vielen Tipps!",
     "u/mainhattan_mieter: Thanks, everyone, for all the tips!"),
    # A currency English calls by its own name.
    ("currency-by-its-name", "Der Rial verlor seit Jahresbeginn mehr als die Hälfte seines Werts.",
     "The rial has lost more than half its value since the start of the year."),
    # ... and an old coin English histories keep by its German name.
    ("old-coin-by-its-german-name", "Allein 1907 nahm er nach eigenen Angaben mehr als 80.000 Kronen ein.",
     "In 1907 alone, by his own account, he earned more than 80,000 kronen."),
    # A member of a list of names the English copies whole, whatever else its word means („Nippes“, „Sülz“).
    ("district-in-a-list-of-names", "Domcar will Ladesäulen in Wohnvierteln wie Ehrenfeld, Nippes und Sülz errichten.",
     "Domcar plans charging stations in districts such as Ehrenfeld, Nippes and Sülz."),
    # A given name before „von“ and a family name, the family name quoted again after it.
    ("given-name-before-von-and-a-quoted-name",
     "Er lebte als Dietrich von Bern fort, wobei „Bern“ die mittelhochdeutsche Bezeichnung für Verona ist.",
     'He lived on as Dietrich von Bern, "Bern" being the Middle High German name for Verona.'),
]


@pytest.mark.parametrize("case_id,de,en,span_text", FAILS, ids=[c[0] for c in FAILS])
def test_untranslated_flags(case_id, de, en, span_text):
    fl = flags(de, en)
    assert len(fl) == 1
    f = fl[0]
    assert f.category is Category.UNTRANSLATED
    assert en[f.translation_span[0]:f.translation_span[1]] == span_text
    if f.source_span:
        assert de[f.source_span[0]:f.source_span[1]] == span_text


@pytest.mark.parametrize("case_id,de,en", PASSES, ids=[c[0] for c in PASSES])
def test_untranslated_passes(case_id, de, en):
    assert flags(de, en) == []


# --- with the lexicon: any German word the lexicon knows and English does not ----------------------
from lexicon_data import no_lexicon, tiny_lexicon  # noqa: E402,F401 - fixtures

LEXICON_FAILS = [
    ("adjective-left", "Das Konzert war furios.", "The concert was furios.", "furios"),
    ("noun-left-beside-a-name", "Hermann Velten studierte Chemie. Die Stadtverwaltung war zufrieden.",
     "Hermann Velten studied chemistry. The Stadtverwaltung was satisfied.", "Stadtverwaltung"),
    ("noun-beside-german-function-word", "Können Sie die Rückscheine zu schicken?",
     "Can you send the Rückscheine zu?", "Rückscheine"),
    # A German title kept before a name: the name is copied, the title should have been translated.
    ("title-before-name", "Die Spende ging an Oberbürgermeister Peter Labonte.",
     "The donation went to Oberbürgermeister Peter Labonte.", "Oberbürgermeister"),
    ("title-after-a-demonym", "Der deutsche Oberbürgermeister Peter Labonte kam.",
     "The German Oberbürgermeister Peter Labonte came.", "Oberbürgermeister"),
    # ... also before a given name that ends like a family name or a region („Hermann“, „Roland“).
    ("noun-before-a-given-name-ending-like-a-name", "Der deutsche Schauspieler Hermann Hollerbach kam.",
     "The German Schauspieler Hermann Hollerbach came.", "Schauspieler"),
    ("noun-before-a-given-name-ending-like-a-region", "Der deutsche Schauspieler Roland Hollerbach kam.",
     "The German Schauspieler Roland Hollerbach came.", "Schauspieler"),
    ("title-before-one-name", "Die Spende ging an Oberbürgermeister Labonte, der dankte.",
     "The donation went to Oberbürgermeister Labonte, who said thanks.", "Oberbürgermeister"),
    # An everyday German noun is no name, though one English rendering looks like it („Polizei“ :: police).
    ("everyday-noun-with-a-look-alike-rendering", "Nach Angaben der Polizei wurde niemand verletzt.",
     "According to Polizei, nobody was injured.", "Polizei"),
    ("title-after-linked-place", "Die Feuerwehr Lahnstein dankte an Oberbürgermeister Peter Labonte.",
     "The fire brigade Lahnstein an Oberbürgermeister Peter Labonte thanked.", "Oberbürgermeister"),
    # A street's noun with the English article may be the main road; a compound ending in „-platz“ after a
    # possessive is a noun ("his Arbeitsplatz"); a town's word after an adjective is the noun („große Mengen“).
    ("street-noun-with-an-article", "Die Hauptstraße ist gesperrt.", "The Hauptstraße is closed.", "Hauptstraße"),
    # A street's head that ends common nouns as often counts as an address only after a preposition of one.
    ("path-noun-with-an-article", "Sie gingen den Waldweg entlang.", "They walked along the Waldweg.", "Waldweg"),
    # A German noun in lower case is German left all the same: decoders write them so ("without gedöns").
    ("noun-left-in-lower-case", "Meine Kosmetik ist ohne Gedöns.", "My cosmetics are without gedöns.", "gedöns"),
    ("compound-like-a-square", "Er verlor seinen Arbeitsplatz.", "He lost his Arbeitsplatz.", "Arbeitsplatz"),
    ("town-word-as-a-noun", "Sie kauften große Mengen Mehl in Mengen.", "They bought large Mengen of flour in Mengen.",
     "Mengen"),
    # Words after it that do not render it are no explanation.
    ("kept-noun-not-glossed", "Die Stadt erweiterte die Mittelschule und baute einen Bauhof.",
     "The town extended the Mittelschule, and built a depot.", "Mittelschule"),
    # ... nor are the next words of a list of nouns the German has there too, though one shares a part with it.
    ("kept-noun-in-a-list", "Der Ort hat eine Mittelschule, Schulen und ein Gymnasium.",
     "The town has a Mittelschule, schools and a grammar school.", "Mittelschule"),
    # A German office before a name opening the sentence is no name's first word either (twenty-seventh round:
    # tune articles, no clean paragraph flagged more; until then it passed).
    ("title-opening-the-sentence", "Oberbürgermeister Peter Labonte dankte.", "Oberbürgermeister Peter Labonte thanked.",
     "Oberbürgermeister"),
    # A phrase half translated: the German word that opens it copied, capitalised only as it opens the sentence or the
    # quotation, the noun after it rendered right after it; no name nor title cited as it stands.
    ("adjective-left-opening-a-half-translated-quotation", "„Halber Sieg“ gegen Belarus kostet die EU viel.",
     '"Halber Victory" against Belarus costs the EU a lot.', "Halber"),
    ("adjective-left-in-a-half-translated-quotation", "Der „halbe Sieg“ kostet die EU viel.",
     'The "halbe victory" costs the EU a lot.', "halbe"),
    # A registered name's words are kept only as the German writes them, from a capitalised word to the legal form.
    ("verb-left-in-a-registered-name-broken-up", "Der Verein Laufen hilft Köln e.V. sammelte Geld.",
     "The association hilft Cologne e.V. raised money.", "hilft"),
    ("clause-left-before-a-registered-name", "Gestern hat der Verein Laufen hilft Köln e.V. Geld gesammelt.",
     "Gestern hat der Verein Laufen hilft Köln e.V. collected money.", "Gestern hat der"),
    # ... nor words before a comma: a German closing left before the sender's registered name.
    ("closing-left-before-a-registered-name", "Wir danken Ihnen. Mit freundlichen Grüßen, Dirk Hammes, "
     "Debitorenbuchhaltung, Laufen hilft Köln e.V.", "We thank you. Mit freundlichen Grüßen, Dirk Hammes, "
     "Debitorenbuchhaltung, Laufen hilft Köln e.V.", "Mit freundlichen Grüßen, Dirk Hammes, Debitorenbuchhaltung"),
]
LEXICON_PASSES = [
    # A capitalised adjective in mid-quotation is a name's word (a newspaper's), before the name's noun translated.
    ("name-adjective-before-its-noun-translated", "Er las die „Frankfurter Allgemeine Zeitung“.",
     'He read the "Frankfurter Allgemeine newspaper".'),
    # A quoted name kept whole as the German writes it, the rest of the quotation translated.
    ("quoted-name-kept-whole", "Die Schlagzeile lautete „Deutsche Bank startet neue App“.",
     'The headline read "Deutsche Bank launches new app".'),
    # A name opening a quotation, before a verb the English renders: no phrase half translated (only a noun after it
    # makes one).
    ("quoted-name-before-a-verb", "„Schwarz wollte, dass jeder ein gutes Instrument bekommt“, sagt Thomas Ruppert.",
     "“Schwarz wanted everyone to get a good instrument,” says Thomas Ruppert."),
    # Outside quotation marks a capitalised word opening the sentence is a name's word, its noun translated or not.
    ("name-opening-a-sentence-unquoted", "Deutsche Zeitung und Spiegel berichteten.",
     "Deutsche newspaper and Spiegel reported."),
    # A registered name copied whole as the German writes it, a verb among its words.
    ("registered-name-with-a-verb", "Der Verein Laufen hilft Köln e.V. sammelte Geld.",
     "The association Laufen hilft Köln e.V. raised money."),
    # A handle, hashtag or web address is copied as written, its words with it.
    ("handle", "@furios_unterwegs Das Konzert war toll.", "@furios_unterwegs The concert was great."),
    ("web-address", "Mehr unter https://furios.de/konzert.", "More at https://furios.de/konzert."),
    ("hashtag", "Das Konzert war toll #furios", "The concert was great #furios"),
    ("handle-with-a-dot", "Meine Freundin @lena.furios meinte: „Toll.“", "My friend @lena.furios said: “Great.”"),
    # A castle's hall, a term English writing keeps in German.
    ("castle-term", "Teile des Palas sind erhalten.", "Parts of the palas survive."),
    ("quoted-title", 'Sein Programm heißt "Guten Tag, liebes Glück".',
     'His show is called "Guten Tag, liebes Glück".'),
    # A German place name copied whole, its linking word with it.
    ("place-name-with-bei", "Das Kabel endet nahe Edermanning bei Reut an einem Mast.",
     "The cable ends at a mast near Edermanning bei Reut."),
    ("place-name-an-der", "Sie studierte in Halle an der Saale.", "She studied in Halle an der Saale."),
    ("house-name-with-zum", "Er wohnte im Haus zum Löwen.", "He lived in the Haus zum Löwen."),
    ("title-translated", "Die Spende ging an Oberbürgermeister Peter Labonte.",
     "The donation went to Mayor Peter Labonte."),
    ("place-with-english-look-alike", "Er wohnt in Thüringen.", "He lives in Thüringen."),
    ("noun-alone-may-be-a-name", "Können Sie die Rückscheine schicken?", "Can you send the Rückscheine?"),
    # The German article after it opens a title cited in quotation marks: no German beside the noun.
    ("noun-before-a-cited-title", "Er schrieb die Rückscheine „Der Gärtner“.", "He wrote the Rückscheine “Der Gärtner”."),
    # Named as a term on purpose: "is called the Gemeinderat", "known as Rückscheine".
    ("term-called", "Der Rat – so heißt hier der Gemeinderat – tagt.", "The council – here it is called the Gemeinderat – meets."),
    ("term-known-as", "Der Gemeinderat tagt.", "The local council, known as Gemeinderat, meets."),
    ("translated", "Das Konzert war furios.", "The concert was rousing."),
    # The lexicon renders the word by itself or by its parts: a word English borrowed.
    ("borrowed-plural", "Sie wählte straffe Tempi.", "She set brisk tempi."),
    ("borrowed-compound", "In der Eurozone stiegen die Preise.", "Prices rose in the eurozone."),
    # Kept on purpose: a brand written with an inner capital, a compound of English words, a place
    # joined by „und“ to a name (German coordinates like with like).
    ("brand-inner-capital", "Das Signal kommt an der neuen FritzBox an.", "The signal arrives at the new FritzBox."),
    ("compound-of-english-words", "Wir schicken es an eine Packstation.", "We send it to a Packstation."),
    ("place-beside-a-name", "Die Leitung führt zwischen Simbach und Pfarrkirchen.",
     "The line runs between Simbach and Pfarrkirchen."),
    ("place-in-a-list-of-names", "Vor Ort waren die Wehren aus Pfarrkirchen, Eggenfelden und Bad Birnbach.",
     "Crews from Pfarrkirchen, Eggenfelden and Bad Birnbach were at the scene."),
    # The surname of a full name the text gives, alone later; a name the English marks as one.
    ("surname-of-a-full-name", "Hermann Velten studierte Chemie. Der junge Velten experimentierte.",
     "Hermann Velten studied chemistry. The young Velten experimented."),
    # ... a nickname quoted between the given name and the surname („Josef „Jupp“ Hambüchen“).
    ("surname-after-a-quoted-nickname", "Gemeint war Josef „Jupp“ Hambüchen. Seine Bestzeit lief Hambüchen 1957.",
     "People meant Josef “Jupp” Hambüchen. Hambüchen ran his best time in 1957."),
    ("name-before-a-classifier", "Er kam aus dem Ammerland.", "He came from the Ammerland district."),
    ("badge-named-by-its-german-name", "Von den 26 Kindern haben nur 11 das Seepferdchen.",
     "Of the 26 children, only 11 have their Seepferdchen badge."),
    # A German name of an association or venue kept whole, its German words of grammar and all.
    ("association-named-in-german", "Unterstützt wurden sie von der Gesellschaft für Freiheitsrechte.",
     "They were supported by the Gesellschaft für Freiheitsrechte."),
    ("association-after-a-noun", "Sie engagiert sich im Verein Kinderherzen ohne Grenzen e. V., der hilft.",
     "She is involved with the association Kinderherzen ohne Grenzen e. V., which helps."),
    ("venue-named-in-german", "In der Schwimm- und Sprunghalle im Europasportpark jubelten 2.000 Zuschauer.",
     "Around 2,000 spectators cheered him on at the Schwimm- und Sprunghalle im Europasportpark."),
    ("name-written-like-a-domain", "Die Straßen.NRW-Niederlassung hat den Plan beantragt.",
     "The regional branch of Straßen.NRW has applied for the plan."),
    ("trade-before-a-firm-name", "Der Hersteller, die Käserei Wangener Alpmilch GmbH, ruft das Produkt zurück.",
     "The manufacturer, the dairy Käserei Wangener Alpmilch GmbH, is recalling the product."),
    ("house-before-its-name", "Spielort ist das Kulturhaus Abraxas.", "The venue is the Kulturhaus Abraxas."),
    ("church-named-by-its-dedication", "Die Trauerfeier findet in der Marienkirche statt.",
     "The funeral takes place in the Marienkirche."),
    ("choir-and-collegiate-church", "Die Kantorei singt in der Stiftskirche.",
     "The Kantorei sings in the Stiftskirche."),
    ("school-type-kept", "Größter Posten ist die Sanierung der Realschule am Lindenplatz.",
     "The largest item is the renovation of the Realschule on Lindenplatz."),
    ("school-named-with-a-german-link", "Rund 240 Kinder der Grundschule an der Lohmühle liefen.",
     "Around 240 children from the Grundschule an der Lohmühle ran."),
    ("cable-car-before-its-name", "Er nimmt die Seilbahn Zugspitze, die ins Tal fährt.",
     "He takes the Seilbahn Zugspitze, which goes down to the valley."),
    ("inn-before-a-quoted-name", "Sie sprach im Gasthof „Adler“ am Markt.", "She spoke at the Gasthof \"Adler\" on the square."),
    ("number-word-opening-a-place-name", "Die Züge fuhren nur bis Drei Annen Hohne.",
     "The trains ran only as far as Drei Annen Hohne."),
    ("dish-in-lower-case", "Eine Currywurst kostet dort 5,80 Euro.", "A currywurst costs 5.80 euros there."),
    ("measure-of-wine", "Ein Schoppen kostet 3 Euro.", "A Schoppen costs 3 euros."),
    ("institute-with-a-declined-adjective", "Sie lernte an der Graphischen Lehr- und Versuchsanstalt in Wien.",
     "She learned at the Graphische Lehr- und Versuchsanstalt in Vienna."),
    ("bank-with-a-declined-adjective", "Den Ruf der Bank deutscher Länder nahm er an.",
     "He accepted the offer from the Bank deutscher Länder."),
    ("festival-grounds-by-their-nickname", "Eine Maß kostet auf der Wiesn 15 Euro.", "A litre costs 15 euros at the Wiesn."),
    ("town-library", "Neu ist die Stadtbücherei am Ernst-Reuter-Platz.", "New is the Stadtbücherei on Ernst-Reuter-Platz."),
    ("team-name-before-sentence-end", "Mannheim schlug zurück gegen die Eisbären Berlin. Mannheim gewann.",
     "Mannheim struck back against Eisbären Berlin. Mannheim won."),
    ("title-quoted-elsewhere", "Sie lobte dem Jedermann seine Kraft. Der „Jedermann“ läuft noch.",
     "She praised Jedermann's strength. “Jedermann” is still running."),
    ("region-ending-like-a-place", "Die Burg liegt oberhalb des Dorfes im Westerwald.",
     "The castle stands above the village in the Westerwald."),
    ("town-of-the-place-list", "Der Unfall geschah auf der A8 bei Holzkirchen.", "The accident happened on the A8 near Holzkirchen."),
    ("given-name-before-von", "Im Jahr 1389 verkaufte Konrad von Rotenstein die Burg für 1.200 Gulden an das Erzstift "
     "Mainz, das dort einen Amtmann einsetzte.", "In 1389 Konrad von Rotenstein sold the castle for 1,200 guilders to "
     "the Archbishopric of Mainz, which installed a bailiff there."),
    ("town-ending-like-a-place", "Der Verkehr wurde über Saalfelden umgeleitet.",
     "Traffic was diverted via Saalfelden."),
    # A street kept by its German name, as addresses are: after a preposition of place, a verb, or opening a
    # sentence (no determiner before it).
    ("street-after-a-preposition", "Sie wurde in einem Haus in der Hauptstraße geboren.",
     "She was born in a house on Hauptstraße."),
    ("street-opening-a-sentence", "Die Hauptstraße ist bis 18 Uhr gesperrt.", "Hauptstraße will be closed until 6 p.m."),
    ("street-after-a-verb", "Tausende Zuschauer säumten die Hauptstraße.",
     "Thousands of spectators lined Hauptstraße."),
    ("path-street-after-an-address-preposition", "Das Turnier findet auf dem Sportgelände am Waldweg statt.",
     "The tournament takes place at the sports grounds on Waldweg."),
    # A building or institution before its name is a word of the name, kept with it.
    ("institution-before-its-name", "Später, in Garmisch, im Gasthof Fraundorfer, sagte er nur: „Ich hatte es mir "
     "einsamer vorgestellt.“", 'Later, in Garmisch, at the Gasthof Fraundorfer, all he said was: "I had imagined it '
     'lonelier."'),
    ("library-before-its-town", "2024 zählte die Stadtbibliothek Bremen mit ihren 8 Standorten rund 1,1 Mio. Besuche.",
     "In 2024, the Stadtbibliothek Bremen, with its 8 branches, recorded around 1.1 million visits."),
    # Addresses and handles are kept as written.
    ("domain-name-kept", "Wartungsankündigung für alle auf rheinland.social: In der Nacht ziehen wir um.",
     "Maintenance announcement for everyone on rheinland.social: in the night we are moving."),
    # A town after a preposition of place in both languages, a word of the lexicon or not.
    ("town-after-a-preposition", "Hildegard Sauter aus Mengen feierte am Dienstag.",
     "Hildegard Sauter from Mengen celebrated on Tuesday."),
    ("island-after-auf", "Sie wuchs in Wyk auf Föhr auf und lernte dort das Stricken.",
     "She grew up in Wyk on Föhr and learned to knit there."),
    # The German word kept and explained after it by words that render it.
    ("kept-noun-glossed-after-a-comma", "Die Landfrauen veranstalten einen Markt.",
     "The Landfrauen, the rural women's association, hold a market."),
    ("kept-noun-glossed-in-brackets", "Die Stadt erweiterte die Mittelschule.",
     "The town extended the Mittelschule (lower secondary school)."),
    # An apposition the German has after a comma too, rendered: the kept word explained all the same; and a list after
    # another place the German says the word.
    ("kept-noun-glossed-as-the-german-does", "Die Mittelschule, eine Schule für alle, wird erweitert.",
     "The Mittelschule, a school for everyone, is being extended."),
    ("kept-noun-glossed-before-a-capitalised-apposition", "Die Mittelschule, Schule des Jahres, wird erweitert.",
     "The Mittelschule, school of the year, is being extended."),
    ("kept-noun-glossed-before-an-apposition-with-und", "Die Mittelschule, Schule Neustadt und Umgebung, wird erweitert.",
     "The Mittelschule, the lower secondary school of Neustadt, is being extended."),
    ("kept-noun-glossed-in-a-list", "Der Ort hat eine Mittelschule, Schulen und ein Gymnasium.",
     "The town has a Mittelschule, a lower secondary school, schools and a grammar school."),
    ("kept-noun-glossed-where-the-german-lists-it-elsewhere",
     "Mittelschule, Gymnasium und Realschule teilen sich die Halle. Die Stadt erweiterte die Mittelschule.",
     "Three schools share the hall. The town extended the Mittelschule, a lower secondary school."),
]


@pytest.mark.parametrize("de,en,word", [c[1:] for c in LEXICON_FAILS], ids=[c[0] for c in LEXICON_FAILS])
def test_untranslated_word_by_lexicon(tiny_lexicon, de, en, word):
    fl = flags(de, en)
    assert len(fl) == 1 and word in fl[0].message
    assert en[fl[0].translation_span[0]:fl[0].translation_span[1]] == word


@pytest.mark.parametrize("de,en", [c[1:] for c in LEXICON_PASSES], ids=[c[0] for c in LEXICON_PASSES])
def test_untranslated_word_by_lexicon_passes(tiny_lexicon, de, en):
    assert flags(de, en) == []


def test_without_lexicon_single_words_are_not_judged(no_lexicon):
    assert flags("Das Konzert war furios.", "The concert was furios.") == []


def doc_flags(pairs: list[tuple[str, str]]) -> list[list]:
    units = [Unit(id=f"p{i}", source=de, translation=en, doc_id="d") for i, (de, en) in enumerate(pairs)]
    return [[f for f in fl if f.check == "untranslated" and f.severity is not Severity.INFO]
            for fl in run_checks(units, CONFIG)]


# (id, the document's pairs, the words flagged in its last pair)
DOC_CASES = [
    # A team the document names by a noun and its town, kept so in English: the noun alone is its name.
    ("team-noun-kept-as-its-name",
     [("Die Eisbären Berlin gewannen.", "The Eisbären Berlin won."),
      ("Die Eisbären führten nach dem zweiten Drittel.", "The Eisbären were leading after the second period.")], []),
    # A surname the document gives after a given name, kept in that paragraph's English, alone later: still the name.
    ("surname-kept-beside-its-given-name",
     [("Hermann Kinder studierte Chemie.", "Hermann Kinder studied chemistry."),
      ("Der junge Kinder experimentierte.", "The young Kinder experimented.")], []),
    ("surname-kept-before-a-possessive",
     [("Der Roman von Hermann Kinder erschien 1975.", "Hermann Kinder's novel appeared in 1975."),
      ("Der junge Kinder experimentierte.", "The young Kinder experimented.")], []),
    # ... not a noun after a word no list knows, which that paragraph's English translates („Millionen Kinder“ /
    # "million children"): no surname, and left German later.
    ("noun-translated-after-an-unlisted-word",
     [("Die Impfung soll bis 2027 rund 4,7 Millionen Kinder erreichen.",
       "The vaccination is to reach around 4.7 million children by 2027."),
      ("Die meisten Todesopfer sind Kinder unter fünf Jahren.", "Most deaths occur among Kinder under the age of five.")],
     ["Kinder"]),
    # Without the team's name in the document the noun is a noun left German.
    ("noun-without-a-team",
     [("Im Zoo leben zwei Tiere.", "Two animals live in the zoo."),
      ("Die Eisbären schliefen nach dem Essen.", "The Eisbären slept after eating.")], ["Eisbären"]),
]


@pytest.mark.parametrize("pairs,words", [c[1:] for c in DOC_CASES], ids=[c[0] for c in DOC_CASES])
def test_untranslated_in_a_document(tiny_lexicon, pairs, words):
    last = doc_flags(pairs)[-1]
    assert [w for w in words if any(w in f.message for f in last)] == words and len(last) == len(words)
