"""Netscape bookmark HTML parser: Shaarli and linkding files, folders, broken pages."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.netscape_bookmarks import NetscapeBookmarksImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

FIREFOX_STYLE = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks Menu</H1>
<DL><p>
    <DT><H3 ADD_DATE="1" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks Toolbar</H3>
    <DL><p>
        <DT><A HREF="https://example.com/toolbar" ADD_DATE="1600000000">Sur la barre</A>
        <DT><H3>Cuisine</H3>
        <DD>Folder description, not a bookmark's
        <DL><p>
            <DT><A HREF="https://example.com/soupe" ADD_DATE="1600000000000"
                   TAGS="soupe,hiver" TOREAD="1">Soupe à l'oignon</A>
            <DD>Une recette &amp; une histoire
        </DL><p>
    </DL><p>
    <DT><A HREF="place:sort=8&maxResults=10">Recent tags</A>
    <DT><A HREF="https://example.com/menu">Menu item</A>
</DL>
"""
BROKEN = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p><DT><H3>Folder <b>one</H3>
<DL>
<DT><A HREF="https://example.com/1">Unclosed first
<DT><A HREF="https://example.com/2" ADD_DATE="soon">Second</A></DT></DT></DT>
<DT><A>No href at all</A>
<DT><A HREF="not a url">Broken URL</A>
<DT><A HREF='https://example.com/3'>Third<</A>
<p></td></table>
<DT><A HREF="https://example.com/4">Fourth
"""


def run(path: Path) -> Split:
    return parse_split(NetscapeBookmarksImporter(), path)


def write(tmp_path: Path, text: str, name: str = "bookmarks.html", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_shaarli(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/netscape-bookmarks/wallabag/shaarli-bookmarks.html")
    assert (len(records), len(errors), len(skipped)) == (2, 0, 0)
    assert Counter(e.type for r in records for e in r.events) == {"liked": 2}
    first, second = records
    assert first.title.startswith("The Legacy of Firefox OS. In the two years or so since Mozilla…")
    assert first.row == 9 and first.events[0].at == "2023-06-15T07:18:38+00:00"
    assert first.description is not None and first.description.startswith("In the two years")
    assert [s.name for s in first.subjects] == ["firefoxos"]
    assert second.title == "JO Paris 2024 : Où courir dans la capitale maintenant que les quais sont fermés ?"
    assert second.description is None  # the <script> after the list is not a description


@pytest.mark.realdata
def test_real_linkding_timestamps(shared_data: Path) -> None:
    path = shared_data / "exports/netscape-bookmarks/linkding/simple_valid_import_file.html"
    records, errors, skipped = run(path)
    assert (len(records), len(errors), len(skipped)) == (3, 0, 0)
    # ADD_DATE in seconds, milliseconds and microseconds: the same moment
    assert {r.events[0].at for r in records} == {"2021-03-21T14:39:19+00:00"}
    assert [r.row for r in records] == [11, 14, 17]
    assert [r.description for r in records] == [f"test description {i}" for i in (1, 2, 3)]
    assert records[2].identifiers == {"url": "https://example.com/3"}


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = NetscapeBookmarksImporter()
    for name in ("wallabag/shaarli-bookmarks.html", "linkding/simple_valid_import_file.html"):
        assert importer.detect(Source(shared_data / "exports/netscape-bookmarks" / name)) >= 0.9
    assert importer.detect(Source(shared_data / "exports/pocket/wallabag/ril_export.html")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/chrome-bookmarks/wallabag/chrome-bookmarks")) <= 0.2
    assert importer.detect(Source(write(tmp_path, "plain words\n", "notes.txt"))) <= 0.2


def test_folders_tags_toread(tmp_path: Path) -> None:
    records, errors, skipped = run(write(tmp_path, FIREFOX_STYLE))
    assert not errors
    assert [s.reason for s in skipped] == ["not a web page (place: link)"]
    toolbar, soup, menu = records
    assert toolbar.subjects == [] and menu.subjects == []  # the browser's own folders
    assert [(s.name, s.kind) for s in soup.subjects] == [
        ("soupe", "tag"), ("hiver", "tag"), ("Cuisine", "collection")
    ]
    assert soup.title == "Soupe à l'oignon" and soup.description == "Une recette & une histoire"
    assert [(e.type, e.at) for e in soup.events] == [("wishlist", "2020-09-13T12:26:40+00:00")]
    assert toolbar.description is None
    assert [e.type for e in menu.events] == ["liked"] and menu.events[0].at is None


def test_malformed_html_keeps_good_links(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, BROKEN))
    assert [r.title for r in records] == ["Unclosed first", "Second", "Third<", "Fourth"]
    assert all(r.subjects[0].name == "Folder one" for r in records)
    assert records[1].events[0].at is None  # ADD_DATE="soon"
    assert [e.row for e in errors] == [6, 7]
    assert "no URL" in errors[0].message and "not a web address" in errors[1].message


def test_no_links(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="no bookmark links"):
        run(write(tmp_path, "<html><body><p>Nothing here</p></body></html>"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = FIREFOX_STYLE.replace("charset=UTF-8", "")
    records, errors, _ = run(write(tmp_path, text, encoding=encoding))
    assert not errors and records[1].title == "Soupe à l'oignon"

