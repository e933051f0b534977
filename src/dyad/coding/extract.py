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
reported ``X must ...`` as a demand or appeal of the speaker; ``claim`` an
attack claimed (``claimed responsibility for the attack``) as the claimant's
attack and claim; ``nominal`` an event noun with a possessive or named source
(``Petro's visit to China``), and the rules of force in
:mod:`dyad.coding.force` (``weapon``, ``fall``, nominal violence anywhere);
``/reciprocal`` a compound subject with no target acting on itself member by
member; ``/home`` an act with no one else named, aimed at home when nothing
else in the sentence is coded (violence by an actor of no known country is
kept with no target). Reported speech gives its speaker as the
source when the reported clause has no subject of its own, and its words as
the quote. Negated, conditional and hypothetical predicates, acts only asked
for or alleged, and questions give nothing. The CAMEO conventions that decide
targets and codes live in :mod:`dyad.coding.conventions`; who the arguments
are, in :mod:`dyad.coding.arguments`; how events are made from them, in
:mod:`dyad.coding.events`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from dyad.actors.entries import VerbPattern
from dyad.actors.matching import Mention
from dyad.coding.arguments import Report
from dyad.coding.context import ACCORD_NOUNS, ArticleContext
from dyad.coding.conventions import (
    ALLEGING,
    APPEAL_ROOT,
    CALMING_WORDS,
    CLAIMING,
    COMMANDING,
    CRITICISED_THINGS,
    CRITICISM_CODE,
    CROWD_VERBS,
    DECIDING,
    DEFINITE,
    FORCE_ROOT,
    FORCES,
    FUTURE_MODALS,
    JOINT_CODE,
    JOINT_WORDS,
    LEAVING,
    LIGHT_NOUN_PREPS,
    LIGHT_VERBS,
    MEASURE_ROOTS,
    NONFACTUAL,
    OWN_WORDS,
    PROTEST_CUES,
    PROTEST_ROOT,
    REACTION_ROOTS,
    REFUSAL_ROOT,
    REFUSING_MODALS,
    REFUSING_VERBS,
    SANCTION_CODE,
    SANCTION_VERBS,
    SANCTION_WORDS,
    SPEAKER_NOUNS,
    STATIVE_PARTICIPLES,
    THREAT_MARKS,
    THREAT_MODALS,
    THREAT_ROOT,
    VERBAL_FORCE_VERBS,
    VIOLENCE_ROOT,
    WARNING_VERBS,
    WEAPON_WORDS,
    default_intent,
    refusal_code,
    reporter,
    unarmed_incursion,
)
from dyad.coding.events import Coded
from dyad.coding.force import ForceRules
from dyad.coding.patterns import PatternIndex, intent_code
from dyad.coding.phrases import role_heads, usable
from dyad.coding.syntax import (
    ANNOUNCING,
    CONDITION_MARKS,
    INTENT_MODALS,
    INTRANSITIVE,
    OBLIGATION_CODES,
    REPORTING,
    TARGET_PREPS,
    children,
    conditional,
    conjuncts,
    direct_objects,
    is_question,
    lemmas,
    long_running,
    modal,
    negated,
    np_tokens,
    passive_agent,
    prep_objects,
    reported_clauses,
    scheduled,
    subject,
)
from dyad.model import Actor

# Verbs, and adjectives that predicate an attitude (``concerned about``, ``grateful to``).
PREDICATE_KINDS = {"VERB": "verb", "AUX": "verb", "ADJ": "adj"}
PREDICATE_POS = {"VERB", "AUX", "ADJ", "NOUN"}


class SentenceCoder(ForceRules):
    """The rules applied to one sentence, with the article's context."""

    def __init__(
        self,
        sent: Span,
        mentions: Sequence[Mention],
        context: ArticleContext,
        patterns: PatternIndex,
        countries: frozenset[str],
        intents: frozenset[str],
        part: str = "body",
    ) -> None:
        super().__init__(sent, mentions, context, countries, patterns)
        self.intents = intents
        self.part = part
        self.obligations: list[Coded] = []

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
            # Only predicates and event nouns are read as acts (every rule asks for one of these).
            if token.i not in self.consumed and token.pos_ in PREDICATE_POS:
                events += self.token_events(token)
        return events or [e for e in map(self.unaimed, self.untargeted) if e is not None]

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
        reported = token.i in self.reports
        if negated(token) or conditional(token, reported) or (scheduled(token) and not self.own_plan(token)):
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

    def own_plan(self, token: Token) -> bool:
        """Whether a schedule is told by those it is of (``Ghana said it was set to sign``), and so is
        their intent, not someone else's forecast (``Putin is due to visit Turkey, Turkish officials
        said``)."""
        report = self.reports.get(token.i)
        speakers = {a.country for a in report.speakers} if report else set()
        return bool(speakers & {a.country for a in self.intending(token)} - {None})

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
        if long_running(token) and pattern.code[:2] not in MEASURE_ROOTS:
            return []
        if self.asked_for(token) or modal(token) in OBLIGATION_CODES or self.consequence(token, pattern.code):
            return []
        act_code = self.verbal(token, self.sanctioning(token, self.joint(token, pattern.code)))
        coded = self.mood(token, act_code)
        if coded is None or (coded[0][:2] == THREAT_ROOT and self.hazard(token)):
            return []
        code, rule = coded
        if self.caption_participle(token):
            return []
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
        targets = targets or self.pointed_back(token, code) or self.urged_on_parties(token, code)
        if code[:2] >= VIOLENCE_ROOT:
            targets = targets or self.harmed(token)
        act = self.complement(token)
        if not targets and act is not None and code[:2] == REFUSAL_ROOT:
            targets = self.targets(act, code)
        sources = self.unknown_attackers(heads, targets, code) or self.sources(token)
        sources = sources or self.unknown_persons(heads, targets, code)
        if unarmed_incursion(token.lemma_, code, sources) or self.crowd_without_cause(token, code):
            return []
        events = self.make(sources, targets, code, token, rule, pattern.origin)
        if events:
            # ``carried out a mustard gas attack``: the attack the pattern names is this event.
            self.consumed.update(o.i for o in direct_objects(token) if lemmas([o]) & pattern.objects)
        return events

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

    def caption_participle(self, token: Token) -> bool:
        """A photo caption tells what it shows in the present (``soldiers freed in an exchange embrace
        ...``): a past form there with no object and no agent is a participle, telling what was done
        to its subject, not the subject's act."""
        return (
            self.part == "caption" and token.tag_ in ("VBD", "VBN") and not direct_objects(token)
            and not passive_agent(token) and token.lemma_.lower() not in INTRANSITIVE
        )

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
        expel = next((p for p in self.patterns.lookup("verb", "expel") if p.objects & lemmas(objects)), None)
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

    def pointed_back(self, token: Token, code: str) -> list[Actor]:
        """``condemned the attack``, ``welcomed the deal``, ``rejected the sanctions``: a reaction to an
        act named by a definite event noun with no owner of its own is aimed at whoever did the last
        act of that kind in the article, of another country than the one reacting; a reaction to a deal
        at both parties of the article's last accord."""
        if code[:2] not in REACTION_ROOTS:
            return []
        own = {source.country for source in self.sources(token) if source.country}
        for noun in direct_objects(token):
            definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
            owned = children(noun, "poss") or prep_objects(noun, {"by", "of", "on", "against"})
            if not definite or owned:
                continue
            if noun.lemma_.lower() in ACCORD_NOUNS and self.context.accord_parties(own):
                return self.context.accord_parties(own)
            pattern = self.match(noun, "noun")
            doer = self.context.doer(pattern.code, own) if pattern else None
            if doer is not None:
                return [doer]
        return []

    def urged_on_parties(self, token: Token, code: str) -> list[Actor]:
        """An appeal for restraint, calm or talks that names no one (``China also urged restraint``) is
        made to the parties of the article's first act between two sides, the appealing one left out."""
        if code[:2] != APPEAL_ROOT or self.context.parties is None:
            return []
        if not lemmas(direct_objects(token)) & CALMING_WORDS:
            return []
        own = {source.country for source in self.sources(token)}
        return [replace(p, country_from="article") for p in self.context.parties if p.country not in own]

    def crowd_without_cause(self, token: Token, code: str) -> bool:
        """A crowd that gathers, camps or fills the streets protests only with a cause the sentence
        tells (``..., demanding that the president resign``): crowds gather for funerals and fairs."""
        if token.lemma_.lower() not in CROWD_VERBS or code[:2] != PROTEST_ROOT:
            return False
        return not {t.lemma_.lower() for t in self.sent} & PROTEST_CUES

    def joint(self, token: Token, code: str) -> str:
        """Military exercises held jointly are military cooperation (062), not a show of force."""
        words = {t.lower_ for o in self.object_heads(token) for t in np_tokens(o)}
        return JOINT_CODE if code[:2] == FORCE_ROOT and words & JOINT_WORDS else code

    def verbal(self, token: Token, code: str) -> str:
        """A verb of force said of words, not arms (``attacked the government's handling of the
        economy``, ``Hungary's prime minister attacked Brussels over migration``): criticism (111),
        when its object or what it is over is a policy or words, or its subject a speaker (a person,
        or a role that speaks), and no weapon is named."""
        if token.lemma_.lower() not in VERBAL_FORCE_VERBS or code[:2] not in ("18", "19"):
            return code
        if {t.lemma_.lower() for t in self.sent if t.i != token.i} & WEAPON_WORDS:
            return code
        objects = direct_objects(token) + [o for _, o in prep_objects(token, {"at"})]
        topics = lemmas(objects + [o for _, o in prep_objects(token, {"over", "for"})])
        heads = subject(token)[0]
        named = [e for m in self.mentions_in(heads) for e in m.entries[:1]]
        speaker = any(e.is_person for e in named) or bool(lemmas(heads) & SPEAKER_NOUNS)
        # A speaker's attack on people or bodies is words; on a base or a grid it is force.
        actors = [o for o in objects if self.mentions_in([o]) or o.lemma_.lower() in role_heads()]
        at_actors = bool(objects) and len(actors) == len(objects)
        return CRITICISM_CODE if topics & CRITICISED_THINGS or (speaker and at_actors) else code

    def sanctioning(self, token: Token, code: str) -> str:
        """What sanctions ``target`` or ``hit`` they sanction (``widened its sanctions to target
        airlines``, ``new measures hitting banks``): the verb of force takes the sanction's code when
        a sanction word governs it or is its subject."""
        if token.lemma_.lower() not in SANCTION_VERBS or code[:2] not in ("18", "19"):
            return code
        governors = children(token, "nsubj") + ([token.head] if token.dep_ != "ROOT" else [])
        if token.dep_ in ("xcomp", "advcl"):
            governors += direct_objects(token.head)  # ``widened its sanctions to target``
        words = {t.lemma_.lower() for g in governors for t in np_tokens(g) if t.pos_ == "NOUN"}
        return SANCTION_CODE if words & SANCTION_WORDS else code

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
