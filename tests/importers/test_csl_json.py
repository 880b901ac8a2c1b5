"""CSL-JSON parser: the real ArmEnBib Zotero export, Zotero's toy file, and bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.csl_json import CslJsonImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

ITEMS = [
    {
        "id": "http://zotero.org/users/1/items/ABCD1234",
        "type": "book",
        "title": "Les Misérables",
        "author": [{"family": "Hugo", "given": "Victor"}],
        "issued": {"date-parts": [[1862, 4]]},
        "ISBN": "978-2-07-040850-4",
        "language": "fr",
        "keyword": "roman, /unread",
    },
    {
        "id": "doe2020",
        "type": "article-journal",
        "title": "Graph methods",
        "author": [{"literal": "OpenAI Research"}, {"family": "Doe", "given": "Jane"}],
        "issued": {"date-parts": [["2020"]]},
        "DOI": "https://doi.org/10.1000/XYZ.123",
        "page": "10-19",
    },
]


def run(path: Path) -> Split:
    return parse_split(CslJsonImporter(), path)


def write(tmp_path: Path, data: object, name: str = "items.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.mark.realdata
def test_real_armenbib_export(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/zotero/ArmEnBib/Exported Items.json")
    assert (len(records), len(errors), len(skipped)) == (250, 0, 0)
    assert Counter(r.kind for r in records) == {"book": 212, "article": 38}
    assert sum(len(r.events) for r in records) == 0
    first = records[0]
    assert first.title == "Քննություն Մովսես Կաղանկատվացու [Study of Movses Kałankatvac‘i]"
    assert first.row == 2 and first.year == 2006 and first.language == "hy"
    assert first.creators[0].name == "Նիկողայոս [Nikołayos] Ադոնց [Adonc῾]"
    assert first.creators[1].role == "editor"
    assert first.identifiers["zotero"] == "groups/4625341/items/EXQDXHT8"
    assert first.source_key == "http://zotero.org/groups/4625341/items/EXQDXHT8"
    assert first.pages == 124  # pages 360-483
    assert sum("isbn13" in r.identifiers for r in records) == 17
    assert sum("url" in r.identifiers for r in records) == 216
    prayers = next(r for r in records if r.identifiers.get("isbn10") == "5808407753")
    assert prayers.identifiers["isbn13"] == "9785808407756"
    assert len({r.source_key for r in records}) == 250


@pytest.mark.realdata
def test_real_zotero_toy(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/zotero/zotero-tests/csl_json.json")
    assert (len(records), len(errors), len(skipped)) == (2, 0, 0)
    assert [(r.title, r.kind, r.row, r.source_key) for r in records] == [
        ("Title 1", "article", 2, "item1"),
        ("Title 2", "article", 8, "item2"),
    ]


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = CslJsonImporter()
    for name in ("ArmEnBib/Exported Items.json", "zotero-tests/csl_json.json"):
        assert importer.detect(Source(shared_data / "exports/zotero" / name)) >= 0.9
    for other in ("omnivore/wallabag/omnivore.json", "firefox-bookmarks/wallabag/firefox-bookmarks.json",
                  "goodreads/bookwyrm/goodreads.csv"):
        assert importer.detect(Source(shared_data / "exports" / other)) <= 0.2
    text = tmp_path / "notes.txt"
    text.write_text("just some words\n")
    assert importer.detect(Source(text)) <= 0.2


def test_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, ITEMS))
    assert not errors
    book, article = records
    assert (book.kind, book.year, book.language) == ("book", 1862, "fr")
    assert book.creators[0].name == "Victor Hugo"
    assert book.identifiers == {"isbn13": "9782070408504", "zotero": "users/1/items/ABCD1234"}
    assert [s.name for s in book.subjects] == ["roman"]
    assert [e.type for e in book.events] == ["wishlist"]  # Zotero's "/unread" tag
    assert article.identifiers["doi"] == "10.1000/xyz.123"
    assert [c.name for c in article.creators] == ["OpenAI Research", "Jane Doe"]
    assert article.pages == 10 and article.source_key == "doe2020"


def test_missing_title_and_garbage_rows(tmp_path: Path) -> None:
    data = [ITEMS[0], {"id": "x", "type": "book"}, "not an item", ITEMS[1]]
    path = write(tmp_path, data)
    records, errors, _ = run(path)
    assert [r.title for r in records] == ["Les Misérables", "Graph methods"]
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = [i + 1 for i, line in enumerate(lines) if line.startswith('  {') or line == '  "not an item",']
    assert [e.row for e in errors] == expected[1:3]
    assert "no title" in errors[0].message


def test_not_a_list(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="list"):
        run(write(tmp_path, 42))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "items.json"
    path.write_bytes(json.dumps(ITEMS[:1], ensure_ascii=False).encode(encoding))
    records, errors, _ = run(path)
    assert not errors and records[0].title == "Les Misérables"


def test_truncated_json(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps(ITEMS)[:-30], encoding="utf-8")
    with pytest.raises(ImportFormatError, match="truncated"):
        run(path)

