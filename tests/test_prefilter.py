"""The prefilter: trigger forms from the lemmatizer run backwards, and which sentences it lets through."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from dyad.actors.entries import ActorEntry
from dyad.actors.matching import Mention
from dyad.coding.context import ArticleContext
from dyad.config import Config
from dyad.model import Actor, Article
from dyad.nlp import load_nlp
from dyad.pipeline import Coder, coder_for
from dyad.prefilter import (
    REFERENCE,
    STANDIN,
    TRIGGER,
    Prefilter,
    prefilter_for,
    rule_forms,
    trigger_forms,
    trigger_lemmas,
)
from dyad.reading import read_inputs
from dyad.segmenting import segment

ROOT = Path(__file__).resolve().parents[1]
FORMS = list(csv.DictReader((ROOT / "tests" / "data" / "prefilter" / "forms.tsv").open(), delimiter="\t"))
SAMPLE = ROOT / "corpus" / "sample"
SNIPPETS = ROOT / "tests" / "data" / "gold" / "snippets_gold.jsonl"
PERSON = ActorEntry("Gustavo Petro", "COLGOV", kind="person")


def test_rules_run_backwards() -> None:
    assert rule_forms("supply", [("ies", "y"), ("ed", ""), ("ing", "e")]) == {"supplies", "supplyed"}


@pytest.mark.parametrize("case", FORMS, ids=[f"{c['lemma']}-{c['form']}" for c in FORMS])
def test_written_forms_of_a_lemma(case: dict[str, str]) -> None:
    forms = trigger_forms(load_nlp(), {case["lemma"]})
    assert forms is not None and case["form"] in forms, case["note"]


def test_every_pattern_word_the_parser_lemmatizes_is_a_trigger() -> None:
    coder = coder_for(Config())
    free, guarded = trigger_lemmas(coder)
    forms = trigger_forms(load_nlp(), free | set(guarded))
    assert forms is not None
    texts = [s.text for a in read_inputs([str(SAMPLE)]) if not isinstance(a, Exception)
             for s in segment(a.text).sentences]
    triggered = 0
    for doc in load_nlp().pipe(texts):
        lemmas = {t.lemma_.lower() for t in doc}
        for token in (t for t in doc if t.lemma_.lower() in free | set(guarded)):
            assert token.lower_ in forms, token.text
            if token.lemma_.lower() in free or guarded[token.lemma_.lower()] & lemmas:
                triggered += 1
                assert prefilter_for(coder).words(doc.text) & TRIGGER, doc.text
    assert triggered > 20


def test_words_are_whole_words() -> None:
    prefilter = Prefilter({"aid"}, {"he"})
    assert not prefilter.words("The spokesman said help was near.")
    assert prefilter.words("Aid arrived.") == TRIGGER
    assert prefilter.words("He sent aid.") == TRIGGER | REFERENCE


def test_a_guarded_trigger_needs_one_of_its_object_words() -> None:
    prefilter = Prefilter(set(), (), guarded=[({"held", "hold"}, {"talks"}), ({"issued"}, {"statement"})])
    assert prefilter.words("China held talks with Japan.") == TRIGGER
    assert not prefilter.words("China held a statement.")
    assert not prefilter.words("Talks were held up.") & REFERENCE


def test_verbs_whose_every_pattern_names_objects_are_guarded() -> None:
    free, guarded = trigger_lemmas(coder_for(Config()))
    assert "meet" in free and "talk" in guarded["have"]
    assert not set(guarded) & free


def test_unknowable_forms_let_every_sentence_through() -> None:
    assert Prefilter(None, ()).words("Nothing here.") == TRIGGER


def test_unknowable_sources_let_every_sentence_with_a_trigger_through() -> None:
    prefilter = Prefilter({"met"}, (), any_source=True)
    assert prefilter.admits("Someone met someone.", [], ArticleContext())
    assert not prefilter.admits("Nothing here.", [], ArticleContext())


def mention(text: str, start: int, entries: tuple[ActorEntry, ...]) -> Mention:
    return Mention(start, start + len(text), text, entries)


@pytest.mark.parametrize(
    ("text", "mentions", "remembers", "admitted"),
    [
        ("Petro arrived in Bogota.", [mention("Petro", 0, (PERSON,))], False, False),
        ("Petro met the envoy.", [mention("Petro", 0, (PERSON,))], False, True),
        ("Petro met the envoy.", [mention("Petro", 0, ())], False, False),
        ("He met the envoy.", [], False, False),
        ("He met the envoy.", [], True, True),
        ("The two sides met.", [], True, True),
        ("The envoy met reporters.", [], True, False),
        ("Police met protesters in Nairobi.", [Mention(0, 6, "Police", sector="COP")], False, True),
        ("Police met protesters.", [Mention(0, 6, "Police", sector="COP")], False, True),
        ("A car bomb exploded.", [], False, True),
        ("A car exploded.", [], False, False),
    ],
)
def test_admits_only_a_trigger_with_a_possible_source(
    text: str, mentions: list[Mention], remembers: bool, admitted: bool
) -> None:
    context = ArticleContext()
    if remembers:
        context.saw(Actor("Gustavo Petro", "COLGOV", "COL", "GOV", "Gustavo Petro"), PERSON)
    prefilter = Prefilter({"meet", "met", "exploded"}, marked=[({"bomb"}, STANDIN)])
    assert prefilter.admits(text, mentions, context) is admitted


def events_of(coder: Coder, paths: list[str]) -> list[dict[str, object]]:
    articles = [a for a in read_inputs(paths) if not isinstance(a, Exception)]
    return [event.to_dict() for article in articles for event in coder.code(article)]


def test_same_events_with_and_without_the_prefilter() -> None:
    paths = [str(ROOT / "src" / "dyad" / "data" / "bench"), str(SAMPLE),
             str(ROOT.parent / "shared" / "seed" / "000_c327e3f6d7df83b7.txt")]
    with_prefilter = events_of(Coder(Config()), paths)
    assert len(with_prefilter) > 100
    assert with_prefilter == events_of(Coder(Config(prefilter=False)), paths)


def test_same_events_with_and_without_the_prefilter_on_short_snippets() -> None:
    """Short texts are where a sentence's only source may be a role or a weapon (the snippets gold set)."""
    rows = [json.loads(line) for line in SNIPPETS.open(encoding="utf-8")]
    articles = [Article.from_text(r["text"], id=r["id"], date=date.fromisoformat(r["date"])) for r in rows]
    coder = Coder(Config())
    with_prefilter = [e.to_dict() for a in articles for e in coder.code(a)]
    assert len(with_prefilter) > 200
    without = Coder(Config(prefilter=False))
    assert with_prefilter == [e.to_dict() for a in articles for e in without.code(a)]
