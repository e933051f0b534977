"""Code many articles in one process, parsing their sentences in shared batches.

``nlp.pipe`` is fastest on long streams, so the sentences the prefilter
keeps from a chunk of articles go through it together; each article is
then coded from its own docs, exactly as :meth:`Coder.code` would.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from dyad.errors import InputError
from dyad.model import Article, Event
from dyad.pipeline import Coder
from dyad.prefilter import parse_plan, parse_planned
from dyad.segmenting import Sentence, segment

# Enough sentences for full parser batches, few enough that workers finish close together.
CHUNK_ARTICLES = 16


@dataclass(frozen=True)
class Result:
    """One article's events, or why it could not be coded."""

    article: Article
    events: list[Event] = field(default_factory=list)
    error: InputError | None = None

    def events_or_raise(self) -> list[Event]:
        """The events; the article's error when it has one."""
        if self.error is not None:
            raise self.error
        return self.events


@dataclass(frozen=True)
class Planned:
    """An article cut into sentences, each marked for the parse or not."""

    article: Article
    sentences: tuple[Sentence, ...]
    plan: list[bool]


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of ``size`` articles (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def plan_article(coder: Coder, article: Article) -> Planned | Result:
    """The article's sentences and parse plan, or a Result with its error."""
    try:
        sentences = segment(article.text).sentences
    except InputError as error:
        return Result(article, error=error)
    return Planned(article, sentences, parse_plan(coder, article, sentences))


def code_chunk(coder: Coder, articles: list[Article]) -> list[Result]:
    """Results of a list of articles, their planned sentences parsed in one stream."""
    planned = [plan_article(coder, article) for article in articles]
    ready = [p for p in planned if isinstance(p, Planned)]
    texts = [s.text for p in ready for s in p.sentences]
    docs = parse_planned(texts, [wanted for p in ready for wanted in p.plan], coder.config.batch_size)
    results = []
    for item in planned:
        if isinstance(item, Result):
            results.append(item)
            continue
        mine = [next(docs) for _ in item.sentences]
        results.append(Result(item.article, coder.code_parsed(item.article, item.sentences, mine)))
    return results


def code_batched(coder: Coder, articles: Iterable[Article], size: int = CHUNK_ARTICLES) -> Iterator[Result]:
    """Results of every article, in order, a chunk of articles at a time."""
    for chunk in chunked(articles, size):
        yield from code_chunk(coder, chunk)
