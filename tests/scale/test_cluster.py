"""A local Dask cluster (2 worker processes) gives one process's events, and writes them as Parquet."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from dyad.config import Config
from dyad.model import Article
from dyad.pipeline import coder_for
from dyad.reading import read_inputs
from dyad.scale.batch import code_batched
from dyad.scale.cluster import code_on_cluster, code_to_parquet, event_month, input_files

ROOT = Path(__file__).resolve().parents[2]
# A cluster that never comes up must fail the run, not hang it.
pytestmark = pytest.mark.timeout(300)
SAMPLE = ROOT / "corpus" / "sample"
LOCAL = Config(dask="local")


def single_process(paths: list[str]) -> list[tuple[Article, list[object]]]:
    articles = [a for a in read_inputs(paths) if isinstance(a, Article)]
    return [(r.article, list(r.events)) for r in code_batched(coder_for(Config()), articles)]


def test_local_cluster_gives_the_events_of_one_process() -> None:
    articles = [a for a in read_inputs([str(SAMPLE)]) if isinstance(a, Article)]
    on_cluster = [(r.article, list(r.events)) for r in code_on_cluster(articles, LOCAL)]
    expected = single_process([str(SAMPLE)])
    assert on_cluster == expected
    assert sum(len(events) for _, events in expected) > 10


def test_parquet_partitioned_by_event_month(tmp_path: Path) -> None:
    summary = code_to_parquet([str(SAMPLE)], tmp_path / "events", LOCAL)
    expected = [e for _, events in single_process([str(SAMPLE)]) for e in events]
    assert (summary.articles, summary.events, summary.errors) == (5, len(expected), ())
    table = ds.dataset(tmp_path / "events", format="parquet", partitioning="hive").to_table()
    rows = table.to_pylist()
    assert sorted(r["event_id"] for r in rows) == sorted(e.event_id for e in expected)
    assert all(r["month"] == event_month(r) for r in rows)
    assert {p.name for p in (tmp_path / "events").iterdir()} == {f"month={r['month']}" for r in rows}


def test_input_files_are_the_partitions() -> None:
    assert [Path(p).name for p in input_files([str(SAMPLE)])] == sorted(p.name for p in SAMPLE.iterdir())
