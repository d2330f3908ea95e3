"""Negation dropped: a German „nicht“, „kein“, „nie“ with no negation in the English sentence."""
from __future__ import annotations

import pytest

from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit


def flags(source: str, translation: str) -> list:
    return [f for f in run_checks([Unit(id="u", source=source, translation=translation)],
                                  only={"negation_dropped"})[0] if f.severity is not Severity.INFO]


FAILING = [
    # id, German, English, German negation word flagged
    ("nicht-dropped", "Er wurde nicht verletzt.", "He was injured.", "nicht"),
    ("kein-dropped", "Die Polizei hat keine Hinweise auf einen Anschlag.", "The police have evidence of an attack.",
     "keine"),
    ("niemand-as-everyone", "Niemand wurde verletzt.", "Everyone was injured.", "Niemand"),
    ("nie-dropped", "Er ist noch nie in Berlin gewesen.", "He has been to Berlin before.", "nie"),
    ("nichts-as-a-word", "Ich habe die App neu geladen, NICHTS hat funktioniert.",
     "I reloaded the app, NOTS has worked.", "NICHTS"),
    # Each sentence on its own: a negation in the other sentence does not cover this one.
    # A word that begins like a negative prefix is no negation: "under", "union", "display".
    ("prefix-look-alike", "Die Gewerkschaft hat den Plan nicht unterstützt.", "The union supported the plan.", "nicht"),
    # ... nor one whose rest is no English adjective ("immune", "inflatable"), nor a noun ("immigrant").
    ("in-prefix-look-alike", "Er ist nicht immun.", "He is immune.", "nicht"),
    ("im-noun-look-alike", "Der Einwanderer wurde nicht abgeschoben.", "The immigrant was deported.", "nicht"),
    ("adverb-after-nicht-is-no-litotes", "Das Haus liegt nicht unten am Fluss.", "The house is down by the river.",
     "nicht"),
    ("second-sentence", "Der Zug kam nicht. Er wurde nicht verletzt.", "The train did not come. He was injured.",
     "nicht"),
    # „wie seit …“ opening a clause of its own (a comma between) makes no comparison of the negation.
    ("as-since-then-a-clause", "Wie seit gestern bekannt ist, kommt er nicht.",
     "As has been known since yesterday, he is coming.", "nicht"),
    # „Mehr“ and a noun opening the sentence: the negation denies the thing („no more money“).
    ("more-of-a-thing-denied", "Er lachte. Mehr Geld gibt es nicht.", "He laughed. There is more money.", "nicht"),
    ("more-of-an-act-denied", "Er lachte. Mehr zahlen wir nicht.", "He laughed. We will pay more.", "nicht"),
]
PASSING = [
    # „Mehr“ and a verb opening the sentence, „nicht“ closing it: all there is ("That's all you need").
    ("all-there-is", "„Die Kugeln klappern, man lacht“, beschrieb eine Teilnehmerin die Nachmittage. „Mehr braucht man "
     "nicht.“", "“The marbles clatter, people laugh,” is how one participant described the afternoons. “That's all you "
     "need.”"),
    ("all-one-knows", "Er lachte. Mehr weiß ich nicht.", "He laughed. That is all I know."),
    ("all-there-is-quoted-before-the-speaker", "„Mehr braucht man nicht“, sagt sie.", "“That's all you need,” she says."),
    # A quoted title the English cites as it is: its „Kein“ is a name's word.
    ("negation-in-a-cited-title", "Das Album enthält zwei Volkslieder, darunter „Kein schöner Land“.",
     "The album contains two folk songs, among them “Kein schöner Land”."),
    # As many sentences each side: the English sentence at the German's place negates, though lengths pair
    # the sentences otherwise.
    ("negation-in-the-sentence-of-the-same-place",
     "Im Landtag engagierte sie sich vor allem in der Schul- und Kulturpolitik und war von 1970 bis 1974 "
     "stellvertretende Vorsitzende des Kulturpolitischen Ausschusses. Bei der Landtagswahl 1978 trat sie nicht mehr "
     "an. Für ihre Verdienste erhielt sie 1981 das Bundesverdienstkreuz am Bande.",
     "In the Landtag she concentrated mainly on education and cultural policy, and from 1970 to 1974 she was deputy "
     "chair of the Cultural Policy Committee. She did not stand again in the 1978 state election. In 1981 she was "
     "awarded the Cross of Merit on ribbon of the Order of Merit of the Federal Republic of Germany for her services."),
    # Not yet there, not yet time, not willing: "a long way from", "too early to", "declined to".
    ("not-there-as-a-long-way-from", "„Wir sind noch lange nicht am Ziel“, sagte sie.",
     '"We are still a long way from where we need to be," she said.'),
    ("no-talk-of-as-too-early", "„Von einer Trendwende kann noch keine Rede sein“, sagte sie.",
     '"It is still too early to speak of a turnaround," she said.'),
    ("would-not-as-declined", "Eine Prognose wollte er jedoch nicht abgeben.",
     "However, he declined to give a forecast."),
    # A bound reached and no more: „nicht über ein 1:1 hinaus“ is "held to a 1-1 draw".
    ("no-further-than-a-draw", "Die Auswahl kam am Freitag in Florenz gegen Italien nicht über ein 1:1 hinaus.",
     "The side were held to a 1-1 draw by Italy in Florence on Friday."),
    ("no-words-as-lost-for-words", "„Ich habe keine Worte“, sagte der Trainer.", '"I am lost for words," said the coach.'),
    # Said by a verb of leaving out.
    ("not-considered-as-left-out", "Warum wird die Aachener Straße wieder nicht berücksichtigt?",
     "Why has Aachener Straße once again been left out?"),
    ("not-considered-as-overlooked", "Die Einwände wurden nicht berücksichtigt.", "The objections were overlooked."),
    # Said by a word of not understanding.
    ("not-understood-as-mystery", "Warum er dort auftritt, erschließt sich nicht.", "Why he appears there remains a mystery."),
    ("nothing-moved-as-standstill", "Auf den Ausweichstrecken ging zeitweise nichts mehr.",
     "Traffic on the alternative routes came to a standstill at times."),
    ("not", "Er wurde nicht verletzt.", "He was not injured."),
    ("contraction", "Er wurde nicht verletzt.", "He wasn’t injured."),
    ("no-one", "Niemand wurde verletzt.", "No one was injured."),
    ("prefix", "Der Stuhl hatte einen nicht ersichtlichen Mangel.", "The chair had a non-obvious defect."),
    ("prefix-in", "Der Mangel war nicht sichtbar.", "The defect was invisible."),
    ("fail", "Er konnte das Tor nicht treffen.", "He failed to score."),
    ("without", "Sie kam nicht ohne Grund.", "She came for a reason."),
    ("not-only", "Er ist nicht nur Sänger, sondern auch Schauspieler.", "He is both a singer and an actor."),
    ("superlative", "Die Veranstalter zählten so viele Läufer wie nie zuvor.", "The organizers counted a record "
                                                                                 "number of runners."),
    ("as-not-for-long", "Ein Wechsel lohnt sich derzeit so sehr wie lange nicht.",
     "Switching is currently more worthwhile than it has been for a long time."),
    ("highest-since", "Die Wahlbeteiligung war so hoch wie seit 2001 nicht mehr.", "Turnout was the highest since 2001."),
    ("as-not-for-years", "Die Stationen waren in diesem Winter so ruhig wie seit Jahren nicht.",
     "The wards were quieter this winter than they had been for years."),
    ("less-than", "Er musste nach nicht mal der Hälfte aufgeben.", "He had to give up less than halfway through."),
    ("out-of-step", "Jetlag entsteht, wenn die innere Uhr nicht mit der Zeitzone übereinstimmt.",
     "Jet lag happens when your internal clock is out of step with the time zone."),
    ("other-than", "Viele Kinder sprechen zu Hause nicht Deutsch.", "Many children speak a language other than German at home."),
    ("empty-handed", "Die Streamingproduktionen erhielten dagegen keine Auszeichnung.",
     "Streaming productions, on the other hand, went away empty-handed."),
    ("litotes", "Nicht wenige Promis trinken sich Mut an.", "Quite a few celebrities drink for courage."),
    ("litotes-no-rarity", "Fährunglücke sind in Indonesien keine Seltenheit.",
     "Ferry accidents are common in Indonesia."),
    ("litotes-un-adjective", "Die Kosten sind nicht unerheblich.", "The costs are considerable."),
    ("nothing-changes-stays-the-same", "Für euch ändert sich am Preis nichts.", "The price stays the same for you."),
    ("litotes-may-not-be-missing", "Natürlich durften die berühmten Spreewaldgurken nicht fehlen.",
     "Of course, the famous Spreewald gherkins were a must."),
    ("set-phrase-no-more-in-it", "„Mehr war heute nicht drin, aber ich bin froh“, sagte sie.",
     "“That was all I had in me today, but I’m glad,” she said."),
    ("set-phrase-not-let-go", "Diese Frage hat mich dann sieben Jahre lang nicht mehr losgelassen.",
     "That question then stayed with me for seven years."),
    ("litotes-not-bad", "Ich habe einiges vergessen, was aber nicht schlimm ist.", "I forgot a few things, but that's okay."),
    ("no-negation", "Er wurde verletzt.", "He was injured."),
    # Said by a verb or phrase of keeping out.
    ("not-admitted-as-barred", "Gästefans waren nicht zugelassen.", "Away fans were barred."),
    ("not-shown-as-out-of-sight", "Man sollte Wertsachen nicht offen zeigen.", "Keep valuables out of sight."),
    # An adjective negated by its prefix, the stem an English word on its own; what does not hold, "wrong".
    ("not-defensible-as-indefensible", "Das ist ethisch nicht vertretbar.", "That is ethically indefensible."),
    ("not-comparable-as-incomparable", "Die Werte sind nicht vergleichbar.", "The values are incomparable."),
    ("not-right-as-wrong", "Stimmt mit meinem Akku etwas nicht?", "Is something wrong with my battery?"),
    # What has none of a thing is "bare of" or "devoid of" it.
    ("no-leaves-as-bare-of-leaves", "Solange die Bäume noch kein Laub tragen, lässt sich die Krone gut überblicken.",
     "As long as the trees are still bare of leaves, the crown is easy to survey."),
    ("no-life-as-devoid-of-life", "In dem See gibt es kein Leben.", "The lake is devoid of life."),
    ("no-more-as-ran-out", "Mehrere Tankstellen hatten kein Benzin mehr.", "Several filling stations ran out of petrol."),
    ("litotes-not-small", "Er handelte mit Kokain in nicht geringer Menge.", "He traded in significant quantities of cocaine."),
]


@pytest.mark.parametrize("de,en,word", [c[1:] for c in FAILING], ids=[c[0] for c in FAILING])
def test_negation_dropped_fails(de, en, word):
    (f,) = flags(de, en)
    assert f.category == Category.OTHER
    assert de[f.source_span[0]:f.source_span[1]] == word
    assert f.translation_span is not None


@pytest.mark.parametrize("de,en", [c[1:] for c in PASSING], ids=[c[0] for c in PASSING])
def test_negation_dropped_passes(de, en):
    assert flags(de, en) == []
