"""The packaged CAMEO table, checked against the published CAMEO and PLOVER reference files."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest

from dyad.ontology import CameoCode, Ontology, load_ontology

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="reference data not available")
MAPPING_LINE = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*?)\s*,")


def _reference_table(name: str) -> dict[str, str]:
    path = SHARED / "cameo" / name
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="latin-1").splitlines()[1:]
    pairs = (line.split("\t") for line in lines if line.strip())
    return {code.strip(): value.strip() for code, value in pairs}


@cache
def reference_names() -> dict[str, str]:
    return _reference_table("CAMEO.eventcodes.txt")


@cache
def reference_goldstein() -> dict[str, str]:
    return _reference_table("CAMEO.goldsteinscale.txt")


@cache
def plover_mapping() -> dict[str, tuple[str, str]]:
    path = SHARED / "plover" / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        return {}
    matches = (MAPPING_LINE.match(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {m[1]: (m[2], m[3].strip()) for m in matches if m}


@cache
def plover_modes() -> dict[str, set[str]]:
    modes: dict[str, set[str]] = {}
    with (SHARED / "plover" / "PLOVER_structured_codebook.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            modes.setdefault(row["event"], set()).add(row["mode"])
    return modes


def expected_plover(code: str) -> tuple[str, str] | None:
    """01x has no PLOVER type; appeals (02x) are requests like their demand (10x) counterparts."""
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return expected_plover("10" + code[2:])
    return plover_mapping()[code + "0" if len(code) == 2 else code]


@needs_shared
def test_every_reference_code_is_present_and_named() -> None:
    ontology = load_ontology()
    missing = [code for code in reference_names() if code not in ontology]
    assert missing == []
    assert all(ontology.get(code).name for code in reference_names())


@needs_shared
@pytest.mark.parametrize("code", sorted(reference_goldstein()))
def test_goldstein_matches_reference(code: str) -> None:
    assert load_ontology().get(code).goldstein == float(reference_goldstein()[code])


@pytest.mark.parametrize("code", load_ontology().codes())
def test_quad_class_follows_root(code: str) -> None:
    root = int(code[:2])
    expected = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
    assert load_ontology().get(code).quad_class == expected


@needs_shared
@pytest.mark.parametrize("code", load_ontology().codes())
def test_plover_type_agrees_with_mapping(code: str) -> None:
    entry = load_ontology().get(code)
    expected = expected_plover(code)
    assert entry.plover_type == (expected[0] if expected else None)


@needs_shared
@pytest.mark.parametrize("code", load_ontology().codes())
def test_plover_mode_is_the_mapped_one_when_the_codebook_knows_it(code: str) -> None:
    entry = load_ontology().get(code)
    expected = expected_plover(code)
    if entry.plover_type is None:
        assert entry.plover_mode is None
        return
    valid = plover_modes()[entry.plover_type]
    assert entry.plover_mode is None or entry.plover_mode in valid
    if expected and expected[1] in valid - {""}:
        assert entry.plover_mode == expected[1]


def test_counts_and_hierarchy() -> None:
    ontology = load_ontology()
    assert ontology.roots() == [f"{root:02d}" for root in range(1, 21)]
    assert 300 <= len(ontology) <= 320
    parents = [ontology.get(code).parent for code in ontology.codes() if len(code) > 2]
    orphans = [parent for parent in parents if parent not in ontology]
    assert orphans == []


def test_children_and_lookup() -> None:
    ontology = load_ontology()
    assert ontology.children("17") == ["170", "171", "172", "173", "174", "175"]
    assert ontology.children("084") == ["0841", "0842"]
    assert ontology.children("0841") == []
    assert "057" in ontology and "999" not in ontology and 57 not in ontology
    entry = ontology.get("057")
    assert (entry.root, entry.quad_class, entry.plover_type) == ("05", 1, "SUPPORT")
    assert entry.quad_name == "verbal cooperation"
    assert ontology.get("190").quad_name == "material conflict"


def test_unknown_code_raises_key_error() -> None:
    with pytest.raises(KeyError, match="999"):
        load_ontology().get("999")


def test_loader_is_cached_and_ontology_is_built_from_entries() -> None:
    assert load_ontology() is load_ontology()
    small = Ontology([CameoCode("19", "Fight", -10.0, 4, "ASSAULT", None)])
    assert small.codes() == ["19"] and small.get("19").parent is None
