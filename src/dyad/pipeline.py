"""The coder: article -> events, a pure function of (article, configuration).

read -> segment -> parse -> find actors -> code events -> enrich (dates,
places, quotes). :class:`Coder` holds what is loaded once per process
(dictionaries, automata, patterns); :func:`dyad.scale.code_articles` streams
articles through it in batches, on worker processes or on Dask.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc

from dyad.actors.dictionaries import load_dictionaries
from dyad.actors.lexicon import country_codes
from dyad.actors.matching import Matcher, Mention, at_word_boundary
from dyad.actors.resolve import best_entry, compose
from dyad.coding.context import ArticleContext
from dyad.coding.events import Coded
from dyad.coding.extract import SentenceCoder
from dyad.coding.patterns import PatternIndex, intent_table
from dyad.config import Config
from dyad.enrich.dates import event_date, is_history
from dyad.enrich.places import dateline, find_location
from dyad.model import Article, Event, Location, Plover
from dyad.ontology import load_ontology
from dyad.prefilter import parse_plan, parse_planned
from dyad.reading import parse_date
from dyad.segmenting import Sentence, segment


def event_id(article_id: str, sentence: int, coded: Coded) -> str:
    """A stable id: the same article gives the same ids on every run."""
    target = coded.target.code if coded.target else ""
    key = f"{article_id}|{sentence}|{coded.trigger_offset}|{coded.source.code}|{target}|{coded.code}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def dedupe(events: Iterable[Event]) -> list[Event]:
    """The first report of each (source, target, code) in an article."""
    seen: set[tuple[str | None, str | None, str]] = set()
    kept = []
    for event in events:
        key = (event.source.code, event.target.code if event.target else None, event.cameo)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def with_surname(found: list[Mention], surname: Mention) -> list[Mention]:
    """The mentions plus a surname, unless it overlaps one that names someone or a role that day.

    A dictionary match that names no one that day gives way: ``Castro`` after
    ``Xiomara Castro`` in 2023 is her, not a Cuban Castro out of office.
    """
    overlapping = [m for m in found if m.start < surname.end and surname.start < m.end]
    if any(m.is_agent or any(e.kind != "former" for e in m.entries) for m in overlapping):
        return found
    return [m for m in found if m not in overlapping] + [surname]


class Coder:
    """Codes articles with one configuration's dictionaries and patterns."""

    def __init__(self, config: Config) -> None:
        self.config = config
        dictionaries, self.problems = load_dictionaries(config)
        self.matcher = Matcher(dictionaries)
        self.patterns = PatternIndex(dictionaries.verbs)
        self.discards = tuple(phrase.lower() for phrase in dictionaries.discards)
        self.countries = country_codes()
        self.intents = frozenset(trigger for trigger, _ in intent_table())
        self.ontology = load_ontology()

    def mentions(self, text: str, day: date | None, context: ArticleContext) -> list[Mention]:
        """Dictionary mentions, plus surnames of persons named earlier in the article."""
        found = self.matcher.find(text, day)
        for surname, entry in context.surnames.items():
            start = text.find(surname)
            while start >= 0:
                end = start + len(surname)
                if at_word_boundary(text, start, end):
                    found = with_surname(found, Mention(start, end, surname, (entry,)))
                start = text.find(surname, end)
        return sorted(found, key=lambda m: m.start)

    def code(self, article: Article) -> list[Event]:
        """Every event of one article."""
        sentences = segment(article.text).sentences
        plan = parse_plan(self, article, sentences)
        docs = parse_planned([s.text for s in sentences], plan, self.config.batch_size)
        return self.code_parsed(article, sentences, docs)

    def code_parsed(
        self, article: Article, sentences: Iterable[Sentence], docs: Iterable[Doc | None]
    ) -> list[Event]:
        """Events of an article whose sentences are already parsed (None: left out by the prefilter)."""
        context = self.new_context(article.text)
        events: list[Event] = []
        for sentence, doc in zip(sentences, docs, strict=True):
            mentions = self.mentions(sentence.text, article.date, context)
            if any(phrase in sentence.text.lower() for phrase in self.discards):
                continue
            if doc is not None and not is_history(sentence.text, article.date):
                coder = self.sentence_coder(doc, mentions, context, sentence.part)
                day = event_date(sentence.text, article.date)
                coded = [c for c in coder.code() if c.code in self.ontology]
                events += [self.event(article, sentence, c, day, coder.place_of(c.code, c.trigger_offset)
                                      or context.dateline) for c in coded]
                for c in coded:
                    context.saw_act(c.code, c.source, c.target)
            self.remember(mentions, context, sentence.text)
        return dedupe(events)

    def sentence_coder(
        self, doc: Doc, mentions: list[Mention], context: ArticleContext, part: str = "body"
    ) -> SentenceCoder:
        """The coding rules set up for one parsed sentence of a part of the article (``caption``,
        ``body``); ``dyad explain`` asks them too."""
        return SentenceCoder(doc[:], mentions, context, self.patterns, self.countries, self.intents, part)

    @staticmethod
    def new_context(text: str) -> ArticleContext:
        """An article's context before its first sentence: its dateline, if it opens with one."""
        context = ArticleContext(dateline=dateline(text))
        context.saw_place(context.dateline)
        return context

    def remember(self, mentions: list[Mention], context: ArticleContext, text: str = "") -> None:
        """Tell the context about the persons, countries and places just named."""
        context.saw_place(find_location(text, context.countries) if text else None)
        for mention in mentions:
            actor = compose([mention], mention.text, self.countries)
            if actor:
                context.saw(actor, best_entry([mention]))

    def event(
        self, article: Article, sentence: Sentence, coded: Coded, day: date | None, location: Location | None
    ) -> Event:
        """The full event record of a coded event, dated and placed by its sentence."""
        cameo = self.ontology.get(coded.code)
        return Event(
            event_id=event_id(article.id, sentence.index, coded),
            article_id=article.id,
            date=day.isoformat() if day else None,
            article_date=article.date.isoformat() if article.date else None,
            sentence_index=sentence.index,
            sentence=sentence.text,
            source=coded.source,
            target=coded.target,
            cameo=cameo.code,
            cameo_root=cameo.root,
            cameo_name=cameo.name,
            goldstein=cameo.goldstein,
            quad_class=cameo.quad_class,
            plover=Plover(cameo.plover_type, cameo.plover_mode),
            location=location,
            quote=coded.quote,
            evidence={
                "trigger": coded.trigger,
                "trigger_offset": coded.trigger_offset,
                "rule": coded.rule,
                "pattern": coded.pattern,
                "part": sentence.part,
            },
        )


@functools.cache
def coder_for(config: Config) -> Coder:
    """One coder per configuration per process."""
    return Coder(config)


def code_text(text: str, date: date | str | None = None, config: Config | None = None) -> list[Event]:
    """The events of one text (an article body) dated ``date`` (a date or ``YYYY-MM-DD``)."""
    day = parse_date(date, "date") if isinstance(date, str) else date
    return coder_for(config or Config()).code(Article.from_text(text, date=day))
