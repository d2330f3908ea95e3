"""News outlets: a German newspaper, magazine or broadcaster must be named in the English by its German name."""
from __future__ import annotations

import pytest

from pipeline.checks.config import load_config
from pipeline.checks.outlets import german_outlets
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit


def flags(source: str, translation: str) -> list:
    out = run_checks([Unit(id="u", source=source, translation=translation)], load_config(), only=["outlet_renamed"])[0]
    return [f for f in out if f.severity is not Severity.INFO]


# (id, German, English, outlet flagged or None)
CASES = [
    ("translated-word-by-word", "Das sagte Geywitz dem „Tagesspiegel“ (Sonntag).",
     'Geywitz told the "day mirror" (Sunday).', "Tagesspiegel"),
    ("kept", "Das sagte Geywitz dem „Tagesspiegel“ (Sonntag).", "Geywitz told the Tagesspiegel (Sunday).", None),
    ("common-word-outlet-quoted", "Das berichtete die „Bild“ am Montag.", "The picture reported this on Monday.", "Bild"),
    ("common-word-outlet-kept", "Das berichtete die „Bild“ am Montag.", "Bild reported this on Monday.", None),
    ("common-word-after-a-cue", "Das sagte er der Zeitung Welt am Sonntag.", "He said so to the World on Sunday.",
     "Welt am Sonntag"),
    # A common word that names no outlet: not quoted, no word before it saying it is one.
    ("common-word-as-a-word", "Es ist ein Bild der Zeit.", "It is a picture of the time.", None),
    ("umlaut-written-out", "Wie die Süddeutsche Zeitung berichtet, kam er.",
     "As the Sueddeutsche Zeitung reports, he came.", None),
    ("inflected-name", "Das sagte sie der Süddeutschen Zeitung.", "She told the Süddeutsche Zeitung.", None),
    ("dropped", "Das sagte der Minister dem Deutschlandfunk.", "The minister said so.", "Deutschlandfunk"),
]


@pytest.mark.parametrize("source,translation,flagged", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_outlet_renamed(source, translation, flagged):
    fl = flags(source, translation)
    assert [source[slice(*f.source_span)] for f in fl] == ([flagged] if flagged else [])
    assert all(f.category is Category.NAME for f in fl)


def test_the_longest_name_is_read_once():
    assert [n for _, _, n in german_outlets("Das sagte er der „Welt am Sonntag“.")] == ["Welt am Sonntag"]
