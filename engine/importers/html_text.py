"""HTML to plain text for every format: visible text only (never script or style)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"}
)
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
        "h6", "tr", "table", "section", "article", "blockquote", "pre", "header", "footer",
        "figure", "figcaption", "hr", "aside", "nav", "main", "caption", "td", "th", "title",
    }
)

_INVISIBLE = {0xAD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None}


class HtmlDocument(HTMLParser):
    """Reads an HTML page: visible text (never script/style), <title>, <meta>, <html lang>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: str | None = None
        self.meta: dict[str, str] = {}
        self.lang: str | None = None
        self._parts: list[str] = []
        self._skip: list[str] = []
        self._in_title = False
        self._title_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key.lower(): value or "" for key, value in attrs}
        if tag == "html" and values.get("lang"):
            self.lang = values["lang"]
        elif tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            if key and values.get("content") and key not in self.meta:
                self.meta[key] = values["content"]
        elif tag == "title" and self.title is None:
            self._in_title = True
        elif "head" in self._skip and (tag == "body" or tag in _BLOCK_TAGS - {"title"}):
            self._skip = [t for t in self._skip if t != "head"]  # <head> never closed
        if tag in _SKIP_TAGS:
            self._skip.append(tag)
        elif tag in _BLOCK_TAGS:
            self._parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP_TAGS and self._skip and self._skip[-1] == tag:
            self._skip.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title = " ".join("".join(self._title_parts).split()) or None
        if tag in self._skip:
            while self._skip:
                if self._skip.pop() == tag:
                    break
        elif tag in _BLOCK_TAGS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
        elif not self._skip:
            self._parts.append(data)

    @property
    def text(self) -> str:
        """One block per line."""
        lines = (" ".join(line.split()) for line in self._raw().split("\n"))
        return "\n".join(line for line in lines if line)

    @property
    def paragraphs(self) -> str:
        """Blocks separated by one blank line (for descriptions shown to people)."""
        lines = (" ".join(line.split()) for line in self._raw().split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    def _raw(self) -> str:
        return "".join(self._parts).translate(_INVISIBLE)


def read_html(markup: str) -> HtmlDocument:
    document = HtmlDocument()
    document.feed(markup)
    document.close()
    return document


def html_to_text(markup: str | None, *, paragraphs: bool = False) -> str:
    """The visible text of an HTML fragment or page; '' for nothing.

    One block per line, or with ``paragraphs`` blocks separated by a blank line.
    """
    if not markup:
        return ""
    if "<" not in markup:
        text = html.unescape(markup)
        return text.strip() if paragraphs else " ".join(text.split())
    document = read_html(markup)
    return document.paragraphs if paragraphs else document.text


def strip_tags(markup: str | None) -> str | None:
    """A short HTML snippet (an excerpt) as plain text on one line."""
    text = " ".join(html_to_text(markup).split())
    return text or None
