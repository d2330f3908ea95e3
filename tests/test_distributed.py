"""`deen translate --executor ray` on a local Ray instance with two workers."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ray = pytest.importorskip("ray", reason="Ray is the optional extra deen[distributed]")
pytestmark = pytest.mark.ray
SEED = Path(__file__).resolve().parents[1] / "seeds"


def test_ray_executor_writes_the_local_layout_and_resumes(tiny_model, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEED, src / "news")
    for i in range(3):
        (src / f"kurz{i}.txt").write_text(f"Meldung {i}: Der Zug kam am 6. August an.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["translate", str(src), "--model", str(tiny_model), "--out", str(out), "--beam", "2", "--nbest", "2",
            "--max-length", "16", "-q", "--executor", "ray", "--workers", "2"]
    res = CliRunner().invoke(app, args, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "4 translated" in res.output
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.en.txt"))
    assert names == ["kurz0.en.txt", "kurz1.en.txt", "kurz2.en.txt", "news/000_ca6cb5af691f0bf3.en.txt"]
    record = json.loads((out / "news" / "000_ca6cb5af691f0bf3.json").read_text(encoding="utf-8"))
    assert len(record["paragraphs"]) == 21
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["executor"] == "ray" and run["translator"]["backend"]
    again = CliRunner().invoke(app, args, catch_exceptions=False)
    assert "0 translated, 4 unchanged" in again.output
