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
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from . import __version__
from .atomic import write_json, write_text
from .checks.config import CheckConfig, load_config
from .checks.runner import run_checks
from .errors import InputError
from .reading import MAX_BYTES, ReadFailure, read_folder
from .records import Article, ParagraphResult, Report, Translation, Unit
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
    sentences: int = 0
    seconds: float = 0.0
    flags: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def output_stems(articles: Sequence[Article]) -> dict[str, str]:
    """Output path stem per article; "a.txt" and "a.md" side by side keep their suffixes apart."""
    stems = {a.path: a.path.rsplit(".", 1)[0] for a in articles}
    counts: dict[str, int] = {}
    for s in stems.values():
        counts[s] = counts.get(s, 0) + 1
    return {p: (s if counts[s] == 1 else p) for p, s in stems.items()}


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
    src, dst = in_dir.resolve(), out_dir.resolve()
    base = src if src.is_dir() else src.parent
    if dst == base or base in dst.parents:
        raise InputError(out_dir, f"the output folder is inside the input folder {in_dir}; choose one outside it")


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
        from .segment import splitter_name

        return {"deen_version": __version__, **_model_identity(self.options.model),
                "backend": self.options.backend, "decode": self.options.decode.to_json(),
                "checks": self.config.signature(), "correct": self.options.correct,
                "segmenter": splitter_name()}

    def _done(self, article: Article, stem: str, key: str) -> bool:
        path = self.out_dir / f"{stem}.json"
        if self.options.force or not path.exists():
            return False
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return old.get("settings", {}).get("run_key") == key and all(
            (self.out_dir / f"{stem}{ext}").exists() for ext in (".en.txt", ".mt.txt"))

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

    def run(self) -> RunSummary:
        _check_dir_layout(self.in_dir, self.out_dir)
        started = time.perf_counter()
        articles, failures = read_folder(self.in_dir, self.options.max_bytes)
        summary = RunSummary(failed=list(failures))
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
        if todo and self.options.executor == "ray":
            from .distributed import run_ray

            self._worker_signature = run_ray(self, todo, stems, request, summary, self.options.address,
                                             self.options.workers)
        elif todo:
            self.process(todo, stems, request, summary)
        summary.seconds = time.perf_counter() - started
        self.progress.stop()
        self._write_run(request, summary, articles)
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
            fixed = [(u.translation, ()) for u in units]
        paragraphs = tuple(
            ParagraphResult(paragraph=p, sentences=s, translations=trs, raw=u.translation, flags=tuple(fl),
                            corrections=tuple(corr), corrected=text)
            for p, s, trs, u, fl, (text, corr) in zip(article.paragraphs, sents, per_para, units, flags, fixed))
        settings = {**request, "run_key": key, "translator": signature}
        return Report(article=article, paragraphs=paragraphs, settings=settings)

    def _write_article(self, report: Report, stem: str) -> None:
        sep = report.article.separator
        layout = lambda texts: sep.join(p.paragraph.prefix + t for p, t in zip(report.paragraphs, texts)) + "\n"
        write_text(self.out_dir / f"{stem}.mt.txt", layout([p.raw for p in report.paragraphs]))
        write_text(self.out_dir / f"{stem}.en.txt", layout([p.corrected or p.raw for p in report.paragraphs]))
        write_json(self.out_dir / f"{stem}.json", report_to_json(report))  # last: marks the article done

    def _write_run(self, request: dict, summary: RunSummary, articles: list[Article]) -> None:
        run = {"schema": "deen.run/1", "settings": request,
               "translator": self.translator.signature() if self.translator else self._worker_signature,
               "executor": self.options.executor,
               "input": str(self.in_dir), "articles": [a.path for a in articles],
               "translated": summary.translated, "skipped": summary.skipped,
               "failed": [{"path": f.path, "reason": f.reason} for f in summary.failed],
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
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

        self._bar = Bar(TextColumn("articles"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=False)
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
