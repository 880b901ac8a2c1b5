"""Resolving an uncertain match after correcting the imported record's title and year."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine import Library, open_library
from engine.errors import UserError
from engine.importers.review_edit import resolve_review_edited


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_library(tmp_path / "home")
    seed = tmp_path / "seed.csv"
    seed.write_text("title,author,year,rating\nNeuromancer,William Gibson,1984,\nDune,Frank Herbert,1965,\n",
                    encoding="utf-8")
    assert library.import_path(seed, format="generic_csv").created == 2
    yield library
    library.close()


def _doubtful(lib: Library, tmp_path: Path) -> Path:
    path = tmp_path / "doubtful.csv"
    path.write_text("title,author,year,rating\nNecromancer,,,4\nDune,Frank Herbert,1984,3\n", encoding="utf-8")
    run = lib.import_path(path, format="generic_csv")
    assert run.unmatched == 2
    return path


def _entry(lib: Library, title: str) -> dict[str, Any]:
    return next(e for e in lib.review_entries() if e["record"]["title"] == title)


def test_edited_record_becomes_a_new_item_with_its_events(lib: Library, tmp_path: Path) -> None:
    path = _doubtful(lib, tmp_path)
    entry = _entry(lib, "Necromancer")
    item_id = resolve_review_edited(lib, entry["id"], title="  The   Necromancer ", year=1999)
    assert item_id != entry["candidate"]["id"]
    item = lib.item(item_id)
    assert (item.title, item.year, item.kind) == ("The Necromancer", 1999, "book")
    assert lib.state(item_id).rating == 4
    assert lib.item(entry["candidate"]["id"]).title == "Neuromancer"  # candidate untouched
    assert [e["record"]["title"] for e in lib.review_entries()] == ["Dune"]
    assert lib.count_items() == 3
    again = lib.import_path(path, format="generic_csv")  # the source row stays linked: no duplicate
    assert (again.created, again.unmatched) == (0, 1) and lib.count_items() == 3


def test_edited_record_merged_into_the_candidate_keeps_its_title(lib: Library, tmp_path: Path) -> None:
    _doubtful(lib, tmp_path)
    entry = _entry(lib, "Dune")
    item_id = resolve_review_edited(lib, entry["id"], title="Dune", year=1965, decision="same")
    assert item_id == entry["candidate"]["id"]
    assert lib.item(item_id).year == 1965 and lib.state(item_id).rating == 3
    assert lib.count_items() == 2


@pytest.mark.parametrize(("title", "year", "decision", "message"), [
    ("   ", 2000, "different", "title is empty"),
    ("Necromancer", 99999, "different", "not a plausible year"),
    ("Necromancer", None, "maybe", "'same' or 'different'"),
])
def test_bad_corrections_change_nothing(lib: Library, tmp_path: Path, title: str, year: int | None,
                                        decision: str, message: str) -> None:
    _doubtful(lib, tmp_path)
    entry = _entry(lib, "Necromancer")
    with pytest.raises(UserError, match=message):
        resolve_review_edited(lib, entry["id"], title=title, year=year, decision=decision)
    assert len(lib.review_entries()) == 2 and lib.count_items() == 2


def test_an_entry_is_resolved_only_once(lib: Library, tmp_path: Path) -> None:
    _doubtful(lib, tmp_path)
    entry = _entry(lib, "Necromancer")
    lib.resolve_review(entry["id"], "different")
    with pytest.raises(UserError, match="already resolved"):
        resolve_review_edited(lib, entry["id"], title="Necromancer", year=None)
    assert lib.count_items() == 3
