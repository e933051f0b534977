"""Split an article into its parts: caption, credit, headline, body sentences.

dyad's article format puts an optional photo caption (ending with a credit
line ``Name / Newspaper``) and a headline before the body. Credits name a
photographer and a paper, not actors, so they are cut; trailing
boilerplate (``Related story: ...``) is not part of the story and is dropped,
and so is a dateline (``ANKARA -``, ``BRUSSELS, March 11 (Reuters) -``),
which names where the story was filed, not an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.errors import InputError

MAX_SENTENCE_CHARS = 10_000
CREDIT = re.compile(
    r"(?:(?<=[.!?\"”])\s+|^)((?:Photo:\s*)?[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,3}\s*/\s*[A-Z][\w&.' -]{1,40})$"
)
BOILERPLATE = re.compile(
    r"(?:^|(?<=[.!?\"”])\s+)(?:Related stor(?:y|ies)|Related|Read more|See also|Also read|Copyright|"
    r"Follow us|Click here|\(Reporting by|Editing by)\b.*$",
    re.DOTALL,
)
# fmt: off
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "gov", "sen",
    "rep", "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar",
    "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "e.g", "i.e", "a.m",
    "p.m", "approx", "dept", "est", "fig",
})
# fmt: on
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:\s+\d{1,2})?)*"
    r"\s*(?:\([^)]{1,40}\)\s*)?[-–—:]+\s+"
)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """One sentence to code, with its place in the article."""

    index: int
    text: str
    part: str


@dataclass(frozen=True)
class Segments:
    """An article cut into parts; only ``sentences`` are coded."""

    sentences: tuple[Sentence, ...]
    headline: str | None = None
    credit: str | None = None


def paragraphs(text: str) -> list[str]:
    """Non-empty lines, each with its runs of whitespace collapsed."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, not breaking after common abbreviations or initials."""
    pieces: list[str] = []
    start = 0
    for match in SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip("\"”’')]")
        last = before.rsplit(" ", 1)[-1].rstrip(".").lower()
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        pieces.append(paragraph[start : match.start()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [piece for piece in pieces if piece]


def strip_credit(paragraph: str) -> tuple[str, str | None]:
    """A caption without its trailing photo credit, and the credit."""
    match = CREDIT.search(paragraph)
    if not match or match.start() == 0:
        return paragraph, None
    return paragraph[: match.start()].strip(), match.group(1).strip()


def is_headline(paragraph: str, following: int) -> bool:
    """A short first line without a sentence end, with more text after it."""
    return following > 0 and len(paragraph.split()) <= 20 and not paragraph.rstrip().endswith((".", "!", "?"))


def check_length(sentence: str) -> str:
    """The sentence, unless it is too long to be one."""
    if len(sentence) > MAX_SENTENCE_CHARS:
        raise InputError(f"no sentence end within {MAX_SENTENCE_CHARS} characters; is this running text?")
    return sentence


def segment(text: str) -> Segments:
    """Cut an article's text (after its date line) into caption, headline and body."""
    paras = paragraphs(text)
    credit = None
    parts: list[tuple[str, str]] = []
    if len(paras) > 1:
        caption, credit = strip_credit(paras[0])
        if credit:
            parts.append(("caption", caption))
            paras = paras[1:]
    headline = paras[0] if paras and is_headline(paras[0], len(paras) - 1) else None
    parts += [("body", DATELINE.sub("", BOILERPLATE.sub("", p))) for p in paras[1 if headline else 0 :]]
    sentences = [(part, check_length(s)) for part, para in parts for s in split_sentences(para)]
    return Segments(tuple(Sentence(i, s, part) for i, (part, s) in enumerate(sentences)), headline, credit)
