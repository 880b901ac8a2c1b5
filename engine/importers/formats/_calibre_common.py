"""Calibre helpers shared by the library (metadata.db) and CSV catalogue parsers.

Also reads the ``metadata.opf`` sidecar calibre writes beside each book (OPF 2, with defusedxml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET

from engine.importers.formats._books_common import book_identifiers, html_to_text
from engine.importers.languages import language_code
from engine.importers.normalize import clean, parse_year

_AMAZON = re.compile(r"^[A-Z0-9]{10}$")
_SIMPLE_SCHEMES = {
    "goodreads": "goodreads",
    "olid": "openlibrary",
    "openlibrary": "openlibrary",
    "librarything": "librarything",
    "doi": "doi",
    "arxiv": "arxiv",
}


def calibre_identifiers(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Shelfwise identifiers from calibre's (type, value) pairs; unknown schemes are dropped.

    Calibre stores ":" inside values as "|" ("http|//…"); that is undone for URLs.
    """
    found: dict[str, str] = {}
    for raw_scheme, raw_value in pairs:
        scheme = raw_scheme.strip().lower()
        value = (clean(raw_value) or "").replace("|", ":")
        if not value:
            continue
        if scheme == "isbn":
            for key, code in book_identifiers(value).items():
                found.setdefault(key, code)
        elif scheme in ("amazon", "asin", "mobi-asin") or scheme.startswith("amazon_"):
            if _AMAZON.match(value.upper()):
                found.setdefault("asin", value.upper())
        elif scheme in ("uri", "url") and value.startswith(("http://", "https://")):
            found.setdefault("url", value)
        elif scheme in _SIMPLE_SCHEMES:
            found.setdefault(_SIMPLE_SCHEMES[scheme], value)
    return found


def calibre_year(raw: object) -> int | None:
    """The year of a calibre date; calibre's "undefined" date (year 101) gives None."""
    text = clean(raw)
    if not text or text.startswith(("0100", "0101")):
        return None
    return parse_year(text)


# --- metadata.opf sidecars ------------------------------------------------------------------

_DC = "{http://purl.org/dc/elements/1.1/}"
_OPF = "{http://www.idpf.org/2007/opf}"


@dataclass(slots=True)
class OpfMetadata:
    """The parts of a calibre ``metadata.opf`` that fill gaps in the database."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    description: str | None = None
    subjects: list[str] = field(default_factory=list)
    identifiers: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    year: int | None = None


def read_opf(path: Path) -> OpfMetadata | None:
    """The sidecar's metadata, or None when it is missing or not readable XML."""
    try:
        root = SafeET.parse(path).getroot()
    except (OSError, SafeET.ParseError, ValueError):
        return None
    metadata = root.find(f"{_OPF}metadata")
    if metadata is None:
        return None
    return OpfMetadata(
        title=_text(metadata.find(f"{_DC}title")),
        authors=[
            name
            for creator in metadata.findall(f"{_DC}creator")
            if creator.get(f"{_OPF}role", "aut") == "aut" and (name := _text(creator))
        ],
        description=html_to_text(_raw(metadata.find(f"{_DC}description"))),
        subjects=[name for el in metadata.findall(f"{_DC}subject") if (name := _text(el))],
        identifiers=calibre_identifiers(
            (el.get(f"{_OPF}scheme", ""), el.text or "")
            for el in metadata.findall(f"{_DC}identifier")
        ),
        language=language_code(_text(metadata.find(f"{_DC}language"))),
        year=calibre_year(_text(metadata.find(f"{_DC}date"))),
    )


def _raw(element: Element | None) -> str | None:
    return element.text if element is not None else None


def _text(element: Element | None) -> str | None:
    return clean(element.text) if element is not None and element.text else None
