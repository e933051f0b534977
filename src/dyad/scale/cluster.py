"""The pipeline on a Dask cluster: the same events as one process, on many machines.

``local`` starts a cluster on this machine (worker processes, one thread
each); any other value is a scheduler address. Each worker process builds
its coder once (:func:`dyad.pipeline.coder_for` is cached per process).
Articles either stream from the client (:func:`code_on_cluster`, what
``dyad code --dask`` uses) or are read on the workers, one partition per
input file, and written as Parquet partitioned by event month
(:func:`code_to_parquet`).
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask.bag as db
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Client, Future, LocalCluster

from dyad.config import Config
from dyad.errors import ConfigError, ReadError
from dyad.model import Article
from dyad.pipeline import coder_for
from dyad.reading import read_inputs
from dyad.scale.batch import CHUNK_ARTICLES, Result, chunked, code_chunk
from dyad.store.export import PARQUET_SCHEMA, parquet_record

LOCAL_WORKERS = 2
MONTH = "month"
UNDATED = "unknown"


@contextmanager
def dask_client(address: str) -> Iterator[Client]:
    """A client of the cluster at ``address``, or of a new local cluster for ``local``."""
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
            client.wait_for_workers(LOCAL_WORKERS)
        else:
            cluster, client = None, Client(address, timeout=10)
    except (OSError, TimeoutError, ValueError) as error:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def code_remote(config: Config, articles: list[Article]) -> list[Result]:
    """One chunk of articles, coded on a worker."""
    return code_chunk(coder_for(config), articles)


def code_on_cluster(articles: Iterable[Article], config: Config) -> Iterator[Result]:
    """Results of every article, coded on the cluster ``config.dask``, in input order.

    A few chunks per worker are in flight at a time, so memory stays flat on long inputs.
    """
    with dask_client(config.dask or "local") as client:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque[Future[list[Result]]] = deque()
        for chunk in chunked(articles, CHUNK_ARTICLES):
            pending.append(client.submit(code_remote, config, chunk, pure=False))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def input_files(paths: Sequence[str]) -> list[str]:
    """The files under the given paths (folders sorted), each one partition."""
    found: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(str(p) for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.exists():
            found.append(str(path))
        else:
            raise ConfigError(f"{name}: no such file or folder")
    return found


def read_partition(path: str) -> list[Article | ReadError]:
    """The articles of one input file (read on a worker)."""
    return list(read_inputs([path]))


def event_month(record: dict[str, Any]) -> str:
    """``YYYY-MM`` of the event date (else of the article date), or ``unknown``."""
    day = record["date"] or record["article_date"]
    return day.isoformat()[:7] if day else UNDATED


@dataclass(frozen=True)
class PartitionSummary:
    """What one partition gave: articles coded, events written, inputs that failed."""

    articles: int
    events: int
    errors: tuple[str, ...]


def write_partition(
    partition: Iterable[Article | ReadError], out_dir: str, config: Config
) -> list[PartitionSummary]:
    """Code one partition's articles and write its events under ``out_dir/month=YYYY-MM/``."""
    items = list(partition)
    articles = [item for item in items if isinstance(item, Article)]
    errors = [str(item) for item in items if isinstance(item, ReadError)]
    results = code_chunk(coder_for(config), articles)
    errors += [f"{r.article.source}: {r.error}" for r in results if r.error is not None]
    records = [parquet_record(e.to_dict()) for r in results for e in r.events]
    for record in records:
        record[MONTH] = event_month(record)
    if records:
        schema = PARQUET_SCHEMA.append(pa.field(MONTH, pa.string()))
        table = pa.Table.from_pylist(records, schema=schema)
        name = hashlib.sha256("|".join(a.id for a in articles).encode("utf-8")).hexdigest()[:16]
        pq.write_to_dataset(
            table, out_dir, partition_cols=[MONTH], basename_template=f"part-{name}-{{i}}.parquet"
        )
    return [PartitionSummary(len(articles), len(records), tuple(errors))]


def code_to_parquet(paths: Sequence[str], out_dir: Path, config: Config) -> PartitionSummary:
    """Read, code and write every input on the cluster ``config.dask`` (else a local one); the totals."""
    files = input_files(paths)
    if not files:
        return PartitionSummary(0, 0, ())
    out_dir.mkdir(parents=True, exist_ok=True)
    articles = db.from_sequence(files, npartitions=len(files)).map(read_partition).flatten()
    with dask_client(config.dask or "local") as client:
        parts = client.compute(articles.map_partitions(write_partition, str(out_dir), config)).result()
    errors = tuple(error for part in parts for error in part.errors)
    return PartitionSummary(sum(p.articles for p in parts), sum(p.events for p in parts), errors)
