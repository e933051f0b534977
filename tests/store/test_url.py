from __future__ import annotations

import pytest

from dyad.errors import ConfigError
from dyad.store import DatabaseUrl, parse_url
from dyad.store.url import redact


@pytest.mark.parametrize(
    ("url", "kind", "target"),
    [
        ("dyad.db", "sqlite", "dyad.db"),
        ("/var/data/events.sqlite", "sqlite", "/var/data/events.sqlite"),
        ("sqlite:///relative/events.db", "sqlite", "relative/events.db"),
        ("sqlite:////abs/events.db", "sqlite", "/abs/events.db"),
        ("sqlite://", "sqlite", ":memory:"),
        ("postgresql://me@db.example/events", "postgresql", "postgresql://me@db.example/events"),
        ("postgres://me@localhost:5433/e", "postgresql", "postgres://me@localhost:5433/e"),
    ],
)
def test_url_forms(url: str, kind: str, target: str) -> None:
    assert parse_url(url) == DatabaseUrl(kind, target)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["mysql://me@host/db", "", "  ", "sqlite:///"])
def test_bad_urls_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError):
        parse_url(url)


def test_passwords_never_show() -> None:
    url = "postgresql://me:s3cret@host/db"
    assert "s3cret" not in redact(url)
    assert "s3cret" not in str(parse_url(url))
    with pytest.raises(ConfigError) as caught:
        parse_url("mysql://me:s3cret@host/db")
    assert "s3cret" not in str(caught.value)
