"""Writing events: JSON Lines for programs, CSV for spreadsheets, a table for people."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from dyad.errors import ConfigError

FORMATS = ("jsonl", "csv", "table")
CSV_COLUMNS = [
    "event_id",
    "article_id",
    "date",
    "sentence_index",
    "source.text",
    "source.code",
    "source.country",
    "target.text",
    "target.code",
    "target.country",
    "cameo",
    "cameo_name",
    "goldstein",
    "quad_class",
    "plover.type",
    "location.name",
    "location.country",
    "evidence.trigger",
    "evidence.rule",
    "quote",
    "sentence",
]
TABLE_COLUMNS = [
    ("date", 10),
    ("source.code", 9),
    ("target.code", 9),
    ("cameo", 5),
    ("cameo_name", 34),
    ("evidence.trigger", 12),
    ("location.name", 12),
]


def pick(row: dict[str, Any], dotted: str) -> Any:
    """row['a']['b'] for 'a.b', or None."""
    value: Any = row
    for key in dotted.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def write_jsonl(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(["" if pick(row, c) is None else pick(row, c) for c in CSV_COLUMNS])
        count += 1
    return count


def cell(value: Any, width: int) -> str:
    text = "-" if value is None else str(value)
    return text[: width - 1] + "…" if len(text) > width else text.ljust(width)


def write_table(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    stream.write("  ".join(cell(name.split(".")[0], width) for name, width in TABLE_COLUMNS).rstrip() + "\n")
    count = 0
    for row in rows:
        stream.write("  ".join(cell(pick(row, name), width) for name, width in TABLE_COLUMNS).rstrip() + "\n")
        count += 1
    return count


def write_events(rows: Iterable[dict[str, Any]], fmt: str, stream: TextIO) -> int:
    """Write event dicts in a format; returns how many were written."""
    writers = {"jsonl": write_jsonl, "csv": write_csv, "table": write_table}
    if fmt not in writers:
        raise ConfigError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return writers[fmt](rows, stream)
