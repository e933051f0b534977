"""One entry point for user dictionaries of either format."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.actors.entries import Dictionaries
from dyad.actors.loading import load_dictionaries, load_dictionary, merge
from dyad.errors import DictionaryError

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "dictionaries"


@pytest.mark.parametrize(
    ("name", "field", "count"),
    [
        ("user.tsv", "actors", 3),
        ("actors.txt", "actors", 17),
        ("agents.txt", "agents", 13),
        ("discards.txt", "discards", 3),
        ("verbs.txt", "verbs", 16),
    ],
)
def test_format_is_detected(name: str, field: str, count: int) -> None:
    dictionaries, _ = load_dictionary(DATA / name)
    assert len(getattr(dictionaries, field)) == count


def test_several_files_merge_in_order() -> None:
    merged, problems = load_dictionaries([DATA / "user.tsv", DATA / "actors.txt", DATA / "discards.txt"])
    assert merged.actors[0].phrase == "Gustavo Petro"
    assert merged.actors[-1].code == "IGOUNO"
    assert merged.discards == ("China Daily", "World Cup", "Manchester United", "Group A")
    assert problems and all(problem.startswith(f"{DATA / 'user.tsv'}:") for problem in problems)


def test_merge_keeps_one_copy_of_each_discard() -> None:
    merged = merge([Dictionaries(discards=("A", "B")), Dictionaries(discards=("B", "C"))])
    assert merged.discards == ("A", "B", "C")


def test_binary_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "dictionary.gz"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(DictionaryError, match="not a text file"):
        load_dictionary(path)


def test_legacy_encoding_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_bytes("discard\tS\xe3o Paulo Fashion Week\n".encode("latin-1"))
    dictionaries, problems = load_dictionary(path)
    assert dictionaries.discards == ("S\xe3o Paulo Fashion Week",)
    assert problems == [f"{path}: not UTF-8; read as Windows-1252/Latin-1"]
