"""Storage of articles and events: SQLite by default, PostgreSQL with the same code.

    with open_store("dyad.db") as store:
        store.add([(article, events)])
        store.events(EventFilter(source="USA", since="2024-01-01"))
"""

from __future__ import annotations

from dyad.store.filters import EventFilter
from dyad.store.store import BatchResult, DayCount, Store, open_store
from dyad.store.url import DatabaseUrl, parse_url

__all__ = ["BatchResult", "DatabaseUrl", "DayCount", "EventFilter", "Store", "open_store", "parse_url"]
