"""``deen apply-review``: a reviewer's per-flag decisions composed over the raw machine translation.

A review file (``deen.review/2``, exported from report.html) belongs to one run (``run``, the id
the report shows) and keys each decision by article, paragraph and the flag's stable id::

    {"schema": "deen.review/2", "run": "<run id>",
     "decisions": {"<article>": {"<paragraph>": {"<flag id>": {"decision": "accepted", ...}}}}}

Per flag:

* ``accepted``: this flag's edits apply (``"edits"``, if given, must be the edits the run proposes);
* ``rejected``: none of them: the text stays as the machine translation had it there;
* ``fixed``: the reviewer's own edit, ``"edit": {"side": "translation", "start", "end",
  "replacement", "original"}`` on the raw MT (``original`` must still be the text there), or
  ``"sentence": k, "text": "..."`` replacing the k-th sentence's translation;
* no decision: what the pipeline chose (its edits apply when the flag is in the paragraph's ``applied``).

A paragraph's final English is the raw MT with those edits composed (``pipeline.edits.compose``).
Decided edits that overlap each other are refused, naming both flags; an undecided flag whose
edits overlap a decided one is superseded (its edits step aside) and listed in the summary.
German-side edits (source repairs) are shown in the report; the English they led to is in
their translation-side edits. Nothing is written when any decision does not fit the run.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .atomic import write_text
from .edits import EditConflict, compose, overlaps
from .errors import InputError
from .records import Edit, ParagraphResult, Side
from .report.collect import ArticleView, load_run, read_json, sentence_spans
from .report.markdown import md_text

REVIEW_SCHEMA = "deen.review/2"
DECISIONS = ("accepted", "rejected", "fixed")
# What apply-review writes into OUT, in one place. Article outputs end in ".en.txt", ".mt.txt" or
# ".json", so "<stem>.en.final.txt" and a ".md" summary can never be an article's file.
OUTPUT_NAMES = {"final": "{stem}.en.final.txt", "summary": "review-summary.md"}


@dataclass(frozen=True)
class Decision:
    article: str
    paragraph: int
    flag: str  # Flag.id
    decision: str
    edits: Optional[tuple[tuple[int, int, str], ...]] = None  # accepted: the edits the reviewer saw
    edit: Optional[Edit] = None  # fixed: the reviewer's edit on the raw MT
    original: Optional[str] = None  # fixed: the raw MT it replaces, as the reviewer saw it
    sentence: Optional[int] = None  # fixed: the sentence it replaces
    text: str = ""  # fixed by sentence: the new sentence

    @property
    def where(self) -> str:
        return f"{self.article} ¶ {self.paragraph} flag {self.flag}"


def _int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _one_line(text: str) -> str:
    # A paragraph is one line of the output text: a reviewer's line breaks become spaces.
    return re.sub(r"\s+", " ", text)


def _decision(article: str, paragraph: int, flag: str, row) -> tuple[Optional[Decision], Optional[str]]:
    where = f"{article} ¶ {paragraph} flag {flag}"
    if not isinstance(row, dict):
        return None, f"{where}: not an object"
    kind = row.get("decision")
    if kind not in DECISIONS:
        return None, f"{where}: decision {kind!r}; allowed: {', '.join(DECISIONS)}"
    if kind == "accepted":
        edits = row.get("edits")
        if edits is None:
            return Decision(article, paragraph, flag, kind), None
        if not isinstance(edits, list) or not all(
                isinstance(e, dict) and e.get("side", "translation") in ("translation", "source")
                and _int(e.get("start")) and _int(e.get("end")) and isinstance(e.get("replacement"), str)
                for e in edits):
            return None, f"{where}: \"edits\" must be a list of {{side, start, end, replacement}}"
        seen = tuple(sorted((e["start"], e["end"], e["replacement"]) for e in edits
                            if e.get("side", "translation") == "translation"))
        return Decision(article, paragraph, flag, kind, edits=seen), None
    if kind == "rejected":
        return Decision(article, paragraph, flag, kind), None
    if "sentence" in row:
        if not _int(row["sentence"]) or not isinstance(row.get("text"), str):
            return None, f"{where}: a sentence fix needs \"sentence\" (a number) and \"text\""
        return Decision(article, paragraph, flag, kind, sentence=row["sentence"], text=_one_line(row["text"])), None
    e = row.get("edit")
    if not isinstance(e, dict) or not (_int(e.get("start")) and _int(e.get("end"))
                                       and isinstance(e.get("replacement"), str)
                                       and isinstance(e.get("original"), str)):
        return None, (f"{where}: a \"fixed\" decision needs \"edit\": {{side, start, end, replacement, original}} "
                      f"or \"sentence\" and \"text\"")
    if e.get("side", "translation") != "translation":
        return None, f"{where}: a hand fix edits the English (side \"translation\"), not {e.get('side')!r}"
    return Decision(article, paragraph, flag, kind,
                    edit=Edit(flag, Side.TRANSLATION, e["start"], e["end"], _one_line(e["replacement"])),
                    original=e["original"]), None


def read_review(path: Path) -> tuple[str, list[Decision]]:
    """The run id and decisions of a review file; every problem in it is reported at once."""
    path = Path(path)
    data = read_json(path)
    if isinstance(data, dict) and data.get("schema") == "deen.review/1":
        raise InputError(path, "a deen.review/1 file keys flags by position, which another run can shift; "
                               f"export the review again from this run's report.html ({REVIEW_SCHEMA})")
    if not isinstance(data, dict) or data.get("schema") != REVIEW_SCHEMA:
        raise InputError(path, f'not a review file: needs {{"schema": "{REVIEW_SCHEMA}", "run": ..., '
                               f'"decisions": {{article: {{paragraph: {{flag id: {{"decision": ...}}}}}}}}}}')
    run = data.get("run")
    if not isinstance(run, str) or not run:
        raise InputError(path, '"run" must be the run id shown in the report')
    tree = data.get("decisions")
    if not isinstance(tree, dict):
        raise InputError(path, '"decisions" must be an object keyed by article, then paragraph, then flag id')
    decisions, problems = [], []
    for article, paras in tree.items():
        if not isinstance(paras, dict):
            problems.append(f"{article}: must be an object keyed by paragraph number")
            continue
        for pkey, flags in paras.items():
            if not re.fullmatch(r"\d+", pkey) or not isinstance(flags, dict):
                problems.append(f"{article} ¶ {pkey}: paragraph keys are numbers, each an object keyed by flag id")
                continue
            for flag, row in flags.items():
                d, problem = _decision(article, int(pkey), flag, row)
                if problem:
                    problems.append(problem)
                else:
                    decisions.append(d)
    if problems:
        raise InputError(path, "invalid review file:\n  " + "\n  ".join(problems))
    return run, decisions


@dataclass(frozen=True)
class Outcome:
    """A paragraph's final English and how it came about."""

    text: str
    superseded: tuple[str, ...] = ()  # undecided flags whose edits stepped aside for a decided one


def resolve(pr: ParagraphResult, decisions: dict[str, Decision]) -> Outcome:
    """Compose the paragraph's final English from the decisions on its flags (see the module doc).

    Raises EditConflict naming the flags when decided edits overlap or a decision does not fit the text.
    """
    raw = pr.raw
    applied = set(pr.applied)
    own: dict[str, list[Edit]] = {}
    for e in pr.edits:
        if e.side == Side.TRANSLATION:
            own.setdefault(e.flag, []).append(e)
    decided: list[Edit] = []
    undecided: dict[str, list[Edit]] = {}
    for fid in dict.fromkeys([f.id for f in pr.flags] + list(applied)):
        d = decisions.get(fid)
        if d is None:
            if fid in applied:
                undecided[fid] = own.get(fid, [])
        elif d.decision == "accepted":
            offered = tuple(sorted((e.start, e.end, e.replacement) for e in own.get(fid, [])))
            if d.edits is not None and d.edits != offered:
                raise EditConflict(f"{d.where}: the review accepted edits {list(d.edits)} but this run proposes "
                                   f"{list(offered)} (the edits no longer match the text)")
            decided += own.get(fid, [])
        elif d.decision == "fixed":
            decided.append(_hand_edit(pr, d))
    for i, a in enumerate(decided):
        for b in decided[i + 1:]:
            if overlaps(a, b):
                raise EditConflict(f"¶ {pr.paragraph.index}: the decisions on flags {a.flag} and {b.flag} change the "
                                   f"same words ({a.start}-{a.end} and {b.start}-{b.end}); settle one of them "
                                   f"differently")
    superseded = tuple(fid for fid, es in undecided.items() if any(overlaps(e, x) for e in es for x in decided))
    chosen = decided + [e for fid, es in undecided.items() if fid not in superseded for e in es]
    return Outcome(compose(raw, chosen), superseded)


def _hand_edit(pr: ParagraphResult, d: Decision) -> Edit:
    raw = pr.raw
    if d.sentence is not None:
        spans = sentence_spans(pr)
        if not spans or not 0 <= d.sentence < len(spans):
            raise EditConflict(f"{d.where}: the paragraph has no sentence {d.sentence} in this run")
        start, end = spans[d.sentence]
        return Edit(d.flag, Side.TRANSLATION, start, end, d.text)
    e = d.edit
    if not 0 <= e.start <= e.end <= len(raw) or raw[e.start:e.end] != d.original:
        found = raw[e.start:e.end] if 0 <= e.start <= e.end <= len(raw) else "(beyond the text)"
        raise EditConflict(f"{d.where}: the hand fix replaces {d.original!r} at {e.start}-{e.end}, but the machine "
                           f"translation has {found!r} there (the edits no longer match the text)")
    return e


def _check_record(a: ArticleView, pr: ParagraphResult) -> Optional[str]:
    """The record's corrected text must be its applied edits composed over the raw MT."""
    corrected = pr.corrected if pr.corrected is not None else pr.raw
    try:
        again = resolve(pr, {}).text
    except EditConflict as e:
        return f"{a.path} ¶ {pr.paragraph.index}: the record's applied edits conflict: {e}"
    if again != corrected:
        return (f"{a.path} ¶ {pr.paragraph.index}: the record's corrected text is not its applied edits over the "
                f"machine translation (a record written before edits were recorded? run `deen translate` again)")
    return None


def apply_review(out_dir: Path, review_path: Path) -> dict:
    """Write the final English of every article and a summary; returns what was done, counted."""
    out_dir, review_path = Path(out_dir), Path(review_path)
    run_of_review, decisions = read_review(review_path)
    run = load_run(out_dir)
    if run_of_review != run.run_id:
        raise InputError(review_path, f"this review belongs to run {run_of_review}, but {out_dir} holds run "
                                      f"{run.run_id} (another model, configuration or input); its "
                                      f"{len(decisions)} decisions would land on other flags. Export the review "
                                      f"again from {out_dir / 'report.html'}")
    articles = {a.path: a for a in run.articles}
    by_para: dict[tuple[str, int], dict[str, Decision]] = {}
    problems = []
    for d in decisions:
        a = articles.get(d.article)
        para = next((p for p in a.paragraphs if p.index == d.paragraph), None) if a else None
        if a is None:
            problems.append(f"{d.where}: no article {d.article!r} in this run")
        elif para is None:
            problems.append(f"{d.where}: {d.article} has no paragraph {d.paragraph}")
        elif d.flag not in {f.id for f in para.result.flags}:
            problems.append(f"{d.where}: no such flag in this paragraph (a review of another run?)")
        else:
            by_para.setdefault((d.article, d.paragraph), {})[d.flag] = d

    outcomes: dict[tuple[str, int], Outcome] = {}
    for a in run.articles:
        for p in a.paragraphs:
            problem = _check_record(a, p.result)
            if problem:
                problems.append(problem)
                continue
            try:
                outcomes[(a.path, p.index)] = resolve(p.result, by_para.get((a.path, p.index), {}))
            except EditConflict as e:
                problems.append(f"{a.path} {e}" if str(e).startswith("¶") else str(e))
    if problems:
        raise InputError(review_path, "review does not fit this run, nothing written:\n  " + "\n  ".join(problems))

    counts = Counter({k: 0 for k in DECISIONS})
    counts.update(d.decision for d in decisions)
    summary = ["# Review applied", "",
               f"Review file: {md_text(review_path.name)}; run {run.run_id}; {len(decisions)} decisions "
               f"({', '.join(f'{counts[k]} {k}' for k in DECISIONS)}).", "",
               "Each paragraph is its machine translation with the accepted edits, the hand fixes and, for "
               "flags without a decision, the edits deen chose.", ""]
    written, changed, superseded, unreviewed = [], 0, 0, 0
    for a in run.articles:
        texts, notes = [], []
        for p in a.paragraphs:
            outcome = outcomes[(a.path, p.index)]
            ds = by_para.get((a.path, p.index), {})
            unreviewed += len({f.id for f in p.result.flags} - set(ds))
            superseded += len(outcome.superseded)
            texts.append(outcome.text)
            if ds or outcome.text != p.corrected_text:
                settled = ", ".join(f"{md_text(fid)} {d.decision}" for fid, d in ds.items())
                aside = (f"; stepped aside: {', '.join(md_text(f) for f in outcome.superseded)}"
                         if outcome.superseded else "")
                notes.append(f"- ¶ {p.index} ({settled}{aside})")
                if outcome.text != p.corrected_text:
                    changed += 1
                    notes.append(f"  - deen: {md_text(p.corrected_text)}")
                    notes.append(f"  - final: **{md_text(outcome.text)}**")
        name = OUTPUT_NAMES["final"].format(stem=a.stem)
        sep = a.report.article.separator
        write_text(out_dir / name, sep.join(p.result.paragraph.prefix + t for p, t in zip(a.paragraphs, texts)) + "\n")
        written.append(name)
        summary += [f"## {md_text(a.path)}", "", f"Final text: {md_text(name)}", ""]
        summary += notes or ["No decisions; the text is as deen corrected it."]
        summary.append("")
    write_text(out_dir / OUTPUT_NAMES["summary"], "\n".join(summary).rstrip() + "\n")
    return {"run": run.run_id, "articles": len(run.articles), "decisions": len(decisions),
            **{k: counts[k] for k in DECISIONS}, "paragraphs changed": changed, "superseded flags": superseded,
            "unreviewed flags": unreviewed, "final texts": OUTPUT_NAMES["final"].format(stem="<name>"),
            "files": written, "summary": OUTPUT_NAMES["summary"]}
