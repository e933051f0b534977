"""Reading PETRARCH/TABARI dictionaries: actors, agents and discards (verbs are in petrarch_verbs).

The kind of a file is told from its content. What each kind means:

Actors (``Phoenix.Countries.actors.txt``): a block starts with a head phrase
(words joined by ``_``; a trailing ``_``, TABARI's mark for an exact last word,
is dropped), followed by ``+`` synonym lines and code lines; codes may also
stand on a phrase's own line. Head lines with no code of their own that follow
one another form one block; a blank line ends a block still waiting for codes.
A code is ``[CODE]``, ``[CODE >YYMMDD]`` (from that day on), ``[CODE <YYMMDD]``
(until that day) or ``[CODE YYMMDD-YYMMDD]``; dates have six or eight digits,
and two-digit years 00-30 are 20YY, others 19YY. ``[---]`` marks a phrase that
deliberately names no actor. Every phrase of a block takes every code of the
block, and the block's first phrase as its name; dated codes come first so
that, first match winning, an undated code is the fallback outside the dated
spans (as in PETRARCH). ``#`` starts a comment (provenance notes such as
``# CountryInfo.txt``). Phrases written in capitals come back in readable case
(``XI_JINPING_`` -> ``Xi Jinping``), so matching them must ignore case.

Agents (``Phoenix.agents.txt``): ``PHRASE {PLURAL} [~CODE]`` (or ``[CODE~]``);
``{}`` means no plural, no braces a regular English plural. ``!NAME! = A, B``
defines a substitution set used inside later phrases (``CONGRESS!PERSON!``).

Discards (``Phoenix.discards.txt``): one phrase a line; a leading ``+`` marks a
phrase that discards a whole story rather than one sentence. Both become
discard phrases.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyad.actors.dictfile import LoadReport, has_control_character, read_lines, readable, strip_comment, words
from dyad.actors.entries import ActorEntry, AgentEntry, Dictionaries
from dyad.actors.petrarch_verbs import read_verbs
from dyad.errors import DictionaryError

_VERB_HEADER = re.compile(r"^---\s+\S+\s+\[[^\]]*\]")
_AGENT_CODE = re.compile(r"\[(?:~\w+|\w+~)\]")
_ACTOR_CODE = re.compile(r"^([A-Z0-9]+|---)\s*(.*)$")
_DATE_SPAN = re.compile(r"^(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))$")
_AGENT_LINE = re.compile(r"^(?P<phrase>[^{\[\]]*?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]$")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_MARKER = re.compile(r"![A-Z]+!")
_VOWELS = frozenset("aeiou")


def load_petrarch(path: Path) -> LoadReport:
    """Load a PETRARCH/TABARI actor, agent, discard or verb file, whichever it is."""
    lines, problems = read_lines(path)
    report = read_petrarch(path, lines)
    report.problems[:0] = problems
    return report


def read_petrarch(path: Path, lines: list[str]) -> LoadReport:
    """The entries of a PETRARCH/TABARI file already read into lines."""
    readers: dict[str, Callable[[Path, list[str]], LoadReport]] = {
        "verbs": read_verbs,
        "agents": read_agents,
        "actors": read_actors,
        "discards": read_discards,
    }
    return readers[petrarch_kind(path, lines)](path, lines)


def petrarch_kind(path: Path, lines: list[str]) -> str:
    """``verbs``, ``agents``, ``actors`` or ``discards``, told from the content."""
    content = [line for line in lines if not line.lstrip().startswith("#")]
    if any(line.lstrip().startswith("<ISSUE") for line in content):
        raise DictionaryError(f"{path}: PETRARCH issue-coding files are not supported")
    if any(_VERB_HEADER.match(line) for line in content):
        return "verbs"
    if any(_AGENT_CODE.search(line) or _SUBSTITUTION.match(line.strip()) for line in content):
        return "agents"
    if any("[" in strip_comment(line) for line in content):
        return "actors"
    return "discards"


# Actors


@dataclass
class _Block:
    """One actor block: its name (first phrase), phrases (text, line), codes, whether any code line came."""

    name: str = ""
    phrases: list[tuple[str, int]] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)
    coded: bool = False


def read_actors(path: Path, lines: list[str]) -> LoadReport:
    """Actor entries from the lines of an actor file."""
    report = LoadReport()
    actors: list[ActorEntry] = []
    block: _Block | None = None
    for number, raw in enumerate(lines, 1):
        text = strip_comment(raw, "#")
        if text:
            block = _actor_line(path, number, text, block, actors, report)
        elif not raw.strip() and block is not None and not block.coded:
            _close_block(path, block, actors, report)
            block = None
    _close_block(path, block, actors, report)
    report.dictionaries = Dictionaries(actors=tuple(actors))
    return report


def _actor_line(
    path: Path, number: int, text: str, block: _Block | None, actors: list[ActorEntry], report: LoadReport
) -> _Block | None:
    phrase, codes, stray = _split_codes(text)
    if "[" in stray or "]" in stray:
        report.problems.append(f"{path}:{number}: unbalanced brackets: {text!r}")
        return block
    if stray:
        report.problems.append(f"{path}:{number}: text after the codes ignored: {stray!r}")
    if phrase and not phrase.startswith("+") and not (block and not block.coded and not codes):
        # Head lines with no codes of their own gather into one block until codes come.
        _close_block(path, block, actors, report)
        block = _Block()
    if block is None:
        report.problems.append(f"{path}:{number}: a code or synonym before any actor phrase")
        return None
    _add_phrase(path, number, phrase.removeprefix("+"), block, report)
    for code in codes:
        _add_code(path, number, code, block, report)
    return block


def _split_codes(text: str) -> tuple[str, list[str], str]:
    """(phrase, the ``[...]`` groups, any text after them)."""
    phrase, _, rest = text.partition("[")
    if not rest:
        return phrase.strip(), [], ""
    groups = re.findall(r"\[([^\[\]]*)\]", "[" + rest)
    stray = re.sub(r"\[[^\[\]]*\]", " ", "[" + rest).strip()
    return phrase.strip(), groups, stray


def _add_phrase(path: Path, number: int, phrase: str, block: _Block, report: LoadReport) -> None:
    if not phrase:
        return
    if has_control_character(phrase) or not words(phrase):
        report.problems.append(f"{path}:{number}: unreadable phrase {phrase!r}")
        return
    text = readable(phrase)
    block.phrases.append((text, number))
    block.name = block.name or text


def _add_code(path: Path, number: int, group: str, block: _Block, report: LoadReport) -> None:
    block.coded = True
    try:
        code, start, end = parse_actor_code(group)
    except ValueError as error:
        report.problems.append(f"{path}:{number}: {error}")
        return
    if code != "---":
        block.codes.append((code, start, end))


def parse_actor_code(group: str) -> tuple[str, date | None, date | None]:
    """``CHNGOV >20121115`` -> (code, start, end); ValueError says what is wrong."""
    match = _ACTOR_CODE.match(group.strip())
    if not match:
        raise ValueError(f"bad actor code [{group}]")
    code, span = match.group(1), match.group(2).strip()
    if not span:
        return code, None, None
    dates = _DATE_SPAN.match(span)
    if not dates:
        raise ValueError(f"bad date restriction [{group}] (expected >DATE, <DATE or DATE-DATE)")
    operator, single, first, last = dates.groups()
    if operator:
        day = petrarch_date(single)
        return (code, day, None) if operator == ">" else (code, None, day)
    start, end = petrarch_date(first), petrarch_date(last)
    if end < start:
        raise ValueError(f"date range ends before it starts [{group}]")
    return code, start, end


def petrarch_date(digits: str) -> date:
    """A YYMMDD or YYYYMMDD date; two-digit years 00-30 are 20YY (as in TABARI)."""
    if len(digits) == 6:
        year = int(digits[:2])
        digits = str(2000 + year if year <= 30 else 1900 + year) + digits[2:]
    if len(digits) != 8:
        raise ValueError(f"bad date {digits!r} (expected YYMMDD or YYYYMMDD)")
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise ValueError(f"bad date {digits!r}") from None


def _close_block(path: Path, block: _Block | None, actors: list[ActorEntry], report: LoadReport) -> None:
    if block is None or not block.phrases:
        return
    if not block.codes:
        if not block.coded:
            report.problems.append(f"{path}:{block.phrases[0][1]}: no code for {block.name!r}")
        return
    codes = sorted(block.codes, key=lambda code: code[1] is None and code[2] is None)
    for (phrase, number), (code, start, end) in itertools.product(block.phrases, codes):
        actors.append(ActorEntry(phrase, code, start, end, block.name, f"{path}:{number}"))


# Agents


def read_agents(path: Path, lines: list[str]) -> LoadReport:
    """Agent entries (with generated plurals) from the lines of an agent file."""
    report = LoadReport()
    substitutions: dict[str, list[str]] = {}
    agents: dict[tuple[str, str], AgentEntry] = {}
    for number, raw in enumerate(lines, 1):
        text = strip_comment(raw)
        if not text or text.startswith("<!"):
            continue
        origin = f"{path}:{number}"
        try:
            for entry in _agent_entries(text, substitutions, origin):
                agents.setdefault((entry.phrase, entry.sector), entry)
        except ValueError as error:
            report.problems.append(f"{origin}: {error}")
    report.dictionaries = Dictionaries(agents=tuple(agents.values()))
    return report


def _agent_entries(text: str, substitutions: dict[str, list[str]], origin: str) -> Iterator[AgentEntry]:
    definition = _SUBSTITUTION.match(text)
    if definition:
        substitutions[definition.group(1)] = [word.strip() for word in definition.group(2).split(",")]
        return
    match = _AGENT_LINE.match(text)
    if not match or not match.group("phrase"):
        raise ValueError(f"expected 'PHRASE {{PLURAL}} [~CODE]', got {text!r}")
    sector = _agent_sector(match.group("code"))
    for phrase, plural in _agent_phrases(match.group("phrase"), match.group("plural"), substitutions):
        yield AgentEntry(phrase, sector, origin)
        if plural:
            yield AgentEntry(plural, sector, origin)


def _agent_sector(code: str) -> str:
    sector = code.strip().strip("~")
    if code.count("~") != 1 or not re.fullmatch(r"[A-Z0-9]+", sector):
        raise ValueError(f"bad agent code [{code}] (expected [~CODE] or [CODE~])")
    return sector


def _agent_phrases(
    raw: str, plural: str | None, substitutions: dict[str, list[str]]
) -> Iterator[tuple[str, str]]:
    """(phrase, its plural or '') for each expansion of the substitution markers."""
    markers = _MARKER.findall(raw)
    unknown = [marker for marker in markers if marker not in substitutions]
    if unknown:
        raise ValueError(f"unknown substitution set {unknown[0]}")
    for choice in itertools.product(*(substitutions[marker] for marker in markers)):
        expanded = raw
        for marker, word in zip(markers, choice, strict=True):
            expanded = expanded.replace(marker, word, 1)
        phrase = " ".join(words(expanded)).lower()
        if plural is not None:
            yield phrase, " ".join(words(plural)).lower()
        else:
            yield phrase, "" if markers else plural_of(phrase)


def plural_of(phrase: str) -> str:
    """The regular English plural of a phrase's last word ('' where none applies)."""
    head, _, last = phrase.rpartition(" ")
    if not last.isalpha():
        return ""
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in _VOWELS:
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


# Discards


def read_discards(path: Path, lines: list[str]) -> LoadReport:
    """Discard phrases from the lines of a discard file."""
    report = LoadReport()
    discards: dict[str, None] = {}
    for number, raw in enumerate(lines, 1):
        text = strip_comment(raw).lstrip("+").strip()
        if not text:
            continue
        if has_control_character(text) or "[" in text:
            report.problems.append(f"{path}:{number}: not a discard phrase: {text!r}")
            continue
        discards.setdefault(readable(text))
    report.dictionaries = Dictionaries(discards=tuple(discards))
    return report
