"""Scoring against gold files, on small hand-made gold sets and a fake coder's output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyad.errors import ConfigError, ReadError
from dyad.evaluation import (
    Ratio,
    Scores,
    SplitRatios,
    evaluate,
    gold_details,
    gsr_type,
    guess_format,
    plover_details,
    read_gold,
    read_plover_gsr,
    read_snippets,
    score_gold,
    score_plover,
    score_snippets,
    snippet_details,
)
from dyad.model import Actor, Event, Plover
from dyad.ontology import load_ontology

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "eval"
PLOVER_GSR = ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
Run = tuple[list[Any], list[list[Event]]]


def actor(pair: list[str | None] | None) -> Actor | None:
    return Actor(text=str(pair[0]), code=pair[0], country=pair[1]) if pair else None


def event(spec: dict[str, Any]) -> Event:
    """A coded event with only what scoring looks at filled in."""
    source = actor(spec["source"])
    assert source is not None
    return Event(
        event_id="x", article_id="x", date=None, article_date=None, sentence_index=0, sentence="",
        source=source, target=actor(spec["target"]), cameo=spec["cameo"], cameo_root=spec["cameo"][:2],
        cameo_name="", goldstein=0.0, quad_class=1, plover=Plover(spec["plover"]),
    )


def fake_found(name: str, ids: list[str]) -> list[list[Event]]:
    """The fake coder's events for each gold id, in the gold file's order."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    by_id = {row["id"]: [event(e) for e in row["events"]] for row in map(json.loads, lines)}
    return [by_id[i] for i in ids]


@pytest.fixture
def gold_run() -> Run:
    records = read_gold(DATA / "gold.jsonl")
    return records, fake_found("gold_found.jsonl", [r.id for r in records])


@pytest.fixture
def plover_run() -> Run:
    records = read_plover_gsr(DATA / "plover.json")
    return records, fake_found("plover_found.jsonl", [r.id for r in records])


@pytest.fixture
def snippet_run() -> Run:
    records = read_snippets(DATA / "snippets.jsonl")
    return records, fake_found("snippets_found.jsonl", [r.id for r in records])


def test_ratio_and_scores_arithmetic() -> None:
    assert Ratio(0, 0).value == 0.0
    assert str(Ratio(1, 3)) == "0.333 (1/3)"
    scores = Scores(matched=3, found=5, expected=4)
    assert (scores.precision.value, scores.recall.value) == (0.6, 0.75)
    assert scores.f1 == pytest.approx(2 / 3)
    assert Scores(0, 0, 0).f1 == 0.0


def test_gold_root_triples(gold_run: Run) -> None:
    report = score_gold(*gold_run)
    assert report.sentences == 6
    assert (report.roots.matched, report.roots.found, report.roots.expected) == (3, 5, 4)
    assert report.accuracy == pytest.approx(2 * 3 / 9)


def test_gold_exact_codes(gold_run: Run) -> None:
    codes = score_gold(*gold_run).codes
    assert (codes.matched, codes.found, codes.expected) == (2, 5, 5)
    assert codes.f1 == pytest.approx(0.4)


def test_gold_per_root_recall_and_false_alarms(gold_run: Run) -> None:
    report = score_gold(*gold_run)
    hit, missed = Ratio(1, 1), Ratio(0, 1)
    assert dict(report.root_recall) == {"01": missed, "04": hit, "10": hit, "19": hit}
    assert [root for root, _ in report.root_recall] == ["01", "04", "10", "19"]
    assert report.false_alarms == Ratio(1, 2)


def test_gold_report_lines(gold_run: Run) -> None:
    lines = score_gold(*gold_run).lines()
    assert lines[-1] == "accuracy: 0.667"
    assert "tricky negatives with an event: 0.500 (1/2)" in lines
    assert "01    0.000 (0/1)" in lines


def test_gold_details_name_missed_and_spurious(gold_run: Run) -> None:
    rows = {row["id"]: row for row in gold_details(*gold_run)}
    assert rows["e2"]["spurious"] == [["UKR", "RUS", "19"]] and rows["e2"]["missed"] == []
    assert rows["e3"]["found"] == [["IGO", "SDN", "1056"]]
    assert rows["e6"]["missed"] == [["FRA", None, "01"]]
    assert rows["e4"]["tricky"] == "sports"


def test_plover_reading_maps_old_names() -> None:
    records = {r.id: r for r in read_plover_gsr(DATA / "plover.json")}
    assert "P-DOCUMENT-0001" not in records and len(records) == 5
    assert records["P-DEMAND-0001"].type == "REQUEST"
    assert records["P-DEMAND-0001"].targets == {"JPN"}
    assert records["P-FIGHT-0001"].targets == {"IRQ"}
    assert records["P-DISAPPROVE-0001"].targets == frozenset()


def test_plover_type_accuracy(plover_run: Run) -> None:
    report = score_plover(*plover_run)
    assert report.type_accuracy == Ratio(3, 5)
    assert report.with_events == Ratio(4, 5)
    assert report.lines()[-1] == "accuracy: 0.600"


def test_plover_per_type_scores(plover_run: Run) -> None:
    types = {item.type: item.scores for item in score_plover(*plover_run).types}
    assert types == {
        "ACCUSE": Scores(0, 1, 1), "AGREE": Scores(1, 1, 1), "ASSAULT": Scores(1, 1, 1),
        "REJECT": Scores(0, 0, 1), "REQUEST": Scores(1, 1, 1), "SUPPORT": Scores(0, 1, 0),
    }


def test_plover_actor_accuracy_uses_best_matching_events(plover_run: Run) -> None:
    report = score_plover(*plover_run)
    assert report.source == Ratio(3, 5)
    assert report.target == Ratio(2, 3)


def test_plover_details(plover_run: Run) -> None:
    rows = {row["id"]: row for row in plover_details(*plover_run)}
    assert rows["P-REJECT-0001"]["type_found"] is False
    found = {"type": "REQUEST", "cameo": "1053", "source": "IGO", "target": "JPN"}
    assert rows["P-DEMAND-0001"]["found"] == [found]


def test_every_gold_type_of_the_plover_file_is_a_dyad_type() -> None:
    ontology = load_ontology()
    dyad_types = {ontology.get(code).plover_type for code in ontology.codes()}
    gold_types = {record.type for record in read_plover_gsr(PLOVER_GSR)}
    assert len(gold_types) >= 14
    assert gold_types <= dyad_types
    assert gsr_type("INVESTIGATE") == "ACCUSE"


def test_snippet_reading() -> None:
    records = {r.id: r for r in read_snippets(DATA / "snippets.jsonl")}
    assert len(records) == 6
    assert records["n4"].roots == {"18", "19"} and records["n4"].source_country is None
    assert records["n2"].split == "heldout" and records["n2"].event_class == "peaceful_protest"
    assert records["n5"].disaster and not records["n5"].roots


def test_snippet_class_shares_per_split(snippet_run: Run) -> None:
    classes = {item.name: item.hits for item in score_snippets(*snippet_run).classes}
    assert list(classes) == ["peaceful_protest", "armed_clash"]
    assert classes["peaceful_protest"] == SplitRatios(Ratio(1, 1), Ratio(0, 1), Ratio(1, 2))
    assert classes["armed_clash"] == SplitRatios(Ratio(1, 1), Ratio(1, 1), Ratio(2, 2))


def test_snippet_macro_average_leaves_disasters_out(snippet_run: Run) -> None:
    report = score_snippets(*snippet_run)
    assert (report.macro("dev"), report.macro("heldout"), report.macro("all")) == (1.0, 0.5, 0.75)
    assert report.accuracy == 0.75


def test_snippet_disasters_and_source_countries(snippet_run: Run) -> None:
    report = score_snippets(*snippet_run)
    assert report.disaster == SplitRatios(Ratio(0, 1), Ratio(1, 1), Ratio(1, 2))
    assert report.source == SplitRatios(Ratio(1, 2), Ratio(0, 0), Ratio(1, 2))


def test_snippet_report_lines(snippet_run: Run) -> None:
    lines = score_snippets(*snippet_run).lines()
    assert lines[0] == "snippets: 6 (dev 3, heldout 3)"
    assert lines[1] == f"{'class':<27}  {'dev':<16}{'heldout':<16}all"
    assert lines[2] == f"{'peaceful_protest':<27}  {'1.000 (1/1)':<16}{'0.000 (0/1)':<16}0.500 (1/2)"
    assert lines[4] == f"disaster with a 14-20 event  {'0.000 (0/1)':<16}{'1.000 (1/1)':<16}0.500 (1/2)"
    assert lines[5] == f"source country of hits       {'0.500 (1/2)':<16}{'0.000 (0/0)':<16}0.500 (1/2)"
    assert lines[6:] == ["macro average, dev: 1.000", "macro average, heldout: 0.500",
                         "macro average, all: 0.750", "accuracy: 0.750"]


def test_snippet_details(snippet_run: Run) -> None:
    rows = {row["id"]: row for row in snippet_details(*snippet_run)}
    assert (rows["n1"]["hit"], rows["n1"]["source_match"]) == (True, True)
    assert (rows["n2"]["hit"], rows["n2"]["source_match"]) == (False, None)
    assert rows["n3"]["source_match"] is False
    assert rows["n3"]["found"] == [["NER", "MLI", "190"], ["MLI", "MLI", "141"]]
    assert (rows["n4"]["hit"], rows["n4"]["source_match"], rows["n4"]["roots"]) == (True, None, ["18", "19"])
    assert (rows["n5"]["violent"], rows["n6"]["violent"], rows["n6"]["hit"]) == (False, True, False)


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("bad.jsonl", '{"id": "a", "text": "x", "events": []}\nnot json\n', "bad.jsonl:2"),
        ("short.jsonl", '{"id": "a", "text": "x"}\n', "short.jsonl:1"),
        ("date.jsonl", '{"id": "a", "text": "x", "date": "May 1", "events": []}\n', "date.jsonl:1"),
        ("object.json", '{"id": "a"}', "object.json"),
        ("missing.json", '[{"id": "a", "event": "AGREE"}]', "record 1"),
        ("split.jsonl", '{"id": "a", "text": "x", "class": "arrest", "split": "test", "roots": []}\n',
         "split.jsonl:1"),
        ("roots.jsonl", '{"id": "a", "text": "x", "class": "arrest", "split": "dev", "roots": "17"}\n',
         "roots.jsonl:1"),
        ("noid.jsonl", '{"text": "x", "class": "arrest", "split": "dev", "roots": []}\n', "noid.jsonl:1"),
    ],
)
def test_unreadable_gold_files(tmp_path: Path, name: str, content: str, where: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReadError, match=where):
        evaluate(path)


def test_missing_file_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="cannot be read"):
        read_gold(tmp_path / "absent.jsonl")
    with pytest.raises(ConfigError, match="unknown gold format"):
        evaluate(DATA / "gold.jsonl", "csv")


def test_format_guessed_from_the_suffix_and_the_first_record(tmp_path: Path) -> None:
    assert guess_format(PLOVER_GSR) == "plover-gsr"
    assert guess_format(DATA / "gold.jsonl") == "jsonl"
    assert guess_format(DATA / "snippets.jsonl") == "snippets"
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert guess_format(empty) == "jsonl"
