"""Omnivore JSON parser: the real export (20 Le Monde items) and bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.omnivore import OmnivoreImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

ITEMS = [
    {"id": "1", "slug": "a", "title": "Œuvres complètes", "description": "Desc",
     "author": "Anne Martin, Paul Durand", "url": "https://example.com/a", "state": "Active",
     "readingProgress": 40, "labels": ["Lire"], "savedAt": "2024-01-01T10:00:00.000Z",
     "updatedAt": "2024-01-02T10:00:00.000Z", "publishedAt": "2023-12-31T10:00:00.000Z"},
    {"id": "2", "slug": "b", "title": "Done", "url": "https://example.com/b", "state": "Archived",
     "readingProgress": 100, "labels": [], "savedAt": "2024-01-03T10:00:00.000Z",
     "updatedAt": "2024-01-04T10:00:00.000Z"},
]


def run(path: Path) -> Split:
    return parse_split(OmnivoreImporter(), path)


def write(tmp_path: Path, data: object, encoding: str = "utf-8") -> Path:
    path = tmp_path / "metadata_0_to_20.json"
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=2).encode(encoding))
    return path


@pytest.mark.realdata
def test_real_export(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/omnivore/wallabag/omnivore.json")
    assert (len(records), len(errors), len(skipped)) == (20, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {"wishlist": 19, "finished": 1}
    first = records[0]
    assert first.title.startswith("Malgré la crise du marché des montres, Breitling étend")
    assert (first.row, first.year) == (2, 2024)
    assert [c.name for c in first.creators] == ["Juliette Garnier"]
    assert [(e.type, e.at) for e in first.events] == [("finished", "2024-10-31T13:01:28.320000+00:00")]
    assert [s.name for s in records[2].subjects] == ["RSS", "TEST"]
    two_authors = next(r for r in records if len(r.creators) == 2)
    assert [c.name for c in two_authors.creators] == ["Gary Dagorn", "Jean-Philippe Lefief"]
    assert all(r.identifiers["url"].startswith("https://www.") for r in records)


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = OmnivoreImporter()
    assert importer.detect(Source(shared_data / "exports/omnivore/wallabag/omnivore.json")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/wallabag/wallabag/wallabag-v2.json")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/zotero/ArmEnBib/Exported Items.json")) <= 0.2
    text = tmp_path / "notes.txt"
    text.write_text("slug savedAt\n")
    assert importer.detect(Source(text)) <= 0.2


def test_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, ITEMS))
    assert not errors
    reading, done = records
    assert [c.name for c in reading.creators] == ["Anne Martin", "Paul Durand"]
    assert [(e.type, e.at) for e in reading.events] == [("started", "2024-01-01T10:00:00+00:00")]
    assert reading.year == 2023 and reading.description == "Desc"
    assert [e.type for e in done.events] == ["finished"]


def test_missing_key(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'url'"):
        run(write(tmp_path, [{"slug": "a", "title": "X", "savedAt": "2024"}]))


def test_garbage_rows(tmp_path: Path) -> None:
    path = write(tmp_path, [ITEMS[0], 3.5, {"slug": "x", "title": "Bad", "url": None}, ITEMS[1]])
    records, errors, _ = run(path)
    assert [r.title for r in records] == ["Œuvres complètes", "Done"]
    lines = path.read_text(encoding="utf-8").splitlines()
    number = lines.index("  3.5,")
    assert [e.row for e in errors] == [number + 1, number + 2]


def test_truncated_json(tmp_path: Path) -> None:
    path = write(tmp_path, ITEMS)
    path.write_bytes(path.read_bytes()[:250])
    with pytest.raises(ImportFormatError, match="truncated"):
        run(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, ITEMS, encoding))
    assert not errors and records[0].title == "Œuvres complètes"

