"""Who does an act and at whom it is aimed: the arguments of a predicate.

:class:`ArgumentReader` finds a predicate's sources (its subject, else the
speaker of the reported clause it is in) and targets (objects, prepositional
targets, owners of the object, the topic of a statement, the subjects of what
is asked for, the places force is used on), and the actors that stand in for
an unnamed one: unidentified attackers behind a bomb, the authorities of the
place where someone was arrested. The coding rules in
:mod:`dyad.coding.extract` build on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyad.actors.matching import Mention
from dyad.coding.context import ArticleContext
from dyad.coding.conventions import (
    ASKING_ROOTS,
    LEGAL_CODES,
    MEETING_ROOTS,
    PLACE_TARGET_ROOTS,
    PROTEST_ROOT,
    REFUSAL_ROOT,
    STATE_ACT_ROOTS,
    STATEMENT_ROOTS,
    THREAT_ROOT,
    VIOLENCE_ROOT,
    WEAPON_WORDS,
    equipment,
)
from dyad.coding.phrases import PhraseReader, usable
from dyad.coding.syntax import (
    TARGET_PREPS,
    adjacent_coordination,
    children,
    conjuncts,
    direct_objects,
    lemmas,
    np_tokens,
    passive_agent,
    prep_objects,
    subject,
)
from dyad.enrich.places import gazetteer
from dyad.model import Actor

EXTRA_PREPS = {"about", "over", "between", "regarding", "by"}
OWNER_PREPS = TARGET_PREPS | {"by", "of", "between"}
AMOUNTS = {"million", "billion", "trillion", "thousand", "hundred"}


@dataclass(frozen=True)
class Report:
    """Who is reported as saying a clause, and the words."""

    speakers: tuple[Actor, ...]
    words: str


def aimed_at(actor: Actor) -> bool:
    """An actor an act can be aimed at: named, or a role a country can complete, not equipment."""
    return usable(actor) and not equipment(actor)


class ArgumentReader(PhraseReader):
    """The sources and targets of one sentence's predicates."""

    def __init__(
        self, sent: Span, mentions: Sequence[Mention], context: ArticleContext, countries: frozenset[str]
    ) -> None:
        super().__init__(sent, mentions, context, countries)
        self.reports: dict[int, Report] = {}

    def sources(self, token: Token) -> list[Actor]:
        """The subject's actors, or the speaker of the reported clause the token is in when its
        subject is missing or a pronoun (``he said it would ...``; ``they`` or ``we`` are the speakers
        themselves), not someone else unnamed (``investors are asking ..., a strategist said``)."""
        heads = subject(token)[0]
        report = self.reports.get(token.i)
        plural = [h for h in heads if h.lower_ in ("they", "we")]
        if report is not None and report.speakers and plural and len(plural) == len(heads):
            return list(report.speakers)  # ``the unions said they would strike``: the speakers themselves
        found = [a for a in self.actors(adjacent_coordination(token, heads) or heads) if usable(a)]
        if found or report is None or any(h.pos_ not in ("PRON", "DET") for h in heads):
            return found
        # A participle on a noun (``the number of people killed in the fire``) is not the speaker's act.
        return [] if token.dep_ in ("acl", "amod") else list(report.speakers)

    def targets(self, token: Token, code: str = "", particles: frozenset[str] = frozenset()) -> list[Actor]:
        """Objects that are actors, else prepositional targets of the verb, else of its object.

        Appeals and demands also take the subject of what they ask for
        (``demanded that the Philippines remove ...``).
        """
        preps = (TARGET_PREPS | EXTRA_PREPS | particles) - (
            {"at"} - particles if code[:2] < PROTEST_ROOT else set()
        )
        found = [a for a in self.actors(direct_objects(token)) if aimed_at(a)]
        prepositional = [obj for _, obj in prep_objects(token, preps)]
        found = found or [a for a in self.actors(prepositional) if aimed_at(a)]
        for obj in direct_objects(token):
            found = found or [a for _, o in prep_objects(obj) for a in self.actors([o]) if usable(a)]
        objects = direct_objects(token) + prepositional
        found = found or self.owners(objects)
        said_of = [s for c in self.small_clauses(token) for s in children(c, "nsubj")]
        found = found or [a for a in self.actors(said_of) if a.code]
        if code[:2] in STATEMENT_ROOTS:
            found = found or self.owners(objects, {"in"}) or self.topic_actors([*objects, token])
            found = found or [a for act in self.topic_acts(token) for a in self.targets(act)]
        if not found and code[:2] == THREAT_ROOT:
            # ``warned that they could trigger UN sanctions on Iran``: whom the threatened act hits.
            found = [a for clause in children(token, "ccomp") for a in self.targets(clause, code)]
        if not found and code[:2] in ASKING_ROOTS | {REFUSAL_ROOT}:
            found = [
                a for clause in children(token, "ccomp") for a in self.actors(subject(clause)[0]) if a.code
            ]
        if not found and code[:2] in PLACE_TARGET_ROOTS - MEETING_ROOTS:
            found = self.place_targets(objects)
        return found

    def owners(self, heads: list[Token], preps: set[str] = OWNER_PREPS, depth: int = 2) -> list[Actor]:
        """Whose the object is: ``rejected an Indian proposal``, ``denounced Serbia's crackdown``,
        ``rejected calls by Belarus``, ``called for sanctions against Nigeria``, ``a suspension of
        air links with Serbia`` (two phrases down at most)."""
        for head in [c for h in heads for c in conjuncts(h)]:
            found = self.named_modifiers(head)
            # ``$800 million in military aid for Ukraine``: after an amount, ``in`` says of what.
            amount = head.like_num or head.lemma_ in AMOUNTS
            for _, obj in prep_objects(head, preps | {"in"} if amount else preps):
                found = found or [a for a in self.actors([obj]) if a.code] or self.named_modifiers(obj)
                found = found or (self.owners([obj], preps, depth - 1) if depth > 1 else [])
            if found:
                return found
        return []

    def topic_actors(self, heads: list[Token]) -> list[Actor]:
        """Who a statement's object clause is about: ``optimism that talks with South Korea ...``."""
        for head in heads:
            for clause in children(head, "acl", "ccomp", "relcl"):
                topic = subject(clause)[0]
                found = [a for a in self.actors(topic) if a.code] or self.owners(topic)
                if found:
                    return found
        return []

    def parties(self, heads: list[Token]) -> list[Actor]:
        """Each actor named in an event noun's phrase: ``the meeting of the China-Celac Forum``."""
        tokens = [t for h in heads for t in np_tokens(h)]
        tokens += [t for h in heads for _, o in prep_objects(h, {"of", "between", "with"}) for t in o.subtree]
        return [a for a in self.actors_named_in(tokens) if a.code]

    def place_targets(self, heads: list[Token]) -> list[Actor]:
        """The country of what force was used on: ``shelled the centre of Kharkiv``, ``a Syrian air base``."""
        for head in heads:
            tokens = np_tokens(head) + [
                t for _, o in prep_objects(head, {"of", "in", "near", "for"}) for t in np_tokens(o)
            ]
            text = self.sent.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1].text
            named = [
                e.code[:3]
                for m in self.mentions_in(tokens)
                for e in m.entries[:1]
                if e.code[:3] in self.countries
            ]
            places = [gazetteer().get(t.text.lower()) for t in tokens if t.pos_ == "PROPN"]
            located = [p.country for p in places if p and p.country]
            for country in (named or located)[:1]:
                how = "named" if named else "place"
                return [Actor(text=text, code=country, country=country, country_from=how)]
        return []

    def here(self, victims: Sequence[Actor] = ()) -> tuple[str | None, str | None]:
        """(country, how it was found) of where the sentence happens: its place, else its victims'
        country, else the article's country; (None, None) when nothing tells."""
        if self.place_country:
            return self.place_country, "place"
        victim = next((v for v in victims if v.country), None)
        if victim is not None:
            return victim.country, victim.country_from
        home = self.context.home(())
        return (home, "article") if home else (None, None)

    def stand_in(self, text: str, sector: str, victims: Sequence[Actor] = ()) -> Actor:
        """An actor no one names, of the country where the sentence happens (:meth:`here`), else of
        the sector alone: the authorities (``GOV``) or unidentified attackers (``UAF``)."""
        country, how = self.here(victims)
        return Actor(text, f"{country or ''}{sector}", country, sector, country_from=how)

    def authorities_here(self, code: str) -> list[Actor]:
        """Who arrests, tries or investigates when the passive names no one: the authorities of the
        place (``a British journalist was detained in Iran``); for an arrest, charge or investigation
        only, else those of the article's country, else authorities of no known country (``GOV``)."""
        if code[:2] not in STATE_ACT_ROOTS:
            return []
        stand_in = self.stand_in("authorities", "GOV")  # a detainee's nationality is not where he is held
        if stand_in.country_from != "place" and not code.startswith(LEGAL_CODES):
            return []  # ``banned for four years``, ``forced from their homes``: not the article's state
        return [stand_in]

    def unknown_attackers(self, means: list[Token], victims: list[Actor], code: str) -> list[Actor]:
        """Who set off a bomb or fired a rocket named with no owner: whoever fired it (``shells fired
        by Russian forces``, ``Israeli strikes``), else unidentified attackers of the place where it
        happened, else of the victims' country (``a roadside bomb killed three Iraqi soldiers``), else
        of the article's; ``UAF`` alone when nothing tells."""
        if code[:2] < VIOLENCE_ROOT or not means or self.actors(means):
            return []
        if not lemmas(means) & WEAPON_WORDS:
            return []
        firing = [a for head in means for c in children(head, "acl") for a in self.actors(passive_agent(c))]
        firing += [a for head in means for a in self.named_modifiers(head)]  # ``Israeli strikes``
        if any(usable(a) for a in firing):
            return [a for a in firing if usable(a)]
        return [self.stand_in(" ".join(t.text for t in np_tokens(means[0])), "UAF", victims)]

    @staticmethod
    def small_clauses(token: Token) -> list[Token]:
        """Predicates said of an object: ``guilty`` in ``found Mladic guilty``."""
        predicates = children(token, "ccomp", "xcomp", "oprd")
        return [c for c in predicates if c.pos_ == "ADJ" and children(c, "nsubj")]

    @staticmethod
    def topic_acts(token: Token) -> list[Token]:
        """Acts an attitude is about: ``pessimistic about reaching a deal with the United States``."""
        return [c for prep in children(token, "prep") for c in children(prep, "pcomp") if c.pos_ == "VERB"]
