"""TMDB CSV exports: rated movies / TV shows and the watchlist.

Header: ``TMDb ID,IMDb ID,Type,Name,Release Date,Season Number,Episode Number,Rating,Your Rating,
Date Rated``. ``Type`` is ``movie`` (→ film) or ``tv`` (→ series); ``Rating`` is TMDB's average
and is ignored; ``Your Rating`` is on 10 (→ 0–5, "rated" at ``Date Rated``). A row without
``Your Rating`` (the watchlist file) gives "wishlist" at ``Date Rated`` (the day it was added).

Rows with a season or episode number rate one season / episode ("Friends S1E1"): their TMDb ID
is the episode's, not the show's, so they are skipped rather than rolled up. TMDb ids of movies
and of TV shows are separate number spaces, so ``source_key`` is "tmdb:movie:<id>" /
"tmdb:tv:<id>".
"""

from __future__ import annotations

from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._film_common import first_line_fields
from engine.importers.normalize import (
    clean,
    csv_rows,
    imdb_id,
    parse_date,
    parse_int,
    parse_year,
    rating_to_5,
)
from engine.importers.records import ImportRecord, ParseResult, RecordEvent, RowError, SkippedRow
from engine.importers.source import Source

FORMAT_LABEL = "TMDB export (TMDb ID,IMDb ID,Type,Name,…,Your Rating,Date Rated)"
SIGNATURE = ["TMDb ID", "IMDb ID", "Type", "Name"]
_KINDS = {"movie": "film", "tv": "series"}


class TmdbImporter(Importer):
    name = "tmdb"
    label = "TMDB ratings or watchlist export (CSV)"

    def detect(self, source: Source) -> float:
        header = first_line_fields(source)
        if header[:4] == SIGNATURE:
            return 0.95
        if "TMDb ID" in header and "Name" in header:
            return 0.8
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        required = ["TMDb ID", "Type", "Name"]
        for line, row in csv_rows(source, required=required, format_label=FORMAT_LABEL):
            yield _row(line, row)


def _row(line: int, row: dict[str, str]) -> ParseResult:
    tmdb = parse_int(row.get("TMDb ID"))
    title = clean(row.get("Name"))
    media = (clean(row.get("Type")) or "").lower()
    if tmdb is None:
        return RowError(line, f"TMDb ID {row.get('TMDb ID')!r} is not a number")
    if not title:
        return RowError(line, "no name")
    if media not in _KINDS:
        return RowError(line, f"unknown Type {row.get('Type')!r} (expected movie or tv)")
    if clean(row.get("Season Number")) or clean(row.get("Episode Number")):
        return SkippedRow(line, f"season/episode rating {title!r}: only whole shows are imported")
    try:
        rating = rating_to_5(row.get("Your Rating"), 10)
    except ValueError as exc:
        return RowError(line, f"{exc} (column 'Your Rating')")
    at = parse_date(row.get("Date Rated"))
    event = (RecordEvent("rated", value=rating, at=at) if rating is not None
             else RecordEvent("wishlist", at=at))
    record = ImportRecord(
        kind=_KINDS[media],
        title=title,
        year=parse_year(row.get("Release Date")),
        row=line,
        source_key=f"tmdb:{media}:{tmdb}",
        identifiers={"tmdb": str(tmdb)},
        events=[event],
        source_scale=10 if rating is not None else None,
    )
    imdb = imdb_id(row.get("IMDb ID"))
    if imdb:
        record.identifiers["imdb"] = imdb
    return record
