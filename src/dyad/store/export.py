"""Export of stored events for other tools: Parquet (flat columns), CSV or JSON Lines.

The file is written next to its final name and moved into place at the
end, so an interrupted export never leaves a truncated file behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dyad.errors import ConfigError
from dyad.output import write_events
from dyad.store.rows import ACTOR_FIELDS, flat_event

EXPORT_FORMATS = ("parquet", "csv", "jsonl")
_ROW_GROUP = 10_000

_ACTOR_TYPES = {f"{role}_{name}": pa.string() for role in ("source", "target") for name in ACTOR_FIELDS}
PARQUET_SCHEMA = pa.schema(
    [("event_id", pa.string()), ("article_id", pa.string()), ("date", pa.date32()),
     ("article_date", pa.date32()), ("sentence_index", pa.int64()), ("sentence", pa.string()),
     *_ACTOR_TYPES.items(),
     ("cameo", pa.string()), ("cameo_root", pa.string()), ("cameo_name", pa.string()),
     ("goldstein", pa.float64()), ("quad_class", pa.int64()),
     ("plover_type", pa.string()), ("plover_mode", pa.string()),
     ("location_name", pa.string()), ("location_country", pa.string()), ("location_lat", pa.float64()),
     ("location_lon", pa.float64()), ("location_geonameid", pa.int64()), ("location_admin1", pa.string()),
     ("location_precision", pa.string()),
     ("quote", pa.string()), ("evidence", pa.string())]
)


def export_events(events: Iterable[dict[str, Any]], fmt: str, path: Path) -> int:
    """Write events (contract form) to ``path`` in the given format; the number written."""
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"bad export format {fmt!r}: use parquet, csv or jsonl")
    partial = path.with_name(path.name + ".part")
    try:
        count = _write_parquet(events, partial) if fmt == "parquet" else _write_text(events, fmt, partial)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ConfigError(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _write_text(events: Iterable[dict[str, Any]], fmt: str, path: Path) -> int:
    with path.open("w", encoding="utf-8", newline="") as stream:
        return write_events(events, fmt, stream)


def _write_parquet(events: Iterable[dict[str, Any]], path: Path) -> int:
    count = 0
    with pq.ParquetWriter(str(path), PARQUET_SCHEMA) as writer:
        for chunk in _chunks((parquet_record(event) for event in events), _ROW_GROUP):
            writer.write_table(pa.Table.from_pylist(chunk, schema=PARQUET_SCHEMA))
            count += len(chunk)
    return count


def parquet_record(event: dict[str, Any]) -> dict[str, Any]:
    """The flat record of an event, its dates as dates."""
    flat = flat_event(event)
    for name in ("date", "article_date"):
        flat[name] = date.fromisoformat(flat[name][:10]) if flat[name] else None
    return flat


def _chunks(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk
