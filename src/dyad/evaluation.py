"""Scoring the coder against gold standards.

Three gold formats are read; the scoring functions take the coded events as
input (one list per gold record), so they work on any coder's output.

``jsonl``: dyad's own gold set (``tests/data/gold/dyad_gold.jsonl``), one
sentence a line with its events as (source country, target country, CAMEO
code). A side of an event is its actor's ISO country, ``IGO`` for an
intergovernmental organization (a code starting with ``IGO``), else null.
Each sentence gives a set of triples (source, target, CAMEO root), so two
events that differ only below the root count once; over the whole set
(micro-averaged):

- precision: found triples that are gold / found triples;
- recall: gold triples found / gold triples (also per CAMEO root);
- F1 of the two: the headline ``accuracy``;
- the same on exact CAMEO codes, the strict variant;
- false alarms: the share of tricky negatives (``tricky`` set, no events)
  from which the coder took any event.

``plover-gsr``: the PLOVER gold-standard records (``PLOVER_GSR_CAMEO.json``),
each a sentence with one gold PLOVER type and the codes of its source and
target actors. The file's older type and country names are mapped to dyad's
(``data/plover_gsr.tsv``). A record's found types are the PLOVER types of
the events the coder took from its sentence.

- event-type accuracy, the headline ``accuracy``: the share of records whose
  gold type is among the found types;
- per type: precision (records of the type among those where it was found),
  recall (records of the type where it was found) and F1;
- source accuracy: among records with a gold source, the share where one of
  the best-matching events has its source among the gold sources. The
  best-matching events are those of the gold type, or all the sentence's
  events when none is of that type; a record without events is a miss. An
  actor is its country, else the first three letters of its code (``IGO``,
  ``NGO``, ``IMG``); a gold actor is the first three letters of its code.
- target accuracy likewise, among records with a gold target.

``snippets``: the event-class snippets (``tests/data/gold/snippets_gold.jsonl``),
one short text a line with its class, its split (``dev`` or ``heldout``), the
CAMEO roots acceptable for its main event and the source country of that
event (or null). A snippet is a hit when the coder takes at least one event
whose CAMEO root is acceptable. Each figure is given for the dev snippets,
the held-out ones and all of them:

- per class: the share of hits;
- the macro average of those shares over the classes, the headline
  ``accuracy`` (over all snippets);
- for the ``disaster`` class, which has no acceptable root and is left out
  of the macro average: the share of snippets with an event of a root from
  14 to 20 (violence taken from a disaster);
- source country: among hits with a gold source country, the share where an
  event of an acceptable root has that country as its source.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from dyad.config import Config
from dyad.errors import ConfigError, ReadError
from dyad.model import Actor, Article, Event
from dyad.scale import code_results
from dyad.tsv import packaged, read_rows

FORMATS = ("plover-gsr", "jsonl", "snippets")
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


# dyad's own gold set


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


# PLOVER gold-standard records


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


def actor_key(actor: Actor | None) -> str | None:
    """An actor as the PLOVER gold file names it: its country, else its code's first three letters."""
    if actor is None:
        return None
    return actor.country or (actor.code[:3] if actor.code else None)


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


def event_summary(event: Event) -> dict[str, Any]:
    """The fields of an event a PLOVER record is compared on."""
    return {"type": event.plover.type, "cameo": event.cameo,
            "source": actor_key(event.source), "target": actor_key(event.target)}


def plover_details(records: Sequence[PloverRecord], found: Found) -> Iterator[dict[str, Any]]:
    """Per record: the gold type and actors, and the events found."""
    for record, events in zip(records, found, strict=True):
        yield {
            "id": record.id, "text": record.text, "type": record.type,
            "sources": sorted(record.sources), "targets": sorted(record.targets),
            "type_found": record.type in found_types(events),
            "found": [event_summary(event) for event in events],
        }


# Event-class snippets

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


# Running the coder


@dataclass(frozen=True)
class Evaluation:
    """A report and its per-record details (expected and found), in gold order."""

    report: Report
    details: tuple[dict[str, Any], ...]


def code_records(records: Sequence[GoldText], config: Config | None = None) -> list[list[Event]]:
    """The events the coder takes from each record's text, dated with the record's date.

    Sentences are parsed in shared batches, on ``config.workers`` processes
    or a Dask cluster when the configuration says so.
    """
    articles = (Article(id=record.id, text=record.text, date=record.date) for record in records)
    return [result.events_or_raise() for result in code_results(articles, config or Config())]


def guess_format(path: Path) -> str:
    """The gold format of a file: ``.json`` is the PLOVER array; JSON Lines whose first record has a
    ``class`` are the event-class snippets, any other JSON Lines dyad's gold set."""
    if path.suffix.lower() == ".json":
        return "plover-gsr"
    first = next(json_lines(path), None)
    return "snippets" if first is not None and "class" in first[1] else "jsonl"


def evaluate_plover(path: Path, config: Config | None) -> Evaluation:
    """Code and score the PLOVER gold-standard records."""
    records = read_plover_gsr(path)
    found = code_records(records, config)
    return Evaluation(score_plover(records, found), tuple(plover_details(records, found)))


def evaluate_gold(path: Path, config: Config | None) -> Evaluation:
    """Code and score the sentences of a gold file in dyad's format."""
    records = read_gold(path)
    found = code_records(records, config)
    return Evaluation(score_gold(records, found), tuple(gold_details(records, found)))


def evaluate_snippets(path: Path, config: Config | None) -> Evaluation:
    """Code and score the event-class snippets."""
    records = read_snippets(path)
    found = code_records(records, config)
    return Evaluation(score_snippets(records, found), tuple(snippet_details(records, found)))


EVALUATORS: dict[str, Callable[[Path, Config | None], Evaluation]] = {
    "plover-gsr": evaluate_plover, "jsonl": evaluate_gold, "snippets": evaluate_snippets,
}


def evaluate(path: Path, fmt: str | None = None, config: Config | None = None) -> Evaluation:
    """Code every record of a gold file and score the events (format guessed when not given)."""
    fmt = fmt or guess_format(path)
    if fmt not in FORMATS:
        raise ConfigError(f"unknown gold format {fmt!r} (expected one of {', '.join(FORMATS)})")
    return EVALUATORS[fmt](path, config)
