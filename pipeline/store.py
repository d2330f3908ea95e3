"""The per-article JSON record (``OUT/<name>.json``): Report <-> dict, one schema in one place."""
from __future__ import annotations

from .records import (Article, Correction, Edit, Flag, Hypothesis, LengthLimit, LimitBy, Paragraph, ParagraphResult,
                      Report, Sentence, Translation)

SCHEMA = "deen.article/1"


def _translation_json(t: Translation) -> dict:
    limit = t.limit_reached
    return {"source": t.source, "best": t.best, "score": t.score,
            "nbest": [{"text": h.text, "score": h.score} for h in t.nbest], "parts": list(t.parts),
            "limit_reached": {"tokens": limit.tokens, "by": limit.by.value} if limit else None}


def _translation(d: dict) -> Translation:
    limit = d.get("limit_reached")  # absent in records written before it was recorded
    return Translation(source=d["source"], best=d["best"], score=d.get("score"),
                       nbest=tuple(Hypothesis(h["text"], h["score"]) for h in d.get("nbest", [])),
                       parts=tuple(d.get("parts", ())),
                       limit_reached=LengthLimit(int(limit["tokens"]), LimitBy(limit["by"])) if limit else None)


def report_to_json(report: Report) -> dict:
    paras = []
    for pr in report.paragraphs:
        paras.append({
            "index": pr.paragraph.index,
            "kind": pr.paragraph.kind,
            "prefix": pr.paragraph.prefix,
            "source": pr.paragraph.text,
            "sentences": [{"index": s.index, "start": s.start, "end": s.end, "text": s.text,
                           "translation": _translation_json(t)}
                          for s, t in zip(pr.sentences, pr.translations)],
            "translation": pr.raw,
            "corrected": pr.corrected if pr.corrected is not None else pr.raw,
            "flags": [f.to_json() for f in pr.flags],
            "corrections": [c.to_json() for c in pr.corrections],
            "edits": [e.to_json() for e in pr.edits],
            "applied": list(pr.applied),
        })
    return {"schema": SCHEMA, "article": report.article.path, "source_sha256": report.article.sha256,
            "separator": report.article.separator,
            "settings": report.settings, "paragraphs": paras}


def report_from_json(d: dict) -> Report:
    paragraphs = []
    for p in d["paragraphs"]:
        para = Paragraph(index=p["index"], text=p["source"], kind=p.get("kind", "text"),
                         prefix=p.get("prefix", ""))
        sents = tuple(Sentence(paragraph=para.index, index=s["index"], start=s["start"], end=s["end"],
                               text=s["text"]) for s in p["sentences"])
        trans = tuple(_translation(s["translation"]) for s in p["sentences"])
        corrections = tuple(Correction(rule=c["rule"], checks=tuple(c["checks"]), before=c["before"],
                                       after=c["after"], cleared=c["cleared"],
                                       new_flags=tuple(c.get("new_flags", ())), detail=c.get("detail", ""),
                                       flag=c.get("flag", ""),
                                       edits=tuple(Edit.from_json(e) for e in c.get("edits", ())))
                            for c in p.get("corrections", []))
        paragraphs.append(ParagraphResult(paragraph=para, sentences=sents, translations=trans,
                                          raw=p["translation"],
                                          flags=tuple(Flag.from_json(f) for f in p.get("flags", [])),
                                          corrections=corrections, corrected=p.get("corrected"),
                                          edits=tuple(Edit.from_json(e) for e in p.get("edits", [])),
                                          applied=tuple(p.get("applied", ()))))
    article = Article(path=d["article"], paragraphs=tuple(pr.paragraph for pr in paragraphs),
                      sha256=d.get("source_sha256", ""), separator=d.get("separator", "\n"))
    return Report(article=article, paragraphs=tuple(paragraphs), settings=d.get("settings", {}))
