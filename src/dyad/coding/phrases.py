"""Who a noun phrase names: the actors behind heads, pronouns, pairs and roles.

:class:`PhraseReader` reads the actors of one sentence's noun phrases from
its dictionary mentions and the article's context; the coding rules in
:mod:`dyad.coding.extract` build on it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from dyad.actors.matching import Mention
from dyad.actors.resolve import best_entry, compose
from dyad.actors.verbs import builtin_verbs
from dyad.coding.context import ArticleContext
from dyad.coding.conventions import STATE_SECTORS, TALK_ROOTS
from dyad.coding.syntax import children, conjuncts, governing_verb, np_tokens, prep_objects, subject
from dyad.enrich.places import find_location, find_places, lookup
from dyad.model import Actor, Location
from dyad.tsv import packaged, read_rows

PRONOUNS = {"he", "she", "him", "her"}
# Nouns that point back to the group the article named last (``the group claimed the attack``).
GROUP_NOUNS = {"group", "movement", "organisation", "organization", "outfit", "faction"}
PAIR_WORDS = {"they", "them", "their", "both"}
# Heads that count what follows them: ``thousands of protesters``, ``a group of soldiers``.
QUANTITIES = {"hundred", "thousand", "million", "dozen", "ten", "score", "group", "number", "band", "handful"}
OPPOSING = ("anti-", "anti ")
# Roles of people who follow or oppose someone, not of his office.
FOLLOWERS = {"CVL", "OPP"}
PAIR_NOUNS = {
    "country", "side", "party", "nation", "leader", "government", "state", "region", "minister", "delegation",
    "president", "official",
}
# ``ethnic Albanians``, ``ethnic-Turkish``: the demonym names a people, not the state.
ETHNIC = re.compile(r"\bethnic[\s-]+$", re.IGNORECASE)
# Prepositions that place a role by its own words: ``police in Mosul``, ``residents of Kano``.
OWN_PLACE_PREPS = {"in", "of", "from"}
# Prepositions of a phrase that tells where an act happens.
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "on", "around", "throughout", "into"}
# Prepositions that say where a people lives: ``in southern Serbia``, ``the Albanians of Serbia``.
HOME_PREPS = {"in", "of"}
# Roots of acts of force: what a body owns or occupies stands for the body when it is struck
# (an attack on ``a police station`` is aimed at the police).
STRIKING_ROOTS = ("17", "18", "19", "20")
MODIFIER_DEPS = {"amod", "compound", "nmod"}
# Roots of acts that give something (intents, cooperation, aid): the thing a pattern names as their
# object is what is given, not whom (``share intelligence``, ``offer troops``).
GIVING_ROOTS = ("03", "06", "07")
DETERMINERS = {"det", "poss", "amod", "compound"}


@functools.cache
def role_heads() -> frozenset[str]:
    """Nouns that a role word before them still names a body of (``army units``), from role_heads.tsv."""
    return frozenset(row["noun"].lower() for _, row in read_rows(packaged("role_heads.tsv")))


@functools.cache
def given_objects() -> frozenset[tuple[str, str]]:
    """(predicate lemma, object lemma) of the acts that give something."""
    return frozenset(
        (pattern.lemma, word)
        for pattern in builtin_verbs()
        if pattern.code.startswith(GIVING_ROOTS)
        for word in pattern.objects
    )


@functools.cache
def force_objects() -> dict[str, frozenset[str]]:
    """Predicate lemma -> the objects its acts of force take (empty: any object)."""
    table: dict[str, set[str]] = {}
    for pattern in builtin_verbs():
        if pattern.code.startswith(STRIKING_ROOTS) and not pattern.particle:
            table.setdefault(pattern.lemma, set()).update(pattern.objects or {"*"})
    return {lemma: frozenset(objects) for lemma, objects in table.items()}


def usable(actor: Actor) -> bool:
    """An actor with a code, or a role that a country can complete."""
    return bool(actor.code or actor.sector)


def borrowed(other: Actor) -> tuple[str | None, str]:
    """(country, how it was found) of a role that takes the other side's country: known from the
    sentence, unless the other side took the article's."""
    return other.country, "article" if other.country_from == "article" else "place"


def describes(verb: Token) -> bool:
    """A verb that describes a noun (``officers deployed in Haiti``, ``a deal that was signed in Doha``)."""
    return any(node.dep_ in ("acl", "relcl", "amod") for node in (verb, *verb.ancestors))


class PhraseReader:
    """The actors of one sentence's noun phrases."""

    def __init__(
        self, sent: Span, mentions: Sequence[Mention], context: ArticleContext, countries: frozenset[str]
    ) -> None:
        self.sent, self.context, self.countries = sent, context, countries
        # ``anti-Syria journalist``, ``anti-government protesters``: what they oppose, not who they are.
        self.mentions = [m for m in mentions if not sent.text[: m.start].lower().endswith(OPPOSING)]
        self.places = find_places(sent.text, context.countries)
        self.location = self.event_place()
        self.place_country = self.location.country if self.location else None
        # An ethnic demonym names a people, not a country the sentence speaks of.
        self.named_countries = [
            e.code[:3]
            for m in self.mentions
            for e in m.entries[:1]
            if e.code[:3] in countries and not self.is_ethnic(m)
        ]
        self.pairing: set[int] = set()

    def place_token(self, place: Location) -> Token | None:
        """The head of a place's name in the sentence (``Penh`` of ``Phnom Penh``)."""
        start = next((t for t in self.sent if place.name.startswith(t.text) and t.pos_ == "PROPN"), None)
        if start is None:
            return None
        name = self.sent.doc[start.i : min(start.i + len(place.name.split()), self.sent.end)]
        return next((t for t in name if t.head.i not in range(name.start, name.end) or t.head == t), start)

    def placed_verb(self, place: Location) -> Token | None:
        """The verb a place's phrase belongs to, through places within places (``welcomed ... at the
        Chancellery in Berlin``) or of one of its parties (``met Chile's president in Madrid``), else None
        (a place in the phrase of another noun: ``the war in Sudan``)."""
        token = self.place_token(place)
        while token is not None and token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
            token = token.head.head
            if token.pos_ in ("VERB", "AUX"):
                return token
            # ``welcomed Chile's president in Madrid``: where a party of the act is, the act is.
            party = token.dep_ in ("dobj", "nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")
            if party and (self.mentions_in([token]) or token.lemma_.lower() in role_heads()):
                return token.head
        return None

    def event_place(self) -> Location | None:
        """Where the sentence's acts happen: the first place in a phrase of a verb (``met in Berlin``)
        before one in a phrase of a noun (``discussed the war in Sudan``)."""
        placed = (p for p in self.places if self.placed_verb(p) is not None)
        return next(placed, None) or next(iter(self.places), None)

    def place_of(self, code: str, offset: int) -> Location | None:
        """Where an event of ``code`` whose trigger starts at ``offset`` happens: the place in a phrase
        of its verb or of a verb above it (``In Berlin, Scholz said Germany would send ...``), else of
        another clause of the sentence (``signed ..., as Ruto met Scholz in Berlin``), not of a verb
        that describes a noun (``officers deployed in Haiti``); a place in a noun's phrase only for
        acts done to people and things (``attacked a market in Mosul``), not for talk and measures,
        whose noun's place is their topic (``discussed the war in Sudan``)."""
        trigger = next((t for t in self.sent if t.idx - self.sent.start_char == offset), None)
        verbs = [(place, self.placed_verb(place)) for place in self.places]
        chain = (trigger, *trigger.ancestors) if trigger is not None else ()
        above = [p for p, v in verbs if v is not None and v in chain]
        clauses = [p for p, v in verbs if v is not None and not describes(v)]
        unplaced = [p for p, v in verbs if v is None and code[:2] not in TALK_ROOTS]
        return next(iter(above + clauses + unplaced), None)

    def mentions_in(self, tokens: Iterable[Token]) -> list[Mention]:
        """The mentions overlapping the given tokens, in order."""
        found = list(tokens)
        return [m for m in self.mentions if any(self.overlaps(m, t) for t in found)]

    def overlaps(self, mention: Mention, token: Token) -> bool:
        """Whether a mention covers part of a token."""
        start = token.idx - self.sent.start_char
        return mention.start < start + len(token) and start < mention.end

    def actor(self, head: Token) -> list[Actor]:
        """The actors a noun-phrase head names (pronouns and ``the two sides`` included)."""
        if self.is_given(head):
            return []
        if head.lower_ in PRONOUNS or head.lower_ == "his":
            return self.person_before(head)
        if head.lower_ in PAIR_WORDS or self.is_pair_noun(head):
            return self.pair(head)
        if head.lemma_.lower() in QUANTITIES or head.like_num:
            counted = [obj for _, obj in prep_objects(head, {"of"})]
            if counted:
                return self.actor(counted[0])
        tokens = np_tokens(head)
        mentions = self.naming(tokens)
        if not mentions and head.pos_ == "PROPN":
            return self.described(head)
        group = self.context.last_group if not mentions and self.points_to_group(head) else None
        if group is not None:
            how = "article" if group.country else None
            return [replace(group, text=f"the {head.text}", country_from=how)]
        if all(m.is_agent for m in mentions):
            owners = [c for _, obj in prep_objects(head, {"of", "for", "from"}) for c in conjuncts(obj)]
            if len(owners) > 1:
                return [actor for owner in owners for actor in self.actor(owner)]
            mentions += self.naming([t for owner in owners for t in np_tokens(owner)])
        text = self.sent.doc[tokens[0].i : tokens[-1].i + 1].text
        if any(t.dep_ == "cc" for t in tokens) or self.coordinated_modifiers(head):
            return self.split_coordination(head, text)
        if self.only_describes(head, mentions):
            return []
        actor = compose(self.head_country(head, mentions), text, self.countries)
        if actor and actor.sector and not actor.country:
            actor = self.at_own_place(head, actor)
        body = self.context.seated(text.removeprefix("the ")) if actor and actor.sector == "GOV" else None
        actor = replace(body, text=text, country_from=None) if body else actor
        return [self.follower(mentions, self.settled(head, mentions, actor))] if actor else []

    def at_own_place(self, head: Token, role: Actor) -> Actor:
        """A role placed by its own words: ``Mosul police``, ``police in Mosul``, ``residents of Kano``."""
        tokens = np_tokens(head)
        before: list[Token] = []  # the parser may hang a city before the role elsewhere (``Mosul police``)
        for token in reversed(self.sent.doc[self.sent.start : tokens[0].i]):
            if token.pos_ != "PROPN":
                break
            before.insert(0, token)
        names = [[t for t in tokens if t.pos_ == "PROPN" and t.i < head.i], before]
        names += [np_tokens(o) for _, o in prep_objects(head, OWN_PLACE_PREPS) if o.pos_ == "PROPN"]
        for name in names:
            words = [t for t in name if t.pos_ == "PROPN" and not self.mentions_in([t])]
            place = lookup(" ".join(t.text for t in words), self.context.countries) if words else None
            if place is not None and place.country:
                return replace(role, code=f"{place.country}{role.sector}", country=place.country,
                               country_from="named")
        return role

    def points_to_group(self, head: Token) -> bool:
        """``the group``, ``the militia``: the armed or political group the article named last."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        return definite and head.lemma_.lower() in GROUP_NOUNS and self.context.last_group is not None

    def naming(self, tokens: Iterable[Token]) -> list[Mention]:
        """The mentions among some tokens that name someone, not what kind of thing a noun is."""
        return [m for m in self.mentions_in(tokens) if not self.describes_thing(m)]

    def describes_thing(self, mention: Mention) -> bool:
        """A role word on a noun that is neither named nor a body or person (``military training``,
        ``police cooperation``, ``a general election``), unless an act of force strikes it."""
        inside = [t for t in self.sent if self.overlaps(mention, t)]
        roots = [t for t in inside if t.head not in inside]
        if not mention.is_agent or len(roots) != 1 or roots[0].dep_ not in MODIFIER_DEPS:
            return False
        head = roots[0].head
        if head.pos_ != "NOUN" or self.mentions_in([head]) or head.lemma_.lower() in role_heads():
            return False
        return not self.struck(head)

    @staticmethod
    def is_given(head: Token) -> bool:
        """A bare object that an act of giving names as what it gives: ``resume sharing intelligence``."""
        bare = head.dep_ == "dobj" and not any(c.dep_ in DETERMINERS for c in head.children)
        return bare and (head.head.lemma_.lower(), head.lemma_.lower()) in given_objects()

    @staticmethod
    def struck(head: Token) -> bool:
        """Whether the act over a noun, up to its verb, is an act of force that takes it."""
        for node in head.ancestors:
            objects = force_objects().get(node.lemma_.lower(), frozenset())
            if "*" in objects or head.lemma_.lower() in objects:
                return True
            if node.pos_ in ("VERB", "AUX"):
                return False
        return False

    @staticmethod
    def follower(mentions: list[Mention], actor: Actor) -> Actor:
        """``supporters of the former president``: people of his country, not his government."""
        role = next((m.sector for m in mentions if m.is_agent), None)
        if role in FOLLOWERS and actor.sector in STATE_SECTORS and actor.country:
            return replace(actor, code=f"{actor.country}{role}", sector=role)
        return actor

    def described(self, head: Token) -> list[Actor]:
        """A name the dictionaries do not know is what its apposition says it is: ``Kenzo Oshima, the
        United Nations relief coordinator`` (a listing the parser took for one is a coordination)."""
        titles = [t for t in children(head, "appos") if not t.conjuncts]
        return [actor for title in titles[:1] for actor in self.actor(title)]

    def country_mentions(self, tokens: Iterable[Token]) -> list[Mention]:
        """The mentions of countries (not their capitals or groups) among some tokens."""
        return [m for m in self.mentions_in(tokens) if m.entries[:1] and m.entries[0].kind == "country"]

    def head_country(self, head: Token, mentions: list[Mention]) -> list[Mention]:
        """A country at the head of the phrase outranks the groups modifying it: ``NATO-member Norway``."""
        if not self.country_mentions([head]):
            return mentions
        return [m for m in mentions if m.is_agent or not m.entries or m.entries[0].kind != "organization"]

    def settled(self, head: Token, mentions: list[Mention], actor: Actor) -> Actor:
        """A people named by a demonym (``ethnic Albanians``, ``the Albanians of Serbia``) belongs to
        the country it lives in, when the phrase or the sentence names one."""
        entry = best_entry(mentions)
        people = [m for m in self.country_mentions(np_tokens(head)) if self.is_people(head, m)]
        if entry is None or not people or entry not in people[0].entries[:1]:
            return actor
        home = self.home_of(head) or (self.place_country if self.is_ethnic(people[0]) else None)
        if home is None or home == actor.country:
            return actor
        sector = actor.sector or "CVL"
        return Actor(actor.text, f"{home}{sector}", home, sector, None, "place")

    def is_ethnic(self, mention: Mention) -> bool:
        """A demonym right after ``ethnic`` or after the country its people live in (``Bosnian Serbs``)."""
        if ETHNIC.search(self.sent.text[: mention.start]):
            return True
        before = [m for m in self.mentions if m.end == mention.start - 1 and m.entries[:1]]
        return self.sent.text[mention.start - 1 : mention.start] == " " and any(
            m.entries[0].kind == "country" for m in before
        )

    def is_people(self, head: Token, mention: Mention) -> bool:
        """An ethnic demonym, or a demonym heading a phrase that says where the people live."""
        if self.is_ethnic(mention):
            return True
        on_head = mention in self.mentions_in([head]) and mention.text != mention.entries[0].name
        return on_head and any(p == "of" for p, _ in prep_objects(head, HOME_PREPS))

    def home_of(self, head: Token) -> str | None:
        """The country a people's own phrase places it in: ``in southern Serbia``, ``based in Macedonia``."""
        after = [t for t in head.subtree if t.i > head.i]
        for place in (t for t in after if t.dep_ == "pobj" and t.head.lower_ in HOME_PREPS):
            # ``the Estonian capital``, not ``the Israeli-occupied West Bank``.
            found = self.country_mentions([place]) or self.country_mentions(children(place, "amod"))
            if found:
                return found[0].entries[0].code[:3]
            name = " ".join(t.text for t in np_tokens(place) if t.dep_ == "compound" or t == place)
            location = find_location(f"in {name}")
            if location and location.country:
                return location.country
        return None

    def only_describes(self, head: Token, mentions: list[Mention]) -> bool:
        """A demonym on a thing, not on a role or person: ``American charts``, ``Russian gas``."""
        if head.pos_ == "PROPN" or any(m.is_agent for m in mentions) or not mentions:
            return False
        modifiers = [t for t in np_tokens(head) if t.dep_ == "amod"]
        return (
            all(self.mentions_in([t]) for t in modifiers)
            and not self.mentions_in([head])
            and all(any(m.start <= t.idx - self.sent.start_char < m.end for t in modifiers) for m in mentions)
        )

    def coordinated_modifiers(self, head: Token) -> list[Token]:
        """Modifiers coordinated inside a noun phrase: ``Egyptian and Ethiopian negotiators``."""
        return [c for m in head.children if m.dep_ in ("amod", "compound", "nmod") for c in m.conjuncts]

    def split_coordination(self, head: Token, text: str) -> list[Actor]:
        """One actor per named member of a coordinated noun phrase, each with the head's role."""
        tokens = np_tokens(head) + [t for c in self.coordinated_modifiers(head) for t in np_tokens(c)]
        mentions = self.mentions_in(tokens)
        roles = [m for m in mentions if m.is_agent]
        named = [m for m in mentions if not m.is_agent]
        actors = [compose([m, *roles], text, self.countries) for m in named]
        return [a for a in actors if a] or [a for a in [compose(mentions, text, self.countries)] if a]

    def is_pair_noun(self, head: Token) -> bool:
        """``the two countries``, ``both sides``."""
        return head.lemma_ in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in head.children)

    def person_before(self, token: Token) -> list[Actor]:
        """The last person named before a pronoun, in this sentence or earlier."""
        for mention in reversed(self.mentions):
            entry = best_entry([mention])
            if mention.end <= token.idx - self.sent.start_char and entry and entry.is_person:
                return [compose([mention], mention.text, self.countries) or Actor(mention.text, None)]
        return [self.context.last_person] if self.context.last_person else []

    def pair(self, token: Token) -> list[Actor]:
        """The two parties a plural reference points to: the clause's actors, else the last two named."""
        verb = governing_verb(token)
        # A reference among the clause's own actors (``they and X``, ``with them``) would resolve itself.
        if verb is not None and token.i not in self.pairing:
            self.pairing.add(token.i)
            heads, _ = subject(verb)
            found = [] if token in heads else self.actors(heads)
            found += [a for _, obj in prep_objects(verb, {"with"}) for a in self.actors([obj])]
            self.pairing.discard(token.i)
            if len({a.code for a in found if a.code}) >= 2:
                return found
        tokens = np_tokens(token)
        return self.context.pair(self.sent.doc[tokens[0].i : tokens[-1].i + 1].text)

    def actors(self, heads: Iterable[Token]) -> list[Actor]:
        """The actors of noun-phrase heads and their conjuncts."""
        return [actor for head in heads for token in conjuncts(head) for actor in self.actor(token)]

    def placed(self, actor: Actor, others: list[Actor], domestic: bool = False) -> Actor:
        """A role-only actor completed: ``the rebels`` are the armed group the article last named;
        otherwise the role takes its country from the sentence (its place, a country it names, none
        on the other side; in a ``domestic`` act, a state's words or measures, the state's own
        country: ``Mozambique's minister criticised the police``), from the article, or else from
        the other side; with none, its code is the sector alone (``COP``)."""
        if actor.code or not actor.sector:
            return actor
        group = self.context.groups.get(actor.sector) if actor.text.lower().startswith("the ") else None
        if group is not None and actor.sector not in STATE_SECTORS:
            return replace(group, text=actor.text, country_from="article" if group.country else None)
        # ``the government`` in a domestic act is the other side's own, whoever the other side is.
        governing = actor.sector == "GOV"
        country, how = self.role_country({o.country for o in others}, others, domestic, governing)
        if country is None:
            return replace(actor, code=actor.sector)
        return replace(actor, code=f"{country}{actor.sector}", country=country, country_from=how)

    def role_country(
        self, sides: set[str | None], others: list[Actor], domestic: bool = False, governing: bool = False
    ) -> tuple[str | None, str | None]:
        """(country, how it was found) for a role with no country of its own."""
        named = [c for c in self.named_countries if c not in sides]
        if self.place_country or named:
            return self.place_country or named[-1], "place"
        owners = [o for o in others if o.country and (governing or self.is_state(o))] if domestic else []
        if owners:
            return borrowed(owners[0])
        home = self.context.home(sides)
        if home:
            return home, "article"
        other = next((o for o in others if o.country), None)
        return borrowed(other) if other else (None, None)

    def is_state(self, actor: Actor) -> bool:
        """A state body, or a country named by itself (``Turkey declared ...``, not ``Turkey's coach``)."""
        if actor.sector in STATE_SECTORS:
            return True
        named = {m.text.lower() for m in self.mentions if not m.is_agent}
        return actor.sector is None and actor.text.lower().removeprefix("the ") in named

    def people_here(self, source: Actor) -> Actor:
        """The people of the place the sentence names (``a curfew in Montenegro``), else the source's own."""
        country = self.place_country or source.country
        how = "place" if self.place_country else source.country_from
        return Actor(source.text, f"{country}CVL", country, "CVL", country_from=how)

    def named_modifiers(self, head: Token) -> list[Actor]:
        """The actors named among a noun's modifiers (``German`` in ``German goods``)."""
        return [a for a in self.actors_named_in([t for t in np_tokens(head) if t.i != head.i]) if a.code]

    def actors_named_in(self, tokens: list[Token]) -> list[Actor]:
        """The actors the named mentions among some tokens give, one each."""
        named = [m for m in self.mentions_in(tokens) if not m.is_agent]
        return [a for m in named if (a := compose([m], m.text, self.countries))]
