"""What a noun phrase names, on phrases of their own (tests/data/coding/phrases.jsonl)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dyad.coding.context import ArticleContext
from dyad.coding.phrases import PhraseReader
from dyad.config import Config
from dyad.model import Actor
from dyad.nlp import load_nlp
from dyad.pipeline import coder_for

DATA = Path(__file__).parents[1] / "data" / "coding" / "phrases.jsonl"
CASES = [json.loads(line) for line in DATA.open()]
# Cases that also give the roles of actors with no country: ``share intelligence`` is a thing shared.
ROLE_CASES = [case for case in CASES if "sectors" in case]
# Roles (``police``, ``a senator``) placed in an article, after some earlier sentences.
ROLES = [json.loads(line) for line in DATA.with_name("roles.jsonl").open()]
DAY = date(2024, 3, 4)


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_phrase_actors(case: dict[str, Any]) -> None:
    assert [actor.code for actor in head_actors(case) if actor.code] == case["codes"]


@pytest.mark.parametrize("case", ROLE_CASES, ids=[c["text"] for c in ROLE_CASES])
def test_phrase_roles(case: dict[str, Any]) -> None:
    assert [actor.sector for actor in head_actors(case)] == case["sectors"]


def head_actors(case: dict[str, Any]) -> list[Actor]:
    """The actors the case's head word names in its sentence."""
    coder = coder_for(Config())
    doc = load_nlp()(case["text"])
    context = ArticleContext()
    reader = coder.sentence_coder(doc, coder.mentions(case["text"], DAY, context), context)
    head = next(token for token in doc if token.text == case["head"])
    return reader.actors([head])


def test_pronoun_takes_the_last_person_named() -> None:
    coder = coder_for(Config())
    context = ArticleContext()
    first = "Colombian President Gustavo Petro arrived in Beijing."
    coder.remember(coder.mentions(first, DAY, context), context)
    doc = load_nlp()("He met officials.")
    reader = coder.sentence_coder(doc, coder.mentions(doc.text, DAY, context), context)
    assert [actor.code for actor in reader.actors([doc[0]])] == ["COLGOV"]


def reader_after(earlier: list[str], text: str) -> PhraseReader:
    """The phrase reader of ``text`` in an article whose earlier sentences are ``earlier``."""
    coder = coder_for(Config())
    context = ArticleContext()
    for sentence in earlier:
        coder.remember(coder.mentions(sentence, DAY, context), context)
    return coder.sentence_coder(load_nlp()(text), coder.mentions(text, DAY, context), context)


@pytest.mark.parametrize("case", ROLES, ids=[c["note"] for c in ROLES])
def test_role_takes_a_country(case: dict[str, Any]) -> None:
    reader = reader_after(case["earlier"], case["text"])
    first = reader.mentions[0]
    head = reader.sent.char_span(first.start, first.end)
    assert head is not None
    role = reader.actor(head.root)[0]
    others = [Actor("other side", code, code[:3], code[3:]) for code in [case["other"]] if code]
    placed = reader.placed(role, others)
    assert (placed.code, placed.country_from) == (case["code"], case["country_from"])
