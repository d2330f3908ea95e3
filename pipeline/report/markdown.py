"""The Markdown report: the same findings as the HTML one, for reading in a terminal or a pull request."""
from __future__ import annotations

import html
import re
from typing import TextIO

from .collect import SEVERITY_ORDER, ArticleView, key_settings
from .spool import copy_spool
from .summary import RunSummary

# Every character that could start a Markdown link or image ([, ]), emphasis, code, a table cell or
# strikethrough is escaped; "<" and "&" become entities (no HTML, no <javascript:...> autolinks), and
# "://" and "www." lose their autolink trigger. Untrusted text then shows as written and loads nothing.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_text(s: str) -> str:
    """Untrusted text (article, message, path) for a Markdown file, on one line."""
    s = _MD_SPECIAL.sub(r"\\\1", html.escape(s, quote=False))
    s = s.replace("://", "\\://").replace("www.", "www\\.")
    return re.sub(r"[\r\n]+", " ", s)


def markdown_head(run: RunSummary) -> str:
    """Totals, settings and the table of flags per article and category (no newline at the end)."""
    sev = [s.value for s in SEVERITY_ORDER]
    lines = ["# deen review report", "",
             f"{run.article_count} articles, {run.count()} flags ("
             + ", ".join(f"{run.count(severity=s)} {s}" for s in sev) + ").", "", "## Settings", ""]
    lines += [f"- {label}: {md_text(value)}" for label, value in key_settings(run.settings)]
    lines.append(f"- run id: {run.run_id}")
    lines += ["", "## Flags per article and category", ""]
    cats = run.categories
    if run.article_count:
        lines.append("| article | " + " | ".join(cats) + " | total | corrected ¶ |")
        lines.append("|---|" + "---:|" * (len(cats) + 2))
        for a in run.articles():
            lines.append(f"| {md_text(a.path)} | " + " | ".join(str(a.count(c)) for c in cats)
                         + f" | {a.count()} | {a.corrected} |")
    else:
        lines.append("No article records in this folder.")
    if run.skipped:
        lines += ["", "Not article records, not shown: " + ", ".join(md_text(s) for s in run.skipped)]
    return "\n".join(lines)


def markdown_article(a: ArticleView) -> str:
    """An article's section: its flagged and corrected paragraphs, each flag with its edits.
    It starts with the newline that ends what comes before it."""
    shown = [p for p in a.paragraphs if p.flags or p.changed]
    lines = ["", "", f"## {md_text(a.path)}", ""]
    if not shown:
        lines.append("No flags, no corrections.")
    for p in shown:
        lines += [f"### ¶ {p.index}", "",
                  f"- German: {md_text(p.result.paragraph.text)}",
                  f"- Machine translation: {md_text(p.result.raw)}"]
        if p.changed:
            lines.append(f"- Corrected: {md_text(p.corrected_text)}")
        for c, mark in p.attempts:
            new = f"; new flags: {md_text(', '.join(c.new_flags))}" if c.new_flags else ""
            lines.append(f"- Correction {c.rule} ({mark}): {md_text(c.detail)}{new}")
        lines.append("")
        for n, fv in enumerate(p.flags, 1):  # errors first
            f = fv.flag
            spans = []
            if f.source_span and fv.span_shown:
                spans.append(f"German «{md_text(p.result.paragraph.text[f.source_span[0]:f.source_span[1]])}»")
            if f.translation_span and fv.span_shown:
                spans.append(f"English «{md_text(p.result.raw[f.translation_span[0]:f.translation_span[1]])}»")
            where = f" at {', '.join(spans)}" if spans else ""
            sugg = f" Suggestion: {md_text(f.suggestion)}" if f.suggestion else ""
            lines.append(f"{n}. **{f.severity.value}** {f.category.value} {md_text(f.check)}{where}: "
                         f"{md_text(f.message)}{sugg}")
            for ev in fv.edits:
                side = "German" if ev.edit.side.value == "source" else "English"
                lines.append(f"   - edit ({side}{', applied' if fv.applied else ''}): "
                             f"{md_text(ev.removed) or '(nothing)'} → {md_text(ev.inserted) or '(nothing)'}")
    return "\n".join(lines)


class MarkdownReport:
    """report.md built one article at a time: the sections wait in ``spool`` (a file) until the
    head, which needs the whole run's totals, has been written."""

    def __init__(self, spool: TextIO):
        self.spool = spool
        self.last = ""  # held back: the report's trailing whitespace is trimmed

    def add(self, a: ArticleView) -> None:
        self.spool.write(self.last)
        self.last = markdown_article(a)

    def write(self, f: TextIO, run: RunSummary) -> None:
        if not self.last:
            f.write(markdown_head(run).rstrip() + "\n")
            return
        f.write(markdown_head(run))
        copy_spool(self.spool, f)
        f.write(self.last.rstrip() + "\n")
