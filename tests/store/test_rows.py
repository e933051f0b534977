from __future__ import annotations

import json

from dyad.model import Article, Event
from dyad.store.rows import EVENT_COLUMNS, EVENT_FIELDS, event_dict, event_row, flat_event

Coded = list[tuple[Article, list[Event]]]


def test_a_row_turns_back_into_the_event(coded: Coded) -> None:
    for _, events in coded:
        for seq, event in enumerate(events):
            row = dict(zip(EVENT_COLUMNS, event_row(event, seq), strict=True))
            assert row["seq"] == seq
            assert event_dict(row) == event.to_dict()


def test_flat_events_have_no_nested_values(coded: Coded) -> None:
    event = coded[0][1][0].to_dict()
    flat = flat_event(event)
    assert all(not isinstance(value, dict | list) for value in flat.values())
    assert flat["source_code"] == event["source"]["code"]
    assert flat["target_name"] == event["target"]["name"]
    assert flat["plover_type"] == event["plover"]["type"]
    assert flat["location_geonameid"] == event["location"]["geonameid"]
    assert json.loads(flat["evidence"]) == event["evidence"]
    assert set(EVENT_FIELDS) - {"source", "target", "plover", "location"} <= set(flat)


def test_missing_parts_flatten_to_nulls(coded: Coded) -> None:
    event = coded[4][1][0].to_dict()
    assert event["target"] is None and event["location"] is None
    flat = flat_event(event)
    assert flat["target_code"] is None and flat["location_name"] is None
