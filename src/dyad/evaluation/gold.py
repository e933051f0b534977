"""dyad's own gold format (``jsonl``): sentences with their (source, target, CAMEO code) events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dyad.errors import ReadError
from dyad.evaluation.scores import Found, Ratio, Scores, Triple, event_triple, gold_date, json_lines
from dyad.model import Event


@dataclass(frozen=True)
class GoldSentence:
    """One sentence of dyad's gold set and its events (source, target, CAMEO code)."""

    id: str
    text: str
    date: date | None
    events: tuple[Triple, ...]
    tricky: str | None = None

    @property
    def negative(self) -> bool:
        """A tricky sentence from which no event should be taken."""
        return self.tricky is not None and not self.events


@dataclass(frozen=True)
class GoldReport:
    """The scores of a run over dyad's gold set."""

    sentences: int
    roots: Scores
    codes: Scores
    root_recall: tuple[tuple[str, Ratio], ...]
    false_alarms: Ratio

    @property
    def accuracy(self) -> float:
        """F1 of (source, target, CAMEO root) triples."""
        return self.roots.f1

    def lines(self) -> list[str]:
        """The report as printed, ending with ``accuracy: X``."""
        rows = [f"sentences: {self.sentences}", "root  recall"]
        rows += [f"{root:<4}  {ratio}" for root, ratio in self.root_recall]
        return [
            *rows,
            f"triples (source, target, CAMEO root): {self.roots}",
            f"triples (source, target, CAMEO code): {self.codes}",
            f"tricky negatives with an event: {self.false_alarms}",
            f"accuracy: {self.accuracy:.3f}",
        ]


def triples(events: Iterable[Triple], exact: bool) -> frozenset[Triple]:
    """The set of triples, with the CAMEO code cut to its root unless ``exact``."""
    return frozenset((source, target, code if exact else code[:2]) for source, target, code in events)


def match_counts(pairs: Sequence[tuple[GoldSentence, Sequence[Event]]], exact: bool) -> Scores:
    """Matched, found and expected triples summed over the sentences."""
    matched = found = expected = 0
    for record, events in pairs:
        gold = triples(record.events, exact)
        got = triples(map(event_triple, events), exact)
        matched, found, expected = matched + len(gold & got), found + len(got), expected + len(gold)
    return Scores(matched, found, expected)


def root_recall(pairs: Sequence[tuple[GoldSentence, Sequence[Event]]]) -> tuple[tuple[str, Ratio], ...]:
    """Recall of gold triples for each CAMEO root, in root order."""
    hits: dict[str, list[bool]] = {}
    for record, events in pairs:
        got = triples(map(event_triple, events), exact=False)
        for triple in triples(record.events, exact=False):
            hits.setdefault(triple[2], []).append(triple in got)
    return tuple((root, Ratio(sum(found), len(found))) for root, found in sorted(hits.items()))


def score_gold(records: Sequence[GoldSentence], found: Found) -> GoldReport:
    """Scores of the events found for each gold sentence (same order as ``records``)."""
    pairs = list(zip(records, found, strict=True))
    negatives = [bool(events) for record, events in pairs if record.negative]
    return GoldReport(
        sentences=len(records),
        roots=match_counts(pairs, exact=False),
        codes=match_counts(pairs, exact=True),
        root_recall=root_recall(pairs),
        false_alarms=Ratio(sum(negatives), len(negatives)),
    )


def gold_details(records: Sequence[GoldSentence], found: Found) -> Iterator[dict[str, Any]]:
    """Per sentence: expected and found events, and the root triples missed and found in excess."""
    for record, events in zip(records, found, strict=True):
        got = [event_triple(event) for event in events]
        gold, found_roots = triples(record.events, exact=False), triples(got, exact=False)
        yield {
            "id": record.id, "text": record.text, "tricky": record.tricky,
            "expected": [list(t) for t in record.events], "found": [list(t) for t in got],
            "missed": sorted(map(list, gold - found_roots), key=str),
            "spurious": sorted(map(list, found_roots - gold), key=str),
        }


def gold_sentence(row: dict[str, Any], where: str) -> GoldSentence:
    """One line of dyad's gold set."""
    try:
        events = tuple((e["source_country"], e["target_country"], str(e["cameo"])) for e in row["events"])
        return GoldSentence(str(row["id"]), str(row["text"]), gold_date(row.get("date"), where),
                            events, row.get("tricky"))
    except (KeyError, TypeError) as error:
        raise ReadError(where, f"not a gold record (missing or wrong {error})") from None


def read_gold(path: Path) -> list[GoldSentence]:
    """The sentences of a gold file in dyad's JSON Lines format."""
    return [gold_sentence(row, where) for where, row in json_lines(path)]
