from __future__ import annotations

import pytest

from dyad.errors import StoreError
from dyad.store import open_store
from dyad.store.backends import connect
from dyad.store.schema import current_version, latest_version, migrate, migrations, statements
from dyad.store.url import parse_url


def test_steps_are_numbered_in_order() -> None:
    versions = [version for version, _ in migrations()]
    assert versions == sorted(set(versions))
    assert versions[0] == 1


def test_statements_drop_comments() -> None:
    assert statements("-- a comment; with a semicolon\nCREATE TABLE t (x INTEGER);\n\nDROP TABLE t;") == [
        "CREATE TABLE t (x INTEGER)", "DROP TABLE t",
    ]


def test_a_new_database_is_brought_to_the_latest_version(db_url: str) -> None:
    backend = connect(parse_url(db_url))
    try:
        assert migrate(backend) == 0
        assert current_version(backend) == latest_version()
        assert migrate(backend) == latest_version()
        rows = backend.query("SELECT version FROM schema_version ORDER BY version")
        assert [row["version"] for row in rows] == [version for version, _ in migrations()]
    finally:
        backend.close()


def test_a_newer_database_is_refused(db_url: str) -> None:
    open_store(db_url).close()
    backend = connect(parse_url(db_url))
    try:
        backend.run("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (999, "later"))
    finally:
        backend.close()
    with pytest.raises(StoreError, match="schema version 999"):
        open_store(db_url)
