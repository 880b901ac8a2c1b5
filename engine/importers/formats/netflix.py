"""Netflix viewing activity (``NetflixViewingHistory.csv``: ``Title,Date``; also the
``ViewingActivity.csv`` of the full data download: ``Profile Name,Start Time,…,Title,…``).

Episodes ("White Collar: Season 2: Withdrawal") roll up into ONE series record per show. One
"seen" per viewing day would flood the event log, so a show gets a single "started" at its first
view and a single "seen" at its last view (both on the same day when it was watched once). Any
other row is a film with a "seen" event on its date.

A title is an episode when one of its ``": "``-separated parts after the first is a season
marker (Season 2, Series 1, Part 3, Volume 1, Chapter 2, Limited Series, Miniseries, Episode 7
and their fr/de/es/it/pt forms); its show is the text before that marker. A title
"Show: Something" without a marker is an episode too when "Show" is a show found elsewhere in the
file ("White Collar: The Portrait"); otherwise it is a film ("Mission: Impossible"). Because of
that roll-up the file is read whole before anything is yielded (Netflix histories are small).

Dates: the short export writes them in the account's locale (``12/12/26`` in the US,
``31/12/2026`` in the UK, ``31.12.26`` in Germany). Day-first is chosen for the whole file when
any date has a first number above 12 or uses dots. Two-digit years are 20xx.

Skipped: rows whose show name is empty (" : Episode 7"), placeholder rows ("dummy entry…"), and
trailers/teasers of the full download (``Supplemental Video Type`` set).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._film_common import first_line_fields
from engine.importers.normalize import clean, csv_rows, parse_date
from engine.importers.records import ImportRecord, ParseResult, RecordEvent, RowError, SkippedRow
from engine.importers.source import Source

FORMAT_LABEL = "Netflix viewing activity (Title,Date)"

_SEASON = re.compile(
    r"^(?:(?:season|series|part|volume|vol\.|chapter|book|collection|episode|saison|partie|"
    r"chapitre|staffel|teil|folge|temporada|parte|cap[ií]tulo|episodio|[ée]pisode|stagione|"
    r"volumen|livro|libro)\s+\S+|limited series|miniseries|mini-series|s[ée]rie limit[ée]e|"
    r"miniserie|miniss[ée]rie|serie limitada)$",
    re.I,
)
_PLACEHOLDER = re.compile(r"^(?:dummy|placeholder)\b", re.I)
_DATE = re.compile(r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})\s*$")


@dataclass(slots=True)
class _View:
    line: int
    title: str
    raw_date: str


@dataclass(slots=True)
class _Show:
    row: int
    title: str
    dates: list[str] = field(default_factory=list)


def split_episode(title: str) -> tuple[str, bool] | None:
    """(show, has season marker) when ``title`` looks like an episode, else None."""
    parts = [part.strip() for part in title.split(":")]
    if len(parts) < 2:
        return None
    for index, part in enumerate(parts[1:], start=1):
        if _SEASON.match(part):
            return ": ".join(parts[:index]).strip(), True
    return parts[0], False


class NetflixImporter(Importer):
    name = "netflix"
    label = "Netflix viewing activity (CSV)"

    def detect(self, source: Source) -> float:
        header = first_line_fields(source)
        if header[:3] == ["Profile Name", "Start Time", "Duration"] and "Title" in header:
            return 0.95
        if header == ["Title", "Date"]:
            return 0.95 if _first_date_ok(source) else 0.6
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        views, results = self._read(source)
        day_first = _day_first(view.raw_date for view in views)
        shows = {show for view in views if (show := split_episode(view.title)) and show[1]}
        known = {name.casefold() for name, _marked in shows}
        series: dict[str, _Show] = {}
        for view in views:
            at = _netflix_date(view.raw_date, day_first)
            if at is None:
                results.append(RowError(view.line, f"unreadable date {view.raw_date!r}"))
                continue
            episode = split_episode(view.title)
            if episode and (episode[1] or episode[0].casefold() in known):
                show_title = episode[0]
                if not show_title:
                    results.append(SkippedRow(view.line, f"episode without a show title: "
                                                         f"{view.title!r}"))
                    continue
                entry = series.setdefault(show_title.casefold(), _Show(view.line, show_title))
                entry.dates.append(at)
                continue
            results.append(_film(view, at))
        results.extend(_series(show) for show in series.values())
        yield from sorted(results, key=lambda result: result.row or 0)

    def _read(self, source: Source) -> tuple[list[_View], list[ParseResult]]:
        views: list[_View] = []
        skipped: list[ParseResult] = []
        header = first_line_fields(source)
        if "Title" in header and not {"Date", "Start Time"} & set(header):
            raise ImportFormatError(
                f"{source.name}: missing column 'Date' — expected a {FORMAT_LABEL} file"
            )
        for line, row in csv_rows(source, required=["Title"], format_label=FORMAT_LABEL):
            title = clean(row.get("Title"))
            raw_date = clean(row.get("Date") or row.get("Start Time")) or ""
            if not title:
                skipped.append(RowError(line, "no title"))
            elif clean(row.get("Supplemental Video Type")):
                skipped.append(SkippedRow(line, f"trailer or extra, not a viewing: {title!r}"))
            elif _PLACEHOLDER.match(title):
                skipped.append(SkippedRow(line, f"placeholder row: {title!r}"))
            else:
                views.append(_View(line, title, raw_date))
        return views, skipped


def _film(view: _View, at: str) -> ImportRecord:
    return ImportRecord(
        kind="film",
        title=view.title,
        row=view.line,
        source_key=f"netflix:film:{view.title.casefold()}",
        events=[RecordEvent("seen", at=at)],
    )


def _series(show: _Show) -> ImportRecord:
    dates = sorted(show.dates)
    return ImportRecord(
        kind="series",
        title=show.title,
        row=show.row,
        source_key=f"netflix:series:{show.title.casefold()}",
        events=[RecordEvent("started", at=dates[0]), RecordEvent("seen", at=dates[-1])],
    )


def _day_first(raw_dates: Iterator[str] | list[str]) -> bool:
    for raw in raw_dates:
        match = _DATE.match(raw)
        if match and len(match.group(1)) <= 2 and (int(match.group(1)) > 12 or "." in raw):
            return True
    return False


def _netflix_date(raw: str, day_first: bool) -> str | None:
    """An ISO date from a locale-formatted Netflix date (or an ISO date/time)."""
    match = _DATE.match(raw)
    if not match or len(match.group(1)) == 4:
        return parse_date(raw)
    first, second, year = (int(group) for group in match.groups())
    month, day = (second, first) if day_first else (first, second)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _first_date_ok(source: Source) -> bool:
    lines = source.head_text(4096).splitlines()
    if len(lines) < 2:
        return False
    return bool(_DATE.match(lines[1].rsplit(",", 1)[-1].strip().strip('"')))
