"""StoryGraph export CSV: real fixtures, reading statuses, multi-range dates and bad files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.storygraph import StoryGraphImporter
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

HEADER = (
    "Title,Authors,Contributors,ISBN/UID,Format,Read Status,Date Added,Last Date Read,Dates Read,"
    "Read Count,Moods,Pace,Character- or Plot-Driven?,Strong Character Development?,"
    "Loveable Characters?,Diverse Characters?,Flawed Characters?,Star Rating,Review,"
    "Content Warnings,Content Warning Description,Tags,Owned?"
)
ROW = (
    "La Tête d'Or,Émile Zola,Jean Dupont (Translator),9780306406157,Paperback,read,2024/01/02,"
    '2024/03/01,2024/01/05-2024/01/09;2024/02/20-2024/03/01,2,"dark, reflective",slow,,,,,,'
    '3.75,,,,"classics",Yes'
)


def _parse(path: Path) -> list[ParseResult]:
    return list(StoryGraphImporter().parse(Source(path)))


def _events(results: list[ParseResult]) -> Counter[str]:
    return Counter(e.type for r in records_only(results) for e in r.events)


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "sg.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_bookwyrm_fixture(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/storygraph/bookwyrm/storygraph.csv")
    assert len(results) == 2 and len(records_only(results)) == 2
    assert _events(results) == {"wishlist": 1, "finished": 1, "rated": 1}
    always, subprime = records_only(results)
    assert [c.name for c in always.creators] == [
        "Ursula K. Le Guin", "Todd Barton", "Margaret Chodos-Irvine"
    ]
    assert always.identifiers == {"isbn13": "9780520227354"}
    assert always.events[0].at == "2021-05-10"
    assert subprime.identifiers == {"isbn10": "0374538654"}
    assert [(s.name, s.kind) for s in subprime.subjects] == [("informative", "mood")]
    assert subprime.events[-1].value == 5.0


@pytest.mark.realdata
def test_real_yamtrack_every_status(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/storygraph/yamtrack/minimal.csv")
    assert len(results) == 5 and len(records_only(results)) == 5
    assert _events(results) == {
        "finished": 2, "rated": 2, "started": 2, "wishlist": 1, "abandoned": 1
    }
    rich, current, _tbr, paused, dnf = records_only(results)
    assert [(e.type, e.at) for e in rich.events if e.type == "finished"] == [
        ("finished", "2025-01-03"), ("finished", "2025-02-05")
    ]
    assert rich.events[-1].value == 4.5
    assert {(s.name, s.kind) for s in rich.subjects} == {
        ("adventurous", "mood"), ("emotional", "mood"), ("favorite", "tag"),
        ("migration", "tag"), ("owned", "shelf"),
    }
    assert current.identifiers == {"asin": "B00F3HJ8FS"}
    assert [e.type for e in paused.events] == ["started"]
    assert [(e.type, e.at, e.value) for e in dnf.events] == [
        ("abandoned", "2025-01-20", None), ("rated", "2025-01-20", 2.0)
    ]


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = StoryGraphImporter()
    for path in sorted((shared_data / "exports/storygraph").rglob("*.csv")):
        assert importer.detect(Source(path)) >= 0.9
    assert importer.detect(Source(shared_data / "exports/goodreads/bookwyrm/goodreads.csv")) <= 0.2
    assert importer.detect(Source(_write(tmp_path, "hello\nworld\n", name="x.txt"))) == 0


def test_decimal_rating_dates_and_contributor_role(tmp_path: Path) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\n{ROW}\n")))[0]
    assert record.title == "La Tête d'Or" and record.source_key == "storygraph:9780306406157"
    assert [(c.name, c.role) for c in record.creators] == [
        ("Émile Zola", "author"), ("Jean Dupont", "translator")
    ]
    assert [(e.type, e.at, e.value) for e in record.events] == [
        ("finished", "2024-01-09", None), ("finished", "2024-03-01", None),
        ("rated", "2024-03-01", 3.75),
    ]


def test_missing_required_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'Read Status'"):
        _parse(_write(tmp_path, HEADER.replace("Read Status", "Status") + "\n"))


def test_garbage_row(tmp_path: Path) -> None:
    bad = ROW.replace("3.75", "lots").replace("2024/01/02", "yesterday")
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{bad}\n{ROW}\n"))
    assert [type(r).__name__ for r in results] == ["ImportRecord", "RowError", "ImportRecord"]
    assert isinstance(results[1], RowError) and results[1].row == 3


def test_rating_above_scale_is_a_row_error(tmp_path: Path) -> None:
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW.replace('3.75', '8')}\n"))
    assert isinstance(results[0], RowError) and "scale" in results[0].message


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\r\n{ROW}\r\n", encoding)))[0]
    assert record.title == "La Tête d'Or" and record.creators[0].name == "Émile Zola"


def test_row_without_identifier_gets_a_stable_key(tmp_path: Path) -> None:
    row = ROW.replace("9780306406157", "")
    first = records_only(_parse(_write(tmp_path, f"{HEADER}\n{row}\n")))[0]
    again = records_only(_parse(_write(tmp_path, f"{HEADER}\n{row}\n")))[0]
    assert first.source_key == again.source_key and first.source_key.startswith("storygraph:")
