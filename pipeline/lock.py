"""One writer per output folder: an exclusive lock on ``OUT/.deen.lock`` for the whole run.

Two runs into one OUT would interleave their articles and each claim all of them in run.json.
The lock is advisory (``flock``) and released by the kernel when the process dies, so a killed
run never leaves a stale lock behind. Taking it is also the first write into OUT: an OUT that is
a file or read-only is reported here, before any work.
"""
from __future__ import annotations

import errno
import fcntl
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError

LOCK_NAME = ".deen.lock"
_held: dict[str, int] = {}  # OUT folders this process holds, so nested users (run -> report) pass


@contextmanager
def out_lock(out_dir: Path, create: bool = True):
    """``create=False`` (report, apply-review): a missing OUT is not made; the caller names it."""
    out_dir = Path(out_dir)
    if not create and not out_dir.is_dir():
        yield
        return
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(out_dir, "the output folder is a file; choose a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        key = str(out_dir.resolve())
    except OSError as e:
        raise InputError(out_dir, f"cannot create the output folder: {e.strerror or e}") from e
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    fd = -1
    try:
        fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        # The lock file may be left from a run when OUT was still writable: probe a new file too.
        probe, probe_path = tempfile.mkstemp(prefix=".deen-probe.", suffix=".part", dir=out_dir)
        os.close(probe)
        os.unlink(probe_path)
    except OSError as e:
        if fd >= 0:
            os.close(fd)
        raise InputError(out_dir, f"cannot write to the output folder: {e.strerror or e}") from e
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EWOULDBLOCK, errno.EACCES):
                raise InputError(out_dir, f"another deen run is writing to this folder (it holds "
                                          f"{LOCK_NAME}); wait for it to finish or choose another --out") from e
            raise
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
    finally:
        os.close(fd)  # closing releases the lock


def remove_partial_files(out_dir: Path) -> list[str]:
    """Delete the hidden ``.NAME.*.part`` files an atomic write leaves when killed (-9); under the lock
    no other run is writing them. Returns their paths relative to OUT, for run.json."""
    out_dir = Path(out_dir)
    removed = []
    for path in sorted(out_dir.rglob(".*.part")):
        if path.is_file() and not path.is_symlink():
            path.unlink()
            removed.append(os.fsencode(path.relative_to(out_dir).as_posix()).decode("utf-8", "backslashreplace"))
    return removed
