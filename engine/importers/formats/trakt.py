"""Trakt JSON exports (API style): ratings, watched, history and watchlist files.

Every file is a JSON array of items holding a ``movie`` or a ``show`` (with ``ids``: trakt,
slug, imdb, tmdb, tvdb) and the user's data. The kind of file is read from each item's keys:

- ``rating`` + ``rated_at``: "rated" (1–10 → 0–5). Ratings of a season or an episode are skipped:
  they do not rate the show.
- ``plays`` + ``last_watched_at`` (watched-movies / watched-shows): a movie is "finished" at
  ``last_watched_at``; a show (its ``seasons`` list episodes) becomes one series record with
  "started" at its earliest episode view and "seen" at ``last_watched_at``.
- ``watched_at`` (history): a movie is "finished" then; episode plays roll up into one series
  record per show ("started" at the first play, "seen" at the last), emitted after the movies.
- ``listed_at`` (watchlist): "wishlist".

``row`` is the 1-based position of the item in the array (JSON has no meaningful line numbers).
``source_key`` is "trakt:movie:<trakt id>" or "trakt:show:<trakt id>" (trakt ids of movies and
shows are separate number spaces), so the same title in several files gets the same key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._film_common import title_key
from engine.importers.normalize import clean, imdb_id, parse_date, rating_to_5
from engine.importers.records import ImportRecord, ParseResult, RecordEvent, RowError, SkippedRow
from engine.importers.source import Source, looks_binary

_SIGNATURE = re.compile(r'"ids"\s*:\s*\{[^{}]*"trakt"\s*:', re.S)
_ITEM_KEYS = re.compile(r'"(movie|show|episode|season)"\s*:\s*\{')


@dataclass(slots=True)
class _ShowPlays:
    """Episode plays of one show seen in a history file."""

    row: int
    show: dict[str, Any]
    dates: list[str] = field(default_factory=list)


class TraktImporter(Importer):
    name = "trakt"
    label = "Trakt JSON export (ratings, watched, history, watchlist)"

    def detect(self, source: Source) -> float:
        if source.is_dir:
            return 0.0
        try:
            head = source.head()
        except (OSError, ImportFormatError):
            return 0.0
        if not head or looks_binary(head):
            return 0.0
        text = source.head_text().lstrip("\ufeff").lstrip()
        if not text.startswith("["):
            return 0.0
        if _SIGNATURE.search(text) and _ITEM_KEYS.search(text):
            return 0.95
        return 0.3 if _ITEM_KEYS.search(text) else 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        items = _load(source)
        shows: dict[str, _ShowPlays] = {}
        for index, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                yield RowError(index, "item is not a JSON object")
                continue
            try:
                result = _item(index, item, shows)
            except ValueError as exc:
                result = RowError(index, str(exc))
            if result is not None:
                yield result
        for plays in sorted(shows.values(), key=lambda p: p.row):
            yield _series_from_plays(plays)


def _load(source: Source) -> list[Any]:
    head = source.head()
    if not head.strip():
        raise ImportFormatError(f"{source.name}: the file is empty")
    if looks_binary(head):
        raise ImportFormatError(f"{source.name}: this is a binary file, not a Trakt JSON export")
    try:
        data = json.loads(source.text())
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{source.name}: not valid JSON (line {exc.lineno}: {exc.msg}) — expected a Trakt "
            "JSON export"
        ) from exc
    if not isinstance(data, list):
        raise ImportFormatError(
            f"{source.name}: expected a JSON array of Trakt items (ratings, watched, history…)"
        )
    return data


def _item(index: int, item: dict[str, Any], shows: dict[str, _ShowPlays]) -> ParseResult | None:
    media_type = _media_type(item)
    if media_type is None:
        return RowError(index, "no movie or show in this item")
    if media_type in ("season", "episode") and "watched_at" in item and "show" in item:
        _add_play(index, item, shows)
        return None
    if media_type in ("season", "episode"):
        return SkippedRow(index, f"{media_type} entry: only movies and whole shows are imported")
    media = item[media_type]
    if not isinstance(media, dict):
        return RowError(index, f"'{media_type}' is not an object")
    events = _events(item, media_type)
    if events is None:
        return SkippedRow(index, "unrecognised Trakt item (no rating, play or watchlist date)")
    return _record(index, media, media_type, events, rated="rating" in item)


def _media_type(item: dict[str, Any]) -> str | None:
    declared = item.get("type")
    if isinstance(declared, str) and isinstance(item.get(declared), dict):
        return declared
    for key in ("episode", "season", "movie", "show"):
        if isinstance(item.get(key), dict):
            return key
    return None


def _events(item: dict[str, Any], media_type: str) -> list[RecordEvent] | None:
    if "rating" in item:
        value = rating_to_5(item.get("rating"), 10)
        if value is None:
            raise ValueError(f"rating {item.get('rating')!r} is not between 1 and 10")
        return [RecordEvent("rated", value=value, at=parse_date(item.get("rated_at")))]
    if "last_watched_at" in item or "plays" in item:
        last = parse_date(item.get("last_watched_at"))
        if media_type == "movie":
            return [RecordEvent("finished", at=last)]
        first = _first_episode_date(item) or last
        return [RecordEvent("started", at=first), RecordEvent("seen", at=last)]
    if "watched_at" in item:
        return [RecordEvent("finished", at=parse_date(item.get("watched_at")))]
    if "listed_at" in item:
        return [RecordEvent("wishlist", at=parse_date(item.get("listed_at")))]
    return None


def _first_episode_date(item: dict[str, Any]) -> str | None:
    dates = [
        date
        for season in item.get("seasons") or []
        if isinstance(season, dict)
        for episode in season.get("episodes") or []
        if isinstance(episode, dict)
        for date in [parse_date(episode.get("last_watched_at"))]
        if date
    ]
    return min(dates) if dates else None


def _add_play(index: int, item: dict[str, Any], shows: dict[str, _ShowPlays]) -> None:
    show = item["show"]
    if not isinstance(show, dict):
        raise ValueError("'show' is not an object")
    key = _key(show, "show")
    plays = shows.setdefault(key, _ShowPlays(index, show))
    date = parse_date(item.get("watched_at"))
    if date:
        plays.dates.append(date)


def _series_from_plays(plays: _ShowPlays) -> ParseResult:
    dates = sorted(plays.dates)
    events = [RecordEvent("started", at=dates[0] if dates else None),
              RecordEvent("seen", at=dates[-1] if dates else None)]
    return _record(plays.row, plays.show, "show", events, rated=False)


def _key(media: dict[str, Any], media_type: str) -> str:
    ids = media.get("ids")
    if not isinstance(ids, dict):
        ids = {}
    if ids.get("trakt") is not None:
        return f"trakt:{media_type}:{ids['trakt']}"
    if clean(ids.get("slug")):
        return f"trakt:{media_type}:{clean(ids.get('slug'))}"
    title = clean(media.get("title"))
    if not title:
        raise ValueError(f"{media_type} has neither ids nor a title")
    year = media.get("year") if isinstance(media.get("year"), int) else None
    return f"trakt:{media_type}:{title_key(title, year)}"


def _record(
    index: int, media: dict[str, Any], media_type: str, events: list[RecordEvent], *, rated: bool
) -> ParseResult:
    title = clean(media.get("title"))
    if not title:
        return RowError(index, f"{media_type} without a title")
    year = media.get("year")
    return ImportRecord(
        kind="film" if media_type == "movie" else "series",
        title=title,
        year=year if isinstance(year, int) and 1000 <= year <= 2100 else None,
        row=index,
        source_key=_key(media, media_type),
        identifiers=_identifiers(media),
        events=events,
        source_scale=10 if rated else None,
    )


def _identifiers(media: dict[str, Any]) -> dict[str, str]:
    ids = media.get("ids")
    if not isinstance(ids, dict):
        return {}
    found: dict[str, str] = {}
    for scheme in ("trakt", "tmdb", "tvdb"):
        value = ids.get(scheme)
        if isinstance(value, (int, str)) and not isinstance(value, bool) and str(value).strip():
            found[scheme] = str(value).strip()
    imdb = imdb_id(ids.get("imdb")) if isinstance(ids.get("imdb"), str) else None
    if imdb:
        found["imdb"] = imdb
    return found
