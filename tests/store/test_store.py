from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dyad.errors import ConfigError, StoreError
from dyad.model import Article, Event
from dyad.store import BatchResult, EventFilter, open_store

Coded = list[tuple[Article, list[Event]]]


def test_events_come_back_as_they_went_in(db_url: str, coded: Coded) -> None:
    with open_store(db_url) as store:
        store.add(coded)
        stored = {event["event_id"]: event for event in store.events(EventFilter())}
    originals = [event.to_dict() for _, events in coded for event in events]
    assert [stored[event["event_id"]] for event in originals] == originals
    assert all(list(stored[e["event_id"]]) == list(e) for e in originals)


def test_a_batch_reports_what_it_added(db_url: str, coded: Coded) -> None:
    with open_store(db_url) as store:
        result = store.add(coded)
        assert result == BatchResult(new=len(coded), skipped=0, events=sum(len(e) for _, e in coded))
        assert store.totals() == {"articles": result.new, "events": result.events}


def test_the_same_article_is_stored_once(db_url: str, coded: Coded) -> None:
    with open_store(db_url) as store:
        first = store.add(coded)
        again = store.add(coded)
        assert again == BatchResult(new=0, skipped=len(coded), events=0)
        assert store.totals() == {"articles": first.new, "events": first.events}


def test_same_text_under_another_id_is_the_same_article(db_url: str, coded: Coded) -> None:
    article, events = coded[0]
    copy = replace(article, id="copy-of-a1")
    with open_store(db_url) as store:
        store.add([(article, events)])
        assert store.is_stored(copy)
        assert store.add([(copy, [replace(e, event_id="x" + e.event_id) for e in events])]).new == 0


def test_a_duplicate_within_one_batch_is_skipped(db_url: str, coded: Coded) -> None:
    with open_store(db_url) as store:
        result = store.add([coded[0], coded[0]])
        assert (result.new, result.skipped, result.events) == (1, 1, len(coded[0][1]))


def test_a_failing_batch_leaves_nothing_behind(db_url: str, coded: Coded) -> None:
    broken = replace(coded[1][1][0], cameo=None)  # type: ignore[arg-type]
    with open_store(db_url) as store:
        with pytest.raises(StoreError):
            store.add([coded[0], (coded[1][0], [broken])])
        assert store.totals() == {"articles": 0, "events": 0}
        assert not store.is_stored(coded[0][0])
        assert store.add(coded).new == len(coded)


def test_events_attach_to_the_article_stored(db_url: str, coded: Coded) -> None:
    article, events = coded[0]
    stray = [replace(event, article_id="elsewhere") for event in events]
    with open_store(db_url) as store:
        store.add([(article, stray)])
        assert {e["article_id"] for e in store.events(EventFilter())} == {article.id}


def test_pages_and_streaming_agree(db_url: str, coded: Coded) -> None:
    with open_store(db_url) as store:
        store.add(coded)
        everything = store.events(EventFilter())
        assert store.events(EventFilter(), limit=3, offset=2) == everything[2:5]
        assert store.events(EventFilter(), limit=3, offset=50) == []
        assert list(store.iter_events(EventFilter(), page=3)) == everything
        assert list(store.iter_events(EventFilter(), limit=4, page=3)) == everything[:4]
        russia = EventFilter(source="RUS")
        assert list(store.iter_events(russia, page=1)) == store.events(russia)


def test_one_event_and_its_article(db_url: str, coded: Coded) -> None:
    article, events = coded[1]
    with open_store(db_url) as store:
        store.add(coded)
        assert store.event(events[1].event_id) == events[1].to_dict()
        assert store.event("no-such-event") is None
        stored = store.article(article.id)
        assert stored is not None
        assert (stored["title"], stored["url"]) == (article.title, article.url)
        assert stored["source_file"] == article.source
        assert stored["event_count"] == len(events)
        assert store.article("nope") is None


def test_daily_counts(db_url: str, coded: Coded) -> None:
    with open_store(db_url) as store:
        store.add(coded)
        days = store.daily_counts(EventFilter(either="RUS"))
    assert [(d.day, d.quad_class, d.count, d.goldstein_sum) for d in days] == [
        ("2024-02-02", 3, 1, -8.0), ("2024-02-03", 3, 1, -2.0), ("2024-02-19", 4, 2, -20.0),
    ]


def test_top_actors_and_dyads(db_url: str, coded: Coded) -> None:
    with open_store(db_url) as store:
        store.add(coded)
        sources = store.top_actors(EventFilter(), "source", limit=2)
        targets = store.top_actors(EventFilter(), "target", limit=1)
        dyads = store.dyads(EventFilter(), limit=2)
    assert sources == [{"code": "FRAGOV", "name": "France", "count": 2},
                       {"code": "RUS", "name": "Russia", "count": 2}]
    assert targets == [{"code": "USAGOV", "name": "United States", "count": 4}]
    assert dyads == [{"source": "FRAGOV", "target": "USAGOV", "count": 2, "goldstein_mean": 4.95},
                     {"source": "CHNGOV", "target": "USAGOV", "count": 1, "goldstein_mean": 4.0}]


def test_reading_a_missing_sqlite_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        open_store(str(tmp_path / "absent.db"), create=False)
    assert not (tmp_path / "absent.db").exists()


def test_a_database_that_cannot_be_opened_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(tmp_path / "no" / "such" / "folder" / "x.db"))
    with pytest.raises(StoreError, match="cannot open database postgresql://me:\\*\\*\\*@"):
        open_store("postgresql://me:pw@127.0.0.1:1/none?connect_timeout=2")


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the events you are looking for " * 200)
    with pytest.raises(StoreError):
        open_store(str(path))


def test_an_unknown_scheme_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        open_store("mongodb://localhost/events")


def test_an_event_id_given_twice_is_stored_once(db_url: str, coded: Coded) -> None:
    article, events = coded[3]
    with open_store(db_url) as store:
        result = store.add([(article, [*events, events[0]])])
        assert result.events == len(events)
        stored = store.article(article.id)
        assert stored is not None and stored["event_count"] == len(events)
        assert [e["event_id"] for e in store.events(EventFilter())] == [e.event_id for e in events]


def test_top_actors_takes_only_the_two_roles(db_url: str) -> None:
    with open_store(db_url) as store, pytest.raises(ValueError, match="role"):
        store.top_actors(EventFilter(), "source_code; DROP TABLE events", 1)  # type: ignore[arg-type]
