"""``dyad ingest``, ``dyad query`` and ``dyad export``: storing coded events and getting them back."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from dyad.cli.common import coder_options, handle_errors, make_config
from dyad.config import Config
from dyad.errors import ReadError
from dyad.model import Article
from dyad.output import write_events
from dyad.reading import parse_date, read_inputs
from dyad.store import EventFilter, Store, open_store
from dyad.store.export import EXPORT_FORMATS, export_events
from dyad.store.ingest import IngestSummary
from dyad.store.ingest import ingest as ingest_items

F = TypeVar("F", bound=Callable[..., Any])

Items = Iterable[Article | ReadError]


def db_option(command: F) -> F:
    """The ``--db`` option: where events are stored."""
    return click.option(
        "--db", default=None, metavar="URL",
        help="Database: a file path or sqlite:///path (SQLite), or postgresql://user@host/db. "
             "Default: $DYAD_DB, else ./dyad.db.",
    )(command)


def filter_options(command: F) -> F:
    """The options that select stored events (shared by query and export)."""
    options = [
        click.option("--source", help="Source actor code or its prefix (USA matches USAGOV)."),
        click.option("--target", help="Target actor code or its prefix."),
        click.option("--either", help="Actor code or prefix, as source or as target."),
        click.option("--country", help="ISO alpha-3 country of the source or the target."),
        click.option("--sector", help="CAMEO agent code (GOV, MIL, ...) of the source or the target."),
        click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--cameo", metavar="PREFIX", help="CAMEO code or prefix (05 matches 051, 057, ...)."),
        click.option("--plover", metavar="TYPE", help="PLOVER event type (AGREE, FIGHT, ...)."),
        click.option("--quad-class", type=int,
                     help="Quad class, 1 (verbal cooperation) to 4 (material conflict)."),
        click.option("--text", metavar="WORDS", help="Words that must all appear in the sentence."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def database(db: str | None) -> str:
    """The database to use: ``--db``, else the configured one."""
    return make_config(db=db).db


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--date", "default_date", metavar="YYYY-MM-DD", help="Date of articles that carry none.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles stored per transaction.")
@coder_options
@handle_errors
def ingest(paths: tuple[str, ...], db: str | None, default_date: str | None, batch_size: int | None,
           **options: Any) -> None:
    """Code articles and store them with their events; articles already stored are skipped."""
    config = make_config(db=db, batch_size=batch_size, **options)
    day = parse_date(default_date, "--date") if default_date else None
    with open_store(config.db) as store:
        summary = _ingest_with_progress(read_inputs(paths, day), store, config)
    click.echo(summary.line(), err=True)
    if summary.read and not summary.new:
        click.echo("nothing new to store: every article read is stored already", err=True)
    if summary.errors:
        sys.exit(1)


def _ingest_with_progress(items: Items, store: Store, config: Config) -> IngestSummary:
    def report(error: ReadError) -> None:
        click.echo(f"dyad: error: {error}", err=True)

    if not sys.stderr.isatty():
        return ingest_items(items, store, config, on_error=report)
    with click.progressbar(items, label="ingesting", file=sys.stderr, show_pos=True) as bar:
        return ingest_items(bar, store, config, on_error=report)


@click.command()
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl",
              show_default=True, help="Output format.")
@handle_errors
def query(db: str | None, limit: int | None, fmt: str, **filters: Any) -> None:
    """Write the stored events that match every filter given, in date order."""
    where = EventFilter.from_options(**filters)
    with open_store(database(db), create=False) as store:
        write_events(store.iter_events(where, limit), fmt, sys.stdout)


@click.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="File format.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write.")
@handle_errors
def export(db: str | None, fmt: str, output: Path, **filters: Any) -> None:
    """Write stored events (all, or those matching the filters) to a file for other tools."""
    where = EventFilter.from_options(**filters)
    with open_store(database(db), create=False) as store:
        count = export_events(store.iter_events(where), fmt, output)
    click.echo(f"exported {count} events to {output}", err=True)
