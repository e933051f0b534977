"""PETRARCH verb dictionaries: synonym sets, verb blocks, the patterns dyad can express."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from dyad.actors.petrarch import load_petrarch

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "dictionaries"
PHOENIX = ROOT / ".." / "shared" / "data" / "petrarch"
VERBS = DATA / "verbs.txt"


def cases(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


def keys(path: Path) -> set[tuple[str, str, str, frozenset[str], str]]:
    verbs = load_petrarch(path).dictionaries.verbs
    return {(p.code, p.lemma, p.particle, p.objects, p.origin) for p in verbs}


@pytest.mark.parametrize(
    "case", cases("verbs.jsonl"), ids=lambda case: f"{case['lemma']} {case['code']} {case['line']}"
)
def test_verb_patterns(case: dict[str, Any]) -> None:
    wanted = (
        case["code"],
        case["lemma"],
        case["particle"],
        frozenset(case["objects"]),
        f"{VERBS}:{case['line']}",
    )
    assert wanted in keys(VERBS)


def test_only_expressible_patterns_load() -> None:
    report = load_petrarch(VERBS)
    assert len(report.dictionaries.verbs) == 16
    assert report.skipped == 9
    assert all(pattern.kind == "verb" for pattern in report.dictionaries.verbs)
    assert not any(pattern.lemma.startswith("kidnapped") for pattern in report.dictionaries.verbs)


def test_a_verb_with_a_particle_takes_no_second_particle() -> None:
    assert not any(
        p.lemma == "send" and p.particle == "back" and p.code == "154"
        for p in load_petrarch(VERBS).dictionaries.verbs
    )


@pytest.mark.parametrize("case", cases("verbs_problems.jsonl"), ids=lambda case: str(case["line"]))
def test_verb_problems_have_file_and_line(case: dict[str, Any]) -> None:
    problems = load_petrarch(VERBS).problems
    assert any(p.startswith(f"{VERBS}:{case['line']}: ") and case["reason"] in p for p in problems)


def test_verb_problem_count() -> None:
    assert len(load_petrarch(VERBS).problems) == len(cases("verbs_problems.jsonl"))


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="the shared PETRARCH dictionaries are absent")
def test_cameo_verb_dictionary_loads() -> None:
    start = time.perf_counter()
    report = load_petrarch(PHOENIX / "CAMEO.2.0.txt")
    assert time.perf_counter() - start < 3
    verbs = report.dictionaries.verbs
    assert len(verbs) > 10000
    assert 500 < report.skipped < 3000
    assert len(report.problems) < 10
    signs = {(p.code, p.objects) for p in verbs if p.lemma == "sign" and not p.particle}
    assert ("057", frozenset({"accord", "agreement", "pact", "treaty"})) in signs
    assert any(p.lemma == "call" and p.particle == "off" and p.code == "160" and not p.objects for p in verbs)
