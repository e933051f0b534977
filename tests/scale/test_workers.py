"""Worker processes give exactly the events, ids and order of one process."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from dyad.config import Config
from dyad.errors import InputError
from dyad.model import Article
from dyad.pipeline import coder_for
from dyad.reading import read_inputs
from dyad.scale.batch import code_batched
from dyad.scale.workers import WorkerStats, code_parallel, results_from_pool, worker_pool

ROOT = Path(__file__).resolve().parents[2]
# Workers that never come up must fail the run, not hang it.
pytestmark = pytest.mark.timeout(300)
SAMPLE = ROOT / "corpus" / "sample"
RUNAWAY = Article.from_text("word " * 3000)


def test_two_workers_give_the_output_of_one(dyad_cmd: str) -> None:
    outputs = [
        subprocess.run([dyad_cmd, "code", str(SAMPLE), *extra], capture_output=True, timeout=600)
        for extra in ([], ["--workers", "2"])
    ]
    assert all(done.returncode == 0 for done in outputs), outputs[1].stderr.decode()
    assert outputs[0].stdout.count(b"\n") > 10
    assert outputs[1].stdout == outputs[0].stdout


def test_every_chunk_goes_to_a_worker_in_order_and_errors_stay_with_their_article() -> None:
    bench = ROOT / "src" / "dyad" / "data" / "bench"
    articles = [a for a in read_inputs([str(bench)]) if isinstance(a, Article)]
    articles = [*articles[:40], RUNAWAY, *articles[40:70]]
    config = Config(workers=2)
    alone = list(code_batched(coder_for(config), articles))
    stats = WorkerStats()
    with worker_pool(config, 2, wait_ready=True) as pool:
        parallel = list(results_from_pool(pool, articles, config, stats))
    assert [(r.article, r.events) for r in parallel] == [(r.article, r.events) for r in alone]
    assert [str(r.error) for r in parallel] == [str(r.error) for r in alone]
    assert isinstance(parallel[40].error, InputError)
    assert len(stats.peak_kib) == 2 and all(kib > 50_000 for kib in stats.peak_kib.values())
    assert stats.cpu_seconds > 0


def test_code_parallel_raises_the_input_error_in_turn() -> None:
    articles = [a for a in read_inputs([str(SAMPLE)]) if isinstance(a, Article)][:1]
    coded = code_parallel([articles[0], RUNAWAY], Config(workers=2))
    assert next(coded)[0] == articles[0]
    with pytest.raises(InputError):
        next(coded)
