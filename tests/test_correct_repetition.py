"""Loop corrections remove the whole loop, and leave alone repetitions the German has too."""
import pytest

from correct_helpers import corrected
from pipeline.correct.repetition import collapse_loops

CASES = [
    pytest.param("Das war ein großer Erfolg.", "That was a great success success success success.",
                 "That was a great success.", id="word-loop"),
    pytest.param("Das war ein großer Erfolg.", "That was a great success great success success.",
                 "That was a great success.", id="nested-loop-whole(check-suggestion:success success)"),
    pytest.param("Das war ein großer Erfolg in Berlin.", "That was a great success in Berlin in Berlin in Berlin.",
                 "That was a great success in Berlin.", id="phrase-loop"),
    pytest.param("Die Linie „Grenzschutz, Grenzschutz, Grenzschutz“ wurde gestärkt.",
                 "The line “border protection, border protection, border protection” was strengthened.",
                 "The line “border protection, border protection, border protection” was strengthened.",
                 id="german-repeats-too(old:two copies left)"),
    pytest.param("Hallo liebe Mädels und Girls und Frauen,", "Hello dear girls and girls and women,",
                 "Hello dear girls and girls and women,", id="two-german-words-one-english(old:girls and women)"),
    pytest.param("Zeiss Lupe Taschenlupe Leselupe Lesehilfe",
                 "Zeiss magnifier pocket magnifier reading magnifier reading aid",
                 "Zeiss magnifier pocket magnifier reading magnifier reading aid", id="listing(old:item lost)"),
    pytest.param("Die Gebirgsbahn und die abzweigenden Nebenstrecken waren in Betrieb.",
                 "The mountain railway and the branch branch lines were in operation.",
                 "The mountain railway and the branch lines were in operation.", id="doubled-word"),
]


@pytest.mark.parametrize("de, en, expected", CASES)
def test_loop_corrections(de, en, expected):
    assert corrected(de, en).text == expected


@pytest.mark.parametrize("text, span, expected", [
    ("a b c c c d", None, "a b c d"),
    ("great success great success success", None, "great success"),
    ("x x here and far away y y", (0, 3), "x here and far away y y"),  # only the loop at the flag
    ("M M M M Pocket M Reading M Reading Aid", (2, 7), "M Pocket M Reading M Reading Aid"),  # span follows cuts
    ("he had had enough", None, "he had had enough"),
])
def test_collapse_loops(text, span, expected):
    assert collapse_loops(text, span) == expected
