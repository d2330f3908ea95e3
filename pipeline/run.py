"""``deen translate``: a folder of German articles in, English articles, records and reports out.

Work is done in groups of articles: the sentences of a group are translated together
(bucketed by length by the backend), then the group is checked, corrected and written
in a worker thread while the next group translates. Each article's JSON is written
last, atomically, and is the marker that lets an interrupted run resume.
"""
from __future__ import annotations

import hashlib
import json
import sys
import threading
from collections import Counter
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from . import __version__
from .atomic import write_json, write_text
from .checks.config import CheckConfig, load_config
from .checks.runner import run_checks
from .errors import ConfigError, InputError
from .limits import limits
from .lock import out_lock, remove_partial_files
from .reading import MAX_BYTES, ReadFailure, display_path, long_paragraphs, read_folder
from .records import Article, Corrected, ParagraphResult, Report, Translation, Unit
from .segment import join_sentences
from .store import report_to_json
from .translate.base import DecodeSettings, Translator

# Sentences translated together. Large enough for length-sorted batches to fill, small enough
# that checking the last group (which nothing overlaps) is a small part of a run, and that an
# interruption loses little.
GROUP_SENTENCES = 400


@dataclass(frozen=True)
class RunOptions:
    model: Optional[str] = None  # local folder or hub id; None: the default hub id
    backend: str = "auto"
    verify: bool = True  # check the weights against the manifest or the folder's record before use
    decode: DecodeSettings = DecodeSettings()
    correct: bool = True
    force: bool = False
    config_path: Optional[Path] = None
    max_bytes: int = MAX_BYTES
    executor: str = "local"  # "local" or "ray"
    address: Optional[str] = None  # Ray cluster address; None starts a local instance
    workers: int = 2  # Ray: CPUs of a local instance


@dataclass
class RunSummary:
    translated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[ReadFailure] = field(default_factory=list)
    limited: list[ReadFailure] = field(default_factory=list)  # paragraphs kept but over a limit, not checked
    stale: list[str] = field(default_factory=list)  # records under OUT whose article is no longer in the input
    sentences: int = 0
    seconds: float = 0.0
    flags: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.limited else 0


# Files of a run under OUT, and what each article's stem gets. No article's files may take a run
# file's name or another article's: the suffixes are checked for every stem, not assumed apart.
RUN_FILES = ("run.json", "review.json", "report.html", "report.md", "flags.jsonl", "review-summary.md")
ARTICLE_SUFFIXES = (".json", ".en.txt", ".mt.txt", ".final.en.txt")


def output_stems(articles: Sequence[Article]) -> dict[str, str]:
    """Output path stem per article, in path order, such that no two output files share a name.

    The stem is the path without its suffix; "a.txt" and "a.md" side by side keep their
    suffixes apart, and so does an article whose files would take another's or a run file's
    name ("run.txt" -> "run.txt.json", since "run.json" is the run's; "a.final.txt" beside
    "a.txt" -> "a.final.txt.en.txt", since "a.final.en.txt" is a.txt's reviewed English).
    """
    paths = sorted(a.path for a in articles)
    short = {p: p.rsplit(".", 1)[0] if "." in p.rsplit("/", 1)[-1] else p for p in paths}
    counts: dict[str, int] = {}
    for s in short.values():
        counts[s] = counts.get(s, 0) + 1
    files: set[str] = set(RUN_FILES)
    folders: set[str] = set()
    out: dict[str, str] = {}

    def free(stem: str) -> bool:
        names = [stem + x for x in ARTICLE_SUFFIXES]
        parents = {"/".join(stem.split("/")[:k]) for k in range(1, stem.count("/") + 1)}
        return not any(n in files or n in folders for n in names) and not parents & files

    # A plain stem whose files clash with another plain stem's gives way on both sides, like "a.txt"
    # and "a.md": which article keeps its plain stem does not depend on which was added first.
    plain = [p for p in paths if counts[short[p]] == 1]
    taken = Counter(short[p] + x for p in plain for x in ARTICLE_SUFFIXES)
    for p in plain:
        if all(taken[short[p] + x] == 1 for x in ARTICLE_SUFFIXES):
            out[p] = short[p]
    for p in paths:
        candidates = [out[p]] if p in out else []
        candidates += [p] + [f"{p}~{n}" for n in range(2, len(paths) + 2)]
        stem = next(c for c in candidates if free(c))
        out[p] = stem
        files.update(stem + x for x in ARTICLE_SUFFIXES)
        folders.update("/".join(stem.split("/")[:k]) for k in range(1, stem.count("/") + 1))
    return out


def _model_identity(model: Optional[str]) -> dict:
    """What identifies the model without loading it: the folder's weight files, or the hub id."""
    from .translate.loading import DEFAULT_MODEL

    name = model or DEFAULT_MODEL
    path = Path(name)
    if not path.is_dir():
        return {"model": name}
    # Top level only: the CTranslate2 conversion deen adds in FOLDER/ct2-int8/ is not a new model.
    files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in {".safetensors", ".bin", ".spm", ".json"})
    stamp = [(p.name, p.stat().st_size, int(p.stat().st_mtime)) for p in files]
    return {"model": str(path.resolve()), "files": hashlib.sha256(json.dumps(stamp).encode()).hexdigest()[:16]}


# The text files of an article, written before its record; the record holds their sha256.
TEXT_SUFFIXES = (".mt.txt", ".en.txt")


def _sha256(path: Path) -> Optional[str]:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def run_key(article: Article, request: dict) -> str:
    blob = json.dumps({"source": article.sha256, "request": request}, sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()


class _Locked:
    """The translator shared by the main thread and the writer thread, one call at a time."""

    def __init__(self, inner: Translator):
        self.inner = inner
        self.settings = inner.settings
        self._lock = threading.Lock()

    def translate(self, sources, progress=None):
        with self._lock:
            return self.inner.translate(sources, progress)

    def signature(self) -> dict:
        return self.inner.signature()


def _check_dir_layout(in_dir: Path, out_dir: Path) -> None:
    if not in_dir.exists():
        raise InputError(in_dir, "no such file or folder")
    src, dst = in_dir.resolve(), out_dir.resolve()
    if src.is_dir():
        if dst == src or src in dst.parents:
            raise InputError(out_dir, f"the output folder is inside the input folder {in_dir}; choose one outside it")
    # One article: only its own folder is refused, where the reports would sit among the articles.
    elif dst == src.parent:
        raise InputError(out_dir, f"the output folder is the folder of {in_dir}; choose another one")


class Runner:
    def __init__(self, in_dir: Path, out_dir: Path, options: RunOptions,
                 load_translator: Optional[Callable[[], Translator]] = None,
                 progress: Optional["Progress"] = None):
        self.in_dir, self.out_dir, self.options = Path(in_dir), Path(out_dir), options
        self._load_translator = load_translator
        self.progress = progress or Progress(enabled=False)
        self.config: CheckConfig = load_config(options.config_path)
        self.translator: Optional[Translator] = None
        self._worker_signature: Optional[dict] = None

    def request(self) -> dict:
        """The settings that decide whether an article must be redone; stored in every output."""
        from .lexicon import setting as lexicon_setting
        from .segment import splitter_name

        return {"deen_version": __version__, **_model_identity(self.options.model),
                "backend": self.options.backend, "decode": self.options.decode.to_json(),
                "checks": self.config.signature(), "correct": self.options.correct,
                "segmenter": splitter_name(), "lexicon": lexicon_setting(), "limits": limits().to_json()}

    def _done(self, article: Article, stem: str, key: str) -> bool:
        """The record matches these settings and the text files beside it are the ones it recorded."""
        path = self.out_dir / f"{stem}.json"
        if self.options.force or not path.exists():
            return False
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
            if old.get("settings", {}).get("run_key") != key:
                return False
            files = old.get("files") or {}
            return bool(files) and all(_sha256(self.out_dir / f"{stem}{ext}") == files.get(ext)
                                       for ext in TEXT_SUFFIXES)
        except (OSError, ValueError, AttributeError, RecursionError):
            return False

    def translator_(self) -> Translator:
        if self.translator is None:
            if self._load_translator is not None:
                inner = self._load_translator()
            else:
                from .translate.loading import load_translator

                inner = load_translator(self.options.model, self.options.backend, self.options.decode,
                                        verify=self.options.verify, progress=self.progress.enabled,
                                        notify=self.progress.note)
            self.translator = _Locked(inner)
        return self.translator

    def check_settings(self) -> None:
        """Decoding settings against the limits table, before any work (--beam 100000 would
        allocate tens of GB before failing)."""
        lim, d = limits(), self.options.decode
        problems = [f"{name} = {getattr(d, name)} is over the limit of {getattr(lim, name)}"
                    for name in ("beam_size", "nbest", "batch_size", "max_length")
                    if getattr(d, name) > getattr(lim, name)]
        if problems:
            raise ConfigError("invalid decoding settings: " + "; ".join(problems))

    def run(self) -> RunSummary:
        _check_dir_layout(self.in_dir, self.out_dir)
        self.check_settings()
        with out_lock(self.out_dir):
            removed = remove_partial_files(self.out_dir)
            return self._run_locked(removed)

    def _run_locked(self, removed: list[str]) -> RunSummary:
        started = time.perf_counter()
        articles, failures = read_folder(self.in_dir, self.options.max_bytes)
        summary = RunSummary(failed=list(failures))
        for a in articles:
            summary.limited += long_paragraphs(a)
        stems = output_stems(articles)
        request = self.request()
        todo = []
        for a in articles:
            key = run_key(a, request)
            if self._done(a, stems[a.path], key):
                summary.skipped.append(a.path)
            else:
                todo.append((a, key))
        # Download, verify and convert before the progress bar starts, so their messages show;
        # Ray workers then find the model ready instead of each fetching and converting it.
        if todo and self.options.executor == "local":
            self.translator_()
        elif todo:
            from .translate.loading import prepare_model

            prepare_model(self.options.model, self.options.backend, verify=self.options.verify,
                          progress=self.progress.enabled, notify=self.progress.note)
        self.progress.start(total=len(articles), done=len(summary.skipped))
        try:
            if todo and self.options.executor == "ray":
                from .distributed import run_ray

                self._worker_signature = run_ray(self, todo, stems, request, summary, self.options.address,
                                                 self.options.workers)
            elif todo:
                self.process(todo, stems, request, summary)
        finally:
            self.progress.stop()
        summary.seconds = time.perf_counter() - started
        self._write_run(request, summary, articles, stems, removed)
        return summary

    def process(self, todo, stems, request, summary: RunSummary) -> None:
        """Translate, check, correct and write the articles of ``todo`` (pairs of article and run key)."""
        from .segment import sentences as segment

        translator = self.translator_()
        signature = translator.signature()
        pending: Optional[Future] = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="deen-writer") as writer:
            try:
                for group in _prefetched(_groups(todo, segment)):
                    texts = [s.text for _, _, sents in group for para in sents for s in para]
                    trs = translator.translate(texts, progress=self.progress.sentences)
                    if pending is not None:
                        pending.result()
                    pending = writer.submit(self._finish_group, group, trs, stems, request, signature, summary)
                if pending is not None:
                    pending.result()
            except BaseException:
                # Let the article being written finish, so nothing is left half-done.
                if pending is not None and not pending.done():
                    pending.result()
                raise

    def _finish_group(self, group, trs: list[Translation], stems, request, signature, summary) -> None:
        it = iter(trs)
        for article, key, sents in group:
            per_para = [tuple(next(it) for _ in para) for para in sents]
            report = self._article_report(article, sents, per_para, key, request, signature)
            self._write_article(report, stems[article.path])
            summary.translated.append(article.path)
            summary.sentences += sum(len(p) for p in sents)
            summary.flags += sum(len(p.flags) for p in report.paragraphs)
            self.progress.article_done()

    def _article_report(self, article, sents, per_para, key, request, signature) -> Report:
        units = [Unit(id=f"{article.path}#{p.index}", source=p.text,
                      translation=join_sentences(t.best for t in trs), doc_id=article.path, translations=trs)
                 for p, trs in zip(article.paragraphs, per_para)]
        flags = run_checks(units, self.config)
        if self.options.correct:
            from .correct import correct_document

            fixed = correct_document(units, flags, self.translator, self.config)
        else:
            fixed = [Corrected(text=u.translation) for u in units]
        paragraphs = tuple(
            ParagraphResult(paragraph=p, sentences=s, translations=trs, raw=u.translation, flags=tuple(fl),
                            corrections=c.corrections, corrected=c.text, edits=c.edits, applied=c.applied)
            for p, s, trs, u, fl, c in zip(article.paragraphs, sents, per_para, units, flags, fixed))
        settings = {**request, "run_key": key, "translator": signature}
        return Report(article=article, paragraphs=paragraphs, settings=settings)

    def _write_article(self, report: Report, stem: str) -> None:
        """The article's files as one unit: its old record goes first, its new record last and only
        with the sha256 of the text files beside it, so a kill in between leaves no record that
        claims text files from other settings (the article is redone on resume)."""
        sep = report.article.separator
        layout = lambda texts: sep.join(p.paragraph.prefix + t for p, t in zip(report.paragraphs, texts)) + "\n"
        texts = {".mt.txt": layout([p.raw for p in report.paragraphs]),
                 ".en.txt": layout([p.corrected or p.raw for p in report.paragraphs])}
        record = self.out_dir / f"{stem}.json"
        record.unlink(missing_ok=True)
        for ext in TEXT_SUFFIXES:
            write_text(self.out_dir / f"{stem}{ext}", texts[ext])
        data = report_to_json(report)
        data["files"] = {ext: hashlib.sha256(texts[ext].encode("utf-8")).hexdigest() for ext in TEXT_SUFFIXES}
        write_json(record, data)  # last: marks the article done

    def _translator_signature(self, summary: RunSummary, stems: dict[str, str]) -> Optional[dict]:
        """The translator of this run; when every article was kept, the one their records name.

        Kept records share this run's request (their run key says so), so their translator is
        the one this run would have loaded; reading it spares loading a model only to name it.
        """
        if self.translator is not None:
            return self.translator.signature()
        if self._worker_signature is not None:
            return self._worker_signature
        for path in sorted(summary.skipped):
            try:
                old = json.loads((self.out_dir / f"{stems[path]}.json").read_text(encoding="utf-8"))
                signature = old["settings"]["translator"]
            except (OSError, ValueError, KeyError, TypeError, RecursionError):
                continue
            if isinstance(signature, dict):
                return signature
        return None

    def _write_run(self, request: dict, summary: RunSummary, articles: list[Article], stems: dict[str, str],
                   removed: list[str]) -> None:
        from .report.collect import stale_records

        summary.stale = stale_records(self.out_dir, live=set(stems.values()))
        run = {"schema": "deen.run/1", "settings": request,
               "translator": self._translator_signature(summary, stems),
               "executor": self.options.executor,
               "input": display_path(str(self.in_dir)), "articles": [a.path for a in articles],
               "outputs": {a.path: stems[a.path] for a in articles},
               "translated": summary.translated, "skipped": summary.skipped,
               "failed": [{"path": f.path, "reason": f.reason} for f in summary.failed],
               "limited": [{"path": f.path, "reason": f.reason} for f in summary.limited],
               "stale": summary.stale, "removed_partial_files": removed,
               "sentences": summary.sentences, "flags": summary.flags, "seconds": round(summary.seconds, 3)}
        write_json(self.out_dir / "run.json", run)
        from .report import build_reports

        build_reports(self.out_dir)


def _prefetched(groups):
    """Yield from ``groups`` while its next item is computed in a thread.

    Segmentation is Python and holds the GIL; the backends release it while they
    decode, so the next group is segmented while the current one translates.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="deen-segment") as pool:
        it = iter(groups)
        nxt = pool.submit(next, it, None)
        while True:
            group = nxt.result()
            if group is None:
                return
            nxt = pool.submit(next, it, None)
            yield group


def _groups(todo, segment):
    """Articles with their sentences, in groups of about GROUP_SENTENCES sentences."""
    group, size = [], 0
    for article, key in todo:
        sents = [segment(p) for p in article.paragraphs]
        group.append((article, key, sents))
        size += sum(len(s) for s in sents)
        if size >= GROUP_SENTENCES:
            yield group
            group, size = [], 0
    if group:
        yield group


class Progress:
    """Articles done and sentences per second, on a rich progress bar (stderr)."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self._bar = None
        self._task = None
        self._sentences = 0
        self._t0 = time.perf_counter()

    def start(self, total: int, done: int) -> None:
        if not self.enabled:
            return
        from .progress import progress_bar

        self._bar = progress_bar("articles", "{task.fields[rate]}", transient=False)
        self._bar.start()
        self._task = self._bar.add_task("translate", total=total, completed=done, rate="")
        self._t0 = time.perf_counter()

    def note(self, message: str) -> None:
        """One line about slow one-time work (download, conversion), unless quiet."""
        if self.enabled:
            print(f"deen: {message}", file=sys.stderr, flush=True)

    def sentences(self, n: int) -> None:
        self._sentences += n
        if self._bar is not None:
            rate = self._sentences / max(time.perf_counter() - self._t0, 1e-9)
            self._bar.update(self._task, rate=f"{rate:,.1f} sentences/s")

    def article_done(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
