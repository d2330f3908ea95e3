"""bench/population.py: the labelled outputs count exactly, the rest is scaled from its sample by group."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
population = pytest.importorskip("population")

MAJOR_NAME = [{"category": "name", "severity": "major"}]
MAJOR_MEANING = [{"category": "meaning", "severity": "major"}]
MINOR = [{"category": "omission", "severity": "minor"}]


def rows(n, system, start=0):
    return [{"line": start + i, "system": system} for i in range(n)]


def labels(rs, errors):
    return [{**r, "errors": errors} for r in rs]


# (what, population rows, known labels, sample labels, flagged lines, expected score)
CASES = [
    ("all labelled: exact",
     rows(4, "Online-B"), labels(rows(2, "Online-B"), MAJOR_NAME) + labels(rows(2, "Online-B", 2), []),
     [], {0, 2},
     {"flagged_precision": 0.5, "error_free_flagged": 0.5, "recall_any_major": 0.5, "recall_in_scope": 0.5}),
    ("a sample of half the unlabelled stands for all of them",
     rows(4, "Online-B"), {}, labels(rows(1, "Online-B"), MAJOR_MEANING) + labels(rows(1, "Online-B", 1), []),
     {0},
     {"flagged_precision": 1.0, "error_free_flagged": 0.0, "recall_any_major": 1.0, "recall_in_scope": None}),
    ("groups are scaled apart: 1 weaker output sampled of 1, 1 other of 3",
     rows(1, "LT22") + rows(3, "Online-B", 10), {},
     labels(rows(1, "LT22"), MAJOR_NAME) + labels(rows(1, "Online-B", 10), MINOR),
     {10},
     # majors: 1 (LT22, not flagged); flagged: 3 estimated others, all holding a minor error
     {"flagged_precision": 1.0, "error_free_flagged": None, "recall_any_major": 0.0, "recall_in_scope": 0.0}),
]


@pytest.mark.parametrize("what,pop,known,sample,flagged,expected", CASES, ids=[c[0] for c in CASES])
def test_combine(what, pop, known, sample, flagged, expected):
    known = {(r["line"], r["system"]): r for r in (known if isinstance(known, list) else [])}
    got = population.combine(pop, known, sample, [r["line"] in flagged for r in pop], draws=50)
    assert got["score"] == expected
    assert got["labelled"] == len(known)


def test_a_group_without_sample_is_refused():
    pop = rows(2, "LT22") + rows(2, "Online-B", 10)
    with pytest.raises(ValueError, match="weaker"):
        population.combine(pop, {}, labels(rows(1, "Online-B", 10), []), [False] * 4, draws=10)
