"""Where an event happened: the places a sentence names, and the dateline of an article.

A capitalised name is a place only with a cue around it (see :func:`find_places`),
and never as a part of a longer capitalised name: ``San Giacomo``, ``Plaza Italia``
and ``New Mexico`` are not Mali, Italy and Mexico. Names are looked up in
:mod:`dyad.enrich.gazetteer` (countries, regions, cities of GeoNames).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from dyad.enrich.gazetteer import (
    CITY_KINDS,
    REGION_KINDS,
    REGION_OVER_CITY,
    Gazetteer,
    Place,
    lookup,
    name_key,
    placed_in,
    places,
)
from dyad.model import Location
from dyad.tsv import packaged, read_rows, split_cell

__all__ = ["dateline", "find_location", "find_places", "gazetteer", "lookup"]

# A word of a name: ``Mosul``, ``al-Anbar``, ``d'Ivoire``, ``U.S.``; words joined inside one name.
WORD = r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-|[dl]['’])?[A-Z][\w'’.-]*"
JOINER = r"(?:de|da|do|dos|das|del|di|du|des|la|las|los|le|el|al|es|ed|ez|upon)"
RUN = re.compile(rf"{WORD}(?:[^\S\n]+(?:{JOINER}[^\S\n]+)?{WORD})*")
# Two names joined by these make one name when the gazetteer knows it (``Jammu and Kashmir``).
MERGE = frozenset({" and ", " & ", " of ", " of the ", " and the "})

KINDS = REGION_KINDS | CITY_KINDS | {"district", "area"}
# Nouns of a part of a place: ``the streets of Jalandhar``, ``Kabul's western outskirts``.
AREAS = KINDS | frozenset({
    "streets", "street", "districts", "outskirts", "suburbs", "suburb", "centre", "center", "heart", "parts",
    "part", "areas", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "villages", "towns",
    "cities", "coast", "capital", "port", "enclave", "environs", "provinces", "regions", "states",
})  # fmt: skip
PREPOSITION = r"(?:in|at|near|outside|inside|into|within|through|across|throughout|around|towards?|between)"
ADJECTIVE = (
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|downtown|rural|coastal|restive|greater"
    r"|neighbou?ring|occupied|rebel-held|government-held|war-torn)"
)
LEAD = rf"(?:(?:the|a|an)\s+)?(?:(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(AREAS))})\s+of\s+(?:the\s+)?)?"
LOCATIVE = re.compile(rf"\b{PREPOSITION}\s+{LEAD}(?:{ADJECTIVE}\s+)?$", re.IGNORECASE)
OF_HEAD = re.compile(r"([A-Za-z][\w'’-]*)\s+of\s+(?:the\s+)?$")
LIST = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
AFTER = re.compile(r"[^\S\n]+([a-z][\w'’-]*)(?:[^\S\n]+([a-z][\w'’-]*))?(?:[^\S\n]+([a-z][\w'’-]*))?")
COMMA = re.compile(r",[^\S\n]*")
CONTINUES = re.compile(r"[^\S\n]*(?:,[^\S\n]*|[^\S\n]+(?:and|or)[^\S\n]+)[A-Z]")
POSSESSIVE = re.compile(r"['’]s?$")
ABBREVIATION = re.compile(r"(?:^|[\s.])\w\.$")
# Capitalised at a sentence's start only because they start it: ``In Mosul,``, ``The Mosul police``.
OPENERS = frozenset({
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "the", "a", "an",
    "but", "and", "or", "yet", "so", "meanwhile", "elsewhere", "later", "earlier", "then", "also", "when",
    "while", "after", "before", "as", "since", "although", "though", "if", "on", "by", "for", "with",
    "during", "until", "last", "this", "that", "these", "those", "some", "many", "most", "all", "several",
    "both", "from", "off",
})  # fmt: skip
LOCATIVE_OPENERS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "between"}
)
# Roles after a name that is more often a company's or an outlet's than a place's (``Fars news agency``).
NAMING_SECTORS = frozenset({"BUS", "MED", "PTY"})
# A person's one-word name is a place by a role or a possessive only when it names a city this big.
PERSON_OR_CITY = 500_000
ACRONYM = re.compile(r"[A-Z]{2,4}")
SENTENCE_START = re.compile(r"[\s\"'“‘(\[—–-]*")


@dataclass(frozen=True)
class Vocabulary:
    """The words the finder reads around a name, from dyad's data files."""

    roles: frozenset[str]
    plain_roles: frozenset[str]
    not_places: frozenset[str]
    people: frozenset[str]


@functools.cache
def vocabulary() -> Vocabulary:
    """Role nouns (``data/actors/agents.tsv``; the plain ones without those of companies, media and
    parties), words that are not places, and people's one-word names."""
    agents = [row for _, row in read_rows(packaged("actors") / "agents.tsv")]
    roles = frozenset(row["phrase"].lower() for row in agents)
    naming = frozenset(row["phrase"].lower() for row in agents if row["sector"] in NAMING_SECTORS)
    words = {name_key(row["name"]) for _, row in read_rows(packaged("places") / "not_places.tsv")}
    organizations = {
        name_key(name)
        for _, row in read_rows(packaged("actors") / "organizations.tsv")
        for name in [row["name"], *split_cell(row["aliases"])]
    }
    adjectives = {
        name_key(a)
        for _, row in read_rows(packaged("actors") / "countries.tsv")
        for a in split_cell(row["adjectives"])
    }
    not_places = frozenset(words | organizations | adjectives | roles)
    return Vocabulary(roles, roles - naming, not_places, person_names())


def person_names() -> frozenset[str]:
    """One-word names of the people in dyad's lexicon (``Clinton``, ``Warren``): a town of that name
    is not a place by a role or possessive alone (``Clinton's aides``)."""
    names: set[str] = set()
    for _, row in read_rows(packaged("actors") / "leaders.tsv"):
        names.update(
            name_key(a) for a in [row["name"].split()[-1], *split_cell(row["aliases"])] if " " not in a
        )
    return frozenset(names)


@functools.cache
def gazetteer() -> dict[str, Location]:
    """Place names (lookup keys, lower case) -> the place each stands for alone."""
    table = places()
    keys = {*table.countries, *table.regions, *table.cities, *table.alternates} - vocabulary().not_places
    return {key: location for key in keys if (location := table.find(key))}


@dataclass(frozen=True)
class Name:
    """A capitalised name of a sentence: its text and span, a cue its own words give, and a kind word."""

    text: str
    start: int
    end: int
    cue: str | None = None
    kind: str | None = None


@dataclass
class Finder:
    """The places of one sentence, read name by name from left to right."""

    sentence: str
    prefer: frozenset[str]
    table: Gazetteer = field(default_factory=places)
    words: Vocabulary = field(default_factory=vocabulary)
    found: list[Location] = field(default_factory=list)
    last_end: int = -1

    def places(self) -> list[Location]:
        names = merged(self.sentence, spans(self.sentence))
        start = SENTENCE_START.match(self.sentence)
        first = start.end() if start else 0
        for index, (begin, end) in enumerate(names):
            if begin >= self.last_end:
                after = names[index + 1] if index + 1 < len(names) else None
                self.read(begin, end, begin == first, after)
        return list(dict.fromkeys(self.found))

    def read(self, begin: int, end: int, at_start: bool, after: tuple[int, int] | None) -> None:
        """Adds the place at [begin, end) if it is one; the first reading the gazetteer knows decides."""
        for name in readings(self.sentence, begin, end, at_start, self.words):
            located = self.locate(name)
            if located is not None:
                self.accept(name, located, after)
                return

    def locate(self, name: Name) -> Location | None:
        """The place a name stands for here; an acronym (``UN``) names no town."""
        if name_key(name.text) in self.words.not_places:
            return None
        location = lookup(
            name.text, self.prefer, name.kind or self.kind_before(name) or self.kind_after(name.end)
        )
        if location and location.precision == "city" and ACRONYM.fullmatch(name.text):
            return None
        return location

    def accept(self, name: Name, location: Location, after: tuple[int, int] | None) -> None:
        """Adds a located name when a cue makes it a place; ``after`` is the next name's span."""
        pair = self.pair(name, after)
        if pair is not None and after is not None:
            self.add(pair, after[1])
        elif location.precision == "country" and self.role_at(self.words_after(name.end)):
            return  # a country before a role names an actor: ``outside the U.S. consulate``
        elif self.strong(name) or (self.weak(name) and self.may_be_weak(name.text, location)):
            self.add(location, name.end)

    def add(self, location: Location, end: int) -> None:
        self.found.append(location)
        self.last_end = end

    def kind_before(self, name: Name) -> str | None:
        """The kind word before ``of``: ``the city of Kherson``, ``the province of Baghdad``."""
        head = OF_HEAD.search(self.sentence[max(0, name.start - 40) : name.start])
        return head.group(1).lower() if head and head.group(1).lower() in KINDS else None

    def kind_after(self, end: int) -> str | None:
        """The kind word right after a name: ``Borno state``, ``Mosul city``."""
        match = AFTER.match(self.sentence, end)
        return match.group(1) if match and match.group(1) in KINDS else None

    def strong(self, name: Name) -> bool:
        """A cue that makes any place of the gazetteer one: a locative preposition, a kind word, a part
        of a place (``the streets of``), a list that goes on from a place."""
        before = self.sentence[max(0, name.start - 90) : name.start]
        if name.cue in ("locative", "kind") or self.kind_after(name.end) or LOCATIVE.search(before):
            return True
        head = OF_HEAD.search(before)
        if head and head.group(1).lower() in AREAS:
            return True
        return self.last_end >= 0 and LIST.fullmatch(self.sentence, self.last_end, name.start) is not None

    def weak(self, name: Name) -> bool:
        """A cue that makes a town or region a place but not a country, nor a person's name: a role
        noun after it (``Mosul police``) or before ``of`` (``the governor of Lagos``), a possessive."""
        if name.cue == "role":
            return True
        head = OF_HEAD.search(self.sentence[max(0, name.start - 40) : name.start])
        if head and head.group(1).lower() in self.words.plain_roles:
            return True
        possessive = self.sentence.startswith(("'s", "’s"), name.end)
        words = self.words_after(name.end + 2 * possessive)
        if possessive:
            return any(w in AREAS or w in self.words.roles for w in words)
        return self.role_at(words)

    def words_after(self, end: int) -> list[str]:
        """Up to three lower-case words right after a position."""
        match = AFTER.match(self.sentence, end)
        return [w for w in match.groups() if w] if match else []

    def role_at(self, words: list[str]) -> bool:
        """Whether the words after a name start with a role noun (one to three words)."""
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            if phrase in self.words.roles:
                return phrase in self.words.plain_roles
        return False

    def may_be_weak(self, text: str, location: Location) -> bool:
        """Whether a weak cue may make a place of this one: not a country, nor a person's name unless
        it is a region's or a large city's."""
        if location.precision == "country":
            return False
        key = name_key(text)
        if key not in self.words.people or self.table.regions.get(key):
            return True
        return any(p.population >= PERSON_OR_CITY for p in self.table.cities.get(key, []))

    def pair(self, name: Name, after: tuple[int, int] | None) -> Location | None:
        """``Santa Fe, Texas``, ``Maiduguri, Borno state``: a place followed by the region or country
        that holds it, the pair read as one place."""
        comma = COMMA.match(self.sentence, name.end)
        if after is None or comma is None or comma.end() != after[0]:
            return None
        holder = readings(self.sentence, after[0], after[1], False, self.words)
        return next((p for n in holder if (p := self.held(name, n)) is not None), None)

    def held(self, name: Name, holder: Name) -> Location | None:
        """The place a name stands for inside the region or country a holder names, if it holds it."""
        key = name_key(name.text)
        if key in self.table.countries:
            return None
        for container in self.table.containers(
            name_key(holder.text), holder.kind or self.kind_after(holder.end)
        ):
            inside = self.table.within(key, container)
            if inside is not None:
                return inside
            if self.namesake(key, container, holder):
                return placed_in(name.text, container)
        return None

    def namesake(self, key: str, container: Place, holder: Name) -> bool:
        """A town GeoNames lacks, in a region it knows (``Santa Fe, Texas``): not when the name is a
        region or a large city of the same country, and not in a list (``Mosul, Kirkuk and Tikrit``)."""
        country = container.location.country
        known = [*self.table.regions.get(key, []), *self.table.cities.get(key, [])]
        if any(p.location.country == country and p.population >= REGION_OVER_CITY for p in known):
            return False
        if any(p.location.country == country and p.location.precision == "region" for p in known):
            return False
        return CONTINUES.match(self.sentence, holder.end) is None and container.location.precision == "region"


def spans(text: str) -> list[tuple[int, int]]:
    """The spans of the capitalised names of a text, without a sentence's closing full stop."""
    out = []
    for match in RUN.finditer(text):
        name = match.group()
        cut = name.endswith(".") and not ABBREVIATION.search(name)
        out.append((match.start(), match.end() - cut))
    return out


def merged(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name spans, with neighbours joined by ``and`` or ``of`` made one where the gazetteer knows the
    whole (``Jammu and Kashmir``, ``Democratic Republic of the Congo``)."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and sentence[out[-1][1] : span[0]] in MERGE:
            joined = sentence[out[-1][0] : span[1]]
            if lookup(joined) is not None:
                out[-1] = (out[-1][0], span[1])
                continue
        out.append(span)
    return out


def readings(sentence: str, begin: int, end: int, at_start: bool, words: Vocabulary) -> list[Name]:
    """The ways to read a capitalised name, best first: the whole name; at a sentence's start, the
    name without its opening word (``In Mosul``); the name before a kind word or a role noun in it
    (``Lagos State Governor``, ``New York Police Department``)."""
    text = sentence[begin:end]
    clean = POSSESSIVE.sub("", text)
    whole = Name(clean, begin, begin + len(clean))
    tokens = [(m.start() + begin, m.group()) for m in re.finditer(r"\S+", clean)]
    out = [whole]
    if at_start and len(tokens) > 1 and tokens[0][1].lower() in OPENERS:
        cue = "locative" if tokens[0][1].lower() in LOCATIVE_OPENERS else None
        rest = Name(sentence[tokens[1][0] : whole.end], tokens[1][0], whole.end, cue)
        out += [rest, *inner(sentence, rest, tokens[1:], words)]
    return out + inner(sentence, whole, tokens, words)


def inner(sentence: str, name: Name, tokens: list[tuple[int, str]], words: Vocabulary) -> list[Name]:
    """The part of a name before a kind word (``Kano State``) or a role noun (``Mosul Police``), when
    what follows that word is nothing, a role or a person's name (not ``Golden State Warriors``)."""
    for index in range(1, len(tokens)):
        word = tokens[index][1].lower()
        rest = tokens[index + 1][1].lower() if index + 1 < len(tokens) else None
        prefix_end = tokens[index - 1][0] + len(tokens[index - 1][1])
        if word in KINDS and (rest is None or rest in words.roles):
            return [Name(sentence[name.start : prefix_end], name.start, prefix_end, "kind", word)]
        if word in words.plain_roles:
            return [Name(sentence[name.start : prefix_end], name.start, prefix_end, "role")]
    return []


def find_places(sentence: str, prefer: Collection[str] = ()) -> list[Location]:
    """Every place the sentence names, in order. A name counts with a cue:

    - a locative preposition before it, in any case (``in Mosul``, ``In Mosul,`` at the start,
      ``near the northern city of Kano``, ``in several districts of Mosul``);
    - a part of a place before it (``the streets of Jalandhar``, ``the outskirts of Kabul``);
    - a kind word after it (``Borno state``, ``Mosul city``, ``Kano State``), which also picks the
      region or the city of the name;
    - a role noun after it or before ``of`` (``Mosul police``, ``Lagos state governor``,
      ``the mayor of Kabul``) or a possessive (``Mosul's mayor``): towns and regions only, as a
      country there names an actor (``Kenya's president``), and not a person's one-word name;
    - the region or country that holds it after a comma (``Santa Fe, Texas``, ``Maiduguri,
      Borno state``), the pair read as one place;
    - a list that goes on from a place (``in Kabul, Kandahar and Herat``).

    Words that start a sentence (``Police``, ``May``) and a place inside a longer capitalised name
    never count. ``prefer`` holds the article's countries (ISO alpha-3): a town of one of them wins
    over a namesake elsewhere.
    """
    return list(places_in(sentence, frozenset(prefer)))


@functools.lru_cache(maxsize=4096)
def places_in(sentence: str, prefer: frozenset[str]) -> tuple[Location, ...]:
    """:func:`find_places`, remembered: the prefilter, the rules and the article's context each ask
    for the places of the same sentences."""
    return tuple(Finder(sentence, prefer).places())


def find_location(sentence: str, prefer: Collection[str] = ()) -> Location | None:
    """The first place the sentence names (see :func:`find_places`)."""
    found = find_places(sentence, prefer)
    return found[0] if found else None


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
GAP = r"[^\S\n]"
DATELINE = re.compile(
    rf"[\s\"'“‘]*(?P<place>{WORD}(?:{GAP}+(?:{JOINER}{GAP}+)?{WORD}){{0,3}})"
    rf"(?:,{GAP}*(?!{MONTH}{GAP}+\d)(?P<holder>{WORD}(?:{GAP}+{WORD}){{0,2}})"
    rf"(?:{GAP}+(?P<kind>state|province|region|county|governorate))?)?"
    rf"(?:,{GAP}*{MONTH}{GAP}+\d{{1,2}}(?:,?{GAP}+\d{{4}})?)?"
    rf"{GAP}*(?P<agency>\([^()\n]{{1,40}}\))?{GAP}*(?P<dash>--|[-–—])?"
)


def dateline(text: str) -> Location | None:
    """The place of a wire dateline at the start of an article or of one of its first lines:
    ``NAIROBI, Kenya (Reuters) -``, ``MOSUL, Iraq, March 3 (AP) —``, ``Kabul (AFP) -``, ``BEIJING -``,
    ``Maiduguri, Borno state, May 3 -``. The place must be followed by an agency or a dash, or be
    written in capitals and followed by the region or country that holds it."""
    lines = [line for line in text.splitlines() if line.strip()][:3]
    for line in lines:
        match = DATELINE.match(line)
        found = dateline_place(line, match) if match else None
        if found is not None:
            return found
    return None


def dateline_place(line: str, match: re.Match[str]) -> Location | None:
    """The place of a dateline match, read with the region or country after it."""
    place = match.group("place")
    if name_key(place) in vocabulary().not_places:
        return None
    finder = Finder(line, frozenset())
    name = Name(place, match.start("place"), match.end("place"))
    held = None
    if match.group("holder"):
        holder = Name(
            match.group("holder"), match.start("holder"), match.end("holder"), None, match.group("kind")
        )
        held = finder.held(name, holder)
    ended = bool(match.group("agency") or match.group("dash"))
    if held is not None and (ended or place.isupper()):
        return held
    return lookup(place) if ended else None
