"""Chat with the real bundled model (SmolLM2-135M through llama.cpp) and the real MiniLM index over
the sample library: the whole test set of requests, prompt injection, streaming and the CLI."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine import Library, open_library
from engine.chat.service import ChatTurn
from engine.cli import main
from engine.library.models import Item
from engine.model_files import bundled_llm
from tests.llm.chat_requests import CASES, read_back, score
from tests.llm.injection import add_injected_film

pytestmark = pytest.mark.skipif(not bundled_llm().found, reason="the bundled model is not installed")


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = open_library(tmp_path_factory.mktemp("chat") / "home")
    library.load_sample()
    library.index()
    yield library
    library.close()


@pytest.fixture(scope="module")
def turns(lib: Library) -> list[tuple[str, dict[str, Any], ChatTurn]]:
    return [(text, expected, lib.chat(text)) for text, expected in CASES]


def test_the_intent_layer_reads_the_test_set(lib: Library, turns: list[tuple[str, dict[str, Any], ChatTurn]]) -> None:
    right = counted = 0
    for _, expected, turn in turns:
        found = read_back(turn.intent, lambda i: lib.item(i).title, lib.chat_service.people.name)
        r, c, _ = score(found, expected)
        right, counted = right + r, counted + c
    assert counted >= 100
    assert right / counted >= 0.9
    assert all(turn.model == "SmolLM2-135M-Instruct (bundled)" for _, _, turn in turns)


def test_the_items_meet_the_constraints(lib: Library, turns: list[tuple[str, dict[str, Any], ChatTurn]]) -> None:
    names = {p.name: p.key for p in _people(lib)}
    for text, expected, turn in turns:
        assert turn.items, text
        refs = {i for t in expected.get("refs", []) for i in lib.store.items.find_by_title(t)}
        required = [f"genre:{g}" for g in expected.get("genres", ())]
        required += [names[n] for n in expected.get("people", ())]
        linked = set().union(*(lib.recommender.linked(k) for k in required)) if required else None
        avoided = set().union(*(lib.recommender.linked(k) for k in expected.get("avoid", ())))
        low, high = expected.get("years", (None, None))
        for rec in turn.items:
            item = rec.item
            assert expected.get("kind") in (None, item.kind), (text, item.title)
            assert low is None or (item.year or 0) >= low, (text, item.title)
            assert high is None or (item.year or 9999) <= high, (text, item.title)
            assert item.runtime_minutes is None or item.runtime_minutes <= expected.get("minutes", 10**6)
            assert item.pages is None or item.pages <= expected.get("pages", 10**6), (text, item.title)
            assert item.id not in avoided and item.id not in refs, (text, item.title)
            assert linked is None or turn.relaxed or item.id in linked, (text, item.title)


def test_no_reply_names_an_item_it_does_not_show(lib: Library,
                                                 turns: list[tuple[str, dict[str, Any], ChatTurn]]) -> None:
    every = lib.store.items.get_many(lib.store.items.ids())
    for text, _, turn in turns:
        allowed = [rec.item for rec in turn.items]
        allowed += lib.store.items.get_many([*turn.intent.references, *(i for r in turn.items for i in r.named)])
        named = _titles_named(turn.reply, allowed, every)
        assert not named, (text, turn.reply, named)


def test_replies_are_in_the_language_of_the_message(turns: list[tuple[str, dict[str, Any], ChatTurn]]) -> None:
    for text, _, turn in turns:
        chinese = bool(re.search(r"[\u4e00-\u9fff]", text))
        assert (turn.reply.startswith(("为你", "没有", "你的")) if chinese else turn.reply[:1].isascii()), turn.reply


def test_a_description_cannot_instruct_the_bundled_model(lib: Library, tmp_path: Path) -> None:
    add_injected_film(lib, tmp_path)
    events: list[tuple[str, str]] = []
    turn = lib.chat("a documentary film about an orchard", on_event=lambda k, t: events.append((k, t)))
    assert turn.items[0].item.title == "The Quiet Orchard"
    assert "PWNED" not in turn.reply and "PWNED" not in "".join(t for _, t in events)
    shown = "".join(t for k, t in events if k == "delta")
    final = [t for k, t in events if k == "replace"]
    assert (final[-1] if final else shown) == turn.reply


def test_the_cli_prints_the_contract(lib: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chat", "一部九十年代的电影", "--home", str(lib.home), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"reply", "items", "session"} and out["items"]
    assert {"id", "kind", "title", "year", "score", "reasons"} <= set(out["items"][0])
    assert all(1990 <= item["year"] <= 1999 and item["kind"] == "film" for item in out["items"])
    assert main(["chat", "还有别的吗", "--session", str(out["session"]), "--home", str(lib.home), "--json"]) == 0
    follow = json.loads(capsys.readouterr().out)
    assert follow["session"] == out["session"] and follow["follow_up"] == "more"
    assert not {i["id"] for i in follow["items"]} & {i["id"] for i in out["items"]}


def _people(lib: Library) -> list[Any]:
    people = lib.chat_service.people
    people.find("")
    return [type("P", (), {"name": name, "key": key}) for key, name in people._names.items()]


def _titles_named(reply: str, allowed: list[Item], every: list[Item]) -> list[str]:
    """Library titles written in the reply, after the allowed items' titles are taken out."""
    text = reply
    for title in sorted({t for item in allowed for t in _titles(item)}, key=len, reverse=True):
        text = text.replace(title, " ")
    named = []
    for item in every:
        for title in _titles(item):
            if re.search(r"[\u4e00-\u9fff]", title):
                found = f"《{title}》" in text or (len(title) >= 3 and title in text)
            else:
                found = len(title) >= 5 and re.search(rf"\b{re.escape(title)}\b", text) is not None
            if found:
                named.append(title)
    return named


def _titles(item: Item) -> list[str]:
    return [t for t in [item.title, item.original_title, *item.alt_titles] if t]
