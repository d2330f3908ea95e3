"""``deen evaluate``: BLEU, chrF and TER with sacrebleu, with their signatures."""
from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError

# Output files of a run that hold English, in the order they are preferred.
HYP_SUFFIXES = (".en.txt", ".en.final.txt", ".mt.txt")  # .en.final.txt: apply-review's
REF_SUFFIXES = (".en.txt", ".txt", ".md")


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(path, f"cannot read as UTF-8 text: {e}") from e
    return [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]


def _stems(out: Path) -> list[tuple[str, str]]:
    """(output stem, article path) of each translation in a run folder: run.json's "outputs" when it
    has them (an article may keep its suffix in its names: "run.txt" -> "run.txt.en.txt")."""
    try:
        outputs = json.loads((out / "run.json").read_text(encoding="utf-8")).get("outputs")
    except (OSError, ValueError, AttributeError, RecursionError):
        outputs = None
    if isinstance(outputs, dict) and all(isinstance(v, str) for v in outputs.values()):
        return sorted(((stem, article) for article, stem in outputs.items() if (out / f"{stem}.en.txt").is_file()))
    found = []
    for h in sorted(out.rglob("*.en.txt")):
        if h.name.endswith(".final.en.txt"):
            continue
        stem = h.relative_to(out).as_posix()[: -len(".en.txt")]
        found.append((stem, stem + ".txt"))
    return found


def _pairs(hyp: Path, ref: Path) -> list[tuple[Path, Path]]:
    if hyp.is_file() and ref.is_file():
        return [(hyp, ref)]
    if not (hyp.is_dir() and ref.is_dir()):
        raise InputError(hyp if not hyp.exists() else ref,
                         "give two files, or an output folder and a reference folder")
    pairs, missing = [], []
    for stem, article in _stems(hyp):
        h = hyp / f"{stem}.en.txt"
        cands = [ref / f"{stem}{s}" for s in REF_SUFFIXES] + [ref / article]
        found = next((c for c in cands if c.is_file()), None)
        if found is None:
            missing.append(stem)
        else:
            pairs.append((h, found))
    if missing:
        raise InputError(ref, f"no reference for {len(missing)} article(s): {', '.join(missing)}")
    if not pairs:
        raise InputError(hyp, "no *.en.txt translations found")
    return pairs


def evaluate(hyp: Path, ref: Path) -> dict:
    """Corpus scores over all aligned lines; line counts must match per file."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    hyps, refs = [], []
    for h, r in _pairs(Path(hyp), Path(ref)):
        hl, rl = _lines(h), _lines(r)
        if len(hl) != len(rl):
            raise InputError(h, f"{len(hl)} lines but the reference {r} has {len(rl)}")
        hyps += hl
        refs += rl
    if not hyps:
        raise InputError(Path(hyp), "no lines to score (the files are empty)")
    out = {"segments": len(hyps)}
    for name, metric in (("bleu", BLEU()), ("chrf", CHRF()), ("ter", TER())):
        score = metric.corpus_score(hyps, [refs])
        out[name] = {"score": round(score.score, 2), "signature": str(metric.get_signature())}
    return out
