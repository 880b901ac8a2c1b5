"""LibraryThing tab-delimited export: the real fixture (UTF-8 with one broken byte), encodings."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.librarything import LibraryThingImporter
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

COLUMNS = [
    "Book Id", "Title", "Sort Character", "Primary Author", "Primary Author Role",
    "Secondary Author", "Secondary Author Roles", "Publication", "Date", "Review", "Rating",
    "Comment", "Private Comment", "Summary", "Media", "Physical Description", "Weight", "Height",
    "Thickness", "Length", "Dimensions", "Page Count", "LCCN", "Acquired", "Date Started",
    "Date Read", "Barcode", "BCID", "Tags", "Collections", "Languages", "Original Languages",
    "LC Classification", "ISBN", "ISBNs", "Subjects", "Dewey Decimal", "Dewey Wording",
    "Other Call Number", "Copies", "Source", "Entry Date", "From Where", "OCLC", "Work id",
    "Lending Patron", "Lending Status", "Lending Start", "Lending End",
]


def _line(**values: str) -> str:
    return "\t".join(values.get(name.replace(" ", "_"), "") for name in COLUMNS)


HEADER = "\t".join(COLUMNS)
ROW = _line(
    Book_Id="101", Title='Le Maître et Marguerite "poche"', Primary_Author="Boulgakov, Mikhaïl",
    Secondary_Author="Ligny, Claude", Secondary_Author_Roles="Translator", Date="1994",
    Rating="3.5", Summary="A devil visits Moscow.", Page_Count="579 ", Date_Started="[2020-01-02]",
    Date_Read="[2020-02-03]", Tags="roman, russe", Collections="Your library, Favoris",
    Languages="French", ISBN="[2266062328]", ISBNs="2266062328, 9782266062329",
    Subjects="Allegories|Moscow (Russia) > Fiction", Entry_Date="[2006-07-25]", Work_id="10151",
)
WISH = _line(Book_Id="102", Title="Rayuela", Primary_Author="Cortázar, Julio",
             Collections="Wishlist", Entry_Date="[2021-05-01]")


def _parse(path: Path) -> list[ParseResult]:
    return list(LibraryThingImporter().parse(Source(path)))


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "lt.tsv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_fixture_with_a_broken_byte(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/librarything/bookwyrm/librarything.tsv")
    records = records_only(results)
    assert len(results) == 3 and len(records) == 3
    assert Counter(e.type for r in records for e in r.events) == {"rated": 2, "finished": 1}
    marelle, incendie, maitre = records
    # The file is UTF-8 except one stray byte: the UTF-8 text must not turn into mojibake.
    assert marelle.creators[0].name == "Julio Cortazar"
    assert "expérimental" in [s.name for s in marelle.subjects]
    assert "Cortâazar, Julio. Rayuela" in [s.name for s in marelle.subjects]  # the stray 0xE2
    assert [(e.type, e.at, e.value) for e in marelle.events] == [
        ("finished", "2007-05-08", None), ("rated", "2007-05-08", 4.5)
    ]
    assert marelle.identifiers == {
        "isbn10": "2070291340", "isbn13": "9782070291342", "librarything": "57814"
    }
    assert marelle.year == 1979 and marelle.pages == 590 and marelle.language == "fr"
    assert incendie.title.startswith("Le grand incendie de Londres: Récit")
    assert incendie.events[0].value == 5.0 and incendie.events[0].at == "2006-07-25"
    assert maitre.title == "Le Maître et Marguerite"
    assert maitre.creators[0].name == "Mikhaïl Boulgakov" and maitre.events == []
    assert maitre.row == 4 and maitre.source_key == "librarything:5015399"


@pytest.mark.realdata
def test_detect(shared_data: Path) -> None:
    importer = LibraryThingImporter()
    assert importer.detect(Source(shared_data / "exports/librarything/bookwyrm/librarything.tsv")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/goodreads/bookwyrm/goodreads.csv")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/calibre/bookwyrm/calibre.csv")) <= 0.2


def test_statuses_roles_and_quotes(tmp_path: Path) -> None:
    maitre, rayuela = records_only(_parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{WISH}\n")))
    assert maitre.title == 'Le Maître et Marguerite "poche"'  # no CSV quoting in LibraryThing TSV
    assert [(c.name, c.role) for c in maitre.creators] == [
        ("Mikhaïl Boulgakov", "author"), ("Claude Ligny", "translator")
    ]
    assert maitre.description == "A devil visits Moscow."
    assert ("Favoris", "collection") in [(s.name, s.kind) for s in maitre.subjects]
    assert [e.type for e in rayuela.events] == ["wishlist"]
    assert rayuela.events[0].at == "2021-05-01"


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records = records_only(_parse(_write(tmp_path, f"{HEADER}\r\n{ROW}\r\n{WISH}\r\n", encoding)))
    assert records[0].creators[0].name == "Mikhaïl Boulgakov"
    assert records[1].creators[0].name == "Julio Cortázar"


def test_missing_required_column(tmp_path: Path) -> None:
    header = HEADER.replace("Primary Author\t", "Author\t")
    with pytest.raises(ImportFormatError, match="'Primary Author'"):
        _parse(_write(tmp_path, f"{header}\n{ROW}\n"))


def test_garbage_row(tmp_path: Path) -> None:
    bad = _line(Book_Id="103", Title="Bad", Rating="lots")
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{bad}\n{WISH}\n"))
    assert [type(r).__name__ for r in results] == ["ImportRecord", "RowError", "ImportRecord"]
    assert isinstance(results[1], RowError) and results[1].row == 3


def test_short_and_blank_lines(tmp_path: Path) -> None:
    results = _parse(_write(tmp_path, f"{HEADER}\n\n104\tShort Title\n{WISH}"))
    assert [r.title for r in records_only(results)] == ["Short Title", "Rayuela"]
    assert records_only(results)[0].row == 3

