"""pipeline/lang/pos.py: the tag of a German word among its neighbours (HanTa)."""
import pytest

from pipeline.lang.pos import ADVERBIAL, tag_at

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
