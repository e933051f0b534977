"""PETRARCH/TABARI actor, agent and discard files, small fixtures and the Phoenix set."""

from __future__ import annotations

import json
import time
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from dyad.actors.dictfile import LoadReport, read_lines
from dyad.actors.petrarch import load_petrarch, petrarch_date, petrarch_kind, plural_of
from dyad.errors import DictionaryError

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "dictionaries"
PHOENIX = ROOT / ".." / "shared" / "data" / "petrarch"
needs_phoenix = pytest.mark.skipif(not PHOENIX.is_dir(), reason="the shared PETRARCH dictionaries are absent")


def cases(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


@cache
def loaded(path: Path) -> LoadReport:
    return load_petrarch(path)


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@pytest.mark.parametrize("case", cases("actors.jsonl"), ids=lambda case: case["phrase"] + " " + case["code"])
def test_actor_entries(case: dict[str, Any]) -> None:
    path = DATA / "actors.txt"
    wanted = (case["phrase"], case["code"], day(case["start"]), day(case["end"]), case["name"])
    found = [entry for entry in loaded(path).dictionaries.actors if entry.phrase == case["phrase"]]
    assert wanted in [(e.phrase, e.code, e.start, e.end, e.name) for e in found]
    assert {entry.origin for entry in found} == {f"{path}:{case['line']}"}


def test_actor_file_loads_every_pair_and_nothing_else() -> None:
    report = loaded(DATA / "actors.txt")
    assert report.problems == []
    assert len(report.dictionaries.actors) == 17
    assert not any("Another" in entry.phrase for entry in report.dictionaries.actors)


def test_dated_codes_come_before_the_undated_fallback() -> None:
    codes = [
        (e.code, e.start)
        for e in loaded(DATA / "actors.txt").dictionaries.actors
        if e.phrase == "Nursultan Nazarbayev"
    ]
    assert codes[-1] == ("KAZELI", None)
    assert {code for code, _ in codes[:-1]} == {"KAZGOV", "KAZELI"}


@pytest.mark.parametrize(
    ("kind", "fixture"),
    [("actors", "actors_malformed"), ("agents", "agents_malformed")],
)
def test_malformed_lines_are_reported_with_file_and_line(kind: str, fixture: str) -> None:
    path = DATA / f"{fixture}.txt"
    report = load_petrarch(path)
    expected = cases(f"{fixture}.jsonl")
    assert len(report.problems) == len(expected)
    for case in expected:
        prefix = f"{path}:{case['line']}: "
        assert any(p.startswith(prefix) and case["reason"] in p for p in report.problems), case


def test_malformed_actor_file_still_loads_the_good_lines() -> None:
    actors = load_petrarch(DATA / "actors_malformed.txt").dictionaries.actors
    assert {entry.phrase for entry in actors} == {"Kazakhstan", "Shymkent", "Atyrau"}
    assert [entry.start for entry in actors if entry.phrase == "Atyrau"] == [date(1999, 12, 31)]


@pytest.mark.parametrize("case", cases("agents.jsonl"), ids=lambda case: case["phrase"])
def test_agent_entries(case: dict[str, Any]) -> None:
    path = DATA / "agents.txt"
    agents = loaded(path).dictionaries.agents
    assert (case["phrase"], case["sector"], f"{path}:{case['line']}") in [
        (a.phrase, a.sector, a.origin) for a in agents
    ]


def test_agent_file_has_no_other_entries() -> None:
    report = loaded(DATA / "agents.txt")
    assert report.problems == []
    assert len(report.dictionaries.agents) == len(cases("agents.jsonl"))


def test_discards_drop_comments_and_story_markers() -> None:
    report = loaded(DATA / "discards.txt")
    assert report.dictionaries.discards == ("World Cup", "Manchester United", "Group A")


@pytest.mark.parametrize(
    ("fixture", "kind"),
    [("actors", "actors"), ("agents", "agents"), ("discards", "discards"), ("verbs", "verbs")],
)
def test_kind_is_told_from_content(fixture: str, kind: str) -> None:
    path = DATA / f"{fixture}.txt"
    assert petrarch_kind(path, read_lines(path)[0]) == kind


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("681031", date(1968, 10, 31)),
        ("080401", date(2008, 4, 1)),
        ("300101", date(2030, 1, 1)),
        ("310101", date(1931, 1, 1)),
        ("20121115", date(2012, 11, 15)),
    ],
)
def test_petrarch_dates(digits: str, expected: date) -> None:
    assert petrarch_date(digits) == expected


@pytest.mark.parametrize("digits", ["9008223", "201005011", "20121301", "1920030320"])
def test_bad_petrarch_dates(digits: str) -> None:
    with pytest.raises(ValueError, match="bad date"):
        petrarch_date(digits)


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("farmer", "farmers"),
        ("embassy", "embassies"),
        ("boss", "bosses"),
        ("congressman", "congressmen"),
        ("riot police", "riot polices"),
        ("attorney", "attorneys"),
        ("f-16", ""),
    ],
)
def test_regular_plurals(phrase: str, plural: str) -> None:
    assert plural_of(phrase) == plural


def test_unreadable_files_raise(tmp_path: Path) -> None:
    binary = tmp_path / "actors.bin"
    binary.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)))
    for path in (tmp_path / "missing.txt", tmp_path, binary):
        with pytest.raises(DictionaryError, match=str(path)):
            load_petrarch(path)


def test_issue_coding_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "issues.txt"
    path.write_text('<ISSUE CATEGORY="EDUCATION" TYPE="ALL">\nn:teacher [TEACHERS]\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="issue-coding"):
        load_petrarch(path)


def test_latin1_file_loads_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_bytes("COTE_D'IVOIRE_ [CIV]\n+C\xd4TE_D'IVOIRE_\n".encode("latin-1"))
    report = load_petrarch(path)
    assert [entry.phrase for entry in report.dictionaries.actors] == ["Cote D'Ivoire", "C\xf4te D'Ivoire"]
    assert report.problems == [f"{path}: not UTF-8; read as Windows-1252/Latin-1"]


PHOENIX_FILES = [
    ("Phoenix.Countries.actors.txt", "actors", 30000),
    ("Phoenix.International.actors.txt", "actors", 5000),
    ("Phoenix.MilNonState.actors.txt", "actors", 1000),
    ("Phoenix.agents.txt", "agents", 2000),
    ("Phoenix.discards.txt", "discards", 400),
]


@needs_phoenix
@pytest.mark.parametrize(("name", "field", "least"), PHOENIX_FILES)
def test_phoenix_files_load(name: str, field: str, least: int) -> None:
    start = time.perf_counter()
    report = loaded(PHOENIX / name)
    assert time.perf_counter() - start < 3
    assert len(getattr(report.dictionaries, field)) >= least
    assert len(report.problems) < 20
    assert all(problem.startswith(f"{PHOENIX / name}:") for problem in report.problems)


@needs_phoenix
@pytest.mark.parametrize(
    "case", cases("phoenix_actors.jsonl"), ids=lambda case: f"{case['phrase']} {case['code']}"
)
def test_phoenix_actor_entries(case: dict[str, Any]) -> None:
    actors = loaded(PHOENIX / case["file"]).dictionaries.actors
    wanted = (case["phrase"], case["code"], day(case["start"]), day(case["end"]), case["name"])
    assert wanted in [(e.phrase, e.code, e.start, e.end, e.name) for e in actors]


@needs_phoenix
@pytest.mark.parametrize(
    "case", cases("phoenix_problems.jsonl"), ids=lambda case: f"{case['file']}:{case['line']}"
)
def test_phoenix_problems_are_found(case: dict[str, Any]) -> None:
    problems = loaded(PHOENIX / case["file"]).problems
    prefix = f"{PHOENIX / case['file']}:{case['line']}: "
    assert any(p.startswith(prefix) and case["reason"] in p for p in problems)
