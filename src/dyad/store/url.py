"""Database URLs: a plain path or ``sqlite:///path`` for SQLite, ``postgresql://...`` for PostgreSQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from dyad.errors import ConfigError

Kind = Literal["sqlite", "postgresql"]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_PASSWORD = re.compile(r"^(\w+://[^:/@]*):[^@/]*@")


@dataclass(frozen=True)
class DatabaseUrl:
    """Where the events are kept: the kind of database and its address (a path or a URL)."""

    kind: Kind
    target: str

    def __str__(self) -> str:
        return redact(self.target)


def parse_url(url: str) -> DatabaseUrl:
    """Parse a ``--db`` value; an unknown scheme is a :class:`ConfigError`."""
    if not url.strip():
        raise ConfigError("the database URL is empty")
    match = _SCHEME.match(url)
    if match is None:
        return DatabaseUrl("sqlite", url)
    scheme = match.group(1).lower()
    if scheme in ("postgresql", "postgres"):
        return DatabaseUrl("postgresql", url)
    if scheme == "sqlite":
        return _sqlite_url(url[match.end():], url)
    raise ConfigError(f"unsupported database URL {redact(url)!r}: use a path, sqlite:/// or postgresql://")


def _sqlite_url(rest: str, url: str) -> DatabaseUrl:
    # As in SQLAlchemy: sqlite:///relative.db and sqlite:////absolute.db; sqlite:// alone is in memory.
    if rest == "":
        return DatabaseUrl("sqlite", ":memory:")
    if not rest.startswith("/") or rest == "/":
        raise ConfigError(f"bad SQLite URL {url!r}: write sqlite:///path/to/file.db")
    return DatabaseUrl("sqlite", rest[1:])


def redact(url: str) -> str:
    """The URL with any password replaced, fit for messages."""
    return _PASSWORD.sub(r"\1:***@", url)
