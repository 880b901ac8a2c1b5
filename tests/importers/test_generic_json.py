"""Generic JSON: a list of objects or {"items": [...]}, guessed keys and overrides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.generic_json import GenericJsonImporter
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

ITEMS = [
    {"title": "Les Misérables", "authors": ["Victor Hugo"], "year": 1862, "rating": 4.5,
     "tags": ["classic", "france"], "status": "read", "date_read": "2021-03-04",
     "isbn": "978-0-306-40615-7"},
    {"name": "Alien", "director": {"name": "Ridley Scott"}, "type": "movie", "rating": 3},
    {"title": "An essay", "url": "https://example.org/essay", "status": "to read"},
]


def _parse(path: Path, options: dict[str, str] | None = None) -> list[ParseResult]:
    return list(GenericJsonImporter(options).parse(Source(path)))


def _write(tmp_path: Path, data: object, encoding: str = "utf-8", name: str = "items.json") -> Path:
    path = tmp_path / name
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode(encoding))
    return path


def test_list_of_objects(tmp_path: Path) -> None:
    hugo, alien, essay = records_only(_parse(_write(tmp_path, ITEMS)))
    assert hugo.kind == "book" and hugo.year == 1862 and hugo.row == 1
    assert hugo.identifiers == {"isbn13": "9780306406157"}
    assert [(e.type, e.at, e.value) for e in hugo.events] == [
        ("finished", "2021-03-04", None), ("rated", "2021-03-04", 4.5)
    ]
    assert [s.name for s in hugo.subjects] == ["classic", "france"]
    assert alien.title == "Alien" and alien.kind == "film"
    assert [(c.name, c.role) for c in alien.creators] == [("Ridley Scott", "director")]
    assert essay.identifiers == {"url": "https://example.org/essay"}
    assert [e.type for e in essay.events] == ["wishlist"]


def test_items_wrapper_and_overrides(tmp_path: Path) -> None:
    data = {"version": 2, "items": [{"Label": "Solaris", "Maker": "Lem, Stanisław", "Score": 8}]}
    options = {"title": "Label", "creators": "Maker", "rating": "Score", "rating_scale": "10",
               "kind": "book"}
    record = records_only(_parse(_write(tmp_path, data), options))[0]
    assert record.title == "Solaris" and record.creators[0].name == "Stanisław Lem"
    assert record.kind == "book" and record.events[0].value == 4.0


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = GenericJsonImporter()
    assert 0 < importer.detect(Source(_write(tmp_path, ITEMS))) <= 0.2
    for other in ("goodreads/bookwyrm/goodreads.csv", "trakt/yamtrack/import_trakt_watched.json"):
        assert importer.detect(Source(shared_data / "exports" / other)) <= 0.2
    assert importer.detect(Source(_write(tmp_path, {"a": 1}, name="c.json"))) == 0


def test_garbage_items(tmp_path: Path) -> None:
    data = [ITEMS[0], "junk", {"title": ""}, {"title": "X", "rating": "eleven"}, ITEMS[2]]
    results = _parse(_write(tmp_path, data))
    assert [type(r).__name__ for r in results] == [
        "ImportRecord", "RowError", "RowError", "RowError", "ImportRecord"
    ]
    assert [r.row for r in results if isinstance(r, RowError)] == [2, 3, 4]


def test_no_title_key(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'title'"):
        _parse(_write(tmp_path, [{"author": "Nobody"}]))


def test_not_a_list(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="list of objects"):
        _parse(_write(tmp_path, {"title": "alone"}))


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"title": "Dune",', encoding="utf-8")
    with pytest.raises(ImportFormatError, match="not valid JSON"):
        _parse(path)
    assert GenericJsonImporter().detect(Source(path)) == 0


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    record = records_only(_parse(_write(tmp_path, ITEMS, encoding)))[0]
    assert record.title == "Les Misérables"


def test_huge_description(tmp_path: Path) -> None:
    record = records_only(_parse(_write(tmp_path, [{"title": "Big", "description": "x" * 1_500_000}])))[0]
    assert record.description is not None and len(record.description) == 1_000_000
