"""Letterboxd export (the CSV members of the export ZIP, each parsed on its own).

One importer recognises every member by its header (and, where headers are equal, by its name):

- ``diary.csv`` / ``reviews.csv``: ``Date,Name,Year,Letterboxd URI,Rating,Rewatch,[Review,]Tags,
  Watched Date`` → "finished" at Watched Date, "rated" (half stars on 5), tags as subjects. The
  review text is ignored.
- ``ratings.csv``: ``Date,Name,Year,Letterboxd URI,Rating`` → "rated" at Date.
- ``watched.csv``: ``Date,Name,Year,Letterboxd URI`` → "finished" at Date (the day it was logged;
  Letterboxd does not say when the film was seen), only for a film with no viewing recorded yet:
  a film in the diary already has its dated viewings, and this row is not another one.
- ``watchlist.csv`` (same header) → "wishlist"; ``likes/films.csv`` (same header) → "liked".
- ``deleted/…`` and ``orphaned/…`` members: every row is skipped (entries deleted on Letterboxd).

Keys: the same film must get the same ``source_key`` in every file, but the URIs differ: in
ratings/watched/watchlist/likes ``Letterboxd URI`` is the film's link (``https://boxd.it/2aNK``
or ``https://letterboxd.com/film/the-godfather/``), while in diary/reviews it is the link of the
*diary entry* (``https://boxd.it/fTOHCx``, or ``/user/film/x/1/``), which cannot be turned into
the film's short link offline. So the key is built from Name + Year for every file
("letterboxd:the-godfather:1972"); the film URI goes to ``identifiers["letterboxd"]`` when the row
has one (a long diary URI ``/user/film/x/`` is normalised to ``/film/x/``; a diary short link is
left out because it names the entry, not the film).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from engine.importers.base import Importer
from engine.importers.formats._film_common import first_line_fields, source_path_parts, title_key
from engine.importers.normalize import clean, csv_rows, parse_date, parse_year, rating_to_5, split_list
from engine.importers.records import ImportRecord, ParseResult, RecordEvent, RowError, SkippedRow, Subject
from engine.importers.source import Source

FORMAT_LABEL = "Letterboxd export (diary.csv, ratings.csv, watched.csv, watchlist.csv…)"
SIGNATURE = ["Date", "Name", "Year", "Letterboxd URI"]

_LONG_URI = re.compile(
    r"https?://(?:www\.)?letterboxd\.com/(?:(?P<user>[^/]+)/)?film/(?P<slug>[^/?#]+)", re.I
)


@dataclass(frozen=True, slots=True)
class _Layout:
    """What a member holds, from its header and name."""

    role: str  # diary | ratings | watched | watchlist | likes
    deleted: bool = False


def _layout(header: list[str], source: Source) -> _Layout:
    parts = source_path_parts(source)
    name = parts[-1] if parts else ""
    folder = parts[-2] if len(parts) > 1 else ""
    deleted = folder in ("deleted", "orphaned")
    if "Watched Date" in header or "Review" in header:
        return _Layout("diary", deleted)
    if "Rating" in header:
        return _Layout("ratings", deleted)
    if "watchlist" in name:
        return _Layout("watchlist", deleted)
    if folder == "likes" or name.startswith("likes"):
        return _Layout("likes", deleted)
    return _Layout("watched", deleted)


def film_uri(raw: str | None, role: str) -> str | None:
    """The film's URI from a row's ``Letterboxd URI``, or None when it names a diary entry."""
    uri = clean(raw)
    if not uri:
        return None
    long_form = _LONG_URI.match(uri)
    if long_form:
        return f"https://letterboxd.com/film/{long_form.group('slug')}/"
    if role == "diary":
        return None  # a short link in the diary points at the entry, not the film
    return uri


class LetterboxdImporter(Importer):
    name = "letterboxd"
    label = "Letterboxd export (CSV files of the export ZIP)"

    def detect(self, source: Source) -> float:
        header = first_line_fields(source)
        if header[:4] == SIGNATURE:
            return 0.95
        if "Letterboxd URI" in header and "Name" in header:
            return 0.8
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        rows = csv_rows(source, required=["Name", "Letterboxd URI"], format_label=FORMAT_LABEL)
        layout = _layout(first_line_fields(source), source)
        for line, row in rows:
            if layout.deleted:
                yield SkippedRow(line, "entry deleted on Letterboxd (deleted/ or orphaned/ file)")
                continue
            yield self._row(line, row, layout.role)

    def _row(self, line: int, row: dict[str, str], role: str) -> ParseResult:
        title = clean(row.get("Name"))
        if not title:
            return RowError(line, "no film name")
        year = parse_year(row.get("Year"))
        try:
            events = _events(row, role)
        except ValueError as exc:
            return RowError(line, str(exc))
        if not events:
            return SkippedRow(line, "ratings row without a rating")
        record = ImportRecord(
            kind="film",
            title=title,
            year=year,
            row=line,
            source_key=f"letterboxd:{title_key(title, year)}",
            events=events,
            subjects=[Subject(tag, "tag") for tag in split_list(row.get("Tags"), ",")],
            source_scale=5 if any(e.type == "rated" for e in events) else None,
        )
        uri = film_uri(row.get("Letterboxd URI"), role)
        if uri:
            record.identifiers["letterboxd"] = uri
        return record


def _events(row: dict[str, str], role: str) -> list[RecordEvent]:
    logged = parse_date(row.get("Date"))
    rating = rating_to_5(row.get("Rating"), 5) if "Rating" in row else None
    if role == "diary":
        watched = parse_date(row.get("Watched Date")) or logged
        events = [RecordEvent("finished", at=watched)]
        if rating is not None:
            events.append(RecordEvent("rated", value=rating, at=watched))
        return events
    if role == "ratings":
        return [RecordEvent("rated", value=rating, at=logged)] if rating is not None else []
    if role == "watched":
        return [RecordEvent("finished", at=logged, unless_any=True)]
    return [RecordEvent({"watchlist": "wishlist", "likes": "liked"}[role], at=logged)]
