"""Reading articles: layouts, encodings, normalisation and every kind of bad input."""
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.reading import find_articles, read_article, read_folder, split_paragraphs

SEED = Path(__file__).resolve().parents[1] / "seeds"

LAYOUTS = [
    ("one-per-line", "Erster Absatz.\nZweiter Absatz.\n", ["Erster Absatz.", "Zweiter Absatz."], "\n"),
    ("blank-separated-wrapped",
     "Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln ab\nMärz gelten.\n\nZweiter Absatz.\n",
     ["Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln ab März gelten.", "Zweiter Absatz."],
     "\n\n"),
    ("heading-own-unit-in-block",
     "VERWANDTE GESCHICHTEN\nDie Ukraine enthüllt abgefangene Funkkommunikation nordkoreanischer Soldaten.\n\nEnde.\n",
     ["VERWANDTE GESCHICHTEN",
      "Die Ukraine enthüllt abgefangene Funkkommunikation nordkoreanischer Soldaten.", "Ende."], "\n\n"),
    ("blank-lines-trimmed", "\n\nNur ein Absatz.\n\n\n", ["Nur ein Absatz."], "\n"),
    ("crlf-handled-by-decode", "A.\nB.", ["A.", "B."], "\n"),
]


@pytest.mark.parametrize("text,expected,sep", [c[1:] for c in LAYOUTS], ids=[c[0] for c in LAYOUTS])
def test_split_paragraphs(text, expected, sep):
    paras, separator = split_paragraphs(text)
    assert [p.text for p in paras] == expected
    assert [p.index for p in paras] == list(range(len(expected)))
    assert separator == sep


def test_markdown_prefixes_are_kept_apart_from_text():
    paras, _ = split_paragraphs("# Titel der Meldung\n\n- Erster Punkt.\n- Zweiter Punkt.\n", markdown=True)
    assert [(p.prefix, p.text, p.kind) for p in paras] == [
        ("# ", "Titel der Meldung", "heading"), ("- ", "Erster Punkt.", "text"), ("- ", "Zweiter Punkt.", "text")]


ENCODINGS = [
    ("utf8", "Straße.\n".encode("utf-8"), "Straße."),
    ("utf8-bom", b"\xef\xbb\xbf" + "Straße.\n".encode("utf-8"), "Straße."),
    ("crlf", "Erster.\r\nZweiter.\r\n".encode("utf-8"), "Erster."),
    ("nfd-to-nfc", "Mu\u0308nchen liegt in Bayern.\n".encode("utf-8"), "München liegt in Bayern."),
]


@pytest.mark.parametrize("raw,first", [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS])
def test_decoding(tmp_path, raw, first):
    f = tmp_path / "a.txt"
    f.write_bytes(raw)
    art = read_article(f, tmp_path)
    assert art.paragraphs[0].text == first
    assert art.path == "a.txt"
    assert len(art.sha256) == 64


BAD = [
    ("latin1", "Straße und Öl.\n".encode("latin-1"), "not UTF-8"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("empty", b"", "empty"),
    ("whitespace-only", b"  \n\n \t\n", "empty"),
    ("huge", b"Satz. " * 200, "too large"),
]


@pytest.mark.parametrize("raw,reason", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_files_name_the_file(tmp_path, raw, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(raw)
    with pytest.raises(InputError) as e:
        read_article(f, tmp_path, max_bytes=1000)
    assert reason in str(e.value)
    assert "bad.txt" in str(e.value)


def test_folder_walk_mirrors_tree_skips_hidden_and_collects_failures(tmp_path):
    (tmp_path / "sub" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("Eins.\n", encoding="utf-8")
    (tmp_path / "sub" / "deep" / "b.md").write_text("# Zwei\n", encoding="utf-8")
    (tmp_path / ".hidden" / "c.txt").write_text("Versteckt.\n", encoding="utf-8")
    (tmp_path / ".d.txt").write_text("Versteckt.\n", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"GIF89a\x00\x01")
    assert [p.relative_to(tmp_path).as_posix() for p in find_articles(tmp_path)] == [
        "a.txt", "broken.txt", "sub/deep/b.md"]
    articles, failures = read_folder(tmp_path)
    assert [a.path for a in articles] == ["a.txt", "sub/deep/b.md"]
    assert [f.path for f in failures] == ["broken.txt"]


def test_folder_without_articles_is_an_error(tmp_path):
    (tmp_path / "x.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="no articles"):
        read_folder(tmp_path)


def test_seed_article_has_21_paragraphs_with_headings_apart():
    art = read_article(next(SEED.glob("*.txt")), SEED)
    assert len(art.paragraphs) == 21
    kinds = {p.text: p.kind for p in art.paragraphs}
    assert kinds["VERWANDTE GESCHICHTEN"] == "heading"
    assert art.paragraphs[-1].text == "Herausgegeben von Mike Firn."
