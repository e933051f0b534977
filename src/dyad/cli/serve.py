"""``dyad serve``: the dashboard and JSON API over a database of stored events."""

from __future__ import annotations

import click

from dyad.cli.common import handle_errors
from dyad.cli.store import database, db_option
from dyad.store import open_store


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 to be reachable from other machines).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port.")
@handle_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the dashboard and the JSON API (docs at /docs) until interrupted."""
    # Imported here: the web stack is heavy and no other command needs it.
    import uvicorn

    from dyad.web import create_app

    with open_store(database(db), create=False) as store:
        click.echo(f"dyad: serving {store.url} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
