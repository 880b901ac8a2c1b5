"""What an item contributes to the graph: typed edges to people, genres (one node across
languages), tags, series, decade, language and, for articles, key phrases."""

from __future__ import annotations

from engine.graph.aliases import default_aliases
from engine.graph.build import item_edges
from engine.library.models import Credit, Item, SubjectTag


def _edges(item: Item, body: str | None = None) -> dict[tuple[str, str], float]:
    return {(e.type, e.target.key): e.weight for e in item_edges(item, default_aliases(), body)}


def test_roles_become_typed_person_edges_and_cast_is_capped() -> None:
    film = Item(id=1, kind="film", title="Arrival", year=2016, creators=[
        Credit("Denis Villeneuve", "director"), Credit("Eric Heisserer", "screenplay"),
        *[Credit(f"Actor {i}", "actor") for i in range(10)], Credit("Jóhann Jóhannsson", "composer"),
    ])
    edges = _edges(film)
    assert ("directed", "person:denis villeneuve") in edges
    assert ("wrote", "person:eric heisserer") in edges
    assert sum(1 for t, _ in edges if t == "acted_in") == 6
    assert ("contributed", "person:johann johannsson") in edges or (
        "contributed", "person:jóhann jóhannsson") in edges
    assert ("from_decade", "decade:2010") in edges


def test_genre_names_in_any_language_meet_in_one_node() -> None:
    keys = set()
    for name in ("Sci-Fi", "science fiction", "Fantascienza", "科幻"):
        item = Item(id=2, kind="film", title="X", subjects=[SubjectTag(name, "genre", "test")])
        keys |= {key for (edge_type, key) in _edges(item) if edge_type == "has_genre"}
    assert keys == {"genre:science-fiction"}


def test_shelves_series_collections_and_tags() -> None:
    book = Item(id=3, kind="book", title="Dune Messiah", language="en-US", subjects=[
        SubjectTag("to-read", "shelf", "goodreads"), SubjectTag("Dune", "collection", "goodreads"),
        SubjectTag("Desert Planets", "tag", "goodreads"), SubjectTag("sci-fi-fantasy", "shelf", "goodreads"),
    ])
    edges = _edges(book)
    assert ("in_series", "series:dune") in edges
    assert ("tagged", "tag:desert planets") in edges
    assert {("has_genre", "genre:science-fiction"), ("has_genre", "genre:fantasy")} <= set(edges)
    assert not any("to-read" in key or "to read" in key for _, key in edges)
    assert ("in_language", "language:en") in edges

    article = Item(id=4, kind="article", title="Notes", subjects=[SubjectTag("Reading list", "collection", "pocket")])
    assert ("in_collection", "collection:reading list") in _edges(article)


def test_articles_link_to_their_key_phrases() -> None:
    body = ("Neural networks learn representations. Training neural networks needs data; "
            "a neural network with attention layers is a transformer. ") * 5
    article = Item(id=5, kind="article", title="How neural networks learn", description=None)
    phrases = {key for (edge_type, key) in _edges(article, body) if edge_type == "mentions"}
    assert "phrase:neural network" in phrases
    assert not any(p in phrases for p in ("phrase:the", "phrase:a", "phrase:is"))
