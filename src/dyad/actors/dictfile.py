"""What every dictionary reader shares: reading the file, phrases, problems.

Dictionary files are text. UTF-8 is expected; a file that is not valid UTF-8
but still looks like text is read as Windows-1252 (Latin-1 for the bytes that
code page leaves out), since PETRARCH and TABARI dictionaries predate UTF-8,
and a problem line says so. A file that is missing, a folder, or binary (NUL
or many control bytes) raises DictionaryError: there is nothing to load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from dyad.actors.entries import Dictionaries
from dyad.errors import DictionaryError

_BINARY_SHARE = 0.01
_CONTROL_BYTES = frozenset(range(32)) - frozenset(b"\t\n\r\f\x1a")
_WORD_SPLIT = re.compile(r"[_\s]+")
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_KEEP_AS_WRITTEN = re.compile(r"\d|^(?:\w\.)+\w?\.?$")


@dataclass
class LoadReport:
    """What a dictionary file gave: its entries, the lines that were wrong, what was left out.

    ``problems`` are ``"path:line: reason"``; ``skipped`` counts well-formed
    lines that dyad cannot express (PETRARCH verb patterns beyond a verb, a
    particle and one object word).
    """

    dictionaries: Dictionaries = field(default_factory=Dictionaries)
    problems: list[str] = field(default_factory=list)
    skipped: int = 0


def read_lines(path: Path) -> tuple[list[str], list[str]]:
    """The file's lines, and a problem if it had to be read as Latin-1."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DictionaryError(f"{path}: is a folder, not a dictionary file") from None
    except OSError as error:
        raise DictionaryError(f"{path}: cannot be read ({error.strerror or error})") from None
    if _looks_binary(data):
        raise DictionaryError(f"{path}: is not a text file")
    try:
        return data.decode("utf-8-sig").splitlines(), []
    except UnicodeDecodeError:
        note = f"{path}: not UTF-8; read as Windows-1252/Latin-1"
        return _decode_legacy(data).splitlines(), [note]


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > _BINARY_SHARE * max(len(sample), 1)


def _decode_legacy(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def strip_comment(line: str, markers: str = "#;") -> str:
    """The line without its comment (from the first marker on), stripped."""
    cut = len(line)
    for marker in markers:
        found = line.find(marker)
        if found != -1:
            cut = min(cut, found)
    return line[:cut].strip()


def words(raw: str) -> list[str]:
    """The words of a dictionary phrase, whose words are joined by ``_`` or spaces."""
    return [word for word in _WORD_SPLIT.split(raw) if word]


def has_control_character(text: str) -> bool:
    """Whether text holds a control character (a damaged byte in an old file)."""
    return _CONTROL_CHAR.search(text) is not None


def readable(raw: str) -> str:
    """A phrase in normal spacing, and in normal case when it was written in capitals.

    ``XI_JINPING_`` gives ``Xi Jinping``; phrases already in mixed case keep it.
    """
    parts = words(raw)
    if raw.upper() != raw:
        return " ".join(parts)
    minor = minor_words()
    return " ".join(
        word.lower() if index and word.lower() in minor else _capitalize(word)
        for index, word in enumerate(parts)
    )


def _capitalize(word: str) -> str:
    if _KEEP_AS_WRITTEN.search(word):
        return word
    return "-".join(_capitalize_part(part) for part in word.split("-"))


def _capitalize_part(part: str) -> str:
    head, apostrophe, tail = part.partition("'")
    if apostrophe and len(head) == 1:
        return head.upper() + "'" + tail.capitalize()
    return part.capitalize()


@cache
def minor_words() -> frozenset[str]:
    """Words kept in lower case inside a name (``of``, ``bin``, ``al``)."""
    return _word_list("minor_words.txt")


@cache
def particles() -> frozenset[str]:
    """Particles and prepositions that can follow a verb (``up``, ``into``)."""
    return _word_list("particles.txt")


def _word_list(name: str) -> frozenset[str]:
    text = (resources.files("dyad") / "data" / "dictionaries" / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
