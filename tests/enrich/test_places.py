"""Event locations from GeoNames data shipped offline."""

from __future__ import annotations

import pytest

from dyad.enrich.places import find_location


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Xi met Petro in Beijing on Wednesday.", "Beijing", "CHN"),
        ("Protesters gathered in Nairobi.", "Nairobi", "KEN"),
        ("Talks were held in South Africa.", "South Africa", "ZAF"),
        ("Leaders met at the summit in Rio de Janeiro.", "Rio de Janeiro", "BRA"),
        ("A bomb went off near the town of Kirkuk on Sunday.", "Kirkuk", "IRQ"),
        ("Troops massed outside the Syrian city of Aleppo.", "Aleppo", "SYR"),
        ("Shops closed in central Nairobi.", "Nairobi", "KEN"),
        ("Two soldiers died in Basra.", "Basrah", "IRQ"),
        ("Prisoners rioted at a jail in East Timor's capital.", "Timor-Leste", "TLS"),
    ],
)
def test_place_after_preposition(sentence: str, name: str, country: str) -> None:
    location = find_location(sentence)
    assert location is not None and location.name == name and location.country == country


def test_city_has_coordinates() -> None:
    location = find_location("They met in Paris.")
    assert location is not None and location.country == "FRA"
    assert location.lat is not None and 48 < location.lat < 49 and location.geonameid


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya accused Uganda of arming rebels.",
        "The talks resume in March.",
        "Aid workers arrived in Africa.",
    ],
)
def test_no_place(sentence: str) -> None:
    assert find_location(sentence) is None
