"""pipeline/lang/pos.py: the tag of a German word among its neighbours (HanTa)."""
import pytest

from pipeline.lang.pos import ADVERBIAL, english_may_be_verb, german_finite_verb, tag_at

CASES = [
    # sentence, word, adverbial?
    ("Die Herausforderung sei, die Autos zügig 2002 an die Kundschaft zu bringen.", "zügig", True),
    ("Joachim Llambi hat sich wohl 1975 von seiner Frau getrennt.", "wohl", True),
    ("Er kam 1990 nach Berlin.", "kam", False),
    ("Die Stadt wurde 1850 von Siedlern gegründet.", "wurde", False),
    ("Die Flotte 2015 in Wien wuchs.", "Flotte", False),
]


@pytest.mark.parametrize("sentence,word,adverbial", CASES, ids=[c[1] for c in CASES])
def test_adverbs_are_told_from_verbs_and_nouns(sentence, word, adverbial):
    assert (tag_at(sentence, sentence.index(word)) in ADVERBIAL) is adverbial


def test_no_word_at_the_offset_has_no_tag():
    assert tag_at("Er kam 1990 nach Berlin.", 1) == ""


@pytest.mark.parametrize("word,verb", [
    ("costs", True), ("extended", True), ("is", True), ("stocks", True), ("orbits", True), ("averages", True),
    ("troops", False), ("Legions", False), ("however", False), ("pandemic", False), ("Following", False),
], ids=lambda x: str(x))
def test_english_words_that_may_be_verbs(word, verb):
    assert english_may_be_verb(word) is verb


@pytest.mark.parametrize("sentence,verb", [
    ("Wegen der Pandemie fiel die Feier jedoch aus.", "fiel"),
    ("Verstappen verspielt nach einem Crash die Weltmeisterschaft.", "verspielt"),
    ("Unser Tipp: die Pralinen am Markt.", ""),
])
def test_german_finite_verb(sentence, verb):
    assert german_finite_verb(sentence) == verb
