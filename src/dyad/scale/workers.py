"""Worker processes: the same events as one process, sooner.

Each worker (started with ``spawn``, so nothing is shared by accident)
builds its coder once; chunks of articles go out in order through an
ordered ``imap`` and come back in the same order, so the events, their ids
and their order are those of a single process.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from multiprocessing.synchronize import Barrier

from spacy.language import Language

from dyad.config import Config
from dyad.enrich.places import gazetteer
from dyad.model import Article, Event
from dyad.nlp import load_nlp
from dyad.pipeline import coder_for
from dyad.prefilter import prefilter_for
from dyad.scale.batch import CHUNK_ARTICLES, Result, chunked, code_chunk

START_METHOD = "spawn"


@dataclass(frozen=True)
class ChunkDone:
    """What a worker sends back for one chunk: the results, its peak memory, the CPU time the chunk took."""

    results: list[Result]
    pid: int
    peak_kib: int
    cpu_seconds: float


@dataclass
class WorkerStats:
    """What the workers said while coding: each one's peak memory, and their CPU time in all."""

    peak_kib: dict[int, int] = field(default_factory=dict)
    cpu_seconds: float = 0.0

    def add(self, done: ChunkDone) -> None:
        """Count one chunk's report."""
        self.peak_kib[done.pid] = max(done.peak_kib, self.peak_kib.get(done.pid, 0))
        self.cpu_seconds += done.cpu_seconds


def peak_memory_kib() -> int:
    """This process's peak resident memory (ru_maxrss, KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def warm(config: Config) -> None:
    """Load what coding needs (dictionaries, automata, gazetteer, the spaCy pipeline) into this process."""
    coder = coder_for(config)
    gazetteer()
    warm_up(load_nlp())
    if config.prefilter:
        prefilter_for(coder)


def warm_up(nlp: Language) -> None:
    """One parse, so that the first real one does not pay for what spaCy sets up on its first call."""
    list(nlp.pipe(["Ministers met."]))


def start_worker(config: Config, ready: Barrier | None) -> None:
    """Pool initializer: warm the worker, then wait for the others when asked to."""
    warm(config)
    if ready is not None:
        ready.wait()


def code_in_worker(job: tuple[Config, list[Article]]) -> ChunkDone:
    """One chunk of articles, coded in a worker."""
    config, articles = job
    start = time.process_time()
    results = code_chunk(coder_for(config), articles)
    return ChunkDone(results, os.getpid(), peak_memory_kib(), time.process_time() - start)


@contextmanager
def worker_pool(config: Config, workers: int, wait_ready: bool = False) -> Iterator[Pool]:
    """A pool of warmed workers; with ``wait_ready``, every worker is warm when it is given."""
    context = multiprocessing.get_context(START_METHOD)
    ready = context.Barrier(workers + 1) if wait_ready else None
    pool = context.Pool(workers, initializer=start_worker, initargs=(config, ready))
    try:
        if ready is not None:
            ready.wait()
        yield pool
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def results_from_pool(
    pool: Pool, articles: Iterable[Article], config: Config, stats: WorkerStats | None = None
) -> Iterator[Result]:
    """Results of every article from a pool, in input order; ``stats`` hears what the workers say."""
    jobs = ((config, chunk) for chunk in chunked(articles, CHUNK_ARTICLES))
    for done in pool.imap(code_in_worker, jobs):
        if stats is not None:
            stats.add(done)
        yield from done.results


def code_parallel_results(articles: Iterable[Article], config: Config) -> Iterator[Result]:
    """Results of every article, coded by ``config.workers`` processes, in input order."""
    with worker_pool(config, config.workers) as pool:
        yield from results_from_pool(pool, articles, config)


def code_parallel(articles: Iterable[Article], config: Config) -> Iterator[tuple[Article, list[Event]]]:
    """(article, its events) for each article, in order, as :func:`dyad.scale.code_articles` gives them.

    An article that cannot be coded raises its :class:`~dyad.errors.InputError` when its turn comes.
    """
    for result in code_parallel_results(articles, config):
        yield result.article, result.events_or_raise()

