"""The item detail the library view shows: record, the person's history, related items with
reasons, and the graph neighbourhood — on the sample library indexed with the real MiniLM model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine import Library, open_library
from engine.errors import NotFoundError
from engine.item_detail import GRAPH_RELATED, item_detail
from tests.knowledge.conftest import item_by_title


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = open_library(tmp_path_factory.mktemp("detail") / "home")
    library.load_sample()
    assert library.index().status == "completed"
    yield library
    library.close()


def test_the_record_state_and_history(lib: Library) -> None:
    arrival = item_by_title(lib, "Arrival")
    detail = item_detail(lib, arrival)
    assert detail.item.title == "Arrival" and detail.item.year == 2016 and detail.item.runtime_minutes == 116
    assert ("Denis Villeneuve", "director") in [(c.name, c.role) for c in detail.item.creators]
    assert detail.state.rating == 5 and detail.state.status == "finished"
    assert [(h.type, h.value, h.at[:10]) for h in detail.history] == [
        ("rated", 5.0, "2021-03-13"), ("finished", None, "2021-03-13")]  # newest first
    assert all(h.dated and not h.undone for h in detail.history)
    assert detail.cover_file is None


def test_feedback_and_undo_show_in_the_history(lib: Library) -> None:
    hyperion = item_by_title(lib, "Hyperion")
    lib.feedback(hyperion, "like")
    lib.feedback(hyperion, "wishlist")
    lib.feedback(hyperion, "undo")  # takes back the wishlist
    detail = item_detail(lib, hyperion)
    assert [(h.type, h.undone) for h in detail.history][:2] == [("wishlist", True), ("liked", False)]
    assert "retracted" not in {h.type for h in detail.history}
    assert detail.state.liked and detail.state.status != "wishlist"
    lib.profile("someone else")
    assert item_detail(lib, hyperion, profile="someone else").history == ()


def test_related_items_come_with_reasons(lib: Library) -> None:
    arrival = item_by_title(lib, "Arrival")
    detail = item_detail(lib, arrival, related=8)
    titles = [r.title for r in detail.related]
    assert len(titles) == 8 and "Arrival" not in titles
    assert "Stories of Your Life and Others" in titles[:3], titles
    assert all(r.reason for r in detail.related), detail.related
    scores = [r.score for r in detail.related]
    assert scores == sorted(scores, reverse=True)
    assert item_detail(lib, arrival, related=0).related == ()


def test_the_neighbourhood_is_centred_on_the_item(lib: Library) -> None:
    arrival = item_by_title(lib, "Arrival")
    graph = item_detail(lib, arrival).graph
    centre = graph.node(graph.centre)
    assert centre is not None and centre.label == "Arrival" and centre.item_id == arrival
    keys = {n.key for n in graph.nodes}
    assert len(keys) == len(graph.nodes) > 8
    assert all(e.source in keys and e.target in keys for e in graph.edges)
    villeneuve = next(n for n in graph.nodes if n.label == "Denis Villeneuve")
    assert villeneuve.type == "person" and villeneuve.item_id is None
    assert any(e.source == graph.centre and e.target == villeneuve.key and e.type == "directed"
               for e in graph.edges)
    # his other films hang off him; the closest related items are linked to the item itself
    assert {"Dune", "Blade Runner 2049"} & {n.label for n in graph.nodes}
    for other in item_detail(lib, arrival).related[:GRAPH_RELATED]:  # linked straight to the item
        assert any({e.source, e.target} == {graph.centre, f"item:{other.item_id}"} for e in graph.edges)
    assert all(n.item_id is not None for n in graph.nodes if n.type == "item")
    assert {n.type for n in graph.nodes} >= {"item", "person", "tag"}


def test_an_unknown_item_is_a_clear_error(lib: Library) -> None:
    with pytest.raises(NotFoundError):
        item_detail(lib, 999_999)


def test_before_indexing_and_a_cover_on_disk(tmp_path: Path) -> None:
    with open_library(tmp_path / "fresh") as fresh:
        fresh.load_sample()
        dune = item_by_title(fresh, "Dune")
        detail = item_detail(fresh, dune)
        assert detail.related == () and detail.graph.nodes == () and detail.graph.edges == ()
        (fresh.home / "covers").mkdir()
        (fresh.home / "covers" / "dune.png").write_bytes(b"\x89PNG")
        fresh.store.items.update_fields(dune, cover_path="covers/dune.png")
        assert item_detail(fresh, dune).cover_file == str(fresh.home / "covers" / "dune.png")
        fresh.store.items.update_fields(dune, cover_path=str(tmp_path / "missing.jpg"))
        assert item_detail(fresh, dune).cover_file is None
