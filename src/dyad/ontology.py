"""CAMEO event codes: names, Goldstein scores, quad classes and PLOVER types.

The table is ``data/cameo.tsv`` (one row per code, roots ``01``..``20`` and
every 3- and 4-digit code). Codes 01x (public statements) have no PLOVER
type; 02x (appeals) take the REQUEST type and mode of their 10x counterpart.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

# Indexed by quad class - 1.
QUAD_CLASS_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it means."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        """The two-digit root (``"05"`` for ``"057"``)."""
        return self.code[:2]

    @property
    def quad_name(self) -> str:
        """The quad class in words (``"verbal cooperation"``)."""
        return QUAD_CLASS_NAMES[self.quad_class - 1]

    @property
    def parent(self) -> str | None:
        """The code one level up (``"084"`` for ``"0841"``, ``"17"`` for ``"173"``), None for a root."""
        return self.code[:-1] if len(self.code) == 4 else self.root if len(self.code) == 3 else None


class Ontology:
    """All CAMEO codes, looked up by their code string."""

    def __init__(self, codes: Iterable[CameoCode]) -> None:
        # Sorted code strings put each root before its descendants, which is CAMEO's own order.
        self._codes = {entry.code: entry for entry in sorted(codes, key=lambda entry: entry.code)}

    def get(self, code: str) -> CameoCode:
        """The entry for ``code``; raises ``KeyError`` for a code CAMEO does not define."""
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code: {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        """Every code, in CAMEO order (each root followed by its descendants)."""
        return list(self._codes)

    def roots(self) -> list[str]:
        """The twenty two-digit roots."""
        return [code for code in self.codes() if len(code) == 2]

    def children(self, code: str) -> list[str]:
        """The codes directly below ``code`` (``"17"`` -> ``"170"``..``"175"``)."""
        return [child for child in self.codes() if self._codes[child].parent == code]


def _entry(row: dict[str, str]) -> CameoCode:
    return CameoCode(
        code=row["code"],
        name=row["name"],
        goldstein=float(row["goldstein"]),
        quad_class=int(row["quad_class"]),
        plover_type=row["plover_type"] or None,
        plover_mode=row["plover_mode"] or None,
    )


@functools.cache
def load_ontology() -> Ontology:
    """The packaged CAMEO table, read once."""
    text = resources.files("dyad").joinpath("data").joinpath("cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return Ontology([_entry(row) for row in rows])
