"""The two database drivers behind one small interface.

SQL is written once, with ``?`` placeholders, and every value is passed as a
parameter. Each backend serializes access to its connection (a server runs
requests in threads) and makes every write transaction exclusive across
processes too, so that concurrent ingests never interleave. Driver errors
become :class:`StoreError` here, at the boundary.
"""

from __future__ import annotations

import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

from dyad.errors import StoreError
from dyad.store.url import DatabaseUrl

Row = dict[str, Any]

# Any fixed number will do: it names the lock that PostgreSQL write transactions take.
_PG_WRITE_LOCK = 0x6479_6164


class Backend(ABC):
    """A connection to one database, used by one :class:`~dyad.store.Store`."""

    def __init__(self, url: DatabaseUrl) -> None:
        self.url = url
        self._lock = threading.RLock()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """The rows a SELECT returns, as dicts keyed by column name."""
        with self._lock, self._translated("read"):
            return self._query(sql, params)

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Execute one statement; the number of rows it changed."""
        with self._lock, self._translated("write"):
            return self._run(sql, [params])

    def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """Execute one statement for each row of parameters; the number of rows changed."""
        if not rows:
            return 0
        with self._lock, self._translated("write"):
            return self._run(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """An exclusive write transaction: committed on success, rolled back on any exception."""
        with self._lock, self._translated("write"), self._transaction():
            yield

    @contextmanager
    def _translated(self, action: str) -> Iterator[None]:
        try:
            yield
        except self.driver_errors as error:
            message = " ".join(str(error).split()) or type(error).__name__
            raise StoreError(f"cannot {action} database {self.url}: {message}") from error

    driver_errors: tuple[type[Exception], ...] = ()

    @abstractmethod
    def _query(self, sql: str, params: Sequence[Any]) -> list[Row]: ...

    @abstractmethod
    def _run(self, sql: str, rows: Sequence[Sequence[Any]]) -> int: ...

    @abstractmethod
    def _transaction(self) -> Any: ...

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""


class SqliteBackend(Backend):
    """A SQLite file (or ``:memory:``), through the standard library."""

    driver_errors = (sqlite3.Error,)

    def __init__(self, url: DatabaseUrl) -> None:
        super().__init__(url)
        with self._translated("open"):
            # Transactions are begun explicitly, so the driver's implicit ones are turned off.
            self._conn = sqlite3.connect(
                url.target, isolation_level=None, check_same_thread=False, timeout=60
            )
            self._conn.execute("PRAGMA foreign_keys = ON")
            if url.target != ":memory:":
                # WAL lets the dashboard read while an ingest writes.
                self._conn.execute("PRAGMA journal_mode = WAL")

    @staticmethod
    def exists(url: DatabaseUrl) -> bool:
        """Whether the database file is there already."""
        return url.target == ":memory:" or Path(url.target).is_file()

    def _query(self, sql: str, params: Sequence[Any]) -> list[Row]:
        cursor = self._conn.execute(sql, tuple(params))
        names = [column[0] for column in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _run(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        cursor = self._conn.executemany(sql, [tuple(row) for row in rows])
        return max(cursor.rowcount, 0)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock now, so a second writer waits instead of failing later.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class PostgresBackend(Backend):
    """A PostgreSQL server, through psycopg 3."""

    driver_errors = (psycopg.Error,)

    def __init__(self, url: DatabaseUrl) -> None:
        super().__init__(url)
        with self._translated("open"):
            self._conn = psycopg.connect(url.target, autocommit=True, connect_timeout=10)

    def _query(self, sql: str, params: Sequence[Any]) -> list[Row]:
        with self._conn.cursor() as cursor:
            cursor.execute(_pg_sql(sql), tuple(params))
            names = [column.name for column in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _run(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        with self._conn.cursor() as cursor:
            cursor.executemany(_pg_sql(sql), [tuple(row) for row in rows])
            return max(cursor.rowcount, 0)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_WRITE_LOCK,))
            yield

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _pg_sql(sql: str) -> str:
    # Our SQL holds no literal '?' or '%', so the placeholder style converts by substitution.
    return sql.replace("?", "%s")


def connect(url: DatabaseUrl) -> Backend:
    """A backend for the URL's kind of database."""
    if url.kind == "postgresql":
        return PostgresBackend(url)
    return SqliteBackend(url)
