#!/usr/bin/env python3
"""Pick the real MT outputs deen flags, with unflagged decoys, for labelling blind: per-check precision.

Usage: PYTHONPATH=$PWD python3 bench/select_realmt_flagged.py HALF PREFIX [DECOY_SHARE] [OUT]
  e.g. PYTHONPATH=$PWD python3 bench/select_realmt_flagged.py tune rflg-t

Every output of the pool's HALF (all nine systems) that the checks of this commit flag
(error or warning) and no label file lists yet, plus DECOY_SHARE (default 0.5) as many
unflagged outputs drawn at random, shuffled together with a fixed seed. The labeller sees
neither which were flagged nor why, so the labels say what is there, not what deen claims.
Precision per check is then the share of its flagged outputs holding a labelled error;
the decoys keep the labeller from expecting an error in every segment (they are not
used for recall). The checks' commit is written beside the todo file, since another commit
flags other outputs.
"""
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import splits  # noqa: E402
from selection import todo_record, write_todo  # noqa: E402
from check_eval import counted, flags_for  # noqa: E402
from pipeline.checks.config import load_config  # noqa: E402

SEED = 20261205
LABELS = Path(__file__).resolve().parent / "labels"


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in splits.HALVES:
        raise SystemExit(__doc__)
    half, prefix = sys.argv[1], sys.argv[2]
    share = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5
    out_path = Path(sys.argv[4]) if len(sys.argv) > 4 else LABELS / f"realmt_flagged_{prefix}.todo.jsonl"
    done = {(r["line"], r["system"]) for path in sorted(LABELS.glob("realmt_*.jsonl"))
            if not path.name.endswith(".todo.jsonl") for r in splits.read_jsonl(path)}
    done |= {(r["line"], r["system"]) for r in splits.read_jsonl(splits.SHARED / "realmt_dev.jsonl")}
    rows = [r for r in splits.pool_outputs(half) if (r["line"], r["system"]) not in done]
    flag_rows, _ = flags_for(rows, load_config())
    flagged = [r for r, fr in zip(rows, flag_rows) if counted(fr)]
    rest = [r for r, fr in zip(rows, flag_rows) if not counted(fr)]
    rng = random.Random(SEED)
    chosen = flagged + rng.sample(rest, min(len(rest), round(share * len(flagged))))
    rng.shuffle(chosen)
    write_todo(out_path, (todo_record(f"{prefix}{i:03d}", r["system"], r["line"], r["source"], r["translation"], [])
                          for i, r in enumerate(chosen, 1)))
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent).stdout.strip()
    out_path.with_name(out_path.name.replace(".todo.jsonl", "") + ".commit").write_text(commit + "\n", encoding="utf-8")
    print(f"{len(flagged)} flagged + {len(chosen) - len(flagged)} decoys of the {half} half -> {out_path} "
          f"(checks of {commit[:10]})")


if __name__ == "__main__":
    main()
