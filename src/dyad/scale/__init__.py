"""Speed and scale: batched parsing, worker processes and Dask, all giving one process's events.

:func:`code_results` is the one entry point: it codes articles in this
process (sentences of many articles parsed in shared batches), on
``config.workers`` processes, or on the Dask cluster ``config.dask``, and
yields one :class:`Result` per article in input order; :func:`code_articles`
gives (article, events) pairs and raises an article's error when its turn comes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dyad.config import Config
from dyad.model import Article, Event
from dyad.pipeline import coder_for
from dyad.scale.batch import Result, code_batched
from dyad.scale.workers import code_parallel, code_parallel_results

__all__ = ["Result", "code_articles", "code_parallel", "code_results"]


def code_results(articles: Iterable[Article], config: Config) -> Iterator[Result]:
    """Results of every article, in order, wherever ``config`` says to code them."""
    if config.dask:
        # Imported here: dask takes a second to import and most runs do not use it.
        from dyad.scale.cluster import code_on_cluster

        return code_on_cluster(articles, config)
    if config.workers > 1:
        return code_parallel_results(articles, config)
    return code_batched(coder_for(config), articles)


def code_articles(
    articles: Iterable[Article], config: Config | None = None
) -> Iterator[tuple[Article, list[Event]]]:
    """(article, its events) for each article, in order, on ``config.workers`` processes or ``config.dask``.

    Sentences of many articles are parsed in shared batches; an article that
    cannot be coded raises its InputError when its turn comes.
    """
    for result in code_results(articles, config or Config()):
        yield result.article, result.events_or_raise()
