"""dyad's own dictionary format: one entry a line, fields separated by tabs.

The first field says what the line adds; empty trailing fields may be left
out, ``|`` separates the words of a list, and lines starting with ``#`` are
comments::

    # dyad dictionary
    actor    PHRASE   CODE     [START]  [END]  [NAME]  [KIND]
    agent    PHRASE   SECTOR
    verb     CODE     LEMMA    [PARTICLE]  [OBJECT|OBJECT...]
    noun     CODE     LEMMA    [PARTICLE]  [OBJECT|OBJECT...]
    discard  PHRASE

For example (tabs shown as spaces)::

    actor    Gustavo Petro    COLGOV    2022-08-07        Gustavo Petro    person
    agent    riot police      COP
    verb     057              sign                        agreement|deal
    noun     042              visit
    discard  China Daily

Dates are ISO (``YYYY-MM-DD``); an actor entry holds from START to END, both
included, either open when empty. ``verb`` lines are predicates (``sign an
agreement``), ``noun`` lines nominal events (``the visit of``). A malformed
line is reported as ``path:line: reason`` and the rest of the file still loads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from dyad.actors.dictfile import read_lines
from dyad.actors.entries import ActorEntry, AgentEntry, Dictionaries, VerbPattern
from dyad.errors import DictionaryError

KINDS = ("actor", "agent", "verb", "noun", "discard")
_CODE = re.compile(r"[A-Z0-9]+")
_CAMEO = re.compile(r"\d{2,4}")
_FIELDS = {"actor": (3, 7), "agent": (3, 3), "verb": (3, 5), "noun": (3, 5), "discard": (2, 2)}

Entry = ActorEntry | AgentEntry | VerbPattern | str


def is_user_dictionary(lines: list[str]) -> bool:
    """Whether the first entry line is in dyad's format (a known first field, then a tab)."""
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            return line.split("\t", 1)[0].strip() in KINDS and "\t" in line
    return False


def load_user_dictionary(path: Path) -> tuple[Dictionaries, list[str]]:
    """The entries of a dictionary in dyad's format, and its malformed lines."""
    lines, problems = read_lines(path)
    dictionaries, found = read_user_dictionary(path, lines)
    return dictionaries, problems + found


def read_user_dictionary(path: Path, lines: list[str]) -> tuple[Dictionaries, list[str]]:
    """The entries and malformed lines of a file in dyad's format, already read."""
    problems: list[str] = []
    entries: list[Entry] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entries.append(parse_line(line, f"{path}:{number}"))
        except ValueError as error:
            problems.append(f"{path}:{number}: {error}")
    return collect(entries), problems


def collect(entries: Iterable[Entry]) -> Dictionaries:
    """Entries of every kind gathered into Dictionaries, in their order."""
    items = list(entries)
    return Dictionaries(
        actors=tuple(entry for entry in items if isinstance(entry, ActorEntry)),
        agents=tuple(entry for entry in items if isinstance(entry, AgentEntry)),
        verbs=tuple(entry for entry in items if isinstance(entry, VerbPattern)),
        discards=tuple(entry for entry in items if isinstance(entry, str)),
    )


def parse_line(line: str, origin: str) -> Entry:
    """One entry line; ValueError says what is wrong with it."""
    fields = [field.strip() for field in line.rstrip("\r\n").split("\t")]
    while len(fields) > 1 and not fields[-1]:
        fields.pop()
    kind = fields[0]
    if kind not in _FIELDS:
        raise ValueError(f"unknown entry kind {kind!r} (expected one of {', '.join(KINDS)})")
    least, most = _FIELDS[kind]
    if not least <= len(fields) <= most:
        count = str(least) if least == most else f"{least} to {most}"
        raise ValueError(f"{kind} lines have {count} tab-separated fields, not {len(fields)}")
    return _PARSERS[kind](fields, origin)


def _actor(fields: list[str], origin: str) -> ActorEntry:
    phrase, code, start, end, name, kind = (fields + [""] * 7)[1:7]
    start_day, end_day = _day(start), _day(end)
    if start_day and end_day and end_day < start_day:
        raise ValueError(f"actor {phrase!r} ends ({end}) before it starts ({start})")
    return ActorEntry(_phrase(phrase), _code(code), start_day, end_day, name or None, origin, kind)


def _agent(fields: list[str], origin: str) -> AgentEntry:
    return AgentEntry(_phrase(fields[1]).lower(), _code(fields[2]), origin)


def _predicate(fields: list[str], origin: str) -> VerbPattern:
    code, lemma, particle, objects = (fields + [""] * 5)[1:5]
    if not _CAMEO.fullmatch(code):
        raise ValueError(f"bad CAMEO code {code!r} (expected 2 to 4 digits)")
    words = frozenset(word.strip().lower() for word in objects.split("|") if word.strip())
    return VerbPattern(code, _phrase(lemma).lower(), fields[0], particle.lower(), words, origin)


def _discard(fields: list[str], origin: str) -> str:
    return _phrase(fields[1])


_PARSERS: dict[str, Callable[[list[str], str], Entry]] = {
    "actor": _actor,
    "agent": _agent,
    "verb": _predicate,
    "noun": _predicate,
    "discard": _discard,
}


def _phrase(text: str) -> str:
    phrase = " ".join(text.split())
    if not phrase:
        raise ValueError("empty phrase")
    return phrase


def _code(text: str) -> str:
    if not _CODE.fullmatch(text):
        raise ValueError(f"bad code {text!r} (expected capital letters and digits, e.g. COLGOV)")
    return text


def _day(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"bad date {text!r} (expected YYYY-MM-DD)") from None


def dump_user_dictionary(dictionaries: Dictionaries) -> str:
    """Dictionaries written in dyad's format (what load_user_dictionary reads back)."""
    rows = [["# dyad dictionary"]]
    rows += [_actor_row(entry) for entry in dictionaries.actors]
    rows += [["agent", entry.phrase, entry.sector] for entry in dictionaries.agents]
    rows += [_verb_row(pattern) for pattern in dictionaries.verbs]
    rows += [["discard", phrase] for phrase in dictionaries.discards]
    return "".join(_row(row) for row in rows)


def _actor_row(entry: ActorEntry) -> list[str]:
    start = entry.start.isoformat() if entry.start else ""
    end = entry.end.isoformat() if entry.end else ""
    return ["actor", entry.phrase, entry.code, start, end, entry.name or "", entry.kind]


def _verb_row(pattern: VerbPattern) -> list[str]:
    if any("|" in word for word in pattern.objects):
        raise DictionaryError(f"cannot write an object word holding '|': {sorted(pattern.objects)!r}")
    objects = "|".join(sorted(pattern.objects))
    return [pattern.kind, pattern.code, pattern.lemma, pattern.particle, objects]


def _row(fields: list[str]) -> str:
    if any(char in field for field in fields for char in "\t\r\n"):
        raise DictionaryError(f"cannot write a field holding a tab or a line break: {fields!r}")
    while len(fields) > 1 and not fields[-1]:
        fields = fields[:-1]
    return "\t".join(fields) + "\n"
