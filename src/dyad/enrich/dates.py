"""The date of an event, from the time words of its sentence and the article's date.

``on Wednesday`` in an article dated Thursday 2025-05-15 is 2025-05-14 (news
tells of the past week); ``yesterday``, ``today``, ``tomorrow``, and month-day
dates (``May 14``, ``14 May 2025``) are read too. Without any, the event
takes the article's date. A sentence set in a past year (``in 1989``) is
history, not news, and gives no event.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
MONTH_DAY = re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?", re.I)
DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\b(?:,?\s+(?P<year>\d{{4}}))?", re.I)
WEEKDAY = re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
RELATIVE_WORD = re.compile(r"\b(yesterday|today|tonight|tomorrow)\b", re.I)
# A passive relative clause before a past year describes what it is said of (``the monarchy that was
# abolished in 2008``); it does not date the news.
RELATIVE_CLAUSE = re.compile(
    r"\b(?:that|which|who)\s+(?:was|were|had\s+been|has\s+been)\s+\w+(?:ed|en)\b", re.IGNORECASE
)
# ``in February 2022``: a month of a year, history when it is more than half a year before the article.
MONTH_YEAR = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Ss]ince)\s+(?P<name>January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+(?P<year>1[89]\d\d|20\d\d)\b"
)
STALE_MONTHS = 6
PAST_YEAR = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)-?\s*)?(?:[A-Z][a-z]+\s+)?(1[89]\d\d|20\d\d)\b"
    # ``On June 6, 1944,``, ``began on March 24, 1999``: a full date with its year.
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+(1[89]\d\d|20\d\d)\b"
)


def month_number(name: str) -> int:
    """1..12 for a month name or abbreviation."""
    return next(i for i, month in enumerate(MONTHS, 1) if month.startswith(name.lower()[:3]))


# Words that put what a sentence tells ahead of the article: ``is due to travel on Saturday``.
FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is due|are due|is expected|are expected|is scheduled|are scheduled|is set to"
    r"|are set to|is to|are to|plans? to|planned|next|upcoming|coming)\b",
    re.IGNORECASE,
)


def calendar_date(match: re.Match[str], article_date: date) -> date | None:
    """A month-day date, in the article's year unless the text gives one."""
    year = int(match.group("year")) if match.group("year") else article_date.year
    try:
        found = date(year, month_number(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
    if not match.group("year") and found > article_date + timedelta(days=31):
        found = found.replace(year=year - 1)
    return found


def weekday_date(name: str, article_date: date, ahead: bool = False) -> date:
    """The latest such weekday on or before the article's date; with ``ahead``, the next one on or
    after it."""
    if ahead:
        return article_date + timedelta(days=(WEEKDAYS.index(name.lower()) - article_date.weekday()) % 7)
    back = (article_date.weekday() - WEEKDAYS.index(name.lower())) % 7
    return article_date - timedelta(days=back)


def event_date(sentence: str, article_date: date | None) -> date | None:
    """The date the sentence's time words point to, else the article's date."""
    if article_date is None:
        return None
    for pattern in (MONTH_DAY, DAY_MONTH):
        match = pattern.search(sentence)
        found = calendar_date(match, article_date) if match else None
        if found:
            return found
    weekday = WEEKDAY.search(sentence)
    if weekday:
        return weekday_date(weekday.group("weekday"), article_date, bool(FUTURE.search(sentence)))
    relative = RELATIVE_WORD.search(sentence)
    if relative:
        return article_date + timedelta(days=RELATIVE[relative.group(1).lower()])
    return article_date


def is_history(sentence: str, article_date: date | None) -> bool:
    """Whether the sentence tells of a past year (``in 1989``) or of a month more than half a year
    before the article (``in February 2022`` in July 2023), not of the news; a year in a passive
    relative clause describes something named (``the monarchy that was abolished in 2008``)."""
    if article_date is None:
        return False
    years = [
        year
        for match in PAST_YEAR.finditer(sentence)
        if not RELATIVE_CLAUSE.search(sentence[: match.start()])
        for year in match.groups()
        if year
    ]
    if any(int(year) < article_date.year - 1 for year in years):
        return True
    return any(months_before(match, article_date) > STALE_MONTHS for match in MONTH_YEAR.finditer(sentence)
               if not RELATIVE_CLAUSE.search(sentence[: match.start()]))


def months_before(match: re.Match[str], article_date: date) -> int:
    """How many months a ``Month YYYY`` match lies before the article's month."""
    year, month = int(match.group("year")), month_number(match.group("name"))
    return (article_date.year - year) * 12 + article_date.month - month
