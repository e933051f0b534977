"""The event store: articles and their events in SQLite or PostgreSQL, one interface for both."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal

from dyad.errors import StoreError
from dyad.model import Article, Event, text_hash
from dyad.store.backends import Backend, SqliteBackend, connect
from dyad.store.filters import EventFilter
from dyad.store.rows import EVENT_COLUMNS, event_dict, event_row
from dyad.store.schema import migrate
from dyad.store.url import parse_url

Role = Literal["source", "target"]

_ARTICLE_COLUMNS = ("id", "date", "title", "url", "text_hash", "source_file", "event_count", "stored_at")
_SELECT_EVENTS = f"SELECT {', '.join(EVENT_COLUMNS)}, COALESCE(date, '') AS sort_date FROM events"
_ORDER = "ORDER BY COALESCE(date, ''), article_id, seq"
_KEYSET = "(COALESCE(date, ''), article_id, seq) > (?, ?, ?)"


def _insert(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT DO NOTHING"


_INSERT_ARTICLE = _insert("articles", _ARTICLE_COLUMNS)
_INSERT_EVENT = _insert("events", EVENT_COLUMNS)


@dataclass(frozen=True)
class BatchResult:
    """What one stored batch added: new articles, articles already there, events."""

    new: int
    skipped: int
    events: int


@dataclass(frozen=True)
class DayCount:
    """Events of one day and quad class: their number and the sum of their Goldstein scores."""

    day: str
    quad_class: int
    count: int
    goldstein_sum: float


class Store:
    """Articles and events in one database; writes are whole batches, serialized."""

    def __init__(self, backend: Backend) -> None:
        self._backend = backend

    @property
    def url(self) -> str:
        """The database's address, with any password hidden."""
        return str(self._backend.url)

    def close(self) -> None:
        """Close the connection."""
        self._backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def is_stored(self, article: Article) -> bool:
        """Whether an article with this id, or with this very text, is stored."""
        rows = self._backend.query(
            "SELECT 1 AS found FROM articles WHERE id = ? OR text_hash = ?",
            (article.id, text_hash(article.text)),
        )
        return bool(rows)

    def add(self, batch: Sequence[tuple[Article, Sequence[Event]]]) -> BatchResult:
        """Store coded articles in one transaction; articles already stored are skipped."""
        new = events = 0
        with self._backend.transaction():
            for article, coded in batch:
                rows = _event_rows(article, coded)
                if self._backend.run(_INSERT_ARTICLE, _article_row(article, len(rows))):
                    new += 1
                    events += self._backend.run_many(_INSERT_EVENT, rows)
        return BatchResult(new=new, skipped=len(batch) - new, events=events)

    def totals(self) -> dict[str, int]:
        """How many articles and events are stored."""
        articles = self._backend.query("SELECT COUNT(*) AS n FROM articles")[0]["n"]
        events = self._backend.query("SELECT COUNT(*) AS n FROM events")[0]["n"]
        return {"articles": int(articles), "events": int(events)}

    def count(self, where: EventFilter) -> int:
        """How many events match."""
        clause, params = where.where()
        return int(self._backend.query(f"SELECT COUNT(*) AS n FROM events WHERE {clause}", params)[0]["n"])

    def events(self, where: EventFilter, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Matching events in date order (contract form), one page of them."""
        clause, params = where.where()
        page = " LIMIT ? OFFSET ?" if limit is not None else ""
        extra = [limit, offset] if limit is not None else []
        rows = self._backend.query(f"{_SELECT_EVENTS} WHERE {clause} {_ORDER}{page}", [*params, *extra])
        return [event_dict(row) for row in rows]

    def iter_events(
        self, where: EventFilter, limit: int | None = None, page: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """All matching events in date order, read a page at a time (for exports of any size)."""
        clause, params = where.where()
        after: list[Any] | None = None
        left = limit
        while left is None or left > 0:
            size = page if left is None else min(page, left)
            keyset = f" AND {_KEYSET}" if after else ""
            sql = f"{_SELECT_EVENTS} WHERE {clause}{keyset} {_ORDER} LIMIT ?"
            rows = self._backend.query(sql, [*params, *(after or []), size])
            yield from (event_dict(row) for row in rows)
            if len(rows) < size:
                return
            last = rows[-1]
            after = [last["sort_date"], last["article_id"], last["seq"]]
            left = None if left is None else left - len(rows)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event by id, or None."""
        rows = self._backend.query(f"{_SELECT_EVENTS} WHERE event_id = ?", (event_id,))
        return event_dict(rows[0]) if rows else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        """What is stored about an article (its text is not kept), or None."""
        columns = ", ".join(_ARTICLE_COLUMNS)
        rows = self._backend.query(f"SELECT {columns} FROM articles WHERE id = ?", (article_id,))
        return rows[0] if rows else None

    def daily_counts(self, where: EventFilter) -> list[DayCount]:
        """Matching events with a date, counted per day and quad class."""
        clause, params = where.where()
        rows = self._backend.query(
            "SELECT date, quad_class, COUNT(*) AS n, SUM(goldstein) AS total FROM events "
            f"WHERE {clause} AND date IS NOT NULL GROUP BY date, quad_class ORDER BY date, quad_class",
            params,
        )
        return [
            DayCount(row["date"], int(row["quad_class"]), int(row["n"]), float(row["total"])) for row in rows
        ]

    def top_actors(self, where: EventFilter, role: Role, limit: int = 10) -> list[dict[str, Any]]:
        """The actor codes most often in the given role among matching events."""
        if role not in ("source", "target"):
            # The role names columns, so it must never be anything but these two words.
            raise ValueError(f"role must be source or target, not {role!r}")
        clause, params = where.where()
        rows = self._backend.query(
            f"SELECT {role}_code AS code, MAX({role}_name) AS name, COUNT(*) AS n FROM events "
            f"WHERE {clause} AND {role}_code IS NOT NULL GROUP BY {role}_code ORDER BY n DESC, code LIMIT ?",
            [*params, limit],
        )
        return [{"code": row["code"], "name": row["name"], "count": int(row["n"])} for row in rows]

    def dyads(self, where: EventFilter, limit: int = 50) -> list[dict[str, Any]]:
        """The most frequent (source, target) code pairs among matching events, with their mean Goldstein."""
        clause, params = where.where()
        rows = self._backend.query(
            "SELECT source_code, target_code, COUNT(*) AS n, AVG(goldstein) AS mean FROM events "
            f"WHERE {clause} AND source_code IS NOT NULL AND target_code IS NOT NULL "
            "GROUP BY source_code, target_code ORDER BY n DESC, source_code, target_code LIMIT ?",
            [*params, limit],
        )
        return [_dyad(row) for row in rows]


def _dyad(row: dict[str, Any]) -> dict[str, Any]:
    return {"source": row["source_code"], "target": row["target_code"], "count": int(row["n"]),
            "goldstein_mean": round(float(row["mean"]), 4)}


def _article_row(article: Article, event_count: int) -> tuple[Any, ...]:
    return (
        article.id, article.date.isoformat() if article.date else None, article.title, article.url,
        text_hash(article.text), article.source, event_count, datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _event_rows(article: Article, events: Sequence[Event]) -> list[tuple[Any, ...]]:
    # Events hang off the article they were stored with, whatever id the coder gave them;
    # an id given twice is one event, so the article's event count stays true.
    unique: dict[str, Event] = {}
    for event in events:
        unique.setdefault(event.event_id, event)
    kept = enumerate(unique.values())
    return [event_row(replace(event, article_id=article.id), seq) for seq, event in kept]


def open_store(url: str, *, create: bool = True) -> Store:
    """Open (and migrate) the database at ``url``; with ``create=False`` a missing SQLite file is an error."""
    parsed = parse_url(url)
    if not create and parsed.kind == "sqlite" and not SqliteBackend.exists(parsed):
        raise StoreError(f"no database at {parsed.target} (store events there with 'dyad ingest')")
    backend = connect(parsed)
    try:
        migrate(backend)
    except BaseException:
        backend.close()
        raise
    return Store(backend)
