"""Reading dyad's own tab-separated data files (packaged or a user's)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from dyad.errors import DictionaryError


def packaged(name: str) -> Path:
    """The path of a data file shipped in ``dyad/data``."""
    return Path(str(resources.files("dyad") / "data" / name))


def split_cell(cell: str) -> list[str]:
    """The ``|``-separated values of a cell, without empty ones."""
    return [value.strip() for value in cell.split("|") if value.strip()]


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by column name) for each data line; ``#`` lines are comments."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DictionaryError(f"{path}: cannot be read ({error})") from None
    header: list[str] | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [cell.strip() for cell in cells]
            continue
        cells += [""] * (len(header) - len(cells))
        yield number, dict(zip(header, (cell.strip() for cell in cells), strict=False))
