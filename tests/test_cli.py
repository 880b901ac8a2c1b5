from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli

REPORT_KEYS = {"run", "format", "created", "updated", "skipped", "unmatched", "errors"}
ITEM_KEYS = {"id", "kind", "title", "year", "creators"}


def test_sample_then_items_json_shapes(shelfwise_home: Path) -> None:
    code, report, err = run_cli("sample", "--json", home=shelfwise_home)
    assert code == 0, err
    assert set(report) >= REPORT_KEYS
    assert report["created"] >= 150 and report["errors"] == []
    code, items, _ = run_cli("items", "--json", home=shelfwise_home)
    assert code == 0
    assert len(items) == report["created"]
    assert all(set(item) >= ITEM_KEYS for item in items)
    assert {item["kind"] for item in items} >= {"book", "film", "article"}
    code, books, _ = run_cli("items", "--kind", "book", "--json", home=shelfwise_home)
    assert books and all(b["kind"] == "book" for b in books)
    code, found, _ = run_cli("--json", "items", "--search", "三体", home=shelfwise_home)
    assert code == 0 and any(item["title"] == "三体" for item in found)


def test_sample_twice_adds_nothing(shelfwise_home: Path) -> None:
    run_cli("sample", "--json", home=shelfwise_home)
    code, report, _ = run_cli("sample", "--json", "--home", str(shelfwise_home), home=shelfwise_home)
    assert code == 0 and report["created"] == 0 and report["updated"] == 0


def test_feedback_json_and_errors(shelfwise_home: Path) -> None:
    run_cli("sample", "--json", home=shelfwise_home)
    code, items, _ = run_cli("items", "--json", "--kind", "film", home=shelfwise_home)
    film = items[0]["id"]
    code, out, _ = run_cli("feedback", str(film), "rate=4.5", "--json", home=shelfwise_home)
    assert code == 0 and out["state"]["rating"] == 4.5
    code, out, _ = run_cli("feedback", str(film), "dismiss", "--json", home=shelfwise_home)
    assert out["state"]["dismissed"] is True
    code, out, _ = run_cli("feedback", str(film), "undo", "--json", home=shelfwise_home)
    assert out["state"]["dismissed"] is False
    code, out, err = run_cli("feedback", "999999", "like", "--json", home=shelfwise_home)
    assert code == 1 and "no item" in out["error"] and "Traceback" not in err
    code, out, err = run_cli("feedback", str(film), "rate=lots", home=shelfwise_home)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2(shelfwise_home: Path) -> None:
    assert run_cli("no-such-command", home=shelfwise_home)[0] == 2
    assert run_cli("feedback", "not-a-number", "like", home=shelfwise_home)[0] == 2
    assert run_cli("items", "--kind", "podcast", home=shelfwise_home)[0] == 2


def test_doctor_reports_health(shelfwise_home: Path) -> None:
    code, report, err = run_cli("doctor", "--json", home=shelfwise_home)
    assert code == 0, (report, err)
    assert report["healthy"] is True
    assert report["database"]["integrity"] == "ok"
    assert report["database"]["schema_version"] >= 1
    roles = {m["role"]: m for m in report["models"]}
    assert roles["embedding"]["found"] and roles["llm"]["found"]
    assert all(len(f["sha256"]) == 64 for m in report["models"] for f in m["files"])
    assert report["offline"]["HF_HUB_OFFLINE"] is True


def test_import_unknown_file_is_one_line_error(shelfwise_home: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.xyz"
    bogus.write_bytes(bytes(range(256)) * 4)
    code, out, err = run_cli("import", str(bogus), "--json", home=shelfwise_home)
    assert code == 1 and set(out) >= REPORT_KEYS and out["status"] == "refused"
    assert "unsupported" in out["errors"][0]["message"]
    assert "Traceback" not in err
    code, out, err = run_cli("import", str(tmp_path / "missing.csv"), home=shelfwise_home)
    assert code == 1 and "no such file" in err


def test_export_and_backup_commands(shelfwise_home: Path, tmp_path: Path) -> None:
    run_cli("sample", "--json", home=shelfwise_home)
    code, out, _ = run_cli("export", str(tmp_path / "out.json"), "--json", home=shelfwise_home)
    assert code == 0 and out["items"] >= 150
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["format"] == "shelfwise-export" and len(data["items"]) == out["items"]
    code, out, _ = run_cli("backup", str(tmp_path / "copy.sqlite"), "--json", home=shelfwise_home)
    assert code == 0 and Path(out["path"]).stat().st_size > 0


def test_help_and_version(shelfwise_home: Path) -> None:
    code, out, _ = run_cli("--help", home=shelfwise_home)
    assert code == 0 and "import" in out and "doctor" in out
    code, out, _ = run_cli("--version", home=shelfwise_home)
    assert code == 0 and out.startswith("shelfwise ")


def test_every_command_is_documented_in_the_readme() -> None:
    import argparse

    from engine.cli import build_parser
    from tests.helpers import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = [name for name in sub.choices if f"shelfwise {name}" not in readme]
    assert not missing, f"commands not in README: {missing}"


@pytest.mark.slow
def test_index_related_and_filtered_search_commands(shelfwise_home: Path) -> None:
    run_cli("sample", "--json", home=shelfwise_home)
    code, report, _ = run_cli("index", "--json", home=shelfwise_home)
    assert code == 0 and report["status"] == "completed" and report["items"] == 195
    code, again, _ = run_cli("index", "--json", home=shelfwise_home)
    assert code == 0 and again["status"] == "up to date" and again["encoded"] == 0

    code, hits, _ = run_cli("items", "--search", "Villeneuve", "--json", home=shelfwise_home)
    arrival = next(h for h in hits if h["title"] == "Arrival")
    assert code == 0 and {"score", "id", "kind", "title", "year"} <= set(arrival)
    code, related, _ = run_cli("related", str(arrival["id"]), "-k", "5", "--json", home=shelfwise_home)
    assert code == 0 and len(related["related"]) == 5
    assert all(entry["reason"] for entry in related["related"])

    code, books, _ = run_cli("items", "--search", "time travel", "--kind", "book", "--year-from", "2000",
                             "--json", home=shelfwise_home)
    assert code == 0 and books and all(b["kind"] == "book" and b["year"] >= 2000 for b in books)
    code, _, err = run_cli("items", "--year-from", "2000", home=shelfwise_home)
    assert code == 1 and "go with --search" in err
    code, _, err = run_cli("related", "99999", home=shelfwise_home)
    assert code == 1 and "99999" in err


def test_eval_refuses_a_missing_data_folder(shelfwise_home: Path, tmp_path: Path) -> None:
    code, out, _ = run_cli("eval", "ml100k-random", "--data", str(tmp_path / "nowhere"), "--json",
                             home=shelfwise_home)
    assert code == 1 and "not a folder" in out["error"]
    (tmp_path / "empty").mkdir()
    code, out, _ = run_cli("eval", "mlsmall-loo", "--data", str(tmp_path / "empty"), "--json",
                           home=shelfwise_home)
    assert code == 1 and "ratings.csv" in out["error"]


@pytest.mark.realdata
@pytest.mark.slow
def test_eval_ml100k_random_prints_every_baseline(shelfwise_home: Path, shared_data: Path) -> None:
    code, out, _ = run_cli("eval", "ml100k-random", "--data", str(shared_data / "ml-100k"), "--json",
                           home=shelfwise_home)
    assert code == 0
    models = {row["model"]: row for row in out["rows"]}
    assert {"Popularity", "ItemKNN", "EASE", "ImplicitALS"} <= set(models)
    assert 0.44 < models["EASE"]["NDCG@10"] < 0.53
    assert models["Popularity"]["NDCG@10"] < models["EASE"]["NDCG@10"]
