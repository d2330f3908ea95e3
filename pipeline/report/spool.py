"""Parts of a report kept on disk while the articles stream past, until what goes before them is known."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterator, TextIO

# Characters per read: the report is copied, never read whole. Small on purpose: 64K-character
# pieces (up to 256 KB each) left the allocator holding several MB after the copy (measured).
CHUNK = 1 << 13


def spool(out_dir: Path) -> TextIO:
    """An unnamed file beside the reports: on the same disk (a tmpfs /tmp would hold it in memory),
    never listed among a run's records, and gone with the process if a build fails."""
    return tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n", dir=out_dir)


def chunks(spooled: TextIO) -> Iterator[str]:
    spooled.flush()
    spooled.seek(0)
    while True:
        piece = spooled.read(CHUNK)
        if not piece:
            return
        yield piece


def copy_spool(spooled: TextIO, f: TextIO) -> None:
    for piece in chunks(spooled):
        f.write(piece)


def lines(spooled: TextIO) -> Iterator[str]:
    spooled.flush()
    spooled.seek(0)
    yield from spooled
