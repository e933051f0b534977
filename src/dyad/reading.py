"""Readers: files, folders, stdin, JSON Lines and HTML pages -> :class:`Article`.

Every reader yields articles and, for each input that cannot be read, a
:class:`ReadError` naming it (file, and line for JSON Lines), then goes on:
one bad input never loses the good ones.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dyad.errors import ReadError
from dyad.html import html_to_article_text
from dyad.model import Article, text_hash

DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*$", re.IGNORECASE)
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}

Item = Article | ReadError


def parse_date(value: str, where: str) -> date:
    """An ISO date, or a ReadError saying that ``value`` is not one."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ReadError(where, f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def read_inputs(paths: Sequence[str], default_date: date | None = None) -> Iterator[Item]:
    """Articles from files, folders and ``-`` (stdin), in the order given."""
    for name in paths:
        if name == "-":
            yield from read_stdin(default_date)
            continue
        path = Path(name)
        if path.is_dir():
            yield from read_folder(path, default_date)
        elif path.exists():
            yield from read_file(path, default_date)
        else:
            yield ReadError(name, "no such file or folder")


def read_folder(folder: Path, default_date: date | None) -> Iterator[Item]:
    """Every visible file under ``folder``, sorted by path."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    for path in files:
        yield from read_file(path, default_date)


def read_stdin(default_date: date | None) -> Iterator[Item]:
    """Standard input: JSON Lines when it starts with ``{``, else one article."""
    data = sys.stdin.buffer.read()
    yield from read_bytes(data, "<stdin>", "", default_date)


def read_file(path: Path, default_date: date | None) -> Iterator[Item]:
    """One file, read according to its suffix (JSON Lines, HTML, or text)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        yield ReadError(str(path), error.strerror or "cannot be read")
        return
    yield from read_bytes(data, str(path), path.suffix.lower(), default_date)


def decode(data: bytes, where: str) -> str:
    """UTF-8 text, or a ReadError for binary, undecodable or empty input."""
    if b"\x00" in data[:8192]:
        raise ReadError(where, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(where, f"not valid UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise ReadError(where, "empty input")
    return text


def read_bytes(data: bytes, where: str, suffix: str, default_date: date | None) -> Iterator[Item]:
    """Dispatch on the kind of input once the bytes are text."""
    try:
        text = decode(data, where)
        if suffix in JSONL_SUFFIXES or (not suffix and text.lstrip().startswith("{")):
            yield from read_jsonl(text, where, default_date)
        elif suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
            yield read_html(text, where, default_date)
        else:
            yield read_text(text, where, default_date)
    except ReadError as error:
        yield error


def read_text(text: str, where: str, default_date: date | None) -> Article:
    """dyad's article format (first line ``date YYYY-MM-DD``) or plain text."""
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    match = DATE_LINE.match(first)
    if match:
        day = parse_date(match.group(1), f"{where}:1")
        return Article(id=text_hash(rest), text=rest, date=day, source=where)
    return Article(id=text_hash(text), text=text, date=default_date, source=where)


def read_html(text: str, where: str, default_date: date | None) -> Article:
    """The main text and date of an HTML page."""
    title, body, day = html_to_article_text(text)
    if not body.strip():
        raise ReadError(where, "no article text found in the HTML page")
    parsed = parse_date(day, where) if day else default_date
    return Article(id=text_hash(body), text=body, date=parsed, title=title, source=where)


def read_jsonl(text: str, where: str, default_date: date | None) -> Iterator[Item]:
    """One article per line; a bad line is reported with its number and skipped."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield article_from_json(line, default_date, f"{where}:{number}")
        except ReadError as error:
            yield error


def article_from_json(line: str, default_date: date | None, where: str) -> Article:
    """An article from one JSON object with ``id, date, title, text, url``."""
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReadError(where, f"not valid JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise ReadError(where, 'expected a JSON object with a non-empty "text"')
    day = parse_date(str(record["date"]), where) if record.get("date") else default_date
    text = record["text"]
    return Article(
        id=str(record.get("id") or text_hash(text)),
        text=text,
        date=day,
        title=record.get("title"),
        url=record.get("url"),
        source=where.rsplit(":", 1)[0],
    )
