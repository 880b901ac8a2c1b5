"""``shelfwise community import | list | remove`` as a person runs them."""

from __future__ import annotations

from pathlib import Path

from tests.community.support import planted_rows, write_catalogue, write_ratings
from tests.helpers import run_cli

INFO_KEYS = {"name", "format", "source", "users", "ratings", "items", "mapped", "mapped_by_route",
             "sequential", "fitted_at", "seconds", "malformed_rows", "problems"}


def test_community_import_list_remove(shelfwise_home: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("import", str(write_catalogue(tmp_path / "catalogue")), "--json", home=shelfwise_home)
    assert code == 0, err
    ratings = write_ratings(tmp_path / "ml-planted" / "ratings.csv", planted_rows())
    with ratings.open("a", encoding="utf-8") as handle:
        handle.write("7,3,not-a-rating,5\n")
    code, info, err = run_cli("community", "import", str(ratings.parent), "--no-sequential", "--json",
                              home=shelfwise_home)
    assert code == 0, err
    assert set(info) >= INFO_KEYS and info["name"] == "ml-planted" and info["format"] == "movielens"
    assert info["mapped"] == 20 and info["mapped_by_route"] == {"movielens": 20} and info["sequential"] is False
    assert info["malformed_rows"] == 1 and info["problems"][0]["line"] == len(planted_rows()) + 2

    code, listed, _ = run_cli("community", "list", "--json", home=shelfwise_home)
    assert code == 0 and [p["name"] for p in listed] == ["ml-planted"]
    code, text, _ = run_cli("community", "list", home=shelfwise_home)
    assert code == 0 and "community pack ml-planted" in text and "20 in your library" in text

    bogus = tmp_path / "bogus.csv"
    bogus.write_bytes(bytes(range(256)) * 4)
    code, out, err = run_cli("community", "import", str(bogus), "--name", "ml-planted", "--json",
                             home=shelfwise_home)
    assert code == 1 and "binary" in out["error"] and "Traceback" not in err
    code, out, _ = run_cli("community", "remove", "ml-planted", "--json", home=shelfwise_home)
    assert code == 0 and out == {"removed": "ml-planted"}
    code, out, _ = run_cli("community", "remove", "ml-planted", "--json", home=shelfwise_home)
    assert code == 1 and "no community pack" in out["error"]
    assert run_cli("community", "import", str(ratings), "--format", "xml", home=shelfwise_home)[0] == 2
