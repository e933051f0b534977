"""What the coder remembers while it reads one article, sentence by sentence.

A new context per article keeps the coder a pure function of (article,
configuration): nothing carries over from one article to the next.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace

from dyad.actors.entries import ActorEntry
from dyad.model import Actor, Location

# Where news may write the family name first (Xi Jinping, Yoon Suk Yeol, Kim Jong Un; but
# Lawrence Wong, John Lee): both ends of the name are taken there.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP"})


# Sectors of the named groups ``the group`` points back to.
NON_STATE_GROUPS = frozenset({"REB", "INS", "UAF", "OPP", "PTY", "RAD", "CRM", "NGO"})
# Cities that stand for the bodies seated there once an article has named them.
SEATS = {"brussels": ("IGOEUREEC", "IGOWSTNAT"), "geneva": ("IGOUNOHRC",), "vienna": ("IGOUNOIAE",)}


# Kinds of act a state protests when they befall its people: force, coercion, sanctions, threats.
COERCIVE_KINDS = frozenset({"violence", "17", "16", "15", "13"})


# Codes of the acts a deal, a truce or an exchange can name: agreeing to cooperate, to meet or to
# yield, signing, releasing people, a truce.
ACCORD_CODES = ("030", "031", "032", "035", "036", "057", "0841", "087")
# Nouns that point back to an accord of the article (``welcomed the deal``) and to both its parties.
ACCORD_NOUNS = frozenset({
    "deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire", "exchange", "swap", "plan",
    "arrangement", "settlement", "understanding",
})


def act_kind(code: str) -> str:
    """The kind of an act for back-references: its CAMEO root, with assault, fighting and mass violence
    one kind (``the attack`` points back to an assault coded 180 or a battle coded 190)."""
    return "violence" if code[:2] >= "18" else code[:2]


def surnames(phrase: str, country: str | None) -> list[str]:
    """The names a person is called by alone, after a full mention."""
    parts = phrase.split()
    if len(parts) < 2:
        return []
    return [parts[0], parts[-1]] if country in FAMILY_NAME_FIRST else [parts[-1]]


@dataclass
class ArticleContext:
    """Persons named so far (for surnames and pronouns), countries named or placed so far (for ``the
    two sides`` and for roles with no country of their own), the dateline (where events with no place
    of their own happen), named groups by sector (for ``the rebels``) and who did each kind of act
    coded so far (for ``condemned the attack``)."""

    surnames: dict[str, ActorEntry] = field(default_factory=dict)
    dateline: Location | None = None
    acts: list[tuple[str, Actor]] = field(default_factory=list)
    accords: list[tuple[Actor, Actor]] = field(default_factory=list)
    parties: tuple[Actor, Actor] | None = None
    bodies: dict[str, Actor] = field(default_factory=dict)
    last_group: Actor | None = None
    last_person: Actor | None = None
    countries: dict[str, tuple[int, int, Actor]] = field(default_factory=dict)
    groups: dict[str, Actor] = field(default_factory=dict)

    def saw(self, actor: Actor, entry: ActorEntry | None) -> None:
        """Remember an actor just named (and, for ``the rebels``, the last group of each sector)."""
        if actor.code and actor.sector and actor.code != f"{actor.country}{actor.sector}":
            self.groups[actor.sector] = actor
            self.last_group = actor if actor.sector in NON_STATE_GROUPS else self.last_group
        if actor.code and actor.code.startswith("IGO"):
            self.bodies.setdefault(actor.code, actor)
        if entry is not None and entry.is_person:
            self.last_person = actor
            for name in surnames(entry.phrase, actor.country):
                self.surnames.setdefault(name, entry)
        if actor.country:
            self.count(actor.country, actor)

    def saw_place(self, place: Location | None) -> None:
        """Remember the country of a place the article names (``Mosul`` counts for Iraq)."""
        if place is not None and place.country:
            self.count(place.country, Actor(place.name, place.country, place.country, country_from="place"))

    def count(self, country: str, actor: Actor) -> None:
        """One more mention of a country (``actor`` stands for it if it is the first)."""
        count, _, first = self.countries.get(country, (0, 0, actor))
        self.countries[country] = (count + 1, len(self.countries) + count, first)

    def saw_act(self, code: str, source: Actor, target: Actor | None = None) -> None:
        """Remember who did an act just coded, and its kind (:func:`act_kind`); the two sides of the
        first act between two actors are the article's two parties."""
        self.acts.append((act_kind(code), source))
        if target is None or not target.code or source.code == target.code:
            return
        if code.startswith(ACCORD_CODES):
            self.accords.append((source, target))
        self.parties = self.parties or (source, target)

    def doer(self, code: str, besides: Collection[str | None] = ()) -> Actor | None:
        """Who did the last act of the kind of ``code`` in the article so far, leaving out actors of
        the countries ``besides`` (a state condemning an attack condemns the other side's)."""
        return self.last_doer({act_kind(code)}, besides)

    def accord_parties(self, besides: Collection[str | None] = ()) -> list[Actor]:
        """Both parties of the last accord of the article (``welcomed the deal``), leaving out those of
        the countries ``besides``."""
        parties = self.accords[-1] if self.accords else ()
        return [party for party in parties if party.country not in besides]

    def last_doer(self, kinds: Collection[str], besides: Collection[str | None] = ()) -> Actor | None:
        """Who did the last act of one of ``kinds`` so far, of none of the countries ``besides``."""
        done = (actor for kind, actor in reversed(self.acts) if kind in kinds)
        return next((actor for actor in done if actor.country not in besides), None)

    def seated(self, seat: str) -> Actor | None:
        """The body a seat of power stands for in an article that has named it (``Brussels`` for the
        EU, then NATO), else None."""
        return next((self.bodies[code] for code in SEATS.get(seat.lower(), ()) if code in self.bodies), None)

    def ranked(self) -> list[Actor]:
        """The countries named so far, the most named first (the later named first among equals)."""
        ranked = sorted(self.countries.values(), key=lambda value: (-value[0], -value[1]))
        return [actor for *_, actor in ranked]

    def pair(self, text: str) -> list[Actor]:
        """The article's two parties (``the two sides``), as ``text``: the two sides of its first act
        between two actors, else the two countries it names most."""
        if self.parties is not None:
            return [replace(party, text=text, country_from="article") for party in self.parties]
        return [
            Actor(text, actor.country, actor.country, None, actor.country, "article")
            for actor in self.ranked()[:2]
        ]

    def home(self, excluded: Collection[str | None]) -> str | None:
        """The country the article is about, as far as it has been read: the one it names most,
        leaving out ``excluded`` (the other side of an event is never its own actors' home)."""
        return next((a.country for a in self.ranked() if a.country not in excluded), None)
