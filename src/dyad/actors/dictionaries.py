"""All the dictionaries of a configuration: the user's first (they win), then the built-in ones."""

from __future__ import annotations

from dyad.actors.entries import Dictionaries
from dyad.actors.lexicon import builtin_dictionaries
from dyad.actors.loading import load_dictionaries as load_files
from dyad.actors.loading import merge
from dyad.actors.verbs import builtin_verbs
from dyad.config import Config


def load_dictionaries(config: Config) -> tuple[Dictionaries, list[str]]:
    """The dictionaries a configuration asks for, and the problems found in the user's files."""
    user, problems = load_files(config.dictionaries)
    parts = [user]
    if config.builtin_dictionaries:
        builtin = builtin_dictionaries()
        parts.append(Dictionaries(builtin.actors, builtin.agents, builtin_verbs(), builtin.discards))
    return merge(parts), problems
