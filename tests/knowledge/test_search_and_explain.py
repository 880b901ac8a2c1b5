"""Hybrid search, PageRank and explanations on the sample library with the real MiniLM model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine import Library, open_library
from engine.search import SearchFilters
from tests.knowledge.conftest import item_by_title

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = open_library(tmp_path_factory.mktemp("indexed") / "home")
    library.load_sample()
    report = library.index()
    assert report.status == "completed"
    yield library
    library.close()


def _titles(lib: Library, text: str, filters: SearchFilters | None = None, limit: int = 10) -> list[str]:
    return [lib.item(h.item_id).title for h in lib.search(text, filters, limit=limit)]


def test_time_travel_finds_the_works_tagged_so(lib: Library) -> None:
    top = _titles(lib, "time travel")
    for title in ("Back to the Future", "Hyperion", "Exhalation: Stories"):
        assert title in top, top


def test_meaning_without_shared_words(lib: Library) -> None:
    """No keyword overlap: "aliens" / "language" are not how Arrival's record says it."""
    hits = lib.search("a linguist learns to talk with visitors from another world", limit=5)
    assert item_by_title(lib, "Arrival") in [h.item_id for h in hits]
    assert any(h.keyword_rank is None and h.vector_rank is not None for h in hits)


def test_keyword_finds_a_person(lib: Library) -> None:
    top = _titles(lib, "Villeneuve", limit=6)
    assert {"Arrival", "Sicario", "Prisoners", "Dune"} <= set(top)


def test_genre_named_in_chinese_or_italian_finds_science_fiction(lib: Library) -> None:
    for query in ("科幻", "Fantascienza"):
        hits = lib.search(query, limit=10)
        assert len(hits) == 10
        genres = [{s.name for s in lib.item(h.item_id).subjects} for h in hits]
        assert sum("science fiction" in g for g in genres) >= 8, (query, genres)


def test_filters_kind_years_language_status(lib: Library) -> None:
    books = lib.search("time travel", SearchFilters(kind="book"))
    assert books and all(lib.item(h.item_id).kind == "book" for h in books)
    recent = lib.search("science fiction", SearchFilters(year_from=2015, year_to=2020))
    assert recent and all(2015 <= (lib.item(h.item_id).year or 0) <= 2020 for h in recent)
    chinese = lib.search("science fiction", SearchFilters(language="zh"))
    assert chinese and all(lib.item(h.item_id).language == "zh" for h in chinese)

    hyperion = item_by_title(lib, "Hyperion")
    lib.feedback(hyperion, "wishlist")
    wished = lib.search("time travel", SearchFilters(status="wishlist"))
    assert hyperion in [h.item_id for h in wished]
    assert all(lib.state(h.item_id).status == "wishlist" for h in wished)
    lib.feedback(hyperion, "undo")


def test_related_items_and_reasons(lib: Library) -> None:
    arrival = item_by_title(lib, "Arrival")
    related = [lib.item(i).title for i, _ in lib.knowledge.related(arrival, k=8)]
    assert "Stories of Your Life and Others" in related[:3], related  # the story it adapts
    for other in lib.knowledge.related(arrival, k=8):
        assert lib.knowledge.explain(arrival, other[0]), other
    sicario = item_by_title(lib, "Sicario")
    assert lib.knowledge.explain(arrival, sicario) == "same director (Denis Villeneuve)"
    assert lib.knowledge.explain(arrival, sicario, "zh") == "同一导演（Denis Villeneuve）"
    stories = item_by_title(lib, "Stories of Your Life and Others")
    reason = lib.knowledge.explain(arrival, stories)
    assert "linguistics" in reason or "first contact" in reason, reason
    path = lib.knowledge.path(arrival, stories)
    assert path[0] == "Arrival" and path[-1] == "Stories of Your Life and Others"


def test_neighbourhood_graph_for_the_app(lib: Library) -> None:
    arrival = item_by_title(lib, "Arrival")
    graph = lib.knowledge.neighbourhood(arrival)
    labels = {data["node"].label for _, data in graph.nodes(data=True)}
    assert "Denis Villeneuve" in labels and "Arrival" in labels
    assert graph.number_of_nodes() > 5
    types = {data["type"] for _, _, data in graph.edges(data=True)}
    assert "directed" in types


def test_personalized_pagerank_from_a_person_node(lib: Library) -> None:
    ranked = lib.knowledge.personalized_pagerank({}, seed_nodes={"person:denis villeneuve": 1.0}, limit=6)
    titles = {lib.item(i).title for i, _ in ranked}
    assert {"Arrival", "Sicario", "Prisoners"} <= titles


def test_search_before_any_index_is_keyword_only_and_does_not_load_torch(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.helpers import REPO

    code = (
        "import sys; from engine import open_library\n"
        f"lib = open_library({str(tmp_path / 'fresh')!r}); lib.load_sample()\n"
        "hits = lib.search('Villeneuve')\n"
        "assert hits and all(h.vector_rank is None for h in hits)\n"
        "lib.items(); lib.items(search='Dune')\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=120)
