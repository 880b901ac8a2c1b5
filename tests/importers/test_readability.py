"""Readability JSON parser: the real export and bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.readability import ReadabilityImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

BOOKMARKS: list[dict[str, object]] = [
    {"article__title": "Déjà vu", "article__url": "https://example.com/deja",
     "article__excerpt": "<p>It&#x2019;s <b>here</b>&hellip;</p>",
     "date_added": "2016-01-01T10:00:00", "archive": True, "date_archived": "2016-02-01T10:00:00",
     "favorite": True, "date_favorited": "2016-01-15T10:00:00"},
    {"article__title": "Later", "article__url": "https://example.com/later",
     "date_added": "2016-03-01T10:00:00", "archive": False, "favorite": False},
]
EXPORT = {"bookmarks": BOOKMARKS, "recommendations": []}


def run(path: Path) -> Split:
    return parse_split(ReadabilityImporter(), path)


def write(tmp_path: Path, data: object, encoding: str = "utf-8") -> Path:
    path = tmp_path / "readability.json"
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=2).encode(encoding))
    return path


@pytest.mark.realdata
def test_real_export(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/readability/wallabag/readability.json")
    assert (len(records), len(errors), len(skipped)) == (3, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {"wishlist": 3, "liked": 1}
    tweets, albatross, bordeaux = records
    assert tweets.title == "We Looked At 167,943 Tweets & Found Out Hashtags Are Worthless"
    assert tweets.description is not None and tweets.description.endswith("It’s like that polluted…")
    assert [r.row for r in records] == [3, 13, 20]
    assert [e.type for e in albatross.events] == ["wishlist", "liked"]
    assert albatross.events[0].at == "2016-09-08T11:55:58+02:00"
    assert bordeaux.title.startswith("Bordeaux: Poche, chocolatine… Une association traduit")


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = ReadabilityImporter()
    assert importer.detect(Source(shared_data / "exports/readability/wallabag/readability.json")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/omnivore/wallabag/omnivore.json")) <= 0.2
    firefox = "exports/firefox-bookmarks/wallabag/firefox-bookmarks.json"
    assert importer.detect(Source(shared_data / firefox)) <= 0.2
    text = tmp_path / "notes.txt"
    text.write_text("bookmarks\n")
    assert importer.detect(Source(text)) <= 0.2


def test_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, EXPORT))
    assert not errors
    deja, later = records
    assert deja.description == "It’s here…"
    assert [(e.type, e.at) for e in deja.events] == [
        ("finished", "2016-02-01T10:00:00"), ("liked", "2016-01-15T10:00:00")
    ]
    assert [(e.type, e.at) for e in later.events] == [("wishlist", "2016-03-01T10:00:00")]


def test_missing_key(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'article__url'"):
        run(write(tmp_path, {"bookmarks": [{"url": "https://x.org"}]}))
    with pytest.raises(ImportFormatError, match="'bookmarks'"):
        run(write(tmp_path, {"items": []}))


def test_garbage_rows(tmp_path: Path) -> None:
    bad = {"article__title": "Bad", "article__url": "//no-scheme"}
    data = {"bookmarks": [BOOKMARKS[0], "junk", bad, BOOKMARKS[1]]}
    path = write(tmp_path, data)
    records, errors, _ = run(path)
    assert [r.title for r in records] == ["Déjà vu", "Later"]
    lines = path.read_text(encoding="utf-8").splitlines()
    junk = lines.index('    "junk",') + 1
    assert [e.row for e in errors] == [junk, junk + 1]


def test_truncated_json(tmp_path: Path) -> None:
    path = write(tmp_path, EXPORT)
    path.write_bytes(path.read_bytes()[:-60])
    with pytest.raises(ImportFormatError, match="truncated"):
        run(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, EXPORT, encoding))
    assert not errors and records[0].title == "Déjà vu"

