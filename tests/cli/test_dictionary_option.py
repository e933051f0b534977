"""``--dictionary`` and ``--no-builtin-dictionaries``: user dictionaries in dyad's and PETRARCH's format."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from dyad.cli import main

PETRARCH = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "petrarch"
MEETING = "Xi Jinping met Gustavo Petro in Beijing."
DAY = "2025-05-14"


def code(text: str, *options: str) -> Result:
    """``dyad code -`` on a text with the options."""
    return CliRunner().invoke(main, ["code", "-", "--date", DAY, *options], input=text)


def events(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def write(folder: Path, name: str, *lines: str) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def source_codes(result: Result) -> set[str]:
    return {event["source"]["code"] for event in events(result)}


def triples(found: list[dict[str, Any]], field: str = "cameo") -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO code or root) of events."""
    return {(e["source"]["code"], e["target"]["code"], e[field]) for e in found}


def test_builtin_codes_without_user_dictionary() -> None:
    assert source_codes(code(MEETING)) == {"CHNGOV"}


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("user.tsv", "actor\tXi Jinping\tCHNPTY\t\t\tXi Jinping\tperson"),
        ("actors.txt", "XI_JINPING_  [CHNPTY]"),
    ],
    ids=["dyad", "petrarch"],
)
def test_user_actor_overrides_builtin(tmp_path: Path, name: str, line: str) -> None:
    path = write(tmp_path, name, line)
    [event] = events(code(MEETING, "--dictionary", str(path)))
    assert event["source"]["code"] == "CHNPTY"
    assert event["target"]["code"] == "COLGOV", "built-in entries still resolve the rest"


def test_user_verb_pattern_overrides_builtin(tmp_path: Path) -> None:
    path = write(tmp_path, "verbs.tsv", "# dyad dictionary", "verb\t043\tmeet")
    [event] = events(code(MEETING, "--dictionary", str(path)))
    assert event["cameo"] == "043"
    assert event["evidence"]["pattern"] == f"{path}:2"


def test_no_builtin_dictionaries_uses_only_the_user_ones(tmp_path: Path) -> None:
    path = write(
        tmp_path, "mine.tsv", "actor\tXi Jinping\tCHNGOV", "actor\tGustavo Petro\tCOLGOV", "verb\t040\tmeet"
    )
    text = f"{MEETING} France met Germany in Paris."
    found = events(code(text, "--no-builtin-dictionaries", "--dictionary", str(path)))
    assert triples(found) == {("CHNGOV", "COLGOV", "040")}
    assert events(code(text))[-1]["source"]["country"] == "FRA", "the built-ins know France"


def test_no_builtin_dictionaries_needs_a_dictionary() -> None:
    result = code(MEETING, "--no-builtin-dictionaries")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("dyad: error:") and len(result.stderr.strip().splitlines()) == 1


def test_malformed_lines_are_warned_and_the_rest_loads(tmp_path: Path, dyad_cmd: str) -> None:
    mine = write(
        tmp_path, "mine.tsv", "# dyad dictionary", "actor\tXi Jinping\tCHNPTY",
        "actor\tPetro\tCOLGOV\t2022-13-01", "acter\tBogota\tCOLGOV",
    )
    theirs = write(
        tmp_path, "theirs.txt", "GUSTAVO_PETRO_ [COLOPP]", "BROKEN_ACTOR_ [COL 2022-1-1]", "LI_QIANG_ [chn]"
    )
    done = subprocess.run(
        [dyad_cmd, "code", "-", "--date", DAY, "--dictionary", str(mine), "--dictionary", str(theirs)],
        input=MEETING.encode(), capture_output=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    warnings = done.stderr.decode().splitlines()
    assert all(line.startswith("dyad: warning: ") for line in warnings)
    places = {line.removeprefix("dyad: warning: ").split(": ")[0] for line in warnings}
    assert places == {f"{mine}:3", f"{mine}:4", f"{theirs}:2", f"{theirs}:3"}
    [event] = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert (event["source"]["code"], event["target"]["code"]) == ("CHNPTY", "COLOPP")


def test_explain_names_the_user_entry(tmp_path: Path) -> None:
    path = write(tmp_path, "user.tsv", "# dyad dictionary", "actor\tXi Jinping\tCHNPTY")
    args = ["explain", MEETING, "--date", DAY, "--dictionary", str(path), "--format", "json"]
    result = CliRunner().invoke(main, args)
    [sentence] = json.loads(result.stdout)["sentences"]
    xi = next(m for m in sentence["mentions"] if m["text"] == "Xi Jinping")
    assert (xi["code"], xi["origin"]) == ("CHNPTY", f"{path}:2")


@pytest.mark.skipif(not PETRARCH.is_dir(), reason="the PETRARCH dictionaries are not at hand")
def test_all_petrarch_dictionaries_code_a_sentence() -> None:
    verbs = PETRARCH / "CAMEO.2.0.txt"
    files = [*sorted(PETRARCH.glob("*.actors.txt")), PETRARCH / "Phoenix.agents.txt", verbs]
    options = [option for path in files for option in ("--dictionary", str(path))]
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow."
    args = ["code", "-", "--date", "2015-05-08", "--no-builtin-dictionaries", *options]
    result = CliRunner().invoke(main, args, input=text)
    found = events(result)
    assert ("RUSGOV", "CHNGOV", "04") in triples(found, "cameo_root")
    assert all(e["evidence"]["pattern"].startswith(f"{verbs}:") for e in found)
    warnings = result.stderr.splitlines()
    assert all(line.startswith("dyad: warning: ") and str(PETRARCH) in line for line in warnings)
