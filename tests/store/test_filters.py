from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyad.errors import ConfigError
from dyad.model import Article, Event
from dyad.store import EventFilter, open_store

DATA = Path(__file__).parent / "data"


def _cases(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("case", _cases("filters.jsonl"), ids=lambda case: json.dumps(case["filter"]))
def test_filter_selects_the_expected_events_in_order(
    case: dict[str, Any], db_url: str, coded: list[tuple[Article, list[Event]]]
) -> None:
    with open_store(db_url) as store:
        store.add(coded)
        where = EventFilter.from_options(**case["filter"])
        assert [event["event_id"] for event in store.events(where)] == case["expect"]
        assert store.count(where) == len(case["expect"])


@pytest.mark.parametrize("case", _cases("bad_filters.jsonl"), ids=lambda case: json.dumps(case["filter"]))
def test_bad_filter_is_a_config_error_naming_the_value(case: dict[str, Any]) -> None:
    with pytest.raises(ConfigError, match="^" + case["message"].replace("(", r"\(")):
        EventFilter.from_options(**case["filter"])


def test_blank_options_are_left_out() -> None:
    assert EventFilter.from_options(source="  ", target=None, text="") == EventFilter()


def test_empty_filter_matches_everything() -> None:
    assert EventFilter().where() == ("1 = 1", [])


def test_values_are_parameters_never_sql() -> None:
    clause, params = EventFilter.from_options(text="x' OR 1=1 --", source="USA").where()
    assert "'x" not in clause and "1=1" not in clause
    assert params == ["USA%", "%x'%", "%or%", "%1=1%", "%--%"]
