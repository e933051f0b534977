"""Find actor and agent mentions in a sentence with one Aho-Corasick automaton.

Matching is case- and accent-insensitive (``Bogota`` = ``Bogotá``, ``XI`` =
``Xi``), leftmost-longest, on word boundaries, with one guard against common
words: a dictionary phrase written with a capital needs a capital in the
text, and an all-capital acronym needs capitals (``US`` is not ``us``).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

import ahocorasick

from dyad.actors.entries import ActorEntry, AgentEntry, Dictionaries
from dyad.actors.offices import Offices


@functools.cache
def fold_char(char: str) -> str:
    """One character, lowercased and without accents, still one character."""
    base = [c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)]
    lowered = "".join(base).lower() if base else char.lower()
    return lowered[0] if lowered else char


def fold(text: str) -> str:
    """The text folded character by character, so offsets stay the same."""
    if text.isascii():
        # Most text is ASCII, where folding is lowercasing: one C call instead of a call per character.
        return text.lower()
    return "".join(fold_char(c) for c in text)


def normal_phrase(phrase: str) -> str:
    """A dictionary phrase folded, with single spaces."""
    return fold(" ".join(phrase.replace("_", " ").split()))


def case_fits(phrase: str, found: str) -> bool:
    """Whether the text's capitals fit the phrase's (see the module docstring)."""
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return all(c.isupper() for c in found if c.isalpha())
    if phrase[:1].isupper():
        return found[:1].isupper()
    return True


def at_word_boundary(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is neither preceded nor followed by a letter or digit."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


@dataclass(frozen=True)
class Mention:
    """A span of the sentence that names an actor (``entries``) or a role (``sector``)."""

    start: int
    end: int
    text: str
    entries: tuple[ActorEntry, ...] = ()
    sector: str | None = None

    @property
    def is_agent(self) -> bool:
        return self.sector is not None


Entry = ActorEntry | AgentEntry


def former(entries: tuple[ActorEntry, ...], day: date | None) -> tuple[ActorEntry, ...]:
    """A person out of office on ``day`` (after a term, or between two) is one of the country's elite
    (CAMEO ``ELI``): ``Duterte`` after 2022 is PHLELI, not the Philippine government; any other
    name in the phrase (``UN Secretary-General Antonio Guterres``) says more."""
    if day is None:
        return ()
    ended = [(e.end, e) for e in entries if e.kind == "person" and e.end is not None and e.end < day]
    if not ended or len({e.code[:3] for _, e in ended}) != 1:
        return ()
    until, last = max(ended, key=lambda pair: pair[0])
    return (replace(last, code=f"{last.code[:3]}ELI", start=until, end=None, kind="former"),)


class Matcher:
    """Finds the mentions of a set of dictionaries in text."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        self.automaton = ahocorasick.Automaton()
        table: dict[str, list[Entry]] = {}
        phrases: tuple[Entry, ...] = (*dictionaries.actors, *dictionaries.agents)
        for entry in phrases:
            key = normal_phrase(entry.phrase)
            if key:
                table.setdefault(key, []).append(entry)
        for key, entries in table.items():
            self.automaton.add_word(key, (len(key), tuple(entries)))
        if table:
            self.automaton.make_automaton()
        self.empty = not table
        self.offices = Offices(dictionaries.actors)

    def candidates(self, text: str, day: date | None) -> list[Mention]:
        """Every dictionary match on word boundaries whose case fits."""
        found: list[Mention] = []
        if self.empty:
            return found
        for last, (length, entries) in self.automaton.iter(fold(text)):
            start, end = last - length + 1, last + 1
            if at_word_boundary(text, start, end):
                mention = self.mention(text[start:end], start, end, entries, day)
                if mention:
                    found.append(mention)
        return found

    def mention(
        self, found: str, start: int, end: int, entries: tuple[Entry, ...], day: date | None
    ) -> Mention | None:
        """The mention made by entries whose case fits, actors first."""
        fitting = [e for e in entries if case_fits(e.phrase.replace("_", " "), found)]
        actors = tuple(e for e in fitting if isinstance(e, ActorEntry))
        if actors:
            valid = tuple(e for e in actors if e.valid_on(day)) or former(actors, day)
            return Mention(start, end, found, valid)
        agents = [e for e in fitting if isinstance(e, AgentEntry)]
        return Mention(start, end, found, sector=agents[0].sector) if agents else None

    def find(self, text: str, day: date | None) -> list[Mention]:
        """Leftmost-longest mentions that do not overlap, in text order; titles resolved to office-holders."""
        chosen: list[Mention] = []
        for mention in sorted(self.candidates(text, day), key=lambda m: (m.start, m.start - m.end)):
            if not chosen or mention.start >= chosen[-1].end:
                chosen.append(mention)
        return self.offices.resolve(text, fold(text), chosen, day)
