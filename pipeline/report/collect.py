"""Reading a run's article records and turning them into what the reports show.

The view built here is shared by the HTML and Markdown reports and by ``apply-review``:
articles in path order, each paragraph's text cut into segments by the flags covering them.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import InputError
from ..records import Category, Flag, ParagraphResult, Report, Severity
from ..store import SCHEMA, report_from_json

SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
CATEGORY_ORDER = tuple(Category)
RUN_FILE = "run.json"

# Files of a run folder that are not article records; anything else without the article schema is listed.
NOT_ARTICLES = frozenset({RUN_FILE, "review.json"})


@dataclass(frozen=True)
class Segment:
    """A stretch of text and the flags (ids) whose span covers it."""

    text: str
    flags: tuple[str, ...] = ()
    severity: str = ""  # the highest severity among them, for the highlight colour


@dataclass(frozen=True)
class DiffPiece:
    text: str
    op: str  # "same", "ins" or "del"


@dataclass(frozen=True)
class FlagView:
    id: str  # anchor in the HTML report
    index: int  # position in the paragraph's flags: the review's flag_index
    flag: Flag
    title: str
    span_shown: bool  # False when a span did not fit the text it points into


@dataclass
class ParagraphView:
    id: str
    result: ParagraphResult
    flags: list[FlagView]
    source: list[Segment]
    translation: list[Segment]
    corrected: list[DiffPiece]

    @property
    def index(self) -> int:
        return self.result.paragraph.index

    @property
    def corrected_text(self) -> str:
        return self.result.corrected if self.result.corrected is not None else self.result.raw

    @property
    def changed(self) -> bool:
        return self.corrected_text != self.result.raw


@dataclass
class ArticleView:
    id: str
    path: str  # the article's path in the input folder
    stem: str  # the record's path under OUT without ".json"
    report: Report
    paragraphs: list[ParagraphView]
    counts: Counter = field(default_factory=Counter)  # (category, severity) -> flags
    first: dict = field(default_factory=dict)  # category -> id of the first paragraph flagged with it

    def count(self, category: Optional[str] = None, severity: Optional[str] = None) -> int:
        return sum(n for (c, s), n in self.counts.items()
                   if (category is None or c == category) and (severity is None or s == severity))


@dataclass
class RunView:
    out_dir: Path
    articles: list[ArticleView]
    settings: dict
    skipped: list[str]
    report_id: str

    @property
    def categories(self) -> list[str]:
        present = {c for a in self.articles for c, _ in a.counts}
        return [c.value for c in CATEGORY_ORDER if c.value in present]

    def count(self, category: Optional[str] = None, severity: Optional[str] = None) -> int:
        return sum(a.count(category, severity) for a in self.articles)


def _severity_rank(s: str) -> int:
    return [x.value for x in SEVERITY_ORDER].index(s) if s in {x.value for x in SEVERITY_ORDER} else len(SEVERITY_ORDER)


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut ``text`` at every span boundary; overlapping spans give segments covered by several flags."""
    cuts = {0, len(text)}
    for start, end, _, _ in spans:
        cuts.update((start, end))
    cuts = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(fid, sev) for start, end, fid, sev in spans if start <= a and b <= end]
        ids = tuple(fid for fid, _ in covering)
        sev = min((s for _, s in covering), key=_severity_rank, default="")
        if out and out[-1].flags == ids:
            out[-1] = Segment(out[-1].text + text[a:b], ids, sev)
        else:
            out.append(Segment(text[a:b], ids, sev))
    return out


def word_diff(before: str, after: str) -> list[DiffPiece]:
    """``after`` against ``before`` word by word, for showing what a correction changed."""
    a, b = re.findall(r"\S+|\s+", before), re.findall(r"\S+|\s+", after)
    pieces: list[DiffPiece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(DiffPiece("".join(b[j1:j2]), "same"))
            continue
        if i2 > i1:
            pieces.append(DiffPiece("".join(a[i1:i2]), "del"))
        if j2 > j1:
            pieces.append(DiffPiece("".join(b[j1:j2]), "ins"))
    return pieces


def _valid(span, text: str) -> bool:
    return span is not None and 0 <= span[0] < span[1] <= len(text)


def _titles() -> dict[str, str]:
    from ..checks import load_all
    from ..checks.registry import REGISTRY

    load_all()
    return {cid: spec.title for cid, spec in REGISTRY.items()}


def paragraph_view(article_id: str, pr: ParagraphResult, titles: dict[str, str]) -> ParagraphView:
    pid = f"{article_id}-p{pr.paragraph.index}"
    flags, src_spans, mt_spans = [], [], []
    for k, f in enumerate(pr.flags):
        fid = f"{pid}-f{k}"
        shown = True
        for span, text, bucket in ((f.source_span, pr.paragraph.text, src_spans),
                                   (f.translation_span, pr.raw, mt_spans)):
            if span is None:
                continue
            if _valid(span, text):
                bucket.append((span[0], span[1], fid, f.severity.value))
            else:
                shown = False
        flags.append(FlagView(id=fid, index=k, flag=f, title=titles.get(f.check, f.check), span_shown=shown))
    corrected = pr.corrected if pr.corrected is not None else pr.raw
    return ParagraphView(id=pid, result=pr, flags=flags, source=segments(pr.paragraph.text, src_spans),
                         translation=segments(pr.raw, mt_spans), corrected=word_diff(pr.raw, corrected))


def article_view(n: int, stem: str, report: Report, titles: dict[str, str]) -> ArticleView:
    aid = f"a{n}"
    view = ArticleView(id=aid, path=report.article.path, stem=stem, report=report, paragraphs=[])
    for pr in report.paragraphs:
        pv = paragraph_view(aid, pr, titles)
        view.paragraphs.append(pv)
        for fv in pv.flags:
            view.counts[(fv.flag.category.value, fv.flag.severity.value)] += 1
            view.first.setdefault(fv.flag.category.value, pv.id)
    return view


def read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    except (UnicodeDecodeError, ValueError) as e:
        raise InputError(path, f"not valid JSON: {e}") from e
    except RecursionError as e:
        raise InputError(path, "JSON nested too deeply to read") from e
    return data


# The types of a record's fields that the reports rely on: (field, types, required).
RECORD_FIELDS = (("article", str, True), ("paragraphs", list, True), ("settings", dict, False),
                 ("separator", str, False), ("source_sha256", str, False))
PARAGRAPH_FIELDS = (("index", int, True), ("source", str, True), ("translation", str, True),
                    ("sentences", list, True), ("flags", list, False), ("corrections", list, False),
                    ("corrected", (str, type(None)), False), ("kind", str, False), ("prefix", str, False))


def record_problem(data: dict) -> str:
    """The first field of an article record with a wrong type (empty: none), so a hand-edited record
    is named with what is wrong instead of failing somewhere in a report template."""
    def wrong(obj: dict, fields, where: str) -> str:
        for name, types, required in fields:
            if name not in obj:
                if required:
                    return f"{where}\"{name}\" is missing"
            elif not isinstance(obj[name], types) or isinstance(obj[name], bool):
                return f"{where}\"{name}\" is {type(obj[name]).__name__}, not {getattr(types, '__name__', 'text')}"
        return ""

    problem = wrong(data, RECORD_FIELDS, "")
    for k, p in enumerate(data.get("paragraphs") or [] if not problem else []):
        if not isinstance(p, dict):
            return f"paragraph {k + 1} is {type(p).__name__}, not an object"
        problem = wrong(p, PARAGRAPH_FIELDS, f"paragraph {k + 1}: ")
        if problem:
            break
        for key in ("sentences", "flags", "corrections"):
            if not all(isinstance(x, dict) for x in p.get(key, [])):
                return f"paragraph {k + 1}: \"{key}\" must be a list of objects"
    return problem


def live_stems(out_dir: Path) -> Optional[set[str]]:
    """The record stems of the articles of the last run (run.json "outputs"), or None when unknown."""
    run_path = Path(out_dir) / RUN_FILE
    if not run_path.is_file():
        return None
    run = read_json(run_path)
    outputs = run.get("outputs") if isinstance(run, dict) else None
    if not isinstance(outputs, dict) or not all(isinstance(v, str) for v in outputs.values()):
        return None
    return set(outputs.values())


def find_records(out_dir: Path, live: Optional[set[str]] = None
                 ) -> tuple[list[tuple[str, dict]], list[str], list[str]]:
    """(stem, record) for each article JSON under ``out_dir``, in path order, the JSON files skipped,
    and the stale records: those of articles the last run no longer had (``live``: its stems)."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InputError(out_dir, "no such output folder")
    records, skipped, stale = [], [], []
    for path in sorted(out_dir.rglob("*.json"), key=lambda p: p.relative_to(out_dir).as_posix()):
        rel = path.relative_to(out_dir).as_posix()
        if any(part.startswith(".") for part in path.relative_to(out_dir).parts):
            continue
        if rel in NOT_ARTICLES or path.is_symlink() or not path.is_file():
            continue
        if live is not None and rel[:-len(".json")] not in live:
            stale.append(rel)
            continue
        data = read_json(path)
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            skipped.append(rel)
            continue
        records.append((rel[:-len(".json")], data))
    return records, skipped, stale


def load_run(out_dir: Path) -> RunView:
    """Every article record of a run folder, as the reports show them.

    When run.json says which records its articles have, any other record is stale (a deleted or
    renamed article): listed, not shown, so no article appears twice or after it was removed.
    """
    out_dir = Path(out_dir)
    records, skipped, stale = find_records(out_dir, live_stems(out_dir))
    titles = _titles()
    articles = []
    for n, (stem, data) in enumerate(records):
        try:
            problem = record_problem(data)
            if problem:
                raise ValueError(problem)
            report = report_from_json(data)
            articles.append(article_view(n, stem, report, titles))
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as e:
            why = str(e) if isinstance(e, ValueError) and not e.__cause__ else f"{type(e).__name__}: {e}"
            raise InputError(out_dir / f"{stem}.json", f"not a valid article record: {why}") from e
    run_path = out_dir / RUN_FILE
    run = read_json(run_path) if run_path.exists() else {}
    settings = dict(run["settings"]) if isinstance(run, dict) and isinstance(run.get("settings"), dict) else {}
    if isinstance(run, dict) and isinstance(run.get("translator"), dict):
        settings.setdefault("translator", run["translator"])
    if not settings and articles:
        settings = dict(articles[0].report.settings)
    ident = json.dumps([(a.path, a.report.article.sha256) for a in articles]).encode()
    return RunView(out_dir=out_dir, articles=articles, settings=settings,
                   skipped=skipped + [f"{rel} (stale: its article is no longer in the input)" for rel in stale],
                   report_id=hashlib.sha256(ident).hexdigest()[:12])


# What a reader looks for first in the settings; looked up in the run's settings, then the translator's.
KEY_SETTINGS = (
    ("model", ("model", "model_id", "translator.model", "translator.model_id")),
    ("revision", ("translator.revision", "revision")),
    ("backend", ("translator.backend", "backend")),
    ("thresholds signature", ("checks", "thresholds", "checks_signature")),
    ("deen version", ("deen_version", "version")),
)


def flatten(settings: dict, prefix: str = "") -> list[tuple[str, str]]:
    rows = []
    for key, value in settings.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            rows.extend(flatten(value, name + "."))
        else:
            rows.append((name, value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)))
    return rows


def key_settings(settings: dict) -> list[tuple[str, str]]:
    flat = dict(flatten(settings))
    out = []
    for label, keys in KEY_SETTINGS:
        value = next((flat[k] for k in keys if k in flat), "not recorded")
        out.append((label, value))
    return out
