"""Who does an act and at whom it is aimed, read from real parses."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.coding.arguments import ArgumentReader, aimed_at
from dyad.coding.context import ArticleContext
from dyad.config import Config
from dyad.model import Actor
from dyad.nlp import load_nlp
from dyad.pipeline import coder_for

DAY = date(2024, 3, 4)


def reader(text: str) -> ArgumentReader:
    coder = coder_for(Config())
    context = ArticleContext()
    return coder.sentence_coder(load_nlp()(text), coder.mentions(text, DAY, context), context)


@pytest.mark.parametrize(
    ("text", "verb", "countries"),
    [
        ("Poland sent fighter jets to Ukraine.", "sent", ["UKR"]),
        ("Japan announced $500 million in economic aid for Sri Lanka.", "announced", ["LKA"]),
        ("Hungary denounced Serbia's crackdown.", "denounced", ["SRB"]),
    ],
)
def test_targets(text: str, verb: str, countries: list[str]) -> None:
    found = reader(text)
    verb_token = next(t for t in found.sent if t.text == verb)
    assert [a.country for a in found.targets(verb_token)] == countries


def test_equipment_is_not_aimed_at() -> None:
    assert not aimed_at(Actor("artillery fire", None, sector="MIL"))
    assert aimed_at(Actor("soldiers", None, sector="MIL"))


def test_authorities_of_the_place_only_for_state_acts() -> None:
    found = reader("A British journalist was detained in Iran.")
    assert [a.code for a in found.authorities_here("173")] == ["IRNGOV"]
    assert found.authorities_here("040") == []


def test_unknown_attackers_only_behind_weapons() -> None:
    bomb = reader("A roadside bomb killed three soldiers in Kandahar.")
    subject = [t for t in bomb.sent if t.text == "bomb"]
    assert [a.code for a in bomb.unknown_attackers(subject, [], "190")] == ["AFGUAF"]
    storm = reader("A storm killed three people in Kandahar.")
    subject = [t for t in storm.sent if t.text == "storm"]
    assert storm.unknown_attackers(subject, [], "190") == []
