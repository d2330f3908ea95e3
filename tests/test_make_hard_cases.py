"""The hard-case generator: reproducible, valid dev-format records, and each kind of error a real one."""
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("make_hard_cases", ROOT / "bench" / "make_hard_cases.py")
mhc = importlib.util.module_from_spec(_spec)
sys.modules["make_hard_cases"] = mhc
_spec.loader.exec_module(mhc)

DEV_KEYS = {"id", "doc_id", "source", "translation", "reference", "errors"}
ERROR_KEYS = {"type", "category", "side", "detail", "span"}


@pytest.fixture(scope="module")
def bases():
    return mhc.load_bases(None)  # OWN_PAIRS only: fast and independent of ../shared


@pytest.fixture(scope="module")
def records(bases):
    return mhc.generate(bases, seed=1)


def test_same_seed_same_records(bases, records):
    assert mhc.generate(bases, seed=1) == records


def test_other_seed_other_records(bases, records):
    assert mhc.generate(bases, seed=2) != records


def test_records_have_the_dev_format(records):
    for r in records:
        assert set(r) == DEV_KEYS
        for e in r["errors"]:
            assert ERROR_KEYS <= set(e) <= ERROR_KEYS | {"source_span"}
            assert e["category"] == mhc.TYPE_CATEGORY[e["type"]]
            assert e["side"] in ("translation", "both")
            assert ("source_span" in e) == (e["side"] == "both")
        json.dumps(r, ensure_ascii=False)
    assert len({r["id"] for r in records}) == len(records)


def test_clean_share_and_one_error_each(records):
    clean = [r for r in records if not r["errors"]]
    assert abs(len(clean) / len(records) - 0.4) < 0.02
    assert all(len(r["errors"]) <= 1 for r in records)


def test_clean_records_are_the_unchanged_reference(bases, records):
    originals = {(b.source, b.reference) for b in bases}
    for r in records:
        if not r["errors"]:
            assert r["translation"] == r["reference"]
            assert r["source"] in {s for s, _ in originals}


def changed_region(a: str, b: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The differing stretch of a and of b, after their common prefix and suffix."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def covers(text: str, span: str, region: tuple[int, int]) -> bool:
    """Some occurrence of span touches the region (an empty region is a point)."""
    lo, hi = region
    return any(m.start() <= max(lo, hi - 1) and lo <= m.end() for m in re.finditer(re.escape(span), text))


def test_spans_are_where_the_error_is(records):
    own_sources = {b.source for b in mhc.load_bases(None)}
    for r in records:
        if not r["errors"]:
            continue
        e = r["errors"][0]
        in_ref, in_tr = changed_region(r["reference"], r["translation"])
        deletion = in_tr[0] == in_tr[1]  # then the span may be what the translation lost
        assert covers(r["translation"], e["span"], in_tr) or (
            deletion and covers(r["reference"], e["span"], in_ref)), (r["id"], e)
        if e["side"] == "both":
            assert e["source_span"] in r["source"] and r["source"] not in own_sources
        else:
            assert r["source"] in own_sources


def test_every_type_is_generated(records):
    assert {r["errors"][0]["type"] for r in records if r["errors"]} == set(mhc.TYPE_CATEGORY)


def base(de, en, years=(), names=()):
    return mhc.Base("d", de, en, tuple(years), tuple(names))


# (id, kind, German, English, what the changed English must match, what it must not contain)
INJECTION_CASES = [
    ("scale-billion", "scale_word", "Die EU sagte 1,5 Milliarden Euro zu.", "The EU pledged 1.5 billion euros.",
     r"1\.5 (million|trillion) euros", "billion"),
    ("decimal-comma", "decimal_misread", "Die Inflation lag bei 2,5 Prozent.", "Inflation was 2.5 percent.",
     r"\b25 percent", "2.5"),
    ("thousands-group", "thousands_broken", "Mehr als 10.000 Menschen kamen.", "More than 10,000 people came.",
     r"More than (10,00|1000) people", "10,000"),
    ("german-dots-truncated", "thousands_broken", "Mehr als 10.000 Menschen kamen.",
     "More than 10.000 people came.", r"More than (10\.00|1000) people", "10.000"),
    ("number-word", "number_word", "Er wurde zu sieben Jahren Haft verurteilt.",
     "He was sentenced to seven years in prison.", r"to (six|eight) years", "seven"),
    ("year-by-one", "year_off_by_one", "Das war 2019 in Berlin.", "That was in Berlin in 2019.",
     r"in (2018|2020)\.", "2019"),
    ("day-shifted", "day_shifted", "Am 6. August wurde gewählt.", "The vote was held on Aug. 6.",
     r"Aug\. (5|7)\.", "Aug. 6"),
    ("weekday-shifted", "weekday_shifted", "Er kam am Mittwoch an.", "He arrived on Wednesday.",
     r"on (Tuesday|Thursday)", "Wednesday"),
    ("month-swapped", "month_swapped", "Die Wahl ist im März.", "The election is in March.",
     r"in (February|April)", "March"),
    ("word-stutter", "word_stutter", "Die Regierung tagte.", "The government met yesterday.",
     r"\b(\w+) \1\b", None),
    ("transliteration", "wrong_transliteration", "Peskow sprach.", "Dmitry Peskov spoke in Moscow.",
     r"Pesko|Peskow|Dmitrij", None),
    ("compound-left", "compound_left", "Die Bundesregierung beschloss das Gesetz.",
     "The federal government passed the law.", r"The Bundesregierung passed", "federal government"),
]


@pytest.mark.parametrize("kind,de,en,changed,gone", [c[1:] for c in INJECTION_CASES],
                         ids=[c[0] for c in INJECTION_CASES])
def test_injection_makes_a_real_error(kind, de, en, changed, gone):
    type_, fn = mhc.INJECTORS[kind]
    for seed in range(5):
        inj = fn(base(de, en), en, random.Random(seed))
        assert inj is not None and inj.type == type_
        assert re.search(changed, inj.translation), inj.translation
        if gone:
            assert gone not in inj.translation
        assert inj.span in inj.translation


# (id, kind, German, English): the kind must not apply, since any change would not be checkable.
NOT_APPLICABLE = [
    ("scale-not-in-source", "scale_word", "Die EU sagte 1500 Euro zu.", "The EU pledged 1.5 billion euros."),
    ("decimal-not-in-source", "decimal_misread", "Er lief 25 Kilometer.", "He ran 2.5 kilometres."),
    ("year-not-in-source", "year_off_by_one", "Das war letztes Jahr.", "That was in 2019."),
    ("weekday-not-in-source", "weekday_shifted", "Er kam gestern an.", "He arrived on Wednesday."),
    ("no-quote-to-split", "attributed_split", "Er sagte nichts.", "He said nothing."),
    ("only-allowed-doubles", "word_stutter", "Er hatte.", "He had that."),
    # A clause that would end inside a decimal number: cut there, it leaves a number garbled, not a clause dropped.
    ("clause-inside-a-number", "clause_dropped", "Die Lebensmittelpreise stiegen stark, im Mai um bis zu 2,8 Prozent.",
     "Food prices rose sharply, rising by as much as 2.8 percent in May."),
]


@pytest.mark.parametrize("kind,de,en", [c[1:] for c in NOT_APPLICABLE], ids=[c[0] for c in NOT_APPLICABLE])
def test_injection_skips_what_it_cannot_verify(kind, de, en):
    assert mhc.INJECTORS[kind][1](base(de, en), en, random.Random(0)) is None


def test_quote_split_changes_both_sides_before_the_attribution():
    de = "„Wir sehen keine Grundlage für weitere Verhandlungen“, sagte Peskow."
    en = "\"We see no basis for further negotiations,\" Peskov said."
    inj = mhc.inject_attributed_split(base(de, en), en, random.Random(3))
    assert inj.source.count("„") == 2 and inj.source.count("“") == 2
    assert inj.translation.count('"') == 4
    assert inj.source.endswith("“, sagte Peskow.") and inj.translation.endswith(",\" Peskov said.")
    assert inj.source_span in inj.source and inj.span in inj.translation


# (id, style, German, English, expected English): the hard negatives stay correct translations.
STYLE_CASES = [
    ("smart-quotes", "smart_quotes", "„Ja“, sagte er.", "\"Yes,\" he said.", "\u201cYes,\u201d he said."),
    ("german-thousands", "german_thousands", "Mehr als 10.000 kamen.", "More than 10,000 came.",
     "More than 10.000 came."),
    ("ap-month", "month_abbrev", "Am 6. August.", "On August 6.", "On Aug. 6."),
    ("day-month", "day_month", "Am 6. August.", "On August 6.", "On 6 August."),
]


@pytest.mark.parametrize("style,de,en,expected", [c[1:] for c in STYLE_CASES], ids=[c[0] for c in STYLE_CASES])
def test_clean_styles(style, de, en, expected):
    assert mhc.STYLES[style](de, en, random.Random(0)) == expected


def test_cli_writes_jsonl(tmp_path):
    dev = tmp_path / "dev.jsonl"
    dev.write_text("", encoding="utf-8")
    out = tmp_path / "hard.jsonl"
    assert mhc.main(["--out", str(out), "--seed", "4", "--dev", str(dev), "--passes", "1"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(mhc.OWN_PAIRS)
    for r in rows:
        mhc.validate(r)


def test_given_pairs_replace_dev_and_own_pairs():
    # bench/natural_injection.py injects into the bench's articles: only the pairs given are bases.
    pairs = [("doc-x", "Die Stadt Bonn hat 330.000 Einwohner.", "The city of Bonn has 330,000 inhabitants."),
             ("doc-x", "Im Jahr 2019 wählte sie einen neuen Rat.", "In 2019 it elected a new council.")]
    bases = mhc.load_bases(None, pairs)
    assert [(b.doc_id, b.source, b.reference) for b in bases] == pairs
    assert all(b.doc_years == (2019,) for b in bases)
    records = mhc.generate(bases, seed=1)
    assert {r["doc_id"].split("~")[0] for r in records} == {"doc-x"}
