"""Names: every name of the English comes from the German, up to transliteration."""
from __future__ import annotations

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.names import common_names_of
from pipeline.checks.runner import run_checks
from pipeline.lang.words import german_common_noun, spelling_key
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
    # A German name's doubled s is spelling: one dropped is a slip.
    ("german-double-s-dropped", "Die Reise ging nach Kassel, wo es regnete.", "The trip went to Kasel, where it rained.",
     "Kasel"),
    ("person-replaced", "Bundeskanzler Olaf Scholz traf am Montag den Präsidenten Frankreichs.",
     "Chancellor Boris Pistorius met the President of France on Monday.", "Boris Pistorius"),
    ("surname-replaced", "Der Stürmer Kramaric erzielte in der 80. Minute das Siegtor.",
     "Striker Lewandowski scored the winning goal in the 80th minute.", "Lewandowski"),
    # A vowel added or two swapped is a slip, no romanisation: a name in Latin letters has one spelling.
    ("vowel-added", "Der Taucher trug eine Maske von Beuchat aus Marseille.",
     "The diver wore a Beauchat mask from Marseille.", "Beauchat"),
    ("vowels-swapped", "Der Kombinierer Fabian Rießle gewann das Springen.",
     "The combined skier Fabian Reißle won the jumping.", "Fabian Reißle"),
    # A person's noun of another stem before the name: no English form of the German's.
    ("persons-noun-of-another-stem", "„Kein Land hat sich so schnell verändert“, sagte die Japanologin Ingrid "
     "Kawamura.", "“No country changed so quickly,” Sinologist Ingrid Kawamura said.", "Sinologist Ingrid Kawamura"),
    # A given name's English form outside a cited title: a person of our time keeps the German's (a name added).
    ("given-name-english-form-outside-a-title", "Der Tenor Eugen Onegin sang den Lenski.",
     "The tenor Eugene Onegin sang Lensky.", "Eugene Onegin"),
    ("town-replaced", "Die Messe in Hamburg zog 30.000 Besucher an.",
     "The fair in Salzburg attracted 30,000 visitors.", "Salzburg"),
    # An exonym's word the German writes itself renders that word: "New" keeps „New“ of „New York“, not „York“.
    ("word-of-a-two-word-place-replaced", "Spenden kamen aus Hamburg, Kopenhagen und sogar aus New York.",
     "Donations came from Hamburg, Copenhagen and even New Jessen.", "Jessen"),
    # A world city of the German replaced by another, which English names often: no place merely added.
    ("city-replaced-by-a-well-known-city", "Der Kanzler traf den Präsidenten in Paris.",
     "The chancellor met the president in Berlin.", "Berlin"),
    # ... and one in the stead of a German name lost at its place, which no lexicon knows: no place added.
    ("well-known-place-in-the-stead-of-a-lost-name", "Die Truppen kämpften im Sommer bei Kursk gegen die Armee.",
     "The troops fought the army near Japan in the summer.", "Japan"),
    # Letters swapped in one part of a hyphenated German name, or its last letter dropped: a slip.
    ("letters-swapped-in-a-hyphenated-name", "Die Atacama-Wüste gilt als trockenste Wüste der Erde.",
     "The Ataacma Desert is considered the driest desert on Earth.", "Ataacma"),
    ("last-letter-dropped", "„Der beste Spielmacher, den ich je trainiert habe“, lobte Gleim noch.",
     "“The best playmaker I have ever trained,” Glei still praised.", "Glei"),
    ("first-name-replaced", "Personalchef Manfred Bobke-von Camen geht in den Ruhestand.",
     "HR director Tesla Bobke-von Camen is retiring.", "Tesla Bobke-von Camen"),
    # The German repeats the name; the English kept one mention and replaced the other.
    ("letters-swapped", "Die Messe in Frankfurt zog 30.000 Besucher an.",
     "The fair in Frankufrt attracted 30,000 visitors.", "Frankufrt"),
    ("letters-swapped-short-name", "Das Treffen findet in Oslo statt, sagte der Minister am Montag.",
     "The meeting will take place in Olso, the minister said on Monday.", "Olso"),
    # A consonant dropped inside the name: a slip, as a swap is.
    ("letter-dropped-inside", "Der Verteidiger kam 2019 aus Gelsenkirchen nach Bremen.",
     "The defender moved from Gelenkirchen to Bremen in 2019.", "Gelenkirchen"),
    # ... or the vowel of a Latin or Greek ending, which English keeps: no ending of German's („-es“, „-en“, „-as“).
    ("ending-vowel-dropped", "Das Werk des Kopernikus erschien 1543 in Nürnberg.",
     "The work of Koperniks appeared in Nuremberg in 1543.", "Koperniks"),
    # A letter dropped from a name English writes the German way, leaving a spelling English hardly ever writes: a
    # slip, even where the letter is one that other names' spelling traditions drop (a vowel of an ending, beside a
    # vowel; english_written).
    ("written-name-lost-a-vowel-of-its-ending", "Am Mittag wurden 38 Grad Celsius gemessen.",
     "At noon, 38 degrees Celsis were measured.", "Celsis"),
    ("written-name-lost-a-vowel-beside-a-vowel", "Der Sicherheitsrat verabschiedete die Resolution 2334 mit 14 Stimmen.",
     "The Security Council adopted Resolutin 2334 with 14 votes.", "Resolutin"),
    ("written-given-name-lost-a-vowel", "Vorstandschef Thomas Reinhold sprach von einem „Jahr der Bewährung“.",
     "Chief executive Thoms Reinhold spoke of “a year of proving ourselves”.", "Thoms Reinhold"),
    # Swapped letters are a slip even where the name could pass for another transliteration.
    ("letters-swapped-foreign-name", "In Guwahati, der größten Stadt Assams, fiel Regen.",
     "In Guwahait, Assam's largest city, rain fell.", "Guwahait"),
    ("umlaut-dropped-where-english-has-a-name", "Der Gipfel findet in München statt.",
     "The summit takes place in Munchen.", "Munchen"),
    ("umlaut-dropped-from-adjective", "Der Münchener Oberbürgermeister eröffnete das Fest.",
     "The Munchen mayor opened the festival.", "Munchen"),
    # ... before a possessive with a curly apostrophe too; and a German-only name kept from the German's genitive.
    ("umlaut-dropped-before-a-possessive", "Das Münchner Lenbachhaus zeigt eine Retrospektive.",
     "Munchen’s Lenbachhaus is showing a retrospective.", "Munchen"),
    ("german-exonym-kept-from-a-genitive", "Die Einwohner Kiews wurden im Fluss getauft.",
     "The people of Kiew were baptised in the river.", "Kiew"),
    # „Münchner“ drops the -en of „München“ before -er; the English name elsewhere excuses nothing.
    ("umlaut-dropped-from-short-adjective", "Sie stellte in der Münchner Galerie aus und zog nach München.",
     "She exhibited at the gallery in Munchen and moved to Munich.", "Munchen"),
    ("umlaut-dropped-possessive", "Die Münchnerinnen gewannen zum elften Mal.", "It was Munchen's eleventh win.",
     "Munchen"),
    ("german-place-name-kept", "Bei dem Angriff auf Kiew starben neun Menschen.",
     "Nine people died in the attack on Kiew.", "Kiew"),
    # A name the word list holds as a noun („Kühn“, „Henrike“) is a name where the tagger reads one in its sentence: the
    # English name in its place is no completed name; nor is a title's period a sentence's end („Dr. Henrike …“); and a
    # name of the German's full name said twice, once in the English, may be the replaced one.
    ("name-word-list-takes-for-a-noun-repeated", "Walter Kühn wurde 1931 in Kassel geboren. Zwei Jahre später stellte "
     "Kühn einen hessischen Rekord auf.", "Walter Seibert was born in Kassel in 1931. Two years later, Kühn set a "
     "Hessian record.", "Walter Seibert"),
    ("given-name-after-a-title", "„Zu viel Bildschirmzeit kann die Sprachentwicklung verzögern“, warnte die "
     "Kinderärztin Dr. Henrike Oelschläger aus Dresden.", "“Too much screen time can delay language development,” "
     "warned paediatrician Dr. Leipzig Oelschläger from Dresden.", "Leipzig Oelschläger"),
    # One letter doubled or undoubled, nothing else changed: a slip, not a transliteration.
    # An acronym beside the name is no sign of another romanisation of it.
    ("letter-doubled-beside-an-acronym", "Brandermittler der Kriminalpolizei Rosenheim haben übernommen.",
     "Fire investigators from Roseenheim CID have taken over.", "Roseenheim"),
    # ... nor a country's word beside it, which English spells its own way.
    ("letter-doubled-beside-a-country-word", "Die Spiele wurden am 31. Oktober in der senegalesischen "
     "Hauptstadt Dakar eröffnet.", "The Games were opened in the Senegalese capital Dakkar on October 31.", "Dakkar"),
    # ... or its last two letters swapped.
    ("last-two-letters-swapped", "Der Zug nach Innsbruck fiel am Montag aus.", "The train to Innsbrukc was cancelled on "
     "Monday.", "Innsbrukc"),
    ("letter-undoubled", "Der Titelverteidiger gewann gegen die Adler Mannheim mit 3:2.",
     "The defending champions beat Adler Manheim 3-2.", "Manheim"),
    ("letter-doubled", "Die Lawine löste sich oberhalb von Arolla.", "The avalanche broke loose above Arrolla.",
     "Arrolla"),
    ("letter-doubled-in-hyphenated-name", "Die Tarifparteien in Baden-Württemberg einigten sich.",
     "The parties in Baden-Württemberrg reached an agreement.", "Württemberrg"),
    # ... though the English stems to a word of the lexicon's English side, when that stem is the name's: "Elbbe".
    ("letter-doubled-onto-the-names-stem", "Wir feierten im Fischkontor an der Elbe.",
     "We celebrated at the Fischkontor on the Elbbe.", "Elbbe"),
    ("letter-undoubled-name-also-kept", "Der THW Kiel gewann in der Kieler Arena.",
     "THW Kiel won in the Kiiel arena.", "Kiiel"),
    # One letter inside dropped, or two neighbours swapped, in a German name the English writes in the German's letters
    # (spelling keys may take them for one name: „Chemnitz“ and "Chemniz").
    ("letter-dropped-inside", "Der Chemnitzer FC spielt heute in Chemnitz.", "Chemnitzer FC are playing in Chemniz "
     "today.", "Chemniz"),
    ("vowel-dropped-before-a-last-n", "Trainer Jürgen Klopp kam nach Mainz.", "Coach Jürgn Klopp came to Mainz.",
     "Jürgn"),
    ("letters-swapped-inside", "Die Stadt Brilon liegt im Sauerland.", "The town of Brlion lies in the Sauerland.",
     "Brlion"),
    # The same spelling in a text of our time is a changed name.
    ("name-letters-changed-in-news", "Der Trainer Montezuma empfing 2019 die Spieler.",
     "The coach Moctezuma received the players in 2019.", "Moctezuma"),
    # A person of our time with a surname keeps the given name: an English form of it is another name.
    ("given-name-anglicised-before-kept-surname", "Vier Treffer erzielte der junge Johannes Patrick.",
     "Four hits came from the young John Patrick.", "John Patrick"),
    ("surname-after-first-name", "Am Montag besuchte Kanzler Olaf Scholz das Werk in Emden.",
     "On Monday, Chancellor Olaf Pistorius visited the plant in Emden.", "Olaf Pistorius"),
    # A name with letters German does not write, replaced by one not alike: no other transliteration.
    # The word at the name's place is a noun the English renders ("Ministry"): the lost name a little farther
    # off is the one replaced.
    ("name-replaced-beside-a-rendered-noun", "Ägyptische Archäologen haben am Westufer des Nils nahe Luxor das "
     "3.400 Jahre alte Grab eines königlichen Schreibers entdeckt. Nach Angaben des Ministeriums für Tourismus und "
     "Altertümer stammt das Grab aus der Regierungszeit Amenophis' III.", "Egyptian archaeologists have discovered "
     "the 3,400-year-old tomb of a royal scribe on the west bank of the Nile near Ahmed. The Ministry of Tourism and "
     "Antiquities said the tomb dates from the reign of Amenhotep III.", "Ahmed"),
    ("foreign-name-replaced", "Der Verband setzte Sadio Mané auf Platz drei.",
     "The association put Winfried Tobias in third place.", "Winfried Tobias"),
    ("repeated-name-replaced-once", "Die Polizeiinspektion Kulmbach suchte am Montag den Fahrer. Später meldete "
     "sich der Mann bei der Polizeiinspektion Kulmbach.", "The police station in Kovac searched for the driver on "
     "Monday. Later the man reported to the police station of Kulmbach.", "Kovac"),
    # A vowel dropped before a last consonant other than s or n is a slip, no ending of another language (the
    # twentieth round moved "Merkl" here from information: no clean tune paragraph has such a spelling).
    ("vowel-dropped-before-last-consonant", "Bundeskanzlerin Merkel sprach in Berlin.",
     "Chancellor Merkl spoke in Berlin.", "Merkl"),
    ("vowel-dropped-before-last-t", "Die Enzyklopädie von Diderot erschien in Paris.",
     "The encyclopaedia of Didert appeared in Paris.", "Didert"),
    # ... and a name the English also writes right elsewhere is misspelt here all the same.
    ("letter-dropped-name-kept-elsewhere", "Das Publikum im Haus für Mozart feierte Mozarts Musik.",
     "The audience in the Haus für Mozart celebrated Mozrt's music.", "Mozrt's"),
    # ... and so is one with a letter dropped, added or changed inside, an ending's letter too ("Pakistn" beside
    # "Pakistan"): the English spells the name the German's way once, so no other tradition spells it so.
    ("vowel-dropped-name-kept-elsewhere", "Überschwemmungen hatten ein Drittel Pakistans unter Wasser gesetzt. Obwohl "
     "Pakistan wenig ausstößt, gehört es zu den Ländern.", "Floods had submerged a third of Pakistan. Although Pakistn "
     "emits little, it is among the countries.", "Pakistn"),
    # One word of a full name replaced by another name, the rest kept: another person or place, even when the new
    # word is a country's name (no "well-known place" added) or one part of a hyphenated name.
    ("word-of-a-kept-name-replaced-by-a-country", "Bester Werfer war Rückraumspieler Tim Kessler mit acht Toren.",
     "The top scorer was back-court player Tim Portugal with eight goals.", "Tim Portugal"),
    ("part-of-a-hyphenated-name-replaced", "Die Landesregierung von Schleswig-Holstein beschloss das Gesetz.",
     "The state government of Schleswig-Kiel passed the law.", "Schleswig-Kiel"),
    # A German place name with its umlauts dropped, as the first part of a hyphenated word.
    ("umlaut-dropped-before-a-hyphen", "Das Münchner Start-up Voltaro hat 48 Millionen Euro eingesammelt.",
     "Munchen-based start-up Voltaro has raised 48 million euros.", "Munchen"),
    # ... the part kept in another case („Baden-Württembergs“): no transliteration of it.
    ("part-of-a-hyphenated-name-in-the-genitive-replaced", "Schäden gab es in weiten Teilen Baden-Württembergs.",
     "There was damage in large parts of Offenbach-Württemberg.", "Offenbach-Württemberg"),
    # A part of a hyphenated name replaced by an unrelated word, beside the part the English keeps.
    ("hyphen-part-replaced", "Die Landesregierung von Baden-Württemberg tagte am Dienstag in Stuttgart.",
     "The state government of Baden-Bremen met in Stuttgart on Tuesday.", "Bremen"),
    # The German romanisation of a name put by the English on a name the German spells otherwise.
    ("german-romanisation-put-on-a-name", "Im Finale besiegte er den Russen Dmitri Sokolow.",
     "In the final he beat the Russian Dmitrij Sokolov.", "Dmitrij"),
    # A Ukrainian place the German calls by its Ukrainian name, given its Russian one in English.
    ("russian-name-for-ukrainian-place", "Besonders schwer getroffen wurde die Region Charkiw.",
     "The Kharkov region was hit particularly hard.", "Kharkov"),
    # The German romanisation of a name from Cyrillic, kept, by an ending English never writes.
    ("german-romanisation-kept", "Präsident Wolodymyr Selenskyj sagte am Freitag, es gebe keine Grundlage.",
     "President Wolodymyr Selenskyj said on Friday that there was no basis.", "Selenskyj"),
    # One word of a name romanised the English way, the other kept in the German's romanisation (w, sch, j).
    ("romanisations-mixed-surname-kept", "Der Kremlsprecher Dmitri Peskow widersprach.",
     "Kremlin spokesman Dmitry Peskow disagreed.", "Peskow"),
    ("romanisations-mixed-given-name-kept", "Präsident Wolodymyr Selenskyj reiste nach Berlin.",
     "President Wolodymyr Zelensky travelled to Berlin.", "Wolodymyr"),
    # A letter doubled beside a ruler's English name, or before a possessive, is a slip all the same.
    ("letter-doubled-beside-a-rulers-english-name", "Nach der Besetzung Dresdens lenkte auch Maria Theresia ein.",
     "After the occupation of Dresden, Mariia Theresa also gave way.", "Mariia"),
    ("letter-doubled-before-a-possessive", "Es gibt Kuchen, genau wie früher bei meiner Oma Hilde in der Pfalz.",
     "There is cake, just like at my grandma Hiilde's in the Palatinate.", "Hiilde"),
    # A German name of four letters the English lost, written with a letter dropped inside: a slip.
    ("short-name-letter-dropped", "Anders als Dubai oder Doha hat die Stadt kaum Hochhäuser.",
     "Unlike Dubai or Dha, the city has hardly any skyscrapers.", "Dha"),
    ("short-name-letter-dropped-before-a-noun", "Die Ambulanz am Universitätsklinikum Jena ist voll.",
     "The outpatient clinic at Jna University Hospital is full.", "Jna"),
    ("short-name-letter-dropped-after-of", "Der Bürgermeister von Gera trat zurück.", "The mayor of Gra resigned.",
     "Gra"),
    ("short-acronym-letter-dropped", "Der HEVC-Codec spart Bandbreite.", "The HVC codec saves bandwidth.", "HVC"),
    # A name the German says twice, once opening a sentence, and the English once: another name in its other place.
    ("name-said-fewer-times", "Im Jahr 1921 gründete Tessmann die Firma in Ulm. Tessmann starb 1950 in Stuttgart.",
     "In 1921 Hartwig founded the firm in Ulm. Tessmann died in Stuttgart in 1950.", "Hartwig"),
    # A German place name English does not use, before a word the German does not write after it: the place.
    ("german-exonym-before-an-english-word", "Das Team aus Kairo gewann das Turnier.", "The Kairo Team won the "
     "tournament.", "Kairo"),
    # A word of a full name replaced, the rest kept, though the German word is written elsewhere in the English: the
    # German says it more often than the English does.
    ("word-of-a-kept-name-replaced-said-fewer-times", "Frida Kahlo war eine mexikanische Malerin. Ihr Vater Guillermo "
     "Kahlo war ein eingewanderter Fotograf.", "Frida Diego was a Mexican painter. Her father Guillermo Kahlo was an "
     "immigrant photographer.", "Frida Diego"),
    # ... a surname of one word translated by the lexicon too: another name.
    ("surname-translated-said-fewer-times", "Otto Stern wurde 1888 geboren. Als Physiker lehrte Stern in Hamburg.",
     "Otto Star was born in 1888. As a physicist, Stern taught in Hamburg.", "Otto Star"),
    # ... and the lost word's partner is the name's word, though the lexicon reads a rendering of it near its place.
    ("word-of-a-kept-name-replaced-before-a-long-clause", "Ich hab dazu mit Dieter Albrecht gesprochen, der wohnt da "
     "seit neunzehnhundertachtundachtzig direkt an der Ecke. „Früher sind hier jeden Tag so ungefähr viertausend Autos "
     "durchgefahren“, hat er mir erzählt.", "I spoke to Dieter Hoffmeister about it; he has lived right on the corner "
     "there since nineteen eighty-eight. “It used to be that roughly four thousand cars drove through here every "
     "day,” he told me.", "Dieter Hoffmeister"),
]
# (id, German, English, other German paragraphs of the article, English name the span covers)
FAILS_IN_DOC = [
    # A name of the same article, but not of this paragraph, where a German name went missing.
    ("name-of-another-paragraph", "Ministerin Nancy Faeser besuchte am Montag das Werk.",
     "Minister Annalena Baerbock visited the plant on Monday.", ["Baerbock kritisierte den Besuch."],
     "Annalena Baerbock"),
]
PASSES = [
    # A name one letter short of a German spelling English hardly writes itself: another tradition's ("Stagira"; a
    # spelling English writes, "Hanover", see test_written_misspelt).
    ("german-spelling-english-hardly-writes", "Aristoteles wurde in Stageira geboren.",
     "Aristotle was born in Stagira."),
    # A firm's name that holds a German place name, kept whole as the German writes it.
    ("firm-named-like-a-german-exonym", "Der finnische Hersteller Kairo Sports bringt eine Uhr auf den Markt.",
     "The Finnish manufacturer Kairo Sports is launching a watch."),
    # A Polish region by its English name.
    ("polish-region-by-its-english-name", "Helfer in der Grenzregion Podlachien berichten von Menschen im Wald.",
     "Aid workers in the border region of Podlasie report people in the forest."),
    # A word of a name whose other word the English keeps, translated by the lexicon: no other name in its stead.
    ("noun-of-a-hyphenated-name-translated", "Die bekannteste Variante, das Stern-Halma auf einem sechszackigen "
     "Brett, wurde 1892 auf den Markt gebracht.", "The best-known variant, Star Halma on a six-pointed board, was "
     "brought onto the market in 1892."),
    ("compound-of-a-name-split-and-translated", "Das Isar Jazzfestival feiert seine 20. Ausgabe.",
     "The Isar Jazz Festival is celebrating its 20th edition."),
    # A unit named after a person, said twice in the German, once in the English and once by its symbol (a unit of
    # measure is no name).
    ("abbreviation-of-a-repeated-word", "Die Netzfrequenz liegt in Europa bei 50 Hertz. Sinkt sie unter 49,8 Hertz, "
     "wird Regelleistung aktiviert.", "The grid frequency in Europe is 50 hertz. If it falls below 49.8 Hz, balancing "
     "power is activated."),
    # A doctrine in „-izismus“, English "-icism".
    ("doctrine-z-as-c", "Kresnik verband Elemente des Neoklassizismus mit regionalen Bautraditionen.",
     "Kresnik combined elements of Neoclassicism with regional building traditions."),
    # A ruler's given name in its English form is the German's („Franz II.“ / "Francis II"), no lost name.
    ("rulers-given-name-in-english", "Im Mai 1860 landete Garibaldi mit dem sogenannten Zug der Tausend auf Sizilien, "
     "nachdem König Franz II. geflohen war.", "In May 1860 Garibaldi landed in Sicily with the so-called Expedition "
     "of the Thousand, after King Francis II had fled."),
    # German's „sch“ and „ch“ for the sh and h of other scripts: no letter dropped.
    ("sch-as-sh", "Präsident Omar al-Baschir wurde gestürzt.", "President Omar al-Bashir was overthrown."),
    ("ch-as-h", "Der Kibbuz Merchavia liegt im Jesreeltal.", "Kibbutz Merhavia lies in the Jezreel Valley."),
    # An initialism's plural is a thing counted, no name ("ATMs" for „Geldautomaten“); the town beside it is
    # transliterated.
    ("initialism-plural-beside-a-town", "Geldautomaten gibt es nur in Chorugh, und auch dort funktionieren ausländische Karten "
     "nicht zuverlässig.", "There are ATMs only in Khorog, and even there foreign cards do not work reliably."),
    # A hyphenated name, one part the German's transliterated, the other another tradition's word ("Gorno": mountain).
    ("hyphen-part-transliterated", "Die Strecke führt durch die Autonome Provinz Berg-Badachschan, in der extreme "
     "Bedingungen herrschen.", "The route runs through the Gorno-Badakhshan Autonomous Province, where extreme "
     "conditions prevail."),
    # A German umlaut in a hyphenated name written as another vowel: a romanisation, no slip.
    ("umlaut-respelt-in-hyphenated-name", "Besonders beliebt ist die Wanderung zum Ala-Köl, einem Gletschersee.",
     "The hike to Ala-Kul, a glacial lake, is particularly popular."),
    # A word made from a name the English keeps is no misspelling of it, though one letter apart at its end.
    ("adjective-beside-its-name", "Pakistan liegt am Indus; die pakistanische Regierung tagte.",
     "Pakistan lies on the Indus; the Pakistani government met."),
    # ... which the English keeps by its English words all the same.
    ("two-word-places-kept", "Er reiste von New York nach Sankt Petersburg und Frankfurt am Main.",
     "He travelled from New York to St Petersburg and Frankfurt on the Main."),
    # An agent noun in „-ist“ rendered by its English look-alike.
    ("agent-noun-in-ist", "„Der Orden verlor fast seine Elite“, sagt der Mediävist Darius Kazlauskas aus Kaunas.",
     "“The Order lost almost its elite,” says medievalist Darius Kazlauskas from Kaunas."),
    # A saint's day by the saint's English name; a place name inside a compound whose umlaut is elsewhere.
    ("saints-day", "Wir sind bereit für eine lange Saison bis zum Johannistag am 24. Juni.",
     "We are ready for a long season until St John's Day on 24 June."),
    # A word the German writes so itself is no umlaut dropped, though another word of the German has it.
    ("word-the-german-writes-so-beside-its-umlaut-form", "Die Sonde der Europäischen Weltraumorganisation soll die "
     "Monde Ganymed, Kallisto und Europa erforschen.", "The European Space Agency's probe is to study the moons "
     "Ganymede, Callisto and Europa."),
    # A foreign place's generic word that opens its name, in English (words.FOREIGN_GEOGRAPHIC_WORDS).
    ("generic-word-of-a-foreign-mountain", "Sie wanderten auf den Mont Aiguille bei Grenoble.",
     "They hiked up Mount Aiguille near Grenoble."),
    # A Swiss canton by its code after a town, by its name in the English.
    ("swiss-canton-by-its-code",
     "Ernst Gisler (* 30. Oktober 1921 in Altdorf UR; † 5. Februar 2009 in Luzern) war ein Schweizer "
     "Ruderer und Rudertrainer. Er ruderte für den Seeclub Luzern und gewann 1947 auf heimischem Gewässer "
     "mit dem Vierer mit Steuermann den Europameistertitel. Ein Jahr später gehörte er zum Schweizer "
     "Aufgebot für die Olympischen Spiele in London, wo das Boot im Final den 5. Rang belegte.",
     "Ernst Gisler (born October 30, 1921, in Altdorf, Uri; died February 5, 2009, in Lucerne) was a Swiss "
     "rower and rowing coach. He rowed for Seeclub Luzern and in 1947 won the European title in the coxed "
     "four on home water. A year later he was part of the Swiss squad for the Olympic Games in London, "
     "where the boat finished 5th in the final."),
    ("place-inside-a-compound-with-an-umlaut",
     "„Die Europabrücke wurde für ein Zehntel des Verkehrs gebaut“, sagte er.",
     "“The Europa Bridge was built for a tenth of the traffic,” he said."),
    # A name ending a German compound whose other part English translates; a ruler's and a queen's names in their
    # English forms; a role word opening the English sentence; an Arabic name beside a word of Arabic names.
    ("name-ending-a-compound-in-ien", "Die Provinz Ostrumelien wurde im Jahr 1878 autonom.",
     "The province of Eastern Rumelia became autonomous in 1878."),
    ("name-ending-a-compound", "Damit sichert sie sich 324 der 450 Sitze in der Staatsduma.",
     "This means it secures 324 of the 450 seats in the State Duma."),
    ("names-of-history-in-english-forms", "Zu den Mumien gehören die von Ramses II. und der Pharaonin Hatschepsut.",
     "The mummies include those of Ramesses II and the female pharaoh Hatshepsut."),
    ("role-word-opening-the-english", "Zum Helden wurde Torwart Jannik Stöver, der zwei Strafstöße parierte.",
     "Goalkeeper Jannik Stöver became the hero, saving two spot-kicks."),
    ("arabic-given-name-abed", "Sie vereint Vertreter von Präsident Abed Rabbo Mansur Hadi und des Rates.",
     "It brings together representatives of President Abd Rabbuh Mansur Hadi and of the council."),
    # Two English words German writes as one, apart in the English; a monk's title translated.
    ("english-compound-apart", "In den Straßen gibt es viel Streetfood, das meist unbedenklich ist.",
     "There is a lot of street food in the streets, which is usually safe."),
    ("monk-called-father", "„Was uns eint, ist größer“, sagte Pater Dimitrios Lagakis, ein Sprecher.",
     "“What unites us is greater,” said Father Dimitrios Lagakis, a spokesman."),
    # The German name in the genitive, the English without its „-s“: „des Deutschlandtickets“, "the Deutschlandticket".
    ("genitive-name-rendered", "Die Länderkammer hat am Freitag dem Gesetz zur künftigen Finanzierung des Deutschlandtickets die Zustimmung verweigert. Nur 29 der 69 Stimmen entfielen auf das Vorhaben, für eine Annahme wären mindestens 35 nötig gewesen. Damit kann das Gesetz in der vorliegenden Form nicht in Kraft treten.",
     "On Friday the Bundesrat, the chamber representing the federal states, refused to approve the law on the future financing of the Deutschlandticket. Only 29 of the 69 votes were cast in favour, whereas at least 35 would have been needed for it to pass. This means the law cannot enter into force in its current form."),
    # A compound of two known words („Skitag“) rendered by its words: no name turned into a look-alike.
    ("compound-of-two-words", "In unserem Haus ist Käsespätzle das Seelenfutter schlechthin, besonders nach einem langen "
     "Skitag.", "In our house, cheese spätzle is the ultimate comfort food, especially after a long day of skiing."),
    # A club named by its town's own name, which English keeps ("Club Brugge", not "Bruges").
    ("club-by-its-towns-own-name", "Gladbach verpflichtete den Flügelspieler Andrés Quiñónez vom Club Brügge.",
     "Gladbach signed winger Andrés Quiñónez from Club Brugge."),
    # Common words English capitalises: an initialism's plural, "Wi-Fi".
    ("initialism-plural", "Der LG OLED65C3 ist der Bestseller unter den OLED-Fernsehern und kostet mit 65 Zoll Bilddiagonale inzwischen rund 1.700 Euro, zum Marktstart im März 2023 waren es noch 3.299 Euro.",
     "The LG OLED65C3 is the best-seller among OLED TVs and, with a 65-inch screen, now costs around €1,700, down from €3,299 at its market launch in March 2023."),
    ("wi-fi", "Von den 6,5 Milliarden Euro aus dem Digitalpakt Schule sind bis Ende 2023 rund 4,2 Milliarden Euro abgeflossen. Mit dem Geld wurden unter anderem WLAN-Netze und digitale Tafeln angeschafft.",
     "Of the €6.5 billion from the Digital Pact for Schools, around €4.2 billion had been paid out by the end of 2023. The money was used to purchase Wi-Fi networks and digital whiteboards, among other things."),
    # A name's word the English leaves out is no name rendered as an English function word ("Phnom" as
    # "from"; bench/natural/natural_zzv.jsonl, natZZV-061).
    ("lookalike-is-no-function-word",
     "Angkor im Nordwesten Kambodschas war vom 9. bis zum 15. Jahrhundert das Zentrum des "
     "Khmer-Reiches. Als Gründer gilt König Jayavarman II., der sich 802 auf dem Berg Phnom Kulen zum "
     "„Universalherrscher“ ausrufen ließ. Seine Nachfolger errichteten in der Ebene nördlich des "
     "Tonle-Sap-Sees eine Folge von Hauptstädten mit gewaltigen Wasserbecken und Tempeln.",
     "Angkor, in north-western Cambodia, was the centre of the Khmer Empire from the 9th to the 15th "
     "century. Its founder is considered to be King Jayavarman II, who had himself proclaimed "
     "“universal monarch” on Mount Kulen in 802. On the plain north of the Tonlé Sap lake his "
     "successors built a succession of capitals with enormous reservoirs and temples."),
    # A German compound name English writes as two words, the first an English word: „Hindukusch“, "Hindu Kush".
    ("compound-name-apart", "Seine Route führte ihn über Turfan, Samarkand und den Hindukusch nach Nordindien.",
     "His route took him via Turfan, Samarkand and the Hindu Kush to northern India."),
    # A name particle German writes in lower case, English capitalised.
    ("particle-capitalised", "Er zog sich 1375 in die Festung Qalat ibn Salama im heutigen Algerien zurück.",
     "He withdrew in 1375 to the fortress of Qal’at Ibn Salama in present-day Algeria."),
    # A loanword's German „-el“ as English "-le" is no name rendered by a look-alike.
    ("el-as-le", "Sie knacken die Gehäuse der Schnecken mit ihren kräftigen Mandibeln.",
     "They crack the snails' shells open with their powerful mandibles."),
    # Arabic names: English "-ah", q and ou for German „-a“, k and u.
    ("arabic-final-ah", "Die Rebellen griffen erneut die Hafenstadt Hodeida an.",
     "The rebels again attacked the port city of Hodeidah."),
    ("arabic-q-and-ou", "Die Blauhelme in Nakura meldeten Beschuss.", "The peacekeepers in Naqoura reported shelling."),
    # A Korean given name's syllables, hyphenated in German, apart in English.
    ("korean-given-name-apart", "Machthaber Kim Jong-un besuchte die Fabrik.", "Leader Kim Jong Un visited the factory."),
    # Regions and peoples German calls by names of its own (words.GERMAN_EXONYMS).
    ("exonym-people", "Ab 768 war er König der Franken, ab 774 auch König der Langobarden.",
     "From 768 he was King of the Franks, and from 774 also King of the Lombards."),
    ("exonym-mountains", "Teheran liegt am Fuß des Elburs-Gebirges.", "Tehran lies at the foot of the Alborz mountains."),
    # A state by its German initials, in English by its name: „DDR-Läufer“ / "East German".
    ("state-by-initials", "Das Finale gewann der DDR-Läufer Volker Beck in 48,70 Sekunden.",
     "The final was won by the East German Volker Beck in 48.70 seconds."),
    ("exonym-town", "Der Tunnel zwischen Innsbruck und Franzensfeste wird erst 2032 fertig.",
     "The tunnel between Innsbruck and Fortezza will not be finished until 2032."),
    ("exonym-province", "Zuvor hatte er seit 1865 als König der Provinz Schoa regiert.",
     "He had previously ruled as King of the province of Shewa since 1865."),
    ("exonym-greek-island", "Die Fähre fuhr von Athen nach Euböa.", "The ferry sailed from Athens to Evia."),
    # A region's adjective and a people whose English names do not look alike (words.GERMAN_EXONYMS).
    ("exonym-region-adjective", "Die Kurische Nehrung trennt das Haff von der Ostsee.",
     "The Curonian Spit separates the lagoon from the Baltic Sea."),
    ("exonym-people-sami", "Die Samen nennen ihr Siedlungsgebiet Sápmi.", "The Sámi call their homeland Sápmi."),
    # A word a letter shorter than a four-letter German word that is no slip of it: an Arabic name's other
    # romanisation, a given name added beside a word the English keeps, an acronym beside a German noun.
    ("short-name-other-romanisation", "Der Generalsekretär Yasser Abed Rabbo sprach zuerst.",
     "Secretary-General Yasser Abd Rabbo spoke first."),
    ("given-name-added-beside-a-short-word", "Bremmer sagte, der Iran werde nachgeben.",
     "Ian Bremmer said Iran would give in."),
    ("acronym-beside-a-short-noun", "Der Chef der Bank verdient 2 Millionen Franken im Jahr.",
     "The bank's boss earns CHF 2 million a year."),
    # A name said twice, the second time opening a sentence; the English completes the first with the given name and
    # says the second as a pronoun: a completed name, no other name in its place.
    ("name-completed-then-pronoun", "Am Montag traf Merkel den Präsidenten in Paris. Merkel sagte danach, das "
     "Gespräch sei gut gewesen.", "On Monday Angela Merkel met the president in Paris. She said afterwards that the "
     "talks had gone well."),
    # Letters Unicode does not decompose, as English writes them: Turkish dotless ı.
    ("dotless-i", "Die Lehrerin Ayşe Yıldırım lebt in einem Container.", "The teacher Ayse Yildirim lives in a container."),
    # A romanised name's s between vowels, doubled in German only.
    ("voiceless-s-romanised", "Der Film „Die Brücke von Kutaissi“ gewann.", "The film “The Bridge at Kutaisi” won."),
    # A people in the plural: German -en or -er, English -s.
    ("people-plural", "Die Goten blieben als Arianer von der Mehrheit getrennt.",
     "The Goths, as Arians, remained apart from the majority."),
    # A church named after its saint, the saint first in English.
    ("saint-of-a-church", "Der Markusdom in Venedig geht auf das Jahr 828 zurück.",
     "St Mark's Basilica in Venice dates back to 828."),
    ("saint-of-a-cemetery", "Beigesetzt wurde er auf dem Johannisfriedhof.", "He was buried in St. John's Cemetery."),
    # A doctrine in „-ismus“ by its English name in "-ism"; a quoted title translated, in title case.
    ("doctrine-in-ism", "Er gilt als einer der Wegbereiter des Neukantianismus.",
     "He is regarded as one of the pioneers of Neo-Kantianism."),
    ("quoted-title-translated", "Das Couplet „Aber g'scheit is' er net“ pfiffen damals die Kutscher.",
     "The comic song “But Clever He Ain't” was whistled at the time by the cabmen."),
    # The pandemic: German calls it by its virus, English by its disease.
    ("pandemic-by-its-disease", "Als ihr in der siebten Klasse wart, wurden die Schulen wegen Corona geschlossen.",
     "When you were in seventh grade, schools were closed because of Covid."),
    # An adjective in -isch capitalised in a name is no given name translated.
    ("adjective-in-isch-before-a-kept-noun", "Der Wisent, auch Europäischer Bison genannt, ist groß.",
     "The wisent, also known as the European bison, is large."),
    # A noun the word lists lack, in the English with its English ending: no name replaced by a look-alike.
    ("noun-with-english-ending", "Auf osmanischer Seite kommandierte Ali Pascha. Beide Seiten verfügten über jeweils "
     "mehr als 200 Galeeren; die Liga setzte zudem sechs venezianische Galeassen ein, deren schwere Artillerie "
     "wesentlich zum Sieg beitrug.", "On the Ottoman side, the commander was Ali Pasha. Each side had more than 200 "
     "galleys; the League also deployed six Venetian galleasses, whose heavy artillery contributed significantly to "
     "the victory."),
    # A town's adjective with its unstressed e dropped: „Basler“ is of Basel.
    ("place-adjective-e-dropped", "Die Titel des Basler Pharmakonzerns Rheinpharm gaben 1,8 Prozent nach.",
     "Shares in Basel-based pharmaceutical group Rheinpharm fell 1.8 percent."),
    # German writes as one word what English writes as two.
    ("one-word-two-words", "Er erlangte unter einer Pappel-Feige in Bodhgaya die Erleuchtung.",
     "He attained enlightenment under a sacred fig tree in Bodh Gaya."),
    # An Arabic name romanised the French way in English: "ou" for „u“, "gu" for „g“.
    ("arabic-name-french-romanisation", "Nagib Machfus wurde am 11. Dezember 1911 in Kairo geboren.",
     "Naguib Mahfouz was born on 11 December 1911 in Cairo."),
    # In a history, a Spanish ruler's given name in its English form.
    ("historical-romance-given-name", "Im Jahr 1571 führte Juan de Austria, ein Halbbruder des spanischen Königs "
     "Philipp II., die Flotte.", "In 1571 John of Austria, a half-brother of King Philip II of Spain, led the fleet."),
    # A unit named after a person is no name of the text ("degrees Celsius" for „Grad“).
    ("unit-named-after-a-person", "Am Sonntag wurden in Cottbus 38,2 Grad gemessen, so viel wie noch nie an einem "
     "Junitag in der Region. In der Lieberoser Heide stehen seit Freitag rund 450 Hektar Wald in Flammen.",
     "On Sunday, a temperature of 38.2 degrees Celsius was recorded in Cottbus, the highest ever measured on a June "
     "day in the region. Around 450 hectares of forest have been on fire in the Lieberose Heath since Friday."),
    # A ruler's given name in its English form after his title of rank.
    ("duke-given-name-english", "Der Kurfürst wurde auf der Lochauer Heide verwundet und gefangen genommen. Auf "
     "kaiserlicher Seite kämpfte auch Herzog Moritz von Sachsen, der Vetter des Kurfürsten.",
     "The Elector was wounded and taken prisoner on the Lochau Heath. Duke Maurice of Saxony, the Elector's cousin, "
     "also fought on the imperial side."),
    # A river's name opening a German compound less its final -e (the lexicon knows the compound's head).
    ("short-name-less-its-e-opening-compound", "„Der Zaun war 1,20 Meter hoch und stromführend“, sagte der "
     "56-jährige Schäfer Hinrich Meyer-Tiedemann. Er hält rund 600 Schafe, die u.a. auf den Elbdeichen zur Deichpflege "
     "eingesetzt werden. Es ist bereits der vierte Übergriff auf seine Herde in diesem Jahr.",
     "“The fence was 1.20 metres high and electrified,” said 56-year-old shepherd Hinrich Meyer-Tiedemann. He keeps "
     "around 600 sheep, which are used, among other things, to maintain the dykes along the Elbe. It is already the "
     "fourth attack on his flock this year."),
    # A Turkic name: German writes Ж as „Dsch“, English as "Zh".
    ("turkic-zh-for-dsch", "Die Besatzung soll im März in der Steppe nahe der Stadt Dscheskasgan landen.",
     "The crew is expected to land in March on the steppe near the city of Zhezkazgan."),
    # A name of a language with letters German does not write, romanised otherwise, alike in sound.
    ("foreign-letters-in-english", "Das Reich der Nemanjiden zerfiel nach dem Tod des Zaren.",
     "The Nemanjić realm fell apart after the death of the tsar."),
    ("foreign-letters-in-german", "Im Tal von Cusco herrschte Pachacútec über die Inka.",
     "In the Cusco valley, Pachacuti ruled over the Inca."),
    ("foreign-place-romanised", "Die Burg Dobrin lag am Ufer der Weichsel.",
     "The castle of Dobrzyń lay on the bank of the Vistula."),
    # A Greek or Arabic name with other vowels, letter for letter: another tradition's romanisation.
    # German names of Czech towns and Swiss offices' English names (GERMAN_EXONYMS).
    ("valley-by-its-italian-name", "In Tälern wie dem Grödnertal wird Ladinisch gesprochen.",
     "In valleys such as Val Gardena, Ladin is spoken."),
    # Names romanised from Mongolian, Persian and Kyrgyz the German and the English ways, in one word or two.
    ("mongolian-place-romanised", "Bei Bajandsag fand die Expedition die ersten Eier.",
     "Near Bayanzag the expedition found the first eggs."),
    ("mountains-in-two-words", "Er reiste vom Pamir bis zum Tienschan.", "He travelled from the Pamirs to the Tian Shan."),
    ("persian-feast-romanised", "In den Tagen vor Nouruz putzen die Familien.", "In the days before Nowruz, families clean."),
    # A university named after a ruler, by his English name; an adjective in its English form; a city's adjective
    # by another name of the city.
    ("university-named-after-a-ruler", "Er studierte an der Karls-Universität in Prag Bohemistik und Geschichte.",
     "He studied Czech language and literature as well as history at Charles University in Prague."),
    ("russian-surname-voiceless-s", "Der Sprecher Eduard Bassurin sprach von einer Provokation.",
     "The spokesman Eduard Basurin spoke of a provocation."),
    # A region after a word of direction, compounded in German („Zentraljava“); a youth team's letter before "junior".
    ("region-after-a-word-of-direction", "Der Vulkan an der Grenze zwischen Zentraljava und Yogyakarta ist aktiv.",
     "The volcano, on the border between Central Java and Yogyakarta, is active."),
    ("youth-team-letter", "Großer Jubel bei der D-Jugend des SV Blau-Weiß Rahlstedt.",
     "Great celebrations for the D-junior team of SV Blau-Weiß Rahlstedt."),
    # A plural of an exonym: "the Two Sicilies" for „beider Sizilien“.
    ("plural-of-an-exonym", "Garibaldi wollte das Königreich beider Sizilien stürzen. Die meisten der sogenannten "
     "Rothemden stammten aus der Lombardei.", "Garibaldi aimed to overthrow the Kingdom of the Two Sicilies. Most of "
     "the so-called Redshirts came from Lombardy."),
    # A sentence's first word after a title word that ends the sentence before is no name of that title.
    ("adverb-opening-a-sentence-after-a-family", "Die Bibel ist seit 1893 im Besitz seiner Familie. Kurz zuvor war "
     "Kamala Harris eingeführt worden.", "The Bible has been in his family's possession since 1893. Shortly before, "
     "Kamala Harris had been sworn in."),
    ("adjective-of-a-name-in-english-form", "Er forscht am Limnologischen Institut in Irkutsk.",
     "He does research at the Limnological Institute in Irkutsk."),
    ("city-adjective-by-another-name", "Apophis erreichte Stufe 4 auf der Turiner Skala.",
     "Apophis reached level 4 on the Torino scale."),
    # English capitalises a style of art, a rite and the Nazi era: no names.
    ("style-rite-and-era-capitalised", "Er rettete den spätgotischen Altar aus der Messe während der NS-Zeit.",
     "During the Nazi era he rescued the late Gothic altar from the Mass."),
    ("capital-by-its-english-name", "Es gab Proteste in der Hauptstadt Ulan Bator.",
     "There were protests in the capital, Ulaanbaatar."),
    ("czech-town-exonym", "Er wurde 1731 in Böhmisch Krumau geboren.", "He was born in Český Krumlov in 1731."),
    ("swiss-office-english-name", "Nach Angaben von MeteoSchweiz war es heiß.", "According to MeteoSwiss it was hot."),
    ("vowels-romanised-otherwise", "Erster Präsident des Komitees war der Grieche Dimitrios Vikelas.",
     "The committee's first president was the Greek Demetrios Vikelas."),
    ("transliteration-peskov", "Kreml-Sprecher Dmitri Peskow äußerte sich nicht.",
     "Kremlin spokesman Dmitry Peskov did not comment."),
    ("transliteration-zelensky", "Das sagte Präsident Wolodymyr Selenskyj in Kiew.",
     "President Volodymyr Zelensky said this in Kyiv."),
    ("transliteration-tchaikovsky", "Das Orchester spielte Tschaikowski und Schostakowitsch.",
     "The orchestra played Tchaikovsky and Shostakovich."),
    ("exonyms", "Von München über Köln nach Moskau und Peking.",
     "From Munich via Cologne to Moscow and Beijing."),
    # A title the German quotes, copied as it is: its German place names are the title's.
    ("german-place-in-a-quoted-title", "Unter dem Titel „Zwischen Prag und Pilsen“ sind 90 Holzschnitte zu sehen.",
     "Under the title \"Zwischen Prag und Pilsen\", 90 woodcuts are on display."),
    # ... set off by commas both sides (in apposition), no speaker's words.
    ("german-place-in-a-title-between-commas", "Sein größter Schlager, „Nur ein Walzer in Venedig“, stammt von 1936.",
     "His biggest hit, “Nur ein Walzer in Venedig”, dates from 1936."),
    ("city-exonyms", "Die Delegation reiste über Lemberg und Pressburg nach Danzig.",
     "The delegation travelled via Lviv and Bratislava to Gdansk."),
    # A foreign city German and English spell their own ways: two names GeoNames gives one city.
    ("city-spelt-two-ways", "Der Stützpunkt liegt in der Regionalhauptstadt Mekele.",
     "The base is in the regional capital, Mekelle."),
    ("city-by-an-old-name", "Der Bus fährt heute von Tirana nach Alessio und zurück.",
     "Today the bus goes from Tirana to Lezhë and back."),
    ("currency-english-name", "Er verkaufte die Rechte für 1,1 Mio. D-Mark an einen Hersteller.",
     "He sold the rights for 1.1 million Deutschmarks to a manufacturer."),
    ("baltic-exonyms", "Er baute die Brücke über die Memel bei Kowno und lehrte später in Dorpat.",
     "He built the bridge over the Neman at Kaunas and later taught in Tartu."),
    ("town-people-in-the-english-plural", "Viele New Yorker gingen zu Fuß über die Brücken nach Manhattan.",
     "Many New Yorkers walked across the bridges to Manhattan."),
    ("south-tyrol-by-its-italian-name", "Sein bestes Ergebnis ist ein dritter Platz in Gröden.",
     "His best result is third place in Val Gardena."),
    ("german-spelling-kept", "Der 1. FC Köln gewann in München.", "1. FC Köln won in Munich."),
    ("english-name-one-letter-fewer", "Finnland und Schweden traten der Nato bei.", "Finland and Sweden joined Nato."),
    # Figures of history take the English forms of their given names, surname or not.
    ("historical-figure-anglicised-by-year", "Der Reformator Johannes Calvin wirkte ab 1541 in Genf.",
     "The reformer John Calvin worked in Geneva from 1541."),
    ("historical-figure-anglicised-by-century", "Im 11. Jahrhundert kämpfte Harald Godwinson gegen Wilhelm.",
     "In the 11th century Harold Godwinson fought William."),
    # „Karl der Große“ is "Charlemagne" (the paragraph whole: the name's place decides its partner).
    ("charlemagne",
     "Otto I., genannt Otto der Große (* 23. November 912; † 7. Mai 973 in Memleben), war ab 936 "
     "ostfränkischer König und ab 962 römisch-deutscher Kaiser. Er war der Sohn König Heinrichs I. und "
     "dessen zweiter Ehefrau Mathilde. Seine Krönung fand im August 936 in Aachen statt, der bevorzugten "
     "Residenz Karls des Großen, in dessen Tradition er sich bewusst stellte.",
     "Otto I, known as Otto the Great (born 23 November 912; died 7 May 973 in Memleben), was King of East "
     "Francia from 936 and Holy Roman Emperor from 962. He was the son of King Henry I and his second "
     "wife, Matilda. His coronation took place in August 936 in Aachen, the favoured residence of "
     "Charlemagne, in whose tradition he deliberately placed himself."),
    ("ruler-with-two-given-names", "König Friedrich Wilhelm regierte lange.", "King Frederick William reigned long."),
    # In a text of history a name a letter or two off is another tradition's spelling, not a slip.
    ("historical-name-in-another-spelling", "Der Aztekenherrscher Montezuma empfing 1519 die Spanier.",
     "The Aztec ruler Moctezuma received the Spaniards in 1519."),
    ("historical-name-alike-in-sound", "Franziskus starb 1226 in der Kapelle Portiuncula bei Assisi.",
     "Francis died in 1226 in the Porziuncola chapel near Assisi."),
    # A year before Christ marks a text of history as a year before 1800 does.
    ("name-alike-in-sound-in-a-text-dated-before-christ", "Augustus begründete 27 v. Chr. mit dem Prinzipat eine Monarchie.",
     "In 27 BC Augustus founded a monarchy in the form of the Principate."),
    ("english-word-one-letter-fewer", "Das Royal Ballett tanzte in London.", "The Royal Ballet danced in London."),
    # The whole name in another romanisation: a doubled letter is that tradition's, no slip.
    ("romanisation-with-doubled-letter", "Abends füllt sich der Platz Djemaa el Fna.",
     "In the evening Jemaa el-Fnaa square fills up."),
    ("umlauts-spelt-out-with-ss", "Der Großglockner ist hoch.", "The Grossglockner is high."),
    ("english-name-of-a-region-with-umlaut-form", "Die Berner Oberländer feierten.", "The people of the Bernese Oberland celebrated."),
    ("umlaut-dropped-without-english-name", "Er wohnt in Düsseldorf.", "He lives in Dusseldorf."),
    ("adjective-of-place", "Die russischen und türkischen Behörden schwiegen.",
     "The Russian and Turkish authorities were silent."),
    ("inhabitants", "Die Bonner Staatsanwaltschaft ermittelt.", "The Bonn public prosecutor is investigating."),
    ("title-words", "Die Universität Hamburg und das Rote Kreuz luden ein.",
     "The University of Hamburg and the Red Cross sent invitations."),
    ("compound", "Er lebt in Babenhausen im Unterallgäu.", "He lives in Babenhausen in Lower Allgäu."),
    ("headline-title-case", "Brexit-Debatte ist wie ein Spaziergang im Park",
     "Brexit Debate Is Like A Walk In The Park"),
    ("name-from-earlier-paragraph", "Özil sagte dem DFB ab.", "Mesut Özil turned the DFB down.",),
    ("demonym-of-exonym", "Die Zeitung berichtete über die römischen Behörden.",
     "The Roman daily reported on the authorities."),
    ("demonym-of-exonym-plural", "Die Fans der Hessen feierten.", "The Hessians' fans celebrated."),
    ("soft-hyphen-in-german", "Trotzdem habe sie Fragen, um Har\u00adtinger zu entlasten.",
     "Nevertheless she has questions to clear Hartinger."),
    # Russian names reach German and English by transliterations differing in vowels and j/y/i.
    ("transliteration-russian-vowels", "Der Chemiker Dmitri Mendelejew ordnete die Elemente.",
     "The chemist Dmitri Mendeleev arranged the elements."),
    # Greek names: German keeps the Greek diphthong, English the Latin one.
    ("classical-oi-oe", "Der König Kroisos galt als reich.", "King Croesus was thought to be rich."),
    ("classical-people-plural", "Im Osten lebten die Massageten.", "In the east lived the Massagetae."),
    ("exonym-of-a-world-river", "Der Tejo mündet bei Lissabon in den Atlantik.",
     "The Tagus flows into the Atlantic at Lisbon."),
    # A place adjective after a prefix of position: „weströmisch“ is "Western Roman".
    ("position-prefix-before-place-adjective", "Von 286 bis 402 war Mediolanum Residenz der weströmischen Kaiser. "
     "Hier erließ Konstantin der Große 313 gemeinsam mit Licinius die sogenannte Mailänder Vereinbarung.",
     "From 286 to 402 Mediolanum was the residence of the Western Roman emperors. It was here in 313 that Constantine "
     "the Great, together with Licinius, issued the so-called Edict of Milan."),
    # A German name kept in the English as the adjective made from it: "Tibetan" for „Tibet“.
    ("english-adjective-of-a-german-name", "Der Fluss entspringt im Hochland von Tibet in der Provinz Qinghai.",
     "The river rises on the Tibetan Plateau in Qinghai Province."),
    # German places and names end in „-ow“ too: kept, they are the English name (Berlin's Gatow).
    ("german-place-in-ow", "Während der sowjetischen Blockade landeten die Flugzeuge in Gatow.",
     "During the Soviet blockade the planes landed at Gatow."),
    ("romanisation-changed-to-english", "Der Kremlsprecher Dmitri Peskow widersprach.",
     "Kremlin spokesman Dmitry Peskov disagreed."),
    # A name the English writes as the German does, but for accents, or keeps whole in its German romanisation.
    # A given name's English form in a cited title: the work's English title ("Eugene Onegin").
    ("given-name-english-form-in-a-cited-title", "Er sang den Lenski in Tschaikowskis „Eugen Onegin“.",
     "He sang Lensky in Tchaikovsky's “Eugene Onegin”."),
    ("name-respelt-by-accents-only", "Torwart Jiří Sokołow hielt den Elfmeter.",
     "Goalkeeper Jiri Sokołow saved the penalty."),
    # A German given name in its English form beside a German surname in „-ow“: no romanisation.
    ("english-given-name-beside-a-german-surname", "Der Pathologe Rudolf Virchow gründete das Institut.",
     "The pathologist Rudolph Virchow founded the institute."),
    ("name-kept-whole-in-german-romanisation", "Boxer Wladimir Klitschko gewann den Titel.",
     "Boxer Wladimir Klitschko won the title."),
    # ... or a name of Arabic or Kurdish, whose w English keeps too; a German name in the possessive; a title
    # respelt before a name of the English romanisation.
    ("kurdish-name-keeps-its-w", "„Das lassen wir nicht zu“, sagte Hawre Barzindschi, ein Sprecher der Regierung.",
     "\"We will not allow that,\" said Hawre Barzinji, a spokesman for the government."),
    ("german-name-in-the-possessive", "Die Deutsche Bahn war im ersten Halbjahr so unpünktlich wie seit Jahren nicht.",
     "Deutsche Bahn's trains were less punctual in the first half of the year than they had been for years."),
    ("title-respelt-before-an-english-romanisation", "Den Tempel ließ Maharadscha Ranjit Singh vergolden.",
     "Maharaja Ranjit Singh had the temple gilded."),
    # A hyphenated name in its English form: its parts' exonyms, or a part translated.
    ("hyphenated-name-in-english-form", "Die Landesregierung von Sachsen-Anhalt tagte am Dienstag in Magdeburg.",
     "The state government of Saxony-Anhalt met in Magdeburg on Tuesday."),
    ("hyphenated-name-with-a-part-translated", "Die Regierung von Nordrhein-Westfalen tagte am Montag.",
     "The government of North Rhine-Westphalia met on Monday."),
    # ... or in another romanisation, no part kept letter for letter.
    ("hyphenated-name-romanised-otherwise", "Das Reich der Choresm-Schahs zerfiel 1231.",
     "The empire of the Khwarazm-Shahs collapsed in 1231."),
    # A word derived from one the English has, no name made a look-alike word: a town's adjective („Jenaer“ beside
    # "year"), a person of a thing („Aquarianer“, "aquarium keepers").
    ("town-adjective-beside-a-lookalike", "Jedes Jahr kommt die Jenaer Delegation nach Kiew.",
     "Every year the Jena delegation comes to Kyiv."),
    ("person-of-a-thing-the-english-names", "Hallo an alle Aquarianer! Ich habe mein erstes Becken eingerichtet.",
     "Hello to all aquarium keepers! I have set up my first tank."),
    # The Russian name where the German has it too („Charkow“, as German wrote it before 1991).
    ("russian-name-where-the-german-has-it", "Die Truppen zogen im Herbst 1941 in Charkow ein.",
     "The troops entered Kharkov in the autumn of 1941."),
    # A surname romanised otherwise beside a kept given name: the same name.
    ("surname-romanised-otherwise-beside-a-kept-name", "Präsident Hassan Ruhani reiste nach Genf.",
     "President Hassan Rouhani travelled to Geneva."),
    # A word of a name kept beside one romanised otherwise (the name's other word has the marks of another
    # script), a sentence's capitalised article, a noun the lexicon translates, a country's possessive for the
    # German's people noun, an exonym of two words for one: no word of a name replaced.
    ("romanised-name-beside-a-kept-word", "Der internationale Flughafen Dschingis Khan liegt südlich der Stadt.",
     "Chinggis Khaan International Airport lies south of the city."),
    ("romanised-hyphenated-given-name", "Die Präsidenten Kassym-Schomart Tokajew und Schawkat Mirsijojew "
     "unterzeichneten ein Abkommen.", "Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed an agreement."),
    ("article-of-a-sentence-beside-a-kept-noun", "Der Film erhielt von der FBW das Prädikat „wertvoll“.",
     "The film was awarded the rating “valuable” by the FBW (German Film and Media Rating agency)."),
    ("noun-before-a-kept-name-translated", "Zehnkämpfer Moritz Eberhardt hat die Silbermedaille gewonnen.",
     "Decathlete Moritz Eberhardt won the silver medal."),
    # ... or one the lexicon lacks after the German's article, its English opening the sentence.
    ("noun-after-an-article-opening-the-sentence", "Die Passeuse Monika Stucki wurde zur besten Spielerin gewählt.",
     "Setter Monika Stucki was voted player of the season."),
    ("noun-after-an-article-opening-a-quotation", "„Die Passeuse Monika Stucki war stark“, sagte er.",
     "\"Setter Monika Stucki was strong,\" he said."),
    # A person's noun of learned stock in its English form.
    ("persons-noun-in-its-english-form", "„Kein Land hat sich so schnell verändert“, sagte die Japanologin Ingrid "
     "Kawamura.", "“No country changed so quickly,” Japanologist Ingrid Kawamura said."),
    ("country-possessive-for-a-people-noun", "Er siegte vor dem Monegassen Lucas Ferraud im Ferrari.",
     "He won ahead of Monaco's Lucas Ferraud in the Ferrari."),
    ("exonym-of-a-hyphenated-name", "Die Tarifparteien in Mecklenburg-Vorpommern einigten sich.",
     "The parties in Mecklenburg-Western Pomerania reached an agreement."),
]
# An English name with no German name lost at its place: reported, but informational.
INFO_NO_PARTNER = [
    # Only German common nouns are missing: "Tweets" renders „Twitter-Nachrichten“.
    ("capitalised-common-word", "Er verbreitete irreführende Twitter-Nachrichten, in denen er die Erlaubnis "
     "verlieren konnte.", "He spread misleading Tweets in which he could have lost his licence.", "Tweets"),
    ("film-title-translated", "Sie spielte mit Bette Davis in einem Film über eine Leiche.",
     "She played with Bette Davis in Sweet Charlotte, a film about a corpse.", "Charlotte"),
    # An exonym no table lists, alike in sound to the German name at its place.
    ("exonym-not-in-tables", "Die Delegation reiste am Montag nach Tschernowitz.",
     "The delegation travelled to Chernivtsi on Monday.", "Chernivtsi"),
    # Romanised from another script, by its marks or those of a word of its name: English romanises its own way.
    ("romanised-beside-a-romanised-word", "Der ukrainische Oberbefehlshaber Olexander Syrskyj widersprach der Darstellung.",
     "Ukraine's commander-in-chief, Oleksandr Syrskyi, contradicted this account.", "Oleksandr Syrskyi"),
    ("romanised-place", "Die Route soll Aserbaidschan mit seiner Exklave Nachitschewan verbinden.",
     "The route is to link Azerbaijan with its exclave of Nakhchivan.", "Nakhchivan"),
    ("romanised-by-its-ending", "Oppositionsführerin Swetlana Tichanowskaja begrüßte die Freilassungen.",
     "Opposition leader Sviatlana Tsikhanouskaya welcomed the releases.", "Sviatlana Tsikhanouskaya"),
]
# Added for clarity by the translator: reported, but informational.
INFO = [
    # A currency the English writes as its sign is no name lost: the English name alone is information.
    ("currency-is-no-name", "Die Orgel hat 480.000 Euro gekostet, sagte er am Montag.",
     "The organ cost €480,000, Huber said on Monday.", "Huber"),
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


# A place named for the German adjective of it, which drops the place's „-en“ („badische“: Baden): no name added,
# not even one shown as information.
PLACE_FOR_ITS_ADJECTIVE = [
    ("Sie singt badische Volkslieder.", "She sings folk songs from Baden."),
    ("Die hessische Landesregierung tagte am Montag.", "The state government of Hessen met on Monday."),
    # „Zürcher“ drops Zürich's unstressed i.
    ("Im Zürcher Exil schrieb er für mehrere Blätter.", "In exile in Zurich he wrote for several papers."),
    # A place's people in English "-er(s)" for the German's: "Praguers" (Prague, Prag).
    ("Das Zentrum ist bei jungen Pragerinnen und Pragern beliebt.", "The centre is popular with young Praguers."),
]


@pytest.mark.parametrize("de,en", PLACE_FOR_ITS_ADJECTIVE)
def test_a_place_named_for_its_adjective_is_no_added_name(de, en):
    assert flags(de, en) == []


@pytest.mark.parametrize("de,en,name", [
    ("Das Zentrum ist bei jungen Berlinerinnen und Berlinern beliebt.", "The centre is popular with young Praguers.",
     "Praguers"),
    # "island" is a word of exonyms of several words (one with „Insel“): no people of a place the German names.
    ("Hans Müller spielte in der Hauptstadt für die Eisbären.", "Hans Müller played for the Islanders in the capital.",
     "Islanders"),
])
def test_a_people_of_no_place_of_the_german_is_a_name_added(de, en, name):
    fl = flags(de, en)
    assert [f.check for f in fl] == ["name_mismatch"] and name in fl[0].message


@pytest.mark.parametrize("de,en,lost", [
    # A number's scale abbreviated („Mio.“, „Mrd.“) is no name the English lost.
    ("Sie erwarten 2,1 Mio. Hektoliter.", "They expect 2.1 million hectoliters.", []),
    ("Der Verlust lag bei 3 Mrd. Euro.", "The loss was 3 billion euros.", []),
    ("Der Verlust lag bei 3 Mrd. Euro, sagte Peskow.", "The loss was 3 billion euros, he said.", ["Peskow"]),
])
def test_lost_german_names(de, en, lost):
    from pipeline.checks.names import lost_german_names

    assert [w for _, _, w in lost_german_names(de, en)] == lost


@pytest.mark.parametrize("word,name_like", [
    # A town is a name unless the word list has a common word of exactly its spelling: „Davos“ shares only its stem
    # with „davon“, „Bonn“ with „Bon“; „Essen“ and „Halle“ are words too.
    ("Davos", True), ("Bonn", True), ("Mainz", True), ("Essen", False), ("Halle", False), ("Siegen", False),
    # ... nor an inflected form of one („Häusern“: Häuser, „Höfen“: Höfe, „zu Felde ziehen“: Feld).
    ("Häusern", False), ("Höfen", False), ("Felde", False), ("Strassen", False),
])
def test_a_town_is_name_like_unless_a_word_is_spelt_so(word, name_like):
    from pipeline.checks.names import german_name_like

    assert german_name_like(word) is name_like


# Another place put where a German town stood, the town nowhere in the English: an error, not a well-known place
# added; a town that is a German word too may have been translated, and stays information.
TOWN_REPLACED = [
    # („Davos“ by the stem of „davon“ would be "of", which stands beside the name put in its place.)
    ("town-whose-stem-is-a-word", "Der Leiter des Instituts in Davos sagte am Montag, die Lage sei ernst.",
     "The director of the institute of Gotthard said on Monday that the situation was serious.", "Davos"),
    ("town-the-lexicon-lists", "Die Konferenz der Ministerinnen fand am Montag in Mainz statt.",
     "The ministers' conference took place in Vienna on Monday.", "Mainz"),
    ("town-that-is-a-word", "Die Konferenz der Ministerinnen fand am Montag in Essen statt.",
     "The ministers' conference took place in Vienna on Monday.", None),
    ("town-that-is-an-inflected-word", "Die Bauern brachten das Vieh von den Höfen auf die Weiden.",
     "The farmers took the cattle from the farms in Tyrol to the pastures.", None),
]


@pytest.mark.parametrize("de,en,town", [c[1:] for c in TOWN_REPLACED], ids=[c[0] for c in TOWN_REPLACED])
def test_a_town_replaced_by_another_place(de, en, town):
    fl = [f for f in flags(de, en) if f.check == "name_mismatch"]
    assert len(fl) == 1
    assert (fl[0].severity is Severity.INFO) == (town is None)
    if town:
        assert de[fl[0].source_span[0]:fl[0].source_span[1]] == town


@pytest.mark.parametrize("english,german,slip", [
    ("innsbrukc", "innsbruck", True), ("texcooc", "texcoco", True),  # the last two letters swapped
    ("alexandre", "alexander", False), ("castle", "castel", False),  # English or French -re, -le for German -er, -el
    ("chemniz", "chemnitz", True), ("innsbruck", "innsbruck", False),
    ("hvc", "hevc", True), ("jna", "jena", True),  # four letters, one dropped inside
    ("lon", "leon", False),  # ... but not a vowel beside a vowel
])
def test_slip_inside(english, german, slip):
    from pipeline.checks.names import _slip_inside

    assert _slip_inside(english, german) is slip


@pytest.mark.parametrize("english,german,slip", [
    ("Thoms", "Thomas", True), ("Agsburg", "Augsburg", True),  # a letter dropped: a spelling English hardly writes
    ("Hanover", "Hannover", False),  # English's own spelling, which it writes
    ("Stagira", "Stageira", False),  # a German spelling English hardly writes itself
    ("Moctezuma", "Montezuma", False),  # a letter changed: another tradition's as often
])
def test_written_misspelt(english, german, slip):
    from pipeline.checks.names import _written_misspelt

    assert _written_misspelt(english, german) is slip


def test_lower_case_adjective_capitalised_in_english_is_no_name():
    # „alpinen“ / "Alpine": the German's adjective, capitalised in the English name of the event; not even
    # reported as a name the German lacks.
    assert flags("Andreas Sander hat bei der alpinen Ski-WM in Cortina die Silbermedaille gewonnen.",
                 "Andreas Sander won the silver medal at the Alpine World Ski Championships in Cortina.") == []


@pytest.mark.parametrize("de,en", [
    ("Er lebte im römisch beherrschten Ägypten, nahe der Grenze zu Kusch.",
     "He lived in Roman-ruled Egypt, near the border with Kush."),
    ("Er wirkte im römisch beherrschten Ägypten.", "He worked in Roman-ruled Egypt."),
])
def test_adjective_of_a_name_hyphenated_with_a_word_is_no_added_name(de, en):
    # "Roman-ruled" for „römisch beherrscht“: the German name's English adjective, joined to a lower-case
    # English word; not even information.
    assert flags(de, en) == []


def test_a_place_the_lexicon_names_in_english_is_no_added_name(tiny_lexicon):
    # The lexicon's geographic entries („Felsendom“ :: Dome of the Rock) serve as exonyms: not even information.
    assert flags("Sehenswert ist der Tempelberg mit dem Felsendom.",
                 "Worth seeing is the Temple Mount with the Dome of the Rock.") == []


def test_a_letter_before_a_noun_is_no_name():
    # "F-roads", "U-turn": not even information.
    assert flags("Die beste Reisezeit ist von Ende Juni bis Anfang September, da viele Pisten, die sogenannten "
                 "F-Straßen, nur dann geöffnet sind.",
                 "The best time to travel is from late June to early September, as many tracks, the so-called "
                 "F-roads, are open only then.") == []


@pytest.mark.parametrize("case_id,de,en,name", INFO, ids=[c[0] for c in INFO])
def test_names_added_for_clarity_are_informational(case_id, de, en, name):
    fl = flags(de, en)
    assert [f.severity for f in fl] == [Severity.INFO]
    assert en[slice(*fl[0].translation_span)] == name


def test_a_ruler_named_so_elsewhere_in_the_article_keeps_his_english_name():
    # „Friedrich II.“ in one paragraph makes „Friedrich“ a ruler in the next: "Frederick", no look-alike.
    fl = flags("Als er fliehen wollte, wurde Friedrich inhaftiert.", "When he tried to flee with his friend, "
               "Frederick was imprisoned.", doc=["König Friedrich II. regierte Preußen."])
    assert counted(fl) == []


def test_a_name_known_from_the_article_is_no_mismatch():
    fl = flags("Er sagte dem DFB ab.", "Mesut Özil turned the DFB down.", doc=["Mesut Özil tritt zurück."])
    assert counted(fl) == []


_SICILY_DE = ("Im Laufe ihrer Geschichte stand die Insel unter der Herrschaft von Griechen, Karthagern, Römern, "
              "Byzantinern und Arabern. Im 11. Jahrhundert eroberten die Normannen Sizilien, und 1130 wurde Roger II. "
              "in Palermo zum König gekrönt. Unter dem Staufer Friedrich II., der in Palermo aufgewachsen war, erlebte "
              "der Hof eine kulturelle Blüte.")
_SICILY_EN = ("Over the course of its history the island was ruled by Greeks, Carthaginians, Romans, Byzantines and "
              "Arabs. In the 11th century the Normans conquered Sicily, and in 1130 Roger II was crowned king in "
              "Palermo. Under Frederick II of Hohenstaufen, who had grown up in Messina, the court enjoyed a cultural "
              "flowering.")
# (id, German, English, the article's other paragraphs, the English name flagged or None)
IN_AN_ARTICLE = [
    # A name of another paragraph put in the place of a word this German has and the English lacks.
    ("team-replaced-by-a-coach", "Das erste Spiel hatten die Adler am Freitag in eigener Halle mit 4:1 für sich "
     "entschieden.", "The Niklas had won the first game 4-1 on home ice on Friday.",
     ["Trainer der Adler Mannheim ist Niklas Sundblad."], "Niklas"),
    ("village-replaced-by-a-city", "1972 wurden die Dörfer Wernhausen und Obereichen eingemeindet.",
     "In 1972 the villages of Wernhausen and Würzburg were incorporated.", ["Der Ort liegt bei Würzburg."],
     "Würzburg"),
    # The place's people called by its team's or town's name: the same, in English words.
    ("people-of-the-town-as-its-team", "Um ins Halbfinale einzuziehen, benötigen die Münchner einen Sieg.",
     "To reach the semi-finals, Bayern need a win.", ["Der FC Bayern München spielt in Madrid."], None),
    ("town-people-as-the-town", "Die Stadtzürcher Stimmberechtigten haben dem Kredit zugestimmt.",
     "Voters in the city of Zurich approved the credit.", ["Die Stadt Zürich baut Wohnungen."], None),
    # A name the English word list holds as a word („Okafor“), which the article's German writes as a name.
    ("word-list-name-of-the-article", "Er lernte zuvor bei Spitzenköchen in Kopenhagen und Lyon.",
     "He previously trained under top chefs in Copenhagen and Okafor.",
     ["Die Küchenchefin Adaeze Okafor eröffnete das Lokal im Mai."], "Okafor"),
    # ... not beside a capitalised common English word (a title in title case), but for a person's title.
    ("word-list-word-in-an-english-title", "Lionel Messi bleibt unangefochtener Sieger der Wahl und Jürgen Klopp "
     "Welttrainer des Jahres.", "Lionel Messi remains the undisputed winner of The Best FIFA Football Awards, and "
     "Jürgen Klopp World Coach of the Year.", ["Er habe nicht für die #TheBest2019 Awards abgestimmt, sagte er."],
     None),
    ("word-list-name-after-a-title", "Den Vertrag unterschrieb gestern der Gouverneur von Virginia.",
     "The contract was signed yesterday by Senator Murphy's office.", ["Senator Murphy lehnt das Gesetz ab."],
     "Murphy's"),
    # ... not one that only opens a German sentence, capitalised there anyway.
    ("word-list-word-opening-a-german-sentence", "Er lernte zuvor bei Spitzenköchen in Kopenhagen und Lyon.",
     "He previously trained under top chefs in Copenhagen and Okafor.", ["Okafor heißt das Lokal."], None),
    # Two names side by side in a German sentence are no one name ("Macron" for „Merkel“ stays flagged).
    ("two-names-side-by-side", "Später dankte Merkel den Helfern.", "Later Macron thanked the helpers.",
     ["In Paris überreichte Merkel Macron einen Brief."], "Macron"),
    # A club by another word of the full name the article gives („VfL Wolfsburg“).
    ("club-by-its-town", "Um das Halbfinale zu erreichen, braucht der VfL dort einen Sieg.",
     "To reach the semi-finals, Wolfsburg need a win there.", ["Der VfL Wolfsburg verlor in Lyon mit 0:1."], None),
    # A name the German says twice and the English once, the other mention another name of the article; in a history
    # a name no other paragraph gives is tied by place alone (information).
    ("repeated-name-replaced-once", _SICILY_DE, _SICILY_EN, ["Die Meerenge von Messina trennt die Insel vom Festland."],
     "Messina"),
    ("repeated-name-replaced-once-history", _SICILY_DE, _SICILY_EN, ["Sizilien ist die größte Insel im Mittelmeer."],
     None),
    # A well-known place of another paragraph put in the stead of a name the English lost here: no place added.
    ("well-known-place-of-the-article-for-a-lost-name", "Ibn Battuta war einer der größten Reisenden der Geschichte.",
     "Ibn Delhi was one of the greatest travellers in history.", ["In Delhi diente er dem Sultan als Richter."],
     "Delhi"),
    # A word the German says more often than the English, name or noun („Siegen“ is a verb too), at its place.
    ("town-said-fewer-times-replaced-by-another-of-the-article",
     "Sabine Kleinhenz wurde in Siegen geboren und spielte beim TSV Siegen.",
     "Sabine Kleinhenz was born in Osnabrück and played for TSV Siegen.", ["Später zog sie nach Osnabrück."],
     "Osnabrück"),
    ("surname-said-fewer-times-replaced-by-a-place-of-the-article",
     "Mein Kommilitone Felix Brandt hat sich das gleiche Modell gekauft. „Es ist gut“, meint Brandt.",
     "My fellow student Felix Brandt bought the same model. “It is good,” says Dresden.", ["Ich studiere in Dresden."],
     "Dresden"),
    # ... not the name of a place whose adjective the German has („chinesischen“), another word lost beside it.
    ("place-for-its-german-adjective", "In dieser Zeit befördern die chinesischen Eisenbahnen mehr als 500 Mio. "
     "Fahrgäste.", "During this period, China's railways carry more than 500 million passengers.",
     ["Das Fest ist der wichtigste Feiertag in China."], None),
    ("name-said-twice-replaced-once-by-a-name-of-the-article",
     "Jupiter ist der größte Planet. Anders als die Erde hat Jupiter keine feste Oberfläche.",
     "Jupiter is the largest planet. Unlike Earth, Galilei has no solid surface.",
     ["Galileo Galilei entdeckte 1610 vier seiner Monde."], "Galilei"),
    # ... not a noun of a kind of place, which a translator may render by the place's name („die Hauptstadt“ / "Berlin").
    ("kind-of-place-rendered-by-its-name", "Jedes Jahr besuchen Millionen Touristen die Hauptstadt.",
     "Every year millions of tourists visit Berlin.", ["Berlin hat 3,8 Millionen Einwohner."], None),
    ("country-named-for-the-land", "Die Regierung des Landes trat am Montag zurück.",
     "The government of Peru resigned on Monday.", ["In Peru kam es zu Protesten."], None),
    # ... nor a name the English always writes its own way, for all the German's mentions („Deutschland“ / "Germany").
    ("name-the-english-writes-its-own-way", "Seit Jahren liefert Deutschland Waffen, und nach den USA ist Deutschland "
     "der größte Unterstützer des Landes.", "For years Germany has supplied weapons, and after the US, Germany is "
     "Ukraine's largest supporter.", ["Die Ukraine bittet um Hilfe."], None),
    # A lower-case word that merely begins like the English name is no adjective made from it („gerade“, "Gera").
    ("town-of-the-article-beside-a-word-beginning-like-it", "Das Spiel in Weiden endete gerade 2:1.",
     "The game in Gera ended 2-1.", ["Am Sonntag spielt Gera gegen Jena."], "Gera"),
    # ... not far from its place: a place added at the end of the sentence, the town's second mention condensed.
    ("town-said-fewer-times-another-of-the-article-elsewhere",
     "Sabine Kleinhenz wurde in Siegen geboren und spielte lange beim TSV Siegen, bevor sie ihre Karriere beendete.",
     "Sabine Kleinhenz was born in Siegen and played for the club for a long time before ending her career in "
     "Osnabrück.", ["Später zog sie nach Osnabrück."], None),
]


@pytest.mark.parametrize("de,en,doc,name", [c[1:] for c in IN_AN_ARTICLE], ids=[c[0] for c in IN_AN_ARTICLE])
def test_name_mismatch_in_an_article(de, en, doc, name):
    fl = counted(flags(de, en, doc=doc))
    assert [en[slice(*f.translation_span)] for f in fl] == ([name] if name else [])


# Words the English word list holds that the German writes as names (name candidates in the English), or not.
@pytest.mark.parametrize("german,names", [
    ("Die Köchin Adaeze Okafor eröffnete das Lokal.", ["okafor"]),
    ("Das Gesetz unterschrieb Senator Murphy am Montag.", ["murphy"]),
    # An English name German borrows whole: its words are English words.
    ("Zum Black Friday gab es Rabatte.", []), ("Das Halbfinale der Champions League ist verpasst.", []),
    # A capital opening a German sentence says nothing.
    ("Okafor heißt das Lokal.", []),
], ids=["after-a-given-name", "after-a-title", "english-phrase", "english-phrase-plural", "opening-a-sentence"])
def test_word_list_words_the_german_writes_as_names(german, names):
    assert sorted(common_names_of([german])) == names


# The suggestion mends the name alone: the German spelling, or the place's English name.
SPELLING_SUGGESTIONS = [
    ("Der Titelverteidiger gewann gegen die Adler Mannheim mit 3:2.", "The champions beat Adler Manheim 3-2.",
     "The champions beat Adler Mannheim 3-2."),
    ("Die Münchnerinnen gewannen zum elften Mal.", "It was Munchen's eleventh win.", "It was Munich's eleventh win."),
    ("Bei dem Angriff auf Kiew starben neun Menschen.", "Nine people died in the attack on Kiew.",
     "Nine people died in the attack on Kyiv."),
]


@pytest.mark.parametrize("de,en,mended", SPELLING_SUGGESTIONS, ids=[c[2] for c in SPELLING_SUGGESTIONS])
def test_a_misspelt_or_german_place_name_gets_a_suggestion(de, en, mended):
    [f] = counted(flags(de, en))
    assert f.suggestion == mended


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


@pytest.mark.parametrize("case_id,de,en,doc,name", FAILS_IN_DOC, ids=[c[0] for c in FAILS_IN_DOC])
def test_name_of_the_article_replacing_a_german_name_flags(case_id, de, en, doc, name):
    fl = counted(flags(de, en, doc))
    assert len(fl) == 1
    assert en[slice(*fl[0].translation_span)] == name


@pytest.mark.parametrize("case_id,de,en,name", INFO_NO_PARTNER, ids=[c[0] for c in INFO_NO_PARTNER])
def test_english_name_without_lost_german_name_is_informational(case_id, de, en, name):
    fl = flags(de, en)
    assert [f.severity for f in fl] == [Severity.INFO]
    assert en[slice(*fl[0].translation_span)] == name


# (word, German common noun?) — the German side of the names check and of ``untranslated``.
GERMAN_NOUNS = [
    ("Bundesregierung", True), ("Autobahnanschlussstelle", True), ("Twitter-Nachrichten", True),
    ("Krankenhauses", True), ("Straße", True), ("Sturz", True), ("Sozialversicherungsreform", True),
    ("Kulmbach", False), ("Ziegenhain", False), ("Winterhoff", False), ("Hesselmann", False),
    ("Göring-Eckardt", False), ("Annacker", False), ("Merkel", False),
]


@pytest.mark.parametrize("word,noun", GERMAN_NOUNS, ids=[c[0] for c in GERMAN_NOUNS])
def test_german_common_noun(word, noun):
    assert german_common_noun(word) is noun


# --- with the lexicon ----------------------------------------------------------------------------
from lexicon_data import tiny_lexicon  # noqa: E402,F401 - fixture

LEXICON_FAILS = [
    ("surname-translated", "Herr Koch sagte, die Lage sei ernst.", "Mr Cook said the situation was serious.", "Cook"),
    ("surname-translated-frau", "Das sagte Frau Müller am Montag.", "Mrs Miller said so on Monday.", "Miller"),
    # A town the noun list holds (or splits into nouns) is a name all the same when the lexicon has no other word of
    # its spelling: replaced by another town, it is an error.
    ("town-replaced-by-another", "Er studierte ab 1860 Chemie in Marburg und Göttingen, wo er 1864 promoviert wurde.",
     "From 1860 he studied chemistry in Marburg and Offenbach, where he obtained his doctorate in 1864.", "Offenbach"),
    ("surname-translated-after-an-abbreviated-title", "Das sagte Dr. Koch am Montag.", "Dr Cook said so on Monday.",
     "Cook"),
    ("letter-changed-after-quote", '"Die Spieler haben eine fantastische Leistung gezeigt", so Glasner weiter.',
     '"The players showed a fantastic performance," Glarner said.', "Glarner"),
    ("letters-changed-in-headline", "Probleme mit Glasfaser und Devolo Magic", "Problems With Fibre And Deflo Magic",
     "Deflo"),
    # A full name whose first name the English kept: the lost surname is the partner wherever it stands.
    ("full-name-misspelt-moved", "Max Verstappen soll laut Mercedes zwei Regeln gebrochen haben.",
     "According to Mercedes, Max Vertape is said to have broken two rules.", "Max Vertape"),
    ("full-name-letter-dropped", "Das war ein schwaches Spiel, sagte Kapitänin Emily Bölk.",
     "That was a weak game, said captain Emily Böl.", "Emily Böl"),
    # A town's name translated as the common word it also is, where the German uses it as a name: after a
    # noun of a kind of place, or beside a town the English keeps.
    ("town-after-kind-of-place", "Die Lok steht seit Montag am Hauptbahnhof Halle.",
     "The locomotive has been standing at the main station hall since Monday.", "hall"),
    ("town-beside-kept-town", "Die Leitung verläuft zwischen Simbach und Pfarrkirchen.",
     "The line runs between Simbach and parish churches.", "parish"),
    # A person's name swapped for another at its place: nothing of the German renders it.
    ("person-swapped-beside-rendered-words", "Die Säule zeigt Szenen, sagte Sadio Mané am Montag.",
     "The column shows scenes, said Winfried Tobias on Monday.", "Winfried Tobias"),
    # A long name at the place of a lost German one, a few letters changed: no transliteration does that.
    # A name the lexicon lacks, rendered as an English word that looks or sounds like it.
    ("name-as-lookalike-word", "Du bist so wenig ernst zu nehmen wie Kollegah.",
     "You are as little to be taken seriously as colleague.", "colleague"),
    ("name-as-lookalike-place", "Nolte mit Heimsieg, Podium für Jamanka", "Nolte with home win, podium for Jamaica",
     "Jamaica"),
    ("saints-day-of-another-saint", "Die Saison dauert bis zum Johannistag am 24. Juni.",
     "The season lasts until St Peter's Day on 24 June.", "Peter's"),
    ("english-compound-as-lookalike", "In Bangkok gibt es gutes Streetfood an jeder Ecke.",
     "In Bangkok there are good streets at every corner.", "streets"),
    # A short surname with a letter changed beside a kept first name is a slip, not a transliteration.
    ("short-surname-letter-changed", "Ganz anders reagierte sein Gegenüber Sebastian Gleim nach dem Spiel.",
     "His opponent Sebastian Glim reacted quite differently after the game.", "Sebastian Glim"),
    ("long-place-letters-changed", "Am Abend hatten die Menschen in Much und Ruppichteroth wieder Strom.",
     "In the evening the people in Much and Ruppiertoth had power again.", "Ruppiertoth"),
]
LEXICON_PASSES = [
    # A Latin noun in „-ial“, which English writes in „-ial“ too, is no name rendered by a look-alike.
    ("loan-noun-in-ial", "Der Trierer Offizial Johann von der Ecken fragte ihn.",
     "The Trier official Johann von der Ecken asked him."),
    # Addressed by the office after „Herr“ or „Frau“, which English translates: no surname.
    ("addressed-by-office", "Frau Präsidentin, liebe Kolleginnen und Kollegen, ich beginne mit einer Zahl.",
     "Madam President, colleagues, I will start with a number."),
    ("addressed-by-office-compound", "Ein Polier sagte zu mir: „Herr Oberbürgermeister, wir bauen hier Gleise.“",
     "A foreman said to me: \"Mr Mayor, we are building tracks here.\""),
    # After a preposition merged with the article a noun stands, never a given name: „vom Zyklon Idai“.
    ("noun-after-article-preposition", "Die Stadt wurde 2019 vom Zyklon Idai zerstört.",
     "The city was destroyed by Cyclone Idai in 2019."),
    # Two romanisations of one name: one vowel of two in a row dropped („Hangeul“, the Revised Romanisation).
    ("romanisation-vowel-pair", "Die Schrift heißt in Südkorea heute Hangeul.", "The script is now called Hangul in South Korea."),
    # A figure of history takes the English form of the given name before the kept surname; a person of
    # our time does not („Johannes Patrick“ above).
    ("historical-given-name-anglicised-before-surname", "Russland übernahm den Kalender erst 1918. Der Astronom "
     "Christophorus Clavius verteidigte die Reform, und Gregor XIII. starb am 10. April 1585 in Rom.",
     "Russia did not adopt the calendar until 1918. The astronomer Christopher Clavius defended the reform, and "
     "Gregory XIII died in Rome on 10 April 1585."),
    # Only the place ties the English name to German words, and the English renders those: a thing the
    # translator called by its English name, not a name replaced.
    ("named-thing-beside-rendered-words", "Die Säule zeigt Szenen aus den Kriegen auf einem Reliefband.",
     "The column shows scenes from the Dacian Wars on a band of relief."),
    ("named-thing-head-rendered", "Der König ließ das Hieronymitenkloster im Stadtteil Belém errichten.",
     "The king had the Jerónimos Monastery built in the district of Belém."),
    # A noun before a name, rendered after it in English word order: no first name translated.
    ("noun-before-name-reordered", "Die Rakete startete am Freitag vom Kosmodrom Baikonur in Kasachstan.",
     "The rocket lifted off from the Baikonur Cosmodrome in Kazakhstan on Friday."),
    # The same words as common nouns, or as names kept.
    ("town-word-as-noun", "Die Halle in Simbach ist seit Montag geöffnet.", "The hall in Simbach has been open since Monday."),
    ("town-kept", "Die Leitung verläuft zwischen Simbach und Pfarrkirchen.",
     "The line runs between Simbach and Pfarrkirchen."),
    # A name rendered as a look-alike word far from its place is some other word of the text.
    ("lookalike-far-from-the-name", "Er starb 1468 in Alessio. Den Beinamen erhielt er in Anlehnung an Alexander.",
     "He died in 1468. He received the epithet in allusion to Alexander."),
    ("surname-kept", "Herr Koch sagte, die Lage sei ernst.", "Mr Koch said the situation was serious."),
    # Arabic names in their English romanisation beside a word of Arabic names („Umm“, „Dhi“), in a short sentence
    # that looks like a headline too.
    ("arabic-name-word-beside", "Der Hafen Umm Kasr wurde geschlossen.", "The port of Umm Qasr was closed."),
    ("arabic-name-in-a-short-sentence", "Präsident Husni Mubarak trat zurück.", "President Hosni Mubarak resigned."),
    # The kind of weather system before a storm's name, translated as a title is.
    ("storm-kind-translated", "Die Region erholt sich noch von Zyklon Idai, der 600 Menschen das Leben kostete.",
     "The region is still recovering from Cyclone Idai, which killed 600 people."),
    ("kinship-title-translated", "Sie sagte Opa Hinnerk Bescheid.", "She told Grandpa Hinnerk."),
    # A military rank before the name, translated as English writes it: no first name translated.
    ("military-rank-translated", "„Wir haben nur einen Teil herausgeholt“, sagte Oberstleutnant Markus Brenner.",
     "“We only got out a fraction,” said Lieutenant Colonel Markus Brenner."),
    ("members-of-parliament-by-initialism", "In Berlin stieß die knappe Wahl auf ein geteiltes Echo. Die "
     "SPD-Abgeordneten im Europaparlament hatten angekündigt, nicht für die CDU-Politikerin zu stimmen.",
     "In Berlin, the narrow vote met with a mixed response. The SPD MEPs in the European Parliament had announced that "
     "they would not vote for the CDU politician."),
    # A name made of words, translated word by word: no name of the translator's own.
    ("compound-title-translated", "Die Helden spielen das Abenteuer Über den Greifenpass.",
     "The heroes play the adventure Across the Griffin Pass."),
    ("compound-place-translated", "Wir wandern im Schwarzwald.", "We hike in the Black Forest."),
    # A compound the lexicon lacks, rendered in two words with its head's rendering after the first.
    ("compound-in-two-words", "Ein Glas Minztee kostet 60 Pfund.", "A glass of mint tea costs 60 pounds."),
    # A word joined by „und“ to a common noun is a noun, however unknown: no name made a look-alike.
    ("coordinated-with-noun", "Er war Maler und Freskant des Barock.", "He was a painter and fresco artist of the Baroque."),
    ("hyphen-part-kept", "Das Feuer hat Teile der 10.000-Volt-Schaltanlage beschädigt.",
     "The fire damaged sections of the 10,000 Volt substation."),
    ("inflected-place", "Die Geisinger Feuerwehr rückte aus.", "The fire brigade of Geisingen turned out."),
    ("headline-name-kept", "Probleme mit Glasfaser und Devolo Magic", "Problems With Fibre And Devolo Magic"),
    # An English word beside a kept name is no misspelt German name, however alike.
    ("common-word-in-run", "Zum Freiburger Fantag kamen viele Familien.", "Many families came to the Freiburg Fan Day."),
    ("run-accents-dropped", "Das Foto veröffentlichte Uğur Şahin am Montag.", "Ugur Şahin published the photo on Monday."),
    ("run-genitive", "Das ist Angela Merkels Entscheidung.", "That is Angela Merkel's decision."),
    ("run-declension", "Das meldete der Evangelische Pressedienst am Montag.",
     "The Evangelischen Pressedienst reported that on Monday."),
    ("run-exonym", "Er spielt seit Jahren für Bayern München.", "He has played for Bayern Munich for years."),
    ("run-compound-split", "Er kam zum Freiburg Fantag mit seiner Familie.", "He came to the Freiburg Fan Day with his family."),
    ("run-noun-translated", "Hier gibt es Tipps & Tricks für den Garten.", "Here are Tips & Tricks for the garden."),
    ("lookalike-compound-part", "Er beherrscht alle Programmiermodi.", "It masters all programming modes."),
    # A title of a work, quoted in both, is translated as titles are.
    ("lookalike-in-a-quoted-title", "Das Tal diente als Kulisse für Filme wie „Der Marsianer“.",
     "The valley served as the backdrop for films such as \"The Martian\"."),
    ("lookalike-hyphenated", "Das Stretch-Panel erhöht die Flexibilität.", "The stretch panel increases flexibility."),
    ("lookalike-feminine-noun", "Das sagte Kapitänin Emily Bölk.", "Captain Emily Bölk said that."),
    ("lookalike-verb-made-noun", "Parkieren in der Stadt Bern wird teurer.",
     "Parking in the city of Bern is getting more expensive."),
    ("run-capitals-only", "Die Konferenz in Abu Dhabi beginnt heute.", "The conference in Abu DHABI starts today."),
    ("transliteration-in-full-name", "Kremlsprecher Dmitri Peskow wies das zurück.",
     "Kremlin spokesman Dmitry Peskov rejected that."),
    # A ruler's given name takes its English form after a title of rank, before a regnal number or an
    # epithet, or as a double name; the title itself is a word, not a name.
    ("ruler-after-title", "Im Jahr 1339 verlieh Kaiser Ludwig der Bayer der Siedlung das Marktrecht.",
     "In 1339 Emperor Louis the Bavarian granted the settlement market rights."),
    ("ruler-double-name", "Maria Theresia hoffte auf die Hilfe Russlands.", "Maria Theresa hoped for Russia's help."),
    ("ruler-numeral", "Friedrich II. besiegte die Österreicher.", "Frederick II defeated the Austrians."),
    ("rank-title-translated", "Nach dem Tod der Zarin Elisabeth schied Russland aus.",
     "After the death of Tsarina Elizabeth, Russia left."),
    # A place's adjective in the German, the place's name in the English.
    ("place-adjective-of-ingen", "Das geht auf den Schwenninger Uhrmacher Gustav Lorenz zurück.",
     "That goes back to the Schwenningen clockmaker Gustav Lorenz."),
    ("place-adjective-of-en", "Einsatzkräfte der Hildburghäuser Feuerwehr räumten die Stelle.",
     "Crews of the Hildburghausen fire brigade cleared the site."),
    # The same noun with a German ending is no name translated; the noun of a named event may be.
    ("same-noun-inflected", "Die Sammlung des Städtischen Museums Kellershausen wächst.",
     "The collection of the Municipal Museum of Kellershausen grows."),
    ("named-war-translated", "Sein Großvater kämpfte im Großen Krieg.", "His grandfather fought in the Great War."),
    # A noun before a name is no first name: after an adjective, or a woman's trade; and a translation
    # elsewhere in the paragraph is no rendering of it.
    ("noun-after-adjective-before-name", "Die Rakete startete vom europäischen Weltraumbahnhof Kourou.",
     "The rocket lifted off from Europe's Kourou spaceport, the Space Center said."),
    ("trade-noun-before-name", "„Die Preise sinken“, sagte Ökonomin Verena Steiner vom Institut.",
     "“Prices are falling,” said economist Verena Steiner of the Institute of Economic Research."),
    # A compound rendered by an English word ending in its head's rendering is no look-alike.
    ("compound-rendered-not-lookalike", "Die Lage im Cyberraum bleibt angespannt.",
     "The situation in cyberspace remains tense."),
    # A longer form of a name the German gives; a Swiss canton's adjective as the canton.
    ("longer-form-of-a-name", "Bayern spielt in der Champions League bei Olympique Lyon.",
     "Bayern play away at Olympique Lyonnais in the Champions League."),
    ("canton-adjective", "Das Kunsthaus Zürich widmet der lange vergessenen Bündner Malerin Anna Brügger die erste "
     "grosse Retrospektive.", "The Kunsthaus Zürich is devoting the first major retrospective to Anna Brügger, a "
     "long-forgotten painter from Graubünden."),
    # A demonym the English adds to a currency; a place the English names for a German event word; a
    # region's English name; a compound's part as an English adjective.
    ("currency-demonym", "Der Kanton warnte vor Ausfällen von 420 Millionen Franken.",
     "The canton warned of losses of 420 million Swiss francs."),
    ("event-word-as-place", "Ihr Leben ändert sich nach der Wende grundlegend.",
     "Their lives change fundamentally after the fall of the Berlin Wall."),
    ("region-english-name", "Oberösterreich feierte am Mittwoch den Geburtstag.",
     "Upper Austria celebrated the birthday on Wednesday."),
    ("compound-part-as-adjective", "Er schrieb für die Zeitschrift des Alpenvereins.",
     "He wrote for the Alpine Club's journal."),
    # Encyclopaedic names: exonyms of rivers and towns, a ruler's double name before a new sentence, a
    # Greek name in its Latin form, a short name opening a compound, a genitive, a people's combining form,
    # an English title of rank.
    ("river-and-town-exonyms", "In Belgien durchquert die Maas die Wallonie und passiert Lüttich.",
     "In Belgium the Meuse crosses Wallonia, passing Liège."),
    ("historic-exonym-hyphenated", "Der Verlust wurde im Frieden von Aachen 1748 bestätigt.",
     "The loss was confirmed by the Treaty of Aix-la-Chapelle in 1748."),
    ("double-name-before-new-sentence", "Gekrönt wurde 1741 Maria Theresia. Bis 1848 tagte dort der Landtag.",
     "Maria Theresa was crowned in 1741. The Diet met there until 1848."),
    ("greek-name-latin-form", "Als Architekten wirkten Anthemios von Tralleis und Isidor von Milet.",
     "Its architects were Anthemius of Tralles and Isidore of Miletus."),
    ("short-name-opening-compound", "Mailand liegt in der Poebene.", "Milan lies in the Po Valley."),
    ("genitive-of-a-full-name", "Er lernte in der Werkstatt Michael Wolgemuts die Malerei.",
     "He learned painting in the workshop of Michael Wolgemut."),
    ("peoples-combining-form", "Im Holländischen Krieg wurde die Stadt belagert.",
     "During the Franco-Dutch War the city was besieged."),
    ("english-title-of-rank", "Maria Theresia war Erzherzogin von Österreich.", "Maria Theresa was Archduchess of Austria."),
    ("hyphenated-exonyms", "Das Elsaß-Lothringen der Kaiserzeit war Reichsland.",
     "The Alsace-Lorraine of the imperial era was an Imperial Territory."),
    ("exonym-inside-compound", "Die Bevölkerung Niederschlesiens wurde vertrieben.",
     "The population of Lower Silesia was expelled."),
    ("peoples-adjective-deutsch", "Die Stadt liegt unweit der deutschen Grenze.",
     "The city lies not far from the German border."),
    ("latin-ending", "Odysseus blendete den Zyklopen Polyphem.", "Odysseus blinded the Cyclops Polyphemus."),
    ("classical-transliteration", "Die Insel Aigina liegt im Saronischen Golf.",
     "The island of Aegina lies in the Saronic Gulf."),
    ("classical-name-latin-ending", "Justinian schickte seinen Feldherrn Belisar nach Afrika.",
     "Justinian sent his general Belisarius to Africa."),
    ("given-name-in-english-form", "Er war der Sohn König Heinrichs I. und seiner zweiten Ehefrau Mathilde.",
     "He was the son of King Henry I and his second wife Matilda."),
    ("epithet-compound-as-one-word", "König Richard Löwenherz kehrte zurück.", "King Richard the Lionheart returned."),
    # A rare noun with its article is no name rendered by a look-alike.
    ("noun-with-article-not-lookalike", "„Heute wissen wir, dass er die Sinfonik revolutioniert hat.“",
     "“Today we know that he revolutionised the symphony.”"),
    # An organisation's name translated, its German acronym kept after it.
    ("organisation-translated-acronym-kept", "Nach Angaben des Kraftfahrt-Bundesamts (KBA) stieg die Zahl.",
     "According to the Federal Motor Transport Authority (KBA), the number rose."),
    # A name in the genitive, its English adjective in the English: „Nubiens“ / "Nubian".
    ("genitive-name-and-english-adjective", "Die Könige Nubiens herrschten über Ägypten.",
     "The Nubian kings ruled over Egypt."),
    # A loanword in its German spelling, which the word list holds in its Latin one.
    ("german-respelling-of-a-word", "Für starke Knochen braucht der Körper Kalzium.",
     "For strong bones the body needs calcium."),
    # A name's adjective is rendered by the English adjective; a noun after a number is counted, no name.
    ("adjective-of-a-name", "Der Zweite Punische Krieg endete erst 201 v. Chr.", "The Second Punic War ended only in 201 BC."),
    ("counted-noun", "Die Linie verlief nur 100 Leguas westlich der Inseln.", "The line ran only 100 leagues west of the islands."),
    ("ruler-in-english-form", "Karl der Große teilte sich das Reich zunächst mit Karlmann I.",
     "Charlemagne at first shared the kingdom with Carloman I."),
    # A term the lexicon gives English both as it is and by other words: "Art Nouveau" for „Jugendstils“.
    ("term-english-borrowed-or-translated", "Géza Lendvay war ein Architekt, der als Vertreter des ungarischen "
     "Jugendstils gilt. Sein eigenes Atelier eröffnete er 1897.",
     "Géza Lendvay was an architect who is regarded as an exponent of Hungarian Art Nouveau. He opened his own "
     "practice in 1897."),
    # A word of a foreign institution's name English translates, inside the name ("National University").
    ("word-of-a-name-translated", "Die Leiterin der Studie forscht an der Universidad Nacional del Comahue.",
     "The study's leader works at the National University of Comahue."),
]


@pytest.mark.parametrize("de,en,name", [c[1:] for c in LEXICON_FAILS], ids=[c[0] for c in LEXICON_FAILS])
def test_name_mismatch_with_lexicon_flags(tiny_lexicon, de, en, name):
    fl = counted(flags(de, en))
    assert len(fl) == 1 and fl[0].category is Category.NAME
    assert en[fl[0].translation_span[0]:fl[0].translation_span[1]] == name


# A word of a full name changed beside a word kept letter for letter: no transliteration. In a text of
# today, a name of the Latin script on both sides changed by a letter or an ending is a warning
# (severity_altered_plain); a name romanised from another script, or one in a text of history, whose people
# English calls by English forms, is information only (on the validate half most such flags were no error).
ALTERED_IN_RUN = [
    ("run-word-lengthened", "Laut Blue Origin dauerte der Flug zehn Minuten.",
     "According to Blue Original, the flight took ten minutes.", "Original"),
    ("run-word-plural-s", "Kritiker werfen Blue Origin Leichtsinn vor.", "Critics accuse Blue Origins of recklessness.",
     "Origins"),
    ("run-first-name-anglicised", "Das Tor schoss Patrik Schick in der zweiten Halbzeit.",
     "The goal was scored by Patrick Schick in the second half.", "Patrick"),
    ("run-umlaut-added", "Das sagte Trainer Henk Groener nach dem Spiel.", "Coach Henk Gröner said so after the game.",
     "Gröner"),
    # The lost word's letters also open an earlier word: the source span is the one in the name.
    ("run-word-seen-earlier", "Patrikowski lobte Patrik Schick für das Tor.", "Patrikowski praised Patrick Schick for the goal.",
     "Patrick"),
]


@pytest.mark.parametrize("de,en,name", [c[1:] for c in ALTERED_IN_RUN], ids=[c[0] for c in ALTERED_IN_RUN])
def test_name_altered_beside_kept_word_is_a_warning(tiny_lexicon, de, en, name):
    fl = flags(de, en)
    assert [f.severity for f in fl] == [Severity.WARNING] and "the name is changed" in fl[0].message
    assert en[slice(*fl[0].translation_span)] == name
    lost = de[slice(*fl[0].source_span)]
    assert lost != name and lost in fl[0].message and de[fl[0].source_span[1]:][:1] in (" ", ",", ".")


# Changed beside a kept word, but romanised from another script or told in a text of history: information.
ALTERED_IN_RUN_INFO = [
    ("run-russian-romanised", "Im Finale unterlag Daniil Wolkow klar.", "Daniil Volkov lost clearly in the final.",
     "Volkov"),
    # An Arabic given name in the name makes the whole name romanised: "Dagalo" for „Daglo“.
    ("run-arabic-name", "RSF-Anführer Mohamed Hamdan Daglo kündigte an, Übergriffe würden untersucht.",
     "RSF leader Mohamed Hamdan Dagalo said abuses would be investigated.", "Dagalo"),
    ("run-georgian-s-as-z", "Ministerpräsident Giorgi Beridse wies die Kritik zurück.",
     "Prime Minister Giorgi Beridze rejected the criticism.", "Beridze"),
    ("run-persian-s-as-z", "Das sagte Hamid Resaei, Professor in Teheran.",
     "So said Hamid Rezaei, a professor in Tehran.", "Rezaei"),
    ("run-demonym-for-genitive", "Israels Ministerpräsident Benjamin Netanjahu zeigte sich skeptisch.",
     "Israeli Ministerpräsident Benjamin Netanyahu was skeptical.", "Israeli"),
    ("run-history-english-form", "Im Jahr 1745 kämpfte Preußen gegen Maria Theresia.",
     "In 1745 Prussia fought Maria Theresa.", "Theresa"),
]


@pytest.mark.parametrize("de,en,name", [c[1:] for c in ALTERED_IN_RUN_INFO], ids=[c[0] for c in ALTERED_IN_RUN_INFO])
def test_name_altered_romanised_or_in_history_is_information(tiny_lexicon, de, en, name):
    fl = [f for f in flags(de, en) if "the name is changed" in f.message]
    assert [f.severity for f in fl] == [Severity.INFO] and en[slice(*fl[0].translation_span)] == name


# The same name in English spelling: the path says nothing, not even information.
ALTERED_IN_RUN_PASSES = [
    ("run-accents-and-possessive", "Kimi Räikkönens Abschied verlief leise.", "Kimi Raikkonen's farewell was quiet."),
    ("run-umlaut-spelt-out", "Markus Söder sprach in der Halle.", "Markus Soeder spoke in the hall."),
    ("run-woman-of-a-city-as-possessive", "Die Wiesbadenerin Kim Kalicki wurde Dritte.",
     "Wiesbaden's Kim Kalicki came third."),
    ("run-people-of-a-city-as-possessive", "Der New Yorker Central Park ist groß.", "New York's Central Park is big."),
    ("run-feminine-ending-dropped", "Moderatorin Ina Müller stößt mit den Gästen an.",
     "Moderator Ina Müller toasts the guests."),
    ("run-city-adjective-as-the-city", "Unser Dresdner Christstollen wird seit 1921 gebacken.",
     "Our Dresden Christstollen has been baked since 1921."),
    ("run-number-abbreviated-in-english", "Der Täter drang in das Gymnasium Nr. 175 ein.",
     "The attacker entered Gymnasium No. 175."),
]


@pytest.mark.parametrize("de,en", [c[1:] for c in ALTERED_IN_RUN_PASSES], ids=[c[0] for c in ALTERED_IN_RUN_PASSES])
def test_name_in_english_spelling_beside_kept_word_passes(tiny_lexicon, de, en):
    assert [f.message for f in flags(de, en) if "the name is changed" in f.message] == []


@pytest.mark.parametrize("de,en", [c[1:] for c in LEXICON_PASSES], ids=[c[0] for c in LEXICON_PASSES])
def test_name_mismatch_with_lexicon_passes(tiny_lexicon, de, en):
    assert counted(flags(de, en)) == []


REGNAL = [
    # German, English keys of the rulers' names it licenses
    ("Kaiser Ludwig der Bayer kam.", {"louis"}),
    ("Friedrich II. kam.", {"frederik"}),
    ("Maria Theresia kam.", {"mari", "maria", "teresa"}),
    ("der Ehemann Maria Theresias, als", {"mari", "maria", "teresa"}),
    # The title inflected: „dem Kurfürsten Karl Theodor“ is "Elector Charles Theodore".
    ("Er diente dem Kurfürsten Karl Theodor.", {"harles", "harlemagne", "teodore"}),
    ("1763 ernannte ihn Kurfürst Carl Theodor zum Konzertmeister.", {"harles", "teodore"}),
    ("im Auftrag des Kaisers Ludwig kam er.", {"louis"}),
    # Anyone else keeps the name: „Ludwig Schmidt“ is no "Louis Schmidt".
    ("Ludwig Schmidt kam.", set()),
    ("Karl Heinrich Müller kam.", set()),
    ("Maria kam.", set()),
]


@pytest.mark.parametrize("de,keys", REGNAL, ids=[c[0] for c in REGNAL])
def test_rulers_names_take_their_english_form_only_as_rulers(de, keys):
    from pipeline.checks.names import regnal_keys

    assert regnal_keys(de) == keys


# (A feast, a church type and an age English capitalises are no names either.)
@pytest.mark.parametrize("word,common", [("Celsius", True), ("Fahrenheit", True), ("University", True),
                                         ("Basilica", True), ("Eid", True), ("Reformation", True),
                                         ("Cottbus", False), ("Lieberose", False)])
def test_common_word(word, common):
    from pipeline.checks.names import common_word

    assert common_word(word) is common


# In a text of history an English name tied to a lost German name by place alone is the thing's own English
# name as often as another name ("Steelyard" for „Stalhof“); a name the document's German has elsewhere is
# another person or place of the story put in this one's stead, and one in news stays an error.
# (id, German, English, the document's other paragraphs, severity)
HISTORY_BY_PLACE = [
    ("history-own-english-name", "Die Hanse unterhielt seit 1320 in London den Stalhof als Kontor.",
     "From 1320 the Hanseatic League kept the Steelyard in London as its trading post.", [], Severity.INFO),
    ("history-castle-by-its-italian-name", "Im Jahr 1598 ließ Papst Clemens die Engelsburg neu befestigen.",
     "In 1598 Pope Clement had Castel Sant'Angelo fortified anew.", [], Severity.INFO),
    ("history-name-of-the-document-put-in", "Im Jahr 1598 ließ Papst Clemens die Engelsburg neu befestigen.",
     "In 1598 Pope Clement had Villa Borghese fortified anew.", ["Die Villa Borghese entstand später."],
     Severity.WARNING),
    ("news-keeps-its-warning", "Die Hanse unterhielt seit 2020 in London den Stalhof als Kontor.",
     "Since 2020 the Hanseatic League has kept the Steelyard in London as its trading post.", [], Severity.WARNING),
]


@pytest.mark.parametrize("case_id,de,en,doc,severity", HISTORY_BY_PLACE, ids=[c[0] for c in HISTORY_BY_PLACE])
def test_an_english_name_tied_by_place_alone_in_a_history(case_id, de, en, doc, severity):
    [f] = flags(de, en, doc)
    assert f.severity is severity


@pytest.mark.parametrize("a,b,same", [
    ("Mekelle", "Mekele", True), ("Kaunas", "Kowno", True), ("Hudaydah", "Hudaida", True),
    ("Kaunas", "Kaunas", False),  # one spelling: nothing to excuse
    ("Berlin", "Paris", False), ("Frankfurt", "Friedrich", False),
])
def test_same_city_by_geonames(a, b, same):
    from pipeline.checks.exonyms import same_city

    assert same_city(a, b) is same


@pytest.mark.parametrize("english,german,slip", [
    ("chemniz", "chemnitz", True), ("brlion", "brilon", True), ("galln", "gallen", True),
    ("merhavia", "merchavia", False), ("bashir", "baschir", False), ("jains", "jainas", False),
    ("chemnitzs", "chemnitz", False), ("kiel", "kiel", False),
])
def test_a_slip_inside_a_name(english, german, slip):
    from pipeline.checks.names import _slip_inside

    assert _slip_inside(english, german) is slip
