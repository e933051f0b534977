"""How a text is coded, step by step: what ``dyad explain`` shows.

For each sentence: the actor and agent mentions the dictionaries found (with
the entry that matched: its file and line and its validity dates), each
predicate that has a verb pattern (the pattern that fits it, the sources
and targets the rules find, a negation) with the dependency parse of its
clause, and the events coded, with the rule and pattern that made them.
The coder's own pieces do the work, so the explanation is what ``dyad
code`` does on the same text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc, Token

from dyad.actors.entries import VerbPattern
from dyad.actors.matching import Mention
from dyad.actors.resolve import compose
from dyad.coding.context import ArticleContext
from dyad.coding.extract import SentenceCoder
from dyad.coding.syntax import negated
from dyad.config import Config
from dyad.errors import InputError
from dyad.model import Actor, Article, Event
from dyad.nlp import parse
from dyad.pipeline import Coder, coder_for
from dyad.segmenting import Sentence, segment

# Dependency labels that head a clause of their own: the parse shown for a trigger stops there.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})


@dataclass(frozen=True)
class MentionStep:
    """A span the dictionaries matched, and what it resolves to on the date."""

    text: str
    start: int
    end: int
    code: str | None
    sector: str | None
    name: str | None
    kind: str
    origin: str | None
    valid_from: str | None
    valid_until: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass(frozen=True)
class Arc:
    """One token of a parse: its dependency label and the token it hangs from."""

    index: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    head_text: str

    def compact(self, trigger: int) -> str:
        """``token/dep->head``; the trigger in brackets; the root without a head."""
        word = f"[{self.text}]" if self.index == trigger else self.text
        return f"{word}/{self.dep}" if self.head == self.index else f"{word}/{self.dep}->{self.head_text}"


@dataclass(frozen=True)
class TriggerStep:
    """A predicate with a verb pattern, how the rules see it, and its clause's parse.

    ``patterns`` are all those written for the lemma; ``fits`` the one whose
    particle and objects the sentence has; ``sources`` and ``targets`` the
    actors (``code text``) the rules find around it; ``negated`` whether a
    negation rules it out.
    """

    text: str
    index: int
    offset: int
    lemma: str
    pos: str
    patterns: tuple[str, ...]
    fits: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    negated: bool
    coded: bool
    clause: tuple[Arc, ...]

    def compact(self) -> str:
        """The clause as one ``token/dep->head`` line."""
        return " ".join(arc.compact(self.index) for arc in self.clause)

    def to_dict(self) -> dict[str, Any]:
        found = {key: value for key, value in vars(self).items() if key != "clause"}
        return {**found, "parse": self.compact(), "tokens": [dict(vars(arc)) for arc in self.clause]}


@dataclass(frozen=True)
class SentenceStep:
    """Everything found in one sentence."""

    index: int
    text: str
    part: str
    discarded_by: str | None
    mentions: tuple[MentionStep, ...]
    triggers: tuple[TriggerStep, ...]
    events: tuple[Event, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index, "text": self.text, "part": self.part, "discarded_by": self.discarded_by,
            "mentions": [m.to_dict() for m in self.mentions],
            "triggers": [t.to_dict() for t in self.triggers],
            "events": [e.to_dict() for e in self.events],
        }


@dataclass(frozen=True)
class Explanation:
    """How a text is coded, sentence by sentence, and the problems found in the user's dictionaries."""

    date: date | None
    sentences: tuple[SentenceStep, ...]
    problems: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "sentences": [s.to_dict() for s in self.sentences], "problems": list(self.problems),
        }


def explain_text(text: str, date: date | None = None, config: Config | None = None) -> Explanation:
    """The explanation of how ``text`` (one sentence or more) dated ``date`` is coded."""
    if not text.strip():
        raise InputError("nothing to explain: the text is empty")
    coder = coder_for(config or Config())
    article = Article.from_text(text, date=date)
    sentences = segment(article.text).sentences
    docs = list(parse([s.text for s in sentences], coder.config.batch_size))
    events = coder.code_parsed(article, sentences, docs)
    context = coder.new_context(article.text)
    steps = []
    for sentence, doc in zip(sentences, docs, strict=True):
        mentions = coder.mentions(sentence.text, date, context)
        mine = tuple(e for e in events if e.sentence_index == sentence.index)
        step = sentence_step(coder, sentence, doc, mentions, mine, context)
        steps.append(step)
        if step.discarded_by is None:
            coder.remember(mentions, context, sentence.text)
    return Explanation(date, tuple(steps), tuple(coder.problems))


def sentence_step(
    coder: Coder, sentence: Sentence, doc: Doc, mentions: list[Mention], events: tuple[Event, ...],
    context: ArticleContext,
) -> SentenceStep:
    """What one sentence gave at each step."""
    lowered = sentence.text.lower()
    discarded = next((phrase for phrase in coder.discards if phrase in lowered), None)
    offsets = {event.evidence.get("trigger_offset") for event in events}
    rules = coder.sentence_coder(doc, mentions, context, sentence.part)
    rules.collect_reports()
    triggers = tuple(
        trigger_step(rules, token, token.idx in offsets)
        for token in doc
        if token.idx in offsets or has_pattern(rules, token)
    )
    found = tuple(mention_step(coder, mention) for mention in mentions)
    return SentenceStep(sentence.index, sentence.text, sentence.part, discarded, found, triggers, events)


def mention_step(coder: Coder, mention: Mention) -> MentionStep:
    """A mention with the actor it names alone and the entry that decides it."""
    actor = compose([mention], mention.text, coder.countries)
    entry = mention.entries[0] if mention.entries else None
    return MentionStep(
        text=mention.text, start=mention.start, end=mention.end, code=actor.code if actor else None,
        sector=mention.sector or (actor.sector if actor else None), name=actor.name if actor else None,
        kind="agent" if mention.is_agent else (entry.kind if entry else "unresolved"),
        origin=entry.origin if entry else None,
        valid_from=entry.start.isoformat() if entry and entry.start else None,
        valid_until=entry.end.isoformat() if entry and entry.end else None,
    )


def pattern_kind(token: Token) -> str | None:
    """Which kind of verb pattern a token could take: ``verb``, ``noun`` or none."""
    if token.pos_ in ("VERB", "AUX"):
        return "verb"
    return "noun" if token.pos_ == "NOUN" else None


def has_pattern(rules: SentenceCoder, token: Token) -> bool:
    """Whether some verb pattern is written for the token's lemma."""
    kind = pattern_kind(token)
    return kind is not None and bool(rules.patterns.lookup(kind, token.lemma_.lower()))


def trigger_step(rules: SentenceCoder, token: Token, coded: bool) -> TriggerStep:
    """A predicate, the patterns written for its lemma, what the rules find around it, its clause's parse."""
    kind = pattern_kind(token) or "verb"
    patterns = tuple(map(describe_pattern, rules.patterns.lookup(kind, token.lemma_.lower())))
    fits = rules.match(token, kind)
    sources = tuple(map(actor_label, rules.sources(token)))
    targets = tuple(map(actor_label, rules.targets(token)))
    clause = tuple(arc(t) for t in clause_head(token).subtree)
    # Offsets are within the sentence's own doc, as in the events' evidence.
    return TriggerStep(
        token.text, token.i, token.idx, token.lemma_, token.pos_, patterns,
        describe_pattern(fits) if fits else None, sources, targets, negated(token), coded, clause,
    )


def actor_label(actor: Actor) -> str:
    """``COLGOV Colombian President Gustavo Petro`` (``?`` for no code)."""
    return f"{actor.code or '?'} {actor.text}"


def describe_pattern(pattern: VerbPattern) -> str:
    """``040 meet with [leader|official] (verbs.tsv:12)``: code, lemma, particle, objects, origin."""
    objects = "[" + "|".join(sorted(pattern.objects)) + "]" if pattern.objects else ""
    parts = [pattern.code, pattern.lemma, pattern.particle, objects]
    return " ".join(part for part in parts if part) + f" ({pattern.origin})"


def clause_head(token: Token) -> Token:
    """The head of the clause a token sits in."""
    node = token
    while node.dep_ not in CLAUSE_DEPS and node.head is not node:
        node = node.head
    return node


def arc(token: Token) -> Arc:
    return Arc(token.i, token.text, token.lemma_, token.pos_, token.dep_, token.head.i, token.head.text)
