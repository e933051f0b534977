"""The coder's public entry points."""

from __future__ import annotations

import pytest

import dyad


def test_code_text_takes_an_iso_date_string() -> None:
    events = dyad.code_text("Peru and Chile signed a fisheries agreement on Monday.", date="2024-03-06")
    assert {e.date for e in events} == {"2024-03-04"}
    with pytest.raises(dyad.DyadError, match="not a date"):
        dyad.code_text("Peru thanked Chile.", date="2024-02-31")
