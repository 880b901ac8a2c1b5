"""Pocket parser: the classic HTML export and the 2024+ CSV, real files and bad input."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.pocket import PocketImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

CSV = (
    "title,url,time_added,tags,status\n"
    "Café society,https://Example.com/cafe#comments,1600000000,food|paris,archive\n"
    "Unread one,https://example.com/unread,1600000100,,unread\n"
)
HTML = """<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>
<h1>Unread</h1>
<ul>
<li><a href="https://example.com/a" time_added="1600000000" tags="x,y">Première</a></li>
<li><a href="javascript:void(0)" time_added="1600000000">Bookmarklet</a></li>
<li><a href="https://example.com/b" time_added="1600000000">Second <b>bold
</ul>
<h1>Read Archive</h1>
<ul>
<li><a time_added="1600000000">No link</a></li>
<li><a href="https://example.com/c" time_added="1500000000">Third</a>
</body></html>
"""


def run(path: Path) -> Split:
    return parse_split(PocketImporter(), path)


def write(tmp_path: Path, text: str, name: str = "pocket.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_csv(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/pocket/wallabag/pocket.csv")
    assert (len(records), len(errors), len(skipped)) == (7, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {"wishlist": 5, "finished": 2}
    first = records[0]
    assert (first.title, first.row) == ("You Might Not Need jQuery", 2)
    assert first.events[0].at == "2020-09-17T06:06:28+00:00"
    assert first.identifiers == {"url": "http://youmightnotneedjquery.com/"}
    numerama = records[4]
    assert numerama.title.startswith("« Tu vas pleurer les premières fois »")
    assert "#" not in numerama.identifiers["url"] and numerama.source_key == numerama.identifiers["url"]
    bees = records[6]  # a title over three physical lines
    assert bees.row == 8
    assert bees.title == "Des abeilles pour résoudre les « conflits » entre les humains et les élépha"
    assert [e.type for e in records[3].events] == ["finished"]
    assert all(r.kind == "article" for r in records)


@pytest.mark.realdata
def test_real_html(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/pocket/wallabag/ril_export.html")
    assert (len(records), len(errors), len(skipped)) == (2, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {"wishlist": 2}
    first = records[0]
    assert first.title == "Tarn : Des lapins ravagent le terrain, le match de rugby doit être annulé"
    assert first.row == 11
    assert [s.name for s in first.subjects] == ["ifttt", "new_entry_simple"]
    assert first.events[0].at == "2023-07-06T07:31:35+00:00"


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = PocketImporter()
    assert importer.detect(Source(shared_data / "exports/pocket/wallabag/pocket.csv")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/pocket/wallabag/ril_export.html")) >= 0.9
    for other in ("instapaper/wallabag/instapaper-export.csv",
                  "netscape-bookmarks/wallabag/shaarli-bookmarks.html",
                  "goodreads/bookwyrm/goodreads.csv"):
        assert importer.detect(Source(shared_data / "exports" / other)) <= 0.2
    assert importer.detect(Source(write(tmp_path, "hello\n", "notes.txt"))) <= 0.2


def test_malformed_html_keeps_good_links(tmp_path: Path) -> None:
    records, errors, skipped = run(write(tmp_path, HTML, "ril_export.html"))
    assert [r.title for r in records] == ["Première", "Second bold", "Third"]
    assert [[e.type for e in r.events] for r in records] == [["wishlist"], ["wishlist"], ["finished"]]
    assert [r.row for r in records] == [4, 6, 11]
    assert [(e.row, e.message) for e in errors] == [(10, "no URL")]
    assert [s.row for s in skipped] == [5]


def test_csv_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, CSV))
    assert not errors
    cafe = records[0]
    assert cafe.identifiers == {"url": "https://example.com/cafe"}
    assert [s.name for s in cafe.subjects] == ["food", "paris"]
    assert [e.type for e in cafe.events] == ["finished"]


def test_missing_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'url'"):
        run(write(tmp_path, "title,link,time_added\nA,https://x.org,1\n"))


def test_garbage_rows(tmp_path: Path) -> None:
    text = CSV + "Bad url,not a url,1600000000,,unread\nBad time,https://ok.org,yesterday,,unread\n"
    text += "Fine,https://fine.org/,1600000000,,archive\n"
    records, errors, _ = run(write(tmp_path, text))
    assert [r.title for r in records] == ["Café society", "Unread one", "Fine"]
    assert [e.row for e in errors] == [4, 5]
    assert "not a web address" in errors[0].message and "time_added" in errors[1].message


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, CSV, encoding=encoding))
    assert not errors and records[0].title == "Café society"

