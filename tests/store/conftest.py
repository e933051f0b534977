"""Databases for the storage tests: every store test runs on SQLite and on PostgreSQL.

The PostgreSQL server comes from ``$DYAD_TEST_POSTGRES``; its cases are
skipped when that is unset outside CI, and fail when it is unset in CI. Each
test gets a schema of its own (through ``search_path``), dropped afterwards.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
import pytest

from dyad.model import Article, Event

DATA = Path(__file__).parent / "data"


def postgres_server() -> str:
    """The test server's URL, or a skip (a failure in CI) when there is none."""
    url = os.environ.get("DYAD_TEST_POSTGRES")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("DYAD_TEST_POSTGRES is not set: CI must test PostgreSQL")
        pytest.skip("DYAD_TEST_POSTGRES is not set")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose tables live in a fresh schema of the test server."""
    server = postgres_server()
    schema = f"dyad_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in server else "?"
    yield f"{server}{joiner}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL for each kind of database."""
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return str(request.getfixturevalue("postgres_url"))


def load_coded() -> list[tuple[Article, list[Event]]]:
    """The hand-coded articles and events of ``data/coded.jsonl``."""
    coded = []
    for line in (DATA / "coded.jsonl").read_text(encoding="utf-8").splitlines():
        record: dict[str, Any] = json.loads(line)
        fields = dict(record["article"])
        fields["date"] = date.fromisoformat(fields["date"]) if fields["date"] else None
        coded.append((Article(**fields), [Event.from_dict(event) for event in record["events"]]))
    return coded


@pytest.fixture
def coded() -> list[tuple[Article, list[Event]]]:
    return load_coded()
