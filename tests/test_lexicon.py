"""The lexicon: Ding's list read into a cache of German forms and the English stems they may render."""
from __future__ import annotations

import pickle

import pytest

from lexicon_data import TINY_DING, no_lexicon, tiny_lexicon  # noqa: F401 - fixtures
from pipeline import lexicon
from pipeline.errors import InputError


@pytest.mark.parametrize("german,english", [
    ("haus", {"hous"}),
    ("häuser", {"hous"}),                 # the plural paired with the English plural
    # "ich/er/sie ging": pronouns dropped, the form kept; every form of one verb has all its senses:
    # „ist gegangen“ is told "went" as often as "has gone"
    ("ging", {"went", "go", "gon", "going", "goe"}),
    ("gegangen", {"went", "go", "gon", "going", "goe"}),
    ("sagte", {"said", "say"}),
    ("geben", {"giv", "given"}),
    ("überlegen", {"consider"}),          # one alternative only, no conjugation: nothing shared
    ("innerhalb", {"within"}),            # function words kept where nothing else renders it
    ("polizei", {"polic"}),               # "die Polizei": the article dropped
    ("schutzpolizei", {"polic", "uniform"}),  # "/Schupo/" abbreviation dropped
    ("hallo", {"hello"}),
], ids=lambda x: x if isinstance(x, str) else None)
def test_parse_ding_pairs_forms_with_their_english(german, english):
    assert lexicon.parse_ding(TINY_DING.splitlines())[german] == english


def test_parse_ding_skips_phrases_and_comments():
    forms = lexicon.parse_ding(TINY_DING.splitlines())
    assert "mit freundlichen grüßen" not in forms and "grüßen" not in forms
    assert not any(k.startswith("#") for k in forms)


def test_parse_ding_phrases_pairs_german_words_with_each_rendering():
    phrases = lexicon.parse_ding_phrases(TINY_DING.splitlines())
    de = frozenset(lexicon.german_stem(w) for w in ("Bescheid", "geben"))
    assert phrases[de] == {frozenset({"let", "know"}), frozenset({"tell"})}
    assert frozenset({lexicon.german_stem("anders"), lexicon.german_stem("überlegen")}) in phrases
    # A single word is no phrase; frame words („jdm.“, „es“, „sich“) are dropped.
    assert all(len(k) >= 2 for k in phrases) and not any("jdm" in k or "sich" in k for k in phrases)


PLACES = [
    # German name -> English names of the list's geographic entries (names English calls otherwise).
    ("golanhöhen", {"golan heights", "golan"}),
    ("thüringen", {"thuringia"}),
    # A note in brackets holds a semicolon of its own: read whole, no half of it a name.
    ("graubünden", {"grisons"}),
]


@pytest.mark.parametrize("german,english", PLACES)
def test_parse_ding_places_pairs_german_names_with_english_ones(german, english):
    assert lexicon.parse_ding_places(TINY_DING.splitlines())[german] == english


def test_parse_ding_places_skips_adjectives_and_other_entries():
    places = lexicon.parse_ding_places(TINY_DING.splitlines())
    assert "alpin" not in places and "haus" not in places and "calcium" not in places
    assert not any("(" in g or ")" in g or "hauptort" in g for g in places)


def test_places_are_stored_in_the_cache(tiny_lexicon):
    assert tiny_lexicon.places()["golanhöhen"] == frozenset({"golan heights", "golan"})


def test_phrases_looked_up_by_any_of_their_words(tiny_lexicon):
    for word in ("Bescheid", "gebe", "geben"):
        assert any(frozenset({"let", "know"}) in r for _, r in tiny_lexicon.phrases(word)), word
    assert tiny_lexicon.phrases("Haus") == ()


@pytest.mark.parametrize("a,b", [("houses", "house"), ("housing", "house"), ("governments", "government"),
                                 ("stopped", "stop"), ("studies", "study")])
def test_english_stem_gives_forms_one_key(a, b):
    assert lexicon.english_stem(a) == lexicon.english_stem(b)


@pytest.mark.parametrize("word,expected", [
    ("Häuser", {"house"}),
    ("HAUS", {"house"}),                  # case does not matter
    ("Regierungen", {"government"}),      # English stems: "governments" and "government" alike
    ("Brandes", {"fire"}),                # a form the list lacks, less its ending
    ("Blumenkohl", set()),                # unknown
    # A weak verb's past form and participle have their infinitive's senses too.
    ("verharrte", {"pause", "remain"}),
    ("gemessene", {"measure"}),
    # A declined adjective has its base form's senses, though its stem key is another word's („Schwere“).
    ("schweren", {"heavy", "serious", "gravity"}),
    ("schwer", {"heavy", "serious"}),
    ("Reisen", {"journey", "journeys"}),  # ... but a form the list has is its own word, not „Reis“ declined
])
def test_translations(tiny_lexicon, word, expected):
    assert set(tiny_lexicon.translations(word)) == {lexicon.english_stem(w) for w in expected}


@pytest.mark.parametrize("word,lemmas", [
    ("verharrte", ("verharren",)),                         # past: -te
    ("arbeitete", ("arbeiten",)),                          # past: -ete
    ("gemessene", ("messen",)),                            # participle ge-…-en, an adjective's ending
    ("gearbeitete", ("arbeiten", "gearbeiten")),           # participle ge-…-et with an ending (the second, a
                                                           # form no list has, costs one key of the query)
    ("herausgerechnet", ("herausrechnen",)),               # a separable particle before ge-
    ("gehörten", ("hören", "gehören")),                    # ge- may be the verb's own: both asked
    ("einzulegen", ("einlegen",)),                         # a separable verb's zu-infinitive
    ("umzusetzen", ("umsetzen",)),                         # „um“ separable where „zu“ goes inside
    ("zuzugreifen", ("zugreifen",)),                       # the particle „zu“ itself
    ("einzugebenden", ("eingeben",)),                      # the gerundive („die einzugebenden Daten“)
    ("Anzug", ()),                                         # a noun: no infinitive's ending
    ("Haus", ()),                                          # no verb form
])
def test_verb_lemmas(word, lemmas):
    assert lexicon.verb_lemmas(word.lower()) == lemmas


@pytest.mark.parametrize("word,bases", [
    ("schweren", ("schwer",)),
    ("schwerem", ("schwer",)),
    ("schwerer", ("schwer",)),
    ("schweres", ("schwer",)),
    ("schwere", ("schwer",)),
    ("schwarz", ()),                                       # no ending
    ("neue", ()),                                          # too short a base to ask for
])
def test_declined_bases(word, bases):
    assert lexicon.declined_bases(word) == bases


@pytest.mark.parametrize("word,parts", [
    ("Regierungssprecher", ("regierung", "sprecher")),   # linking -s-
    ("Bundesregierung", ("bund", "regierung")),          # linking -es-
    ("Stadtbrand", ("stadt", "brand")),
    ("Abfüllstation", ("abfüllen", "station")),          # a verb's stem before the head: the verb
    ("Haus", ()),                                         # too short to split
    ("Blumenkohlsuppe", ()),                              # parts unknown
])
def test_compound_parts(tiny_lexicon, word, parts):
    assert tiny_lexicon.parts(word) == parts


@pytest.mark.parametrize("word,senses", [
    ("Stadtbrand", {"town", "city", "fire"}),            # a compound the list lacks: its parts' senses
    ("Haus", {"house"}),                                  # a word the list has: its own
    ("Blumenkohlsuppe", set()),                           # neither
])
def test_senses_of_a_word_or_its_parts(tiny_lexicon, word, senses):
    assert set(tiny_lexicon.senses(word)) == {lexicon.english_stem(w) for w in senses}  # (stems, as translations gives)


def test_status_and_setting_name_the_list(tiny_lexicon):
    st = lexicon.status()
    assert st["degraded"] is False and st["lexicon"] == "de-en.txt" and st["forms"] > 30
    assert lexicon.setting().startswith("de-en.txt sha256:")


def test_without_a_lexicon_the_status_says_degraded(no_lexicon):
    assert lexicon.load() is None
    st = lexicon.status()
    assert st["degraded"] is True and "trans-de-en" in st["note"]
    assert lexicon.setting() == "none (degraded checks)"


def test_cache_is_reused_and_rebuilt_when_the_list_changes(tiny_lexicon, tmp_path):
    source = tmp_path / "de-en.txt"
    first = lexicon.cache_path(source)
    assert first.is_file()
    source.write_text(TINY_DING + "Blumenkohl {m} :: cauliflower\n", encoding="utf-8")
    assert lexicon.cache_path(source) != first  # size and mtime are part of the key
    lexicon._load.cache_clear()
    assert lexicon.load().translations("Blumenkohl") == {lexicon.english_stem("cauliflower")}


# Built to a named file and loaded from it, also where the path has characters a URI would read.
BUILD_PATHS = [
    ("plain", "list.txt", "out/lex.sqlite"),
    ("odd-characters", "a list #1?.txt", "odd dir #2/lex?.sqlite"),
]


@pytest.mark.parametrize("source_name,dest_name", [c[1:] for c in BUILD_PATHS], ids=[c[0] for c in BUILD_PATHS])
def test_build_to_a_named_file_and_load_it(tmp_path, monkeypatch, source_name, dest_name):
    source = tmp_path / source_name
    source.write_text(TINY_DING, encoding="utf-8")
    dest = lexicon.build(source, tmp_path / dest_name)
    monkeypatch.setenv("DEEN_LEXICON", str(dest))
    assert lexicon.load().translations("Koch") == {"cook"}


@pytest.mark.parametrize("text,why", [(None, "no such"), ("just some text\n", "no German–English entries")])
def test_build_refuses_what_is_no_list(tmp_path, text, why):
    source = tmp_path / "list.txt"
    if text is not None:
        source.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=why):
        lexicon.build(source, tmp_path / "lex.sqlite")


def test_a_lexicon_travels_to_worker_processes(tiny_lexicon):
    copy = pickle.loads(pickle.dumps(tiny_lexicon))
    assert copy.translations("Koch") == tiny_lexicon.translations("Koch")


def test_a_forked_process_opens_its_own_connection(tiny_lexicon, monkeypatch):
    # sqlite connections must not cross a fork: the checks' worker processes each open one.
    parent = tiny_lexicon.db
    assert tiny_lexicon.db is parent
    monkeypatch.setattr(lexicon.os, "getpid", lambda: -1)
    child = tiny_lexicon.db
    assert child is not parent and tiny_lexicon.db is child
    assert child.execute("SELECT count(*) FROM forms").fetchone()[0] > 0


def test_phrases_within_a_window_keep_only_those_whose_words_it_has(tiny_lexicon):
    every = tiny_lexicon.phrases("Bescheid")
    assert every
    german = set().union(*(de for de, _ in every))
    assert tiny_lexicon.phrases("Bescheid", within=frozenset(german)) == every
    assert tiny_lexicon.phrases("Bescheid", within=frozenset({lexicon.german_stem("Bescheid")})) == ()


def test_cli_builds_a_lexicon_and_reports_degraded_mode(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    source = tmp_path / "list.txt"
    source.write_text(TINY_DING, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["lexicon", "build", str(source), "--dest", str(tmp_path / "lex.sqlite")])
    assert res.exit_code == 0 and (tmp_path / "lex.sqlite").is_file()
    monkeypatch.setenv("DEEN_LEXICON", str(tmp_path / "lex.sqlite"))
    res = runner.invoke(app, ["lexicon", "status"])
    assert res.exit_code == 0 and "German word forms" in res.output
    monkeypatch.setenv("DEEN_LEXICON", "none")
    res = runner.invoke(app, ["lexicon", "status"])
    assert res.exit_code == 1 and "degraded" in res.output
    res = runner.invoke(app, ["lexicon", "build", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "no such lexicon file" in res.output


def test_an_unusable_lexicon_degrades_and_says_why(tmp_path, monkeypatch):
    bad = tmp_path / "not-a-list.txt"
    bad.write_text("nothing here\n", encoding="utf-8")
    monkeypatch.setenv("DEEN_LEXICON", str(bad))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert lexicon.load() is None
    st = lexicon.status()
    assert st["degraded"] and "cannot be used" in st["note"] and "not-a-list.txt" in st["note"]
