"""HTML to plain text and safe XML parsing (with line numbers) for the article formats."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from xml.etree.ElementTree import Element, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from engine.errors import ImportFormatError
from engine.importers.source import Source, decode_bytes, looks_binary

LINE_ATTR = "{urn:shelfwise}line"

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
        raw = "".join(self._parts).translate(_INVISIBLE)
        lines = (" ".join(line.split()) for line in raw.split("\n"))
        return "\n".join(line for line in lines if line)


def read_html(markup: str) -> HtmlDocument:
    document = HtmlDocument()
    document.feed(markup)
    document.close()
    return document


def html_to_text(markup: str | None) -> str:
    """The visible text of an HTML fragment or page, one block per line; '' for nothing."""
    if not markup:
        return ""
    if "<" not in markup:
        return " ".join(html.unescape(markup).split())
    return read_html(markup).text


def strip_tags(markup: str | None) -> str | None:
    """A short HTML snippet (an excerpt) as plain text on one line."""
    text = " ".join(html_to_text(markup).split())
    return text or None


# --------------------------------------------------------------------------- XML


class _LineTarget:
    """A TreeBuilder target that stamps each element with the line where it starts."""

    def __init__(self) -> None:
        self.builder = TreeBuilder()
        self.parser: DefusedXMLParser | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        element = self.builder.start(tag, attrs)
        if self.parser is not None:
            element.set(LINE_ATTR, str(self.parser.parser.CurrentLineNumber))
        return element

    def end(self, tag: str) -> Element:
        return self.builder.end(tag)

    def data(self, data: str) -> None:
        self.builder.data(data)

    def close(self) -> Element:
        return self.builder.close()


def _xml_text(data: bytes) -> str:
    """Decode XML bytes: BOM first, then the declared encoding, then our usual guesses."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']", data[:200])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(data)[0]


def parse_xml(source: Source, format_label: str) -> Element:
    """The root element of a safe XML document; entity declarations and DTD tricks refused.

    Every element carries its start line in the ``LINE_ATTR`` attribute.
    """
    data = source.read_bytes()
    if looks_binary(data[:65536]):
        raise ImportFormatError(f"{source.name}: this is a binary file, not a {format_label} file")
    text = _xml_text(data)
    if not text.strip():
        raise ImportFormatError(f"{source.name}: the file is empty")
    text = re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff"), count=1)
    target = _LineTarget()
    parser = DefusedXMLParser(target=target, forbid_dtd=False)
    target.parser = parser
    try:
        parser.feed(text)
        root: Element = parser.close()
    except DefusedXmlException as exc:
        raise ImportFormatError(
            f"{source.name}: refused — the XML declares entities or external references "
            f"({type(exc).__name__}), which could be an entity-expansion attack"
        ) from None
    except ParseError as exc:
        raise ImportFormatError(
            f"{source.name}: not well-formed XML ({exc}) — the file is corrupt or truncated; "
            f"expected a {format_label} file"
        ) from None
    return root


def line_of(element: Element) -> int | None:
    value = element.get(LINE_ATTR)
    return int(value) if value and value.isdigit() else None


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
