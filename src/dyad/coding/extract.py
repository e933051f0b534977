"""Code one parsed sentence into events: who did what to whom, and by which rule.

Rules, each named in the evidence of the events it makes:
``svo`` a verb (or predicative adjective) pattern with its subject and its
object, prepositional target, or the owner of its object (``rejected an
Indian proposal``); ``passive`` the same with ``by`` as the source (or the
authorities of the place, unidentified attackers behind a bomb, the state of
forces sent); ``passive-event`` an event noun held in the passive (``talks
between A and B were held``) as an event of the parties it names; ``intent``
an intent word (``ready to``, ``pledged to``) or a future modal over an act,
coded 03x/13x; ``refusal`` a cooperative act refused or said not to be done
(12x); ``threat`` harm promised on a condition (13x); ``command`` an order to
one's own forces or a decision, coded as the act; ``light`` a verb that
starts, holds or announces the act its object names; ``obligation`` a
reported ``X must ...`` as a demand or appeal of the speaker; ``nominal`` an
event noun with a possessive or named source (``Petro's visit to China``);
``/reciprocal`` a compound subject with no target acting on itself member by
member; ``/home`` an act with no one else named, aimed at home when nothing
else in the sentence is coded. Reported speech gives its speaker as the
source when the reported clause has no subject of its own, and its words as
the quote. Negated, conditional and hypothetical predicates, acts only asked
for or alleged, and questions give nothing. The CAMEO conventions that decide
targets and codes live in :mod:`dyad.coding.conventions`; who the arguments
are, in :mod:`dyad.coding.arguments`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dyad.actors.entries import VerbPattern
from dyad.actors.matching import Mention
from dyad.coding.arguments import ArgumentReader, Report
from dyad.coding.context import ArticleContext
from dyad.coding.conventions import (
    ALLEGING,
    COMMANDING,
    DECIDING,
    DOMESTIC_CODES,
    EXCHANGING,
    FIGHTING,
    FORCE_ROOT,
    FORCES,
    FUTURE_MODALS,
    HARMING,
    HOME_ROOTS,
    IMPACT_VERBS,
    JOINT_CODE,
    JOINT_WORDS,
    KILLING,
    LIGHT_NOUN_PREPS,
    LIGHT_VERBS,
    MASS_COUNT,
    MASS_WORDS,
    NONFACTUAL,
    OWN_WORDS,
    PLACE_OBJECT,
    PLACE_TARGET_ROOTS,
    PRIVATE_SECTORS,
    PROTEST_ROOT,
    RECIPROCAL_ROOTS,
    REFUSAL_ROOT,
    REFUSING_MODALS,
    REFUSING_VERBS,
    RELIEF_WORDS,
    STATE_HOME_ROOTS,
    STATIVE_PARTICIPLES,
    THREAT_MARKS,
    THREAT_MODALS,
    THREAT_ROOT,
    UNDIRECTED_ROOTS,
    VIOLENCE_ROOT,
    WARNING_VERBS,
    WEAPON_WORDS,
    battle,
    citizens_against_own_country,
    default_intent,
    equipment,
    number_at_least,
    own_government,
    people_of,
    political_without_country,
    refusal_code,
    reporter,
    unarmed_incursion,
    violence_code,
    weapon_code,
)
from dyad.coding.patterns import PatternIndex, intent_code
from dyad.coding.phrases import usable
from dyad.coding.syntax import (
    ANNOUNCING,
    CONDITION_MARKS,
    INTENT_MODALS,
    OBLIGATION_CODES,
    REPORTING,
    TARGET_PREPS,
    children,
    conditional,
    conjuncts,
    direct_objects,
    is_question,
    modal,
    negated,
    np_tokens,
    passive_agent,
    prep_objects,
    reported_clauses,
    subject,
    when,
)
from dyad.enrich.places import lookup
from dyad.model import Actor

# Verbs, and adjectives that predicate an attitude (``concerned about``, ``grateful to``).
PREDICATE_KINDS = {"VERB": "verb", "AUX": "verb", "ADJ": "adj"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "ROOT", "appos"}
# Heads under which an event noun is the past a clause answers, not news: ``in response to the
# invasion``, ``since the war``, ``anniversary of the massacre``, ``a year of fighting``.
# Clauses whose subject is what did a passive's harm: ``were killed when a bomb exploded``.
MEANS_MARKS = {"when", "as", "after"}
# Attacks that, with no owner and no one hit, may be sport or talk (``led the attack``): they stand for
# unidentified attackers only when they strike someone.
GENERIC_ATTACKS = {"attack", "ambush", "assault", "offensive", "raid", "strike"}
# Inquiries into an act tell of it as alleged: ``opened an inquiry into the killing of protesters``.
INQUIRING = {"inquiry", "investigation", "probe", "investigate", "trial", "case"}
# Words over an event noun that ask for or tell its end, not the act: ``an end to the fighting``.
ENDING = {"end", "halt", "stop", "cessation", "ceasefire", "truce"}
# Event nouns whose possessive is the victim: ``Soleimani's killing``, ``Navalny's arrest``.
VICTIM_NOUNS = {
    "killing", "death", "murder", "assassination", "arrest", "detention", "abduction", "kidnapping",
    "release", "capture", "execution", "torture", "jailing", "imprisonment", "deportation", "expulsion",
}  # fmt: skip
# Intransitive verbs of force that only a weapon does: ``a bomb exploded``, not ``Trump exploded``.
DETONATING = {"explode", "go", "blow"}
# Objects that make a verb of force figurative: ``captured a share of the market``.
ABSTRACT_OBJECTS = {
    "share", "opportunity", "imagination", "attention", "title", "lead", "initiative", "headline",
    "heart", "moment", "momentum", "spotlight", "mood", "essence", "chance", "vote", "seat", "crown",
    "medal", "trophy", "championship", "victory", "win", "record", "gold", "silver", "bronze", "batting",
    "bowling", "innings", "lineup", "midfield", "goalkeeper", "dream", "hope", "reputation", "career",
    "argument",
}  # fmt: skip
# People the news does not name: doing violence, they are unidentified attackers.
PERSON_NOUNS = {"man", "men", "teenager", "boy", "youth", "suspect", "individual", "person", "stranger"}
# Verbs of leaving: an envoy ordered to leave is expelled.
LEAVING = {"leave", "quit", "depart", "exit"}
# Nouns of places that can fall to a force: ``the town fell to the rebels``.
PLACE_NOUNS = {"town", "city", "village", "capital", "district", "province", "region", "base", "port"}
OCCUPY_CODE = "192"
# Verbs that take responsibility for an act: the act is the claimant's.
CLAIMING = {"claim", "accept", "admit"}
BACKGROUND_WORDS = {
    "response", "since", "anniversary", "retaliation", "revenge", "memory", "memorial", "year", "month",
    "week", "decade", "day", "hour", "history", "legacy", "aftermath", "wake", "after", "before",
}  # fmt: skip


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


class SentenceCoder(ArgumentReader):
    """The rules applied to one sentence, with the article's context."""

    def __init__(
        self,
        sent: Span,
        mentions: Sequence[Mention],
        context: ArticleContext,
        patterns: PatternIndex,
        countries: frozenset[str],
        intents: frozenset[str],
    ) -> None:
        super().__init__(sent, mentions, context, countries)
        self.patterns, self.intents = patterns, intents
        self.obligations: list[Coded] = []
        self.consumed: set[int] = set()
        self.untargeted: list[Coded] = []

    def collect_reports(self) -> None:
        """Map each token of a reported clause to its speaker and words."""
        for token in self.sent:
            if token.lemma_ in REPORTING | ANNOUNCING and token.pos_ in ("VERB", "AUX"):
                speakers = tuple(a for a in self.actors(subject(token)[0]) if not reporter(a))
                for clause in reported_clauses(token):
                    self.mark_report(clause, speakers)
                    self.obligations += self.obligation(clause, speakers)
            elif token.lower_ == "according":
                speakers = tuple(
                    a
                    for prep in children(token, "prep")
                    for a in self.actors(children(prep, "pobj"))
                    if not reporter(a)
                )
                if speakers and token.head.i != token.i:
                    self.mark_report(token.head, speakers)

    def obligation(self, clause: Token, speakers: tuple[Actor, ...]) -> list[Coded]:
        """``Russia said that Sudan must return the helicopter``: the speaker demands it of Sudan."""
        code = OBLIGATION_CODES.get(modal(clause) or "")
        being = clause.lemma_ == "be" and not children(clause, "acomp")
        if code is None or negated(clause) or being:
            return []  # ``the two sides should be partners`` asks for no act; ``must be ready to`` does
        targets = [a for a in self.actors(subject(clause)[0]) if usable(a)]
        if not targets:
            return []
        self.reports.setdefault(clause.i, Report(speakers, ""))
        return self.make(list(speakers), targets, code, clause, "obligation", "syntax")

    def mark_report(self, clause: Token, speakers: tuple[Actor, ...]) -> None:
        words = self.sent.doc[clause.left_edge.i : clause.right_edge.i + 1].text
        for token in clause.subtree:
            self.reports.setdefault(token.i, Report(speakers, words))

    def code(self) -> list[Coded]:
        """Every event of the sentence."""
        if is_question(self.sent):
            return []
        self.collect_reports()
        events: list[Coded] = list(self.obligations)
        for token in self.sent:
            if token.i not in self.consumed:
                events += self.token_events(token)
        return events or [e for e in map(self.unaimed, self.untargeted) if e is not None]

    def unaimed(self, event: Coded) -> Coded | None:
        """An act with no one else named: aimed at home when :meth:`alone` admits it; violence by an
        actor of no known country (``gunmen opened fire``) is coded with no target; else nothing."""
        if self.alone(event):
            return self.at_home(event)
        if event.source.country is None and event.code[:2] >= VIOLENCE_ROOT:
            return event
        return None

    def token_events(self, token: Token) -> list[Coded]:
        """The events of the first rule that reads the token as an act, with or without a target."""
        waiting = len(self.untargeted)
        for rule in (
            self.claimed, self.fallen, self.intent, self.commanded, self.refused, self.light_event,
            self.verb_event, self.weapon_event, self.noun_event,
        ):
            found = rule(token)
            if found or len(self.untargeted) > waiting:
                return found
        return []

    def match(self, token: Token, kind: str = "verb") -> VerbPattern | None:
        """The most specific pattern whose particle and objects the token has; a noun with the word
        before it first (``air strike``, ``suicide bombing``); a named place as an object matches the
        object word ``@place`` (``captured Kidal``)."""
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
        heads = self.object_heads(token)
        objects = {t.lemma_.lower() for o in heads for t in np_tokens(o)}
        if any(self.is_place(o) for o in heads):
            objects.add(PLACE_OBJECT)
        for pattern in patterns:
            if pattern.particle and pattern.particle not in particles:
                continue
            if pattern.objects and not pattern.objects & objects:
                continue
            return pattern
        return None

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
        heads += [o for head in heads for _, o in prep_objects(head, {"of"})]
        heads += [obj for _, obj in prep_objects(token, {p.lower_ for p in children(token, "prep", "prt")})]
        return [c for head in heads for c in conjuncts(head)]

    def complement(self, token: Token) -> Token | None:
        """The act an intent word governs: ``ready to import``, ``willingness to send``,
        ``look forward to deepening``, ``promised that Mexico would cooperate``; ``help`` hands
        on to the act it helps (``intends to help mediate``)."""
        act = self.governed_act(token)
        helped = [c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if act else []
        return helped[0] if act is not None and act.lemma_ == "help" and helped else act

    def governed_act(self, token: Token) -> Token | None:
        """The verb an intent word governs, if any."""
        for child in token.children:
            if child.dep_ in ("xcomp", "acl") and child.pos_ in ("VERB", "AUX") and self.infinitive(child):
                return child
            if child.dep_ == "ccomp" and token.pos_ == "VERB" and modal(child) in FUTURE_MODALS:
                return child
            if child.dep_ == "prep" and child.lower_ == "to":
                return next(
                    (c for c in child.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"), None
                )
        return None

    @staticmethod
    def infinitive(verb: Token) -> bool:
        """A ``to``-infinitive (``ready to import``, ``willingness to send``)."""
        return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def trigger_key(self, token: Token) -> str | None:
        """The intent trigger a token is, with its particle when it has one (``look forward``)."""
        lemma = token.lemma_.lower()
        for prt in children(token, "prt", "advmod"):
            if f"{lemma} {prt.lower_}" in self.intents:
                return f"{lemma} {prt.lower_}"
        return lemma if lemma in self.intents else None

    def intent(self, token: Token) -> list[Coded]:
        """Intent to act: coded 03x/13x from the intended act's code."""
        key = self.trigger_key(token) if token.pos_ in ("ADJ", "VERB", "NOUN") else None
        act = self.complement(token) if key else None
        if key is None or act is None:
            return []
        acts = conjuncts(act)
        self.consumed.update(a.i for a in acts)
        if negated(token) or conditional(token, reported=token.i in self.reports):
            return []
        pattern = next((p for p in map(self.match, acts) if p), None)
        # An act no pattern knows is intended only after words that commit (``promised to``, ``ready
        # to``: their ``*`` row), not after plans and hopes (``plans to raise money``).
        if pattern is None:
            code = intent_code(key, None)
        else:
            code = intent_code(key, pattern.code) or default_intent(pattern.code)
        if code is None or (code[:2] == THREAT_ROOT and self.hazard(token)):
            return []
        act_code = pattern.code if pattern else ""
        targets = next((found for act in acts if (found := self.targets(act, act_code))), [])
        if not targets and code[:2] == THREAT_ROOT:
            targets = self.condition_subjects(acts)
        origin = pattern.origin if pattern else "intents.tsv"
        return self.make(self.intending(token), targets, code, token, "intent", origin)

    def intending(self, token: Token) -> list[Actor]:
        """Who intends: the subject, or for an intent noun its owner or the clause's subject."""
        if token.pos_ != "NOUN":
            return self.sources(token)
        owners = [a for a in self.actors(children(token, "poss")) if a.code]
        return owners or self.sources(token.head)

    def condition_subjects(self, acts: list[Token]) -> list[Actor]:
        """Whom a threat is aimed at: the actor of its condition (``... if the United States goes ahead``)."""
        clauses = [c for act in acts for c in act.subtree if c.dep_ == "advcl"]
        conditions = [c for c in clauses if any(m.lower_ in CONDITION_MARKS for m in children(c, "mark"))]
        return [a for c in conditions for a in self.actors(subject(c)[0]) if a.code]

    def verb_event(self, token: Token) -> list[Coded]:
        """A clause whose verb (or predicative adjective) has a pattern; a participle
        modifying a noun (``the ousted president``) describes, it does not tell an event,
        and a verb of saying is an event only with the object its pattern names
        (``declared a state of emergency``, not ``declared that ...``)."""
        kind = PREDICATE_KINDS.get(token.pos_)
        if kind is None or token.dep_ == "amod":
            return []
        pattern = self.match(token, kind)
        if pattern is not None and self.conditional_harm(token, pattern.code):
            return self.threat(token, pattern)
        if pattern is None or conditional(token, reported=token.i in self.reports):
            return []
        if token.lemma_ in REPORTING and not pattern.objects:
            return []
        if not pattern.objects and self.not_an_act(token, pattern.code):
            return []
        if self.asked_for(token) or modal(token) in OBLIGATION_CODES or self.consequence(token, pattern.code):
            return []
        act_code = self.joint(token, pattern.code)
        coded = self.mood(token, act_code)
        if coded is None or (coded[0][:2] == THREAT_ROOT and self.hazard(token)):
            return []
        code, rule = coded
        heads, passive = subject(token)
        if passive and token.lower_ in STATIVE_PARTICIPLES and not passive_agent(token):
            passive = False
        if passive:
            agents = self.actors(passive_agent(token))
            if not agents and any(self.peaceful_noun(h) for h in heads):
                return self.make(self.parties(heads), [], code, token, "passive-event", pattern.origin)
            victims = self.actors(heads)
            if not victims and code[:2] >= FORCE_ROOT:
                victims = self.place_targets(heads)
            weapons = [h for h in heads if h.lemma_.lower() in WEAPON_WORDS]  # ``grenades were hurled at``
            agents = agents or self.unknown_attackers(self.means(token) + weapons, victims, code)
            if not agents and code[:2] == FORCE_ROOT:
                return self.deployed(token, victims, code, pattern.origin)
            agents = agents or self.authorities_here(code)
            return self.make(agents, victims, code, token, "passive", pattern.origin)
        # Whom the act is aimed at, whether it is done, intended or refused.
        targets = self.targets(token, act_code, frozenset({pattern.particle}) - {""})
        act = self.complement(token)
        if not targets and act is not None and code[:2] == REFUSAL_ROOT:
            targets = self.targets(act, code)
        sources = self.unknown_attackers(heads, targets, code) or self.sources(token)
        sources = sources or self.unknown_persons(heads, targets, code)
        if unarmed_incursion(token.lemma_, code, sources):
            return []
        return self.make(sources, targets, code, token, rule, pattern.origin)

    def peaceful_noun(self, head: Token) -> bool:
        """An event noun of talk or cooperation (``talks between A and B were held``); ``the killing
        was condemned`` is a reaction to violence, not a passive event of its parties."""
        pattern = self.match(head, "noun")
        return pattern is not None and pattern.code[:2] < PROTEST_ROOT

    def unknown_persons(self, heads: list[Token], victims: list[Actor], code: str) -> list[Actor]:
        """``a man threw a grenade``, ``two teenagers stabbed a guard``: people the news does not name who
        use violence are unidentified attackers of the place."""
        if code[:2] < VIOLENCE_ROOT or not any(h.lemma_.lower() in PERSON_NOUNS for h in heads):
            return []
        country, how = self.here(victims)
        text = " ".join(t.text for t in np_tokens(heads[0]))
        return [Actor(text, f"{country or ''}UAF", country, "UAF", country_from=how)]

    @staticmethod
    def means(token: Token) -> list[Token]:
        """What did a passive harm: its agent, ``in``/``by`` objects, and the subject of a ``when``
        clause (``were killed when a car bomb exploded``)."""
        means = passive_agent(token) + [o for _, o in prep_objects(token, {"in", "by"})]
        clauses = [c for c in children(token, "advcl") if {m.lower_ for m in c.children} & MEANS_MARKS]
        return means + [h for c in clauses for h in subject(c)[0]]

    def weapon_event(self, token: Token) -> list[Coded]:
        """A weapon as the subject of a verb of impact (``a car bomb tore through a market``, ``shells
        slammed into a school``): the attack of whoever fired it, else of unidentified attackers, aimed
        at whom it hit or killed; coded by the weapon (:func:`weapon_code`)."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in IMPACT_VERBS or negated(token):
            return []
        heads, passive = subject(token)
        words = {t.lemma_.lower() for h in heads for t in np_tokens(h)}
        if passive or not words & WEAPON_WORDS or conditional(token, reported=token.i in self.reports):
            return []
        code = weapon_code(words)
        owners = [a for h in heads for a in self.named_modifiers(h)]
        sources = owners or self.unknown_attackers(heads, [], code)
        harmed = [c for c in children(token, "advcl", "conj") if c.lemma_.lower() in HARMING]
        targets = self.targets(token, code) or [a for c in harmed for a in self.actors(direct_objects(c))]
        return self.make(sources, targets, code, token, "weapon", "conventions.py")

    def not_an_act(self, token: Token, code: str) -> bool:
        """A verb of force read in another sense: ``exploded in anger`` (a bomb explodes, a person
        does not), ``captured a larger share of the market``, ``seized the opportunity``, ``destroyed
        the England batting line-up``."""
        heads, _ = subject(token)
        doers = {t.lemma_.lower() for h in heads for t in np_tokens(h)}
        if token.lemma_.lower() in DETONATING and not direct_objects(token) and not doers & WEAPON_WORDS:
            return True
        objects = {t.lemma_.lower() for o in direct_objects(token) for t in np_tokens(o)}
        return code[:2] >= FORCE_ROOT and bool(objects & ABSTRACT_OBJECTS)

    def deployed(self, token: Token, forces: list[Actor], code: str, origin: str) -> list[Coded]:
        """Forces sent or put on alert with no one named as sending them: their own state's show of
        force, aimed where they go (``police were deployed across Nairobi``)."""
        own = [f for f in forces if f.sector in FORCES]
        relief = any(c.lemma_.lower() in RELIEF_WORDS for c in token.subtree if c.pos_ == "VERB")
        if not own or relief:
            return []
        return self.make(own, self.targets(token, code), code, token, "passive", origin)

    def conditional_harm(self, token: Token, code: str) -> bool:
        """Harm promised on a condition (``will boycott the elections unless the president steps
        down``, ``said it would retaliate if ...``): a threat, CAMEO 13; ``could`` only muses."""
        marks = [m for c in children(token, "advcl") for m in children(c, "mark") if m.lower_ in THREAT_MARKS]
        harmful = code[:2] >= PROTEST_ROOT or code[:2] == REFUSAL_ROOT
        will = modal(token) in THREAT_MODALS or (token.i in self.reports and modal(token) == "would")
        return bool(marks) and harmful and will and not negated(token)

    def threat(self, token: Token, pattern: VerbPattern) -> list[Coded]:
        """A conditional harm as a threat against the condition's actor, else the act's target."""
        if self.asked_for(token) or (conditional(token.head) and token.head.i != token.i):
            return []
        code = intent_code("threaten", pattern.code) or "130"
        targets = self.condition_subjects([token]) or self.targets(token, pattern.code)
        return self.make(self.sources(token), targets, code, token, "threat", pattern.origin)

    def hazard(self, token: Token) -> bool:
        """A warning of a danger, not a threat: what it says will happen is done by no actor
        (``warned that people crossing at night risked their lives``)."""
        if token.lemma_ not in WARNING_VERBS:
            return False
        subjects = [h for c in children(token, "ccomp") for h in subject(c)[0]]
        return bool(subjects) and all(h.pos_ != "PRON" for h in subjects) and not self.actors(subjects)

    def mood(self, token: Token, code: str) -> tuple[str, str] | None:
        """(code, rule) of a predicate as asserted, intended (``will send``: 03x/13x) or refused
        (``will not release``: 12x); None when negated otherwise."""
        will = modal(token)
        if negated(token):
            refusal = refusal_code(code) if will in REFUSING_MODALS else None
            return (refusal, "refusal") if refusal else None
        if will in INTENT_MODALS or (token.i in self.reports and will in ("would", "could")):
            return intent_code(str(will), code) or default_intent(code), "intent"
        return code, "svo"

    def commanded(self, token: Token) -> list[Coded]:
        """An order to one's own forces, or a decision, is the act ordered or decided: ``Russia ordered
        its troops to withdraw from Kherson`` is Russia's withdrawal, ``the court decided to allow the
        candidate to run`` the court's concession."""
        lemma = token.lemma_.lower()
        if lemma in COMMANDING and not self.own_forces(token):
            return self.sent_away(token)
        if lemma not in COMMANDING | DECIDING:
            return []
        act = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
        pattern = self.match(act) if act is not None else None
        if act is None or pattern is None or negated(token) or conditional(token):
            return []
        self.consumed.add(act.i)
        targets = self.targets(act, pattern.code)
        return self.make(self.sources(token), targets, pattern.code, token, "command", pattern.origin)

    def sent_away(self, token: Token) -> list[Coded]:
        """``ordered the French ambassador to leave the country``: an order to a foreign envoy to leave
        is an expulsion, coded as the ``expel`` pattern for the envoy."""
        leaving = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in LEAVING]
        objects = direct_objects(token)
        words = {t.lemma_.lower() for o in objects for t in np_tokens(o)}
        expel = next((p for p in self.patterns.lookup("verb", "expel") if p.objects & words), None)
        if not leaving or expel is None or negated(token) or conditional(token):
            return []
        self.consumed.add(leaving[0].i)
        targets = [a for a in self.actors(objects) if usable(a)]
        return self.make(self.sources(token), targets, expel.code, token, "command", expel.origin)

    def own_forces(self, token: Token) -> bool:
        """Whether a command's object is the commander's own: ``its troops``, ``Russian forces``
        ordered by Putin."""
        objects = direct_objects(token)
        if any(t.lower_ in OWN_WORDS for o in objects for t in np_tokens(o)):
            return True
        commanders = {a.country for a in self.sources(token) if a.country}
        return any(a.country in commanders and a.sector in FORCES for a in self.actors(objects))

    def refused(self, token: Token) -> list[Coded]:
        """Refusing a cooperative act is its refusal: ``declined to resign`` 124, ``refused to release
        the sailors`` 1243."""
        if token.lemma_.lower() not in REFUSING_VERBS or token.pos_ != "VERB":
            return []
        act = self.complement(token)
        pattern = self.match(act) if act is not None else None
        code = refusal_code(pattern.code) if pattern else None
        if act is None or pattern is None or code is None or negated(token) or conditional(token):
            return []
        self.consumed.add(act.i)
        targets = self.targets(act, pattern.code) or self.targets(act, code)
        return self.make(self.sources(token), targets, code, token, "refusal", pattern.origin)

    def claimed(self, token: Token) -> list[Coded]:
        """``claimed responsibility for the attack``: the claimant made the attack (coded as the attack,
        aimed at whom it struck), and claims it (015)."""
        if token.lemma_.lower() not in CLAIMING or token.pos_ != "VERB" or negated(token):
            return []
        claims = [d for d in direct_objects(token) if d.lemma_.lower() == "responsibility"]
        owned = [obj for d in claims for _, obj in prep_objects(d, {"for"})]
        acts = ((n, p) for n in owned if (p := self.match(n, "noun")) and p.code[:2] >= PROTEST_ROOT)
        found = next(acts, None)
        if found is None or conditional(token, reported=token.i in self.reports):
            return []
        noun, pattern = found
        self.consumed.add(noun.i)
        targets = [a for _, o in prep_objects(noun, TARGET_PREPS | {"of"}) for a in self.actors([o])]
        attack = self.make(self.sources(token), targets, pattern.code, token, "claim", pattern.origin)
        return attack + self.verb_event(token)

    def fallen(self, token: Token) -> list[Coded]:
        """``the town fell to the rebels``: the rebels took it (192), from the place's country."""
        if token.lemma_.lower() != "fall" or token.pos_ != "VERB" or negated(token):
            return []
        takers = [a for _, o in prep_objects(token, {"to"}) for a in self.actors([o]) if usable(a)]
        heads, _ = subject(token)
        places = [h for h in heads if self.is_place(h) or h.lemma_.lower() in PLACE_NOUNS]
        if not takers or not places or conditional(token, reported=token.i in self.reports):
            return []
        return self.make(takers, self.place_targets(places), OCCUPY_CODE, token, "fall", "conventions.py")

    def light_event(self, token: Token) -> list[Coded]:
        """A verb that starts, carries on, orders or announces the act its object names: the act of
        the verb's subject (``Palestinian prisoners began a hunger strike``), aimed where the noun
        or the verb points; a verb pattern written for the object is more precise and wins."""
        if token.lemma_.lower() not in LIGHT_VERBS or token.pos_ != "VERB" or token.dep_ == "amod":
            return []
        specific = self.match(token)
        if specific is not None and specific.objects:
            return []
        nouns = direct_objects(token)
        nouns += [o for n in nouns for _, o in prep_objects(n, LIGHT_NOUN_PREPS)]
        found = next(((n, p) for n in nouns if (p := self.match(n, "noun"))), None)
        if found is None or self.asked_for(token) or conditional(token, reported=token.i in self.reports):
            return []
        noun, pattern = found
        self.consumed.add(noun.i)
        coded = self.mood(token, pattern.code)
        if coded is None:
            return []
        code, _ = coded
        targets = [a for _, o in prep_objects(noun) for a in self.actors([o]) if usable(a)]
        targets = targets or self.owners([noun]) or self.targets(token, code)
        return self.make(self.sources(token), targets, code, token, "light", pattern.origin)

    def joint(self, token: Token, code: str) -> str:
        """Military exercises held jointly are military cooperation (062), not a show of force."""
        words = {t.lower_ for o in self.object_heads(token) for t in np_tokens(o)}
        return JOINT_CODE if code[:2] == FORCE_ROOT and words & JOINT_WORDS else code

    def consequence(self, token: Token, code: str) -> bool:
        """A participle telling what harm followed (``..., killing 157 people``), or what an attack
        did on its way (``gangs attacked a town, freeing prisoners``), not an act of its own."""
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        clause = token
        while clause.dep_ == "conj" and clause.tag_ == "VBG" and clause.head.i != clause.i:
            clause = clause.head  # ``..., setting fire to homes and freeing prisoners``
        if clause.dep_ != "advcl" or token.tag_ != "VBG" or own_subject:
            return False
        attack = self.match(clause.head) if clause.head.pos_ == "VERB" else None
        return code[:2] >= FORCE_ROOT or (attack is not None and attack.code[:2] >= VIOLENCE_ROOT)

    def asked_for(self, token: Token) -> bool:
        """Whether the act is only what someone demands or urges (``demanded that X leave``), what
        someone is accused or praised for (``accused Ruto of allowing police to abduct critics``),
        the topic of an attitude or a noun (``pessimistic about reaching a deal``, ``hopes of
        signing``) or a purpose (``would form a force to fight militants``)."""
        node = token
        while node.head.i != node.i:
            if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_ in NONFACTUAL:
                return True
            about = node.head.head
            if node.dep_ == "pcomp" and (about.pos_ in ("ADJ", "NOUN") or about.lemma_ in ALLEGING):
                return True
            if self.purpose_of_the_future(node):
                return True
            node = node.head
        return False

    @staticmethod
    def purpose_of_the_future(node: Token) -> bool:
        """``would form a joint force to fight militants``: the purpose of an act still to come is not
        done (that of an act done, ``sent inspectors to investigate``, is)."""
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        purpose = node.dep_ in ("advcl", "acl") and infinitive
        governing = node.head if node.dep_ == "advcl" else node.head.head
        return purpose and modal(governing) is not None

    def noun_event(self, token: Token) -> list[Coded]:
        """An event noun with a possessive, ``by``, named-modifier or ``between`` source: ``Petro's visit
        to China``, ``the Russian invasion of Ukraine``, ``clashes between police and protesters``;
        an attack or bomb with no owner is by unidentified attackers (``killed in a grenade attack``).

        A cooperative or verbal noun is an event of its own only as an argument of its clause
        (``during his visit`` is background to the clause's event); protest and force are coded
        wherever they stand, unless told as the past the clause answers (``in response to the
        invasion``).
        """
        pattern = self.match(token, "noun") if token.pos_ == "NOUN" else None
        if pattern is None or negated(token) or conditional(token):
            return []
        anywhere = token.dep_ not in ARGUMENT_DEPS
        if anywhere and not self.told_anywhere(token, pattern.code):
            return []
        possessive = children(token, "poss")
        victims = token.lemma_.lower() in VICTIM_NOUNS  # ``Soleimani's killing``: whose, not by whom
        owner = ([] if victims else possessive) + [obj for _, obj in prep_objects(token, {"by"})]
        sources = self.actors(owner) if owner else ([] if victims else self.named_modifiers(token))
        if anywhere:
            # ``clashes between police and protesters``; ``during their attack`` is the clause's own actor's.
            between = [a for _, obj in prep_objects(token, {"between", "among"}) for a in self.actors([obj])]
            sources = sources or (between if len(between) > 1 else [])
            if any(o.pos_ == "PRON" for o in owner):
                return []
        objects = [obj for _, obj in prep_objects(token, TARGET_PREPS | {"of"})]
        targets = [a for a in self.actors(objects + (possessive if victims else []))]
        if not targets and pattern.code[:2] >= VIOLENCE_ROOT:
            targets = self.place_targets(objects)  # ``Israeli strikes on Gaza``
        if targets or token.lemma_.lower() not in GENERIC_ATTACKS:
            sources = sources or self.unknown_attackers([token], targets, pattern.code)
        return self.make(sources, targets, pattern.code, token, "nominal", pattern.origin)

    @staticmethod
    def told_anywhere(token: Token, code: str) -> bool:
        """Protest and force named by a noun outside the clause's arguments, not as past background,
        nor as what is asked for or alleged (``appealed for an end to the fighting``, ``accused Russia
        of being behind an attack``)."""
        background = {token.head.lemma_.lower(), token.head.head.lemma_.lower()} & BACKGROUND_WORDS
        modifier = token.dep_ in ("compound", "amod", "nmod")  # ``a bombing campaign``: the campaign tells
        untold = any(a.lemma_.lower() in NONFACTUAL | ALLEGING | ENDING | INQUIRING for a in token.ancestors)
        return code[:2] >= PROTEST_ROOT and not (background or modifier or untold)

    def make(
        self, sources: list[Actor], targets: list[Actor], code: str, trigger: Token, rule: str, origin: str
    ) -> list[Coded]:
        """Events for every (source, target) pair; a compound subject with no target is reciprocal;
        other acts with no target wait for :meth:`at_home`.

        Roles without a country (``protesters``, ``police``) take the country
        of the place the sentence names, else the other side's; a protest
        with no target is against its own country's government.
        """
        if len(sources) > 1 and trigger.lemma_ in EXCHANGING:
            targets = [t for t in targets if t.code]  # ``exchanged prisoners``: what, not with whom
        sources = [s for s in (self.placed(a, targets) for a in sources) if s.code]
        targets = [t for t in (self.placed(a, sources) for a in targets if not equipment(a)) if t.code]
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
            pairs = [(s, t) for s in sources for t in ends if not t or t.code not in (s.code, s.country)]
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
        codes = [violence_code(code, s, mass, battle(fighting, t)) for s, t in pairs]
        return [
            Coded(s, t, c, trigger.text, offset, rule, origin, quote)
            for (s, t), c in zip(pairs, codes, strict=True)
        ]

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
