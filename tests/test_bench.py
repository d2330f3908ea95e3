"""``deen bench``: each configuration's own peak memory, medians over interleaved runs, the ceiling ratio."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import bench
from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]


def test_a_child_reports_its_own_peak_not_its_parents():
    # The parent touches 400 MB, then starts a child the way the bench does: the child's
    # figure must be its own (~tens of MB), where ru_maxrss would carry the parent's 400 MB.
    code = (
        "import json, subprocess, sys\n"
        "block = b'x' * (400 << 20)\n"
        "from pipeline.bench import peak_memory_mb\n"
        "child = subprocess.run([sys.executable, '-c', 'from pipeline.bench import peak_memory_mb; "
        "print(peak_memory_mb())'], capture_output=True, text=True, check=True)\n"
        "print(json.dumps({'parent': peak_memory_mb(), 'child': float(child.stdout)}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    peaks = json.loads(out.stdout)
    assert peaks["parent"] > 400
    assert peaks["child"] < 100 < peaks["parent"] / 4


def fake_runs(monkeypatch, measured):
    """run_config returns the next of each configuration's measured (tokens, seconds, peak)."""
    calls = []

    def run_config(config, folder, n, length, beam):
        tokens, seconds, peak = measured[config][sum(1 for c in calls if c == config)]
        calls.append(config)
        return {"config": config, "sentences": n, "target_tokens": tokens, "seconds": seconds,
                "peak_memory_mb": peak}

    monkeypatch.setattr(bench, "run_config", run_config)
    monkeypatch.setattr(bench, "prepare_in_child", lambda workdir, model: Path(model))
    return calls


def test_summary_takes_medians_of_interleaved_runs_and_both_ratios(monkeypatch, tmp_path):
    measured = {
        "naive": [(40, 2.0, 300.0), (40, 4.0, 310.0), (40, 2.0, 305.0)],         # 20, 10, 20 tok/s
        "transformers": [(40, 0.5, 350.0)] * 3,                                  # 80
        "ctranslate2": [(40, 0.25, 120.0), (40, 0.2, 121.0), (40, 0.25, 119.0)],  # 160, 200, 160
        "ct2-raw": [(40, 0.2, 110.0)] * 3,                                       # 200
    }
    calls = fake_runs(monkeypatch, measured)
    summary = bench.json_summary(bench.run_bench(10, 4, 1, model=tmp_path, repeats=3))
    assert calls == list(bench.CONFIGS) * 3  # interleaved, not one configuration after another
    assert summary["naive"]["target_tokens_per_s"] == 20.0
    assert summary["ctranslate2"]["target_tokens_per_s"] == 160.0
    assert summary["ctranslate2"]["ratio_to_naive"] == 8.0
    assert summary["ctranslate2"]["ratio_to_ct2_raw"] == 0.8
    assert summary["transformers"]["ratio_to_ct2_raw"] is None
    assert summary["ctranslate2"]["spread"] == pytest.approx(40 / 160)
    assert summary["ctranslate2"]["peak_memory_mb"] == 120.0
    assert summary["settings"]["repeats"] == 3 and "VmHWM" in summary["settings"]["memory"]


@pytest.mark.parametrize("args, message", [
    (dict(sentences=0), ">= 1"), (dict(repeats=0), ">= 1"), (dict(configs=("fast",)), "unknown bench"),
])
def test_bad_settings_are_errors(args, message, tmp_path):
    with pytest.raises(bench.DeenError, match=message):
        bench.run_bench(**{"model": tmp_path, **args})


@pytest.mark.slow  # subprocesses importing torch and ctranslate2
def test_bench_prints_one_object_per_configuration(tiny_model_ct2):
    result = CliRunner().invoke(app, ["bench", "--model", str(tiny_model_ct2), "--sentences", "3", "--length", "3",
                                      "--beam", "2", "--repeats", "1", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    for config in bench.CONFIGS:
        entry = report[config]
        assert entry["target_tokens_per_s"] > 0 and 0 < entry["peak_memory_mb"] < 2000
        assert entry["target_tokens"] == 3 * 3, config
    assert report["naive"]["ratio_to_naive"] == 1.0
    assert report["ctranslate2"]["ratio_to_ct2_raw"] > 0
    # int8 CTranslate2 without torch weights in memory stays well below the transformers loop
    assert report["ct2-raw"]["peak_memory_mb"] < report["transformers"]["peak_memory_mb"]
