"""Batched coding across articles gives each article's events exactly as coding it alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.config import Config
from dyad.errors import InputError
from dyad.model import Article
from dyad.pipeline import coder_for
from dyad.reading import read_inputs
from dyad.scale import code_articles
from dyad.scale.batch import Result, chunked, code_batched

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "sample"
RUNAWAY = Article.from_text("word " * 3000)


def sample_articles() -> list[Article]:
    return [a for a in read_inputs([str(SAMPLE)]) if isinstance(a, Article)]


def test_chunks_keep_order_and_every_article() -> None:
    articles = sample_articles()
    chunks = list(chunked(articles, 2))
    assert [len(c) for c in chunks] == [2, 2, 1]
    assert [a for c in chunks for a in c] == articles


def test_batched_events_equal_one_article_at_a_time() -> None:
    articles = sample_articles()
    coder = coder_for(Config())
    alone = [coder.code(article) for article in articles]
    batched = list(code_batched(coder, articles, size=3))
    assert [r.article for r in batched] == articles
    assert [r.events for r in batched] == alone
    assert sum(map(len, alone)) > 10


def test_an_article_that_cannot_be_coded_does_not_stop_the_others() -> None:
    articles = sample_articles()[:2]
    results = list(code_batched(coder_for(Config()), [articles[0], RUNAWAY, articles[1]]))
    assert [r.article for r in results] == [articles[0], RUNAWAY, articles[1]]
    assert isinstance(results[1].error, InputError) and results[1].events == []
    assert results[0].error is None and results[2].events == coder_for(Config()).code(articles[1])


def test_events_or_raise() -> None:
    with pytest.raises(InputError):
        Result(RUNAWAY, error=InputError("too long")).events_or_raise()


def test_code_articles_raises_when_the_bad_article_comes() -> None:
    articles = sample_articles()[:1]
    coded = code_articles([articles[0], RUNAWAY], Config())
    assert next(coded)[0] == articles[0]
    with pytest.raises(InputError):
        next(coded)
