"""Throughput and memory of the whole pipeline, beside spaCy's bare parse in the same run.

The parse is dyad's floor: :func:`run_bench` times read -> code -> write
(to a null sink) over a corpus, then spaCy's ``nlp.pipe`` alone over the
same sentences, and reports both with their ratio. Loading (dictionaries,
automata, the spaCy pipeline, worker start-up) happens before the clock
starts and is reported on its own. Peak memory is ``ru_maxrss`` of this
process and of each worker.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from dyad.config import Config
from dyad.errors import InputError
from dyad.model import Article
from dyad.nlp import load_nlp
from dyad.output import write_events
from dyad.pipeline import coder_for
from dyad.prefilter import parse_plan
from dyad.reading import read_inputs
from dyad.scale.batch import Result, code_batched
from dyad.scale.workers import WorkerStats, peak_memory_kib, results_from_pool, warm, warm_up, worker_pool
from dyad.segmenting import segment
from dyad.tsv import packaged


def default_corpus() -> list[str]:
    """The shipped benchmark corpus: news-style articles written for dyad, as JSON Lines."""
    return sorted(str(path) for path in Path(packaged("bench")).glob("*.jsonl"))


def read_articles(paths: Sequence[str]) -> Iterator[Article]:
    """The corpus's articles; an input that cannot be read stops the run (a benchmark needs all of it)."""
    for item in read_inputs(paths):
        if not isinstance(item, Article):
            raise InputError(f"cannot read the corpus: {item}")
        yield item


@dataclass(frozen=True)
class Rate:
    """Sentences done in a wall-clock time and a CPU time (all processes together).

    CPU time does not count time lost to other programs on a busy machine,
    so sentences per CPU-second compare runs fairly where wall time cannot.
    """

    seconds: float
    cpu_seconds: float
    sentences: int

    @property
    def sentences_per_s(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    @property
    def sentences_per_cpu_s(self) -> float:
        return self.sentences / self.cpu_seconds if self.cpu_seconds else 0.0


@dataclass(frozen=True)
class BenchFigures:
    """What one benchmark run measured."""

    articles: int
    sentences: int
    parsed: int
    events: int
    workers: int
    prefilter: bool
    load_seconds: float
    pipeline: Rate
    spacy: Rate
    peak_kib: int
    worker_peak_kib: dict[int, int] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.pipeline.seconds if self.pipeline.seconds else 0.0

    @property
    def events_per_s(self) -> float:
        return self.events / self.pipeline.seconds if self.pipeline.seconds else 0.0

    @property
    def ratio(self) -> float:
        """Whole-pipeline sentences/s over spaCy's bare sentences/s (above 1: faster than the parse)."""
        bare = self.spacy.sentences_per_s
        return self.pipeline.sentences_per_s / bare if bare else 0.0

    @property
    def cpu_ratio(self) -> float:
        """The same ratio per CPU-second."""
        bare = self.spacy.sentences_per_cpu_s
        return self.pipeline.sentences_per_cpu_s / bare if bare else 0.0


@dataclass(frozen=True)
class Corpus:
    """The sentences of a corpus and how many of them the prefilter sends to the parser."""

    articles: int
    texts: list[str]
    parsed: int


def survey(paths: Sequence[str], config: Config) -> Corpus:
    """Count the corpus's articles and sentences (not timed)."""
    articles, texts, parsed = 0, [], 0
    coder = coder_for(config)
    for article in read_articles(paths):
        sentences = segment(article.text).sentences
        articles += 1
        texts += [s.text for s in sentences]
        parsed += sum(parse_plan(coder, article, sentences))
    return Corpus(articles, texts, parsed)


def time_spacy(texts: list[str], batch_size: int) -> Rate:
    """spaCy's ``nlp.pipe`` alone over the sentences, in this process.

    A pipeline of its own starts as cold as the coder's did: the vocabulary
    and the lemmatizer's cache fill as they go, in both runs.
    """
    nlp = load_nlp.__wrapped__()
    warm_up(nlp)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return Rate(time.perf_counter() - start, time.process_time() - cpu, len(texts))


def write_null(results: Iterable[Result]) -> int:
    """Write every event as JSON Lines to the null device; the number of events."""
    with open(os.devnull, "w", encoding="utf-8") as sink:
        return write_events((e.to_dict() for r in results for e in r.events_or_raise()), "jsonl", sink)


def time_pipeline(
    paths: Sequence[str], config: Config, stats: WorkerStats
) -> tuple[float, float, float, int]:
    """(seconds to start workers, seconds and CPU seconds to read, code and write, events) for the corpus."""
    with ExitStack() as stack:
        start = time.perf_counter()
        pool = stack.enter_context(worker_pool(config, config.workers, True)) if config.workers > 1 else None
        begin, cpu = time.perf_counter(), time.process_time()
        articles = read_articles(paths)
        if pool is not None:
            events = write_null(results_from_pool(pool, articles, config, stats))
        else:
            events = write_null(code_batched(coder_for(config), articles))
        cpu_seconds = time.process_time() - cpu + stats.cpu_seconds
        return begin - start, time.perf_counter() - begin, cpu_seconds, events


def run_bench(paths: Sequence[str], config: Config) -> BenchFigures:
    """Benchmark the pipeline on the corpus at ``paths`` with ``config.workers`` and ``config.prefilter``."""
    start = time.perf_counter()
    warm(config)
    load_seconds = time.perf_counter() - start
    corpus = survey(paths, config)
    if not corpus.texts:
        raise InputError("the corpus has no sentences to benchmark")
    stats = WorkerStats()
    starting, seconds, cpu_seconds, events = time_pipeline(paths, config, stats)
    spacy = time_spacy(corpus.texts, config.batch_size)
    return BenchFigures(
        corpus.articles, len(corpus.texts), corpus.parsed, events, config.workers, config.prefilter,
        load_seconds + starting, Rate(seconds, cpu_seconds, len(corpus.texts)), spacy, peak_memory_kib(),
        stats.peak_kib,
    )
