"""Segmenting: caption and credit, headline, body sentences, boilerplate."""

from __future__ import annotations

import pytest

from dyad.errors import InputError
from dyad.segmenting import MAX_SENTENCE_CHARS, segment, split_sentences

ARTICLE = (
    "\n\nPrime Minister Anwar Ibrahim greets King Charles in London on Monday. Jane Roe / The Daily Post\n\n"
    "Malaysia and Britain agree on trade\n\n"
    "Malaysia and Britain signed a trade pact on Monday. Mr. Anwar said the U.S. was not involved.\n"
    "Both sides will meet again. Related story: Thailand plans new ports\n"
)


def test_caption_credit_headline_body() -> None:
    parts = segment(ARTICLE)
    assert parts.credit == "Jane Roe / The Daily Post"
    assert parts.headline == "Malaysia and Britain agree on trade"
    assert [s.part for s in parts.sentences] == ["caption", "body", "body", "body"]
    assert parts.sentences[0].text.endswith("in London on Monday.")
    assert [s.index for s in parts.sentences] == [0, 1, 2, 3]


def test_boilerplate_is_dropped() -> None:
    texts = [s.text for s in segment(ARTICLE).sentences]
    assert texts[-1] == "Both sides will meet again."
    assert not any("Thailand" in t for t in texts)


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("Mr. Smith met Dr. Jones. They talked.", 2),
        ("The U.S. and the U.N. agreed. Talks end.", 2),
        ('He said: "We will go." She left.', 2),
        ("Gen. J. Doe arrived at 5 p.m. on Monday.", 1),
        ("Is it over? No! It is not.", 3),
    ],
)
def test_sentence_splitting(paragraph: str, count: int) -> None:
    assert len(split_sentences(paragraph)) == count


def test_running_text_without_sentence_end_is_an_error() -> None:
    with pytest.raises(InputError, match="no sentence end"):
        segment("word " * (MAX_SENTENCE_CHARS // 2))


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        ("ANKARA - Turkey and Greece agreed to talk.", "Turkey and Greece agreed to talk."),
        ("BRUSSELS, March 11 (Reuters) - The EU met.", "The EU met."),
        ("MEXICO CITY — Mexico said no.", "Mexico said no."),
        ("JEDDAH, Saudi Arabia - Ukraine agreed.", "Ukraine agreed."),
        ("Turkey - a NATO member - agreed.", "Turkey - a NATO member - agreed."),
        ("US officials met.", "US officials met."),
    ],
)
def test_dateline_is_cut(paragraph: str, first: str) -> None:
    assert segment(paragraph).sentences[0].text == first
