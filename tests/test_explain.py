"""``dyad explain``: the library's structured explanation and the command's text and JSON."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.config import Config
from dyad.errors import InputError
from dyad.explain import explain_text

PETRO = "Colombian President Gustavo Petro met Xi Jinping in Beijing."
DAY = date(2025, 5, 14)
LEADERS = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "actors" / "leaders.tsv"


def leader_line(origin: str) -> list[str]:
    """The cells of the leaders.tsv line an origin ``leaders.tsv:N`` points to."""
    name, number = origin.split(":")
    assert name == "leaders.tsv"
    return LEADERS.read_text(encoding="utf-8").splitlines()[int(number) - 1].split("\t")


def test_mentions_name_their_entries() -> None:
    step = explain_text(PETRO, DAY).sentences[0]
    by_text = {m.text: m for m in step.mentions}
    petro, xi = by_text["Gustavo Petro"], by_text["Xi Jinping"]
    assert (petro.code, petro.kind, xi.code) == ("COLGOV", "person", "CHNGOV")
    assert leader_line(petro.origin or "")[:2] == ["COL", "Gustavo Petro"]
    assert (petro.valid_from, petro.valid_until) == ("2022-08-07", "2026-08-07")
    assert by_text["President"].kind == "agent" and by_text["President"].sector == "GOV"
    assert by_text["Colombian"].origin and by_text["Colombian"].origin.startswith("countries.tsv:")


def test_events_carry_their_evidence_and_parse() -> None:
    step = explain_text(PETRO, DAY).sentences[0]
    [event] = step.events
    target = event.target.code if event.target else None
    assert (event.source.code, target, event.cameo_root) == ("COLGOV", "CHNGOV", "04")
    assert event.evidence["trigger"] == "met" and event.evidence["rule"] == "svo"
    [trigger] = [t for t in step.triggers if t.coded]
    assert trigger.offset == event.evidence["trigger_offset"] == PETRO.index("met")
    assert any(event.evidence["pattern"] in pattern for pattern in trigger.patterns)
    assert "Petro/nsubj->met" in trigger.compact() and "[met]/ROOT" in trigger.compact()


def test_uncoded_predicate_is_shown_with_its_parse() -> None:
    step = explain_text("The talks were held in a hotel.", DAY).sentences[0]
    assert not step.events
    assert step.triggers and not any(t.coded for t in step.triggers)


def test_negated_predicate_shows_what_the_rules_found() -> None:
    step = explain_text("China did not help Colombia.", DAY).sentences[0]
    [trigger] = [t for t in step.triggers if t.lemma == "help"]
    assert not step.events and not trigger.coded and trigger.negated
    assert trigger.fits is not None and trigger.fits.startswith("070 help")
    assert (trigger.sources, trigger.targets) == (("CHN China",), ("COL Colombia",))
    assert "not/neg->help" in trigger.compact()


def test_person_out_of_office_is_of_the_elite() -> None:
    [mention] = [m for m in explain_text("Iván Duque spoke.", date(2023, 1, 1)).sentences[0].mentions]
    assert (mention.text, mention.code, mention.kind) == ("Iván Duque", "COLELI", "former")


def test_person_before_office_is_unresolved() -> None:
    [mention] = [m for m in explain_text("Iván Duque spoke.", date(2017, 12, 1)).sentences[0].mentions]
    assert (mention.text, mention.code, mention.kind) == ("Iván Duque", None, "unresolved")


def test_surname_from_an_earlier_sentence() -> None:
    sentences = explain_text("Gustavo Petro arrived in Beijing. Petro met Xi Jinping.", DAY).sentences
    assert len(sentences) == 2
    petro = sentences[1].mentions[0]
    assert (petro.text, petro.code, petro.name) == ("Petro", "COLGOV", "Gustavo Petro")


def test_discarded_sentence_says_why(tmp_path: Path) -> None:
    dictionary = tmp_path / "discards.tsv"
    dictionary.write_text("discard\tstate media\n", encoding="utf-8")
    config = Config(dictionaries=(dictionary,))
    step = explain_text("China met Colombia, state media said.", DAY, config).sentences[0]
    assert step.discarded_by == "state media" and not step.events


def test_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError):
        explain_text("  \n")


def test_command_text() -> None:
    done = CliRunner().invoke(main, ["explain", PETRO, "--date", "2025-05-14"])
    assert done.exit_code == 0, done.output
    assert "COLGOV" in done.output and "CHNGOV" in done.output
    assert "[met]/ROOT" in done.output and "rule svo" in done.output
    assert "leaders.tsv:" in done.output


def test_command_json() -> None:
    done = CliRunner().invoke(main, ["explain", PETRO, "--date", "2025-05-14", "--format", "json"])
    data = json.loads(done.output)
    [sentence] = data["sentences"]
    assert [e["cameo_root"] for e in sentence["events"]] == ["04"]
    assert {m["code"] for m in sentence["mentions"]} >= {"COLGOV", "CHNGOV"}
    assert data["date"] == "2025-05-14"


@pytest.mark.parametrize(("args", "status"), [(["", "--date", "2025-05-14"], 1), (["x", "--date", "May"], 2)])
def test_command_errors(args: list[str], status: int) -> None:
    done = CliRunner().invoke(main, ["explain", *args])
    assert done.exit_code == status
    assert "Traceback" not in done.output


def test_installed_command(dyad_cmd: str) -> None:
    done = subprocess.run(
        [dyad_cmd, "explain", PETRO, "--date", "2025-05-14"], capture_output=True, timeout=300, check=False
    )
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    assert "COLGOV" in out and "CHNGOV" in out and "04" in out and "evidence:" in out
