"""Main text, title and date of a news page, with the standard library's HTML parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "li", "blockquote"}
SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "figure"}
DATE_META = {"article:published_time", "date", "pubdate", "publishdate", "dc.date", "og:published_time"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class PageParser(HTMLParser):
    """Collects paragraph text outside navigation, the title and a publication date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = ""
        self.date = ""
        self.skip_depth = 0
        self.current: list[str] | None = None
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag in SKIPPED:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag in BLOCKS and not self.skip_depth:
            self.current = []
        self.note_date(tag, values)

    def note_date(self, tag: str, values: dict[str, str]) -> None:
        name = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        found = values.get("content", "") if tag == "meta" and name in DATE_META else ""
        if tag == "time":
            found = values.get("datetime", "")
        if not self.date and ISO_DATE.match(found):
            self.date = found[:10]

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        elif tag in BLOCKS and self.current is not None:
            text = " ".join("".join(self.current).split())
            if text:
                self.paragraphs.append(text)
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.current is not None and not self.skip_depth:
            self.current.append(data)


def html_to_article_text(page: str) -> tuple[str | None, str, str | None]:
    """(title, main text as paragraphs, ISO date or None) of an HTML page."""
    parser = PageParser()
    parser.feed(page)
    parser.close()
    title = " ".join(parser.title.split()) or None
    return title, "\n\n".join(parser.paragraphs), parser.date or None
