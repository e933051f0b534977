"""The PLOVER gold-standard records (``plover-gsr``): one PLOVER type and the actors of each sentence."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dyad.errors import ReadError
from dyad.evaluation.scores import Found, Ratio, Scores, actor_key, event_summary, read_text
from dyad.model import Event
from dyad.tsv import packaged, read_rows


@dataclass(frozen=True)
class PloverRecord:
    """One PLOVER gold-standard sentence: its type and its actors' codes (three letters)."""

    id: str
    text: str
    date: date | None
    type: str
    sources: frozenset[str]
    targets: frozenset[str]


@dataclass(frozen=True)
class TypeScore:
    """Precision and recall of one PLOVER type over the records."""

    type: str
    scores: Scores


@dataclass(frozen=True)
class PloverReport:
    """The scores of a run over the PLOVER gold-standard records."""

    records: int
    with_events: Ratio
    types: tuple[TypeScore, ...]
    type_accuracy: Ratio
    source: Ratio
    target: Ratio

    @property
    def accuracy(self) -> float:
        """Event-type accuracy."""
        return self.type_accuracy.value

    def lines(self) -> list[str]:
        """The report as printed, ending with ``accuracy: X``."""
        rows = [f"records: {self.records}", f"records with any event: {self.with_events}",
                f"{'type':<10} {'gold':>5} {'found':>5} {'right':>5} "
                f"{'precision':>9} {'recall':>6} {'F1':>5}"]
        for item in self.types:
            s = item.scores
            rows.append(f"{item.type:<10} {s.expected:>5} {s.found:>5} {s.matched:>5} "
                        f"{s.precision.value:>9.3f} {s.recall.value:>6.3f} {s.f1:>5.3f}")
        return [*rows, f"source actor accuracy: {self.source}", f"target actor accuracy: {self.target}",
                f"event-type accuracy: {self.type_accuracy}", f"accuracy: {self.accuracy:.3f}"]


@functools.cache
def gsr_names() -> dict[tuple[str, str], str]:
    """(kind, name in the PLOVER gold file) -> dyad's name, for the names that differ."""
    rows = read_rows(packaged("plover_gsr.tsv"))
    return {(row["kind"], row["gold"]): row["dyad"] for _, row in rows}


def gsr_type(name: str) -> str:
    """dyad's PLOVER type for a type name of the gold file."""
    return gsr_names().get(("type", name), name)


def gsr_actors(value: Any) -> frozenset[str]:
    """The three-letter codes of a record's actor list (anything else: none)."""
    if not isinstance(value, list):
        return frozenset()
    codes = (str(actor.get("code") or "")[:3].upper() for actor in value if isinstance(actor, dict))
    return frozenset(gsr_names().get(("actor", code), code) for code in codes if code)


def plover_record(item: dict[str, Any], where: str) -> PloverRecord:
    """One record of the PLOVER gold file, undated.

    The file gives every record the same placeholder date (2000-01-01) while
    its sentences come from examples of many years, so they are coded as
    undated text: every dictionary entry is valid and no year is history.
    """
    try:
        return PloverRecord(str(item["id"]), str(item["text"]), None,
                            gsr_type(str(item["event"])), gsr_actors(item.get("source")),
                            gsr_actors(item.get("target")))
    except KeyError as error:
        raise ReadError(where, f"not a PLOVER record (missing {error})") from None


def read_plover_gsr(path: Path) -> list[PloverRecord]:
    """The coded sentences of a PLOVER gold file (a JSON array); documentation records are left out."""
    try:
        items = json.loads(read_text(path))
    except ValueError:
        raise ReadError(str(path), "not valid JSON") from None
    if not isinstance(items, list):
        raise ReadError(str(path), "not a JSON array of PLOVER records")
    return [plover_record(item, f"{path}: record {number}") for number, item in enumerate(items, 1)
            if isinstance(item, dict) and item.get("event") != "DOCUMENT"]



def best_events(record: PloverRecord, events: Sequence[Event]) -> Sequence[Event]:
    """The events of the record's type, or all of them when none is of that type."""
    typed = [event for event in events if event.plover.type == record.type]
    return typed or events


def actor_ratio(pairs: Sequence[tuple[PloverRecord, Sequence[Event]]], role: str) -> Ratio:
    """Share of records with a gold actor in ``role`` whose best-matching events name one of them."""
    hit = total = 0
    for record, events in pairs:
        gold: frozenset[str] = getattr(record, f"{role}s")
        if gold:
            total += 1
            hit += any(actor_key(getattr(e, role)) in gold for e in best_events(record, events))
    return Ratio(hit, total)


def found_types(events: Iterable[Event]) -> set[str]:
    """The PLOVER types of the events (events without one left out)."""
    return {event.plover.type for event in events if event.plover.type}


def type_scores(pairs: Sequence[tuple[PloverRecord, set[str]]]) -> tuple[TypeScore, ...]:
    """Per PLOVER type (gold or found), records matched, found and expected, in name order."""
    names = sorted({record.type for record, _ in pairs}.union(*(types for _, types in pairs)))
    return tuple(
        TypeScore(name, Scores(
            matched=sum(record.type == name and name in types for record, types in pairs),
            found=sum(name in types for _, types in pairs),
            expected=sum(record.type == name for record, _ in pairs),
        ))
        for name in names
    )


def score_plover(records: Sequence[PloverRecord], found: Found) -> PloverReport:
    """Scores of the events found for each PLOVER record (same order as ``records``)."""
    pairs = list(zip(records, found, strict=True))
    typed = [(record, found_types(events)) for record, events in pairs]
    return PloverReport(
        records=len(records),
        with_events=Ratio(sum(bool(events) for events in found), len(records)),
        types=type_scores(typed),
        type_accuracy=Ratio(sum(record.type in types for record, types in typed), len(records)),
        source=actor_ratio(pairs, "source"),
        target=actor_ratio(pairs, "target"),
    )


def plover_details(records: Sequence[PloverRecord], found: Found) -> Iterator[dict[str, Any]]:
    """Per record: the gold type and actors, and the events found."""
    for record, events in zip(records, found, strict=True):
        yield {
            "id": record.id, "text": record.text, "type": record.type,
            "sources": sorted(record.sources), "targets": sorted(record.targets),
            "type_found": record.type in found_types(events),
            "found": [event_summary(event) for event in events],
        }
