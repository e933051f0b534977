"""CAMEO conventions as functions: violence by actor and means, weapons, who is political with no country."""

from __future__ import annotations

import pytest

from dyad.coding.conventions import battle, political_without_country, reporter, violence_code, weapon_code
from dyad.model import Actor

REBELS = Actor("rebels", "REB", sector="REB")
TROOPS = Actor("troops", "MIL", sector="MIL")
VILLAGERS = Actor("villagers", "CVL", sector="CVL")
DOCTORS = Actor("doctors", "HLH", sector="HLH")
PROTESTERS = Actor("protesters", "OPP", sector="OPP")


@pytest.mark.parametrize(
    ("code", "source", "target", "fighting", "expected"),
    [
        ("190", REBELS, VILLAGERS, False, "180"),  # armed groups' force on civilians is unconventional
        ("190", REBELS, TROOPS, True, "190"),  # a battle with armed forces stays conventional
        ("190", REBELS, TROOPS, False, "180"),  # killing soldiers is not a battle
        ("192", REBELS, None, False, "192"),  # taking ground names its aim
        ("194", REBELS, VILLAGERS, False, "194"),  # artillery names its means
        ("190", PROTESTERS, TROOPS, True, "145"),  # protesters who fight riot
        ("1712", PROTESTERS, None, False, "145"),  # protesters who burn property riot
        ("1712", VILLAGERS, None, False, "1712"),
        ("190", TROOPS, VILLAGERS, False, "190"),
    ],
)
def test_violence_code(code: str, source: Actor, target: Actor | None, fighting: bool, expected: str) -> None:
    assert violence_code(code, source, False, battle(fighting, target)) == expected


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ({"car", "bomb"}, "183"),
        ({"mortar", "round"}, "194"),
        ({"air", "strike"}, "195"),
        ({"drone"}, "195"),
        ({"gunfire"}, "190"),
    ],
)
def test_weapon_code(words: set[str], code: str) -> None:
    assert weapon_code(words) == code


@pytest.mark.parametrize(
    ("source", "target", "code", "political"),
    [
        (DOCTORS, VILLAGERS, "020", False),  # ``doctors urged people``: no politics between these roles
        (DOCTORS, VILLAGERS, "180", True),  # force is political whoever uses it
        (Actor("police", "COP", sector="COP"), VILLAGERS, "020", True),
        (Actor("Kenyan doctors", "KENHLH", "KEN", "HLH"), VILLAGERS, "020", True),
    ],
)
def test_political_without_country(source: Actor, target: Actor, code: str, political: bool) -> None:
    assert political_without_country(source, target, code) is political


def test_a_reporter_is_the_press_unnamed() -> None:
    assert reporter(Actor("an AFP journalist", None, sector="MED"))
    assert not reporter(Actor("Kenyan journalists", "KENMED", "KEN", "MED"))
