"""Places of events: the gazetteer, the places a sentence names, and wire datelines.

Cases live as JSON Lines in ``tests/data/enrich``: ``places.jsonl`` (sentences, the
article's countries, the places expected in order), ``datelines.jsonl`` and
``lookups.jsonl``. An expected place gives its name and country, and its region
(``admin1``) and ``precision`` where the case is about them.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from dyad.enrich.places import dateline, find_location, find_places, gazetteer, lookup
from dyad.model import Location
from dyad.tsv import packaged, read_rows, split_cell

DATA = Path(__file__).resolve().parents[1] / "data" / "enrich"


def cases(name: str) -> list[Any]:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]
    return [pytest.param(row, id=row["id"]) for row in rows]


def matches(location: Location | None, expected: dict[str, Any] | None) -> bool:
    """Whether a location has every field the case names."""
    if location is None or expected is None:
        return location is None and expected is None
    return all(asdict(location)[key] == value for key, value in expected.items())


def shown(locations: list[Location]) -> list[str]:
    return [f"{p.name}/{p.country}/{p.admin1}/{p.precision}" for p in locations]


@pytest.mark.parametrize("case", cases("places.jsonl"))
def test_places_of_a_sentence(case: dict[str, Any]) -> None:
    found = find_places(case["sentence"], case["prefer"])
    assert len(found) == len(case["places"]), shown(found)
    assert all(matches(p, e) for p, e in zip(found, case["places"], strict=True)), shown(found)


@pytest.mark.parametrize("case", cases("places.jsonl"))
def test_location_is_the_first_place(case: dict[str, Any]) -> None:
    expected = case["places"][0] if case["places"] else None
    assert matches(find_location(case["sentence"], case["prefer"]), expected)


@pytest.mark.parametrize("case", cases("datelines.jsonl"))
def test_dateline(case: dict[str, Any]) -> None:
    assert matches(dateline(case["text"]), case["place"])


@pytest.mark.parametrize("case", cases("lookups.jsonl"))
def test_lookup(case: dict[str, Any]) -> None:
    assert matches(lookup(case["name"], case["prefer"]), case["place"])


def test_city_has_coordinates_and_an_id() -> None:
    location = find_location("They met in Paris.")
    assert location is not None and location.country == "FRA" and location.geonameid
    assert location.lat is not None and 48 < location.lat < 49


def test_location_records_without_region_or_precision_still_load() -> None:
    old = {"name": "Paris", "country": "FRA", "lat": 48.85, "lon": 2.35, "geonameid": 2988507}
    location = Location(**old)
    assert location.admin1 is None and location.precision is None


def test_word_lookup_table_for_single_words() -> None:
    table = gazetteer()
    assert table["borno"].country == "NGA" and table["kabul"].country == "AFG"
    assert "police" not in table and "may" not in table


def test_regions_file() -> None:
    rows = [row for _, row in read_rows(packaged("places") / "regions.tsv")]
    countries = {row["code"] for _, row in read_rows(packaged("actors") / "countries.tsv")}
    assert len(rows) > 800 and sum(row["country"] == "USA" for row in rows) == 51
    for row in rows:
        assert row["country"] in countries, row
        assert (row["lat"] == "") == (row["lon"] == ""), row
        assert not row["lat"] or (-90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180), row
    codes = [(row["country"], row["geonames_admin1"]) for row in rows if row["geonames_admin1"]]
    assert len(codes) == len(set(codes))
    names = {n for row in rows for n in [row["name"], *split_cell(row["aliases"])]}
    assert {"Borno", "Maguindanao", "Kashmir", "Darfur", "Donetsk", "Crimea", "Rakhine", "Gaza"} <= names


def test_a_sentence_is_read_quickly() -> None:
    sentences = [str(case.values[0]["sentence"]) for case in cases("places.jsonl")] * 20
    find_places("They met in Paris.")
    start = time.perf_counter()
    for sentence in sentences:
        find_places(sentence)
    assert (time.perf_counter() - start) / len(sentences) < 0.002
