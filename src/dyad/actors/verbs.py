"""dyad's verb dictionary: CAMEO verb patterns from ``verbs.tsv`` (and files in its format).

``verbs.tsv`` maps predicates (verbs and event nouns) to CAMEO codes; see
:class:`dyad.actors.entries.VerbPattern`. It is loaded with the other
dictionaries; :mod:`dyad.coding.patterns` indexes the patterns for the rules.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

from dyad.actors.entries import VerbPattern
from dyad.tsv import packaged, read_rows, split_cell


def verb_patterns(path: Path) -> Iterator[VerbPattern]:
    """The rows of a verb-pattern file."""
    for number, row in read_rows(path):
        yield VerbPattern(
            code=row["code"],
            lemma=row["lemma"].lower(),
            kind=row.get("kind") or "verb",
            particle=row.get("particle", "").lower(),
            objects=frozenset(split_cell(row.get("objects", "").lower())),
            origin=f"{path.name}:{number}",
        )


@functools.cache
def builtin_verbs() -> tuple[VerbPattern, ...]:
    """dyad's own verb patterns."""
    return tuple(verb_patterns(packaged("verbs.tsv")))
