"""The web dashboard and JSON API (``dyad serve``)."""

from __future__ import annotations

from dyad.web.app import create_app

__all__ = ["create_app"]
