"""Schema migrations: ordered SQL steps in ``migrations/NNNN_name.sql``, recorded in ``schema_version``.

Opening a store applies, in one exclusive transaction, every step newer than
the database's version, so an old database is brought up to date and two
processes opening a new one at once do not both create it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from importlib import resources

from dyad.errors import StoreError
from dyad.store.backends import Backend

_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
)
_STEP_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@cache
def migrations() -> tuple[tuple[int, str], ...]:
    """The migration steps as (version, SQL text), in order."""
    folder = resources.files("dyad.store") / "migrations"
    steps = []
    for entry in folder.iterdir():
        match = _STEP_NAME.match(entry.name)
        if match:
            steps.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return tuple(sorted(steps))


def latest_version() -> int:
    """The version a fully migrated database has."""
    return migrations()[-1][0]


def statements(sql: str) -> list[str]:
    """The statements of a migration step, without comment lines."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def migrate(backend: Backend) -> int:
    """Bring the database up to the latest version; the version it had before."""
    with backend.transaction():
        backend.run(_VERSION_TABLE)
        before = current_version(backend)
        if before > latest_version():
            raise StoreError(
                f"database {backend.url} has schema version {before}, "
                f"newer than this dyad's {latest_version()}"
            )
        for version, sql in migrations():
            if version > before:
                _apply(backend, version, sql)
    return before


def current_version(backend: Backend) -> int:
    """The version recorded in the database (0 for a new one)."""
    rows = backend.query("SELECT MAX(version) AS version FROM schema_version")
    return int(rows[0]["version"] or 0)


def _apply(backend: Backend, version: int, sql: str) -> None:
    for statement in statements(sql):
        backend.run(statement)
    backend.run(
        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
        (version, datetime.now(UTC).isoformat(timespec="seconds")),
    )
