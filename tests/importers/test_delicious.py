"""Delicious JSON parser: the real export and bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.delicious import DeliciousImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

REAL = "exports/delicious/wallabag/delicious_export.2021.02.06_21.10.json"
LINKS = [
    {"title": "Bœuf bourguignon", "url": "https://example.com/boeuf", "tags": ["cuisine", ""],
     "description": "Recette", "created": "1358531607", "private": "0", "others": 1},
    {"title": "Other", "url": "https://example.com/other", "tags": [], "created": "1358531700"},
]


def run(path: Path) -> Split:
    return parse_split(DeliciousImporter(), path)


def write(tmp_path: Path, data: object, encoding: str = "utf-8") -> Path:
    path = tmp_path / "delicious.json"
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=2).encode(encoding))
    return path


@pytest.mark.realdata
def test_real_export(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / REAL)
    assert (len(records), len(errors), len(skipped)) == (3, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {"liked": 3}
    basket, review, spoof = records
    assert basket.title == "basket.js - a simple script loader that caches scripts with localStorage"
    assert [s.name for s in basket.subjects] == ["basket", "javascript", "loader", "localStorage"]
    assert basket.events[0].at == "2013-01-18T17:53:27+00:00" and basket.row == 2
    assert review.subjects == [] and review.description is None  # tags [""], description ""
    assert spoof.identifiers == {"url": "https://feross.org/spoofmac/"} and spoof.row == 29


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = DeliciousImporter()
    assert importer.detect(Source(shared_data / REAL)) >= 0.9
    assert importer.detect(Source(shared_data / "exports/pinboard/wallabag/pinboard_export")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/elcurator/wallabag/elcurator.json")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/tmdb/yamtrack/import_tmdb_ratings.csv")) <= 0.2
    text = tmp_path / "notes.txt"
    text.write_text("url title created\n")
    assert importer.detect(Source(text)) <= 0.2


def test_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, LINKS))
    assert not errors
    assert records[0].title == "Bœuf bourguignon" and records[0].description == "Recette"
    assert [s.name for s in records[0].subjects] == ["cuisine"]


def test_missing_key(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'url'"):
        run(write(tmp_path, [{"href": "https://x.org", "title": "X"}]))


def test_garbage_rows(tmp_path: Path) -> None:
    path = write(tmp_path, [LINKS[0], ["a", "list"], {"title": "No URL", "url": ""}, LINKS[1]])
    records, errors, _ = run(path)
    assert [r.title for r in records] == ["Bœuf bourguignon", "Other"]
    lines = path.read_text(encoding="utf-8").splitlines()
    starts = [number for number, line in enumerate(lines, 1) if line in ("  {", "  [")]
    assert [e.row for e in errors] == starts[1:3]
    assert errors[1].message == "no URL"


def test_truncated_json(tmp_path: Path) -> None:
    path = write(tmp_path, LINKS)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ImportFormatError, match="truncated"):
        run(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, LINKS, encoding))
    assert not errors and records[0].title == "Bœuf bourguignon"

