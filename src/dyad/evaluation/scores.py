"""Shares and precision/recall counts, the protocols every gold format's records and reports
follow, and the reading of gold files."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from dyad.errors import ReadError
from dyad.model import Actor, Event

Triple = tuple[str | None, str | None, str]
Found = Sequence[Sequence[Event]]


@dataclass(frozen=True)
class Ratio:
    """A share: ``hit`` out of ``total`` (0 when there is nothing to count)."""

    hit: int
    total: int

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.value:.3f} ({self.hit}/{self.total})"


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 from counts: ``matched`` of ``found`` and of ``expected``."""

    matched: int
    found: int
    expected: int

    @property
    def precision(self) -> Ratio:
        return Ratio(self.matched, self.found)

    @property
    def recall(self) -> Ratio:
        return Ratio(self.matched, self.expected)

    @property
    def f1(self) -> float:
        both = self.found + self.expected
        return 2 * self.matched / both if both else 0.0

    def __str__(self) -> str:
        return f"precision {self.precision}  recall {self.recall}  F1 {self.f1:.3f}"


class Report(Protocol):
    """What every gold format's report gives: printable lines and one headline figure."""

    @property
    def accuracy(self) -> float: ...

    def lines(self) -> list[str]:
        """The report as printed, ending with ``accuracy: X``."""


class GoldText(Protocol):
    """A gold record as the coder sees it."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def date(self) -> date | None: ...



def side(actor: Actor | None) -> str | None:
    """An event's side as dyad's gold set writes it: ISO country, ``IGO``, or None."""
    if actor is None:
        return None
    if actor.code and actor.code.startswith("IGO"):
        return "IGO"
    return actor.country


def event_triple(event: Event) -> Triple:
    """(source, target, CAMEO code) of a coded event."""
    return side(event.source), side(event.target), event.cameo


def json_lines(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, object) for each non-blank line of a JSON Lines file."""
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except ValueError:
            raise ReadError(where, "not valid JSON") from None
        if not isinstance(row, dict):
            raise ReadError(where, "not a JSON object")
        yield where, row


def read_text(path: Path) -> str:
    """A gold file's text."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ReadError(str(path), f"cannot be read ({error})") from None


def gold_date(value: Any, where: str) -> date | None:
    """A record's ISO date, None when absent."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ReadError(where, f"{value!r} is not a date (expected YYYY-MM-DD)") from None

def actor_key(actor: Actor | None) -> str | None:
    """An actor as the PLOVER gold file names it: its country, else its code's first three letters."""
    if actor is None:
        return None
    return actor.country or (actor.code[:3] if actor.code else None)



def event_summary(event: Event) -> dict[str, Any]:
    """The fields of an event a PLOVER record is compared on."""
    return {"type": event.plover.type, "cameo": event.cameo,
            "source": actor_key(event.source), "target": actor_key(event.target)}
