from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dyad.errors import ConfigError
from dyad.model import Article, Event
from dyad.store import EventFilter, open_store
from dyad.store.export import PARQUET_SCHEMA, export_events
from dyad.store.rows import flat_event

Coded = list[tuple[Article, list[Event]]]


@pytest.fixture
def stored(tmp_path: Path, coded: Coded) -> list[dict[str, object]]:
    with open_store(str(tmp_path / "events.db")) as store:
        store.add(coded)
        return store.events(EventFilter())


def test_parquet_reads_back_as_the_same_rows(tmp_path: Path, stored: list[dict[str, object]]) -> None:
    path = tmp_path / "events.parquet"
    assert export_events(stored, "parquet", path) == len(stored)
    table = pq.read_table(path)
    assert table.schema.equals(PARQUET_SCHEMA)
    rows = table.to_pylist()
    assert len(rows) == len(stored)
    for row, event in zip(rows, stored, strict=True):
        flat = flat_event(event)
        for name in ("date", "article_date"):
            row[name] = row[name].isoformat() if row[name] else None
        assert row == flat
        assert json.loads(row["evidence"]) == event["evidence"]


def test_an_empty_export_still_has_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "none.parquet"
    assert export_events([], "parquet", path) == 0
    assert pq.read_table(path).schema.names == PARQUET_SCHEMA.names


def test_csv_and_jsonl(tmp_path: Path, stored: list[dict[str, object]]) -> None:
    export_events(stored, "jsonl", tmp_path / "e.jsonl")
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == stored
    export_events(stored, "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as stream:
        assert [row["event_id"] for row in csv.DictReader(stream)] == [e["event_id"] for e in stored]


def test_an_unwritable_output_is_a_config_error(tmp_path: Path, stored: list[dict[str, object]]) -> None:
    with pytest.raises(ConfigError, match="cannot write"):
        export_events(stored, "parquet", tmp_path / "missing" / "e.parquet")
    with pytest.raises(ConfigError, match="bad export format"):
        export_events(stored, "xlsx", tmp_path / "e.xlsx")


def test_a_failed_export_leaves_no_file(tmp_path: Path, stored: list[dict[str, object]]) -> None:
    def broken() -> object:
        yield stored[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_events(broken(), "jsonl", tmp_path / "e.jsonl")  # type: ignore[arg-type]
    assert list(tmp_path.glob("e.jsonl*")) == []
