"""Events to table rows and back, and the flat form used for export.

Actors and the PLOVER type are flattened into columns (they are filtered
on); the location and the evidence are kept as JSON text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from dyad.model import Actor, Event, Location, Plover

EVENT_FIELDS = tuple(f.name for f in fields(Event))
ACTOR_FIELDS = tuple(f.name for f in fields(Actor))
LOCATION_FIELDS = tuple(f.name for f in fields(Location))
PLOVER_FIELDS = tuple(f.name for f in fields(Plover))

_SCALARS = ("event_id", "article_id", "date", "article_date", "sentence_index", "sentence",
            "cameo", "cameo_root", "cameo_name", "goldstein", "quad_class", "quote")
_ACTOR_COLUMNS = tuple(f"{role}_{name}" for role in ("source", "target") for name in ACTOR_FIELDS)
_PLOVER_COLUMNS = tuple(f"plover_{name}" for name in PLOVER_FIELDS)

EVENT_COLUMNS = ("seq", *_SCALARS, *_ACTOR_COLUMNS, *_PLOVER_COLUMNS, "location", "evidence")


def event_row(event: Event, seq: int) -> tuple[Any, ...]:
    """The values of :data:`EVENT_COLUMNS` for one event, ``seq`` its place in the article."""
    data = event.to_dict()
    values: dict[str, Any] = {"seq": seq, **{name: data[name] for name in _SCALARS}}
    values.update(_flatten("source", data["source"], ACTOR_FIELDS))
    values.update(_flatten("target", data["target"], ACTOR_FIELDS))
    values.update(_flatten("plover", data["plover"], PLOVER_FIELDS))
    values["location"] = _json_or_none(data["location"])
    values["evidence"] = json.dumps(data["evidence"], ensure_ascii=False)
    return tuple(values[column] for column in EVENT_COLUMNS)


def event_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    """The contract form of a stored event (as :meth:`Event.to_dict` gives it)."""
    values: dict[str, Any] = {name: row[name] for name in _SCALARS}
    values["goldstein"] = float(row["goldstein"])
    values["source"] = _nest(row, "source", ACTOR_FIELDS)
    values["target"] = _nest(row, "target", ACTOR_FIELDS) if row["target_text"] is not None else None
    values["plover"] = _nest(row, "plover", PLOVER_FIELDS)
    values["location"] = json.loads(row["location"]) if row["location"] is not None else None
    values["evidence"] = json.loads(row["evidence"])
    return {name: values[name] for name in EVENT_FIELDS}


def flat_event(event: Mapping[str, Any]) -> dict[str, Any]:
    """One flat record of an event dict: nested objects as ``part_field`` columns, evidence as JSON."""
    flat: dict[str, Any] = {}
    nested = {"source": ACTOR_FIELDS, "target": ACTOR_FIELDS, "plover": PLOVER_FIELDS,
              "location": LOCATION_FIELDS}
    for name in EVENT_FIELDS:
        if name in nested:
            flat.update(_flatten(name, event[name], nested[name]))
        elif name == "evidence":
            flat[name] = json.dumps(event[name], ensure_ascii=False)
        else:
            flat[name] = event[name]
    return flat


def _flatten(prefix: str, part: Mapping[str, Any] | None, names: tuple[str, ...]) -> dict[str, Any]:
    return {f"{prefix}_{name}": (part or {}).get(name) for name in names}


def _nest(row: Mapping[str, Any], prefix: str, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: row[f"{prefix}_{name}"] for name in names}


def _json_or_none(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)
