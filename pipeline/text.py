"""``deen translate-text``: German text in, English text out, paragraph layout kept.

The same reading, segmentation and translator as ``deen translate``, without checks,
corrections or records: for one-off use and pipes.
"""
from __future__ import annotations

from .errors import InputError
from .reading import decode_bytes, split_paragraphs
from .segment import join_sentences, sentences
from .translate.base import Translator


def translate_text(text: str, translator: Translator, name: str = "text") -> str:
    """The English of ``text``: one output paragraph per input paragraph, separated as in the input."""
    paragraphs, separator = split_paragraphs(text)
    if not paragraphs:
        raise InputError(name, "no German text to translate (empty)")
    per_paragraph = [sentences(p) for p in paragraphs]
    translations = iter(translator.translate([s.text for sents in per_paragraph for s in sents]))
    english = [p.prefix + join_sentences(next(translations).best for _ in sents)
               for p, sents in zip(paragraphs, per_paragraph)]
    return separator.join(english) + "\n"


def decode_text(raw: bytes, name: str = "stdin") -> str:
    """Bytes from standard input as text, with the checks and normalisation articles get."""
    return decode_bytes(raw, name)[0]
