"""Scoring whole articles, on a small hand-made gold set and a fake coder's output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyad.errors import ReadError
from dyad.evaluation import article_details, guess_format, read_articles, score_articles
from dyad.model import Actor, Event, Plover

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"


def event(spec: dict[str, Any]) -> Event:
    """A coded event with only what scoring looks at filled in."""
    source, target = (Actor(text=code, code=code, country=country) for code, country in
                      (spec["source"], spec["target"]))
    return Event(
        event_id="x", article_id="x", date=None, article_date=None, sentence_index=0,
        sentence=spec["sentence"],
        source=source, target=target, cameo=spec["cameo"], cameo_root=spec["cameo"][:2], cameo_name="",
        goldstein=0.0, quad_class=1, plover=Plover("CONSULT"), evidence={"rule": "svo"},
    )


@pytest.fixture
def run() -> tuple[list[Any], list[list[Event]]]:
    records = read_articles(DATA / "articles.jsonl")
    lines = (DATA / "articles_found.jsonl").read_text(encoding="utf-8").splitlines()
    by_id = {row["id"]: [event(spec) for spec in row["events"]] for row in map(json.loads, lines)}
    return records, [by_id[record.id] for record in records]


def test_reading_and_format_guess() -> None:
    records = read_articles(DATA / "articles.jsonl")
    assert [(r.id, r.style, r.split) for r in records] == [("a1", "wire", "dev"), ("a2", "brief", "heldout"),
                                                          ("a3", "brief", "dev")]
    assert records[0].events == {("KEN", "UGA", "04"), ("KEN", "UGA", "05"), ("UGA", "KEN", "05")}
    assert guess_format(DATA / "articles.jsonl") == "articles"


def test_triples_are_scored_per_article_at_the_root(run: Any) -> None:
    report = score_articles(*run)
    total = report.scores(None, None)
    # a1: 040 and 042 are one root; GBR>GBR 19 is extra; UGA>KEN 05 is missed. a2: 1731 is root 17.
    assert (total.matched, total.found, total.expected) == (3, 4, 4)
    assert str(report.scores("brief", "heldout").recall) == "1.000 (1/1)"
    assert report.scores("wire", None).precision.value == pytest.approx(2 / 3)
    assert report.lines()[-1] == f"accuracy: {total.f1:.3f}"


def test_quiet_sentences_with_an_event_are_counted_per_split(run: Any) -> None:
    report = score_articles(*run)
    assert (report.quiet["dev"].hit, report.quiet["dev"].total) == (1, 2)
    assert (report.quiet["heldout"].hit, report.quiet["heldout"].total) == (0, 1)
    assert str(report.quiet["all"]) == "0.333 (1/3)"


def test_details_name_what_was_missed_extra_and_loud(run: Any) -> None:
    rows = {row["id"]: row for row in article_details(*run)}
    assert rows["a1"]["missed"] == [["UGA", "KEN", "05"]]
    assert [extra[:3] for extra in rows["a1"]["extra"]] == [["GBR", "GBR", "190"]]
    assert rows["a1"]["loud"] == [["Arsenal beat Chelsea 2-1.", [["GBR", "GBR", "190"]]]]
    assert rows["a3"] == {"id": "a3", "style": "brief", "split": "dev", "missed": [], "extra": [], "loud": []}


def test_a_record_of_another_style_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "style": "blog", "split": "dev", "text": "t", "events": []}\n',
                    encoding="utf-8")
    with pytest.raises(ReadError, match=r"bad\.jsonl:1"):
        read_articles(path)
