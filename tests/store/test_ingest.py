from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

import pytest

from dyad.config import Config
from dyad.errors import ReadError
from dyad.model import Article, Event
from dyad.store import ingest as ingest_module
from dyad.store import open_store
from dyad.store.ingest import IngestSummary, ingest

Coded = list[tuple[Article, list[Event]]]


class FakeCoder:
    """Codes articles by looking their events up, and can break after a number of articles."""

    def __init__(self, coded: Coded, fail_after: int | None = None) -> None:
        self.events = {article.id: events for article, events in coded}
        self.fail_after = fail_after
        self.seen: list[str] = []

    def __call__(self, articles: Iterable[Article], config: Config) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            if self.fail_after is not None and len(self.seen) == self.fail_after:
                raise KeyboardInterrupt
            self.seen.append(article.id)
            yield article, self.events.get(article.id, [])


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, coded: Coded) -> FakeCoder:
    coder = FakeCoder(coded)
    monkeypatch.setattr(ingest_module, "code_articles", coder)
    return coder


def articles(coded: Coded) -> list[Article]:
    return [article for article, _ in coded]


def test_ingest_stores_everything_once(db_url: str, coded: Coded, fake: FakeCoder) -> None:
    total_events = sum(len(events) for _, events in coded)
    with open_store(db_url) as store:
        first = ingest(articles(coded), store, Config(batch_size=2))
        assert (first.read, first.new, first.skipped, first.events) == (6, 6, 0, total_events)
        fake.seen.clear()
        again = ingest(articles(coded), store, Config(batch_size=2))
        assert (again.read, again.new, again.skipped, again.events) == (6, 0, 6, 0)
        assert fake.seen == []
        assert store.totals() == {"articles": 6, "events": total_events}


def test_duplicates_in_one_run_are_coded_once(db_url: str, coded: Coded, fake: FakeCoder) -> None:
    article = coded[0][0]
    same_text = replace(article, id="another-id")
    with open_store(db_url) as store:
        summary = ingest([article, article, same_text], store, Config())
    assert (summary.read, summary.new, summary.skipped) == (3, 1, 2)
    assert fake.seen == [article.id]


def test_read_errors_are_reported_and_the_rest_stored(db_url: str, coded: Coded, fake: FakeCoder) -> None:
    bad = ReadError("broken.txt", "not UTF-8")
    reported: list[ReadError] = []
    with open_store(db_url) as store:
        summary = ingest([coded[0][0], bad, coded[1][0]], store, Config(), on_error=reported.append)
        assert store.totals()["articles"] == 2
    assert summary.errors == [bad] == reported
    assert summary.new == 2


def test_an_interrupted_ingest_keeps_whole_batches_and_resumes(
    db_url: str, coded: Coded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "code_articles", FakeCoder(coded, fail_after=5))
    with open_store(db_url) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(articles(coded), store, Config(batch_size=2))
        assert store.totals()["articles"] == 4
        monkeypatch.setattr(ingest_module, "code_articles", FakeCoder(coded))
        resumed = ingest(articles(coded), store, Config(batch_size=2))
        assert (resumed.new, resumed.skipped) == (2, 4)
        assert store.totals() == {"articles": 6, "events": sum(len(events) for _, events in coded)}


def test_summary_line() -> None:
    summary = IngestSummary(read=5, new=3, skipped=2, events=7, errors=[ReadError("x", "y")])
    assert summary.line() == "articles read: 5, new: 3, skipped: 2, events stored: 7, errors: 1"
