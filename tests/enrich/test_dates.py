"""Event dates from the time words of a sentence and the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.enrich.dates import event_date, is_history

THURSDAY = date(2025, 5, 15)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met on Wednesday.", date(2025, 5, 14)),
        ("The forum was held on Tuesday.", date(2025, 5, 13)),
        ("They met on Thursday.", date(2025, 5, 15)),
        ("They met on Friday.", date(2025, 5, 9)),
        ("They met yesterday.", date(2025, 5, 14)),
        ("They meet tomorrow.", date(2025, 5, 16)),
        ("The deal was signed on May 2.", date(2025, 5, 2)),
        ("The deal was signed on 2 May 2024.", date(2024, 5, 2)),
        ("Talks began on Dec. 20.", date(2024, 12, 20)),
        ("They met.", THURSDAY),
        ("Ruto is due to travel to Washington on Saturday.", date(2025, 5, 17)),
        ("The ministers will meet again on Monday.", date(2025, 5, 19)),
        ("The president is expected to sign the bill on Thursday.", THURSDAY),
    ],
)
def test_event_date(sentence: str, expected: date) -> None:
    assert event_date(sentence, THURSDAY) == expected


def test_undated_article_gives_no_date() -> None:
    assert event_date("They met on Wednesday.", None) is None


@pytest.mark.parametrize(
    ("sentence", "history"),
    [
        ("The Soviet Union withdrew its troops from Afghanistan in February 1989.", True),
        ("The war ended in 1995.", True),
        ("During 1982, the army shelled the city.", True),
        ("The deal was signed in 2024.", False),
        ("Ten people died in 1,995 attacks.", False),
        ("Talks began on Monday.", False),
        ("On June 6, 1944, Allied troops landed in Normandy.", True),
        ("Crowds demanded the return of the monarchy that was abolished in 2008.", False),
        ("They marked the massacre, in which forces killed 8,000 men in 1995.", True),
        ("Tehran cut diplomatic ties with Riyadh in October 2024.", True),
        ("The army took over the capital in March 2025.", False),
        ("The treaty that was signed in June 2024 expires soon.", False),
    ],
)
def test_history(sentence: str, history: bool) -> None:
    assert is_history(sentence, THURSDAY) is history
