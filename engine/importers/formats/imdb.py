"""IMDb CSV exports: "Your Ratings" and lists / the watchlist, in any account language.

- Ratings (``Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,…,Directors``; the
  older layout has no ``Original Title``): one "rated" event per row (1–10 → 0–5).
- Lists and the watchlist (``Position,Const,Created,Modified,Description,Title,…,Your Rating,
  Date Rated``): a row with a rating gives "rated"; a row without one gives "wishlist" at
  ``Created`` (the day it was added to the list).

The column names are English whatever the account language, but the values are localized:
title types ("Film", "Serie TV", "Mini serie TV", "Episodio TV"…) are classified from a table
plus keywords for it/fr/de/es/pt/en; genres are translated to English (``_film_common``). In a
localized account ``Title`` is the local title and ``Original Title`` the original one: the
record's title is the original title and the local one goes to ``alt_titles``.

Skipped rows: video games and podcasts (not films), and TV episodes. Episodes are skipped rather
than rolled up into their series because the export gives only the episode's own ``tt`` id and
a "Series: Episode" title: the parent series cannot be identified reliably, and a rating of one
episode is not a rating of the show. A ``Const`` repeated in the same file (list exports can
hold duplicates) keeps one ``source_key``; a repeat that adds nothing new is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._film_common import first_line_fields, fold, genre_subjects
from engine.importers.normalize import (
    clean,
    csv_rows,
    imdb_id,
    parse_date,
    parse_int,
    parse_year,
    rating_to_5,
    split_list,
)
from engine.importers.records import (
    Creator,
    ImportRecord,
    ParseResult,
    RecordEvent,
    RowError,
    SkippedRow,
)
from engine.importers.source import Source

FORMAT_LABEL = "IMDb ratings or list export (Const,Your Rating,Date Rated,Title,…)"

# Title types that are not plain films, by folded name (see ``fold``), in en/it/fr/de/es/pt.
# Anything not listed is classified by keywords (``_keyword_category``), then defaults to film.
# Video games, podcasts and episodes are recognised by keyword in every language.
_TYPES: dict[str, str] = {
    "tv series": "series", "tvseries": "series", "tv mini series": "series",
    "tvminiseries": "series", "serie tv": "series", "mini serie tv": "series",
    "miniserie tv": "series", "serie televisee": "series", "mini serie": "series",
    "fernsehserie": "series", "tv serie": "series", "miniserie": "series",
    "tv miniserie": "series", "serie de tv": "series", "serie de television": "series",
    "miniserie de tv": "series", "minisserie": "series", "minisserie de tv": "series",
    "music video": "other", "musicvideo": "other", "video musicale": "other",
    "clip video": "other", "videoclip": "other", "musikvideo": "other", "videoclipe": "other",
    "video musical": "other",
}

_SKIP_REASONS = {
    "episode": "TV episode: episodes are not imported (rate the series instead)",
    "game": "video game: not a film or series",
    "podcast": "podcast: not a film or series",
}


def classify_title_type(raw: str | None) -> tuple[str | None, str | None]:
    """(kind, skip reason) for an IMDb title type in any supported language."""
    folded = fold(raw or "")
    if not folded:
        return "film", None
    category = _keyword_category(folded)
    if category in _SKIP_REASONS:
        return None, _SKIP_REASONS[category]
    if folded in _TYPES:
        return _TYPES[folded], None
    return category or "film", None


def _keyword_category(folded: str) -> str | None:
    if "podcast" in folded:
        return "podcast"
    if re.search(r"\b(game|gioco|juego|jeu|spiel|jogo|videogame)\b|videogioco|videojuego|"
                 r"videospiel", folded):
        return "game"
    if re.search(r"episod|\bfolge\b", folded):
        return "episode"
    if re.search(r"\bseri|series\b|serie\b", folded):
        return "series"
    if re.search(r"music|musik|clip", folded):
        return "other"
    return None


class ImdbImporter(Importer):
    name = "imdb"
    label = "IMDb ratings, list or watchlist export (CSV)"

    def detect(self, source: Source) -> float:
        header = first_line_fields(source)
        if header[:3] == ["Const", "Your Rating", "Date Rated"]:
            return 0.95
        if header[:5] == ["Position", "Const", "Created", "Modified", "Description"]:
            return 0.95
        if "Const" in header and "Title" in header:
            return 0.8 if "Title Type" in header or "URL" in header else 0.6
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        seen: dict[str, tuple[int, set[tuple[str, float | None, str | None]]]] = {}
        for line, row in csv_rows(source, required=["Const", "Title"], format_label=FORMAT_LABEL):
            result = _row(line, row)
            if isinstance(result, ImportRecord) and result.source_key:
                result = _dedupe(result, seen)
            yield result


def _dedupe(
    record: ImportRecord,
    seen: dict[str, tuple[int, set[tuple[str, float | None, str | None]]]],
) -> ParseResult:
    """A repeated ``Const`` keeps its key; skipped when it brings no new event."""
    key = record.source_key or ""
    signature = {(e.type, e.value, e.at) for e in record.events}
    if key not in seen:
        seen[key] = (record.row or 0, signature)
        return record
    first_row, known = seen[key]
    fresh = signature - known
    has_rating = any(t == "rated" for t, _v, _a in known)
    if not fresh or (has_rating and all(t == "wishlist" for t, _v, _a in fresh)):
        return SkippedRow(record.row, f"duplicate of row {first_row} ({key.split(':', 1)[1]})")
    known.update(fresh)
    return record


def _row(line: int, row: dict[str, str]) -> ParseResult:
    const = imdb_id(row.get("Const")) or imdb_id(row.get("URL"))
    local_title = clean(row.get("Title"))
    if not const:
        return RowError(line, f"no IMDb id in Const ({row.get('Const')!r})")
    if not local_title:
        return RowError(line, "no title")
    title_type = row.get("Title Type") or row.get("Title type")
    kind, skip = classify_title_type(title_type)
    if kind is None:
        return SkippedRow(line, f"{skip} — {local_title!r} ({clean(title_type)})")
    try:
        events = _events(row)
    except ValueError as exc:
        return RowError(line, f"{exc} (column 'Your Rating')")
    original = clean(row.get("Original Title"))
    return ImportRecord(
        kind=kind,
        title=original or local_title,
        original_title=original,
        alt_titles=[local_title] if original and original != local_title else [],
        row=line,
        source_key=f"imdb:{const}",
        year=parse_year(row.get("Year")) or parse_year(row.get("Release Date")),
        runtime_minutes=parse_int(row.get("Runtime (mins)")),
        identifiers={"imdb": const},
        creators=[Creator(name, "director") for name in split_list(row.get("Directors"), ",")],
        subjects=genre_subjects(split_list(row.get("Genres"), ",")),
        events=events,
        source_scale=10 if any(e.type == "rated" for e in events) else None,
    )


def _events(row: dict[str, str]) -> list[RecordEvent]:
    rating = rating_to_5(row.get("Your Rating") or row.get("You rated"), 10)
    if rating is not None:
        at = parse_date(row.get("Date Rated")) or parse_date(row.get("Created"))
        return [RecordEvent("rated", value=rating, at=at)]
    if "Position" in row or "Created" in row:
        return [RecordEvent("wishlist", at=parse_date(row.get("Created")))]
    return []
