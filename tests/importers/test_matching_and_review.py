"""Matching across imports: certain matches merge, uncertain ones wait for the person."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine import Library, open_library
from tests.helpers import run_cli


@pytest.fixture
def lib() -> Library:
    library = open_library()
    yield library
    library.close()


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("title,author,year,rating\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _seed(lib: Library, tmp_path: Path) -> None:
    run = lib.import_path(
        _csv(tmp_path / "seed.csv", [
            "The Left Hand of Darkness,Ursula K. Le Guin,1969,5",
            "Dune,Frank Herbert,1965,4",
            "Neuromancer,William Gibson,1984,",
        ]),
        format="generic_csv",
    )
    assert run.created == 3


def test_certain_matches_merge_across_files(lib: Library, tmp_path: Path) -> None:
    _seed(lib, tmp_path)
    run = lib.import_path(
        _csv(tmp_path / "other.csv", [
            '"Left Hand of Darkness, The","Le Guin, Ursula K.",1969,4',  # article + name order
            "The Left Hand of Darknes,Ursula K. Le Guin,1970,",  # typo, same author, close year
            "DUNE,,,",  # same title, nothing else known
        ]),
        format="generic_csv",
    )
    assert (run.created, run.unmatched) == (0, 0)
    assert lib.count_items() == 3


def test_uncertain_match_goes_to_review_and_is_never_duplicated(
    lib: Library, tmp_path: Path
) -> None:
    _seed(lib, tmp_path)
    doubtful = _csv(tmp_path / "doubtful.csv", [
        "Dune,Frank Herbert,1984,3",  # same title and author, years far apart: another edition? film?
        "Necromancer,,,",  # one letter from Neuromancer, nothing else known
        "Snow Crash,Neal Stephenson,1992,4",  # new
    ])
    run = lib.import_path(doubtful, format="generic_csv")
    assert (run.created, run.unmatched) == (1, 2)
    assert lib.count_items() == 4
    entries = lib.review_entries()
    assert {(e["record"]["title"], e["candidate"]["title"]) for e in entries} == {
        ("Dune", "Dune"), ("Necromancer", "Neuromancer")
    }
    again = lib.import_path(doubtful, format="generic_csv")
    assert (again.created, again.unmatched) == (0, 2)
    assert len(lib.review_entries()) == 2 and lib.count_items() == 4

    dune = next(e for e in entries if e["record"]["title"] == "Dune")
    necro = next(e for e in entries if e["record"]["title"] == "Necromancer")
    assert lib.resolve_review(dune["id"], "same") == dune["candidate"]["id"]
    assert lib.state(dune["candidate"]["id"]).rating == 3
    new_id = lib.resolve_review(necro["id"], "different")
    assert new_id != necro["candidate"]["id"] and lib.item(new_id).title == "Necromancer"
    assert lib.review_entries() == [] and lib.count_items() == 5
    third = lib.import_path(doubtful, format="generic_csv")
    assert (third.created, third.unmatched, third.updated) == (0, 0, 0)


def test_review_cli(shelfwise_home: Path, tmp_path: Path) -> None:
    with open_library() as lib:
        _seed(lib, tmp_path)
    code, report, _ = run_cli(
        "import", str(_csv(tmp_path / "d.csv", ["Necromancer,,,"])), "--format", "generic_csv",
        "--json", home=shelfwise_home,
    )
    assert code == 0 and report["unmatched"] == 1
    code, entries, _ = run_cli("review", "--json", home=shelfwise_home)
    assert code == 0 and len(entries) == 1 and entries[0]["candidate"]["title"] == "Neuromancer"
    code, out, _ = run_cli("review", "--resolve", str(entries[0]["id"]), "different", "--json",
                           home=shelfwise_home)
    assert code == 0 and out["decision"] == "different"
    code, out, err = run_cli("review", "--resolve", str(entries[0]["id"]), "same", home=shelfwise_home)
    assert code == 1 and "already resolved" in err
