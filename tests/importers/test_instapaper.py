"""Instapaper CSV parser: the real export, folders, and bad input."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.instapaper import InstapaperImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

CSV = (
    "URL,Title,Selection,Folder,Timestamp,Tags\n"
    'https://example.com/a,Été indien,A quote,Archive,1600000000,"[""summer"",""music""]"\n'
    "https://example.com/b,Second,,Unread,1600000100,\n"
    "https://example.com/c,Third,,Recipes,1600000200,\n"
)


def run(path: Path) -> Split:
    return parse_split(InstapaperImporter(), path)


def write(tmp_path: Path, text: str, name: str = "instapaper.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_export(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/instapaper/wallabag/instapaper-export.csv")
    assert (len(records), len(errors), len(skipped)) == (4, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {
        "wishlist": 2, "finished": 1, "liked": 1
    }
    assert [r.row for r in records] == [2, 3, 4, 5]
    assert [e.type for e in records[1].events] == ["finished"]  # Archive
    assert [e.type for e in records[2].events] == ["liked"]  # Starred
    covfefe = records[3]
    assert covfefe.title == "Dis donc Donald Trump, c'est quoi exactement «covfefe»?"
    assert [(s.name, s.kind) for s in covfefe.subjects] == [("test_tag", "collection")]
    assert covfefe.identifiers["url"].startswith("https://www.20minutes.fr/high-tech/")


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = InstapaperImporter()
    assert importer.detect(Source(shared_data / "exports/instapaper/wallabag/instapaper-export.csv")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/pocket/wallabag/pocket.csv")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/letterboxd/yamtrack/diary.csv")) <= 0.2
    assert importer.detect(Source(write(tmp_path, "some text\n", "notes.txt"))) <= 0.2


def test_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, CSV))
    assert not errors
    first, second, third = records
    assert first.title == "Été indien" and first.description == "A quote"
    assert [s.name for s in first.subjects] == ["summer", "music"]
    assert [e.type for e in first.events] == ["finished"]
    assert second.events[0].type == "wishlist" and second.events[0].at == "2020-09-13T12:28:20+00:00"
    assert [(s.name, s.kind) for s in third.subjects] == [("Recipes", "collection")]


def test_missing_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'Title'"):
        run(write(tmp_path, "URL,Name,Folder\nhttps://x.org,X,Unread\n"))


def test_garbage_row(tmp_path: Path) -> None:
    text = CSV + "ftp//broken url,Broken,,Unread,,\n,No URL,,Unread,,\nhttps://ok.org/,Fine,,Archive,,\n"
    records, errors, _ = run(write(tmp_path, text))
    assert [r.title for r in records] == ["Été indien", "Second", "Third", "Fine"]
    assert [e.row for e in errors] == [5, 6]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, CSV, encoding=encoding))
    assert not errors and records[0].title == "Été indien"

