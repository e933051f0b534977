"""The dashboard in a real headless Chromium, served by ``dyad serve`` on the sample corpus.

Expectations come from the data: the busiest dyad of the coded sample is
searched for, and the page must show what the API answers for it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "sample"
DYAD = [sys.executable, "-m", "dyad"]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need_chromium() -> None:
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: CI must test the dashboard in a browser")
        pytest.skip(f"{CHROMIUM} is not installed")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "dyad serve exited early"
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail("dyad serve did not answer within two minutes")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("dashboard") / "sample.db")
    command = [*DYAD, "ingest", str(SAMPLE), "--db", db]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def server(sample_db: str) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen([*DYAD, "serve", "--db", sample_db, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(server: str, browser: Any) -> Iterator[Any]:
    """A page that may only reach the dyad server; anything else is recorded and refused."""
    opened = browser.new_page(viewport={"width": 1280, "height": 1000})
    opened.outside = []
    opened.errors = []
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))

    def only_local(route: Any) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            opened.outside.append(route.request.url)
            route.abort()

    opened.route("**/*", only_local)
    opened.goto(f"{server}/")
    opened.wait_for_function("document.body.dataset.runs === '1'")
    yield opened
    opened.close()


def _busiest_dyad(sample_db: str) -> tuple[str, str]:
    done = subprocess.run([*DYAD, "query", "--db", sample_db], capture_output=True, text=True, timeout=600)
    events = [json.loads(line) for line in done.stdout.splitlines()]
    pairs = Counter((e["source"]["code"], e["target"]["code"]) for e in events
                    if e["target"] and e["source"]["code"] and e["target"]["code"])
    assert pairs, "the coded sample has no dyad"
    return min(pairs, key=lambda pair: (-pairs[pair], pair))


def _search(page: Any, **fields: str) -> None:
    runs = int(page.evaluate("document.body.dataset.runs"))
    for name, value in fields.items():
        if name == "interval":
            page.select_option("select[name=interval]", value)
        else:
            page.fill(f"input[name={name}]", value)
    page.click("button[type=submit]")
    page.wait_for_function(f"Number(document.body.dataset.runs) > {runs}")


def test_searching_a_dyad_shows_its_events_and_timeline(
    page: Any, server: str, sample_db: str, tmp_path: Path
) -> None:
    source, target = _busiest_dyad(sample_db)
    query = {"source": source, "target": target}
    expected = httpx.get(f"{server}/api/events", params={**query, "limit": 1000}).json()
    points = httpx.get(f"{server}/api/timeseries", params={**query, "interval": "day"}).json()["points"]

    _search(page, source=source, target=target, interval="day")
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)

    shown = page.eval_on_selector_all("#events tbody tr", "rows => rows.map(row => row.dataset.eventId)")
    assert shown == [event["event_id"] for event in expected["events"]][:50]
    assert page.text_content("#count") == f"({len(shown)} of {expected['total']})"
    _assert_triggers_marked(page, expected["events"][: len(shown)])
    _assert_chart_matches(page, points, expected["events"])
    assert page.locator("#network path.edge.selected").count() >= 1
    assert page.errors == [] and page.outside == []


def _assert_triggers_marked(page: Any, events: list[dict[str, Any]]) -> None:
    marks = page.eval_on_selector_all(
        "#events tbody tr", "rows => rows.map(row => (row.querySelector('mark') || {}).textContent || null)"
    )
    for mark, event in zip(marks, events, strict=True):
        trigger = event["evidence"].get("trigger") or ""
        if trigger and trigger.lower() in event["sentence"].lower():
            assert mark is not None and mark.lower() == trigger.lower()


def _assert_chart_matches(page: Any, points: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
    traces = page.evaluate(
        "() => document.getElementById('timeline').data.map(t => ({type: t.type, x: t.x, y: t.y}))"
    )
    bars = [trace for trace in traces if trace["type"] == "bar"]
    assert len(bars) == 4
    for quad, bar in enumerate(bars, start=1):
        assert bar["x"] == [point["period"] for point in points]
        assert bar["y"] == [point["by_quad_class"][str(quad)]["count"] for point in points]
    assert sum(sum(bar["y"]) for bar in bars) == sum(1 for event in events if event["date"])
    per_day = Counter(event["date"] for event in events if event["date"])
    totals = dict(zip(bars[0]["x"], (sum(ys) for ys in zip(*(bar["y"] for bar in bars), strict=True)),
                      strict=True))
    assert {day: count for day, count in totals.items() if count} == dict(per_day)


def test_a_bad_search_shows_the_api_message(page: Any) -> None:
    _search(page, cameo="abc")
    assert page.is_visible("#error")
    assert "bad cameo 'abc'" in page.text_content("#error")


def test_clicking_an_event_shows_its_evidence(page: Any, server: str) -> None:
    first = page.locator("#events tbody tr").first
    event_id = first.get_attribute("data-event-id")
    first.click()
    page.wait_for_selector("#detail dl")
    evidence = json.loads(page.text_content("#detail pre"))
    assert evidence == httpx.get(f"{server}/api/events/{event_id}").json()["event"]["evidence"]


def test_the_api_docs_page_works_offline(page: Any, server: str) -> None:
    page.goto(f"{server}/docs")
    page.wait_for_selector(".operation")
    assert page.locator(".operation h2", has_text="/api/events").count() >= 1
    stats = page.locator(".operation", has=page.locator("h2", has_text="/api/stats"))
    stats.locator("button").click()
    answer = stats.locator("pre")
    answer.wait_for()
    assert json.loads(answer.text_content().split("\n", 1)[1]) == httpx.get(f"{server}/api/stats").json()
    assert page.outside == [] and page.errors == []
