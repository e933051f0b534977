"""``dyad bench``: the figures add up, and the command prints them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from dyad.bench import BenchFigures, Rate, default_corpus, run_bench
from dyad.config import Config
from dyad.errors import InputError
from dyad.model import Article
from dyad.reading import read_inputs
from dyad.scale import code_articles
from dyad.segmenting import segment

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "sample"


def test_the_default_corpus_is_the_shipped_articles() -> None:
    paths = default_corpus()
    assert [Path(p).name for p in paths] == ["articles_1.jsonl", "articles_2.jsonl"]
    assert sum(1 for _ in read_inputs(paths)) > 300


@pytest.mark.parametrize(
    "config", [Config(), Config(prefilter=False), Config(workers=2)], ids=["prefilter", "all", "workers"]
)
def test_figures_count_the_corpus(config: Config) -> None:
    articles = [a for a in read_inputs([str(SAMPLE)]) if isinstance(a, Article)]
    figures = run_bench([str(SAMPLE)], config)
    assert figures.articles == len(articles)
    assert figures.sentences == sum(len(segment(a.text).sentences) for a in articles)
    assert figures.events == sum(len(events) for _, events in code_articles(articles, Config()))
    if config.prefilter:
        assert 0 < figures.parsed < figures.sentences
    else:
        assert figures.parsed == figures.sentences
    assert figures.pipeline.seconds > 0 and figures.spacy.sentences == figures.sentences
    assert figures.peak_kib > 50_000
    assert len(figures.worker_peak_kib) == (0 if config.workers == 1 else 1)


def test_ratios() -> None:
    figures = BenchFigures(10, 100, 50, 20, 1, True, 1.0, Rate(2.0, 1.0, 100), Rate(4.0, 4.0, 100), 1, {})
    assert (figures.ratio, figures.cpu_ratio) == (2.0, 4.0)
    assert (figures.articles_per_s, figures.events_per_s) == (5.0, 10.0)


def test_a_corpus_that_cannot_be_read_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the corpus"):
        run_bench([str(tmp_path / "missing.jsonl")], Config())


def test_the_command_prints_the_figures(dyad_cmd: str) -> None:
    done = subprocess.run([dyad_cmd, "bench", str(SAMPLE)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for words in ("sentences/s", "articles/s", "events/s", "spaCy nlp.pipe alone", "ratio", "peak memory"):
        assert words in out
