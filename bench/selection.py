"""What the scripts that pick real MT outputs for labelling share: how systems are weighted, which
sources are long enough, and the todo file a labeller reads (stdlib only).

A todo file copies WMT text, so it stays out of git (``bench/labels/*.todo.jsonl``); the label
files hold ids, spans and labels only.
"""
import json

# Weaker systems are drawn twice as often, as in realmt_dev.jsonl: more of their output is wrong.
WEAK = {"LT22": 2, "Online-G": 2, "Online-W": 2, "Online-Y": 2, "PROMT": 2}
MIN_WORDS = 6  # shorter sources rarely hold an error worth labelling (random samples)


def todo_record(rid, system, line, source, translation, signals=None) -> dict:
    """One line of a todo file; ``signals`` (why a selector picked it) when the selector has any."""
    rec = {"id": rid, "system": system, "line": line}
    if signals is not None:
        rec["signals"] = signals
    rec.update(source=source, translation=translation)
    return rec


def write_todo(path, records) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
