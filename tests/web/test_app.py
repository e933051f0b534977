from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dyad.store import EventFilter, Store
from dyad.web.app import STATIC

ALL_IDS = ["a5-0", "a1-0", "a1-1", "a2-0", "a2-1", "a3-0", "a3-1", "a4-0", "a4-1", "a4-2"]


def ids(body: dict[str, Any]) -> list[str]:
    return [event["event_id"] for event in body["events"]]


def test_events_are_listed_in_date_order(client: TestClient, store: Store) -> None:
    body = client.get("/api/events").json()
    assert (body["total"], body["limit"], body["offset"]) == (10, 50, 0)
    assert ids(body) == ALL_IDS
    assert body["events"] == store.events(EventFilter())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("source=USA", ["a1-0", "a3-0"]),
        ("source=usagov&target=chngov", ["a1-0"]),
        ("either=RUS&since=2024-02-03", ["a3-1", "a4-0", "a4-1"]),
        ("cameo=19", ["a4-0", "a4-1"]),
        ("plover=AGREE", ["a2-1"]),
        ("quad_class=3", ["a3-0", "a3-1"]),
        ("text=clashed&country=UKR", ["a4-0", "a4-1"]),
        ("source=&target=", ALL_IDS),
    ],
)
def test_filters(client: TestClient, query: str, expected: list[str]) -> None:
    body = client.get(f"/api/events?{query}").json()
    assert ids(body) == expected
    assert body["total"] == len(expected)


def test_pages(client: TestClient) -> None:
    body = client.get("/api/events?limit=3&offset=3").json()
    assert (body["total"], body["limit"], body["offset"]) == (10, 3, 3)
    assert ids(body) == ALL_IDS[3:6]
    assert ids(client.get("/api/events?limit=3&offset=9").json()) == ALL_IDS[9:]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=2024-02-30", "bad since date '2024-02-30'"),
        ("until=last%20week", "bad until date 'last week'"),
        ("source=US%20A", "bad source 'US A'"),
        ("cameo=abc", "bad cameo 'abc'"),
        ("quad_class=7", "bad quad class 7"),
        ("quad_class=two", "bad parameter quad_class"),
        ("limit=0", "bad parameter limit"),
        ("limit=5000", "bad parameter limit"),
        ("offset=-1", "bad parameter offset"),
    ],
)
def test_bad_parameters_are_400_with_a_clear_message(client: TestClient, query: str, message: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400
    assert re.search(message, response.json()["detail"])


def test_one_event_with_its_sentence_evidence_and_article(client: TestClient, store: Store) -> None:
    body = client.get("/api/events/a2-1").json()
    assert body["event"] == store.event("a2-1")
    assert body["event"]["evidence"]["trigger"] == "signed"
    assert body["event"]["sentence"]
    assert body["article"]["title"] == "French minister visits Washington"
    missing = client.get("/api/events/nope")
    assert missing.status_code == 404
    assert "nope" in missing.json()["detail"]


def test_time_series_of_a_dyad(client: TestClient) -> None:
    body = client.get("/api/timeseries?source=FRA&target=USA&interval=day").json()
    assert body["interval"] == "day"
    assert [(p["period"], p["count"]) for p in body["points"]] == [("2024-01-16", 1), ("2024-01-17", 1)]
    assert body["points"][1]["goldstein_sum"] == 8.0
    assert body["points"][1]["by_quad_class"]["1"]["count"] == 1


def test_time_series_per_week_and_month(client: TestClient) -> None:
    weeks = client.get("/api/timeseries?either=RUS&interval=week").json()["points"]
    assert [(p["period"], p["count"]) for p in weeks] == [("2024-01-29", 2), ("2024-02-05", 0),
                                                         ("2024-02-12", 0), ("2024-02-19", 2)]
    months = client.get("/api/timeseries").json()["points"]
    assert [(p["period"], p["count"]) for p in months] == [("2024-01-01", 4), ("2024-02-01", 5)]
    assert months[1]["goldstein_sum"] == pytest.approx(-8 - 2 - 10 - 10 + 7.4)
    assert client.get("/api/timeseries?interval=year").status_code == 400


def test_actors_and_network(client: TestClient) -> None:
    actors = client.get("/api/actors?limit=1").json()
    assert actors == {"sources": [{"code": "FRAGOV", "name": "France", "count": 2}],
                      "targets": [{"code": "USAGOV", "name": "United States", "count": 4}]}
    graph = client.get("/api/network?since=2024-02-01").json()
    assert {(e["source"], e["target"], e["count"]) for e in graph["edges"]} == {
        ("USAGOV", "RUS", 1), ("RUS", "USAGOV", 1), ("RUS", "UKRMIL", 1), ("UKRMIL", "RUS", 1)}
    assert {n["code"]: n["count"] for n in graph["nodes"]} == {"RUS": 4, "USAGOV": 2, "UKRMIL": 2}


def test_stats(client: TestClient) -> None:
    assert client.get("/api/stats").json() == {"articles": 6, "events": 10}


def test_a_broken_database_is_503(client: TestClient, store: Store) -> None:
    store.close()
    response = client.get("/api/events")
    assert response.status_code == 503
    assert "database" in response.json()["detail"]


def test_openapi_schema_documents_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/timeseries", "/api/actors", "/api/network"} <= set(
        schema["paths"]
    )
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"source", "target", "since", "until", "cameo", "limit", "offset"} <= names


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.refs += [value for name, value in attrs if name in ("src", "href") and value]


def _local_refs(html: str) -> list[str]:
    parser = _Refs()
    parser.feed(html)
    return parser.refs


@pytest.mark.parametrize("page", ["/", "/docs"])
def test_pages_load_everything_from_dyad_itself(client: TestClient, page: str) -> None:
    response = client.get(page)
    assert response.status_code == 200
    assert "text/html" in response.headers["content-type"]
    refs = _local_refs(response.text)
    assert refs and all(ref.startswith("/") for ref in refs)
    for ref in refs:
        assert client.get(ref).status_code == 200, ref


def test_no_static_file_points_outside() -> None:
    outside = re.compile(r"https?://(?!www\.w3\.org/2000/svg)")
    for path in STATIC.iterdir():
        assert not outside.search(path.read_text(encoding="utf-8")), path.name


def test_plotly_is_served(client: TestClient) -> None:
    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200
    assert "plotly" in response.text[:2000].lower()
