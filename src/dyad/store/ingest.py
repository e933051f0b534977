"""Ingest: code articles and store them, a batch per transaction, each article once.

Articles already stored (same id, or same text) are skipped before coding,
so a re-run after a crash or Ctrl-C codes only what is missing; a batch is
stored whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from dyad.config import Config
from dyad.errors import ReadError
from dyad.model import Article, Event, text_hash
from dyad.scale import code_articles
from dyad.store.store import Store

Coded = tuple[Article, list[Event]]


@dataclass
class IngestSummary:
    """What one ingest did."""

    read: int = 0
    new: int = 0
    skipped: int = 0
    events: int = 0
    errors: list[ReadError] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary printed at the end."""
        return (
            f"articles read: {self.read}, new: {self.new}, skipped: {self.skipped}, "
            f"events stored: {self.events}, errors: {len(self.errors)}"
        )


def ingest(
    items: Iterable[Article | ReadError],
    store: Store,
    config: Config,
    on_error: Callable[[ReadError], None] | None = None,
) -> IngestSummary:
    """Code and store every article not stored yet; read errors are collected (and reported) as they come."""
    summary = IngestSummary()
    fresh = _fresh_articles(items, store, summary, on_error)
    for batch in _batches(code_articles(fresh, config), config.batch_size):
        result = store.add(batch)
        summary.new += result.new
        summary.skipped += result.skipped
        summary.events += result.events
    return summary


def _fresh_articles(
    items: Iterable[Article | ReadError],
    store: Store,
    summary: IngestSummary,
    on_error: Callable[[ReadError], None] | None,
) -> Iterator[Article]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, ReadError):
            summary.errors.append(item)
            if on_error is not None:
                on_error(item)
            continue
        summary.read += 1
        keys = {item.id, text_hash(item.text)}
        if keys & seen or store.is_stored(item):
            summary.skipped += 1
            continue
        seen |= keys
        yield item


def _batches(coded: Iterable[Coded], size: int) -> Iterator[list[Coded]]:
    iterator = iter(coded)
    while batch := list(islice(iterator, size)):
        yield batch
