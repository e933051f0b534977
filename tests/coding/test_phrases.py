"""What a noun phrase names, on phrases of their own (tests/data/coding/phrases.jsonl)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dyad.coding.context import ArticleContext
from dyad.config import Config
from dyad.nlp import load_nlp
from dyad.pipeline import coder_for

DATA = Path(__file__).parents[1] / "data" / "coding" / "phrases.jsonl"
CASES = [json.loads(line) for line in DATA.open()]
DAY = date(2024, 3, 4)


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_phrase_actors(case: dict[str, Any]) -> None:
    coder = coder_for(Config())
    doc = load_nlp()(case["text"])
    context = ArticleContext()
    reader = coder.sentence_coder(doc, coder.mentions(case["text"], DAY, context), context)
    head = next(token for token in doc if token.text == case["head"])
    assert [actor.code for actor in reader.actors([head]) if actor.code] == case["codes"]


def test_pronoun_takes_the_last_person_named() -> None:
    coder = coder_for(Config())
    context = ArticleContext()
    first = "Colombian President Gustavo Petro arrived in Beijing."
    coder.remember(coder.mentions(first, DAY, context), context)
    doc = load_nlp()("He met officials.")
    reader = coder.sentence_coder(doc, coder.mentions(doc.text, DAY, context), context)
    assert [actor.code for actor in reader.actors([doc[0]])] == ["COLGOV"]
