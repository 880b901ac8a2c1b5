"""Netflix viewing activity: episodes roll up into one series record per show."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.netflix import NetflixImporter, split_episode
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source

REAL = Path("exports/netflix/yamtrack/import_netflix.csv")


def parse(source: Source) -> list[ParseResult]:
    return list(NetflixImporter().parse(source))


def records(results: list[ParseResult]) -> list[ImportRecord]:
    return [r for r in results if isinstance(r, ImportRecord)]


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Source:
    path = tmp_path / "NetflixViewingHistory.csv"
    path.write_bytes(text.encode(encoding))
    return Source(path)


@pytest.mark.realdata
def test_real_file(shared_data: Path) -> None:
    assert not (shared_data / REAL).read_bytes().endswith(b"\n")  # no trailing newline
    results = parse(Source(shared_data / REAL))
    recs = records(results)
    assert len(recs) == 7
    skipped = [r for r in results if isinstance(r, SkippedRow)]
    assert [(s.row, s.reason.split(":")[0]) for s in skipped] == [
        (6, "episode without a show title"), (10, "placeholder row")]
    assert not [r for r in results if isinstance(r, RowError)]
    assert Counter(r.kind for r in recs) == {"series": 4, "film": 3}
    assert Counter(e.type for r in recs for e in r.events) == {"seen": 7, "started": 4}
    by_title = {r.title: r for r in recs}
    white_collar = by_title["White Collar"]  # 3 rows, two without a season marker
    assert white_collar.kind == "series" and white_collar.row == 2
    assert white_collar.source_key == "netflix:series:white collar"
    assert [(e.type, e.at) for e in white_collar.events] == [
        ("started", "2016-02-02"), ("seen", "2026-12-12")]
    doctor = by_title["Doctor Who"]
    assert [(e.type, e.at) for e in doctor.events] == [("started", "2019-05-05"),
                                                       ("seen", "2019-05-05")]
    old_guard = by_title["The Old Guard 2"]  # the last line, without a newline
    assert old_guard.kind == "film" and old_guard.events[0].at == "2021-07-07"
    assert by_title["Meet Joe Black"].events[0].at == "2023-09-09"
    assert set(by_title) == {"White Collar", "Travelers", "Infinite", "Meet Joe Black",
                             "The Old Guard 2", "Doctor Who", "The Good Place"}
    assert [r.row for r in results] == sorted(r.row or 0 for r in results)


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = NetflixImporter()
    assert importer.detect(Source(shared_data / REAL)) >= 0.9
    assert importer.detect(Source(shared_data / "exports/letterboxd/yamtrack/watched.csv")) <= 0.2
    assert importer.detect(write(tmp_path, "just text\n")) <= 0.2


@pytest.mark.parametrize(("title", "expected"), [
    ("White Collar: Season 2: Withdrawal", ("White Collar", True)),
    ("The Queen's Gambit: Limited Series: Openings", ("The Queen's Gambit", True)),
    ("Dark: Staffel 1: Geheimnisse", ("Dark", True)),
    ("Lupin: Partie 1: Chapitre 1", ("Lupin", True)),
    ("Mission: Impossible", ("Mission", False)),
    ("Meet Joe Black", None),
])
def test_split_episode(title: str, expected: tuple[str, bool] | None) -> None:
    assert split_episode(title) == expected


def test_film_with_colon_stays_a_film(tmp_path: Path) -> None:
    results = parse(write(tmp_path, 'Title,Date\n"Mission: Impossible","1/2/24"\n'
                          '"Mission: Impossible - Fallout","1/3/24"\n'))
    assert [(r.kind, r.title) for r in records(results)] == [
        ("film", "Mission: Impossible"), ("film", "Mission: Impossible - Fallout")]


def test_day_first_dates(tmp_path: Path) -> None:
    text = ('Title,Date\n"Dark: Season 1: Secrets","31/12/2023"\n'
            '"Dark: Season 1: Lies","02/01/2024"\n')
    (show,) = records(parse(write(tmp_path, text)))
    assert [(e.type, e.at) for e in show.events] == [("started", "2023-12-31"),
                                                     ("seen", "2024-01-02")]


def test_full_download_layout(tmp_path: Path) -> None:
    text = ("Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,"
            "Device Type,Bookmark,Latest Bookmark,Country\n"
            "Me,2024-01-05 21:14:03,01:50:00,,Roma,,TV,01:50:00,01:50:00,IT (Italy)\n"
            "Me,2024-01-05 21:10:00,00:01:00,,Roma (Trailer),TRAILER,TV,,,IT (Italy)\n")
    source = write(tmp_path, text)
    assert NetflixImporter().detect(source) >= 0.9
    results = parse(source)
    assert isinstance(results[0], ImportRecord)
    assert results[0].events[0].at == "2024-01-05T21:14:03"
    assert isinstance(results[1], SkippedRow)


def test_garbage_date_is_a_row_error(tmp_path: Path) -> None:
    text = 'Title,Date\n"Roma","1/2/24"\n"Okja","abc"\n"Mank","13/45/24"\n"Klaus","3/4/24"\n'
    results = parse(write(tmp_path, text))
    errors = [r for r in results if isinstance(r, RowError)]
    assert [e.row for e in errors] == [3, 4]
    assert "'abc'" in errors[0].message
    assert [r.title for r in records(results)] == ["Roma", "Klaus"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    (record,) = parse(write(tmp_path, 'Title,Date\n"Amélie","1/2/24"\n', encoding))
    assert isinstance(record, ImportRecord) and record.title == "Amélie"


def test_missing_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'Title'"):
        parse(write(tmp_path, "Name,Date\nRoma,1/2/24\n"))
    with pytest.raises(ImportFormatError, match="'Date'"):
        parse(write(tmp_path, "Title,When\nRoma,1/2/24\n"))

