"""Questions about a dependency parse that the coding rules ask.

Pure functions over spaCy tokens: who is the subject of a verb, what its
objects and prepositional arguments are, whether it is negated, modal or
hypothetical, and which clauses report someone's words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

NP_DEPS = {
    "compound",
    "amod",
    "nmod",
    "poss",
    "det",
    "flat",
    "nummod",
    "npadvmod",
    "quantmod",
    "case",
    "predet",
}
REPORTING = {
    "say",
    "tell",
    "add",
    "state",
    "note",
    "stress",
    "underline",
    "emphasize",
    "emphasise",
    "declare",
    "insist",
    "claim",
    "explain",
    "reiterate",
    "remark",
    "comment",
    "write",
    "assert",
    "argue",
    "affirm",
}
# Verbs whose clauses report words, though they may be events themselves (``announced a ceasefire``).
ANNOUNCING = {
    "announce",
    "confirm",
    "warn",
    "report",
    "indicate",
    "reveal",
    "disclose",
    "acknowledge",
    "admit",
}
HYPOTHETICAL_MODALS = {"would", "could", "might", "may"}
INTENT_MODALS = {"will", "shall", "can", "'ll"}
# Spans of time that, as how long an act went on, make it a state of affairs (``for years``).
LONG_SPANS = frozenset({"decade", "year", "month", "generation", "century"})
# Words that tell a schedule or an expectation, neither an act nor an actor's own intent (``is due to
# visit``, ``is set to sign``, ``is expected to meet``, ``is likely to attend``).
SCHEDULE_WORDS = frozenset(
    {"due", "set", "poise", "slate", "schedule", "likely", "unlikely", "supposed", "expect"}
)
# What a speaker asks of someone when the reported clause says they must or should act.
OBLIGATION_CODES = {"must": "100", "should": "020"}
NO_ONE_IN_PARTICULAR = {"no", "any", "every", "each"}
# Words that make a prepositional phrase a date (``on Tuesday``, ``in May``), not a particle.
# fmt: off
TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "day", "week", "month", "year", "weekend", "morning", "evening", "night", "today", "time",
}
# fmt: on
CONDITION_MARKS = {"if", "unless", "whether", "lest"}
TARGET_PREPS = {"with", "to", "against", "on", "at", "from", "toward", "towards", "into", "for", "upon"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


def lemmas(heads: Iterable[Token]) -> set[str]:
    """The lowercase lemmas of the words of noun phrases (their heads and modifiers)."""
    return {t.lemma_.lower() for head in heads for t in np_tokens(head)}


def np_tokens(head: Token) -> list[Token]:
    """The head of a noun phrase and its modifiers to the left (not its clauses or prepositions)."""
    found = [head]
    for child in head.children:
        if child.dep_ in NP_DEPS:
            found.extend(np_tokens(child))
    return sorted(found, key=lambda t: t.i)


def conjuncts(token: Token) -> list[Token]:
    """A token and those coordinated with it (``China and Colombia``).

    A list whose second member the parser took for an apposition
    (``Saudi Arabia, the United Arab Emirates, Bahrain and Egypt``) is a
    coordination all the same.
    """
    found = [token, *token.conjuncts]
    for appos in children(token, "appos"):
        if appos.conjuncts:
            found += [appos, *appos.conjuncts]
    return found


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children with one of the dependency labels."""
    return [child for child in token.children if child.dep_ in deps]


# Prepositions that aim an act (``called on``, ``appealed to``): a participle with one is active.
AIMING_PREPS = frozenset({"on", "to", "for", "against", "with", "upon"})
# Verbs that take no object: a participle of one after a noun tells what the noun did.
INTRANSITIVE = frozenset({
    "clash", "fight", "battle", "march", "protest", "rally", "riot", "gather", "demonstrate", "flee",
    "skirmish", "mutiny", "revolt", "rebel", "strike",
})


def subject(verb: Token) -> tuple[list[Token], bool]:
    """(subject heads, whether passive) of a predicate, inherited through conjunction and control.

    Run-on text (a headline run into its lede) can leave a verb with two
    subjects; both are returned and the one that names an actor counts.
    """
    before = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
    after = [c for c in verb.rights if c.dep_ in SUBJECT_DEPS]
    if before or after:
        chosen = before or after[:1]
        return chosen, chosen[-1].dep_ == "nsubjpass"
    if verb.dep_ == "relcl":
        return [verb.head], False
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and children(verb, "agent"):
        return [verb.head], True  # ``a tanker seized by British marines``
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        # A clause parsed as a noun phrase (``youths/ROOT clashed/acl with police``): the noun is the
        # subject of a verb that takes no object or that has its own object or aim; of a participle
        # with only circumstances, what it was done to (a caption's ``soldiers freed in an exchange``).
        complements = {c.dep_ for c in verb.children} & {"dobj", "dative", "prt"}
        aimed = {c.lower_ for c in verb.children if c.dep_ == "prep"} & AIMING_PREPS  # ``called on Arabs``
        active = verb.tag_ == "VBD" or verb.lemma_.lower() in INTRANSITIVE or bool(complements or aimed)
        return [verb.head], not active
    # The parser sometimes hangs the subject on the auxiliary (``Hungary/nsubj -> is opposed``).
    auxiliaries = [aux for aux in verb.lefts if aux.dep_ in ("aux", "auxpass")]
    held = [s for aux in auxiliaries for s in aux.children if s.dep_ == "nsubj"]
    if held:
        return held, any(aux.dep_ == "auxpass" for aux in auxiliaries)
    governing = verb.head.head if verb.dep_ == "pcomp" else None
    if governing is not None and governing.pos_ == "VERB" and not children(governing, "dobj"):
        return subject(governing)  # ``youths resorted to throwing stones``, not ``accused X of ...``
    if verb.dep_ in ("conj", "xcomp", "acomp", "advcl") and verb.head.i != verb.i:
        return subject(verb.head)
    return [], False


def adjacent_coordination(verb: Token, heads: list[Token]) -> list[Token]:
    """A coordination of nouns right before the verb but parsed under its subject (run-on text).

    In ``Bogota on BRI China and Colombia signed`` the parser takes ``Bogota``
    as the subject; English puts the subject next to its verb, so the
    coordinated nouns that end just before the verb are taken instead.
    """
    if verb.i == 0 or not heads:
        return []
    last = verb.doc[verb.i - 1]
    first = last.head if last.dep_ == "conj" else last
    group = conjuncts(first)
    if len(group) < 2 or first.dep_ != "pobj" or first.i <= heads[0].i or last.pos_ != "PROPN":
        return []
    return [first] if first in heads[0].subtree else []


def passive_agent(verb: Token) -> list[Token]:
    """The ``by`` phrase of a passive verb."""
    return [obj for prep in children(verb, "agent") for obj in children(prep, "pobj")]


def prep_objects(token: Token, preps: set[str] = TARGET_PREPS) -> list[tuple[str, Token]]:
    """(preposition, object) pairs of the token's prepositional phrases."""
    found = []
    for prep in children(token, "prep", "dative"):
        if prep.dep_ == "dative" and prep.pos_ != "ADP":
            found.append(("to", prep))
        elif prep.lower_ in preps:
            objects = children(prep, "pobj") or stranded_object(prep)
            found.extend((prep.lower_, obj) for obj in objects)
    return found


def stranded_object(prep: Token) -> list[Token]:
    """The noun phrase right after a preposition the parser left without an object.

    In ``granted asylum to five Panamanian army officers holed up ...`` the
    parser makes ``officers`` the subject of ``holed``; the phrase after
    ``to`` is still its object.
    """
    if any(True for _ in prep.children):
        return []
    for token in prep.doc[prep.i + 1 : prep.i + 8]:
        if token.pos_ in ("VERB", "AUX", "ADP", "PUNCT"):
            return []
        if token.dep_ not in NP_DEPS and token.pos_ in ("NOUN", "PROPN"):
            return [token]
    return []


def direct_objects(verb: Token) -> list[Token]:
    """Direct objects and attributes of a verb; ``kidnapped up to 16 advisers``, which the parser
    reads as a particle and a preposition, has its object after them."""
    counted = [o for up in children(verb, "prt") if up.lower_ == "up" for o in prep_objects(up, {"to"})]
    return children(verb, "dobj", "attr", "oprd") + [obj for _, obj in counted]


def modal(verb: Token) -> str | None:
    """The modal auxiliary of a verb (or of the verb it is coordinated with or completes)."""
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return child.lower_
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return modal(verb.head)  # ``would resume sharing intelligence``
    return None


def negated(token: Token) -> bool:
    """Whether the predicate (or the one it is coordinated with) is negated or tells of no one in
    particular: ``has yet to open`` is not open, ``no troops were sent`` sent none, and ``any
    official who steals`` is no event."""
    # ``said no to the bailout`` is a refusal, not a negation.
    said_no = {c.i for c in token.children if c.lower_ == "no" and c.dep_ == "intj"}
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in token.children if c.i not in said_no):
        return True
    if token.dep_ == "xcomp" and any(child.lower_ == "yet" for child in token.head.children):
        return True
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if token.dep_ == "relcl":
        subjects.append(token.head)  # ``any official who steals``
    if any(d.dep_ == "det" and d.lower_ in NO_ONE_IN_PARTICULAR for s in subjects for d in s.children):
        return True
    return token.dep_ in ("conj", "acomp", "xcomp") and token.head.i != token.i and negated(token.head)


def scheduled(token: Token) -> bool:
    """A word of schedule or expectation (:data:`SCHEDULE_WORDS`); ``expect`` only in the passive:
    ``expects to sign`` is the actor's own intent, ``is expected to sign`` someone else's forecast."""
    lemma = token.lemma_.lower()
    if lemma == "expect":
        return any(child.dep_ == "auxpass" for child in token.children)
    return lemma in SCHEDULE_WORDS


def conditional(token: Token, reported: bool = False) -> bool:
    """Whether the token sits in a condition (``if ...``), under a hypothetical modal, or, outside
    reported speech, under a word of schedule or expectation (``is due to visit``).

    In reported speech ``would`` and ``could`` are the future seen from the
    past (``said it would support``), not hypotheticals, and schedules are the
    speaker's own plans (``said it was set to sign``).
    """
    hypothetical = HYPOTHETICAL_MODALS - ({"would", "could"} if reported else set())
    for node in (token, *token.ancestors):
        if any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKS for child in node.children):
            return True
        if modal(node) in hypothetical:
            return True
        if not reported and node.dep_ == "xcomp" and scheduled(node.head):
            return True
    return False


def long_running(token: Token) -> bool:
    """An act told as going on for years or months (``have raided villages for more than a decade``,
    ``fought alongside the army for a decade``): a state of affairs, not an event."""
    spans = [o for prep in children(token, "prep") if prep.lower_ == "for" for o in children(prep, "pobj")]
    long = [o for o in spans if o.lemma_.lower() in LONG_SPANS]
    return any(o.tag_ == "NNS" or o.lemma_.lower() == "decade" for o in long)


def is_question(sentence: Span) -> bool:
    """A sentence ending with a question mark."""
    return sentence.text.rstrip().rstrip("\"”’').").endswith("?")


def reported_clauses(verb: Token) -> Iterator[Token]:
    """The heads of the clauses a reporting verb reports (``..., Xi said``; ``said that ...``)."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis"):
            yield child


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token."""
    for node in token.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def when(prep: Token) -> bool:
    """A preposition that only dates the act (``called up a forward on Tuesday``), not a particle."""
    return any(o.lower_ in TIME_WORDS or o.like_num for o in children(prep, "pobj"))
