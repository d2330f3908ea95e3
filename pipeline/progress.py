"""The progress bar ``deen translate`` and ``deen check`` show on stderr (rich, imported when first shown)."""
from __future__ import annotations


def progress_bar(label: str, tail: str, transient: bool):
    """``label``, the bar, done of total, ``tail`` (a column template), time elapsed; not started."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn(tail), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=transient)
