"""Shared reading of dictionary files: phrases, comments, encodings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyad.actors.dictfile import read_lines, readable, strip_comment
from dyad.errors import DictionaryError

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "dictionaries"
READABLE = [
    json.loads(line) for line in (DATA / "readable.jsonl").read_text(encoding="utf-8").splitlines() if line
]


@pytest.mark.parametrize("case", READABLE, ids=lambda case: case["raw"])
def test_readable_phrases(case: dict[str, str]) -> None:
    assert readable(case["raw"]) == case["readable"]


@pytest.mark.parametrize(
    ("line", "markers", "expected"),
    [
        ("SCRAP {SCRAPS};shan 8/30/93", "#;", "SCRAP {SCRAPS}"),
        ("XI_  # CountryInfo.txt", "#", "XI_"),
        ("A;B # c", "#", "A;B"),
        ("# all comment", "#;", ""),
    ],
)
def test_strip_comment(line: str, markers: str, expected: str) -> None:
    assert strip_comment(line, markers) == expected


def test_utf8_with_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffKAZAKHSTAN_ [KAZ]\n".encode())
    assert read_lines(path) == (["KAZAKHSTAN_ [KAZ]"], [])


def test_control_bytes_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x01\x02\x03\x04" * 100 + b"\xff")
    with pytest.raises(DictionaryError, match="not a text file"):
        read_lines(path)
