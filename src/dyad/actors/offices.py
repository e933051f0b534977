"""A title next to a country names whoever holds that office on the article's date.

``the Colombian president`` is Gustavo Petro on 2025-05-15 and Iván Duque on
2020-05-15. Three forms are read: a country adjective or name before the
title (``Colombian president``), a possessive (``Colombia's president``) and
the title ``of`` a country (``president of the United States``). The titles
and the roles they name are ``dyad/data/actors/titles.tsv``; the holders are
the person entries that carry a role (``leaders.tsv``).

Nothing is resolved where the text itself points elsewhere: a name right
after the title decides by itself (``Colombian President Iván Duque``), and
so does a word such as ``former`` before the phrase (``title_modifiers.tsv``).
After ``of`` the country must be a name ending the phrase: ``the president of
the Colombian senate`` is not the head of state.
Nor where the day cannot tell one holder: an undated article, or an office
shared that day (co-presidents). On a handover day the incoming holder wins.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from dyad.actors.entries import ActorEntry
from dyad.tsv import packaged, read_rows, split_cell

if TYPE_CHECKING:
    from dyad.actors.matching import Mention

# A capitalized word right after the title is a name (``President Iván Duque``); a hyphen
# makes another title (``president-elect``).
NAME_AFTER = re.compile(r"[-\u2010\u2011]|,?\s+[A-Z\u00c0-\u00de]")
WORD_BEFORE = re.compile(r"(\w+)[\s\-\u2010\u2011]*$")
POSSESSIVE = re.compile(r"['\u2019]s\b")


@dataclasses.dataclass(frozen=True)
class Title:
    """A title (lowercase), the role it names, and the countries it is limited to (none: all)."""

    phrase: str
    role: str
    countries: frozenset[str]
    origin: str


@functools.cache
def titles() -> tuple[Title, ...]:
    """The titles of ``titles.tsv``, rows limited to some countries first."""
    path = packaged("actors") / "titles.tsv"
    found = [
        Title(row["title"].lower(), row["role"], frozenset(split_cell(row["countries"])), f"{path.name}:{n}")
        for n, row in read_rows(path)
    ]
    return tuple(sorted(found, key=lambda title: not title.countries))


@functools.cache
def modifiers() -> frozenset[str]:
    """Words before a title that point away from the holder of the day (``former``)."""
    return frozenset(row["word"].lower() for _, row in read_rows(packaged("actors") / "title_modifiers.tsv"))


@functools.cache
def adjectives() -> frozenset[str]:
    """The demonyms of countries.tsv, which after ``of`` modify another noun (``of the Colombian senate``)."""
    rows = read_rows(packaged("actors") / "countries.tsv")
    return frozenset(adjective.casefold() for _, row in rows for adjective in split_cell(row["adjectives"]))


@functools.cache
def title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(title after a country, title before ``of`` a country), on folded text."""
    phrases = sorted({title.phrase for title in titles()}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    after = re.compile(rf"(?:['\u2019]s)?\s+({alternatives})(?!\w)")
    before = re.compile(rf"(?<!\w)({alternatives})\s+of\s+(?:the\s+)?$")
    return after, before


class Offices:
    """The holders of each (country, role) over time, and the title phrases that name them."""

    def __init__(self, actors: Iterable[ActorEntry]) -> None:
        self.holders: dict[tuple[str, str], list[ActorEntry]] = {}
        for entry in actors:
            if entry.role and entry.is_person and entry.phrase == entry.name:
                self.holders.setdefault((entry.code[:3], entry.role), []).append(entry)

    def role(self, phrase: str, country: str) -> str | None:
        """The role a title names in a country."""
        wanted = " ".join(phrase.split())
        fitting = (t for t in titles() if t.phrase == wanted and (not t.countries or country in t.countries))
        return next((t.role for t in fitting), None)

    def holder(self, country: str, role: str, day: date) -> ActorEntry | None:
        """The one holder of the office on the day (the incoming one on a handover day)."""
        valid = [entry for entry in self.holders.get((country, role), []) if entry.valid_on(day)]
        if len(valid) > 1:
            valid = [entry for entry in valid if entry.end != day]
        return valid[0] if len(valid) == 1 else None

    def resolve(self, text: str, folded: str, mentions: Sequence[Mention], day: date | None) -> list[Mention]:
        """The mentions, with each title next to a country made one mention of the holder."""
        found = list(mentions)
        if day is None or not self.holders:
            return found
        for mention in mentions:
            office = self.office(text, folded, mention, day)
            if office is not None:
                found = [m for m in found if m.end <= office.start or office.end <= m.start] + [office]
        return sorted(found, key=lambda m: m.start)

    def office(self, text: str, folded: str, mention: Mention, day: date) -> Mention | None:
        """The office-holder named by a country mention and a title around it, if any."""
        country = country_of(mention)
        span = title_span(folded, mention) if country else None
        if country is None or span is None:
            return None
        start, end, phrase = span
        role = self.role(phrase, country)
        holder = self.holder(country, role, day) if role else None
        if holder is None or NAME_AFTER.match(text, end) or self.modified(folded, start):
            return None
        return dataclasses.replace(mention, start=start, end=end, text=text[start:end], entries=(holder,))

    def modified(self, folded: str, start: int) -> bool:
        """Whether a word such as ``former`` comes right before the phrase."""
        word = WORD_BEFORE.search(folded[:start])
        return bool(word and word.group(1) in modifiers())


def country_of(mention: Mention) -> str | None:
    """The country code a mention names outright (a country name or adjective), else None."""
    first = mention.entries[0] if mention.entries else None
    return first.code if first is not None and first.kind == "country" else None


def title_span(folded: str, mention: Mention) -> tuple[int, int, str] | None:
    """(start, end, title) of a title right after or right before (``of``) the country."""
    after, before = title_patterns()
    found = after.match(folded, mention.end)
    if found:
        return mention.start, found.end(), found.group(1)
    found = before.search(folded, 0, mention.start)
    if found and mention.text.casefold() not in adjectives() and not POSSESSIVE.match(folded, mention.end):
        return found.start(), mention.end, found.group(1)
    return None
