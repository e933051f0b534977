"""``dyad code``: code articles and write their events."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import click

from dyad.cli.common import coder_options, handle_errors, make_config
from dyad.errors import ReadError
from dyad.model import Article
from dyad.output import FORMATS, write_events
from dyad.pipeline import coder_for
from dyad.reading import parse_date, read_inputs
from dyad.scale import code_results


def date_option(value: str | None) -> date | None:
    """The ``--date`` value, checked."""
    if value is None:
        return None
    try:
        return parse_date(value, "--date")
    except ReadError as error:
        raise click.BadParameter(error.reason) from None


def report(message: str, errors: list[str]) -> None:
    """Note an input that failed and say so on stderr."""
    errors.append(message)
    click.echo(f"dyad: error: {message}", err=True)


def readable(items: Iterable[Article | ReadError], errors: list[str]) -> Iterator[Article]:
    """The articles read; inputs that cannot be read are reported."""
    for item in items:
        if isinstance(item, ReadError):
            report(str(item), errors)
        else:
            yield item


def coded_rows(
    paths: tuple[str, ...], day: date | None, options: dict[str, Any], errors: list[str]
) -> Iterator[dict[str, Any]]:
    """Event dicts of every readable article (here, on --workers or on --dask); failures go to ``errors``."""
    config = make_config(**options)
    for problem in coder_for(config).problems:
        click.echo(f"dyad: warning: {problem}", err=True)
    for result in code_results(readable(read_inputs(paths, day), errors), config):
        if result.error is not None:
            report(f"{result.article.source}: {result.error}", errors)
            continue
        yield from (event.to_dict() for event in result.events)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--date",
    "day",
    callback=lambda _c, _p, v: date_option(v),
    help="Article date (YYYY-MM-DD) for plain text.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file (default stdout)."
)
@coder_options
@handle_errors
def code(paths: tuple[str, ...], day: date | None, fmt: str, output: Any, **options: Any) -> None:
    """Code articles (files, folders, - for stdin) and write their events."""
    errors: list[str] = []
    write_events(coded_rows(paths, day, options, errors), fmt, output)
    output.flush()
    if errors:
        sys.exit(1)
