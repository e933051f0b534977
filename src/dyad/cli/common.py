"""What every command shares: error handling, common options, the configuration."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from dyad.config import Config
from dyad.errors import DyadError

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> None:
    """Print a one-line error on stderr and exit with status 1."""
    first = " ".join(str(message).split())
    click.echo(f"dyad: error: {first}", err=True)
    sys.exit(1)


def handle_errors(command: F) -> F:
    """Turn dyad's errors into a one-line message and exit 1; Ctrl-C into exit 130."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except DyadError as error:
            fail(str(error))
        except KeyboardInterrupt:
            click.echo("dyad: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def coder_options(command: F) -> F:
    """The options shared by every command that codes text."""
    options = [
        click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra actor, agent, verb or discard dictionary (dyad or PETRARCH format)."),
        click.option("--no-builtin-dictionaries", is_flag=True, help="Use only the --dictionary files."),
        click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes."),
        click.option("--dask", default=None, metavar="ADDRESS|local", help="Run on a Dask cluster."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_config(**options: Any) -> Config:
    """The configuration from the environment, overridden by command-line options."""
    builtin = not options.pop("no_builtin_dictionaries", False)
    dictionaries = options.pop("dictionaries", ()) or None
    return Config.from_env().with_options(
        builtin_dictionaries=builtin, dictionaries=dictionaries, **options
    )
