"""The check runner: input order, whole documents per worker, the same flags for any number of jobs."""
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from lexicon_data import tiny_lexicon  # noqa: F401 - fixtures
from pipeline.checks import runner
from pipeline.checks.runner import run_checks, shares
from pipeline.errors import DeenError
from pipeline.records import Unit

# Paragraphs of one short article: a number the English changes, and a year that lies outside the
# frame its neighbours set (a finding that depends on the other paragraphs of the document).
ARTICLE = [
    ("Am 6. August 2024 drangen ukrainische Truppen in die Region Kursk ein.",
     "On August 6, 2024, Ukrainian troops entered the Kursk region."),
    ("Im Oktober 2024 kamen 10.000 nordkoreanische Soldaten nach Russland.",
     "In October 2024, 10,000 North Korean soldiers came to Russia."),
    ("Nordkoreanische Soldaten kämpften im Jahr 2019 in der Region Kursk gegen die Ukrainer.",
     "North Korean soldiers fought the Ukrainians in the Kursk region in 2019."),
    ("„Das ist klar“, sagte Blinken am 20. Januar 2025.", "\"That is clear,\" Blinken said on January 20, 2025."),
    ("Mehr als 50.000 Menschen flohen.", "More than 5,000 people fled."),
]


def _units(articles: int) -> list[Unit]:
    return [Unit(id=f"a{a}p{p}", source=src, translation=tr, doc_id=f"a{a}")
            for a in range(articles) for p, (src, tr) in enumerate(ARTICLE)]


def _all(flags):
    return [[(f.check, f.severity, f.message) for f in fl] for fl in flags]


@pytest.mark.parametrize("articles,jobs", [(3, 4), (20, 3), (50, 7), (2000, 2)])
def test_shares_hold_whole_documents_in_input_order(articles, jobs):
    units = _units(articles)
    got = shares(units, jobs)
    assert [u for share in got for u in share] == units
    assert len(got) > 1
    for share in got:  # no document is cut between two shares
        assert share[0].id.endswith("p0") and share[-1].id.endswith(f"p{len(ARTICLE) - 1}")
        # ... and none is so large that an interrupted run would wait long for it
        assert len(share) < runner.MAX_SHARE + len(ARTICLE)


def test_units_without_a_document_are_shared_one_by_one():
    units = [Unit(id=str(i), source="Es kamen 10.000.", translation="10,000 came.") for i in range(10)]
    assert [len(s) for s in shares(units, 2)] == [1] * 10


def test_workers_give_the_flags_of_one_process(tiny_lexicon):
    units = _units(60)  # 300 units: over PARALLEL_MIN_UNITS
    assert len(units) >= runner.PARALLEL_MIN_UNITS
    one = _all(run_checks(units, jobs=1))
    two = _all(run_checks(units, jobs=2))
    assert two == one
    checks = [{c for c, _, _ in fl} for fl in one]
    assert all("number_mismatch" in checks[k] for k in range(4, len(units), len(ARTICLE)))
    assert all("year_out_of_frame" in checks[k] for k in range(2, len(units), len(ARTICLE)))


def test_a_dead_worker_is_a_clear_error(monkeypatch):
    class DyingPool:
        def __init__(self, *a, **k):
            pass

        def submit(self, *a, **k):
            future = Future()
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
            return future

        def shutdown(self, *a, **k):
            pass

    monkeypatch.setattr(runner, "ProcessPoolExecutor", DyingPool)
    with pytest.raises(DeenError, match=r"worker process checking 300 units died .*--jobs 1"):
        run_checks(_units(60), jobs=2)


def test_few_units_are_checked_in_this_process(monkeypatch):
    monkeypatch.setattr(runner, "ProcessPoolExecutor", None)  # would fail if used
    flags = run_checks(_units(2), jobs=4)
    assert len(flags) == 2 * len(ARTICLE)


@pytest.mark.parametrize("articles,jobs", [(3, 1), (60, 1), (60, 2)])
def test_progress_counts_every_unit_once_in_order(tiny_lexicon, articles, jobs):
    units = _units(articles)
    seen = []
    run_checks(units, jobs=jobs, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (len(units), len(units))
    assert all(total == len(units) for _, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never backwards
    assert len(seen) > 1  # told as documents (or shares) are done, not only at the end
