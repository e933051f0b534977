"""``dyad bench``: throughput and memory of the whole pipeline beside spaCy's bare parse."""

from __future__ import annotations

import click

from dyad.bench import BenchFigures, default_corpus, run_bench
from dyad.cli.common import handle_errors, make_config


def mib(kib: int) -> str:
    """KiB as MiB, for people."""
    return f"{kib / 1024:.0f} MiB"


def report_lines(figures: BenchFigures) -> list[str]:
    """The figures as the lines the command prints."""
    pipe, bare = figures.pipeline, figures.spacy
    workers = "".join(f", worker {pid}: {mib(kib)}" for pid, kib in sorted(figures.worker_peak_kib.items()))
    return [
        f"corpus: {figures.articles} articles, {figures.sentences} sentences, "
        f"{figures.parsed} parsed ({'prefilter on' if figures.prefilter else 'prefilter off'})",
        f"workers: {figures.workers}; loading: {figures.load_seconds:.1f} s (not timed)",
        f"pipeline: {pipe.seconds:.2f} s, {pipe.sentences_per_s:.1f} sentences/s, "
        f"{figures.articles_per_s:.1f} articles/s, {figures.events_per_s:.1f} events/s "
        f"({figures.events} events)",
        f"spaCy nlp.pipe alone (1 process): {bare.seconds:.2f} s, {bare.sentences_per_s:.1f} sentences/s",
        f"ratio pipeline / spaCy: {figures.ratio:.2f}x",
        f"per CPU-second (all processes): pipeline {pipe.sentences_per_cpu_s:.1f}, "
        f"spaCy {bare.sentences_per_cpu_s:.1f} sentences; ratio {figures.cpu_ratio:.2f}x",
        f"peak memory: main {mib(figures.peak_kib)}{workers}",
    ]


@click.command()
@click.argument("corpus", nargs=-1)
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes.")
@click.option("--no-prefilter", is_flag=True, help="Parse every sentence.")
@handle_errors
def bench(corpus: tuple[str, ...], workers: int | None, no_prefilter: bool) -> None:
    """Throughput and memory of the whole pipeline on CORPUS (default: the shipped articles)."""
    config = make_config(workers=workers, prefilter=False if no_prefilter else None)
    for line in report_lines(run_bench(list(corpus) or default_corpus(), config)):
        click.echo(line)
