"""What a parser yields: normalized records, independent of the library's storage.

A parser reads one source format and yields ``ImportRecord`` for each work it finds and
``RowError`` for each row it could not read. It never touches the database: matching,
merging and storing are the pipeline's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ItemKind = Literal["book", "film", "series", "article", "other"]
ITEM_KINDS: tuple[str, ...] = ("book", "film", "series", "article", "other")

# Event types a record may carry (the library's event log accepts these and a few more).
RecordEventType = Literal[
    "rated", "finished", "started", "wishlist", "abandoned", "liked", "disliked", "seen"
]

# Known identifier schemes; parsers use these keys in ``ImportRecord.identifiers``.
IDENTIFIER_SCHEMES: tuple[str, ...] = (
    "isbn10", "isbn13", "asin", "imdb", "tmdb", "tvdb", "trakt", "doi", "arxiv",
    "goodreads", "openlibrary", "librarything", "letterboxd", "movielens", "calibre_uuid",
    "zotero", "url",
)


@dataclass(slots=True)
class Creator:
    """A person credited on a work, name as "First Last" (not "Last, First")."""

    name: str
    role: str = "author"  # author, director, actor, editor, translator, creator...


@dataclass(slots=True)
class Subject:
    """A genre, tag, shelf, collection or mood attached to a work by a source."""

    name: str
    kind: str = "tag"  # genre | tag | shelf | collection | mood


@dataclass(slots=True)
class RecordEvent:
    """Something the person did with a work, as the source recorded it.

    ``value`` is a rating already converted to the 0–5 scale (``source_scale`` on the record
    says what the source used). ``at`` is an ISO-8601 date or datetime, or None if unknown.
    """

    type: str
    value: float | None = None
    at: str | None = None
    profile: str | None = None  # only for formats that carry profiles (Shelfwise's own export)
    # A fact that names no occasion of its own ("seen", with only the day it was logged): stored
    # only when the item has no event of this type yet, so it never doubles a dated one.
    unless_any: bool = False


@dataclass(slots=True)
class ImportRecord:
    """One work found in a source file, normalized."""

    kind: str
    title: str
    row: int | None = None  # 1-based line/row number in the source, for reports
    source_key: str | None = None  # stable id of this work within the source (idempotent re-import)
    original_title: str | None = None
    alt_titles: list[str] = field(default_factory=list)
    year: int | None = None
    description: str | None = None
    language: str | None = None  # ISO 639-1 when known
    runtime_minutes: int | None = None
    pages: int | None = None
    word_count: int | None = None
    cover_path: str | None = None
    body_text: str | None = None  # full text (articles, documents), kept for embeddings
    identifiers: dict[str, str] = field(default_factory=dict)
    creators: list[Creator] = field(default_factory=list)
    subjects: list[Subject] = field(default_factory=list)
    events: list[RecordEvent] = field(default_factory=list)
    source_scale: float | None = None  # the rating scale the source used (5, 10, 100...)


@dataclass(slots=True)
class RowError:
    """A row that could not be read; the import goes on without it."""

    row: int | None
    message: str


@dataclass(slots=True)
class SkippedRow:
    """A readable row that is deliberately not imported (a video game in an IMDb list, a
    placeholder row...). Counted as "skipped" in the report, with its reason."""

    row: int | None
    reason: str


ParseResult = ImportRecord | RowError | SkippedRow
