"""Safe XML parsing (with line numbers) for the article formats."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from engine.errors import ImportFormatError
from engine.importers.source import Source, decode_bytes, looks_binary

LINE_ATTR = "{urn:shelfwise}line"

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
