"""Whole articles (``articles``): the (source country, target country, CAMEO root) triples of each
article as a whole, and the quiet sentences from which nothing must be taken, per style and split."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dyad.errors import ReadError
from dyad.evaluation.scores import Found, Ratio, Scores, Triple, event_triple, gold_date, json_lines, side
from dyad.evaluation.snippets import SPLITS
from dyad.model import Event

STYLES = ("wire", "state", "local", "brief", "long")


@dataclass(frozen=True)
class GoldArticle:
    """One whole article: its style, split, text, gold triples at the CAMEO root and quiet sentences."""

    id: str
    style: str
    split: str
    date: date | None
    title: str | None
    text: str
    events: frozenset[Triple]
    quiet: tuple[str, ...]


@dataclass(frozen=True)
class ArticleReport:
    """Scores per style and split, and the share of quiet sentences from which an event was taken."""

    counts: dict[tuple[str, str], Scores]
    quiet: dict[str, Ratio]

    def scores(self, style: str | None, split: str | None) -> Scores:
        """Counts summed over the styles and splits asked for (None: all of them)."""
        picked = [value for (where, kind), value in self.counts.items()
                  if style in (None, kind) and split in (None, where)]
        names = ("matched", "found", "expected")
        return Scores(*(sum(getattr(value, name) for value in picked) for name in names))

    @property
    def accuracy(self) -> float:
        """F1 of the triples over all articles."""
        return self.scores(None, None).f1

    def lines(self) -> list[str]:
        """The report as printed, ending with ``accuracy: X``."""
        styles = [style for style in STYLES if any(kind == style for _, kind in self.counts)]
        rows = [(f"{style}, {split}", self.scores(style, split)) for style in styles for split in SPLITS]
        rows += [(f"all, {split}", self.scores(None, split)) for split in SPLITS]
        rows.append(("all", self.scores(None, None)))
        width = max(len(name) for name, _ in rows)
        return [
            *(f"{name:<{width}}  {scores}" for name, scores in rows),
            *(f"quiet sentences with an event, {split}: {self.quiet[split]}" for split in (*SPLITS, "all")),
            f"accuracy: {self.accuracy:.3f}",
        ]


def article_triples(events: Iterable[Event]) -> frozenset[Triple]:
    """(source country, target country, CAMEO root) of the events of one article."""
    return frozenset((source, target, code[:2]) for source, target, code in map(event_triple, events))


def squeeze(text: str) -> str:
    """Text with its runs of white space made one space."""
    return " ".join(text.split())


def loud(quiet: str, events: Iterable[Event]) -> list[Event]:
    """The events taken from a quiet sentence (the event's sentence and it contain one another)."""
    quiet = squeeze(quiet)
    return [event for event in events if quiet in squeeze(event.sentence) or squeeze(event.sentence) in quiet]


def score_articles(records: Sequence[GoldArticle], found: Found) -> ArticleReport:
    """Scores of the events found for each article (same order as ``records``)."""
    counts: dict[tuple[str, str], Scores] = {}
    quiet: list[tuple[str, bool]] = []
    for record, events in zip(records, found, strict=True):
        got = article_triples(events)
        key = (record.split, record.style)
        before = counts.get(key, Scores(0, 0, 0))
        matched = before.matched + len(got & record.events)
        counts[key] = Scores(matched, before.found + len(got), before.expected + len(record.events))
        quiet += [(record.split, bool(loud(sentence, events))) for sentence in record.quiet]
    return ArticleReport(counts, {split: Ratio(sum(hit for where, hit in quiet if split in (where, "all")),
                                               sum(1 for where, _ in quiet if split in (where, "all")))
                                  for split in (*SPLITS, "all")})


def article_details(records: Sequence[GoldArticle], found: Found) -> Iterator[dict[str, Any]]:
    """Per article: the gold triples missed, the triples found that are not gold, and the events
    taken from quiet sentences."""
    for record, events in zip(records, found, strict=True):
        got = article_triples(events)
        yield {
            "id": record.id, "style": record.style, "split": record.split,
            "missed": sorted(map(list, record.events - got), key=str),
            "extra": [[side(e.source), side(e.target), e.cameo, e.evidence.get("rule"), e.sentence]
                      for e in events if article_triples([e]) <= got - record.events],
            "loud": [[quiet, [list(event_triple(e)) for e in loud(quiet, events)]]
                     for quiet in record.quiet if loud(quiet, events)],
        }


def gold_triple(event: dict[str, Any]) -> Triple:
    """One gold event of an article as (source country, target country, CAMEO root)."""
    return event.get("source_country") or None, event.get("target_country") or None, str(event["cameo"])[:2]


def article_record(row: dict[str, Any], where: str) -> GoldArticle:
    """One line of the whole-article gold set."""
    try:
        style, split, quiet = row["style"], row["split"], row.get("quiet") or []
        if style not in STYLES or split not in SPLITS or not isinstance(quiet, list):
            styles = ", ".join(STYLES)
            raise ReadError(where, f"not a gold article (style one of {styles}, split dev or heldout)")
        return GoldArticle(str(row["id"]), style, split, gold_date(row.get("date"), where), row.get("title"),
                           str(row["text"]), frozenset(gold_triple(event) for event in row["events"]),
                           tuple(map(str, quiet)))
    except (KeyError, TypeError, AttributeError) as error:
        raise ReadError(where, f"not a gold article (missing or wrong {error})") from None


def read_articles(path: Path) -> list[GoldArticle]:
    """The articles of a file in the whole-article gold format."""
    return [article_record(row, where) for where, row in json_lines(path)]
