"""Running the coder on a gold file's records and scoring its events."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyad.config import Config
from dyad.errors import ConfigError
from dyad.evaluation.articles import article_details, read_articles, score_articles
from dyad.evaluation.gold import gold_details, read_gold, score_gold
from dyad.evaluation.plover import plover_details, read_plover_gsr, score_plover
from dyad.evaluation.scores import GoldText, Report, json_lines
from dyad.evaluation.snippets import read_snippets, score_snippets, snippet_details
from dyad.model import Article, Event
from dyad.scale import code_results

FORMATS = ("plover-gsr", "jsonl", "snippets", "articles")


@dataclass(frozen=True)
class Evaluation:
    """A report and its per-record details (expected and found), in gold order."""

    report: Report
    details: tuple[dict[str, Any], ...]


def code_records(records: Sequence[GoldText], config: Config | None = None) -> list[list[Event]]:
    """The events the coder takes from each record's text, dated with the record's date.

    Sentences are parsed in shared batches, on ``config.workers`` processes
    or a Dask cluster when the configuration says so.
    """
    articles = (Article(id=record.id, text=record.text, date=record.date) for record in records)
    return [result.events_or_raise() for result in code_results(articles, config or Config())]


def guess_format(path: Path) -> str:
    """The gold format of a file: ``.json`` is the PLOVER array; JSON Lines whose first record has a
    ``class`` are the event-class snippets, with a ``style`` whole articles, any other JSON Lines dyad's
    gold set."""
    if path.suffix.lower() == ".json":
        return "plover-gsr"
    first = next(json_lines(path), None)
    if first is not None and "style" in first[1]:
        return "articles"
    return "snippets" if first is not None and "class" in first[1] else "jsonl"


def evaluate_plover(path: Path, config: Config | None) -> Evaluation:
    """Code and score the PLOVER gold-standard records."""
    records = read_plover_gsr(path)
    found = code_records(records, config)
    return Evaluation(score_plover(records, found), tuple(plover_details(records, found)))


def evaluate_gold(path: Path, config: Config | None) -> Evaluation:
    """Code and score the sentences of a gold file in dyad's format."""
    records = read_gold(path)
    found = code_records(records, config)
    return Evaluation(score_gold(records, found), tuple(gold_details(records, found)))


def evaluate_snippets(path: Path, config: Config | None) -> Evaluation:
    """Code and score the event-class snippets."""
    records = read_snippets(path)
    found = code_records(records, config)
    return Evaluation(score_snippets(records, found), tuple(snippet_details(records, found)))


def evaluate_articles(path: Path, config: Config | None) -> Evaluation:
    """Code and score whole articles."""
    records = read_articles(path)
    found = code_records(records, config)
    return Evaluation(score_articles(records, found), tuple(article_details(records, found)))


EVALUATORS: dict[str, Callable[[Path, Config | None], Evaluation]] = {
    "plover-gsr": evaluate_plover, "jsonl": evaluate_gold, "snippets": evaluate_snippets,
    "articles": evaluate_articles,
}


def evaluate(path: Path, fmt: str | None = None, config: Config | None = None) -> Evaluation:
    """Code every record of a gold file and score the events (format guessed when not given)."""
    fmt = fmt or guess_format(path)
    if fmt not in FORMATS:
        raise ConfigError(f"unknown gold format {fmt!r} (expected one of {', '.join(FORMATS)})")
    return EVALUATORS[fmt](path, config)
