from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engine import open_library


def _comparable(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = {}
    keymap = {}
    for entry in data["items"]:
        key = (entry["kind"], entry["title"], entry["year"])
        keymap[entry["key"]] = key
        items[key] = {
            k: (sorted(map(json.dumps, v)) if isinstance(v, list) else v)
            for k, v in entry.items() if k not in ("key", "created_at", "updated_at")
        }
    events = sorted(
        (keymap[e["item"]], e["profile"], e["type"], e["value"], e["at"]) for e in data["events"]
    )
    return {"items": items, "events": events, "profiles": data["profiles"]}


def test_export_import_round_trip_is_lossless(tmp_path: Path) -> None:
    with open_library(tmp_path / "a") as lib:
        lib.load_sample()
        some = lib.items(kind="film")[0].id
        lib.rate(some, 3.5, profile="guest")
        lib.feedback(some, "dismiss")
        lib.export(tmp_path / "a.json")
    with open_library(tmp_path / "b") as lib:
        report = lib.import_path(tmp_path / "a.json")
        assert report.status == "completed" and report.errors == []
        assert report.format == "shelfwise"
        lib.export(tmp_path / "b.json")
        again = lib.import_path(tmp_path / "a.json")
        assert (again.created, again.updated) == (0, 0)
    first, second = _comparable(tmp_path / "a.json"), _comparable(tmp_path / "b.json")
    assert first == second
    assert len(first["items"]) >= 150
    assert any(e[1] == "guest" for e in first["events"])
