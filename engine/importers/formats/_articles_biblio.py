"""Shared helpers for bibliographic formats (CSL-JSON, BibTeX, RIS, Zotero RDF)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from engine.importers.formats._articles_common import normalize_url, tag_subjects
from engine.importers.normalize import clean, isbn, isbn10_to_13
from engine.importers.records import Creator, RecordEvent, Subject

# Zotero's conventional status tags: "/unread" means to read; "/read" means read.
_STATUS_TAGS = {"/unread": "wishlist", "_unread": "wishlist", "/read": "finished"}



def doi(raw: object) -> str | None:
    """"https://doi.org/10.1/X", "doi:10.1/X" or "10.1/X" → "10.1/x" (DOIs ignore case)."""
    text = clean(raw)
    if not text:
        return None
    match = re.search(r"10\.\d{4,9}/\S+", text)
    return match.group(0).rstrip(".,;").lower() if match else None


def arxiv_id(raw: object) -> str | None:
    text = clean(raw)
    if not text:
        return None
    match = re.search(r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)", text)
    return match.group(1) if match else None


def isbn_identifiers(raw: object) -> dict[str, str]:
    """isbn13 (and isbn10) from a cell that may hold several ISBNs; the first valid one wins."""
    text = clean(raw)
    if not text:
        return {}
    for candidate in re.findall(r"[0-9][0-9Xx -]{8,20}[0-9Xx]", text):
        isbn10, isbn13 = isbn(candidate)
        if isbn10:
            return {"isbn10": isbn10, "isbn13": isbn10_to_13(isbn10)}
        if isbn13:
            return {"isbn13": isbn13}
    return {}


def add_identifiers(
    identifiers: dict[str, str],
    *,
    doi_raw: object = None,
    isbn_raw: object = None,
    url_raw: object = None,
    arxiv_raw: object = None,
) -> None:
    found_doi = doi(doi_raw)
    if found_doi:
        identifiers.setdefault("doi", found_doi)
    for key, value in isbn_identifiers(isbn_raw).items():
        identifiers.setdefault(key, value)
    url = normalize_url(url_raw)
    if url:
        identifiers.setdefault("url", url)
        if "doi" not in identifiers and re.match(r"https?://(dx\.)?doi\.org/", url):
            found = doi(url)
            if found:
                identifiers["doi"] = found
        if "arxiv" not in identifiers and "arxiv.org/" in url:
            arxiv_raw = arxiv_raw or url
    found_arxiv = arxiv_id(arxiv_raw)
    if found_arxiv:
        identifiers.setdefault("arxiv", found_arxiv)


def person(given: object = None, family: object = None, literal: object = None) -> str | None:
    """"First Last" from given and family names, or a literal (institution) name."""
    name = clean(literal)
    if name:
        return name
    parts = [clean(given), clean(family)]
    joined = " ".join(part for part in parts if part)
    return joined or None


def add_creator(creators: list[Creator], name: str | None, role: str) -> None:
    if name and not any(c.name == name and c.role == role for c in creators):
        creators.append(Creator(name, role))


def keyword_subjects(keywords: Iterable[str]) -> tuple[list[Subject], list[RecordEvent]]:
    """Keywords as tag subjects; Zotero status tags ("/unread") become events instead."""
    tags: list[str] = []
    events: list[RecordEvent] = []
    for keyword in keywords:
        status = _STATUS_TAGS.get(keyword.strip().lower())
        if status:
            if not any(event.type == status for event in events):
                events.append(RecordEvent(status))
        else:
            tags.append(keyword)
    return tag_subjects(tags), events


def page_count(raw: object) -> int | None:
    """Pages spanned by a range like "142--161" or "360-483" (None for a single page)."""
    text = clean(raw)
    if not text:
        return None
    match = re.fullmatch(r"(\d+)\s*(?:-+|–|—)\s*(\d+)", text)
    if not match:
        return None
    first, last = int(match.group(1)), int(match.group(2))
    return last - first + 1 if 0 < first <= last and last - first < 5000 else None


def fallback_key(identifiers: dict[str, str], title: str, year: int | None) -> str:
    """A stable key when the source has no id: DOI, ISBN, URL, else title and year."""
    for scheme in ("doi", "isbn13", "isbn10", "arxiv", "url"):
        if scheme in identifiers:
            return f"{scheme}:{identifiers[scheme]}"
    return f"title:{title.lower()}|{year or ''}"
