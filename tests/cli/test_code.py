"""``dyad code`` as a user runs it: output formats, and bad input without tracebacks."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

GOOD = "date 2024-06-03\n\nFrance and Germany signed a defence agreement on Monday in Paris.\n"


def run(dyad_cmd: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([dyad_cmd, *args], input=stdin, capture_output=True, timeout=300)


def assert_one_line_error(done: subprocess.CompletedProcess[bytes], *words: str) -> None:
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("dyad: error:") for line in lines)
    for word in words:
        assert word in err


def test_jsonl_events_for_a_good_file(tmp_path: Path, dyad_cmd: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    done = run(dyad_cmd, "code", str(path))
    assert done.returncode == 0, done.stderr.decode()
    events = [json.loads(line) for line in done.stdout.decode().splitlines()]
    pairs = {(e["source"]["country"], e["target"]["country"], e["cameo"]) for e in events}
    assert {("FRA", "DEU", "057"), ("DEU", "FRA", "057")} <= pairs
    assert all(e["date"] == "2024-06-03" and e["evidence"]["rule"] for e in events)


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_other_formats(tmp_path: Path, dyad_cmd: str, fmt: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    done = run(dyad_cmd, "code", str(path), "--format", fmt)
    assert done.returncode == 0
    out = done.stdout.decode()
    assert "057" in out and "DEU" in out


def test_stdin_with_date(dyad_cmd: str) -> None:
    done = run(
        dyad_cmd, "code", "-", "--date", "2024-06-03", stdin=b"Japan and India signed a trade agreement."
    )
    assert done.returncode == 0
    assert {json.loads(line)["cameo"] for line in done.stdout.decode().splitlines()} == {"057"}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ["empty input"]),
        (b"\x00\x01binary\x00", ["binary file"]),
        (b"Peru \xff\xfe thanked Chile.", ["not valid UTF-8"]),
        (b"date 2024-02-31\nPeru thanked Chile.", ["is not a date"]),
        (b"word " * 2_000_000, ["no sentence end"]),
    ],
)
def test_bad_file(tmp_path: Path, dyad_cmd: str, content: bytes, words: list[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert_one_line_error(run(dyad_cmd, "code", str(path)), str(path), *words)


def test_missing_file(tmp_path: Path, dyad_cmd: str) -> None:
    assert_one_line_error(run(dyad_cmd, "code", str(tmp_path / "nope.txt")), "no such file")


def test_bad_date_option_is_usage_error(dyad_cmd: str) -> None:
    done = run(dyad_cmd, "code", "-", "--date", "yesterday", stdin=b"Text.")
    assert done.returncode == 2 and "Traceback" not in done.stderr.decode()


def test_bad_items_among_good_ones(tmp_path: Path, dyad_cmd: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.txt").write_text(GOOD, encoding="utf-8")
    (folder / "2.txt").write_bytes(b"\xff\xfe")
    (folder / "3.jsonl").write_text(
        '{"id": "a", "date": "2024-06-03", "text": "Japan and India signed a trade agreement."}\n{oops\n',
        encoding="utf-8",
    )
    done = run(dyad_cmd, "code", str(folder))
    assert_one_line_error(done, "2.txt", "3.jsonl:2")
    articles = {json.loads(line)["article_id"] for line in done.stdout.decode().splitlines()}
    assert len(articles) == 2 and "a" in articles
