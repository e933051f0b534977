"""``dyad eval``: score the coder against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

import click

from dyad.cli.common import coder_options, handle_errors, make_config
from dyad.evaluation import FORMATS, evaluate
from dyad.pipeline import coder_for


def write_details(rows: tuple[dict[str, Any], ...], output: TextIO) -> None:
    """One JSON object a line."""
    for row in rows:
        output.write(json.dumps(row, ensure_ascii=False) + "\n")
    output.flush()


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Gold format (default: plover-gsr for a .json file, snippets for JSON Lines whose "
                   "first record has a class, articles when it has a style, else jsonl).")
@click.option("--details", type=click.File("w", encoding="utf-8"), default=None,
              help="Write expected and found events of every record here (JSON Lines).")
@coder_options
@handle_errors
def evaluate_gold(gold: Path, fmt: str | None, details: TextIO | None, **options: Any) -> None:
    """Score the coder against GOLD; the last line is 'accuracy: X'.

    \b
    jsonl:      X is the F1 of (source country, target country, CAMEO root)
                triples over all sentences.
    plover-gsr: X is the share of records whose gold PLOVER type is among
                the types of the events taken from the sentence.
    snippets:   X is the macro average over the event classes (disasters
                left out) of the share of snippets from which an event of
                an acceptable CAMEO root was taken; dev and held-out figures
                are printed too.
    articles:   X is the F1 of (source country, target country, CAMEO
                root) triples per whole article; per style and split, and
                the share of quiet sentences with an event, are printed too.
    """
    config = make_config(**options)
    for problem in coder_for(config).problems:
        click.echo(f"dyad: warning: {problem}", err=True)
    result = evaluate(gold, fmt, config)
    if details is not None:
        write_details(result.details, details)
    for line in result.report.lines():
        click.echo(line)
