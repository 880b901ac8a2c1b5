"""Pinboard JSON parser: the real export and bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.pinboard import PinboardImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

POSTS = [
    {"href": "https://example.com/été", "description": "Un été à Paris", "extended": "Notes",
     "time": "2020-06-01T10:00:00Z", "toread": "yes", "tags": "été voyage", "hash": "a"},
    {"href": "https://example.com/b", "description": "Second", "extended": "",
     "time": "2020-06-02T10:00:00Z", "toread": "no", "tags": "", "hash": "b"},
]


def run(path: Path) -> Split:
    return parse_split(PinboardImporter(), path)


def write(tmp_path: Path, data: object, encoding: str = "utf-8") -> Path:
    path = tmp_path / "pinboard_export"
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=1).encode(encoding))
    return path


@pytest.mark.realdata
def test_real_export(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/pinboard/wallabag/pinboard_export")
    assert (len(records), len(errors), len(skipped)) == (3, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {"liked": 3}
    first = records[0]
    assert (first.title, first.row) == ("Complexities of an Infinite Scroller", 2)
    assert [s.name for s in first.subjects] == ["infinite", "dom", "performance", "scroll"]
    assert first.description is not None and first.description.startswith("TL;DR")
    assert first.events[0].at == "2016-10-31T15:57:56+00:00"
    assert [r.row for r in records] == [2, 13, 24]
    assert records[2].identifiers == {"url": "https://www.w3.org/WAI/ER/tests/xhtml/testfiles/resources/pdf/dummy.pdf"}


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = PinboardImporter()
    assert importer.detect(Source(shared_data / "exports/pinboard/wallabag/pinboard_export")) >= 0.9
    delicious = "exports/delicious/wallabag/delicious_export.2021.02.06_21.10.json"
    assert importer.detect(Source(shared_data / delicious)) <= 0.2
    assert importer.detect(Source(shared_data / "exports/trakt/yamtrack/import_trakt_ratings.json")) <= 0.2
    text = tmp_path / "notes.txt"
    text.write_text("href description\n")
    assert importer.detect(Source(text)) <= 0.2


def test_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, POSTS))
    assert not errors
    summer = records[0]
    assert summer.title == "Un été à Paris" and summer.description == "Notes"
    assert [s.name for s in summer.subjects] == ["été", "voyage"]
    assert [(e.type, e.at) for e in summer.events] == [("wishlist", "2020-06-01T10:00:00+00:00")]
    assert [e.type for e in records[1].events] == ["liked"]


def test_missing_key(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'href'"):
        run(write(tmp_path, [{"url": "https://x.org", "title": "X"}]))


def test_garbage_rows(tmp_path: Path) -> None:
    path = write(tmp_path, [POSTS[0], 17, {"href": "no url here", "description": "Bad"}, POSTS[1]])
    records, errors, _ = run(path)
    assert [r.title for r in records] == ["Un été à Paris", "Second"]
    lines = path.read_text(encoding="utf-8").splitlines()
    number = lines.index(" 17,")
    assert [e.row for e in errors] == [number + 1, lines.index(" {", number) + 1]


def test_truncated_json(tmp_path: Path) -> None:
    path = write(tmp_path, POSTS)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(ImportFormatError, match="truncated"):
        run(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, POSTS, encoding))
    assert not errors and records[0].title == "Un été à Paris"

