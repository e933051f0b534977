"""Events from a sentence's predicates: the pattern that fits a predicate, and the events of its
sources and targets under CAMEO's conventions (targets at home, reciprocal acts, violence by actor).

:class:`EventMaker` holds what every rule of :mod:`dyad.coding.extract` and
:mod:`dyad.coding.force` shares: :meth:`EventMaker.match` finds a predicate's
pattern, :meth:`EventMaker.make` turns (sources, targets, code) into
:class:`Coded` events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dyad.actors.entries import VerbPattern
from dyad.actors.matching import Mention
from dyad.coding.arguments import ArgumentReader
from dyad.coding.context import COERCIVE_KINDS, ArticleContext
from dyad.coding.conventions import (
    COERCE_ROOT,
    DOMESTIC_CODES,
    EXCHANGING,
    FIGHTING,
    FORCE_ROOT,
    HOME_ROOTS,
    KILLING,
    MASS_COUNT,
    MASS_WORDS,
    OFFICIAL_COMPLAINT,
    PERSON_OBJECT,
    PLACE_OBJECT,
    PLACE_TARGET_ROOTS,
    PRIVATE_SECTORS,
    RECIPROCAL_ROOTS,
    RELEASE_CODE,
    STATE_HOME_ROOTS,
    STREET_PROTEST_CODES,
    UNDIRECTED_ROOTS,
    VIOLENCE_ROOT,
    WEAPON_WORDS,
    battle,
    citizens_against_own_country,
    equipment,
    number_at_least,
    other_side,
    own_government,
    people_of,
    political_without_country,
    violence_code,
)
from dyad.coding.patterns import PatternIndex
from dyad.coding.syntax import (
    children,
    conjuncts,
    direct_objects,
    lemmas,
    np_tokens,
    prep_objects,
    when,
)
from dyad.enrich.places import lookup
from dyad.model import Actor

# Prepositions whose object is the place an act takes, enters or leaves (``withdrew from Kidal``);
# others say where it happens (``captured two men in Kano``) or to whom (``handed back to Nigeria``).
PLACE_PREPS = {"from", "into", "of", "out"}


@dataclass(frozen=True)
class Coded:
    """An event as the rules find it, before dates, places and the ontology are added."""

    source: Actor
    target: Actor | None
    code: str
    trigger: str
    trigger_offset: int
    rule: str
    pattern: str
    quote: str | None


class EventMaker(ArgumentReader):
    """Patterns matched and events made for one sentence."""

    def __init__(
        self, sent: Span, mentions: Sequence[Mention], context: ArticleContext, countries: frozenset[str],
        patterns: PatternIndex,
    ) -> None:
        super().__init__(sent, mentions, context, countries)
        self.patterns = patterns
        self.consumed: set[int] = set()
        self.untargeted: list[Coded] = []

    def match(self, token: Token, kind: str = "verb") -> VerbPattern | None:
        """The most specific pattern whose particle and objects the token has; a noun with the word
        before it first (``air strike``, ``suicide bombing``); a named place as an object matches the
        object word ``@place`` (``captured Kidal``, ``regained control of the centre of Tikrit``), a
        named person ``@person`` (``received Hakan Fidan``). The
        direct object decides the sense before other objects do (``seized a US citizen from his home
        in a village`` is an abduction, not the taking of a village)."""
        lemma = token.lemma_.lower()
        before = [c for c in token.children if c.i == token.i - 1 and c.dep_ in ("compound", "amod")]
        compound = [p for c in before for p in self.patterns.lookup(kind, f"{c.lower_} {lemma}")]
        patterns = compound + self.patterns.lookup(kind, lemma)
        if not patterns:
            return None
        particles = {
            c.lower_
            for c in token.children
            if c.dep_ in ("prt", "prep", "agent", "dative", "advmod") and not when(c)
        }
        fitting = [p for p in patterns if not p.particle or p.particle in particles]
        direct = direct_objects(token) + children(token, "nsubjpass")
        by_direct = next((p for p in fitting if p.objects and p.objects & self.object_words(direct)), None)
        moved = [o for _, o in prep_objects(token, PLACE_PREPS)]
        objects = lemmas(self.object_heads(token)) | self.place_word(direct + moved)
        objects |= self.person_word(direct)
        return by_direct or next((p for p in fitting if not p.objects or p.objects & objects), None)

    def object_words(self, heads: list[Token]) -> set[str]:
        """The lemmas of objects' phrases, ``@place`` when one of them names a place and ``@person``
        when one names a person."""
        return lemmas(heads) | self.place_word(heads) | self.person_word(heads)

    def person_word(self, heads: list[Token]) -> set[str]:
        """``{@person}`` when an object names a person the dictionaries know (``received Hakan
        Fidan``)."""
        named = [e for m in self.mentions_in(heads) for e in m.entries[:1]]
        return {PERSON_OBJECT} if any(e.is_person for e in named) else set()

    def place_word(self, heads: list[Token]) -> set[str]:
        """``{@place}`` when an object, or what it is ``of`` (``control of the centre of Tikrit``), is a
        named place."""
        chains = heads + [o for h in heads for _, o in prep_objects(h, {"of"})]
        chains += [o for h in chains for _, o in prep_objects(h, {"of"})]
        return {PLACE_OBJECT} if any(self.is_place(o) for o in chains) else set()

    def is_place(self, head: Token) -> bool:
        """Whether a noun-phrase head names a place: a country or a place the gazetteer knows."""
        if head.pos_ != "PROPN":
            return False
        if any(e.kind == "country" for m in self.mentions_in([head]) for e in m.entries[:1]):
            return True
        words = [t.text for t in np_tokens(head) if t.pos_ == "PROPN"]
        return lookup(" ".join(words), self.context.countries) is not None

    def object_heads(self, token: Token) -> list[Token]:
        """Direct objects, passive subjects and prepositional objects of a predicate, with conjuncts;
        what an object is declared or found to be (``declared the group a terrorist organisation``,
        ``found him guilty``), and a ``yes`` or ``no`` said."""
        heads = direct_objects(token) + children(token, "nsubjpass", "intj") + self.small_clauses(token)
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.lemma_.lower() in WEAPON_WORDS:
            heads.append(token.head)  # ``shells fired by Russian forces``: the weapon is what is fired
        heads += [a for head in heads for a in children(head, "appos")]
        heads += [o for head in heads for _, o in prep_objects(head, {"of", "on"})]  # ``set X on fire``
        heads += [obj for _, obj in prep_objects(token, {p.lower_ for p in children(token, "prep", "prt")})]
        return [c for head in heads for c in conjuncts(head)]

    def make(
        self, sources: list[Actor], targets: list[Actor], code: str, trigger: Token, rule: str, origin: str
    ) -> list[Coded]:
        """Events for every (source, target) pair; a compound subject with no target is reciprocal;
        other acts with no target wait for :meth:`at_home`.

        Roles without a country (``protesters``, ``police``) take the country
        of the place the sentence names, else the other side's; a protest
        with no target is against its own country's government.
        """
        releasing = code.startswith(RELEASE_CODE) and len({s.country for s in sources}) > 1
        if len(sources) > 1 and (trigger.lemma_ in EXCHANGING or releasing):
            # ``exchanged prisoners``, ``Russia and Ukraine each released prisoners``: what, not to whom.
            targets = [t for t in targets if t.code]
        sources = [s for s in (self.placed(a, targets) for a in sources) if s.code]
        domestic = code[:2] < FORCE_ROOT or code[:2] == COERCE_ROOT  # a state's words and measures
        placed = (self.placed(a, sources, domestic) for a in targets if not equipment(a))
        targets = [t for t in placed if t.code]
        targets = [own_government(t) if citizens_against_own_country(sources, t) else t for t in targets]
        if code[:2] >= FORCE_ROOT:
            # ``gangs attacked a town in Haiti``: force used on a place at home is used on its people.
            homes = {s.country for s in sources if s.sector}
            targets = [people_of(t) if t.code == t.country and t.country in homes else t for t in targets]
        if not targets and sources and code[:2] in UNDIRECTED_ROOTS:
            targets = [own_government(s) for s in sources if s.country][:1]
        if not targets and len(sources) == 1 and code[:2] in PLACE_TARGET_ROOTS:
            targets = self.place_as_target(sources[0])
        if not targets and sources and code.startswith(DOMESTIC_CODES):
            targets = [self.people_here(s) for s in sources if s.country and self.is_state(s)][:1]
        pairs: list[tuple[Actor, Actor | None]] = []
        if not targets and len(sources) > 1 and code[:2] in RECIPROCAL_ROOTS:
            pairs = [(s, t) for s in sources for t in sources if s.code != t.code]
            rule += "/reciprocal"
        elif targets or code[:2] in UNDIRECTED_ROOTS:
            ends: list[Actor | None] = list(targets) or [None]
            pairs = [(s, t) for s in sources for t in ends if not t or other_side(s, t)]
        if not pairs:
            # No one else is named, or only the source's own country: see at_home.
            self.untargeted += self.coded([(s, None) for s in sources], code, trigger, rule, origin)
        return self.coded(pairs, code, trigger, rule, origin)

    def coded(
        self, pairs: list[tuple[Actor, Actor | None]], code: str, trigger: Token, rule: str, origin: str
    ) -> list[Coded]:
        """The events of (source, target) pairs, with the trigger, quote and violence conventions."""
        pairs = [(s, t) for s, t in pairs if political_without_country(s, t, code)]
        report = self.reports.get(trigger.i)
        offset = trigger.idx - self.sent.start_char
        quote = report.words if report else None
        mass = code[:2] in ("18", "19") and self.many_killed(trigger)
        fighting = trigger.lemma_.lower() in FIGHTING
        codes = [self.official(violence_code(code, s, mass, battle(fighting, t), t), s) for s, t in pairs]
        pairs = [(s, self.complained_of(s) if c == OFFICIAL_COMPLAINT and t and t.country == s.country else t)
                 for (s, t), c in zip(pairs, codes, strict=True)]
        return [
            Coded(s, t, c, trigger.text, offset, rule, origin, quote)
            for (s, t), c in zip(pairs, codes, strict=True)
        ]

    def official(self, code: str, source: Actor) -> str:
        """A state that protests (``China protested against ...``) complains officially (114); it does
        not take to the streets."""
        text, name = source.text.lower().removeprefix("the "), (source.name or "").lower()
        named = source.sector is None and text == name
        state = source.sector == "GOV" or named  # ``China``, ``Beijing``; not ``Iranians``
        return OFFICIAL_COMPLAINT if state and code.startswith(STREET_PROTEST_CODES) else code

    def complained_of(self, source: Actor) -> Actor | None:
        """Whom a state's protest at what befell its own people is aimed at (``Malaysia protested
        against the detention of its fishermen``): an actor of another country the sentence names
        (``... by Indonesian police``, ``... and urged Brussels to correct its mistake``), else whoever
        of another country last coerced, sanctioned or used force in the article."""
        named = (a for token in self.sent for a in self.actor(token))
        other = next((a for a in named if a.code and a.country != source.country), None)
        return other or self.context.last_doer(COERCIVE_KINDS, {source.country})

    def at_home(self, event: Coded) -> Coded:
        """An act with no one else named is aimed at home: a state's at its people, a group's at its
        government (only for events :meth:`alone` admits, whose source has a country)."""
        source = event.source
        target = self.people_here(source) if self.is_state(source) else own_government(source)
        return replace(event, target=target, rule=f"{event.rule}/home")

    def alone(self, event: Coded) -> bool:
        """Whether the source is a state or a group (not ``Pakistan's cricket coach``), the act one
        aimed at home (a state's deeds, a group's words or deeds; not talk, praise or plans) and the
        sentence names no country or foreign place besides its own."""
        source = event.source
        if source.country is None:
            return False  # an international body has no home to aim at
        home = {None, source.country}
        only_home = set(self.named_countries) <= home and self.place_country in home
        state = self.is_state(source)
        roots = STATE_HOME_ROOTS if state else HOME_ROOTS
        political = source.sector not in PRIVATE_SECTORS and event.code.startswith(roots)
        return only_home and political and bool(source.sector or state)

    def unaimed(self, event: Coded) -> Coded | None:
        """An act with no one else named: aimed at home when :meth:`alone` admits it; violence by an
        actor of no known country (``gunmen opened fire``) is coded with no target; else nothing."""
        if self.alone(event):
            return self.at_home(event)
        if event.source.country is None and event.code[:2] >= VIOLENCE_ROOT:
            return event
        return None

    def place_as_target(self, source: Actor) -> list[Actor]:
        """The foreign country where a material act happens, when no one else is named."""
        country = self.place_country
        if country is None or country == source.country:
            return []
        return [Actor(text=country, code=country, country=country, country_from="place")]

    def many_killed(self, trigger: Token) -> bool:
        """Whether a killing verb's object counts its victims in hundreds or more."""
        if trigger.lemma_ not in KILLING:
            return False
        numbers = [
            t for o in direct_objects(trigger) for t in o.subtree if t.like_num or t.lower_ in MASS_WORDS
        ]
        return any(t.lower_ in MASS_WORDS or number_at_least(t.text, MASS_COUNT) for t in numbers)
