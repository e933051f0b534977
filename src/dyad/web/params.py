"""Query parameters of the API, turned into the store's validated filter."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from dyad.store import EventFilter


def event_filter(
    source: Annotated[str | None, Query(description="Source actor code or prefix, e.g. USA")] = None,
    target: Annotated[str | None, Query(description="Target actor code or prefix")] = None,
    either: Annotated[str | None, Query(description="Actor code or prefix, as source or target")] = None,
    country: Annotated[str | None, Query(description="ISO alpha-3 country of source or target")] = None,
    sector: Annotated[str | None, Query(description="CAMEO agent code of source or target, e.g. GOV")] = None,
    since: Annotated[str | None, Query(description="Events on or after this date, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="Events on or before this date, YYYY-MM-DD")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code or prefix, e.g. 05")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. AGREE")] = None,
    quad_class: Annotated[int | None, Query(description="Quad class, 1 to 4")] = None,
    text: Annotated[str | None, Query(description="Words that must all appear in the sentence")] = None,
) -> EventFilter:
    """The filter the request asks for; a bad value is a ConfigError (answered with 400)."""
    return EventFilter.from_options(
        source=source, target=target, either=either, country=country, sector=sector, since=since,
        until=until, cameo=cameo, plover=plover, quad_class=quad_class, text=text,
    )
