"""Each coding rule on sentences of its own (tests/data/coding/rules.jsonl)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dyad import code_text

CASES = [json.loads(line) for line in (Path(__file__).parents[1] / "data" / "coding" / "rules.jsonl").open()]


def triple(event: Any) -> tuple[str | None, str | None, str]:
    """(source country, target country, root); IGO for international organizations."""

    def side(actor: Any) -> str | None:
        if actor is None:
            return None
        return actor.country or ("IGO" if (actor.code or "").startswith("IGO") else actor.code)

    return side(event.source), side(event.target), event.cameo_root


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_rule(case: dict[str, Any]) -> None:
    events = code_text(case["text"], date=date.fromisoformat(case["date"]))
    found = {triple(e) for e in events}
    expected = {tuple(t) for t in case["events"]}
    if not expected:
        assert not found, f"events where none should be: {found}"
    assert expected <= found, f"missing {expected - found}; found {found}"
    assert not {root for *_, root in found} & set(case.get("absent_roots", [])), found
    assert all(e.evidence["rule"] and e.evidence["trigger"] for e in events)
    if "location" in case:
        assert {e.location.name if e.location else None for e in events} == {case["location"]}
