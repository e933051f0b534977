"""``dyad ingest``, ``query`` and ``export`` as a user runs them, on the sample corpus."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
import pyarrow.parquet as pq
import pytest

from dyad.store.export import parquet_record

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "sample"
DYAD = [sys.executable, "-m", "dyad"]
SUMMARY_KEYS = ("articles read", "new", "skipped", "events stored", "errors")

Done = subprocess.CompletedProcess[str]


def dyad(*args: str) -> Done:
    return subprocess.run([*DYAD, *args], capture_output=True, text=True, timeout=600)


def summary(done: Done) -> dict[str, int]:
    line = next(line for line in done.stderr.splitlines() if line.startswith("articles read:"))
    numbers = dict(part.split(": ") for part in line.split(", "))
    assert tuple(numbers) == SUMMARY_KEYS
    return {key: int(value) for key, value in numbers.items()}


def rows(done: Done) -> list[dict[str, Any]]:
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def assert_one_line_error(done: Done, *words: str) -> None:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dyad: error:"), done.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Done]:
    """The sample corpus ingested once into a fresh SQLite file: the database and the run."""
    db = str(tmp_path_factory.mktemp("sample") / "sample.db")
    return db, dyad("ingest", str(SAMPLE), "--db", db)


@pytest.fixture(scope="module")
def stored(ingested: tuple[str, Done]) -> list[dict[str, Any]]:
    return rows(dyad("query", "--db", ingested[0]))


def test_ingest_stores_the_sample(ingested: tuple[str, Done], stored: list[dict[str, Any]]) -> None:
    _, done = ingested
    assert done.returncode == 0, done.stderr
    files = len(list(SAMPLE.iterdir()))
    assert summary(done) == {"articles read": files, "new": files, "skipped": 0,
                             "events stored": len(stored), "errors": 0}
    assert stored


def test_ingesting_again_stores_nothing_and_says_so(tmp_path: Path) -> None:
    db = str(tmp_path / "twice.db")
    first = dyad("ingest", str(SAMPLE), "--db", db)
    again = dyad("ingest", str(SAMPLE), str(SAMPLE / sorted(os.listdir(SAMPLE))[0]), "--db", db)
    assert again.returncode == 0, again.stderr
    files = len(os.listdir(SAMPLE))
    assert summary(again) == {"articles read": files + 1, "new": 0, "skipped": files + 1,
                              "events stored": 0, "errors": 0}
    assert "nothing new" in again.stderr
    assert len(rows(dyad("query", "--db", db))) == summary(first)["events stored"]


def test_query_rows_are_the_events_dyad_code_writes(stored: list[dict[str, Any]]) -> None:
    coded = rows(dyad("code", str(SAMPLE)))
    by_id = {event["event_id"]: event for event in coded}
    assert sorted(by_id) == sorted(event["event_id"] for event in stored)
    for event in stored:
        assert event == by_id[event["event_id"]]
        assert list(event) == list(by_id[event["event_id"]])


def test_query_filters(ingested: tuple[str, Done], stored: list[dict[str, Any]]) -> None:
    db = ingested[0]
    source = Counter(e["source"]["code"] for e in stored if e["source"]["code"]).most_common(1)[0][0]
    picked = rows(dyad("query", "--db", db, "--source", source))
    assert picked == [e for e in stored if (e["source"]["code"] or "").startswith(source)]
    cameo = stored[0]["cameo"][:2]
    by_cameo = rows(dyad("query", "--db", db, "--cameo", cameo))
    assert by_cameo == [e for e in stored if e["cameo"].startswith(cameo)]
    day = sorted(e["date"] for e in stored if e["date"])[len(stored) // 2]
    since = rows(dyad("query", "--db", db, "--since", day, "--limit", "3"))
    assert since == [e for e in stored if e["date"] and e["date"] >= day][:3]


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_query_formats(ingested: tuple[str, Done], stored: list[dict[str, Any]], fmt: str) -> None:
    done = dyad("query", "--db", ingested[0], "--format", fmt)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(stored) + 1
    assert stored[0]["event_id"] in lines[1] or stored[0]["date"] in lines[1]


def test_export_parquet_has_the_rows_of_query(
    tmp_path: Path, ingested: tuple[str, Done], stored: list[dict[str, Any]]
) -> None:
    out = tmp_path / "events.parquet"
    done = dyad("export", "--db", ingested[0], "--format", "parquet", "--output", str(out))
    assert done.returncode == 0, done.stderr
    assert f"exported {len(stored)} events" in done.stderr
    assert pq.read_table(out).to_pylist() == [parquet_record(event) for event in stored]


def test_export_jsonl_is_query_output(
    tmp_path: Path, ingested: tuple[str, Done], stored: list[dict[str, Any]]
) -> None:
    out = tmp_path / "events.jsonl"
    assert dyad("export", "--db", ingested[0], "--format", "jsonl", "--output", str(out)).returncode == 0
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == stored


def test_bad_inputs_are_named_and_the_good_ones_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = sorted(SAMPLE.iterdir())[0]
    (folder / "good.txt").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"date 2024-01-01\n\n\xff\xfe not text")
    db = str(tmp_path / "e.db")
    done = dyad("ingest", str(folder), str(tmp_path / "missing.txt"), "--db", db)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "broken.txt" in done.stderr and "missing.txt" in done.stderr
    assert summary(done)["new"] == 1 and summary(done)["errors"] == 2
    assert rows(dyad("query", "--db", db))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["query", "--since", "2024-02-30"], ["bad since date", "2024-02-30"]),
        (["query", "--source", "U$A"], ["bad source"]),
        (["query", "--quad-class", "9"], ["bad quad class 9"]),
        (["export", "--format", "csv", "--output", "/nonexistent/dir/x.csv"], ["cannot write"]),
    ],
)
def test_bad_options_are_one_line_errors(
    ingested: tuple[str, Done], args: list[str], words: list[str]
) -> None:
    assert_one_line_error(dyad(*args, "--db", ingested[0]), *words)


def test_a_missing_or_unknown_database_is_a_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(dyad("query", "--db", str(tmp_path / "none.db")), "no database at")
    assert not (tmp_path / "none.db").exists()
    assert_one_line_error(dyad("query", "--db", "mysql://me@host/events"), "unsupported database URL")
    assert_one_line_error(dyad("ingest", str(SAMPLE), "--db", str(tmp_path / "no" / "dir.db")), "cannot open")


def test_the_default_database_comes_from_the_environment(tmp_path: Path) -> None:
    env = {**os.environ, "DYAD_DB": str(tmp_path / "env.db")}
    done = subprocess.run(
        [*DYAD, "ingest", str(SAMPLE)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.db").is_file()
    assert not (tmp_path / "dyad.db").exists()


def _many_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    sources = sorted(SAMPLE.iterdir())
    for number in range(count):
        text = sources[number % len(sources)].read_text(encoding="utf-8")
        (folder / f"{number:04d}.txt").write_text(f"{text}\n\nFiled by desk {number}.\n", encoding="utf-8")


def _stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_a_killed_ingest_resumes_and_stores_each_article_once(tmp_path: Path) -> None:
    total = 240
    _many_articles(tmp_path / "many", total)
    db = tmp_path / "many.db"
    command = [*DYAD, "ingest", str(tmp_path / "many"), "--db", str(db), "--batch-size", "3"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _stored_articles(db) < 6 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = _stored_articles(db)
    assert 6 <= before < total
    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert summary(again)["skipped"] == before and summary(again)["new"] == total - before
    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT COUNT(*), COUNT(DISTINCT text_hash) FROM articles").fetchone()
        counts = conn.execute(
            "SELECT a.event_count, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) FROM articles a"
        ).fetchall()
    assert articles == (total, total)
    assert all(expected == found for expected, found in counts)


@pytest.fixture
def postgres_db() -> Iterator[str]:
    server = os.environ.get("DYAD_TEST_POSTGRES")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("DYAD_TEST_POSTGRES is not set: CI must test PostgreSQL")
        pytest.skip("DYAD_TEST_POSTGRES is not set")
    schema = f"dyad_cli_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{server}{'&' if '?' in server else '?'}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_postgresql_holds_the_same_events(postgres_db: str, stored: list[dict[str, Any]]) -> None:
    first = dyad("ingest", str(SAMPLE), "--db", postgres_db)
    assert first.returncode == 0, first.stderr
    assert summary(dyad("ingest", str(SAMPLE), "--db", postgres_db))["new"] == 0
    assert sorted(rows(dyad("query", "--db", postgres_db)), key=lambda e: e["event_id"]) == sorted(
        stored, key=lambda e: e["event_id"]
    )
