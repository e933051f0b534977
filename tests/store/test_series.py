from __future__ import annotations

from datetime import date

import pytest

from dyad.errors import ConfigError
from dyad.store import DayCount
from dyad.store.series import check_interval, next_period, period_start, time_series


@pytest.mark.parametrize(
    ("day", "interval", "start", "following"),
    [
        ("2024-02-29", "day", "2024-02-29", "2024-03-01"),
        ("2024-02-29", "week", "2024-02-26", "2024-03-04"),
        ("2024-02-29", "month", "2024-02-01", "2024-03-01"),
        ("2023-12-31", "month", "2023-12-01", "2024-01-01"),
        ("2024-01-01", "week", "2024-01-01", "2024-01-08"),
    ],
)
def test_periods(day: str, interval: str, start: str, following: str) -> None:
    first = period_start(date.fromisoformat(day), check_interval(interval))
    assert first.isoformat() == start
    assert next_period(first, check_interval(interval)).isoformat() == following


def test_points_sum_quad_classes_and_fill_gaps() -> None:
    days = [DayCount("2024-01-02", 1, 2, 6.0), DayCount("2024-01-03", 4, 1, -10.0),
            DayCount("2024-03-15", 1, 1, 1.5)]
    points = time_series(days, "month")
    assert [p["period"] for p in points] == ["2024-01-01", "2024-02-01", "2024-03-01"]
    january = points[0]
    assert (january["count"], january["goldstein_sum"], january["goldstein_mean"]) == (3, -4.0, -1.3333)
    assert january["by_quad_class"]["1"] == {"count": 2, "goldstein_sum": 6.0, "goldstein_mean": 3.0}
    assert january["by_quad_class"]["2"] == {"count": 0, "goldstein_sum": 0.0, "goldstein_mean": None}
    assert points[1]["count"] == 0 and points[1]["goldstein_mean"] is None


def test_no_events_no_points() -> None:
    assert time_series([], "day") == []


def test_far_apart_dates_are_not_filled() -> None:
    points = time_series([DayCount("1900-01-01", 1, 1, 1.0), DayCount("2024-01-01", 1, 1, 1.0)], "day")
    assert [p["period"] for p in points] == ["1900-01-01", "2024-01-01"]


def test_unknown_interval() -> None:
    with pytest.raises(ConfigError, match="bad interval 'year'"):
        check_interval("year")
