"""Turn the mentions inside one noun phrase into one actor code.

A person or organization names the actor outright (``Colombian President
Gustavo Petro`` -> COLGOV); a country combines with a role (``Colombian
police`` -> COLCOP); a role alone keeps its sector and no code; a mention
whose entries are not valid on the article's date keeps code null, unless it names a
person out of office, who is one of the country's elite (``COLELI``).
"""

from __future__ import annotations

from collections.abc import Sequence

from dyad.actors.entries import ActorEntry
from dyad.actors.matching import Mention
from dyad.model import Actor

RANK = {"person": 0, "organization": 1, "capital": 2, "country": 3, "former": 4}


def best_entry(mentions: Sequence[Mention]) -> ActorEntry | None:
    """The most specific valid entry among the mentions (persons first, then groups)."""
    entries = [entry for mention in mentions for entry in mention.entries[:1]]
    if not entries:
        return None
    return min(entries, key=lambda e: RANK.get(e.kind, 1 if len(e.code) > 3 else 3))


def split_code(code: str, countries: frozenset[str]) -> tuple[str | None, str | None]:
    """(country, sector) of a code: ``COLGOV`` -> (COL, GOV), ``IGOUNO`` -> (None, IGO)."""
    if code[:3] in countries:
        return code[:3], (code[3:6] or None)
    if code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return None, code[:3]
    return None, None


def compose(mentions: Sequence[Mention], text: str, countries: frozenset[str]) -> Actor | None:
    """The actor named by the mentions of one noun phrase, or None when none names one."""
    if not mentions:
        return None
    sector = next((m.sector for m in mentions if m.is_agent), None)
    entry = best_entry(mentions)
    if entry is None:
        named = any(not m.is_agent for m in mentions)
        return Actor(text=text, code=None, sector=sector) if named or sector else None
    code = entry.code
    if len(code) == 3 and code in countries and sector:
        code += sector
    country, own_sector = split_code(code, countries)
    found = "named" if country else None
    return Actor(text, code, country, own_sector, entry.name, country_from=found)
