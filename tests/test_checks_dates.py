"""date_mismatch: day, month and weekday agree (6. August ~ August 6 ~ 6 August)."""
import pytest

from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.records import Category, Severity, Unit

CHECK = "date_mismatch"


def flags_for(source, translation):
    return [f for f in run_checks([Unit(id="u", source=source, translation=translation)], only={CHECK})[0]
            if f.severity != Severity.INFO]


PASSING = [
    ("day-month-us-order", "Ukrainische Streitkräfte marschierten am 6. August in Kursk ein.",
     "Ukrainian forces invaded Kursk on August 6."),
    ("day-month-uk-order", "Sie marschierten am 6. August ein.", "They invaded on 6 August."),
    ("ordinal-of-month", "Er kommt am 3. Oktober.", "He comes on the 3rd of October."),
    ("numeric-german-date", "Am 1.10.2019 begann die Studie.", "The study began on October 1, 2019."),
    ("weekday-compound", "Am Freitagabend wurde gefeiert.", "There was a party on Friday evening."),
    ("austrian-month", "Die AUA übernimmt ab Jänner 2020.", "AUA takes over from January 2020."),
    ("sonnabend", "Das Fest ist am Sonnabend.", "The festival is on Saturday."),
    ("day-range", "Vom 4. bis 14. Oktober sind 250 Aussteller da.", "From October 4 to 14, 250 exhibitors attend."),
    ("may-is-a-name", "Premierministerin Theresa May sagte am Montag, sie bleibe.",
     "Prime Minister Theresa May said on Monday that she would stay."),
    ("weekday-dropped-from-name", "Das sagte Seibert der Bild am Sonntag.", "Seibert said this to Bild."),
    ("month-abbreviation", "Die Frist endet am 31. Dez. 2019.", "The deadline ends on Dec. 31, 2019."),
    ("weekday-adverb", "Der Markt ist sonntags geschlossen.", "The market is closed on Sundays."),
    ("month-glued-to-day", "Wir verlassen die EU zum 31.Oktober.", "We will leave the EU on 31 October."),
]


@pytest.mark.parametrize("source,translation", [c[1:] for c in PASSING], ids=[c[0] for c in PASSING])
def test_passes(source, translation):
    assert flags_for(source, translation) == []


FAILING = [
    # id, German, English, flagged English text, suggestion
    ("weekday-changed", "Das sagte Khan am Freitag bei der Generaldebatte.",
     "Khan said this on Thursday at the general debate.", "Thursday",
     "Khan said this on Friday at the general debate."),
    ("month-changed", "Die Taskforce war im September 2015 gegründet worden.",
     "The task force had been founded in December 2015.", "December",
     "The task force had been founded in September 2015."),
    ("day-changed", "Ein Festabend findet am Freitag, 5. Oktober, statt.",
     "A festive evening takes place on Friday, October 2.", "2",
     "A festive evening takes place on Friday, October 5."),
    ("day-changed-uk-order", "Stand Sonntag, 26. Juli 2020.", "Status Sunday, 25 July 2020.", "25",
     "Status Sunday, 26 July 2020."),
    ("numeric-date-month-changed", "Die Studie begann am 1.10.2019.", "The study began on November 1, 2019.",
     "November", "The study began on October 1, 2019."),
    ("month-glued-to-day-changed", "Wir verlassen die EU zum 31.Oktober.", "We will leave the EU on 31 September.",
     "September", "We will leave the EU on 31 October."),
    ("compound-weekday-changed", "Am Sonntagmorgen kurz vor 6 Uhr kam ein Anruf.",
     "On Monday morning shortly before 6 a.m. a call came in.", "Monday",
     "On Sunday morning shortly before 6 a.m. a call came in."),
]


@pytest.mark.parametrize("source,translation,flagged,suggestion", [c[1:] for c in FAILING],
                         ids=[c[0] for c in FAILING])
def test_fails(source, translation, flagged, suggestion):
    flags = flags_for(source, translation)
    assert len(flags) == 1
    f = flags[0]
    assert f.category == Category.DATE
    assert translation[f.translation_span[0]:f.translation_span[1]] == flagged
    assert f.source_span is not None
    assert f.suggestion == suggestion


def test_month_without_german_partner_is_only_info():
    config = load_config()
    flags = [f for f in run_checks([Unit(id="u", source="Das war im vergangenen Monat.",
                                         translation="That was in October.")], config)[0] if f.check == CHECK]
    assert [f.severity for f in flags] == [Severity.INFO]
