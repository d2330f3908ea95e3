"""The HTML review report: one self-contained file (inline CSS and JS) that opens from disk."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import jinja2

from .. import __version__
from .collect import SEVERITY_ORDER, RunView, flatten, key_settings

TEMPLATES = Path(__file__).parent / "templates"


def _environment() -> jinja2.Environment:
    # Autoescape always: article text is untrusted (a "<script>" in a German article shows as text).
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_html(run: RunView) -> str:
    template = _environment().get_template("report.html.j2")
    return template.render(
        run=run, severities=[s.value for s in SEVERITY_ORDER], key_settings=key_settings(run.settings),
        all_settings=flatten(run.settings), version=__version__,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
