"""The rules of force and violence: weapons that strike with no one named, places that fall,
event nouns of protest and force wherever they stand, and the senses of force verbs that are not
force.

Each rule is named in the ``evidence.rule`` of the events it makes: ``weapon`` (a weapon as the
subject of a verb of impact), ``fall`` (a place fallen to a force), ``nominal`` (an event noun
with its own arguments); the passive rule of :mod:`dyad.coding.extract` takes from here who is
behind an agentless harm (:meth:`ForceRules.means`, :meth:`ForceRules.unknown_persons`) and
forces sent (:meth:`ForceRules.deployed`).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.coding.conventions import (
    ABSTRACT_OBJECTS,
    ALLEGING,
    BACKGROUND_WORDS,
    CLASH_NOUNS,
    DETONATING,
    ENDING,
    FORCE_ROOT,
    FORCES,
    GENERIC_ATTACKS,
    HARMING,
    IMPACT_VERBS,
    INQUIRING,
    MEANS_MARKS,
    NONFACTUAL,
    OCCUPY_CODE,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PROTEST_ROOT,
    RELIEF_WORDS,
    TREND_VERBS,
    VICTIM_NOUNS,
    VIOLENCE_ROOT,
    WEAPON_WORDS,
    weapon_code,
)
from dyad.coding.events import Coded, EventMaker
from dyad.coding.phrases import usable
from dyad.coding.syntax import (
    TARGET_PREPS,
    children,
    conditional,
    direct_objects,
    governing_verb,
    lemmas,
    negated,
    np_tokens,
    passive_agent,
    prep_objects,
    subject,
)
from dyad.model import Actor

ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "ROOT", "appos"}


class ForceRules(EventMaker):
    """Rules of force and violence, and event nouns."""

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

    def weapon_event(self, token: Token) -> list[Coded]:
        """A weapon as the subject of a verb of impact (``a car bomb tore through a market``, ``shells
        slammed into a school``): the attack of whoever fired it, else of unidentified attackers, aimed
        at whom it hit or killed; coded by the weapon (:func:`weapon_code`)."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in IMPACT_VERBS or negated(token):
            return []
        heads, passive = subject(token)
        words = lemmas(heads)
        if passive or not words & WEAPON_WORDS or conditional(token, reported=token.i in self.reports):
            return []
        code = weapon_code(words)
        owners = [a for h in heads for a in self.named_modifiers(h)]
        sources = owners or self.unknown_attackers(heads, [], code)
        targets = self.targets(token, code) or self.harmed(token)
        return self.make(sources, targets, code, token, "weapon", "conventions.py")

    def not_an_act(self, token: Token, code: str) -> bool:
        """A verb of force read in another sense: ``exploded in anger`` (a bomb explodes, a person
        does not), ``captured a larger share of the market``, ``seized the opportunity``, ``destroyed
        the England batting line-up``."""
        heads, _ = subject(token)
        weaponless = not lemmas(heads) & WEAPON_WORDS
        if token.lemma_.lower() in DETONATING and not direct_objects(token) and weaponless:
            return True
        return code[:2] >= FORCE_ROOT and bool(lemmas(direct_objects(token)) & ABSTRACT_OBJECTS)

    def harmed(self, token: Token) -> list[Actor]:
        """Whom an act of force harmed, as its participle tells: ``cleared a trench, killing several
        Russian infantrymen``."""
        harming = [c for c in children(token, "advcl", "conj") if c.lemma_.lower() in HARMING]
        return [a for c in harming for a in self.actors(direct_objects(c)) if usable(a)]

    def unknown_persons(self, heads: list[Token], victims: list[Actor], code: str) -> list[Actor]:
        """``a man threw a grenade``, ``two teenagers stabbed a guard``: people the news does not name who
        use violence are unidentified attackers of the place."""
        if code[:2] < VIOLENCE_ROOT or not any(h.lemma_.lower() in PERSON_NOUNS for h in heads):
            return []
        return [self.stand_in(" ".join(t.text for t in np_tokens(heads[0])), "UAF", victims)]

    @staticmethod
    def means(token: Token) -> list[Token]:
        """What did a passive harm: its agent, ``in``/``by`` objects, and the subject of a ``when``
        clause (``were killed when a car bomb exploded``)."""
        means = passive_agent(token) + [o for _, o in prep_objects(token, {"in", "by"})]
        clauses = [c for c in children(token, "advcl") if {m.lower_ for m in c.children} & MEANS_MARKS]
        # A clause the parser headed by its noun (``when a bomb/advcl ...``) is that noun.
        nouns = [c for c in clauses if c.pos_ in ("NOUN", "PROPN")]
        return means + nouns + [h for c in clauses for h in children(c, "nsubj", "nsubjpass")]

    def peaceful_noun(self, head: Token) -> bool:
        """An event noun of talk or cooperation (``talks between A and B were held``); ``the killing
        was condemned`` is a reaction to violence, not a passive event of its parties."""
        pattern = self.match(head, "noun")
        return pattern is not None and pattern.code[:2] < PROTEST_ROOT

    def deployed(self, token: Token, forces: list[Actor], code: str, origin: str) -> list[Coded]:
        """Forces sent or put on alert with no one named as sending them: their own state's show of
        force, aimed where they go (``police were deployed across Nairobi``)."""
        own = [f for f in forces if f.sector in FORCES]
        relief = any(c.lemma_.lower() in RELIEF_WORDS for c in token.subtree if c.pos_ == "VERB")
        if not own or relief:
            return []
        return self.make(own, self.targets(token, code), code, token, "passive", origin)

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
        if token.head.lemma_.lower() in TREND_VERBS and token.tag_ == "NNS":
            return []  # ``attacks on security forces have increased``: a trend, not an event
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
            sides = [] if sources else self.clash_sides(token)
            if sides:  # each side fought the other
                return self.make(sides, [], pattern.code, token, "nominal", pattern.origin)
        objects = [obj for _, obj in prep_objects(token, TARGET_PREPS | {"of"})]
        targets = [a for a in self.actors(objects + (possessive if victims else []))]
        if not targets and pattern.code[:2] >= VIOLENCE_ROOT:
            targets = self.place_targets(objects)  # ``Israeli strikes on Gaza``
        if targets or token.lemma_.lower() not in GENERIC_ATTACKS:
            sources = sources or self.unknown_attackers([token], targets, pattern.code)
        return self.make(sources, targets, pattern.code, token, "nominal", pattern.origin)

    def clash_sides(self, token: Token) -> list[Actor]:
        """The two sides of a fight ``with`` someone, the other being the clause's subject: ``Indian
        soldiers were killed in a clash with Chinese troops`` is a battle of the two."""
        if token.lemma_.lower() not in CLASH_NOUNS:
            return []
        others = [a for _, obj in prep_objects(token, {"with"}) for a in self.actors([obj]) if usable(a)]
        verb = governing_verb(token)
        own = [a for a in self.actors(subject(verb)[0]) if usable(a)] if verb is not None and others else []
        return own + others if own else []

    @staticmethod
    def told_anywhere(token: Token, code: str) -> bool:
        """Protest and force named by a noun outside the clause's arguments, not as past background,
        nor as what is asked for or alleged (``appealed for an end to the fighting``, ``accused Russia
        of being behind an attack``)."""
        background = {token.head.lemma_.lower(), token.head.head.lemma_.lower()} & BACKGROUND_WORDS
        modifier = token.dep_ in ("compound", "amod", "nmod")  # ``a bombing campaign``: the campaign tells
        untold = any(a.lemma_.lower() in NONFACTUAL | ALLEGING | ENDING | INQUIRING for a in token.ancestors)
        return code[:2] >= PROTEST_ROOT and not (background or modifier or untold)
