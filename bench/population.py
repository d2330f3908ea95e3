"""What the checks do to all real MT output of a half, estimated from every label there is.

The labelled sets are samples with a purpose (random, enriched, flagged), and the random samples
drawn with ``--exclude-all`` skip every output labelled before, which are the outputs earlier
checks flagged: recall read on such a sample alone is biased low. This estimate splits the
*population* (every system output of the half's pool lines with a source of at least
``selection.MIN_WORDS`` words, lines of realmt_dev.jsonl left out, as the random draws do) in two:

- **labelled**: outputs the files of ``splits.POPULATION_LABELLED`` label, each counted exactly;
- **unlabelled**: the rest, estimated from a random sample of it (``splits.POPULATION_SAMPLES``),
  post-stratified by system group because the draw takes weaker systems twice as often.

Reported for the population: flagged precision (share of flagged outputs holding an error),
error-free outputs flagged, and recall of outputs with a major error (any, and in a checked
category), each with a 90% interval from resampling the sample (the labelled part is exact).
"""
from __future__ import annotations

import random

import splits
from selection import MIN_WORDS, WEAK

IN_SCOPE = ("number", "date", "quote", "omission", "repetition", "untranslated", "name")
MEASURES = ("flagged", "flagged_err", "clean", "clean_flagged", "major", "major_flagged", "scope", "scope_flagged")


def _counts(flagged: bool, errors: list[dict]) -> dict:
    major = [e for e in errors if e["severity"] == "major"]
    scope = any(e["category"] in IN_SCOPE for e in major)
    return {"flagged": flagged, "flagged_err": flagged and bool(errors), "clean": not errors,
            "clean_flagged": flagged and not errors, "major": bool(major), "major_flagged": flagged and bool(major),
            "scope": scope, "scope_flagged": flagged and scope}


def _group(system: str) -> str:
    return "weaker" if system in WEAK else "other"


def outputs(half: str) -> list[dict]:
    dev_lines = {r["line"] for r in splits.read_jsonl(splits.SHARED / "realmt_dev.jsonl")}
    return [r for r in splits.pool_outputs(half)
            if r["line"] not in dev_lines and len(r["source"].split()) >= MIN_WORDS]


def estimate(half: str, flagged_of, draws: int = 2000, seed: int = 1) -> dict:
    """``flagged_of(rows) -> list[bool]``: whether the checks flag each output (error or warning)."""
    rows = outputs(half)
    return combine(rows, splits.population_labelled(half), splits.population_sample(half), flagged_of(rows),
                   draws, seed)


def combine(rows: list[dict], known: dict, sample: list[dict], flagged: list[bool], draws: int = 2000,
            seed: int = 1) -> dict:
    """The estimate from the population's ``rows``, the labels ``known`` by (line, system), the labelled
    ``sample`` of the rest and whether each row is ``flagged``."""
    sampled = {(r["line"], r["system"]): r for r in sample}
    exact = dict.fromkeys(MEASURES, 0)
    size: dict = {}
    drawn: dict = {}
    for r, flag in zip(rows, flagged):
        key = (r["line"], r["system"])
        if key in known:
            for m, v in _counts(flag, known[key]["errors"]).items():
                exact[m] += v
        else:
            g = _group(r["system"])
            size[g] = size.get(g, 0) + 1
            if key in sampled:
                drawn.setdefault(g, []).append(_counts(flag, sampled[key]["errors"]))
    missing = [g for g in size if not drawn.get(g)]
    if missing:
        raise ValueError(f"the sample holds no unlabelled output of the group(s) {', '.join(missing)}")

    def total(groups: dict) -> dict:
        out = dict(exact)
        for g, n in size.items():
            got = groups[g]
            for m in MEASURES:
                out[m] += n * sum(c[m] for c in got) / len(got)
        return out

    def ratios(t: dict) -> dict:
        def div(a, b):
            return a / b if b else None
        return {"flagged_precision": div(t["flagged_err"], t["flagged"]),
                "error_free_flagged": div(t["clean_flagged"], t["clean"]),
                "recall_any_major": div(t["major_flagged"], t["major"]),
                "recall_in_scope": div(t["scope_flagged"], t["scope"])}

    t = total(drawn)
    point = ratios(t)
    rng = random.Random(seed)
    boots = [ratios(total({g: rng.choices(c, k=len(c)) for g, c in drawn.items()})) for _ in range(draws)]
    interval = {}
    for k in point:
        vals = sorted(b[k] for b in boots if b[k] is not None)
        interval[k] = [round(vals[int(0.05 * len(vals))], 3), round(vals[int(0.95 * len(vals)) - 1], 3)] \
            if vals else None
    return {"population": len(rows), "labelled": sum(1 for r in rows if (r["line"], r["system"]) in known),
            "unlabelled": dict(size), "sampled": {g: len(c) for g, c in drawn.items()},
            "estimated_counts": {m: round(v, 1) for m, v in t.items()},
            "score": {k: (round(v, 3) if v is not None else None) for k, v in point.items()},
            "interval_90": interval}
