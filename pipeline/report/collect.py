"""Reading a run's article records and turning them into what the reports show.

The view built here is shared by the HTML and Markdown reports and by ``apply-review``:
articles in path order, each paragraph's text cut into segments by the flags covering them.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..edits import EditConflict, alternatives, compose, diff_edits
from ..errors import InputError
from ..records import Category, Correction, Edit, Flag, ParagraphResult, Report, Severity, Side
from ..segment import translation_spans
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
class EditView:
    """One proposed edit as a reviewer reads it: a little context, what goes, what comes."""

    edit: Edit
    before: str  # context before the change, cut at a word boundary
    removed: str
    inserted: str
    after: str


@dataclass(frozen=True)
class FlagView:
    id: str  # anchor in the HTML report
    index: int  # position in the paragraph's flags as recorded (flags.jsonl's flag_index)
    flag: Flag
    title: str
    span_shown: bool  # False when a span did not fit the text it points into
    applied: bool = False  # the pipeline applied this flag's edits in the corrected text
    edits: tuple[EditView, ...] = ()
    alternatives: tuple[str, ...] = ()  # anchors of flags whose edits compete with this one's
    fix_span: tuple[int, int] = (0, 0)  # what "fix by hand" edits in the raw MT by default
    fix_text: str = ""  # that span with this flag's own edits applied: the reviewer's starting point
    sentence: Optional[int] = None  # the sentence it lies in, for a whole-sentence fix

    @property
    def key(self) -> str:
        """The flag's stable identity: review decisions are keyed by it, never by position."""
        return self.flag.id


@dataclass
class ParagraphView:
    id: str
    result: ParagraphResult
    flags: list[FlagView]
    source: list[Segment]
    translation: list[Segment]
    corrected: list[DiffPiece]
    sentence_spans: Optional[list[tuple[int, int]]] = None  # each sentence's stretch of the raw MT
    consistent: bool = True  # the corrected text is the applied edits over the raw MT (apply-review needs it)

    @property
    def index(self) -> int:
        return self.result.paragraph.index

    @property
    def corrected_text(self) -> str:
        return self.result.corrected if self.result.corrected is not None else self.result.raw

    @property
    def changed(self) -> bool:
        return self.corrected_text != self.result.raw

    @property
    def attempts(self) -> list[tuple[Correction, str]]:
        """Each correction attempt with what became of it (``outcome``)."""
        return [(c, outcome(c, self.result.applied)) for c in self.result.corrections]


def outcome(c: Correction, applied) -> str:
    """What became of a correction attempt. ``cleared`` says only that it passed the re-check; whether
    its flag's edits make the corrected text is the paragraph's ``applied``."""
    if not c.flag:  # a joint re-check of several flags' suggestions
        return "re-checked together: " + ("passed" if c.cleared else "failed")
    if not c.cleared:
        return "failed the re-check"
    return "applied" if c.flag in applied else "passed the re-check, not applied"


class Counted:
    """An article's flags counted by ``counts``: (category, severity) -> flags."""

    counts: Counter

    def count(self, category: Optional[str] = None, severity: Optional[str] = None) -> int:
        return sum(n for (c, s), n in self.counts.items()
                   if (category is None or c == category) and (severity is None or s == severity))


@dataclass
class ArticleView(Counted):
    id: str
    path: str  # the article's path in the input folder
    stem: str  # the record's path under OUT without ".json"
    report: Report
    paragraphs: list[ParagraphView]
    counts: Counter = field(default_factory=Counter)  # (category, severity) -> flags
    first: dict = field(default_factory=dict)  # category -> id of the first paragraph flagged with it

    @property
    def corrected(self) -> int:
        """How many of its paragraphs deen changed."""
        return sum(p.changed for p in self.paragraphs)


@dataclass
class RunView:
    """A whole run in memory, every article in full: for ``apply-review``; the reports stream instead."""

    out_dir: Path
    articles: list[ArticleView]
    settings: dict
    skipped: list[str]
    run_id: str  # review decisions belong to this run and no other

    @property
    def categories(self) -> list[str]:
        return present_categories(c for a in self.articles for c, _ in a.counts)

    def count(self, category: Optional[str] = None, severity: Optional[str] = None) -> int:
        return sum(a.count(category, severity) for a in self.articles)


def present_categories(found: Iterable[str]) -> list[str]:
    """The categories ``found``, in the report's order (its table columns)."""
    present = set(found)
    return [c.value for c in CATEGORY_ORDER if c.value in present]


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


def edit_pieces(text: str, edits: list[Edit]) -> list[DiffPiece]:
    """``text`` with ``edits`` (non-overlapping, one side) shown as deletions and insertions."""
    pieces, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start > pos:
            pieces.append(DiffPiece(text[pos:e.start], "same"))
        if e.end > e.start:
            pieces.append(DiffPiece(text[e.start:e.end], "del"))
        if e.replacement:
            pieces.append(DiffPiece(e.replacement, "ins"))
        pos = max(pos, e.end)
    if pos < len(text):
        pieces.append(DiffPiece(text[pos:], "same"))
    return pieces


CONTEXT = 12  # characters of context either side of an edit on a card, rounded out to whole words


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    a = max(0, start - CONTEXT)
    while a > 0 and not text[a - 1].isspace():
        a -= 1  # never cut a word: widen to its start
    b = min(len(text), end + CONTEXT)
    while b < len(text) and not text[b].isspace():
        b += 1
    return ("…" if a > 0 else "") + text[a:start], text[end:b] + ("…" if b < len(text) else "")


def edit_view(text: str, e: Edit) -> EditView:
    before, after = _context(text, e.start, e.end)
    return EditView(edit=e, before=before, removed=text[e.start:e.end], inserted=e.replacement, after=after)


def sentence_spans(pr: ParagraphResult) -> Optional[list[tuple[int, int]]]:
    """Where each sentence's translation lies in the raw MT, or None if they cannot be found."""
    return translation_spans(pr.raw, [t.best for t in pr.translations])


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    # A hand fix starts from whole words: a span that begins or ends inside a word is widened.
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _sentence_of(pr: ParagraphResult, spans, f: Flag, where: Optional[int]) -> Optional[int]:
    if not spans:
        return None
    if where is not None:
        return next((k for k, (a, b) in enumerate(spans) if a <= where <= b), None)
    if f.source_span:
        return next((k for k, s in enumerate(pr.sentences) if s.start <= f.source_span[0] < max(s.end, s.start + 1)),
                    None)
    return None


def _fix_target(pr: ParagraphResult, spans, f: Flag, own: list[Edit]):
    """(span, starting text, sentence) for fixing ``f`` by hand: its flagged words, or its sentence."""
    raw = pr.raw
    points = [(e.start, e.end) for e in own]
    if _valid(f.translation_span, raw):
        points.append(tuple(f.translation_span))
    sentence = _sentence_of(pr, spans, f, min(a for a, _ in points) if points else None)
    if points:
        start, end = _word_bounds(raw, min(a for a, _ in points), max(b for _, b in points))
    elif sentence is not None:
        start, end = spans[sentence]
    else:
        start, end = 0, len(raw)
    inside = [Edit(e.flag, e.side, e.start - start, e.end - start, e.replacement) for e in own]
    try:
        text = compose(raw[start:end], inside)
    except EditConflict:  # its own edits overlap: start from the machine translation
        text = raw[start:end]
    return (start, end), text, sentence


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
    anchors = {}
    for k, f in enumerate(pr.flags):
        anchors.setdefault(f.id, f"{pid}-f{k}")
    rivals: dict[str, set[str]] = {}
    for group in alternatives(pr.edits):
        ids = {e.flag for e in group}
        for i in ids:
            rivals.setdefault(i, set()).update(ids - {i})
    spans = sentence_spans(pr)
    applied = set(pr.applied)
    for k, f in enumerate(pr.flags):
        fid = f"{pid}-f{k}"
        shown = True
        own = [e for e in pr.edits if e.flag == f.id]
        own_mt = [e for e in own if e.side == Side.TRANSLATION and 0 <= e.start <= e.end <= len(pr.raw)]
        views = tuple(edit_view(pr.paragraph.text if e.side == Side.SOURCE else pr.raw, e) for e in own
                      if 0 <= e.start <= e.end <= len(pr.paragraph.text if e.side == Side.SOURCE else pr.raw))
        fix_span, fix_text, sentence = _fix_target(pr, spans, f, own_mt)
        for span, text, bucket in ((f.source_span, pr.paragraph.text, src_spans),
                                   (f.translation_span, pr.raw, mt_spans)):
            if span is None:
                continue
            if _valid(span, text):
                bucket.append((span[0], span[1], fid, f.severity.value))
            else:
                shown = False
        shown = shown and len(views) == len(own)
        flags.append(FlagView(id=fid, index=k, flag=f, title=titles.get(f.check, f.check), span_shown=shown,
                              applied=f.id in applied, edits=views,
                              alternatives=tuple(sorted(anchors[i] for i in rivals.get(f.id, ()) if i in anchors)),
                              fix_span=fix_span, fix_text=fix_text, sentence=sentence))
    # Errors before warnings before notes; the recorded order within a severity.
    flags.sort(key=lambda fv: (_severity_rank(fv.flag.severity.value), fv.index))
    corrected = pr.corrected if pr.corrected is not None else pr.raw
    chosen = [e for e in pr.edits if e.flag in applied and e.side == Side.TRANSLATION]
    try:
        shown_diff = edit_pieces(pr.raw, chosen) if compose(pr.raw, chosen) == corrected else None
    except EditConflict:  # an inconsistent record: show the word diff; apply-review names the problem
        shown_diff = None
    return ParagraphView(id=pid, result=pr, flags=flags, source=segments(pr.paragraph.text, src_spans),
                         translation=segments(pr.raw, mt_spans),
                         corrected=shown_diff if shown_diff is not None else edit_pieces(
                             pr.raw, list(diff_edits(pr.raw, corrected, ""))),
                         sentence_spans=spans, consistent=shown_diff is not None)


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


def _record_paths(out_dir: Path):
    """(relative name, path) of each JSON file under ``out_dir`` that may be an article record, in path order."""
    for path in sorted(out_dir.rglob("*.json"), key=lambda p: p.relative_to(out_dir).as_posix()):
        rel = path.relative_to(out_dir).as_posix()
        if any(part.startswith(".") for part in path.relative_to(out_dir).parts):
            continue
        if rel in NOT_ARTICLES or path.is_symlink() or not path.is_file():
            continue
        yield rel, path


def stale_records(out_dir: Path, live: set[str]) -> list[str]:
    """The records of articles the last run no longer had (``live``: its stems), without reading any record."""
    return [rel for rel, _ in _record_paths(Path(out_dir)) if rel[:-len(".json")] not in live]


class ArticleStream:
    """The article records of a run folder as views, read and built one at a time in path order.

    Nothing but the view being used is held, so a report's memory does not grow with the run.
    When run.json says which records its articles have, any other record is stale (a deleted or
    renamed article): listed in ``skipped``, not shown, so no article appears twice or after it
    was removed. ``skipped`` is complete once the stream has been read to its end.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        if not self.out_dir.is_dir():
            raise InputError(self.out_dir, "no such output folder")
        self.live = live_stems(self.out_dir)
        self.not_records: list[str] = []  # JSON files without the article schema
        self.stale: list[str] = []

    @property
    def skipped(self) -> list[str]:
        return self.not_records + [f"{rel} (stale: its article is no longer in the input)" for rel in self.stale]

    def records(self) -> Iterator[tuple[str, dict]]:
        """(stem, record) of each article JSON, in path order."""
        self.not_records, self.stale = [], []  # read again, the folder is listed again
        for rel, path in _record_paths(self.out_dir):
            if self.live is not None and rel[:-len(".json")] not in self.live:
                self.stale.append(rel)
                continue
            data = read_json(path)
            if not isinstance(data, dict) or data.get("schema") != SCHEMA:
                self.not_records.append(rel)
                continue
            yield rel[:-len(".json")], data

    def __iter__(self) -> Iterator[ArticleView]:
        titles = _titles()
        for n, (stem, data) in enumerate(self.records()):
            yield self._view(n, stem, data, titles)

    def _view(self, n: int, stem: str, data: dict, titles: dict[str, str]) -> ArticleView:
        try:
            problem = record_problem(data)
            if problem:
                raise ValueError(problem)
            return article_view(n, stem, report_from_json(data), titles)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as e:
            why = str(e) if isinstance(e, ValueError) and not e.__cause__ else f"{type(e).__name__}: {e}"
            raise InputError(self.out_dir / f"{stem}.json", f"not a valid article record: {why}") from e


def run_settings(out_dir: Path, first: Optional[dict]) -> dict:
    """The run's settings from run.json (with its translator's), else ``first``: its first article's."""
    run_path = Path(out_dir) / RUN_FILE
    run = read_json(run_path) if run_path.exists() else {}
    settings = dict(run["settings"]) if isinstance(run, dict) and isinstance(run.get("settings"), dict) else {}
    if isinstance(run, dict) and isinstance(run.get("translator"), dict):
        settings.setdefault("translator", run["translator"])
    if not settings and first is not None:
        settings = dict(first)
    return settings


def load_run(out_dir: Path) -> RunView:
    """Every article record of a run folder, as the reports show them, all at once."""
    stream = ArticleStream(out_dir)
    articles = list(stream)
    return RunView(out_dir=stream.out_dir, articles=articles,
                   settings=run_settings(stream.out_dir, articles[0].report.settings if articles else None),
                   skipped=stream.skipped, run_id=run_id([a.report for a in articles]))


class RunHash:
    """The identity of a run's results, fed one article at a time: each article's path, source hash,
    settings and machine translation.

    Another model, configuration or input gives another id, so a review exported from one run's
    report is never applied to (or shown in) another's.
    """

    def __init__(self):
        self._h = hashlib.sha256()

    def add(self, r: Report) -> None:
        raw = hashlib.sha256("\x00".join(p.raw for p in r.paragraphs).encode("utf-8", "surrogatepass")).hexdigest()
        self._h.update(json.dumps([r.article.path, r.article.sha256, r.settings, raw], sort_keys=True,
                                  ensure_ascii=True, default=str).encode("ascii"))
        self._h.update(b"\n")

    @property
    def id(self) -> str:
        return self._h.hexdigest()[:16]


def run_id(reports: Iterable[Report]) -> str:
    """``RunHash`` of ``reports``, in their order."""
    h = RunHash()
    for r in reports:
        h.add(r)
    return h.id


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
