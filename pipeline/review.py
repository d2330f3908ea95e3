"""``deen apply-review``: a reviewer's decisions from report.html applied to a run's English.

Per paragraph, the decisions on its flags choose the final English:

* ``fixed``: the reviewer's own text (the last one, if several flags were fixed);
* ``rejected``: the raw machine translation (the correction is refused);
* ``accepted``: the corrected paragraph;
* no decision: the corrected paragraph, as ``deen translate`` wrote it.

A fix outranks a rejection, which outranks an acceptance. Writes ``OUT/<name>.final.en.txt``
per article (laid out like ``<name>.en.txt``) and ``OUT/review-summary.md``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .atomic import write_text
from .errors import InputError
from .report.collect import ArticleView, load_run, read_json

REVIEW_SCHEMA = "deen.review/1"
DECISIONS = ("accepted", "rejected", "fixed")
PRECEDENCE = {"accepted": 0, "rejected": 1, "fixed": 2}  # a stronger decision wins within a paragraph
FINAL_SUFFIX = ".final.en.txt"
SUMMARY_FILE = "review-summary.md"


@dataclass(frozen=True)
class Decision:
    article: str
    paragraph: int
    check: str
    flag_index: int
    decision: str
    text: str = ""


def read_review(path: Path) -> list[Decision]:
    """The decisions of a review file; every problem in it is reported at once."""
    path = Path(path)
    data = read_json(path)
    if not isinstance(data, dict) or data.get("schema") != REVIEW_SCHEMA:
        raise InputError(path, f'not a review file: needs {{"schema": "{REVIEW_SCHEMA}", "decisions": [...]}}')
    rows = data.get("decisions")
    if not isinstance(rows, list):
        raise InputError(path, '"decisions" must be a list')
    decisions, problems = [], []
    for n, row in enumerate(rows):
        where = f"decision {n}"
        if not isinstance(row, dict):
            problems.append(f"{where}: not an object")
            continue
        bad = [k for k, kind in (("article", str), ("check", str), ("decision", str)) if not isinstance(row.get(k), kind)]
        bad += [k for k in ("paragraph", "flag_index") if not isinstance(row.get(k), int) or isinstance(row.get(k), bool)]
        if bad:
            problems.append(f"{where}: missing or mistyped {', '.join(bad)}")
            continue
        if row["decision"] not in DECISIONS:
            problems.append(f"{where}: decision {row['decision']!r}; allowed: {', '.join(DECISIONS)}")
            continue
        text = row.get("text")
        if row["decision"] == "fixed" and (not isinstance(text, str) or not text.strip()):
            problems.append(f"{where}: a \"fixed\" decision needs the edited English as \"text\"")
            continue
        decisions.append(Decision(article=row["article"], paragraph=row["paragraph"], check=row["check"],
                                  flag_index=row["flag_index"], decision=row["decision"],
                                  text=_one_line(text) if isinstance(text, str) else ""))
    if problems:
        raise InputError(path, "invalid review file:\n  " + "\n  ".join(problems))
    return decisions


def _one_line(text: str) -> str:
    # A paragraph is one line of the output text: a reviewer's line breaks become spaces.
    return re.sub(r"\s+", " ", text).strip()


def _match(decisions: list[Decision], articles: dict[str, ArticleView], path: Path) -> None:
    """Each decision must name a flag of this run, with the check found there."""
    problems = []
    for n, d in enumerate(decisions):
        a = articles.get(d.article)
        para = next((p for p in a.paragraphs if p.index == d.paragraph), None) if a else None
        if a is None:
            problems.append(f"decision {n}: no article {d.article!r} in this run")
        elif para is None:
            problems.append(f"decision {n}: {d.article} has no paragraph {d.paragraph}")
        elif not 0 <= d.flag_index < len(para.flags):
            problems.append(f"decision {n}: {d.article} paragraph {d.paragraph} has no flag {d.flag_index}")
        elif para.flags[d.flag_index].flag.check != d.check:
            problems.append(f"decision {n}: {d.article} paragraph {d.paragraph} flag {d.flag_index} is "
                            f"{para.flags[d.flag_index].flag.check!r}, not {d.check!r} (a review of another run?)")
    if problems:
        raise InputError(path, "review does not match this run:\n  " + "\n  ".join(problems))


def _choose(decisions: list[Decision]) -> Decision:
    # Stable: among equally strong decisions the later one in the file wins.
    return max(reversed(decisions), key=lambda d: PRECEDENCE[d.decision])


def apply_review(out_dir: Path, review_path: Path) -> dict:
    """Write the final English of every article and a summary; returns what was done, counted."""
    out_dir = Path(out_dir)
    decisions = read_review(review_path)
    run = load_run(out_dir)
    articles = {a.path: a for a in run.articles}
    _match(decisions, articles, Path(review_path))
    by_para: dict[tuple[str, int], list[Decision]] = {}
    for d in decisions:
        by_para.setdefault((d.article, d.paragraph), []).append(d)

    counts = Counter({k: 0 for k in DECISIONS})
    counts.update(d.decision for d in decisions)
    summary = ["# Review applied", "", f"Review file: `{Path(review_path).name}`; {len(decisions)} decisions "
               f"({', '.join(f'{counts[k]} {k}' for k in DECISIONS)}).", "",
               "A fix outranks a rejection, which outranks an acceptance; paragraphs without a decision "
               "keep the corrected text.", ""]
    written, changed, reverted, conflicts, unreviewed = [], 0, 0, 0, 0
    for a in run.articles:
        texts, notes = [], []
        for p in a.paragraphs:
            ds = by_para.get((a.path, p.index), [])
            reviewed = {d.flag_index for d in ds}
            unreviewed += sum(1 for fv in p.flags if fv.index not in reviewed)
            final = p.corrected_text
            if ds:
                chosen = _choose(ds)
                final = {"accepted": p.corrected_text, "rejected": p.result.raw, "fixed": chosen.text}[chosen.decision]
                if len({d.decision for d in ds}) > 1 or len({d.text for d in ds if d.decision == "fixed"}) > 1:
                    conflicts += 1
                    notes.append(f"- ¶ {p.index}: decisions differ ({', '.join(d.decision for d in ds)}); "
                                 f"applied {chosen.decision}")
                if final != p.corrected_text:
                    changed += 1
                    reverted += chosen.decision == "rejected"
                    notes.append(f"- ¶ {p.index} ({chosen.decision}): {_md(p.corrected_text)} → **{_md(final)}**")
            texts.append(final)
        target = out_dir / f"{a.stem}{FINAL_SUFFIX}"
        sep = a.report.article.separator
        write_text(target, sep.join(p.result.paragraph.prefix + t for p, t in zip(a.paragraphs, texts)) + "\n")
        written.append(target.relative_to(out_dir).as_posix())
        summary += [f"## {_md(a.path)}", "", f"Final text: `{written[-1]}`", ""]
        summary += notes or ["No paragraph differs from the corrected text."]
        summary.append("")
    write_text(out_dir / SUMMARY_FILE, "\n".join(summary).rstrip() + "\n")
    return {"articles": len(run.articles), "decisions": len(decisions), **{k: counts[k] for k in DECISIONS},
            "paragraphs changed": changed, "reverted to raw MT": reverted, "conflicting paragraphs": conflicts,
            "unreviewed flags": unreviewed, "final texts": f"<name>{FINAL_SUFFIX}", "files": written,
            "summary": SUMMARY_FILE}


def _md(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")
