"""Name corrections put the German name in full, and leave alone what is no wrong name."""
import pytest

from correct_helpers import corrected
from pipeline.correct.names import german_name

CASES = [
    # A full name replaced whole is a name lost too (name_dropped, an omission): beside an omission the corrections
    # do not take a name's suggestion, for the English name may stand for another German word („Laut RKI hat Uğur
    # Şahin …“ / "According to the Robert Koch Institute, he …").
    pytest.param("Bundeskanzler Olaf Scholz sprach am Montag.", "Chancellor Peter Meier spoke on Monday.",
                 "Chancellor Peter Meier spoke on Monday.", id="full-name-replaced-whole-left"),
    pytest.param("Bundeskanzlerin Angela Merkel sprach am Montag.", "Chancellor Angela Mayer spoke on Monday.",
                 "Chancellor Angela Merkel spoke on Monday.", id="surname-only-replaced"),
    pytest.param("Die deutschen Kombinierer Fabian Rießle und Julian Schmid sprinteten aufs Podest.",
                 "The German Nordic combined skiers Fabian Rießle and Julian Schmid sprinted to the podium.",
                 "The German Nordic combined skiers Fabian Rießle and Julian Schmid sprinted to the podium.",
                 id="demonym-is-no-name(old:The Kombinierer combined)"),
    pytest.param("Die Däninnen spielten gut gegen die Deutschen und Angela Merkel sah zu.",
                 "The Herman women played well against the Germans and Angela Merkel watched.",
                 "The Herman women played well against the Germans and Angela Merkel watched.",
                 id="german-noun-is-no-name(old:The Däninnen women)"),
    pytest.param("Ich bin 24, hab kPTBS und bin Hundemama.", "I am 24, have KPTSs and am a dog mom.",
                 "I am 24, have KPTSs and am a dog mom.", id="acronym-left-alone"),
]


@pytest.mark.parametrize("de, en, expected", CASES)
def test_name_corrections(de, en, expected):
    assert corrected(de, en).text == expected


@pytest.mark.parametrize("de, word, words, english, expected", [
    ("Bundeskanzler Olaf Scholz sprach.", "Olaf", 2, "", "Olaf Scholz"),
    ("Bundeskanzler Olaf Scholz sprach.", "Scholz", 2, "", "Olaf Scholz"),
    ("Bundeskanzler Olaf Scholz sprach.", "Scholz", 1, "Olaf", "Scholz"),  # the English has "Olaf" already
    ("Das sagte Ursula von der Leyen heute.", "Ursula", 2, "", "Ursula von der Leyen"),
    ("Merkels Politik war umstritten.", "Merkels", 1, "", None),  # opens the sentence: no evidence of a name
], ids=["first-name", "surname", "english-has-first-name", "particles", "sentence-start"])
def test_german_name(de, word, words, english, expected):
    at = de.index(word)
    found = german_name(de, (at, at + len(word)), words, english)
    if expected is None:
        assert found is None or de[found[0]:found[1]] == word
    else:
        assert de[found[0]:found[1]] == expected
