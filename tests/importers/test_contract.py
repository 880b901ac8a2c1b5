"""The contract every format inherits: binary and empty files are never detected as the
format, and parsing them is refused with a clear ImportFormatError (never a crash).

A new format only needs a typical file name in ``FILE_NAMES`` to be covered.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.base import all_importers
from engine.importers.source import Source

# The names the person's file usually has, so extension-based branches are exercised too.
FILE_NAMES: dict[str, tuple[str, ...]] = {
    "bibtex": ("refs.bib",), "bookwyrm": ("bookwyrm.csv",),
    "browser_bookmarks": ("Bookmarks", "bookmarks.json"), "calibre_csv": ("catalog.csv",),
    "calibre_library": ("metadata.db",), "csl_json": ("items.json",),
    "delicious": ("delicious.json",), "documents": ("notes.txt", "notes.md"),
    "elcurator": ("elcurator.json",), "generic_csv": ("list.csv",), "generic_json": ("items.json",),
    "goodbooks": ("books.csv",), "goodreads": ("goodreads_library_export.csv",),
    "imdb": ("ratings.csv",), "instapaper": ("instapaper.csv",),
    "letterboxd": ("diary.csv", "watched.csv"), "librarything": ("librarything.tsv",),
    "movielens": ("movies.csv", "u.item"), "netflix": ("NetflixViewingHistory.csv",),
    "netscape_bookmarks": ("bookmarks.html",), "omnivore": ("omnivore.json",),
    "openlibrary": ("reading-log.csv",), "openreads": ("openreads.csv",), "opml": ("feeds.opml",),
    "pinboard": ("pinboard.json",), "pocket": ("pocket.csv", "ril_export.html"),
    "readability": ("readability.json",), "ris": ("refs.ris",), "shelfwise": ("library.json",),
    "storygraph": ("storygraph.csv",), "tmdb": ("ratings.csv",), "trakt": ("ratings.json",),
    "wallabag": ("wallabag.json",), "zotero_rdf": ("library.rdf",),
}
BINARY = {
    "noise": bytes(range(256)) * 8,
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
    "gzip": b"\x1f\x8b\x08\x00" + bytes(range(256)) * 2,
    "sqlite-junk": b"\x00\x01\x02\x03SQLite format 3\x00" + bytes(range(256)),
    "nul-run": b"\x00\x01\x02" * 500,
    "ico": b"\x00\x00\x01\x00" + bytes(range(256)) * 2,
    "header-then-noise": b"\x00\xffmovieId" + bytes(range(256)) * 2,
}
EMPTY = {"empty": b"", "blank": b"  \n", "newlines": b"\n\n"}
# Formats whose refusal says what they expected instead of "binary" / "empty".
SAYS = {
    ("calibre_library", "binary"): "not an SQLite database",
    ("calibre_library", "empty"): "not an SQLite database",
}

# A blank .txt/.md is still a text document by its name; it is refused when parsed ("empty").
CLAIMS_BLANK_BY_NAME = {"documents"}


def test_every_format_is_covered() -> None:
    assert set(FILE_NAMES) == set(all_importers())


def _cases(contents: dict[str, bytes], what: str) -> list[object]:
    return [
        pytest.param(fmt, name, data, what, id=f"{fmt}-{name}-{label}")
        for fmt, names in sorted(FILE_NAMES.items())
        for name in names
        for label, data in contents.items()
    ]


@pytest.mark.parametrize(("fmt", "name", "data", "what"), _cases(BINARY, "binary") + _cases(EMPTY, "empty"))
def test_binary_and_empty_files_are_refused(
    tmp_path: Path, fmt: str, name: str, data: bytes, what: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    importer = all_importers()[fmt]()
    if not (fmt in CLAIMS_BLANK_BY_NAME and data and not data.strip()):
        assert importer.detect(Source(path)) == 0.0
    with pytest.raises(ImportFormatError, match=SAYS.get((fmt, what), what)) as refused:
        list(importer.parse(Source(path)))
    assert str(refused.value).startswith(name)
