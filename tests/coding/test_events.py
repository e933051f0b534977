"""Patterns fitted to predicates (tests/data/coding/senses.jsonl): a verb or noun's sense by its objects."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dyad.coding.context import ArticleContext
from dyad.coding.events import EventMaker
from dyad.config import Config
from dyad.nlp import load_nlp
from dyad.pipeline import coder_for

DAY = date(2024, 3, 4)
DATA = Path(__file__).parents[1] / "data" / "coding"
SENSES = [json.loads(line) for line in (DATA / "senses.jsonl").open()]


def maker(text: str) -> EventMaker:
    coder = coder_for(Config())
    context = ArticleContext()
    return coder.sentence_coder(load_nlp()(text), coder.mentions(text, DAY, context), context)


@pytest.mark.parametrize("case", SENSES, ids=[c["note"] for c in SENSES])
def test_the_pattern_that_fits(case: dict[str, Any]) -> None:
    found = maker(case["text"])
    token = next(t for t in found.sent if t.text == case["verb"])
    kind = "noun" if token.pos_ == "NOUN" else "verb"
    pattern = found.match(token, kind)
    assert (pattern.code if pattern else None) == case["code"]
