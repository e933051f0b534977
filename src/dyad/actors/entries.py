"""Dictionary entries: what every actor, agent and verb source loads into.

Built-in lexicons, PETRARCH/TABARI files and dyad's own dictionary files all
become these records, so resolution and coding never care where an entry
came from; ``origin`` ("file:line") says it for ``dyad explain``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ActorEntry:
    """A phrase naming an actor, and the code it has between two dates.

    ``kind`` says what the phrase names when known: ``person``, ``country``,
    ``capital``, ``organization``, ``former`` (a person out of office) or empty. ``role`` is a person's office
    (``head_of_state``...) when known, for titles such as ``Colombian president``.
    """

    phrase: str
    code: str
    start: date | None = None
    end: date | None = None
    name: str | None = None
    origin: str = ""
    kind: str = ""
    role: str = ""

    @property
    def is_person(self) -> bool:
        """Whether the entry names a person (``kind`` is ``person``, or ``former`` for one out of office)."""
        return self.kind in ("person", "former")

    def valid_on(self, day: date | None) -> bool:
        """Whether the entry holds on ``day`` (undated articles accept every entry)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class AgentEntry:
    """A word or phrase naming a role or sector (``police`` -> COP)."""

    phrase: str
    sector: str
    origin: str = ""


@dataclass(frozen=True)
class VerbPattern:
    """A predicate that codes to a CAMEO code.

    ``kind`` is ``verb`` (a clause's main verb) or ``noun`` (a nominal event
    such as ``visit``). ``particle`` is a particle or preposition that must
    attach to the predicate (``meet with``, ``step up``), empty for none.
    ``objects`` are lemmas one of which must head the direct object or the
    particle's object; empty accepts any object or none.
    """

    code: str
    lemma: str
    kind: str = "verb"
    particle: str = ""
    objects: frozenset[str] = frozenset()
    origin: str = ""

    @property
    def specificity(self) -> int:
        """Patterns that ask for more win over those that ask for less."""
        return 2 * bool(self.objects) + bool(self.particle) + self.lemma.count(" ")


@dataclass(frozen=True)
class Dictionaries:
    """Everything the coder looks up, from all sources, in priority order (first wins)."""

    actors: tuple[ActorEntry, ...] = ()
    agents: tuple[AgentEntry, ...] = ()
    verbs: tuple[VerbPattern, ...] = ()
    discards: tuple[str, ...] = ()
