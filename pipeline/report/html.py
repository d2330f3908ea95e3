"""The HTML review report: one self-contained file (inline CSS and JS) that opens from disk."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

import jinja2
from markupsafe import Markup

from .. import __version__
from ..records import Side
from .collect import SEVERITY_ORDER, ArticleView, flatten, key_settings
from .spool import chunks
from .summary import RunSummary

TEMPLATES = Path(__file__).parent / "templates"
SEVERITIES = [s.value for s in SEVERITY_ORDER]


def _environment() -> jinja2.Environment:
    # Autoescape always: article text is untrusted (a "<script>" in a German article shows as text).
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def review_data(a: ArticleView) -> dict:
    """What the page's script needs to compose decisions live, exactly as apply-review does, for each
    flagged paragraph of ``a``."""
    data = {}
    for p in a.paragraphs:
        if not p.flags:
            continue
        pr = p.result
        data[p.id] = {
            "a": a.path, "p": p.index, "raw": pr.raw, "sents": p.sentence_spans, "ok": p.consistent,
            "flags": [{"k": fv.key, "el": fv.id, "ap": fv.applied,
                       "e": [[ev.edit.start, ev.edit.end, ev.edit.replacement] for ev in fv.edits
                             if ev.edit.side == Side.TRANSLATION],
                       "fix": [fv.fix_span[0], fv.fix_span[1], fv.fix_text], "sn": fv.sentence}
                      for fv in p.flags],
            # Applied edits of flags without a card (none in a consistent record): they apply undecided.
            "extra": [{"k": fid, "e": [[e.start, e.end, e.replacement] for e in pr.edits
                                       if e.flag == fid and e.side == Side.TRANSLATION]}
                      for fid in dict.fromkeys(pr.applied) if fid not in {fv.key for fv in p.flags}],
        }
    return data


def _script_json(obj) -> Markup:
    # Inside <script>: no "</script>", "<!--" or U+2028 can end or confuse it; the JSON stays exact.
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class HtmlReport:
    """report.html built one article at a time: each article's markup, with its paragraphs' review
    data in a script of its own, waits in ``spool`` (a file) until the page's head, which needs the
    whole run's totals, has been written."""

    def __init__(self, spool: TextIO):
        self.spool = spool
        self.env = _environment()
        self.article = self.env.get_template("article.html.j2")

    def add(self, a: ArticleView) -> None:
        data = review_data(a)
        for piece in self.article.generate(a=a, severities=SEVERITIES, data=_script_json(data) if data else None):
            self.spool.write(piece)

    def write(self, f: TextIO, run: RunSummary) -> None:
        page = self.env.get_template("report.html.j2").generate(
            run=run, severities=SEVERITIES, key_settings=key_settings(run.settings),
            all_settings=flatten(run.settings), version=__version__,
            articles=(Markup(piece) for piece in chunks(self.spool)),  # already escaped when rendered
            generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
        for piece in page:
            f.write(piece)
