"""`deen check`: pairs in, flags out in input order; German-side checks over article folders."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import InputError
from pipeline.pairs import read_pairs

SEED = Path(__file__).resolve().parents[1] / "seeds"
runner = CliRunner()
COUNTED = {"error", "warning"}


def _flags(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]


def test_pairs_flags_keep_input_order_and_schema(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    rows = [
        {"id": "b", "source": "Mehr als 10.000 Soldaten kamen.", "translation": "More than 10,000 soldiers came."},
        {"id": "a", "source": "Mehr als 10.000 Soldaten kamen.", "translation": "More than 1,000 soldiers came."},
        {"id": "c", "doc_id": "d", "source": "Er kam am 6. August.", "translation": "He came on August 6."},
    ]
    pairs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "flags.jsonl"
    res = runner.invoke(app, ["check", str(pairs), "--out", str(out)])
    assert res.exit_code == 0, res.output
    got = _flags(out)
    assert [g["id"] for g in got] == ["b", "a", "c"]
    assert not [f for f in got[0]["flags"] if f["severity"] in COUNTED]
    numbers = [f for f in got[1]["flags"] if f["category"] == "number"]
    assert numbers and set(numbers[0]) >= {"check", "category", "severity", "side", "message", "source_span",
                                           "translation_span", "suggestion"}


BAD_PAIRS = [
    ("bad-json", '{"id": 1, "source": "x"\n', "bad JSON"),
    ("no-source", '{"id": 1, "translation": "x"}\n', 'line 1: missing field "source"'),
    ("no-translation", '{"id": 1, "source": "x"}\n', 'line 1: missing field "translation"'),
    ("misnamed-translation", '{"source": "x", "tgt": "y"}\n', 'unknown field "tgt" (did you mean "translation"?)'),
    ("misnamed-doc", '{"source": "x", "translation": "y", "docid": "d"}\n',
     'unknown field "docid" (did you mean "doc_id"?)'),
    ("unknown-field", '{"source": "x", "translation": "y", "score": 1}\n', 'line 1: unknown field "score"\n  expected keys:'),
    ("translation-not-string", '{"source": "x", "translation": null}\n', '"translation" must be a string'),
    ("id-not-scalar", '{"id": [1], "source": "x", "translation": "y"}\n', '"id" must be a string or an integer'),
    ("not-an-object", '["x", "y"]\n', "line 1: not a JSON object"),
    ("duplicate-id", '{"id": 1, "source": "a", "translation": "a"}\n{"id": 1, "source": "b", "translation": "b"}\n',
     "duplicate id"),
    ("empty", "\n\n", "no pairs"),
]


@pytest.mark.parametrize("text,needle", [c[1:] for c in BAD_PAIRS], ids=[c[0] for c in BAD_PAIRS])
def test_bad_pairs_files_are_reported_with_line_numbers(tmp_path, text, needle):
    f = tmp_path / "p.jsonl"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_pairs(f)
    assert "p.jsonl" in str(e.value)
    assert needle.replace("\\", "") in str(e.value)


def test_ignored_fields_are_accepted_and_the_rest_stay_errors(tmp_path):
    f = tmp_path / "p.jsonl"
    f.write_text('{"id": "a", "source": "x", "translation": "y", "errors": [], "reference": "y"}\n', encoding="utf-8")
    assert [u.id for u in read_pairs(f, ignore_fields={"errors", "reference"})] == ["a"]
    with pytest.raises(InputError, match='unknown field "reference"'):
        read_pairs(f, ignore_fields={"errors"})


def test_cli_reports_bad_pairs_without_traceback(tmp_path):
    f = tmp_path / "p.jsonl"
    f.write_text("not json\n", encoding="utf-8")
    res = runner.invoke(app, ["check", str(f)])
    assert res.exit_code == 2
    assert "line 1: bad JSON" in res.output and "Traceback" not in res.output


def test_seed_article_flags_the_year_and_the_broken_quote_and_little_else(tmp_path):
    out = tmp_path / "seed_flags.jsonl"
    res = runner.invoke(app, ["check", str(SEED), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = _flags(out)
    assert len(rows) == 21
    counted = {int(r["id"].rsplit("#", 1)[1]): [f for f in r["flags"] if f["severity"] in COUNTED] for r in rows}
    year = [f for f in counted[0] if f["category"] == "date"]
    assert year, counted[0]
    src0 = next(SEED.glob("*.txt")).read_text(encoding="utf-8").splitlines()[0]
    start, end = year[0]["source_span"]
    assert "2019" in src0[start:end]
    assert year[0]["message"] and year[0]["suggestion"]
    quote = [f for f in counted[2] if f["category"] == "quote"]
    assert quote and quote[0]["message"] and quote[0]["suggestion"]
    others = [i for i, fl in counted.items() if fl and i not in (0, 2)]
    assert len(others) <= 2, {i: counted[i] for i in others}
