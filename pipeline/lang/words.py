"""Word tables shared by the checks on names, untranslated text and repetitions (data only).

The few helpers at the bottom only read these tables: a tokenizer that keeps character
offsets, and a spelling key that makes transliterations of one name compare equal.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word: letters or digits, with inner hyphens and apostrophes ("Baden-Württemberg", "Sotheby's")
# and soft hyphens, which web text leaves inside words ("Har\u00adtinger").
TOKEN = re.compile(r"[^\W_]+(?:[-'’\u00ad][^\W_]+)*")

# German function words that are not also English words: one of them in English text is a strong
# sign of German left untranslated. Left out on purpose: die, will, man, am, war, was, so, also, an,
# in, bin, hat, um, fast, bald, rot, kind, arm, hell, see, elf, gift, mist, rock, art, the names
# "von"/"van"/"der"/"de" keep inside names ("Hans von Borsody", "Van der Bellen") are handled by
# counting them only outside names.
GERMAN_FUNCTION_WORDS = frozenset("""
der das den dem des ein eine einen einem einer eines und oder aber sondern denn weil dass daß ob
wenn als wie auch noch schon nur nicht kein keine keinen keinem keiner ist sind waren wird werden
wurde wurden haben hatte hatten habe sei seien wäre wären würde würden kann können konnte konnten
muss müssen musste mussten soll sollen sollte sollten wollen wollte wollten darf dürfen durfte
mit von zu zum zur bei nach aus für über unter vor durch gegen ohne auf im ins vom beim bis seit
während wegen trotz ich du er sie es wir ihr ihn ihm ihnen uns euch mich mir dich dir sich sein
seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer
dieser diese dieses diesen diesem jener jene jenes jede jeder jedes jeden jedem alle allem allen
aller nichts etwas sehr mehr viel viele vielen immer wieder dann doch ja nein hier dort jetzt
heute gestern morgen bereits etwa zwischen gibt gab geht ging kommt kam macht sagt sagte sagten
laut damit dabei dafür dagegen darauf daran darüber deshalb deswegen jedoch zudem sowie bisher
inzwischen derzeit außerdem trotzdem denen deren dessen welche welcher welches welchen einmal
""".split())

# German words a good English rendering often leaves out (modal particles, fillers, auxiliaries and
# pronominal adverbs English expresses by word order or not at all): never evidence of an omission.
GERMAN_PARTICLES = frozenset("""
mal eben halt eigentlich wohl denn etwa ganz gar schon ebenfalls jeweils bzw sowohl weder noch
hatte hätte hätten habe hast hat haben worden sein gewesen lassen ließ dazu darin davon daher dort
somit sogar zwar erst eher also einer eines einem einen eins beide beiden beider selbst solche
solchen solcher welche welchen welcher wobei woran womit wonach worauf worum wie wann wo woher
mein meine meinen meinem meiner meines dein deine deinen deinem deiner euer eure euren eurem eurer
unsere unseren unserem unserer ihr ihre ihren ihrem ihrer alles einige einigen wenig wenige nun
bitte einfach gerade werde werden wirst kannst könnte könnten möchte möchten hab habt bist sonst
bin seid warst wart wärst hattest hattet wurdest wurdet würdest würdet könnt konntest musst müsst
musstest sollst sollt solltest will willst wollt wolltest mag magst mögt mochte darfst dürft
""".split())
# (The forms of sein, haben, werden and the modals in every person: "I'm" renders „ich bin“ with no
# word the lexicon could find.)

# Separable verb particles: „er fügte hinzu“ is one verb, „hinzufügen“ (to add), whose particle
# stands at the end of the clause. The particle alone renders as nothing; the verb with it does.
GERMAN_SEPARABLE_PARTICLES = frozenset("""
ab an auf aus bei dar ein empor entgegen fest fort her heraus herein herauf herum hervor hin hinaus
hinein hinzu los mit nach nieder vor voran voraus vorbei vorweg weg weiter wieder zu zurecht zurück
zusammen bevor gegenüber
""".split())
# Endings of a finite verb form taken off to guess its infinitive: „fügte“ -> „füg“ + „en“.
GERMAN_FINITE_ENDINGS = ("test", "ten", "tet", "te", "st", "t", "en", "e", "")
# Nouns a year makes redundant: „im Jahr 2025“ is "in 2025".
GERMAN_YEAR_NOUNS = frozenset("jahr jahre jahres jahrs".split())

# German function words that are English words too, so kept out of GERMAN_FUNCTION_WORDS; where
# the language is known to be German (a rejoined quotation) they are function words all the same.
GERMAN_FUNCTION_WORDS_ALSO_ENGLISH = frozenset("die am an in so also man was war um bis".split())

# Pronouns of polite address, capitalised anywhere in a German sentence; any other function word
# capitalised in mid-sentence is a name ("am Ufer der Seine").
GERMAN_POLITE_PRONOUNS = frozenset("sie ihr ihre ihren ihrem ihrer ihres ihnen du dich dir dein deine".split())

# Endings German puts on a name: inhabitants and adjectives ("Bonner"), genitive ("Merkels").
GERMAN_NAME_ENDINGS = ("er", "ern", "ers", "erin", "s", "es", "sch", "sche", "schen", "scher")
# Feminine forms of nouns of persons, which word lists often lack: „Kapitänin“, „Ärztinnen“.
GERMAN_FEMININE_ENDINGS = ("innen", "in")
# The endings a word of a name takes by case and declension: „Evangelischen Pressedienst“, „Merkels“.
GERMAN_DECLENSION_ENDINGS = ("e", "n", "en", "em", "er", "es", "s")
# German adjectives made from names: "russischen", "bayerische".
GERMAN_ADJECTIVE_ENDINGS = ("isch", "ische", "ischen", "ischer", "isches", "ischem")
# Endings of an inflected adjective made with a suffix („-ig“, „-lich“, „-isch“, „-bar“, „-sam“): „freudige“.
GERMAN_SUFFIX_ADJECTIVE_ENDINGS = tuple(s + e for s in ("ig", "lich", "isch", "bar", "sam")
                                        for e in ("e", "en", "er", "es", "em"))
# The points of the compass, the compound ones first (a prefix test takes the first that fits).
GERMAN_COMPASS_POINTS = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west")
# Prefixes German joins to a place or people's adjective where English writes a word of its own:
# „weströmisch“ / Western Roman, „ostchinesisch“ / East China, „süddeutsch“ / southern German.
GERMAN_POSITION_PREFIXES = GERMAN_COMPASS_POINTS + ("mittel", "ober", "nieder", "unter", "alt", "neu", "groß", "klein",
                                                    "inner", "zentral")
# English words made from a country's name whose stem differs from the name, by the country's German name (CLDR's):
# "the French government" for „die Regierung Frankreichs“ names the country.
ENGLISH_IRREGULAR_DEMONYMS = {
    "Frankreich": ("french", "frenchman", "frenchmen", "frenchwoman", "frenchwomen"),
    "Niederlande": ("dutch", "holland"), "Schweiz": ("swiss",), "Dänemark": ("danish", "dane", "danes"),
    "Schweden": ("swedish", "swede", "swedes"), "Finnland": ("finnish", "finn", "finns"),
    "Polen": ("polish", "pole", "poles"), "Spanien": ("spanish", "spaniard", "spaniards"),
    "Türkei": ("turkey", "turkish", "turk", "turks"), "Irland": ("irish",),
    "Island": ("icelandic", "icelander", "icelanders"), "Griechenland": ("greek", "greeks"), "Thailand": ("thai", "thais"),
    "Libanon": ("lebanese",), "Tschechien": ("czech", "czechs"), "Philippinen": ("filipino", "filipinos", "filipina"),
    "Zypern": ("cypriot", "cypriots"), "Madagaskar": ("malagasy",), "Monaco": ("monegasque",), "Kirgisistan": ("kyrgyz",),
    "Kasachstan": ("kazakh", "kazakhs"), "Usbekistan": ("uzbek", "uzbeks"), "Tadschikistan": ("tajik", "tajiks"),
    "Turkmenistan": ("turkmen",),
}
# English words made from a place name: "Iranian", "Frenchwoman", "Germans", "Sudanese".
ENGLISH_DEMONYM_ENDINGS = ("s", "n", "ns", "an", "ans", "ian", "ians", "ish", "ese", "i", "is", "man", "men",
                           "woman", "women", "anisation", "anization", "isation", "ization")

# German words before a surname: the word after them is a name, whatever the lexicon says ("Herr Koch").
GERMAN_NAME_TITLES = frozenset("herr herrn frau fräulein dr prof familie".split())
# Words of kinship German puts before a given name as a title („Opa Hinnerk“, „Tante Erna“): English
# translates them ("Grandpa Hinnerk", "Aunt Erna"), as it does „Herr“.
GERMAN_KINSHIP_TITLES = frozenset("opa oma opi omi onkel tante papa mama vati mutti großvater großmutter uropa uroma "
                                  "cousin cousine schwester bruder pater frater".split())  # (and a monk's: "Father")
# Kinds of weather system German names before a storm's name („Zyklon Idai“, „Orkan Sabine“, „Tief Bernd“): English
# translates them as it does titles ("Cyclone Idai", "Storm Sabine").
GERMAN_STORM_TITLES = frozenset("zyklon hurrikan taifun orkan sturm tief hoch sturmtief orkantief wirbelsturm "
                                "tropensturm tropensturms zyklons hurrikans taifuns orkans sturms tiefs hochs".split())
# Words that open a town's name of two words („Bad Birnbach“, „Sankt Wolfgang“, „Markt Schwaben“).
GERMAN_PLACE_NAME_OPENERS = frozenset("bad sankt st markt stadt neu alt groß klein hohen".split())
# Nouns of a kind of place before its name („Hauptbahnhof Halle“, „Gemeinde Au“, „Landkreis Hof“): the word
# after them is the place's name, whatever else it means. Compounds ending in one count too („Kreisstadt“).
GERMAN_PLACE_KINDS = ("bahnhof", "stadt", "gemeinde", "kreis", "bezirk", "ortsteil", "stadtteil", "flughafen",
                      "hafen", "dorf", "region", "kanton", "markt")
# Titles of rank before a ruler's or saint's given name („Kaiser Ludwig“, „Zarin Elisabeth“, „Papst
# Leo“): words, not names, and the name after them takes its English form.
GERMAN_RANK_TITLES = frozenset("""
kaiser kaiserin könig königin zar zarin prinz prinzessin herzog herzogin erzherzog erzherzogin fürst fürstin
kurfürst kurfürstin markgraf markgräfin landgraf landgräfin pfalzgraf graf gräfin papst kardinal bischof
erzbischof heilige heiliger heiligen sankt st kronprinz kronprinzessin großherzog großherzogin khan sultan
""".split())
# Heads of German compounds that name a church, square or gate after a saint („Markusdom“, „Stephansdom“,
# „Petersplatz“): English puts the saint first, "St Mark's Basilica", "St Stephen's Cathedral", "St Peter's Square".
GERMAN_SAINT_PLACE_HEADS = ("dom", "kirche", "münster", "kathedrale", "basilika", "kapelle", "kloster", "stift",
                            "platz", "tor", "brücke", "turm", "friedhof")
# Offices by which German addresses a person after „Herr“ or „Frau“ („Frau Präsidentin“, „Herr Kommissar“, „Herr
# Oberbürgermeister“): the office, which English translates ("Madam President", "Commissioner", "Mr Mayor"), not a
# surname; matched as a compound's head, with the feminine and case endings (OFFICE_TITLE_ENDINGS). Offices that
# are common surnames too („Richter“, „Pfarrer“, „Kaiser“) are left out: „Herr Richter“ is Mr Richter.
GERMAN_OFFICE_TITLES = ("präsident", "minister", "kommissar", "bürgermeister", "sekretär", "kanzler", "vorsitzend",
                        "abgeordnet", "botschafter", "professor", "doktor", "kollege", "kolleg", "senator",
                        "gouverneur", "dekan", "rektor", "landrat", "stadtrat", "staatsanwalt", "direktor")
# Military ranks, as a compound's head („Oberstleutnant“, „Generalmajor“, „Fregattenkapitän“, „Oberfeldwebel“): a
# title before a name, which English translates ("Lieutenant Colonel Markus Brenner"), never a first name.
GERMAN_MILITARY_RANKS = ("leutnant", "oberst", "general", "admiral", "feldwebel", "major", "kapitän", "hauptmann",
                         "gefreiter", "gefreite", "unteroffizier", "offizier", "marschall", "wachtmeister")
OFFICE_TITLE_ENDINGS = ("", "in", "innen", "e", "er", "en", "n", "s", "es")
# Case endings of those titles: „des Kaisers Karl“, „dem Kurfürsten Karl Theodor“, „des Papstes Leo“.
RANK_TITLE_ENDINGS = ("en", "n", "es", "s")
# Given names of rulers, popes and saints with an English form of their own: „Kaiser Ludwig der
# Bayer“ is "Emperor Louis the Bavarian", „Friedrich II.“ "Frederick II". Only after a title of rank or
# before a regnal number or epithet: anyone else keeps the name (a "Louis Schmidt" for „Ludwig
# Schmidt“ is an error). „Karl der Große“ is "Charlemagne".
GERMAN_REGNAL_EXONYMS = {
    "ludwig": ("louis",), "friedrich": ("frederick",), "wilhelm": ("william",), "karl": ("charles", "charlemagne"),
    "carl": ("charles",), "karlmann": ("carloman",),
    "heinrich": ("henry",), "johann": ("john",), "johannes": ("john",), "georg": ("george",),
    "franz": ("francis",), "josef": ("joseph",), "joseph": ("joseph",), "leopold": ("leopold",),
    "katharina": ("catherine",), "elisabeth": ("elizabeth",), "maria": ("mary", "maria"),
    "theresia": ("theresa",), "margarete": ("margaret",), "luise": ("louise",), "sophie": ("sophia",),
    "anna": ("anne",), "albrecht": ("albert",), "eduard": ("edward",), "jakob": ("james",),
    "philipp": ("philip",), "konrad": ("conrad",), "rudolf": ("rudolph", "rudolf"), "gustav": ("gustavus",),
    "peter": ("peter",), "paul": ("paul",), "nikolaus": ("nicholas",), "alexander": ("alexander",),
    "iwan": ("ivan",), "gregor": ("gregory",), "benedikt": ("benedict",), "pius": ("pius",),
    "klemens": ("clement",), "urban": ("urban",), "innozenz": ("innocent",), "bonifatius": ("boniface",),
    "franziskus": ("francis",), "stephan": ("stephen",), "ferdinand": ("ferdinand",), "otto": ("otto",),
    "wenzel": ("wenceslaus", "wenceslas"), "kasimir": ("casimir",), "ladislaus": ("ladislaus", "ladislas"),
    "wladimir": ("vladimir",), "sigismund": ("sigismund",), "matthias": ("matthias", "matthew"),
    "mathilde": ("matilda",), "eleonore": ("eleanor",), "harald": ("harold",), "editha": ("edith", "eadgyth"),
    "johanna": ("joanna", "joan", "jane"), "adelheid": ("adelaide",), "theodor": ("theodore",), "konstantin": ("constantine",),
    "andreas": ("andrew",), "gisela": ("gisela",), "agnes": ("agnes",), "beatrix": ("beatrice",),
    "moritz": ("maurice",), "eugen": ("eugene",), "ernst": ("ernest",), "august": ("augustus",), "gottfried": ("godfrey",),
    "balduin": ("baldwin",), "lothar": ("lothair",), "dietrich": ("theodoric",), "ulrich": ("ulric", "ulrich"),
    "christine": ("christina",), "hedwig": ("hedwig", "jadwiga"),
    "christoph": ("christopher",), "christophorus": ("christopher",), "theoderich": ("theodoric",),
    # Saints, whose names German churches, squares and gates are named after („Markusdom“, "St Mark's Basilica").
    "markus": ("mark",), "lukas": ("luke",), "matthäus": ("matthew",), "petrus": ("peter",), "veit": ("vitus",),
    "michael": ("michael",), "lorenz": ("lawrence",), "jakobus": ("james",), "martin": ("martin",),
    # Rulers and figures of other languages whose given names English histories anglicise as German
    # histories do not: „Juan de Austria“ / "John of Austria", „Felipe II.“ / "Philip II".
    "juan": ("john",), "giovanni": ("john",), "felipe": ("philip",), "carlos": ("charles",),
    "fernando": ("ferdinand",), "enrique": ("henry",), "pedro": ("peter",), "luis": ("louis",),
    "guillaume": ("william",), "dschingis": ("genghis", "chinggis"),
    "isabel": ("isabella", "elizabeth"), "francisco": ("francis",), "jaime": ("james",), "alfonso": ("alphonso",),
    # Persian and Greek rulers: German keeps the Greek form, English the Latin one.
    "dareios": ("darius",), "kyros": ("cyrus",), "ptolemaios": ("ptolemy",), "kambyses": ("cambyses",),
}

# Particles that stay inside foreign names and must not count as German text.
NAME_PARTICLES = frozenset("von van der den de da di del la le du dos das ten ter zu bin ibn al el".split())
# Words that join the parts of a German place name („Neustadt bei Coburg“, „Frankfurt am Main“,
# „Halle an der Saale“, „Freiburg im Breisgau“, „Rothenburg ob der Tauber“) or of a house's name
# („Hof zum Gutenberg“, „Gasthof zur Post“): copied with the name.
GERMAN_PLACE_NAME_LINKS = frozenset("bei am an im in ob auf unter vor der den zum zur".split())

# English function words: the glue of English text. Also decides whether a word after a rejoined
# quotation is written in lower case.
ENGLISH_FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet for of to in on at by with from into onto upon about above below
over under after before since until during through between among against without within along
across behind beyond near off out up down as than that this these those there here then when
where which who whom whose what why how if whether because while although though unless i you he
she it we they me him her us them my your his its our their mine yours ours theirs is are was
were be been being am has have had having do does did doing will would shall should can could may
might must not no yes all any some each every both either neither few many much more most other
another such only own same too very just also even still again ever never always already now
today yesterday tomorrow one two three four five six seven eight nine ten first second last next
""".split())

# Latin combining forms of peoples in English compounds: "Franco-Dutch War", "Austro-Hungarian".
ENGLISH_GEO_COMBINING = frozenset("franco anglo austro germano italo russo sino indo afro euro greco hispano "
                                  "judeo polono turco dano norse scoto".split())
# Titles English sets before a person's name ("Grand Commander Kuno von Lichtenstein", "Mayor Henrik Vogt"): a German
# name's first word rendered by one was a title, translated.
ENGLISH_PERSON_TITLES = frozenset("""
mr mrs ms dr prof sir lord lady king queen prince princess pope saint st president chancellor emperor empress tsar
tsarina archduke archduchess duke duchess grand elector margrave landgrave count countess baron baroness minister
secretary general governor mayor senator judge chief director chairman chairwoman commissioner ambassador officer
captain professor doctor bishop archbishop cardinal reverend pastor father brother sister commander marshal master
lieutenant colonel major sergeant admiral abbot abbess prior provost chaplain canon dean
""".split())

# English words that are written with a capital in names, titles, headlines and institutions, so a
# capitalised English word among them is no proper name of its own; and the initialisms of members of a
# parliament ("SPD MEPs" for „SPD-Abgeordnete im Europaparlament“, "MPs", "MdB").
ENGLISH_TITLE_WORDS = frozenset("""
mr mrs ms dr prof sir lord lady king queen prince princess pope saint st president vice chancellor
emperor empress tsar tsarina czar czarina archduke archduchess duke duchess grand elector electress margrave
margravine landgrave landgravine count countess baron baroness antipope kaiser sultan khan caliph pharaoh op
minister prime secretary general governor mayor senator senators congressman congresswoman judge
chief director chairman chairwoman chair head leader spokesman spokeswoman speaker commissioner
ambassador officer captain coach manager ceo cfo cto founder professor doctor bishop archbishop
cardinal reverend pastor father mother brother sister uncle aunt foreign interior defense defence
finance justice health economy economic economics education transport transportation environment
labor labour trade industry agriculture energy culture science research technology affairs
federal state states national international regional local municipal central public private
republic republican republicans democrat democrats democratic democracy kingdom union united
nations nation empire federation confederation commonwealth parliament parliamentary congress
senate assembly council committee commission court supreme constitutional high district county
city town village municipality province region department ministry office agency authority
bureau administration government cabinet party parties coalition opposition alliance league
association society institute institution foundation organization organisation corporation
company group bank fund trust board club team cup championship championships tournament games
olympic olympics world european america american africa african asia asian europe arctic
antarctic atlantic pacific indian ocean sea gulf bay lake river mountain mountains valley island
islands coast north south east west northern southern eastern western upper lower new old great
little greater grand middle central north-east north-west south-east south-west northeast
northwest southeast southwest university college school academy hospital clinic center centre
museum library theatre theater opera orchestra church cathedral chapel temple mosque synagogue
monastery abbey castle palace tower bridge station airport port harbour harbor street road avenue
square park garden hall house home building stadium arena market festival prize award awards
medal day days week year years month night morning evening summer winter spring autumn fall
management single singles science sciences ex former junior juniors senior seniors
mp mep mla msp mdb
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december christmas easter advent new-year
holy christian christians catholic catholics protestant protestants evangelical lutheran anglican
orthodox muslim muslims islamic islamist islamists jewish jews hindu buddhist
army navy air force forces police guard guards military security intelligence service services
fire emergency rescue red cross crescent green greens left right social socialist socialists
liberal liberals conservative conservatives labour tory tories christian-democratic free
human rights peace war civil act law bill treaty agreement accord plan program programme project
report study survey index tax budget reform initiative campaign movement revolution
football soccer basketball handball hockey tennis golf volleyball cycling formula racing
champions premier division bundesliga
gmbh ag inc ltd llc co corp plc
tv radio news press media times post herald journal magazine online daily weekly
the of and for in on at to a an with from by de la le
i ii iii iv v vi vii viii ix x xi xii
god lord jesus christ bible quran koran mass eucharist lent pentecost nazi nazis eid
romanesque gothic renaissance baroque rococo neoclassical classicist reformation counter-reformation
basilica minster
internet web twitter facebook instagram youtube google wi-fi wifi
oh ok okay yes no thank thanks please hello welcome
""".split())

# Words doubled on purpose in good English: "what he had had", "that that", "what it is is".
ALLOWED_DOUBLES = frozenset({
    ("had",), ("that",), ("is",), ("do",), ("very",), ("bye",), ("ha",), ("no",), ("yes",),
    ("blah",), ("bla",), ("knock",), ("yeah",), ("well",), ("hush",), ("now",), ("go",), ("come",),
    ("so",), ("more",), ("far",), ("again",), ("tom",), ("chop",), ("ja",), ("nein",), ("na",),
})

# Peoples' adjectives that do not end in „-isch“ (the rest do: „französisch“, „russischen“), which the
# name index reads as stems of names like the others: „die deutsche Grenze“ is "the German border".
GERMAN_PEOPLE_ADJECTIVES = ("deutsch",)

# English demonyms a translator adds to a currency to say whose it is: „420 Millionen Franken“ as
# "420 million Swiss francs". The German currency word licenses the demonym.
ENGLISH_CURRENCY_DEMONYMS = {"swiss": ("franken",), "us": ("dollar",), "american": ("dollar",),
                             "canadian": ("dollar",), "australian": ("dollar",), "british": ("pfund",),
                             "japanese": ("yen",), "chinese": ("yuan", "renminbi"), "russian": ("rubel",)}

# English nouns that follow a name to say what it names: "the Ammerland district", "the Schwenningen
# clockmaker" does not count, but "the Wupper valley", "the Kellershausen museum" do. A German word
# copied before one of them is kept as a name, not left untranslated.
ENGLISH_NAME_CLASSIFIERS = frozenset("""
district region county area valley mountains range forest lake river municipality town village city state
province canton island islands peninsula airport station street square bridge castle palace church abbey
monastery cathedral stadium arena park company group club team party newspaper magazine brand label museum
gallery festival prize award dam canal pass glacier plain basin coast bay inlet fjord lagoon estuary strait gulf
sea heath moor marsh hills plateau gorge falls badge hall theatre theater cemetery churchyard chapel tower gate market
garden gardens harbour harbor port beach zoo cave mount mountain peak volcano desert reserve
""".split())

# The generic word opening a foreign place's name, by the English word that opens the English name of the same place in
# its stead: "Mount Pelée" for „Montagne Pelée“, "Lake Maggiore" for „Lago Maggiore“, "Cape Verde" for „Cabo Verde“.
# Only those English puts where the foreign word stood (not "Aosta Valley" for „Val d'Aosta“), and none English keeps
# as a rule ("Rio Grande", "Sierra Nevada", "Loch Ness", "Isla Mujeres": Rio and Isla are given names too). German's
# own („Berg“, „See“, „Kap“) are the lexicon's to render.
FOREIGN_GEOGRAPHIC_WORDS = {
    "mount": frozenset("mont monte montagne montaña monti munte gora hora jabal jebel djebel".split()),
    "mountains": frozenset("monts montes montagnes montañas".split()),
    "lake": frozenset("lago lac".split()),
    "cape": frozenset("cabo cap capo".split()),
    "bay": frozenset("baie bahía bahia baía baia".split()),
}


def foreign_generic(word: str, english: str) -> bool:
    """``english`` is the English generic word of the foreign place word ``word`` (FOREIGN_GEOGRAPHIC_WORDS)."""
    return word.lower() in FOREIGN_GEOGRAPHIC_WORDS.get(english.lower(), ())

# German place names English never writes (the English name is another word), so the German word
# in an English text is left untranslated: "Kiew" for Kyiv. Not those English writes too ("Hannover",
# "Odessa", "Tirol", "Peking"), an English word ("Rom"), a club's or firm's name ("Köln", "Wien").
GERMAN_ONLY_PLACE_NAMES = frozenset(
    "kiew kyjiw charkiw moskau warschau prag mailand neapel venedig florenz lissabon genf athen kairo "
    "kapstadt".split())

# German place names (and a few peoples and region adjectives: „Samen“, „Kurische“) whose English name does not look
# alike (looking alike is left to ``spelling_key``). Country names come from CLDR via babel in ``exonyms``.
GERMAN_EXONYMS = {
    "münchen": "munich", "köln": "cologne", "nürnberg": "nuremberg", "bayern": "bavaria",
    "wien": "vienna", "genf": "geneva", "mailand": "milan", "rom": "rome", "peking": "beijing",
    "ulan bator": "ulaanbaatar", "ulan-bator": "ulaanbaatar",
    "moskau": "moscow", "warschau": "warsaw", "prag": "prague", "athen": "athens",
    "brüssel": "brussels", "lissabon": "lisbon", "venedig": "venice", "florenz": "florence",
    "neapel": "naples", "turin": "turin", "den haag": "the hague", "haag": "hague",
    "niedersachsen": "lower saxony", "sachsen": "saxony saxe", "hessen": "hesse", "thüringen": "thuringia",
    "schwaben": "swabia", "rhein": "rhine", "donau": "danube",
    "bodensee": "lake constance", "ostsee": "baltic sea", "nordsee": "north sea",
    "mittelmeer": "mediterranean", "alpen": "alps alpine", "pfalz": "palatinate", "westfalen": "westphalia",
    "nordrhein-westfalen": "north rhine-westphalia", "mecklenburg-vorpommern": "mecklenburg-western pomerania",
    "pommern": "pomerania", "kurland": "courland", "kurische": "curonian", "samen": "sami saami",
    "schlesien": "silesia", "preußen": "prussia", "böhmen": "bohemia",
    "mähren": "moravia", "kärnten": "carinthia", "tirol": "tyrol", "steiermark": "styria",
    "oberbayern": "upper bavaria", "niederbayern": "lower bavaria", "oberpfalz": "upper palatinate",
    "schwarzwald": "black forest", "ruhrgebiet": "ruhr", "braunschweig": "brunswick",
    "hannover": "hanover", "kairo": "cairo", "jerusalem": "jerusalem", "kiew": "kyiv", "kyjiw": "kyiv",
    "charkiw": "kharkiv", "odessa": "odesa", "krim": "crimea", "donbass": "donbas",
    "sankt petersburg": "st. petersburg", "petersburg": "petersburg", "teheran": "tehran",
    "neu-delhi": "new delhi", "kapstadt": "cape town", "mexiko-stadt": "mexico city",
    "washington": "washington", "texas": "texas", "kalifornien": "california",
    "ärmelkanal": "english channel", "nahost": "middle east", "nahen osten": "middle east",
    "persischen golf": "persian gulf", "golf": "gulf", "antarktis": "antarctica", "arktis": "arctic",
    "balkan": "balkans", "kaukasus": "caucasus", "sibirien": "siberia", "bretagne": "brittany",
    "korsika": "corsica", "sizilien": "sicily", "sardinien": "sardinia", "katalonien": "catalonia",
    "baskenland": "basque country", "schottland": "scotland", "wales": "wales", "irland": "ireland",
    "nordirland": "northern ireland", "england": "england", "kaschmir": "kashmir",
    "koran": "quran", "papst": "pope", "europa": "europe", "afrika": "africa", "asien": "asia",
    "rheinland": "rhineland", "rheinland-pfalz": "rhineland-palatinate", "saarland": "saarland",
    "amerika": "america", "bayerisch": "bavarian", "schwäbisch": "swabian", "fränkisch": "franconian",
    "sächsisch": "saxon", "hessisch": "hessian", "westfälisch": "westphalian", "rheinisch": "rhenish", "australien": "australia", "ozeanien": "oceania",
    "oberösterreich": "upper austria", "niederösterreich": "lower austria",
    # The German states by their German initials, which English renders by their names or its own initials:
    # „DDR-Läufer“ as "East German runner", „die BRD“ as "West Germany", „die UdSSR“ as "the USSR".
    "ddr": "east germany german gdr", "brd": "west germany german frg", "udssr": "soviet union ussr",
    # German words for events that English renders by the place: „die Wende“, „der Mauerfall“ as "the
    # fall of the Berlin Wall".
    "wende": "berlin", "mauerfall": "berlin",
    # The pandemic, which German calls by its virus („wegen Corona“) and English by its disease ("because of Covid").
    "corona": "covid covid-19 coronavirus",
    # Rivers, regions and towns of the neighbouring countries that German calls by names of its own.
    "maas": "meuse", "moldau": "vltava", "weichsel": "vistula", "etsch": "adige", "themse": "thames",
    "wallonie": "wallonia", "toskana": "tuscany", "lombardei": "lombardy", "andalusien": "andalusia",
    "kreta": "crete", "nimwegen": "nijmegen", "mecheln": "mechelen", "dünkirchen": "dunkirk", "trient": "trento trent",
    "triest": "trieste", "pilsen": "plzen", "brünn": "brno", "olmütz": "olomouc", "ödenburg": "sopron",
    "fünfkirchen": "pecs", "aachen": "aix-la-chapelle aachen", "regensburg": "ratisbon regensburg",
    "kleinasien": "asia minor", "byzanz": "byzantium", "konstantinopel": "constantinople",
    "frauenburg": "frombork", "ermland": "warmia", "eger": "cheb", "mottlau": "motława motlawa", "thorn": "torun",
    "elbing": "elblag", "marienburg": "malbork", "gdingen": "gdynia", "livland": "livonia", "kurland": "courland",
    "ingermanland": "ingria", "estland": "estonia", "karlsbad": "karlovy vary", "marienbad": "marianske lazne",
    "krumau": "krumlov", "böhmisch": "cesky", "iglau": "jihlava", "znaim": "znojmo", "aussig": "usti",
    "leitmeritz": "litomerice", "troppau": "opava", "ostrau": "ostrava", "komotau": "chomutov", "teplitz": "teplice",
    "gablonz": "jablonec", "oppeln": "opole", "gleiwitz": "gliwice", "liegnitz": "legnica", "allenstein": "olsztyn",
    "bromberg": "bydgoszcz", "graudenz": "grudziadz", "kolberg": "kolobrzeg", "hirschberg": "jelenia",
    "podlachien": "podlasie podlachia", "masowien": "masovia mazovia", "kujawien": "kuyavia", "kaschubei": "kashubia",
    # Currencies English names otherwise („1,1 Mio. D-Mark“, "1.1 million Deutschmarks").
    "d-mark": "deutschmark deutschmarks deutsche mark marks",
    # Swiss federal bodies with English names of their own.
    "meteoschweiz": "meteoswiss", "postauto": "postbus", "postautolinie": "postbus",
    "reichenberg": "liberec", "budweis": "ceske budejovice", "preßburg": "bratislava", "franken": "franconia francia",
    # Swiss cantons' adjectives whose English is the canton's (French, Italian or Romansh) name.
    "bündner": "graubünden grisons", "tessiner": "ticino", "waadtländer": "vaud", "walliser": "valais",
    "neuenburger": "neuchâtel", "jurassier": "jura", "freiburger": "fribourg freiburg",
    # Cities German calls by a German name of its own (an English text uses the local one).
    "tiflis": "tbilisi", "kischinau": "chisinau", "lemberg": "lviv", "danzig": "gdansk", "breslau": "wroclaw",
    "pressburg": "bratislava", "stettin": "szczecin", "königsberg": "kaliningrad", "posen": "poznan",
    "krakau": "krakow", "kattowitz": "katowice", "bozen": "bolzano", "meran": "merano", "laibach": "ljubljana",
    # South Tyrol's valleys and resorts, which English sport reports call by their Italian names.
    "gröden": "gardena", "grödnertal": "gardena", "hochabtei": "badia", "brixen": "bressanone brixen", "sterzing": "vipiteno",
    "bruneck": "brunico", "kronplatz": "corones kronplatz",
    "agram": "zagreb", "reval": "tallinn", "wilna": "vilnius", "memel": "klaipeda neman", "kaschau": "kosice",
    "temeswar": "timisoara", "hermannstadt": "sibiu", "klausenburg": "cluj", "kronstadt": "brasov",
    # ... and of the Baltic lands, which English texts of history call by today's names.
    "kowno": "kaunas", "dorpat": "tartu", "mitau": "jelgava", "libau": "liepaja", "dünaburg": "daugavpils",
    "pernau": "parnu", "windau": "ventspils", "tilsit": "sovetsk tilsit", "insterburg": "chernyakhovsk insterburg",
    "belgrad": "belgrade", "bukarest": "bucharest", "kopenhagen": "copenhagen", "göteborg": "gothenburg",
    "antwerpen": "antwerp", "lüttich": "liège liege", "löwen": "leuven louvain", "brügge": "bruges", "gent": "ghent",
    "straßburg": "strasbourg", "mülhausen": "mulhouse", "nizza": "nice", "genua": "genoa", "mantua": "mantua",
    "padua": "padua", "damaskus": "damascus", "bagdad": "baghdad", "mekka": "mecca", "tokio": "tokyo",
    "syrakus": "syracuse", "lothringen": "lorraine", "elsass": "alsace",
    "burgund": "burgundy", "flandern": "flanders", "wallonien": "wallonia", "südtirol": "south tyrol",
    "siebenbürgen": "transylvania", "galizien": "galicia", "ostpreußen": "east prussia",
    "weißrussland": "belarus", "kurdistan": "kurdistan", "tschetschenien": "chechnya",
    "dagestan": "dagestan", "feuerland": "tierra del fuego",
    # Rivers, seas, mountains, islands and cities of the wider world that German calls by names of its own.
    "tajo": "tagus", "tejo": "tagus", "jangtsekiang": "yangtze", "euphrat": "euphrates", "nil": "nile",
    "amazonas": "amazon", "anden": "andes", "karpaten": "carpathians carpathian", "pyrenäen": "pyrenees",
    "apenninen": "apennines", "vogesen": "vosges", "ardennen": "ardennes", "dolomiten": "dolomites",
    "grönland": "greenland", "färöer": "faroe faroes", "kanaren": "canary canaries", "balearen": "balearic",
    "azoren": "azores", "antillen": "antilles", "hebriden": "hebrides", "ägäis": "aegean", "adria": "adriatic",
    "bosporus": "bosphorus bosporus", "dardanellen": "dardanelles", "lappland": "lapland", "mandschurei": "manchuria",
    "nanking": "nanjing nanking", "kanton": "guangzhou canton", "kalkutta": "kolkata calcutta", "algier": "algiers",
    "tripolis": "tripoli", "karthago": "carthage", "troja": "troy", "mykene": "mycenae", "korinth": "corinth",
    "theben": "thebes", "ninive": "nineveh", "antiochia": "antioch", "rhodos": "rhodes", "korfu": "corfu",
    "sevilla": "seville", "saragossa": "zaragoza saragossa", "kreml": "kremlin", "baikalsee": "baikal",
    "aralsee": "aral", "nordkap": "north cape", "mesopotamien": "mesopotamia", "phönizien": "phoenicia",
    "kappadokien": "cappadocia", "anatolien": "anatolia", "judäa": "judea judaea", "galiläa": "galilee",
    "arabien": "arabia", "indochina": "indochina", "patagonien": "patagonia", "sansibar": "zanzibar",
    "addis abeba": "addis ababa", "abeba": "ababa", "großkolumbien": "gran colombia", "assuan": "aswan",
    "nubien": "nubia", "adrianopel": "adrianople edirne",
    # Regions and islands of Greece and Italy, peoples and places of their history.
    "euböa": "euboea evia", "kykladen": "cyclades", "peloponnes": "peloponnese", "thessalien": "thessaly",
    "thrakien": "thrace", "apulien": "apulia puglia", "piemont": "piedmont", "venetien": "veneto", "friaul": "friuli",
    "latium": "lazio latium", "abruzzen": "abruzzo abruzzi", "langobarden": "lombards lombard",
    "franzensfeste": "fortezza", "elburs": "alborz elburz", "schoa": "shewa shoa", "schonen": "scania skane",
    "seeland": "zealand",
}

# German spellings of foreign names and their English transliterations differ by these pieces.
# Applied to both sides, so "Selenskyj" and "Zelensky", "Peskow" and "Peskov", "Tschaikowski"
# and "Tchaikovsky", "Schröder" and "Schroeder" get one key. Arabic names: English q for German k
# („Nakura“ / "Naqoura", whose ou is French romanisation: name_spelling.FRENCH_ROMANISATION).
TRANSLITERATION = (
    ("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("ae", "a"), ("oe", "o"), ("ue", "u"),
    ("dsch", "j"), ("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("zh", "sh"), ("kh", "h"),
    ("ch", "h"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "kv"), ("q", "k"), ("x", "ks"),
    ("ow", "ov"), ("ew", "ev"), ("w", "v"), ("j", "i"), ("y", "i"), ("z", "s"), ("c", "k"),
    ("ts", "s"),
)

# Letters Unicode does not decompose into a base letter and a mark, as the English of a name writes them:
# Turkish dotless ı („Yıldırım“ / "Yildirim"), Polish ł („Łódź“ / "Lodz"), Nordic ø and æ, Croatian đ, Icelandic þ, ð.
_BARE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "þ": "th", "ð": "d"})


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """A name's key under German/English transliteration: equal keys, same name."""
    w = word.lower().strip("'’")
    if not w.isascii():
        w = w.translate(_BARE_LETTERS)
    for suffix in ("'s", "’s"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
    w = "".join(c for c in unicodedata.normalize("NFKD", w.replace("ß", "ss"))
                if not unicodedata.combining(c)) if not w.isascii() else w
    for a, b in TRANSLITERATION:
        if a in w:
            w = w.replace(a, b)
    out = []
    for c in w:  # doubled letters are spelling, not sound: "Selenskyy", "Schiff"
        if c.isalnum() and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


# Strings copied as they are, never translated: a web address, an e-mail address, a user's handle or
# a hashtag („@lena_unterwegs“, "#Klimastreik"). Their words are no words of the text.
# (A handle may hold dots: "@lena.wandert"; a forum's names their board's letter: "u/mainhattan_mieter", "r/de".)
LITERAL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@#])[@#]\w+(?:\.\w+)*"
                     r"|(?<![\w/])[ur]/\w+")
_LITERAL_MARKS = ("@", "#", "www.", "://", "u/", "r/")


# What may stand before the first word of a sentence or a line (Markdown and list marks included):
# a word after them is capitalised for its place, so it is no evidence of a name.
SENTENCE_OPENERS = ".!?:„“\"»«>*#•–—-("


def sentence_start(text: str, pos: int, openers: str = "") -> bool:
    """Whether the word at ``pos`` opens a sentence or a line (after ``openers``, SENTENCE_OPENERS by default)."""
    # Back over the spaces before it, not a copy of all the text before it: callers ask of word after word.
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in (openers or SENTENCE_OPENERS)


@lru_cache(maxsize=256)
def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Words of ``text`` with their character offsets (cached: several checks read one unit). A web
    address, handle or hashtag (``LITERAL``) is one token as written, not the words it is made of."""
    found = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text)]
    if any(x in text for x in _LITERAL_MARKS):
        spans = [(m.start(), m.end(), m.group(0)) for m in LITERAL.finditer(text)]
        if spans:
            found = sorted([t for t in found if not any(a <= t[0] < b for a, b, _ in spans)] + spans)
    return tuple(found)


# English words far more frequent in English than in German: a capitalised one in mid-sentence is
# an ordinary word ("University", "Securities"), not a name, for names are about as frequent in
# both languages. German common nouns, the other way round: frequent in German, rare in English
# (names are written the same in both, so an English text mentions them as often), and inflected
# like a noun. Both built from wordfreq by ``build_word_list`` below.
WORD_FILES = {"en": "english_words.txt", "de": "german_nouns.txt", "de_only": "german_only_nouns.txt",
              "de_everyday": "german_everyday_nouns.txt", "de_frequent": "german_frequent_nouns.txt",
              "en_written": "english_written.txt"}
# language, other language, and (lowest Zipf frequency, lowest lead over the other language) pairs:
# a frequent English word needs a smaller lead, for German borrows many ("Song", "Champion").
# German: a third number, how frequent an inflected form must be. A noun English uses too
# ("Motor", "Teller", "Tag") needs a frequent plural, for first names have rare ones ("Franke").
# "de_only": a fourth number, the highest Zipf frequency in English. Those nouns English texts
# never use, so one of them in an English text is German left untranslated ("die Polizei" is
# used in English now and then, "Bundesregierung" never; "Bundesrat", "Landtag" are kept as names).
# A very frequent German noun ("Unternehmen", "Krankenhaus") turns up in English web text as part of
# names and quotations, yet a thousand times less often than in German: the second rule (tenth round;
# tune articles: 5 of 22 injected nouns left found, no clean flag added).
# "de_frequent": the nouns German uses most (Zipf 5 and more) that English uses a hundred times less, though English has
# a word so spelt ("kinder", the adjective) or keeps it in names ("Verein" in a club's name): a capitalised one
# standing alone in mid-sentence is German left ("nine Kinder", "the Verein has 640 members"; twenty-seventh round).
# "de_everyday": that second rule alone. An everyday noun is no name even when one of its English
# renderings looks like it („Polizei“ :: police, „Regierung“ :: regimen), unlike a name with an English
# form ("Thüringen" :: Thuringia) or a compound English reads ("Festhalle" :: festival hall).
# "en_written": every word English texts write at least now and then (Zipf 2.5, about once in 300,000 words), names
# included, whatever German does: a name's spelling English writes against one it hardly ever does (a slip, "Thoms"
# for "Thomas", "Agsburg" for "Augsburg"; forty-third round).
WORD_LIST_SETTINGS = {"en": ("en", "de", ((2.0, 0.8), (4.0, 0.5))),
                      "de": ("de", "en", ((2.0, 1.5, 1.5), (3.0, -99.0, 2.5))),
                      "de_only": ("de", "en", ((2.5, 1.5, 1.5, 1.25), (4.5, 3.0, 1.5, 2.5))),
                      "de_everyday": ("de", "en", ((4.5, 3.0, 1.5, 2.5),)),
                      "de_frequent": ("de", "en", ((5.0, 2.0, 1.5, 3.5),)),
                      "en_written": ("en", "de", ((2.5, None),))}
# What makes a German word a noun rather than a name: a noun ending, or an inflected form of it
# (plural or dative) frequent enough, or a stem it is the inflected form of. Names take the genitive -s only ("Merkels"), so -s
# proves nothing.
GERMAN_NOUN_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
                        "tionen", "tät", "täten", "nis", "nisse", "ismus", "ment", "mente", "ei", "eien",
                        "ling", "linge", "chen", "tum", "tümer")
GERMAN_NOUN_INFLECTIONS = ("n", "en", "e", "nen", "se")
# Endings of German place names and surnames. A word ending so that is not itself in the noun
# list is a name, though it splits into nouns ("Ziegen-hain", "Winter-hoff", "Rot-mann").
GERMAN_NAME_HEADS = ("hain", "dorf", "burg", "berg", "feld", "felde", "hausen", "heim", "bach", "kamp",
                     "horst", "stedt", "städt", "ingen", "rode", "roda", "hagen", "brück", "brücken",
                     "furt", "thal", "kirchen", "hofen", "weiler", "leben", "witz", "itz", "hoff", "hof",
                     "mann", "meier", "mayer", "maier", "müller", "schmidt", "huber", "bauer", "beck",
                     "wald", "walde", "see", "münde", "werder", "ried", "reuth", "zell", "stein", "felden", "stadt",
                     "kirch")
# Endings of the names of German regions („Siegerland“, „Emsland“, „Breisgau“, „Chiemgau“): a word ending so that
# the lexicon does not list is a region's name, kept in English ("in the Sauerland and Siegerland").
GERMAN_REGION_HEADS = ("land", "gau")

# Nouns of a kind of place, which a translator may render by the place's own name („die Hauptstadt“ / "Berlin", „die
# Regierung des Landes“ / "Peru's government"): the heads of such words (a compound's last part; umlauts folded, an
# ending taken off), no word of a name put in the place's stead.
GERMAN_PLACE_NOUN_HEADS = ("stadt", "land", "insel", "metropole", "republik", "staat", "ort", "dorf", "gemeinde",
                           "region", "provinz", "kanton", "kontinent", "bezirk", "kreis", "nation", "hafen")

# Terms of castle building English writing keeps in German, lower case ("parts of the palas and a keep survive";
# English has no word of its own for them).
GERMAN_TERMS_IN_ENGLISH = frozenset({"palas", "bergfried", "zwinger", "halsgraben", "schildmauer"})

# Currencies English writes by their own names in lower case, as German does capitalised („der Rial“, "the rial"):
# no German left. Austria-Hungary's and the German states' old coins keep their German names in English histories
# ("80,000 kronen", "a few kreuzer"; not „Heller“, which is German's "brighter" too).
CURRENCY_NAMES = frozenset("""
rial riyal dinar dirham lira lire peso pesos real reais rand rupee rupees rupiah yuan renminbi won zloty forint
koruna kuna leu lei lev hryvnia tenge som lari dram manat shekel baht ringgit dong kyat taka afghani naira cedi
shilling kwacha birr franc krona krone kronor kroner escudo drachma mark pfennig groschen gulden guilder ducat
kronen kreuzer thaler taler
""".split())

# German dishes English menus, recipes and reviews call by their German names ("the Maultaschen were salty").
GERMAN_DISHES = frozenset("""
maultaschen käsespätzle spätzle sauerbraten rouladen knödel semmelknödel kartoffelknödel klöße lebkuchen stollen
schoppen currywurst leberkäse leberkäs weißwurst weisswurst weißwürste zwiebelkuchen flammkuchen kaiserschmarrn eisbein
labskaus obatzda dampfnudeln germknödel schweinshaxe haxe königsberger bratkartoffeln brezn brezel brezeln
zwiebelrostbraten kässpätzle linzer sachertorte apfelstrudel schwarzwälder frikadellen bratwürste rostbratwürste
""".split())

# The nouns that end a street's or square's name („Hauptstraße“, „Ludwigsplatz“, „Königsallee“, „Am Mainufer“), kept
# in English as addresses are; not „-weg“ nor „-markt“, which end common nouns as often („Ausweg“, „Arbeitsmarkt“).
# Heads of the names of terrain features and works („Steilhang“ on a ski course, „Höllental“, „Nebelhorn“,
# „Studentenwerk“, „Kraftwerk“): a compound so headed may be a name English keeps, though each part is a common noun.
GERMAN_FEATURE_HEADS = ("hang", "tal", "kopf", "horn", "spitze", "grund", "graben", "schlucht", "klamm", "werk")
GERMAN_STREET_HEADS = ("straße", "strasse", "gasse", "allee", "platz", "damm", "ufer", "chaussee", "promenade")
# Those other heads of streets' names that end common nouns as often („Waldweg“ / „Ausweg“, „Südring“ / „Ehering“):
# an address only where English sets it after a preposition of place ("on Waldweg", "at Südring").
GERMAN_STREET_HEADS_ALSO_COMMON = ("weg", "ring", "pfad", "steig", "zeile")
ENGLISH_ADDRESS_PREPOSITIONS = frozenset({"on", "at", "along", "off", "via"})

# Heads of nouns of a building or an institution, which stand before its name as part of it („Gasthof
# Fraundorfer“, „Stadtbibliothek Bremen“, „Klinikum Großhadern“): English keeps the whole name.
GERMAN_INSTITUTION_HEADS = ("bibliothek", "gasthof", "museum", "theater", "klinik", "klinikum", "gymnasium", "schule",
                            "universität", "hochschule", "kirche", "kapelle", "stadion", "archiv", "verlag", "hotel",
                            "kaserne", "schloss", "kloster",
                            # a house („Gasthaus“, „Kulturhaus Abraxas“, „Rathaus Schöneberg“), a trade's workshop or
                            # shop („Brauerei“, „Käserei Wangener Alpmilch“, „Apotheke am Markt“)
                            "haus", "erei", "konditorei", "apotheke",
                            # a railway or cable car before its name („Seilbahn Zugspitze“, „Zahnradbahn Wendelstein“)
                            "bahn")
# Nouns that name one bank, venue, stage or museum of a German town, kept as its name in English ("our Volksbank",
# "the sold-out Stadthalle", "the Volksbühne alone"): a name, not a noun left untranslated.
GERMAN_INSTITUTION_NOUNS = frozenset("""
volksbank sparkasse stadtsparkasse kreissparkasse raiffeisenbank landesbank sparda-bank stadthalle festhalle
sporthalle kongresshalle jahrhunderthalle kammerspiele volksbühne schaubühne kunsthalle philharmonie elbphilharmonie
staatsoper volksoper schauspielhaus staatstheater landestheater stadttheater landesmuseum stadtmuseum pinakothek
glyptothek staatsgalerie festspielhaus gewandhaus konzerthaus stadtbücherei stadtbibliothek stadtkirche stiftskirche
hofkirche schlosskirche klosterkirche kantorei
realschule hauptschule gesamtschule oberschule werkrealschule sekundarschule
wiesn wasen dult
bundesbahn reichsbahn bundespost
bürgerschaft landtag abgeordnetenhaus nationalrat ständerat kantonsrat grossrat großrat bundesrat bundestag
""".split())

# A church, and a square or gate named after one, is named by its dedication, the name English keeps
# („Marienkirche“, „Frauenkirche“, „Nikolaikirche“, „Marienplatz“; heads: GERMAN_SAINT_PLACE_HEADS): the saints
# and mysteries such German names begin with, in the forms they take there.
GERMAN_DEDICATIONS = frozenset("""
marien frauen liebfrauen unserlieben nikolai thomas petri peters pauli jakobi johannis michaelis lamberti georgs
martins martini ulrichs annen katharinen elisabeth andreas matthäus lukas markus stephans laurentius kilians
bartholomäus dreifaltigkeits dreikönigs kreuz heiligkreuz heiliggeist christus erlöser gedächtnis auferstehungs
apostel ludgeri liudger aegidien ägidien jodokus vitus veits blasius remigius severin gereon ansgar bonifatius
""".split())

# Clothing sizes, the same letters in both languages („Größe XXL“ / "size XXL").
CLOTHING_SIZES = frozenset("xxs xs s m l xl xxl xxxl 2xl 3xl 4xl".split())

# Genitive endings, stripped before a look-up: „des Krankenhauses“, „des Typs“.
GERMAN_GENITIVE_ENDINGS = ("es", "s")
# Plurals with an umlaut: „Sturz“ → „Stürze“, „Haus“ → „Häuser“, „Angst“ → „Ängste“.
GERMAN_UMLAUT_PLURALS = ("e", "er", "en")
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def _umlauted(word: str) -> str:
    # The last a, o or u takes the umlaut ("au" → "äu").
    for i in range(len(word) - 1, -1, -1):
        if word[i] in _UMLAUT:
            if word[i] == "u" and i and word[i - 1] == "a":
                return word[:i - 1] + "ä" + word[i:]
            return word[:i] + _UMLAUT[word[i]] + word[i + 1:]
    return word


# Linking elements between the parts of a German compound ("Arbeit-s-markt", "Tage-s-zeitung").
GERMAN_LINKS = ("", "s", "es", "n", "en", "e", "er")
GERMAN_MIN_PART = 4  # shortest part of a compound looked up: short ones are first names too ("Ann-acker")


def _data_lines(name: str) -> list[str]:
    """The lines of ``pipeline/data/<name>``, its "#" header and blank lines left out."""
    from importlib import resources

    text = resources.files("pipeline").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=None)  # one set per word file, loaded once: a smaller cache thrashes between them
def common_words(lang: str) -> frozenset[str]:
    """The lower-case words of ``pipeline/data/<WORD_FILES[lang]>``."""
    return frozenset(_data_lines(WORD_FILES[lang]))


@lru_cache(maxsize=1)
def german_places() -> frozenset[str]:
    """Places of DE, AT, CH and LI with at least 1,000 inhabitants, one word each, lower case
    (``pipeline/data/german_places.txt``, from GeoNames, CC BY 4.0; rebuilt by ``bench/german_places.py``)."""
    return frozenset(line.lower() for line in _data_lines("german_places.txt"))


UMLAUT_FOLD = str.maketrans("äöü", "aou")


def town_of_adjective(word: str) -> str:
    """The town, lower case, whose adjective ``word`` is („Kölner“, „Bremer“, „Brettener“: Köln, Bremen, Bretten), or
    "" for no town's adjective; one that takes an umlaut the name lacks („Helgoländer“: Helgoland) when the word is
    no common noun („Bürger“, „Häuser“ are no adjectives of Burg or Haus)."""
    low = word.lower()
    if not low.endswith("er"):
        return ""
    stems = (low[:-2], low[:-2] + "en", low[:-3] + "en")
    for town in stems + (tuple(x.translate(UMLAUT_FOLD) for x in stems) if not german_common_noun(word) else ()):
        if town in german_places():
            return town
    return ""


def english_words() -> frozenset[str]:
    return common_words("en")


def english_written() -> frozenset[str]:
    """Every word English texts write now and then, names included (see ``WORD_LIST_SETTINGS``)."""
    return common_words("en_written")


def german_nouns() -> frozenset[str]:
    return common_words("de")


def german_frequent_nouns() -> frozenset[str]:
    """German nouns of every day that English texts seldom use (see ``WORD_LIST_SETTINGS``)."""
    return common_words("de_frequent")


def german_only_nouns() -> frozenset[str]:
    """German nouns that English texts never use (see ``WORD_LIST_SETTINGS``)."""
    return common_words("de_only")


@lru_cache(maxsize=65536)
def german_common_noun(word: str) -> bool:
    """A German common noun: in the noun list, or a compound whose parts are ("Sozialversicherungsreform")."""
    low = word.casefold().replace("\u00ad", "")  # as wordfreq folds: „Straße“ → "strasse"
    nouns = german_nouns()
    if low in nouns or any(low.endswith(e) and low[:-len(e)] in nouns for e in GERMAN_GENITIVE_ENDINGS):
        return True
    parts = [p for p in low.split("-") if p]
    if len(parts) > 1:  # the head decides: "Twitter-Nachrichten" is a noun, "Göring-Eckardt" a name
        return german_common_noun(parts[-1])
    if low.endswith(tuple(h.casefold() for h in GERMAN_NAME_HEADS)):
        return False
    return _compound(low, nouns)


@lru_cache(maxsize=8)
def _longest(nouns: frozenset[str]) -> int:
    return max(map(len, nouns), default=0)


def _compound(low: str, nouns: frozenset[str]) -> bool:
    # The head is the last part and must be a noun; what precedes it a noun again, or a compound.
    n = len(low)
    ok = [False] * (n + 1)  # ok[i]: low[:i] splits into nouns, each followed by a linking element
    ok[0] = True
    longest = _longest(nouns)  # no part is longer: linear in the word's length, not cubic
    for i in range(GERMAN_MIN_PART, n + 1):
        for j in range(max(0, i - longest), i - GERMAN_MIN_PART + 1):
            if ok[j] and low[j:i] in nouns:
                if i == n and j > 0:
                    return True
                for link in GERMAN_LINKS:
                    if low.startswith(link, i) and i + len(link) < n:
                        ok[i + len(link)] = True
    return False


def build_word_list(lang: str) -> str:
    """The text of a word file: words of ``lang`` at least so frequent (Zipf scale) and so much
    more frequent than in the other language, by the rules of ``WORD_LIST_SETTINGS`` (German: nouns
    only, see ``GERMAN_NOUN_SUFFIXES``). Needs the ``wordfreq`` package; regenerate with
    ``python3 -m pipeline.lang.words LANG > pipeline/data/<WORD_FILES[LANG]>``."""
    import math
    from importlib.metadata import version

    from wordfreq import get_frequency_dict

    name = lang
    lang, other, rules = WORD_LIST_SETTINGS[name]
    mine, theirs = get_frequency_dict(lang, "large"), get_frequency_dict(other, "large")

    def zipf(f: float) -> float:
        return math.log10(f * 1e9) if f > 0 else 0.0

    def noun(w: str, min_form: float) -> bool:
        return w.endswith(GERMAN_NOUN_SUFFIXES) or any(
            zipf(mine.get(w + e, 0.0)) >= min_form
            or (w.endswith(e) and zipf(mine.get(w[:-len(e)], 0.0)) >= min_form)
            for e in GERMAN_NOUN_INFLECTIONS) or (_umlauted(w) != w and any(
                zipf(mine.get(_umlauted(w) + e, 0.0)) >= min_form for e in GERMAN_UMLAUT_PLURALS))

    def keep(w: str, f: float) -> bool:
        for min_zipf, min_gap, *more in rules:
            other_zipf = zipf(theirs.get(w, 0.0))
            if zipf(f) >= min_zipf and (min_gap is None or zipf(f) - other_zipf >= min_gap) and (
                    not more or noun(w, more[0])) and (len(more) < 2 or other_zipf < more[1]):
                return True
        return False

    words = sorted(w for w, f in mine.items() if w.isalpha() and len(w) >= (3 if lang == "de" else 1)
                   and keep(w, f))
    rule_text = " or ".join(f"Zipf >= {r[0]}" + (f" and >= {r[1]} above {other}" if r[1] is not None else "")
                            + (f" and an inflected form (+{'/+'.join(GERMAN_NOUN_INFLECTIONS)}) or noun "
                               f"ending at Zipf >= {r[2]}" if len(r) > 2 else "")
                            + (f" and Zipf < {r[3]} in {other}" if len(r) > 3 else "") for r in rules)
    head = [f"# {name} words: {rule_text}.",
            f"# Derived from wordfreq {version('wordfreq')} (https://github.com/rspeer/wordfreq), whose data is",
            "# licensed CC-BY-SA 4.0; this list is shared under the same licence.",
            f"# Regenerate: python3 -m pipeline.lang.words {name} > pipeline/data/{WORD_FILES[name]}"]
    return "\n".join(head + words) + "\n"


if __name__ == "__main__":  # pragma: no cover - regenerates the data files
    import sys

    sys.stdout.write(build_word_list(sys.argv[1]))


# --- abbreviations (sentence splitting: pipeline/segment.py, checks/omission.py) ---------------

# Abbreviations after which a sentence never ends: the next word always continues it. Spaces
# inside multi-part abbreviations are optional in writing ("z. B." / "z.B.").
GERMAN_NEVER_FINAL_ABBREVIATIONS = (
    "Dr", "Prof", "Hr", "Hrn", "Fr", "St", "Dipl", "Ing", "Mag", "Nr", "Abs", "Art", "Bd", "Kap",
    "Tel", "vgl", "ca", "bzw", "sog", "inkl", "exkl", "evtl", "ggf", "gem", "zzgl", "abzgl", "lt",
    "z. B", "d. h", "z. T", "u. U", "v. a", "i. d. R", "s. o", "s. u", "o. g",
    # Limits and comparisons before a quantity: „bei max. 300 Watt“, „mind. 18 Jahre“.
    "max", "min", "mind", "bspw", "bzgl", "zzt", "u. a",
    # Law gazettes and citations before their page or number: „(GBl. S. 357)“, „BGBl. I S. 1“, „Az.“, „Rn.“.
    "BGBl", "GBl", "GVBl", "Az", "Rn", "Ziff",
    # Born, died, married before a date or name: „(geb. 2. Juli 1868 in Graz, gest. 17. Dezember 1934)“.
    "geb", "gest", "verh",
)
# Abbreviations that may end a sentence: they do before a closed-class word ("5 Mio. Die Firma",
# "im Jan. Dann"), never before a number ("am 13. Jän. 2006", "S. 17").
GERMAN_ENDABLE_ABBREVIATIONS = (
    "Jan", "Jän", "Feb", "Febr", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
    "S", "Mio", "Mrd", "Tsd", "Ziff", "Bl", "Jh", "Jhd", "usw", "usf", "etc", "Std", "Min", "Sek",
)
# Titles abbreviated before a name, both languages: the period after them opens no sentence („Dr. Julia Brandt“,
# "Mr. Smith"), so the name after it is no sentence's first word.
NAME_TITLE_ABBREVIATIONS = frozenset("dr prof mr mrs ms hr hrn fr dipl ing mag gen gov sen rep rev sgt lt col capt "
                                     "hl st".split())
# English news abbreviations after which a period ends no sentence ("Mr. Smith", "Acme Corp. said").
ENGLISH_ABBREVIATIONS = frozenset("""
dr prof st mr mrs ms jr sr nr no vs etc jan feb aug sept oct nov dec gen gov sen rep mt ft co corp inc
ltd approx incl excl esp fig vol
""".split())
# ... and those that end none only as written: "Op. 29" (opus), but "a photo op."
ENGLISH_CASED_ABBREVIATIONS = frozenset({"Op"})
