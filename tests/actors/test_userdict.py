"""dyad's own dictionary format: reading, problems, writing back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dyad.actors.entries import ActorEntry, AgentEntry, Dictionaries, VerbPattern
from dyad.actors.userdict import dump_user_dictionary, is_user_dictionary, load_user_dictionary
from dyad.errors import DictionaryError

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "dictionaries"
USER = DATA / "user.tsv"


def cases(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


def test_entries_of_every_kind() -> None:
    dictionaries, _ = load_user_dictionary(USER)
    petro = ActorEntry(
        "Gustavo Petro", "COLGOV", date(2022, 8, 7), None, "Gustavo Petro", f"{USER}:2", "person"
    )
    assert dictionaries.actors[0] == petro
    assert dictionaries.actors[2].end == date(2022, 8, 7)
    assert dictionaries.actors[1].phrase == "Francia Márquez"
    assert dictionaries.agents == (AgentEntry("riot police", "COP", f"{USER}:5"),)
    sign, meet, visit = dictionaries.verbs
    assert sign == VerbPattern("057", "sign", "verb", "", frozenset({"agreement", "deal"}), f"{USER}:6")
    assert (meet.lemma, meet.particle, meet.objects) == ("meet", "with", frozenset())
    assert (visit.kind, visit.code) == ("noun", "042")
    assert dictionaries.discards == ("China Daily",)


@pytest.mark.parametrize("case", cases("user_problems.jsonl"), ids=lambda case: str(case["line"]))
def test_malformed_lines_are_reported(case: dict[str, Any]) -> None:
    _, problems = load_user_dictionary(USER)
    assert any(p.startswith(f"{USER}:{case['line']}: ") and case["reason"] in p for p in problems)


def test_only_malformed_lines_are_reported() -> None:
    dictionaries, problems = load_user_dictionary(USER)
    assert len(problems) == len(cases("user_problems.jsonl"))
    assert len(dictionaries.actors) == 3


def test_round_trip(tmp_path: Path) -> None:
    first, _ = load_user_dictionary(USER)
    copy = tmp_path / "copy.tsv"
    copy.write_text(dump_user_dictionary(first), encoding="utf-8")
    second, problems = load_user_dictionary(copy)
    assert problems == []
    for kind in ("actors", "agents", "verbs"):
        strip = [{**vars(entry), "origin": ""} for entry in getattr(first, kind)]
        assert [{**vars(entry), "origin": ""} for entry in getattr(second, kind)] == strip
    assert second.discards == first.discards


def test_fields_with_tabs_cannot_be_written() -> None:
    with pytest.raises(DictionaryError, match="tab"):
        dump_user_dictionary(Dictionaries(discards=("China\tDaily",)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# dyad dictionary\n\nactor\tX\tCOL\n", True),
        ("discard\tChina Daily\n", True),
        ("XI_JINPING_\n\t[CHNGOV]\n", False),
        ("ACTOR X\n", False),
        ("", False),
    ],
)
def test_format_is_recognized(text: str, expected: bool) -> None:
    assert is_user_dictionary(text.splitlines()) is expected


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="cannot be read"):
        load_user_dictionary(tmp_path / "nothing.tsv")
