"""CAMEO verb patterns indexed for the rules, and intent constructions.

The patterns come from the verb dictionary (:mod:`dyad.actors.verbs`);
``intents.tsv`` maps intent words (``ready to``, ``pledge to``) and the root
of the intended act to a 03x or 13x code. See :class:`VerbPattern`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from dyad.actors.entries import VerbPattern
from dyad.tsv import packaged, read_rows


class PatternIndex:
    """Patterns by (kind, lemma), the most specific first; earlier sources win ties."""

    def __init__(self, patterns: Iterable[VerbPattern]) -> None:
        self.table: dict[tuple[str, str], list[VerbPattern]] = {}
        for pattern in patterns:
            self.table.setdefault((pattern.kind, pattern.lemma), []).append(pattern)
        for entries in self.table.values():
            entries.sort(key=lambda p: -p.specificity)

    def lookup(self, kind: str, lemma: str) -> list[VerbPattern]:
        """The patterns for a predicate lemma, most specific first."""
        return self.table.get((kind, lemma), [])

    def lemmas(self) -> set[str]:
        """Every predicate lemma with a pattern (for prefiltering)."""
        return {lemma for _, lemma in self.table}


@functools.cache
def intent_table() -> dict[tuple[str, str], str]:
    """(intent trigger, root of the intended act or ``*``) -> CAMEO code."""
    return {
        (row["trigger"].lower(), row["root"]): row["code"] for _, row in read_rows(packaged("intents.tsv"))
    }


def intent_code(trigger: str, act_code: str | None) -> str | None:
    """The code of ``trigger`` + an intended act (``ready to sign`` -> 031...)."""
    table = intent_table()
    root = act_code[:2] if act_code else "*"
    return table.get((trigger, root)) or table.get((trigger, "*"))
