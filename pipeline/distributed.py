"""``deen translate --executor ray``: the same per-article work as Ray tasks on a cluster.

The driver reads the folder, decides what is already done (same resume rule as a local
run) and hands articles out in chunks; each task translates, checks, corrects and
writes its articles atomically into the shared output folder, exactly as a local run
would. Workers must see the input and output folders and the model at the same paths
(a shared file system), and have deen installed (``pip install 'deen[distributed]'``).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from .errors import DeenError

# One translator per worker process, kept between tasks: loading a model costs seconds.
_TRANSLATORS: dict = {}


def _work(in_dir: str, out_dir: str, options, paths: list[str], keys: dict, stems: dict, request: dict):
    from .reading import read_article
    from .run import Progress, RunSummary, Runner

    base = Path(in_dir) if Path(in_dir).is_dir() else Path(in_dir).parent
    cache_key = (options.model, options.backend, options.decode)
    runner = Runner(Path(in_dir), Path(out_dir), options, progress=Progress(False),
                    load_translator=lambda: _TRANSLATORS[cache_key])
    if cache_key not in _TRANSLATORS:
        from .translate.loading import load_translator

        _TRANSLATORS[cache_key] = load_translator(options.model, options.backend, options.decode,
                                                  verify=options.verify, progress=False)
    # Article paths are display forms: a file name that is not UTF-8 reads "caf\\xe9.txt". Find its file.
    real = {}
    if any("\\" in p for p in paths):
        from .reading import display_path, walk_articles

        real = {display_path(q.relative_to(base).as_posix()): q for q in walk_articles(Path(in_dir))[0]}
    todo = [(read_article(real.get(p, base / p), base, options.max_bytes), keys[p]) for p in paths]
    summary = RunSummary()
    runner.process(todo, stems, request, summary)
    return {"translated": summary.translated, "sentences": summary.sentences, "flags": summary.flags,
            "translator": runner.translator.signature()}


def run_ray(runner, todo, stems: dict, request: dict, summary, address: Optional[str], workers: int,
            chunk: int = 8) -> Optional[dict]:
    """Run the articles of ``todo`` as Ray tasks; returns the translator signature of a worker."""
    try:
        import ray
    except ImportError as e:
        raise DeenError("the Ray executor needs Ray: pip install 'deen[distributed]'") from e
    started_here = not ray.is_initialized()
    if started_here:
        try:
            if address:
                ray.init(address=address, log_to_driver=False)
            else:
                ray.init(num_cpus=workers, log_to_driver=False, include_dashboard=False)
        except Exception as e:  # noqa: BLE001 - Ray raises many types; the user needs the address named
            raise DeenError(f"cannot start or reach a Ray cluster at {address or 'a new local instance'}: {e}") from e
    try:
        # Each task gets one core; a local model uses that core's threads only.
        options = replace(runner.options, decode=replace(runner.options.decode, threads=1))
        task = ray.remote(num_cpus=1, max_retries=2)(_work)
        pending = []
        for i in range(0, len(todo), chunk):
            part = todo[i:i + chunk]
            pending.append(task.remote(str(runner.in_dir.resolve()), str(runner.out_dir.resolve()), options,
                                       [a.path for a, _ in part], {a.path: k for a, k in part}, stems, request))
        signature = None
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            res = ray.get(done[0])
            summary.translated += res["translated"]
            summary.sentences += res["sentences"]
            summary.flags += res["flags"]
            signature = res["translator"]
            for _ in res["translated"]:
                runner.progress.article_done()
        return signature
    finally:
        if started_here:
            ray.shutdown()
