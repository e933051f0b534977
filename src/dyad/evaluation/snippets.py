"""Event-class snippets (``snippets``): the share of each class's snippets with an event of an
acceptable CAMEO root, on the dev and held-out splits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dyad.errors import ReadError
from dyad.evaluation.scores import Found, Ratio, event_triple, gold_date, json_lines, side
from dyad.model import Event

SPLITS = ("dev", "heldout")
DISASTER = "disaster"
VIOLENT_ROOTS = frozenset(str(root) for root in range(14, 21))


@dataclass(frozen=True)
class Snippet:
    """One event-class snippet: its class, split, acceptable CAMEO roots and gold source country."""

    id: str
    text: str
    date: date | None
    event_class: str
    split: str
    roots: frozenset[str]
    source_country: str | None

    @property
    def disaster(self) -> bool:
        """A disaster snippet, from which no violent event should be taken."""
        return self.event_class == DISASTER


@dataclass(frozen=True)
class SplitRatios:
    """One share over the dev snippets, the held-out ones and all of them."""

    dev: Ratio
    heldout: Ratio
    all: Ratio

    def __str__(self) -> str:
        return f"{self.dev!s:<16}{self.heldout!s:<16}{self.all}"


@dataclass(frozen=True)
class ClassScore:
    """The share of a class's snippets that are hits, per split."""

    name: str
    hits: SplitRatios


@dataclass(frozen=True)
class SnippetReport:
    """The scores of a run over the event-class snippets."""

    classes: tuple[ClassScore, ...]
    disaster: SplitRatios
    source: SplitRatios

    def macro(self, split: str) -> float:
        """Mean share of hits over the classes with snippets in ``split``: ``dev``, ``heldout`` or ``all``."""
        ratios = [getattr(item.hits, split) for item in self.classes]
        shares = [ratio.value for ratio in ratios if ratio.total]
        return sum(shares) / len(shares) if shares else 0.0

    @property
    def accuracy(self) -> float:
        """Macro average of the classes' shares of hits over all snippets."""
        return self.macro("all")

    def count(self, split: str) -> int:
        """Snippets in ``split``, disasters included."""
        ratios = [getattr(item.hits, split) for item in self.classes] + [getattr(self.disaster, split)]
        return sum(ratio.total for ratio in ratios)

    def lines(self) -> list[str]:
        """The report as printed, ending with ``accuracy: X``."""
        rows = [(item.name, item.hits) for item in self.classes]
        rows += [("disaster with a 14-20 event", self.disaster), ("source country of hits", self.source)]
        width = max(len(name) for name, _ in rows)
        return [
            f"snippets: {self.count('all')} (dev {self.count('dev')}, heldout {self.count('heldout')})",
            f"{'class':<{width}}  {'dev':<16}{'heldout':<16}all",
            *(f"{name:<{width}}  {ratios}" for name, ratios in rows),
            *(f"macro average, {split}: {self.macro(split):.3f}" for split in (*SPLITS, "all")),
            f"accuracy: {self.accuracy:.3f}",
        ]


def acceptable(snippet: Snippet, events: Sequence[Event]) -> list[Event]:
    """The events whose CAMEO root the snippet accepts."""
    return [event for event in events if event.cameo_root in snippet.roots]


def violent(events: Iterable[Event]) -> bool:
    """Whether any event has a CAMEO root from 14 (protest) to 20 (mass violence)."""
    return any(event.cameo_root in VIOLENT_ROOTS for event in events)


def source_match(snippet: Snippet, events: Sequence[Event]) -> bool | None:
    """Whether an acceptable event has the gold source country; None without a hit or a gold country."""
    hits = acceptable(snippet, events)
    if not hits or snippet.source_country is None:
        return None
    return any(side(event.source) == snippet.source_country for event in hits)


def split_ratios(outcomes: Sequence[tuple[str, bool]]) -> SplitRatios:
    """The share of true outcomes among (split, outcome) pairs, per split and over all."""

    def share(split: str | None) -> Ratio:
        picked = [outcome for where, outcome in outcomes if split in (None, where)]
        return Ratio(sum(picked), len(picked))

    return SplitRatios(share("dev"), share("heldout"), share(None))


def class_scores(pairs: Sequence[tuple[Snippet, Sequence[Event]]]) -> tuple[ClassScore, ...]:
    """Per class but disasters, in order of first appearance, the share of snippets that are hits."""
    names = dict.fromkeys(snippet.event_class for snippet, _ in pairs if not snippet.disaster)
    return tuple(
        ClassScore(name, split_ratios([(snippet.split, bool(acceptable(snippet, events)))
                                       for snippet, events in pairs if snippet.event_class == name]))
        for name in names
    )


def score_snippets(records: Sequence[Snippet], found: Found) -> SnippetReport:
    """Scores of the events found for each snippet (same order as ``records``)."""
    pairs = list(zip(records, found, strict=True))
    matches = [(snippet.split, source_match(snippet, events)) for snippet, events in pairs]
    disasters = [(snippet.split, violent(events)) for snippet, events in pairs if snippet.disaster]
    return SnippetReport(
        classes=class_scores(pairs),
        disaster=split_ratios(disasters),
        source=split_ratios([(split, match) for split, match in matches if match is not None]),
    )


def snippet_details(records: Sequence[Snippet], found: Found) -> Iterator[dict[str, Any]]:
    """Per snippet: its class, split, roots and source country, whether it is a hit, and the events found."""
    for record, events in zip(records, found, strict=True):
        yield {
            "id": record.id, "text": record.text, "class": record.event_class, "split": record.split,
            "roots": sorted(record.roots), "source_country": record.source_country,
            "hit": bool(acceptable(record, events)), "violent": violent(events),
            "source_match": source_match(record, events),
            "found": [list(event_triple(event)) for event in events],
        }


def snippet_record(row: dict[str, Any], where: str) -> Snippet:
    """One line of the event-class snippets."""
    try:
        roots, split = row["roots"], row["split"]
        if not isinstance(roots, list) or split not in SPLITS:
            raise ReadError(where, "not a snippet record (roots must be a list, split dev or heldout)")
        return Snippet(str(row["id"]), str(row["text"]), gold_date(row.get("date"), where), str(row["class"]),
                       split, frozenset(map(str, roots)), row.get("source_country") or None)
    except (KeyError, TypeError) as error:
        raise ReadError(where, f"not a snippet record (missing or wrong {error})") from None


def read_snippets(path: Path) -> list[Snippet]:
    """The snippets of a file in the event-class snippets' JSON Lines format."""
    return [snippet_record(row, where) for where, row in json_lines(path)]
