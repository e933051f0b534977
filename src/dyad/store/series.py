"""Time series of events: counts and Goldstein scores per day, week or month, by quad class."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Literal, get_args

from dyad.errors import ConfigError, StoreError
from dyad.store.store import DayCount

Interval = Literal["day", "week", "month"]
INTERVALS: tuple[str, ...] = get_args(Interval)
QUAD_CLASSES = (1, 2, 3, 4)
# Beyond this many periods the gaps are not filled in, so one stray date cannot blow up a response.
MAX_FILLED_PERIODS = 20_000


def period_start(day: date, interval: Interval) -> date:
    """The first day of the period (weeks start on Monday) that holds ``day``."""
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def next_period(start: date, interval: Interval) -> date:
    """The first day of the period after the one starting on ``start``."""
    if interval == "week":
        return start + timedelta(days=7)
    if interval == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + timedelta(days=1)


def check_interval(interval: str) -> Interval:
    """The interval, if it is one of day, week or month."""
    if interval not in INTERVALS:
        raise ConfigError(f"bad interval {interval!r}: use day, week or month")
    return interval  # type: ignore[return-value]


def time_series(days: Iterable[DayCount], interval: Interval) -> list[dict[str, Any]]:
    """One point per period from the first event's to the last's, empty periods included."""
    totals: dict[date, dict[int, list[float]]] = {}
    for row in days:
        start = period_start(_parse_day(row.day), interval)
        cell = totals.setdefault(start, {}).setdefault(row.quad_class, [0, 0.0])
        cell[0] += row.count
        cell[1] += row.goldstein_sum
    return [_point(start, totals.get(start, {})) for start in _periods(sorted(totals), interval)]


def _periods(starts: list[date], interval: Interval) -> list[date]:
    if not starts:
        return []
    filled = [starts[0]]
    while filled[-1] < starts[-1] and len(filled) <= MAX_FILLED_PERIODS:
        filled.append(next_period(filled[-1], interval))
    return filled if filled[-1] == starts[-1] else starts


def _point(start: date, cells: dict[int, list[float]]) -> dict[str, Any]:
    by_class = {str(quad): _summary(*cells.get(quad, [0, 0.0])) for quad in QUAD_CLASSES}
    count = sum(int(cell[0]) for cell in cells.values())
    total = sum(cell[1] for cell in cells.values())
    return {"period": start.isoformat(), **_summary(count, total), "by_quad_class": by_class}


def _summary(count: float, total: float) -> dict[str, Any]:
    mean = round(total / count, 4) if count else None
    return {"count": int(count), "goldstein_sum": round(total, 4), "goldstein_mean": mean}


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise StoreError(f"a stored event has a bad date {text!r}") from None
