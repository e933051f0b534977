"""Reading a PETRARCH verb dictionary (``CAMEO.2.0.txt``) into verb patterns.

The file has synonym sets, then verb blocks:

    &CEASEFIRE                      a synonym set ...
    +TRUCE                          ... and its members
    ---  ARRANGE   [---]  ---       a block and its default code ([---]: none)
    SET                             a verb of the block ...
    PUT {PUTS PUTTING }  [014]      ... its irregular forms, its own code
    +CALL_OFF [160]                 a verb with a particle
    - * OUT VIEWS        [010]      a pattern: * is the verb; words after it
    - * (ON ALERT)       [152]      a prepositional phrase
    - * &CEASEFIRE       [0356]     any member of a synonym set

Every pattern of a block applies to every verb of the block, as in PETRARCH.
A code ``[A:B]`` codes A from source to target and B back; dyad keeps A, and
a pattern with no forward code is left out. Comments start with ``#`` or
``;`` (``# RUSH`` names the verb a pattern was first written for).

A pattern becomes a ``VerbPattern`` when it asks for no more than a verb, one
particle or preposition, and one object word (or synonym set): ``* OUT
VIEWS``, ``* (ON ALERT)``, ``* &FOOD (TO)``. Patterns with words before the
verb, several phrases, multi-word nouns (``{ARMS SHIPMENT}``), source or
target markers (``$ + ^ %``) or null codes are counted as skipped, and so are
the transformation rules (``~``) at the end of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dyad.actors.dictfile import LoadReport, particles, strip_comment
from dyad.actors.entries import Dictionaries, VerbPattern

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s*(?P<body>[^\[\]]*?)\s*\[(?P<code>[^\]]*)\]$")
_VERB_LINE = re.compile(r"^(?P<verb>[^\s{\[]+)\s*(?:\{[^}]*\})?\s*(?:\[(?P<code>[^\]]*)\])?$")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
_WORD = re.compile(r"&?[A-Z0-9][A-Z0-9'\-.]*")
_CODE = re.compile(r"\d{2,4}")
_MARKERS = frozenset("$+^%")


@dataclass(frozen=True)
class _Verb:
    lemma: str
    particle: str
    code: str
    number: int


@dataclass(frozen=True)
class _Pattern:
    particle: str
    objects: tuple[str, ...]
    code: str
    number: int


@dataclass
class _Block:
    code: str
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[_Pattern] = field(default_factory=list)


@dataclass
class _VerbReader:
    """The state of a pass over a verb file."""

    path: Path
    report: LoadReport = field(default_factory=LoadReport)
    synsets: dict[str, list[str]] = field(default_factory=dict)
    synset: str | None = None
    block: _Block | None = None
    patterns: dict[tuple[str, str, str, frozenset[str]], VerbPattern] = field(default_factory=dict)

    def problem(self, number: int, reason: str) -> None:
        self.report.problems.append(f"{self.path}:{number}: {reason}")

    def line(self, number: int, text: str) -> None:
        if text.startswith("~"):
            self.report.skipped += 1
        elif text.startswith("&"):
            self.close()
            self.synset = _synset_name(text)
            self.synsets[self.synset] = []
        elif text.startswith("---"):
            self.open_block(number, text)
        elif self.block is None and self.synset is not None and text.startswith("+"):
            self.synsets[self.synset].append(text[1:])
        elif self.block is None:
            self.problem(number, f"outside any synonym set or verb block: {text!r}")
        elif text.startswith("-"):
            self.pattern_line(number, text)
        else:
            self.verb_line(number, text)

    def open_block(self, number: int, text: str) -> None:
        self.close()
        self.synset = None
        header = _HEADER.match(text)
        if header is None:
            self.problem(number, f"bad verb block header {text!r}")
            return
        self.block = _Block(code=self.code(number, header.group(2)))

    def code(self, number: int, raw: str) -> str:
        """The forward CAMEO code of ``[raw]``; '' for none."""
        forward = raw.strip().partition(":")[0].strip()
        if forward in ("", "---"):
            return ""
        if not _CODE.fullmatch(forward):
            self.problem(number, f"bad CAMEO code [{raw}]")
            return ""
        return forward

    def verb_line(self, number: int, text: str) -> None:
        assert self.block is not None
        match = _VERB_LINE.match(text)
        if match is None:
            self.problem(number, f"bad verb line {text!r}")
            return
        own = match.group("code")
        code = self.block.code if own is None else self.code(number, own)
        verb = _verb(match.group("verb"), code, number)
        if verb is None:
            self.report.skipped += 1
        else:
            self.block.verbs.append(verb)

    def pattern_line(self, number: int, text: str) -> None:
        assert self.block is not None
        match = _PATTERN.match(text)
        if match is None or not _balanced(match.group("body")):
            self.problem(number, f"bad pattern {text!r}")
            return
        code = self.code(number, match.group("code"))
        shape = _shape(_TOKEN.findall(match.group("body")))
        if shape is None or not code:
            self.report.skipped += 1
            return
        self.block.patterns.append(_Pattern(shape[0], shape[1], code, number))

    def close(self) -> None:
        """Turn the open block into verb patterns."""
        block, self.block = self.block, None
        if block is None:
            return
        objects = {pattern: self.objects(pattern) for pattern in block.patterns}
        for verb in block.verbs:
            if verb.code:
                origin = self.origin(verb.number)
                bare = VerbPattern(verb.code, verb.lemma, "verb", verb.particle, origin=origin)
                self.add(bare)
            for pattern, words in objects.items():
                if words is not None and not (verb.particle and pattern.particle):
                    particle = verb.particle or pattern.particle
                    origin = self.origin(pattern.number)
                    self.add(VerbPattern(pattern.code, verb.lemma, "verb", particle, words, origin))

    def objects(self, pattern: _Pattern) -> frozenset[str] | None:
        """The object lemmas a pattern accepts (synonym sets expanded); None to skip it."""
        words: set[str] = set()
        for token in pattern.objects:
            if not token.startswith("&"):
                words |= _forms(token)
                continue
            members = self.synsets.get(_synset_name(token))
            if members is None:
                self.problem(pattern.number, f"unknown synonym set {token}")
                return None
            for member in members:
                if "_" not in member.rstrip("_"):
                    words |= _forms(member.rstrip("_"))
        if pattern.objects and not words:
            self.report.skipped += 1
            return None
        return frozenset(words)

    def add(self, pattern: VerbPattern) -> None:
        self.patterns.setdefault((pattern.code, pattern.lemma, pattern.particle, pattern.objects), pattern)

    def origin(self, number: int) -> str:
        return f"{self.path}:{number}"


def read_verbs(path: Path, lines: list[str]) -> LoadReport:
    """Verb patterns from the lines of a PETRARCH verb dictionary."""
    reader = _VerbReader(path)
    for number, raw in enumerate(lines, 1):
        text = strip_comment(raw)
        if text:
            reader.line(number, text)
    reader.close()
    reader.report.dictionaries = Dictionaries(verbs=tuple(reader.patterns.values()))
    return reader.report


def _synset_name(token: str) -> str:
    return token.lstrip("&").rstrip("_").upper()


def _verb(token: str, code: str, number: int) -> _Verb | None:
    """A block's verb; None for multi-word forms other than verb + particle."""
    if not token.startswith("+"):
        return _Verb(token.lower(), "", code, number) if _WORD.fullmatch(token) else None
    parts = token[1:].rstrip("_").lower().split("_")
    if len(parts) != 2 or parts[1] not in particles() or parts[0].endswith("ed"):
        return None
    return _Verb(parts[0], parts[1], code, number)


def _balanced(body: str) -> bool:
    depth = {"(": 0, "{": 0}
    closing = {")": "(", "}": "{"}
    for char in body:
        if char in depth:
            depth[char] += 1
        elif char in closing:
            depth[closing[char]] -= 1
            if depth[closing[char]] < 0:
                return False
    return not any(depth.values())


def _shape(tokens: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """(particle, object tokens) of a pattern after its verb; None if it asks for more."""
    if "*" not in tokens or tokens.index("*") != 0 or _MARKERS & set(tokens):
        return None
    elements = _elements(tokens[1:])
    if elements is None:
        return None
    bare = [element[0] for element in elements if element[0] != "("]
    phrases = [element[1:] for element in elements if element[0] == "("]
    if len(phrases) > 1 or any(len(phrase) not in (1, 2) for phrase in phrases):
        return None
    return _combine(bare, phrases[0] if phrases else None)


def _elements(tokens: list[str]) -> list[tuple[str, ...]] | None:
    """Bare words as ``(word,)``, phrases as ``("(", words...)``; None for nesting or odd words."""
    flat = _unbrace(tokens)
    if flat is None:
        return None
    elements: list[tuple[str, ...]] = []
    group: list[str] | None = None
    for token in flat:
        if token == "(":
            if group is not None:
                return None
            group = []
        elif token == ")":
            elements.append(("(", *(group or [])))
            group = None
        elif not _WORD.fullmatch(token):
            return None
        elif group is not None:
            group.append(token)
        else:
            elements.append((token,))
    return elements


def _unbrace(tokens: list[str]) -> list[str] | None:
    """Tokens with one-word ``{WORD}`` groups opened; None for a multi-word noun phrase."""
    flat: list[str] = []
    group: list[str] | None = None
    for token in tokens:
        if token == "{":
            group = []
        elif token == "}":
            if group is None or len(group) != 1:
                return None
            flat.extend(group)
            group = None
        elif group is not None:
            group.append(token)
        else:
            flat.append(token)
    return flat


def _combine(bare: list[str], phrase: tuple[str, ...] | None) -> tuple[str, tuple[str, ...]] | None:
    """Bare words and at most one prepositional phrase as (particle, objects), when unambiguous.

    Accepted: nothing, a particle, an object, a particle then an object, a
    phrase with or without one object word, an object then a bare phrase.
    """
    kinds = ["particle" if word.lower() in particles() else "object" for word in bare]
    if phrase is not None:
        if "particle" in kinds or len(bare) + len(phrase) > 2 or phrase[0].startswith("&"):
            return None
        return phrase[0].lower(), (*bare, *phrase[1:])
    if kinds not in ([], ["particle"], ["object"], ["particle", "object"]):
        return None
    particle = bare[0].lower() if kinds[:1] == ["particle"] else ""
    return particle, tuple(word for word, kind in zip(bare, kinds, strict=True) if kind == "object")


def _forms(word: str) -> set[str]:
    """A pattern word in lower case, and its singular when it looks plural."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        singular = word[:-3] + "y"
    elif word.endswith(("sses", "ches", "shes", "xes", "zes")):
        singular = word[:-2]
    elif word.endswith("men"):
        singular = word[:-3] + "man"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        singular = word[:-1]
    else:
        singular = word
    return {word, singular}
