"""Readers: dyad's format, plain text, JSON Lines, HTML, folders, and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyad.errors import ReadError
from dyad.model import Article
from dyad.reading import read_inputs


def read(paths: list[Path], default: date | None = None) -> list[Article | ReadError]:
    return list(read_inputs([str(p) for p in paths], default))


def test_dyad_format_takes_date_from_first_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2025-05-15 \n\nKenya and Uganda signed a deal.\n", encoding="utf-8")
    [article] = read([path])
    assert isinstance(article, Article)
    assert article.date == date(2025, 5, 15)
    assert article.text.strip() == "Kenya and Uganda signed a deal."


def test_plain_text_takes_default_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Peru recalled its ambassador.", encoding="utf-8")
    [article] = read([path], date(2020, 1, 2))
    assert isinstance(article, Article) and article.date == date(2020, 1, 2)


def test_same_text_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Peru recalled its ambassador.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Peru recalled its ambassador.", encoding="utf-8")
    first, second = read([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert isinstance(first, Article) and isinstance(second, Article) and first.id == second.id


def test_jsonl_bad_line_is_named_and_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "x1", "date": "2024-01-02", "title": "T", "text": "Chile thanked Peru.", "url": "u"}\n'
        "{not json\n"
        '{"id": "x3", "text": "Cuba praised Mexico."}\n',
        encoding="utf-8",
    )
    items = read([path])
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    assert str(items[1]).startswith(f"{path}:2:")
    first = items[0]
    assert isinstance(first, Article) and first.id == "x1" and first.date == date(2024, 1, 2)
    assert first.title == "T" and first.url == "u"


def test_html_page_main_text_and_date(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>News</title><meta property='article:published_time' content='2023-04-05T10:00'>"
        "<script>var x = 1;</script></head><body><nav><p>Home</p></nav>"
        "<article><p>Ghana and Togo signed a border accord.</p><p>Officials said so.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    [article] = read([path])
    assert isinstance(article, Article)
    assert article.date == date(2023, 4, 5) and article.title == "News"
    assert article.text == "Ghana and Togo signed a border accord.\n\nOfficials said so."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty input"),
        (b"   \n\n", "empty input"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"date 2025-13-45\nText.", "is not a date"),
    ],
)
def test_bad_file_gives_read_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [item] = read([path])
    assert isinstance(item, ReadError) and reason in str(item) and str(path) in str(item)


def test_missing_file_and_folder_with_bad_file(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("Chile thanked Peru.", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "3.txt").write_text("Cuba praised Mexico.", encoding="utf-8")
    items = read([tmp_path, tmp_path / "missing.txt"])
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article", "ReadError"]
    assert "no such file" in str(items[-1])

