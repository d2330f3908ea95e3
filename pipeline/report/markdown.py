"""The Markdown report: the same findings as the HTML one, for reading in a terminal or a pull request."""
from __future__ import annotations

import html

from .collect import SEVERITY_ORDER, RunView, key_settings


def _text(s: str) -> str:
    # Article text is untrusted and Markdown viewers render HTML: escape it, and keep it on one line.
    return html.escape(s, quote=False).replace("\n", " ").replace("|", "\\|")


def render_markdown(run: RunView) -> str:
    sev = [s.value for s in SEVERITY_ORDER]
    lines = ["# deen review report", "",
             f"{len(run.articles)} articles, {run.count()} flags ("
             + ", ".join(f"{run.count(severity=s)} {s}" for s in sev) + ").", "", "## Settings", ""]
    lines += [f"- {label}: `{value}`" for label, value in key_settings(run.settings)]
    lines += ["", "## Flags per article and category", ""]
    cats = run.categories
    if run.articles:
        lines.append("| article | " + " | ".join(cats) + " | total | corrected ¶ |")
        lines.append("|---|" + "---:|" * (len(cats) + 2))
        for a in run.articles:
            lines.append(f"| {_text(a.path)} | " + " | ".join(str(a.count(c)) for c in cats)
                         + f" | {a.count()} | {sum(p.changed for p in a.paragraphs)} |")
    else:
        lines.append("No article records in this folder.")
    if run.skipped:
        lines += ["", "Not article records, not shown: " + ", ".join(run.skipped)]
    for a in run.articles:
        shown = [p for p in a.paragraphs if p.flags or p.changed]
        lines += ["", f"## {_text(a.path)}", ""]
        if not shown:
            lines.append("No flags, no corrections.")
        for p in shown:
            lines += [f"### ¶ {p.index}", "",
                      f"- German: {_text(p.result.paragraph.text)}",
                      f"- Machine translation: {_text(p.result.raw)}"]
            if p.changed:
                lines.append(f"- Corrected: {_text(p.corrected_text)}")
            for c in p.result.corrections:
                mark = "applied" if c.cleared else "not applied"
                new = f"; new flags: {', '.join(c.new_flags)}" if c.new_flags else ""
                lines.append(f"- Correction {c.rule} ({mark}): {_text(c.detail)}{new}")
            lines.append("")
            for fv in p.flags:
                f = fv.flag
                spans = []
                if f.source_span and fv.span_shown:
                    spans.append(f"German «{_text(p.result.paragraph.text[f.source_span[0]:f.source_span[1]])}»")
                if f.translation_span and fv.span_shown:
                    spans.append(f"English «{_text(p.result.raw[f.translation_span[0]:f.translation_span[1]])}»")
                where = f" at {', '.join(spans)}" if spans else ""
                sugg = f" Suggestion: {_text(f.suggestion)}" if f.suggestion else ""
                lines.append(f"{fv.index + 1}. **{f.severity.value}** {f.category.value} `{f.check}`{where}: "
                             f"{_text(f.message)}{sugg}")
    return "\n".join(lines).rstrip() + "\n"
