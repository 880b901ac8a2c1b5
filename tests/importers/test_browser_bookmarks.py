"""Chrome and Firefox bookmark JSON parser: real files, folders, smart bookmarks, bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.browser_bookmarks import BrowserBookmarksImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

CHROME = {
    "checksum": "x",
    "roots": {
        "bookmark_bar": {
            "type": "folder", "name": "Bookmarks bar", "date_added": "13118829474385693",
            "children": [
                {"type": "url", "name": "Crêpes", "url": "https://Example.com/crepes",
                 "date_added": "13245000000000000"},
                {"type": "folder", "name": "Lecture", "children": [
                    {"type": "url", "name": "Roman", "url": "https://example.com/roman",
                     "date_added": "0"},
                    {"type": "url", "name": "Bookmarklet", "url": "javascript:alert(1)"},
                    {"type": "url", "name": "Bad", "url": "ht!tp:/nope"},
                ]},
            ],
        },
        "other": {"type": "folder", "name": "Other bookmarks", "children": []},
    },
    "version": 1,
}
FIREFOX = {
    "guid": "root________", "title": "", "type": "text/x-moz-place-container", "root": "placesRoot",
    "children": [
        {"guid": "menu________", "title": "menu", "type": "text/x-moz-place-container",
         "root": "bookmarksMenuFolder", "children": [
             {"title": "Smart", "type": "text/x-moz-place", "uri": "place:sort=8"},
             {"title": "Voyages", "type": "text/x-moz-place-container", "children": [
                 {"title": "Kyōto", "type": "text/x-moz-place", "uri": "https://example.jp/kyoto",
                  "dateAdded": 1600000000000000, "tags": "japon,temples",
                  "annos": [{"name": "bookmarkProperties/description", "value": "Temples"}]},
                 {"title": "Separator", "type": "text/x-moz-place-separator"},
             ]},
         ]},
    ],
}


def run(path: Path) -> Split:
    return parse_split(BrowserBookmarksImporter(), path)


def write(tmp_path: Path, data: object, name: str = "Bookmarks", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=3).encode(encoding))
    return path


@pytest.mark.realdata
def test_real_chrome(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/chrome-bookmarks/wallabag/chrome-bookmarks")
    assert (len(records), len(errors), len(skipped)) == (1, 0, 0)
    only = records[0]
    assert only.title == (
        "Tournoi des VI Nations : Le trophée gagné par le XV de France a-t-il fini au fond de la Seine ?"
    )
    assert only.row == 10 and only.subjects == []  # "Barre de favoris" is a browser root
    assert [(e.type, e.at) for e in only.events] == [("liked", "2016-09-20T13:15:29.335823+00:00")]


@pytest.mark.realdata
def test_real_firefox(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/firefox-bookmarks/wallabag/firefox-bookmarks.json")
    assert (len(records), len(errors), len(skipped)) == (2, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {"liked": 2}
    tarn, paris = records
    assert tarn.title == "Tarn : Des lapins ravagent le terrain, le match de rugby doit être annulé"
    assert tarn.row == 38 and paris.row == 48
    assert [s.name for s in tarn.subjects] == ["test", "tag"]
    assert tarn.events[0].at == "2013-12-27T17:41:31+00:00"
    assert paris.subjects == []  # "Barre personnelle" is the toolbar root


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = BrowserBookmarksImporter()
    exports = shared_data / "exports"
    assert importer.detect(Source(exports / "chrome-bookmarks/wallabag/chrome-bookmarks")) >= 0.9
    assert importer.detect(Source(exports / "firefox-bookmarks/wallabag/firefox-bookmarks.json")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/readability/wallabag/readability.json")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/trakt/yamtrack/import_trakt_watched.json")) <= 0.2
    text = tmp_path / "notes.txt"
    text.write_text("bookmark_bar roots\n")
    assert importer.detect(Source(text)) <= 0.2


def test_chrome_folders_and_bad_entries(tmp_path: Path) -> None:
    path = write(tmp_path, CHROME)
    records, errors, skipped = run(path)
    assert [r.title for r in records] == ["Crêpes", "Roman"]
    crepes, roman = records
    assert crepes.identifiers == {"url": "https://example.com/crepes"} and crepes.subjects == []
    assert crepes.events[0].at == "2020-09-19T14:40:00+00:00"  # 13245000000 s after 1601
    assert [(s.name, s.kind) for s in roman.subjects] == [("Lecture", "collection")]
    assert roman.events[0].at is None  # date_added "0"
    assert [s.reason for s in skipped] == ["not a web page (javascript: link)"]
    bad_line = next(
        number for number, line in enumerate(path.read_text().splitlines(), 1) if "ht!tp" in line
    )
    assert [(e.row, e.message) for e in errors] == [(bad_line, "'ht!tp:/nope' is not a web address")]


def test_firefox_tree(tmp_path: Path) -> None:
    records, errors, skipped = run(write(tmp_path, FIREFOX, "bookmarks.json"))
    assert not errors and [s.reason for s in skipped] == ["not a web page (place: link)"]
    kyoto = records[0]
    assert (kyoto.title, kyoto.description) == ("Kyōto", "Temples")
    assert [(s.name, s.kind) for s in kyoto.subjects] == [
        ("japon", "tag"), ("temples", "tag"), ("Voyages", "collection")
    ]
    assert kyoto.events[0].at == "2020-09-13T12:26:40+00:00"


def test_missing_roots(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'roots'"):
        run(write(tmp_path, {"version": 1, "bookmarks": []}))


def test_truncated_json(tmp_path: Path) -> None:
    path = write(tmp_path, CHROME)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(ImportFormatError, match="truncated"):
        run(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, CHROME, encoding=encoding))
    assert records[0].title == "Crêpes" and len(errors) == 1

