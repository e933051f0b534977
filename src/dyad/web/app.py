"""The JSON API and the dashboard, one FastAPI application over a :class:`~dyad.store.Store`.

Everything the pages need (scripts, styles, plotly.js, the API docs page) is
served from the package, so the dashboard works with no internet.
"""

from __future__ import annotations

from importlib import metadata, resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from dyad.errors import ConfigError, StoreError
from dyad.store import EventFilter, Store
from dyad.store.series import check_interval, time_series
from dyad.web.params import event_filter

STATIC = Path(str(resources.files("dyad.web") / "static"))
PLOTLY_JS = Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))

Filter = Annotated[EventFilter, Depends(event_filter)]


def create_app(store: Store) -> FastAPI:
    """The application serving ``store``'s events."""
    app = FastAPI(
        title="dyad", version=metadata.version("dyad"), docs_url=None, redoc_url=None,
        description="Political event data (CAMEO, PLOVER) stored by dyad: events, time series, actors.",
    )
    app.state.store = store
    app.add_exception_handler(ConfigError, _bad_request)
    app.add_exception_handler(RequestValidationError, _invalid_parameter)
    app.add_exception_handler(StoreError, _unavailable)
    _add_api(app)
    _add_pages(app)
    return app


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(_store)]


def _add_api(app: FastAPI) -> None:
    @app.get("/api/stats", summary="How many articles and events are stored")
    def stats(store: StoreDep) -> dict[str, int]:
        return store.totals()

    @app.get("/api/events", summary="Events matching the filters, in date order, a page at a time")
    def events(
        store: StoreDep, where: Filter,
        limit: Annotated[int, Query(ge=1, le=1000, description="Events per page")] = 50,
        offset: Annotated[int, Query(ge=0, description="Events to skip")] = 0,
    ) -> dict[str, Any]:
        page = store.events(where, limit=limit, offset=offset)
        return {"total": store.count(where), "limit": limit, "offset": offset, "events": page}

    @app.get("/api/events/{event_id}", summary="One event, with its sentence, evidence and article")
    def event(store: StoreDep, event_id: str) -> dict[str, Any]:
        found = store.event(event_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
        return {"event": found, "article": store.article(found["article_id"])}

    @app.get("/api/timeseries", summary="Counts and Goldstein scores per period, by quad class")
    def timeseries(
        store: StoreDep, where: Filter,
        interval: Annotated[str, Query(description="day, week or month")] = "month",
    ) -> dict[str, Any]:
        period = check_interval(interval)
        return {"interval": period, "points": time_series(store.daily_counts(where), period)}

    _add_actor_api(app)


def _add_actor_api(app: FastAPI) -> None:
    @app.get("/api/actors", summary="The most frequent sources and targets")
    def actors(
        store: StoreDep, where: Filter, limit: Annotated[int, Query(ge=1, le=200)] = 10
    ) -> dict[str, Any]:
        return {"sources": store.top_actors(where, "source", limit),
                "targets": store.top_actors(where, "target", limit)}

    @app.get("/api/network", summary="The most frequent dyads, as a graph of actors")
    def network(
        store: StoreDep, where: Filter, limit: Annotated[int, Query(ge=1, le=500)] = 40
    ) -> dict[str, Any]:
        edges = store.dyads(where, limit)
        return {"nodes": _nodes(edges), "edges": edges}


def _nodes(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for edge in edges:
        for code in (edge["source"], edge["target"]):
            counts[code] = counts.get(code, 0) + edge["count"]
    return [{"code": code, "count": count} for code, count in sorted(counts.items(), key=lambda kv: -kv[1])]


def _add_pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(PLOTLY_JS, media_type="text/javascript")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")


async def _bad_request(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=400)


async def _invalid_parameter(request: Request, error: Exception) -> JSONResponse:
    problems = error.errors() if isinstance(error, RequestValidationError) else []
    details = [f"{'.'.join(str(part) for part in p['loc'][1:])}: {p['msg']}" for p in problems]
    return JSONResponse({"detail": "bad parameter " + "; ".join(details)}, status_code=400)


async def _unavailable(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=503)
