"""dyad's built-in actor lexicon: countries, leaders, organizations, agents.

The facts live in ``dyad/data/actors/*.tsv`` (see the README there); this
module turns them into :class:`ActorEntry` and :class:`AgentEntry` records.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dyad.actors.entries import ActorEntry, AgentEntry, Dictionaries
from dyad.tsv import packaged, read_rows, split_cell


def optional_date(value: str) -> date | None:
    """An ISO date, or None for an empty cell."""
    return date.fromisoformat(value) if value else None


def country_entries(path: Path) -> Iterator[ActorEntry]:
    """Names, aliases and adjectives name the country; capitals and seats its government."""
    for number, row in read_rows(path):
        code, origin = row["code"], f"{path.name}:{number}"
        for phrase in [row["name"], *split_cell(row["aliases"]), *split_cell(row["adjectives"])]:
            yield ActorEntry(phrase, code, name=row["name"], origin=origin, kind="country")
        for phrase in split_cell(row["capitals"]) + split_cell(row["seats"]):
            yield ActorEntry(phrase, code + "GOV", name=row["name"], origin=origin, kind="capital")


def leader_entries(path: Path) -> Iterator[ActorEntry]:
    """Each leader's name and aliases, valid over the term."""
    for number, row in read_rows(path):
        start, end = optional_date(row["start"]), optional_date(row["end"])
        for phrase in [row["name"], *split_cell(row["aliases"])]:
            yield ActorEntry(
                phrase,
                row["country"] + "GOV",
                start,
                end,
                row["name"],
                f"{path.name}:{number}",
                "person",
                row["role"],
            )


def organization_entries(path: Path) -> Iterator[ActorEntry]:
    """International organizations, regions and non-state groups."""
    for number, row in read_rows(path):
        for phrase in [row["name"], *split_cell(row["aliases"])]:
            yield ActorEntry(
                phrase, row["code"], name=row["name"], origin=f"{path.name}:{number}", kind="organization"
            )


def agent_entries(path: Path) -> Iterator[AgentEntry]:
    """Role and sector words (``police`` -> COP)."""
    for number, row in read_rows(path):
        yield AgentEntry(row["phrase"].lower(), row["sector"], origin=f"{path.name}:{number}")


def variant_entries(path: Path, canon: dict[str, list[ActorEntry]]) -> Iterator[ActorEntry]:
    """Noisy forms (machine translation, transliteration) of phrases already in the lexicon."""
    for number, row in read_rows(path):
        for entry in canon.get(row["canonical"].casefold(), []):
            yield ActorEntry(
                row["variant"],
                entry.code,
                entry.start,
                entry.end,
                entry.name,
                f"{path.name}:{number}",
                entry.kind,
            )


@functools.cache
def builtin_dictionaries() -> Dictionaries:
    """The built-in lexicon, loaded once per process (leaders first: they are the most specific)."""
    folder = packaged("actors")
    actors = [
        *leader_entries(folder / "leaders.tsv"),
        *organization_entries(folder / "organizations.tsv"),
        *country_entries(folder / "countries.tsv"),
    ]
    canon: dict[str, list[ActorEntry]] = {}
    for entry in actors:
        canon.setdefault(entry.phrase.casefold(), []).append(entry)
    actors += variant_entries(folder / "variants.tsv", canon)
    return Dictionaries(actors=tuple(actors), agents=tuple(agent_entries(folder / "agents.tsv")))


@functools.cache
def country_codes() -> frozenset[str]:
    """The ISO alpha-3 codes of the lexicon's countries and territories."""
    return frozenset(row["code"] for _, row in read_rows(packaged("actors") / "countries.tsv"))
