"""Reading German articles: a folder walk, decoding, normalisation and paragraph units.

An article is ``.txt`` or ``.md``: one paragraph per line, or paragraphs separated by
blank lines (then a block's wrapped lines are joined). Headings and short lines stay
units of their own either way.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Optional

from .errors import InputError
from .limits import limits, over_limit_message
from .records import Article, Paragraph, Unit

SUFFIXES = (".txt", ".md")
MAX_BYTES = limits().article_bytes  # an article beyond this is almost surely not one article
# Byte-order marks of the Unicode encodings read besides UTF-8, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

# A line is a heading when it is short and does not end like a sentence.
HEADING_MAX_CHARS = 80
SENTENCE_END = ".!?:;…\"“”»«’)"
MARKDOWN_PREFIX = re.compile(r"^(#{1,6}\s+|[-*+]\s+|>\s+|\d{1,3}\.\s+(?=\D))")


@dataclass(frozen=True)
class ReadFailure:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def display_path(path: str) -> str:
    """A path as valid UTF-8 text: bytes of a file name that are not UTF-8 become "\\xe9".

    Records, reports and output file names use this form, so a name like ``caf\\xe9.txt`` (Latin-1)
    is translated and written like any other instead of failing every write that encodes it.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def walk_articles(root: Path) -> tuple[list[Path], list[ReadFailure]]:
    """Every .txt/.md file below root, sorted, and every file or folder skipped that might hold one.

    The rule for links: a symbolic link below ``root`` (to a file or a folder, dangling or looping)
    is never followed, and each one is named as skipped. Hidden files and folders (a name starting
    with ".") are not articles and are passed over without a message; so are other suffixes.
    """
    root = Path(root)
    if root.is_file():
        return [root], []
    found: list[Path] = []
    skipped: list[ReadFailure] = []

    def unreadable(err: OSError) -> None:
        where = Path(err.filename) if err.filename else root
        rel = where.relative_to(root).as_posix() if where != root else str(root)
        skipped.append(ReadFailure(display_path(rel), f"cannot read folder: {err.strerror or err}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        here = Path(folder)
        for name in sorted(dirs):
            if name.startswith("."):
                dirs.remove(name)
            elif (here / name).is_symlink():
                dirs.remove(name)
                rel = (here / name).relative_to(root).as_posix()
                skipped.append(ReadFailure(display_path(rel), "symbolic link to a folder, not followed"))
        for name in files:
            path = here / name
            article = path.suffix.lower() in SUFFIXES
            if name.startswith("."):
                continue
            if path.is_symlink():
                # A broken link (dangling, or a loop os.walk lists as a file) may have been a folder.
                why = ("symbolic link, not followed" if article and path.exists() else
                       "broken symbolic link (dangling or looping), not followed" if not path.exists() else "")
                if why:
                    skipped.append(ReadFailure(display_path(path.relative_to(root).as_posix()), why))
            elif article:
                found.append(path)
    key = lambda p: p.relative_to(root).as_posix()
    return sorted(found, key=key), sorted(skipped, key=lambda f: f.path)


def find_articles(root: Path) -> list[Path]:
    """Every .txt/.md file below root, sorted, skipping hidden files and folders and links."""
    return walk_articles(root)[0]


def decode(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """The file's text (NFC, "\\n" line ends, BOM removed) and the sha256 of its bytes."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"too large ({size:,} bytes; the limit is {max_bytes:,}): split it into articles")
        raw = path.read_bytes()
    except InputError:
        raise
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    return decode_bytes(raw, path)


def decode_bytes(raw: bytes, path) -> tuple[str, str]:
    """``decode`` for bytes already read (standard input); ``path`` names them in errors."""
    encoding = next((enc for bom, enc in BOMS if raw.startswith(bom)), "utf-8-sig")
    if encoding == "utf-8-sig" and b"\x00" in raw:
        nul = raw.index(b"\x00")
        if raw[1::2].count(0) > len(raw) // 4 or raw[0::2].count(0) > len(raw) // 4:
            raise InputError(path, f"looks like UTF-16 without a byte-order mark (NUL byte at offset {nul}); "
                                   f"convert it to UTF-8 with iconv")
        raise InputError(path, f"binary file, not text (NUL byte at offset {nul})")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as e:
        name = "UTF-8" if encoding == "utf-8-sig" else encoding.upper() + " (by its byte-order mark)"
        raise InputError(path, f"not {name} text (invalid byte at offset {e.start}); convert it with iconv") from e
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise InputError(path, f"binary file, not text (NUL character at offset {text.index(chr(0))})")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(path, "empty file")
    return text, hashlib.sha256(raw).hexdigest()


def _is_heading(line: str) -> bool:
    return len(line) <= HEADING_MAX_CHARS and not line.rstrip().endswith(tuple(SENTENCE_END))


def _block_units(block: list[str], markdown: bool) -> list[str]:
    """A blank-line block is one paragraph of wrapped lines, except for markup lines and a heading
    on its first line (short, unpunctuated, and clearly shorter than the wrapped line after it)."""
    units: list[str] = []
    wrapped: list[str] = []
    for i, ln in enumerate(block):
        standalone = (markdown and MARKDOWN_PREFIX.match(ln)) or (
            i == 0 and len(block) > 1 and _is_heading(ln) and (ln.isupper() or len(ln) < 0.6 * len(block[1])))
        if standalone:
            if wrapped:
                units.append(" ".join(wrapped))
                wrapped = []
            units.append(ln)
        else:
            wrapped.append(ln)
    if wrapped:
        units.append(" ".join(wrapped))
    return units


def _paragraph(index: int, line: str, markdown: bool) -> Paragraph:
    prefix = ""
    if markdown:
        m = MARKDOWN_PREFIX.match(line)
        if m:
            prefix, line = m.group(0), line[m.end():]
    kind = "heading" if prefix.startswith("#") or _is_heading(line) else "text"
    return Paragraph(index=index, text=line.strip(), kind=kind, prefix=prefix)


def split_paragraphs(text: str, markdown: bool = False) -> tuple[tuple[Paragraph, ...], str]:
    """Paragraphs and the separator to write between them ("\\n" or "\\n\\n")."""
    lines = [ln.strip() for ln in text.split("\n")]
    blank_separated = any(not ln for ln in lines[1:-1]) and len([ln for ln in lines if ln]) > 1
    if not blank_separated:
        units = [ln for ln in lines if ln]
    else:
        units = []
        for block in "\n".join(lines).split("\n\n"):
            units += _block_units([ln for ln in block.split("\n") if ln], markdown)
    paras = [_paragraph(0, u, markdown) for u in units]
    # A Markdown line holding only markup ("---" aside) leaves no text: it is not a paragraph.
    paras = [Paragraph(i, p.text, p.kind, p.prefix) for i, p in enumerate(p for p in paras if p.text)]
    return tuple(paras), ("\n\n" if blank_separated else "\n")


def read_article(path: Path, root: Optional[Path] = None, max_bytes: int = MAX_BYTES) -> Article:
    path = Path(path)
    text, sha = decode(path, max_bytes)
    paragraphs, sep = split_paragraphs(text, markdown=path.suffix.lower() == ".md")
    rel = path.relative_to(root).as_posix() if root is not None and path != root else path.name
    return Article(path=display_path(rel), paragraphs=paragraphs, sha256=sha, separator=sep)


def read_stream(stream: BinaryIO, name: str = "stdin", max_bytes: int = MAX_BYTES, markdown: bool = False) -> Article:
    """An article from a byte stream (standard input for ``-``), read and checked like a file."""
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError(name, f"too large (more than {max_bytes:,} bytes): split it into articles")
    text, sha = decode_bytes(raw, name)
    paragraphs, sep = split_paragraphs(text, markdown=markdown)
    return Article(path=name, paragraphs=paragraphs, sha256=sha, separator=sep)


def read_folder(root: Path, max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[ReadFailure]]:
    """Every readable article below root, and a failure naming each file or link that was skipped."""
    root = Path(root)
    if not root.exists():
        raise InputError(root, "no such file or folder")
    articles = []
    base = root if root.is_dir() else root.parent
    paths, failures = walk_articles(root)
    if not paths:
        named = f"; skipped: {'; '.join(map(str, failures))}" if failures else ""
        raise InputError(root, f"no articles found (looked for {', '.join(SUFFIXES)} files, hidden ones "
                               f"skipped){named}")
    for path in paths:
        try:
            articles.append(read_article(path, base, max_bytes))
        except InputError as e:
            failures.append(ReadFailure(display_path(path.relative_to(base).as_posix()), e.reason))
    return articles, sorted(failures, key=lambda f: f.path)


def long_paragraphs(article: Article, limit: Optional[int] = None) -> list[ReadFailure]:
    """A message for each paragraph longer than the limit: it is kept, translated, flagged, not checked."""
    limit = limits().paragraph_chars if limit is None else limit
    return [ReadFailure(article.path, f"paragraph {p.index + 1}: {over_limit_message(len(p.text), limit)}")
            for p in article.paragraphs if len(p.text) > limit]


def article_units(article: Article) -> list[Unit]:
    """One unit per paragraph, German only, in document order (for German-side checks)."""
    return [Unit(id=f"{article.path}#{p.index}", source=p.text, doc_id=article.path) for p in article.paragraphs]


def units_for_folder(root: Path) -> tuple[list[Unit], list[ReadFailure]]:
    articles, failures = read_folder(root)
    return [u for a in articles for u in article_units(a)], failures
