"""All the dictionaries of a configuration: the user's first (they win), then the built-in ones."""

from __future__ import annotations

from dyad.actors.entries import Dictionaries
from dyad.actors.lexicon import builtin_dictionaries
from dyad.coding.patterns import builtin_verbs
from dyad.config import Config


def merge(parts: list[Dictionaries]) -> Dictionaries:
    """One set of dictionaries, earlier parts first."""
    return Dictionaries(
        actors=tuple(e for p in parts for e in p.actors), agents=tuple(e for p in parts for e in p.agents),
        verbs=tuple(e for p in parts for e in p.verbs), discards=tuple(e for p in parts for e in p.discards),
    )


def load_dictionaries(config: Config) -> Dictionaries:
    """The dictionaries a configuration asks for."""
    parts: list[Dictionaries] = []
    if config.builtin_dictionaries:
        builtin = builtin_dictionaries()
        parts.append(Dictionaries(builtin.actors, builtin.agents, builtin_verbs(), builtin.discards))
    return merge(parts)
