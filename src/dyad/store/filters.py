"""Which stored events a query wants: one validated filter shared by the CLI and the API."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from dyad.errors import ConfigError

_ACTOR_CODE = re.compile(r"^[A-Z0-9]{1,40}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z0-9]{3}$")
_CAMEO = re.compile(r"^\d{1,4}$")
_PLOVER = re.compile(r"^[A-Z][A-Z_-]{1,39}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UPPERCASE = ("source", "target", "either", "country", "sector", "plover")


@dataclass(frozen=True)
class EventFilter:
    """Conditions on stored events; every one given must hold. Actor codes match as prefixes."""

    source: str | None = None
    target: str | None = None
    either: str | None = None
    country: str | None = None
    sector: str | None = None
    since: str | None = None
    until: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        for name in ("source", "target", "either"):
            _check(name, getattr(self, name), _ACTOR_CODE, "letters and digits, e.g. USAGOV")
        _check("country", self.country, _COUNTRY, "an ISO alpha-3 code, e.g. FRA")
        _check("sector", self.sector, _SECTOR, "a CAMEO agent code, e.g. GOV")
        _check("cameo", self.cameo, _CAMEO, "a CAMEO code or prefix of 1 to 4 digits, e.g. 05")
        _check("plover", self.plover, _PLOVER, "a PLOVER event type, e.g. AGREE")
        _check_dates(self.since, self.until)
        if self.quad_class is not None and not 1 <= self.quad_class <= 4:
            raise ConfigError(f"bad quad class {self.quad_class}: use 1, 2, 3 or 4")
        if self.text is not None and not self.text.split():
            raise ConfigError("the text to search for is empty")

    @classmethod
    def from_options(cls, **options: Any) -> EventFilter:
        """A filter from raw option values: None and blanks are left out, codes upper-cased."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, value in options.items():
            if name not in known:
                raise ConfigError(f"unknown filter {name!r}")
            if isinstance(value, str):
                value = value.strip().upper() if name in _UPPERCASE else value.strip()
            if value is not None and value != "":
                values[name] = value
        return cls(**values)

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (``?`` placeholders) and its parameters; ``1 = 1`` when empty."""
        clauses: list[str] = []
        params: list[Any] = []
        for clause, values in self._conditions():
            clauses.append(clause)
            params.extend(values)
        return (" AND ".join(clauses) or "1 = 1"), params

    def _conditions(self) -> list[tuple[str, list[Any]]]:
        found: list[tuple[str, list[Any] | None]] = [
            ("source_code LIKE ?", _prefix(self.source)),
            ("target_code LIKE ?", _prefix(self.target)),
            ("(source_code LIKE ? OR target_code LIKE ?)", _twice(_prefix(self.either))),
            ("(source_country = ? OR target_country = ?)", _twice(_one(self.country))),
            ("(source_sector = ? OR target_sector = ?)", _twice(_one(self.sector))),
            ("date >= ?", _one(self.since)),
            ("date <= ?", _one(self.until)),
            ("cameo LIKE ?", _prefix(self.cameo)),
            ("plover_type = ?", _one(self.plover)),
            ("quad_class = ?", _one(self.quad_class)),
        ]
        found.extend(("LOWER(sentence) LIKE ? ESCAPE '\\'", [_contains(word)]) for word in self._words())
        return [(clause, values) for clause, values in found if values is not None]

    def _words(self) -> list[str]:
        return self.text.split() if self.text else []


def _check(name: str, value: str | None, pattern: re.Pattern[str], expected: str) -> None:
    if value is not None and not pattern.match(value):
        raise ConfigError(f"bad {name} {value!r}: use {expected}")


def _check_dates(since: str | None, until: str | None) -> None:
    for name, value in (("since", since), ("until", until)):
        if value is None:
            continue
        try:
            if not _ISO_DATE.match(value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            raise ConfigError(f"bad {name} date {value!r}: use YYYY-MM-DD") from None
    if since and until and since > until:
        raise ConfigError(f"the period is empty: since {since} is after until {until}")


def _one(value: Any) -> list[Any] | None:
    return None if value is None else [value]


def _twice(values: list[Any] | None) -> list[Any] | None:
    return None if values is None else values * 2


def _prefix(code: str | None) -> list[Any] | None:
    # Codes hold only letters and digits (checked above), so they need no LIKE escaping.
    return None if code is None else [code + "%"]


def _contains(word: str) -> str:
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
