"""The bundled sample library is what a new person sees first: check it is rich enough."""

from __future__ import annotations

import json
from collections import Counter

from engine import open_library
from engine.resources import resource


def test_sample_file_is_complete_and_consistent() -> None:
    data = json.loads(resource("sample", "library.json").read_text(encoding="utf-8"))
    items = data["items"]
    keys = [i["key"] for i in items]
    assert len(keys) == len(set(keys)) >= 150
    kinds = Counter(i["kind"] for i in items)
    assert kinds["book"] >= 40 and kinds["film"] >= 40 and kinds["article"] >= 15
    chinese = Counter(i["kind"] for i in items if i["language"] == "zh")
    assert chinese["book"] >= 20 and chinese["film"] >= 10 and chinese["article"] >= 5
    for item in items:
        assert item["title"] and isinstance(item["year"], int) and item["description"]
        assert item["creators"], item["key"]
        assert any(s["kind"] == "genre" for s in item["subjects"]), item["key"]
    assert {e["item"] for e in data["events"]} <= set(keys)
    types = Counter(e["type"] for e in data["events"])
    assert types["rated"] >= 20 and types["finished"] >= 20 and types["wishlist"] >= 5


def test_loading_sample_gives_history_and_untouched_items() -> None:
    with open_library() as lib:
        report = lib.load_sample()
        assert report.status == "completed" and report.errors == []
        states = lib.states()
        rated = [s for s in states.values() if s.rating is not None]
        assert len(rated) >= 20
        assert lib.count_items() - len(states) >= 100  # most of it is there to be recommended
