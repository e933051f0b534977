"""The packaged CAMEO verb patterns (verbs.tsv) and intent constructions (intents.tsv)."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import cache
from itertools import combinations
from pathlib import Path

import pytest
from spacy.tokens import Token

from dyad.coding.conventions import PERSON_OBJECT, PLACE_OBJECT
from dyad.nlp import load_nlp
from dyad.ontology import load_ontology

DATA = Path(__file__).resolve().parents[2] / "src" / "dyad" / "data"
CASES = Path(__file__).resolve().parents[1] / "data" / "coding" / "verb_cases.tsv"
# Threats to halt mediation have no verb of their own in news English; they come
# through intent constructions (threaten + halt mediation).
NO_VERB = {"135"}
WORDS = re.compile(r"[a-z][a-z'-]*( [a-z][a-z'-]*)*")
COOPERATIVE_ROOTS = {"04", "05", "06", "07", "08"}
CONFLICT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
PREDICATE_KIND = {"VERB": "verb", "NOUN": "noun"}


def read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return list(reader.fieldnames or []), list(reader)


@cache
def verb_rows() -> list[dict[str, str]]:
    return read("verbs.tsv")[1]


@cache
def intent_rows() -> list[dict[str, str]]:
    return read("intents.tsv")[1]


def objects(row: dict[str, str]) -> set[str]:
    return set(filter(None, row["objects"].split("|")))


def test_headers() -> None:
    assert read("verbs.tsv")[0] == ["code", "kind", "lemma", "particle", "objects"]
    assert read("intents.tsv")[0] == ["trigger", "kind", "root", "code"]


def test_verb_rows_are_well_formed() -> None:
    ontology = load_ontology()
    for row in verb_rows():
        assert row["code"] in ontology, row
        assert row["kind"] in ("verb", "noun", "adj"), row
        assert WORDS.fullmatch(row["lemma"]), row
        assert row["particle"] == "" or WORDS.fullmatch(row["particle"]), row
        placeholders = (PLACE_OBJECT, PERSON_OBJECT)
        assert all(WORDS.fullmatch(lemma) or lemma in placeholders for lemma in objects(row)), row
        assert "" not in row["objects"].split("|") or row["objects"] == "", row


def test_no_duplicate_or_ambiguous_patterns() -> None:
    """Two patterns for the same predicate must not both accept the same object."""
    by_predicate: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for row in verb_rows():
        by_predicate[(row["kind"], row["lemma"], row["particle"])].append(row)
    clashes = [
        (key, first["code"], second["code"])
        for key, rows in by_predicate.items()
        for first, second in combinations(rows, 2)
        if objects(first) & objects(second) or not (objects(first) or objects(second))
    ]
    assert clashes == []


def test_every_three_digit_code_has_a_pattern() -> None:
    covered = {row["code"] for row in verb_rows()}
    covered |= {code[:3] for code in covered}
    three_digit = [code for code in load_ontology().codes() if len(code) == 3]
    assert [code for code in three_digit if code not in covered] == sorted(NO_VERB)


def test_size() -> None:
    assert len(verb_rows()) >= 600
    assert len({row["lemma"] for row in verb_rows()}) >= 300


def test_reporting_verbs_are_not_events() -> None:
    lemmas = {row["lemma"] for row in verb_rows() if not row["objects"] and not row["particle"]}
    assert lemmas.isdisjoint({"say", "tell", "state", "hold", "have", "make", "take", "give", "do"})


def test_intent_rows_are_well_formed() -> None:
    ontology = load_ontology()
    keys = [(row["trigger"], row["root"]) for row in intent_rows()]
    assert len(keys) == len(set(keys))
    for row in intent_rows():
        assert row["kind"] in ("adj", "noun", "verb", "verb-to", "modal"), row
        assert row["root"] == "*" or (len(row["root"]) == 2 and row["root"] in ontology), row
        assert row["code"] in ontology and row["code"][:2] in ("03", "13"), row


def test_intents_follow_the_intended_act() -> None:
    for row in intent_rows():
        if row["root"] in COOPERATIVE_ROOTS:
            assert row["code"].startswith("03"), row
        if row["root"] in CONFLICT_ROOTS or row["trigger"] in ("threaten", "warn"):
            assert row["code"].startswith("13"), row


def test_committing_triggers_have_a_fallback_and_plans_none() -> None:
    triggers = {row["trigger"] for row in intent_rows()}
    fallbacks = {row["trigger"] for row in intent_rows() if row["root"] == "*"}
    assert {"ready", "willing", "pledge", "vow", "promise", "agree", "threaten", "look forward"} <= triggers
    assert {"ready", "willing", "pledge", "vow", "promise", "agree", "threaten"} <= fallbacks
    assert not {"plan", "hope", "want", "seek", "aim", "wish", "expect"} & fallbacks


def read_cases() -> list[tuple[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        return [(row["sentence"], row["code"]) for row in csv.DictReader(handle, delimiter="\t")]


def arguments(token: Token) -> tuple[set[str], set[str]]:
    """The particles and prepositions of a predicate, and the lemmas of its objects.

    The parser often attaches a particle as an adverb (``stepped down``), so adverbs count too.
    """
    links = [child for child in token.children if child.dep_ in ("prt", "prep", "agent", "dative", "advmod")]
    heads = [child for child in token.children if child.dep_ in ("dobj", "nsubjpass")]
    heads += [obj for link in links for obj in link.children if obj.dep_ == "pobj"]
    return {link.lower_ for link in links}, {head.lemma_.lower() for head in heads}


def best_code(token: Token) -> str:
    """The code of the most specific pattern the sentence's main predicate satisfies."""
    particles, heads = arguments(token)
    kind = PREDICATE_KIND.get(token.pos_, "")
    candidates = [
        row
        for row in verb_rows()
        if (row["kind"], row["lemma"]) == (kind, token.lemma_.lower())
        and (not row["particle"] or row["particle"] in particles)
        and (not objects(row) or objects(row) & heads)
    ]
    ranked = sorted(candidates, key=lambda row: -(2 * bool(objects(row)) + bool(row["particle"])))
    return ranked[0]["code"] if ranked else "-"


@pytest.mark.parametrize(("sentence", "code"), read_cases())
def test_main_predicate_codes_as_expected(sentence: str, code: str) -> None:
    doc = load_nlp()(sentence)
    root = next(token for token in doc if token.dep_ == "ROOT")
    assert best_code(root) == code
