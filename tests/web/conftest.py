"""An API client over a SQLite store holding the hand-coded events of ``tests/store/data``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyad.model import Article, Event
from dyad.store import Store, open_store
from dyad.web import create_app

CODED = Path(__file__).resolve().parents[1] / "store" / "data" / "coded.jsonl"


def coded_articles() -> list[tuple[Article, list[Event]]]:
    coded = []
    for line in CODED.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        fields = dict(record["article"])
        fields["date"] = date.fromisoformat(fields["date"]) if fields["date"] else None
        coded.append((Article(**fields), [Event.from_dict(event) for event in record["events"]]))
    return coded


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "events.db")) as opened:
        opened.add(coded_articles())
        yield opened


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))
