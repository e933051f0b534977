"""``dyad code``: code articles and write their events."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

import click

from dyad.cli.common import coder_options, handle_errors, make_config
from dyad.errors import InputError, ReadError
from dyad.output import FORMATS, write_events
from dyad.pipeline import coder_for
from dyad.reading import parse_date, read_inputs


def date_option(value: str | None) -> date | None:
    """The ``--date`` value, checked."""
    if value is None:
        return None
    try:
        return parse_date(value, "--date")
    except ReadError as error:
        raise click.BadParameter(error.reason) from None


def coded_rows(paths: tuple[str, ...], day: date | None, options: dict[str, Any], errors: list[str]) -> Iterator[dict[str, Any]]:
    """Event dicts of every readable article; what failed goes to ``errors`` (and stderr)."""
    coder = coder_for(make_config(**options))
    for problem in coder.problems:
        click.echo(f"dyad: warning: {problem}", err=True)
    for item in read_inputs(paths, day):
        if isinstance(item, ReadError):
            errors.append(str(item))
            click.echo(f"dyad: error: {item}", err=True)
            continue
        try:
            events = coder.code(item)
        except InputError as error:
            errors.append(f"{item.source}: {error}")
            click.echo(f"dyad: error: {item.source}: {error}", err=True)
            continue
        yield from (event.to_dict() for event in events)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "day", callback=lambda _c, _p, v: date_option(v), help="Article date (YYYY-MM-DD) for plain text.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file (default stdout).")
@coder_options
@handle_errors
def code(paths: tuple[str, ...], day: date | None, fmt: str, output: Any, **options: Any) -> None:
    """Code articles (files, folders, - for stdin) and write their events."""
    errors: list[str] = []
    write_events(coded_rows(paths, day, options, errors), fmt, output)
    output.flush()
    if errors:
        sys.exit(1)
