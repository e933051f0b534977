"""The ``dyad`` command: a group of thin commands over the library."""

from __future__ import annotations

import click

from dyad.cli.bench import bench
from dyad.cli.code import code
from dyad.cli.eval import evaluate_gold
from dyad.cli.explain import explain_command
from dyad.cli.serve import serve
from dyad.cli.store import export, ingest, query


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dyad")
def main() -> None:
    """dyad: political event data (CAMEO, PLOVER) from news text."""


main.add_command(code)
main.add_command(ingest)
main.add_command(query)
main.add_command(export)
main.add_command(serve)
main.add_command(evaluate_gold)
main.add_command(explain_command)
main.add_command(bench)
