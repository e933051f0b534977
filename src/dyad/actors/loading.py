"""Loading user dictionaries whatever their format: dyad's own or PETRARCH/TABARI.

``load_dictionary`` tells the format from the content: a file whose first
entry line starts with ``actor``, ``agent``, ``verb``, ``noun`` or ``discard``
and a tab is in dyad's format (see ``dyad.actors.userdict``); any other is
read as a PETRARCH/TABARI actor, agent, discard or verb file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dyad.actors.dictfile import read_lines
from dyad.actors.entries import Dictionaries
from dyad.actors.petrarch import read_petrarch
from dyad.actors.userdict import is_user_dictionary, read_user_dictionary


def load_dictionary(path: Path) -> tuple[Dictionaries, list[str]]:
    """A dictionary file's entries and its problems (``"path:line: reason"``)."""
    lines, problems = read_lines(path)
    if is_user_dictionary(lines):
        dictionaries, found = read_user_dictionary(path, lines)
        return dictionaries, problems + found
    report = read_petrarch(path, lines)
    return report.dictionaries, problems + report.problems


def load_dictionaries(paths: Iterable[Path]) -> tuple[Dictionaries, list[str]]:
    """Several dictionary files merged, earlier files first, and all their problems."""
    parts: list[Dictionaries] = []
    problems: list[str] = []
    for path in paths:
        dictionaries, found = load_dictionary(path)
        parts.append(dictionaries)
        problems += found
    return merge(parts), problems


def merge(parts: Iterable[Dictionaries]) -> Dictionaries:
    """Dictionaries one after another: entries of earlier ones keep priority."""
    items = list(parts)
    return Dictionaries(
        actors=tuple(entry for part in items for entry in part.actors),
        agents=tuple(entry for part in items for entry in part.agents),
        verbs=tuple(entry for part in items for entry in part.verbs),
        discards=tuple(dict.fromkeys(phrase for part in items for phrase in part.discards)),
    )
