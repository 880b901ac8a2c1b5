"""goodbooks-10k books.csv as a catalogue (no events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.goodbooks import GoodbooksImporter, isbn10, isbn13
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

HEADER = (
    "book_id,goodreads_book_id,best_book_id,work_id,books_count,isbn,isbn13,authors,"
    "original_publication_year,original_title,title,language_code,average_rating,ratings_count,"
    "work_ratings_count,work_text_reviews_count,ratings_1,ratings_2,ratings_3,ratings_4,ratings_5,"
    "image_url,small_image_url"
)
ROW = (
    '1,5470,5470,153313,995,451524934,9.78045152494e+12,"George Orwell, Erich Fromm, Celâl Üster",'
    "1949.0,Nineteen Eighty-Four,1984,eng,4.14,1,1,1,1,1,1,1,1,,"
)


def _parse(path: Path) -> list[ParseResult]:
    return list(GoodbooksImporter().parse(Source(path)))


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "books.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_books_csv(shared_data: Path) -> None:
    results = _parse(shared_data / "goodbooks-10k/books.csv")
    records = records_only(results)
    assert len(results) == 10_000 and len(records) == 10_000
    assert all(not r.events for r in records)
    assert GoodbooksImporter.catalogue is True
    hunger = records[0]
    assert hunger.title == "The Hunger Games" and hunger.year == 2008 and hunger.language == "en"
    assert hunger.identifiers == {
        "goodreads": "2767052", "isbn10": "0439023483", "isbn13": "9780439023481"
    }
    assert hunger.alt_titles == ["The Hunger Games (The Hunger Games, #1)"]
    assert hunger.source_key == "goodbooks:2767052" and hunger.row == 2
    potter = records[1]
    assert potter.title == "Harry Potter and the Sorcerer's Stone"
    assert potter.original_title == "Harry Potter and the Philosopher's Stone"
    assert [(c.name, c.role) for c in potter.creators] == [
        ("J.K. Rowling", "author"), ("Mary GrandPré", "contributor")
    ]
    assert records[9].title == "Pride and Prejudice" and records[9].year == 1813
    kite = records[10]  # isbn13 "9.78159448e+12": rounded, but the ISBN-10 gives it exactly
    assert kite.identifiers["isbn13"] == "9781594480003"
    dragon = records[15]
    assert dragon.original_title == "Män som hatar kvinnor"


@pytest.mark.realdata
def test_real_samples(shared_data: Path) -> None:
    results = _parse(shared_data / "goodbooks-10k/samples/books.csv")
    assert len(results) == 99 and len(records_only(results)) == 99


@pytest.mark.realdata
def test_detect(shared_data: Path) -> None:
    importer = GoodbooksImporter()
    assert importer.detect(Source(shared_data / "goodbooks-10k/books.csv")) >= 0.9
    assert importer.detect(Source(shared_data / "goodbooks-10k/samples/books.csv")) >= 0.9
    assert importer.detect(Source(shared_data / "goodbooks-10k/samples/ratings.csv")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/goodreads/bookwyrm/goodreads.csv")) <= 0.2


def test_isbn_reconstruction() -> None:
    assert isbn10("439023483") == "0439023483"
    assert isbn10("61120081") == "0061120081"
    assert isbn10("043965548X") == "043965548X"
    assert isbn10("123456788") is None  # bad checksum once padded
    assert isbn13("9.78043902348e+12", "0439023483") == "9780439023481"
    assert isbn13("9.78043902348e+12", None) is None  # 12 digits: the last one is lost
    assert isbn13("9780306406157", None) == "9780306406157"  # written out in full
    assert isbn13("9.780306406157e+12", None) == "9780306406157"
    assert isbn13("9.79043902348e+12", "0439023483") is None  # disagrees with the ISBN-10
    assert isbn13("", "0439023483") is None


def test_row_values(tmp_path: Path) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\n{ROW}\n")))[0]
    assert record.title == "1984" and record.original_title == "Nineteen Eighty-Four"
    assert record.identifiers == {
        "goodreads": "5470", "isbn10": "0451524934", "isbn13": "9780451524935"
    }
    assert [c.name for c in record.creators] == ["George Orwell", "Erich Fromm", "Celâl Üster"]


def test_missing_required_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'goodreads_book_id'"):
        _parse(_write(tmp_path, HEADER.replace("goodreads_book_id", "gr_id") + "\n"))


def test_garbage_row(tmp_path: Path) -> None:
    bad = ROW.replace("1,5470,", "2,abc,")
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{bad}\n{ROW}\n"))
    assert [type(r).__name__ for r in results] == ["ImportRecord", "RowError", "ImportRecord"]
    assert isinstance(results[1], RowError) and results[1].row == 3


def test_cut_row(tmp_path: Path) -> None:
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{ROW[:40]}"))
    assert isinstance(results[-1], RowError) and results[-1].row == 3


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\r\n{ROW}\r\n", encoding)))[0]
    assert record.creators[2].name == "Celâl Üster"

