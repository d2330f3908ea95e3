"""A tiny lexicon in Ding's de-en format, so tests of the alignment checks do not depend on the
size or version of the list a machine has installed."""
from __future__ import annotations

import pytest

TINY_DING = """\
# Version :: test
Haus {n} | Häuser {pl} :: house | houses
schwer {adj} :: heavy; serious
Schwere {f} :: gravity
Reise {f} | Reisen {pl} :: journey | journeys
Reis {m} :: rice
Palas {m} [arch.] :: great hall
Jugendstil {m} [arch.] :: Jugendstil; art nouveau
Calcium {n} [chem.] :: calcium
Golanhöhen {pl}; Golan {m} [geogr.] :: Golan Heights; Golan
Tempelberg {m} (in Jerusalem) [geogr.] :: Temple Mount
Felsendom {m} (in Jerusalem) [geogr.] :: Dome of the Rock
alpin {adj} [geogr.] :: Alpine
gehen {vi} | gehend | gegangen | er/sie geht | ich/er/sie ging :: to go {went; gone} | going | gone | he/she goes | I/he/she went
sagen {vt} | sagend | gesagt | er/sie sagt | ich/er/sie sagte :: to say {said; said} | saying | said | he/she says | I/he/she said
Regierung {f} | Regierungen {pl} :: government | governments
Bund {m} :: federation
Sprecher {m} | Sprecher {pl} :: spokesman | spokesmen
Chef {m} | Chefs {pl} :: boss; chief | bosses; chiefs
Greif {m} | Greifen {pl} :: griffin | griffins
jdm. Bescheid geben; jdm. Bescheid sagen {v} :: to let sb. know; to tell sb.
es sich anders überlegen {v} :: to change one's mind
wissen {vt} :: to know
Bescheid {m} :: notice; decision
geben {vt} | gebend | gegeben | er/sie gibt :: to give | giving | given | he/she gives
anders {adv} :: differently; otherwise
überlegen {vt} :: to consider
Pass {m} | Pässe {pl} :: pass; passport | passes; passports
Kommode {f} | Kommoden {pl} :: chest of drawers; commode | chests of drawers; commodes
Geschäftsführer {m} :: managing director; manager
Hauptgeschäftsführer {m} :: chief executive
schwarz {adj} :: black
Wald {m} | Wälder {pl} :: forest; wood | forests; woods
Burg {f} | Burgen {pl} :: castle | castles
Waldweg {m} :: forest path; woodland path
Schauspieler {m} | Schauspieler {pl} :: actor | actors
Gedöns {n} [ugs.] :: fuss; frippery
Koch {m} | Köche {pl} :: cook | cooks
Zuspieler {m}; Zuspielerin {f} [sport] :: setter | setters
Oberstleutnant {m} [mil.] :: lieutenant colonel
Chemie {f} :: chemistry
Göttingen (Stadt in Deutschland) [geogr.] :: Göttingen
Zyklon {m} | Zyklone {pl} [meteo.] :: cyclone | cyclones
Präsident {m} | Präsidentin {f} :: president | president
Omnibus {m} :: bus; omnibus
Unternehmer {m} :: entrepreneur; operator
Hauptstraße {f} :: main street; high street
Opa {m} :: grandpa; granddad
Eisbär {m} | Eisbären {pl} :: polar bear | polar bears
Gasthof {m} | Gasthöfe {pl} :: inn | inns
Stadtbibliothek {f} :: municipal library
Käserei {f} | Käsereien {pl} :: cheese dairy | cheese dairies
Kulturhaus {n} :: cultural centre
Seilbahn {f} | Seilbahnen {pl} :: cable car | cable cars
Currywurst {f} | Currywürste {pl} :: curry sausage | curry sausages
Rheinland {n} [geogr.] :: Rhineland
Menge {f} | Mengen {pl} :: amount; quantity | amounts; quantities
Schule {f} | Schulen {pl} :: school | schools
Mittelschule {f} :: lower secondary school
Frau {f} | Frauen {pl} :: woman | women
Land {n} :: country; land
Arbeitsplatz {m} :: workplace; job
Christophorus {m} :: Christopher
verharren {vi} | verharrend | verharrt | verharrte :: to pause | pausing | paused | paused
verharren {vi} (in einem Zustand) :: to remain (in a state)
messen {vt} :: to measure
Krieg {m} | Kriege {pl} | Kriegen {pl} :: war | wars | wars
Museum {n} | Museen {pl} | Museums {gen} :: museum | museums | museum's
eröffnen {vt} | eröffnend | eröffnet | er/sie eröffnet | ich/er/sie eröffnete :: to open | opening | opened | he/she opens | I/he/she opened
Zarin {f} :: tsarina; czarina
Raum {m} | Räume {pl} :: room; space | rooms; spaces
Ökonomin {f} :: economist; economic expert
Weltraumbahnhof {m} :: spaceport; space center
Eisbär {m} | Eisbären {pl} :: polar bear | polar bears
Ebene {f} | Ebenen {pl} :: plain; level | plains; levels
Löwe {m} | Löwen {pl} :: lion | lions
Herz {n} | Herzen {pl} :: heart | hearts
Müller {m} :: miller
innerhalb {prp; +Gen.} :: within
bei {prp; +Dat.} :: at; near; by
furios {adj} :: rousing; furious
Tempi {pl} :: tempo
Eurozone {f} :: euro zone
Gewinn {m} | Gewinne {pl} :: profit | profits
Gewicht {n} :: weight
tief {adj} :: low; deep
sinken {vi} | sinkend | gesunken | er/sie sinkt | ich/er/sie sank :: to fall {fell; fallen} | falling | fallen | he/she falls | I/he/she fell
Umsatz {m} :: sales
steigen {vi} | steigend | gestiegen | er/sie steigt | ich/er/sie stieg :: to rise {rose; risen} | rising | risen | he/she rises | I/he/she rose
Prozent {n} :: percent
Minze {f} :: mint
Tee {m} :: tea
die Polizei {f} :: the police
Schutzpolizei {f} /Schupo/ :: uniformed police
Thüringen {n} [geogr.] :: Thuringia
Graubünden /GR/ (Schweizer Kanton; Hauptort: Chur) [geogr.] :: Grisons (Swiss canton)
Teil {m} | Teile {pl} :: part | parts
Lage {f} :: situation
ernst {adj} :: serious
Feuer {n} :: fire
Stadt {f} | Städte {pl} :: town; city | towns; cities
zerstören {vt} | zerstörend | zerstört | er/sie zerstört :: to destroy | destroying | destroyed | he/she destroys
Brand {m} | Brände {pl} :: fire | fires
Montag {m} :: Monday
Fan {m} | Fans {pl} :: fan | fans
Tag {m} | Tage {pl} :: day | days
Tipp {m} | Tipps {pl} :: tip | tips
Kapitän {m} :: captain
Abend {m} :: evening
hinzufügen {vt} | hinzufügend | hinzugefügt :: to add | adding | added
fügen {vt} :: to join
Jahr {n} | Jahre {pl} :: year | years
Minister {m} :: minister
Oberbürgermeister {m} :: mayor; Lord Mayor
Reform {f} :: reform
Gesetz {n} :: law
ändern {vt} | ändernd | geändert :: to change | changing | changed
Änderung {f} | Änderungen {pl} :: amendment | amendments
Zahlung {f} | Zahlungen {pl} :: payment | payments
zahlen {vt} | zahlend | gezahlt :: to pay | paying | paid
gestern {adv} :: yesterday
Kinder {pl} :: children
spielen {vi} | spielend | gespielt | er/sie spielt | ich/er/sie spielte :: to play | playing | played | he/she plays | I/he/she played
Garten {m} :: garden
Hallo! :: Hello!
Gruß {m} | Grüße {pl} | mit freundlichen Grüßen :: greeting | greetings | best regards
freundlich {adj} | freundlichen :: friendly | kind
Schlafsack {m} :: sleeping bag
Decke {f} :: blanket
verärgert {adj} :: annoyed
ärgern {vt} | ärgernd | geärgert :: to annoy | annoying | annoyed
abgelaufen {adj} :: expired
Rückschein {m} | Rückscheine {pl} :: return receipt | return receipts
lieb {adj} | liebes :: dear | dear
schicken {vt} | schickend | geschickt :: to send | sending | sent
Konzert {n} :: concert
Anlage {f} :: plant; installation
Spieler {m} | Spieler {pl} :: player | players
Leistung {f} :: performance
Medizin {f} [med.] | innere Medizin :: medicine | internal medicine
Pack {n} :: pack
Station {f} | Stationen {pl} :: station | stations
abfüllen {vt} | abfüllend :: to bottle | bottling
rosa {adj} :: pink
Trikot {n} | Trikots {pl} :: jersey; tricot | jerseys; tricots
Pfarrkirche {f} | Pfarrkirchen {pl} :: parish church | parish churches
Leitung {f} :: line
Gebirgsbahn {f} :: mountain railway
Nebenstrecke {f} | Nebenstrecken {pl} :: branch line; railway | branch lines; railways
Mädel {n} | Mädels {pl} :: girl | girls
Frau {f} | Frauen {pl} :: woman | women
Wunsch {m} | Wünsche {pl} :: wish | wishes
schön {adj} | schönen :: nice | nice
wir {pron} :: we
haben {vt} | habend | gehabt :: to have | having | had
Szene {f} | Szenen {pl} :: scene | scenes
Relief {n} :: relief
Band {n} :: band; ribbon
Kloster {n} | Klöster {pl} :: monastery | monasteries
Halle {f} | Hallen {pl} :: hall | halls
Kosmodrom {n} :: cosmodrome
Deich {m} | Deiche {pl} :: dyke | dykes
Schaf {n} | Schafe {pl} :: sheep | sheep
halb {adj} | halbe | halber :: half | half | half
Sieg {m} | Siege {pl} :: victory | victories
Zeitung {f} | Zeitungen {pl} :: newspaper | newspapers
allgemein {adj} | allgemeine :: general | general
deutsch {adj} | deutsche :: German | German
Bank {f} | Banken {pl} :: bank | banks
helfen {vi} | helfend | geholfen | er/sie hilft | ich/er/sie half :: to help | helping | helped | he/she helps | I/he/she helped
wollen {vt} | wollend | gewollt | er/sie will | ich/er/sie wollte :: to want | wanting | wanted | he/she wants | I/he/she wanted
"""


@pytest.fixture
def tiny_lexicon(tmp_path, monkeypatch):
    """Point the checks at the tiny lexicon (its cache in a fresh folder) for one test."""
    path = tmp_path / "de-en.txt"
    path.write_text(TINY_DING, encoding="utf-8")
    monkeypatch.setenv("DEEN_LEXICON", str(path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from pipeline import lexicon

    return lexicon.load()


@pytest.fixture
def no_lexicon(monkeypatch):
    monkeypatch.setenv("DEEN_LEXICON", "none")
