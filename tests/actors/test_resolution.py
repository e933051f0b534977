"""Resolution of mentions to actors on the article's date (gold cases in tests/data/actors/).

``leaders.jsonl``: leaders before, during and after their terms, on both sides
of term boundaries; ``titles.jsonl``: a country and a title resolved to the
office-holder of the day; ``forms.jsonl``: case, accents, possessives, titles
before names and machine-translation variants; ``context.jsonl``: surnames
after a full mention in the same article. Every country, capital, seat and
demonym of countries.tsv is resolved as well. A case with a ``bug`` field
records a known wrong resolution: it is expected to fail until it is fixed.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dyad.actors.lexicon import builtin_dictionaries, country_codes
from dyad.actors.matching import Matcher
from dyad.actors.resolve import compose
from dyad.coding.context import ArticleContext
from dyad.config import Config
from dyad.model import Actor
from dyad.pipeline import code_text, coder_for
from dyad.segmenting import segment
from dyad.tsv import packaged, read_rows, split_cell

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"


def cases(name: str) -> list[Any]:
    """The gold cases of one file; those with a ``bug`` are marked as expected failures."""
    found = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        marks = [pytest.mark.xfail(reason=case["bug"], strict=True)] if "bug" in case else []
        found.append(pytest.param(case, marks=marks, id=f"{case['text']}@{case['date']}"))
    return found


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(builtin_dictionaries())


def resolve(matcher: Matcher, text: str, day: date | None) -> Actor | None:
    """The actor a noun phrase names on a day, as the coder composes it."""
    return compose(matcher.find(text, day), text, country_codes())


def day_of(case: dict[str, Any]) -> date | None:
    return date.fromisoformat(case["date"]) if case["date"] else None


def check(actor: Actor | None, case: dict[str, Any]) -> None:
    """The case's code (when it gives one) and name (when not null)."""
    if "code" in case:
        assert (actor.code if actor else None) == case["code"], case["note"]
    if case.get("name") is not None:
        assert actor is not None and actor.name == case["name"], case["note"]


@pytest.mark.parametrize("case", cases("leaders.jsonl"))
def test_leader_on_date(matcher: Matcher, case: dict[str, Any]) -> None:
    check(resolve(matcher, case["text"], day_of(case)), case)


@pytest.mark.parametrize("case", cases("titles.jsonl"))
def test_title_names_the_office_holder(matcher: Matcher, case: dict[str, Any]) -> None:
    check(resolve(matcher, case["text"], day_of(case)), case)


@pytest.mark.parametrize("case", cases("forms.jsonl"))
def test_written_forms(matcher: Matcher, case: dict[str, Any]) -> None:
    check(resolve(matcher, case["text"], day_of(case)), case)


def test_leader_cases_cover_terms() -> None:
    """50+ leaders, each with dates inside and outside the lexicon's terms (out of office: unknown
    before the first term, of the country's elite after one)."""
    rows = [json.loads(line) for line in (DATA / "leaders.jsonl").read_text(encoding="utf-8").splitlines()]
    names = {row["text"] for row in rows}
    out_of_office = {row["text"] for row in rows if (row["code"] or "ELI").endswith("ELI")}
    in_office = {row["text"] for row in rows if not (row["code"] or "ELI").endswith("ELI")}
    both = out_of_office & in_office
    assert len(names) >= 50 and len(both) >= 50


@pytest.mark.parametrize("case", cases("context.jsonl"))
def test_surname_after_full_mention(case: dict[str, Any]) -> None:
    coder = coder_for(Config())
    context = ArticleContext()
    sentences = segment(case["text"]).sentences
    wanted = case.get("sentence", len(sentences) - 1)
    for sentence in sentences[:wanted]:
        coder.remember(coder.mentions(sentence.text, day_of(case), context), context)
    text = sentences[wanted].text
    mentions = [m for m in coder.mentions(text, day_of(case), context) if m.text == case["mention"]]
    check(compose(mentions, case["mention"], coder.countries), case)


COUNTRY_ROWS = [row for _, row in read_rows(packaged("actors") / "countries.tsv")]


@pytest.mark.parametrize("row", COUNTRY_ROWS, ids=lambda row: row["code"])
def test_country_phrases(matcher: Matcher, row: dict[str, str]) -> None:
    """Names, aliases and demonyms name the country; capitals and seats its government.

    A phrase listed both ways (``Vatican City``) names the country.
    """
    wrong = {}
    country = [row["name"], *split_cell(row["aliases"]), *split_cell(row["adjectives"])]
    government = [p for p in split_cell(row["capitals"]) + split_cell(row["seats"]) if p not in country]
    for phrases, code in ((country, row["code"]), (government, row["code"] + "GOV")):
        for phrase in phrases:
            actor = resolve(matcher, phrase, date(2025, 5, 15))
            if actor is None or (actor.code, actor.country) != (code, row["code"]):
                wrong[phrase] = actor
    assert not wrong


def test_office_holder_in_coded_events() -> None:
    """The coder gives the holder's name to an event's source named by a title."""
    day = date(2020, 5, 15)
    [event] = code_text("The Colombian president met Xi Jinping in Beijing.", date=day)
    assert (event.source.code, event.source.name) == ("COLGOV", "Iván Duque")
    assert event.target is not None and event.target.name == "Xi Jinping"
