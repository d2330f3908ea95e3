"""Cut-off translations: a sentence whose decoding stopped at the token limit is flagged, naming the limit."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.cli import app
from pipeline.records import Category, Hypothesis, LengthLimit, LimitBy, Severity, Translation, Unit
from pipeline.store import report_from_json, report_to_json

CONFIG = load_config()
FIRST, SECOND = "Die Polizei sucht Zeugen.", "Der Bürgermeister sagte, die Stadt werde mehr Wohnungen bauen."


def unit(limit) -> Unit:
    t1 = Translation(source=FIRST, best="The police are looking for witnesses.", score=-0.2,
                     nbest=(Hypothesis("The police are looking for witnesses.", -0.2),))
    t2 = Translation(source=SECOND, best="The mayor said the city would build", score=-0.3,
                     nbest=(Hypothesis("The mayor said the city would build", -0.3),), limit_reached=limit)
    return Unit(id="u", source=f"{FIRST} {SECOND}", translation=f"{t1.best} {t2.best}", translations=(t1, t2))


def flags(u: Unit) -> list:
    return [f for f in run_checks([u], CONFIG)[0] if f.check == "length_limit"]


# (id, the limit the second sentence reached, words the message must hold, words it must not)
CASES = [
    ("ended-itself", None, (), ()),
    ("max-length", LengthLimit(64, LimitBy.MAX_LENGTH), ("limit of 64 tokens", "--max-length (now 64)"), ("positions",)),
    ("positions", LengthLimit(511, LimitBy.POSITIONS), ("limit of 511 tokens", "positions", "cannot raise"),
     ("now 511",)),
]


@pytest.mark.parametrize("case_id,limit,says,never", CASES, ids=[c[0] for c in CASES])
def test_a_sentence_stopped_at_the_limit_is_flagged(case_id, limit, says, never):
    u = unit(limit)
    fl = flags(u)
    assert len(fl) == (limit is not None)
    if limit is not None:
        (f,) = fl
        assert f.category is Category.OMISSION and f.severity is Severity.WARNING
        assert all(w in f.message for w in says) and not any(w in f.message for w in never)
        assert u.source[slice(*f.source_span)] == SECOND
        assert u.translation[slice(*f.translation_span)] == "The mayor said the city would build"
        assert f.score == f.threshold == limit.tokens


def test_pairs_without_model_evidence_raise_nothing():
    u = Unit(id="u", source=FIRST, translation="The police are looking for")
    assert flags(u) == []


def test_the_limit_survives_the_record_and_old_records_still_load():
    from pipeline.records import Article, Paragraph, ParagraphResult, Report, Sentence

    u = unit(LengthLimit(64, LimitBy.MAX_LENGTH))
    para = Paragraph(index=0, text=u.source)
    sents = (Sentence(0, 0, 0, len(FIRST), FIRST), Sentence(0, 1, len(FIRST) + 1, len(u.source), SECOND))
    report = Report(article=Article(path="a.txt", paragraphs=(para,)),
                    paragraphs=(ParagraphResult(paragraph=para, sentences=sents, translations=u.translations,
                                                raw=u.translation),))
    data = report_to_json(report)
    assert report_from_json(json.loads(json.dumps(data))).paragraphs[0].translations == u.translations
    for s in data["paragraphs"][0]["sentences"]:
        del s["translation"]["limit_reached"]  # as written before the limit was recorded
    assert [t.limit_reached for t in report_from_json(data).paragraphs[0].translations] == [None, None]


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_a_run_with_a_small_max_length_records_and_flags_the_cut(tiny_model_ct2, tmp_path, backend):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Ja.\nDer Bürgermeister sagte, die Stadt werde mehr Wohnungen bauen.\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["translate", str(src), "--model", str(tiny_model_ct2), "--out", str(out),
                                   "--backend", backend, "--beam", "2", "--nbest", "2", "--max-length", "16", "-q"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    record = json.loads((out / "a.json").read_text(encoding="utf-8"))
    short, long = record["paragraphs"]
    assert short["sentences"][0]["translation"]["limit_reached"] is None
    assert not [f for f in short["flags"] if f["check"] == "length_limit"]
    assert long["sentences"][0]["translation"]["limit_reached"] == {"tokens": 16, "by": "max_length"}
    (flag,) = [f for f in long["flags"] if f["check"] == "length_limit"]
    assert "--max-length (now 16)" in flag["message"] and flag["severity"] == "warning"
    assert "stopped at the limit of 16 tokens" in (out / "report.md").read_text(encoding="utf-8")  # the reviewer sees it
