"""The data that flows through dyad: articles in, events out.

Field names of :class:`Event` (as written by :meth:`Event.to_dict`) are the
stable event contract of the command line and the API.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


def text_hash(text: str) -> str:
    """A short stable hash of a text, used as an article id when none is given."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One news article as read from its source."""

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> Article:
        """An article whose id, when not given, is a hash of its text."""
        fields.setdefault("id", text_hash(text))
        return cls(text=text, **fields)


@dataclass(frozen=True)
class Actor:
    """A mention resolved (or not) to a CAMEO-style actor code.

    ``code`` is the sector alone (``COP``) when the country is unknown;
    ``country_from`` says how the country was found: ``named`` (by the
    actor's own words: ``Iraqi police``, ``Mosul police``, a name in the
    lexicon), ``place`` (from the sentence: the place it names, or a country
    it names besides the actor), ``article`` (from the article: its
    dateline, the places and countries named before, the group named last),
    or None when there is no country.
    """

    text: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    country_from: str | None = None


@dataclass(frozen=True)
class Location:
    """A place named in the event's sentence: ``admin1`` is its first-level region (state, province)
    when known, ``precision`` what the coordinates stand for (``city``, ``region`` or ``country``)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    admin1: str | None = None
    precision: str | None = None


@dataclass(frozen=True)
class Plover:
    """PLOVER event type and mode."""

    type: str | None
    mode: str | None = None


@dataclass(frozen=True)
class Event:
    """One coded event, with everything needed to audit it."""

    event_id: str
    article_id: str
    date: str | None
    article_date: str | None
    sentence_index: int
    sentence: str
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover: Plover
    location: Location | None = None
    quote: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The event as a plain JSON-ready dict with the contract's field names."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Rebuild an event from :meth:`to_dict` output."""
        values = dict(data)
        values["source"] = Actor(**values["source"])
        values["target"] = Actor(**values["target"]) if values.get("target") else None
        values["plover"] = Plover(**values["plover"])
        values["location"] = Location(**values["location"]) if values.get("location") else None
        return cls(**values)
