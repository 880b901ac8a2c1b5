"""MovieLens-small as a community pack over a library holding its catalogue (and ml-100k mapped by title)."""

from __future__ import annotations

import importlib
import importlib.util
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import pytest

from engine import Library, open_library
from engine.community.mapping import map_items
from engine.community.pack import CommunityPack, PackInfo, import_pack
from engine.community.reader import read_ratings
from engine.community.sasrec import SASRecConfig

pytestmark = pytest.mark.realdata

TRILOGY = ("Star Wars: Episode IV - A New Hope", "Star Wars: Episode V - The Empire Strikes Back",
           "Star Wars: Episode VI - Return of the Jedi")


@pytest.fixture(scope="module")
def movielens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, PackInfo, CommunityPack]]:
    from tests.conftest import SHARED_DATA

    data = SHARED_DATA / "movielens-small"
    if not data.is_dir():
        pytest.skip("../shared/data/movielens-small is not present")
    home = tmp_path_factory.mktemp("realdata") / "home"
    lib = open_library(home)
    lib.import_path(data / "movies.csv")
    started = time.perf_counter()
    with _one_blas_thread():  # the machine is shared; one epoch keeps this fixture under a minute
        info = import_pack(lib.store, home, data / "ratings.csv", sasrec_config=SASRecConfig(epochs=1, threads=1))
    print(f"community import of movielens-small: {time.perf_counter() - started:.1f} s {info.seconds}")
    yield lib, info, CommunityPack.load(home / "community" / "movielens-small")
    lib.close()


def _one_blas_thread() -> AbstractContextManager[object]:
    if importlib.util.find_spec("threadpoolctl") is None:
        return nullcontext()
    threadpoolctl: Any = importlib.import_module("threadpoolctl")
    limits: AbstractContextManager[object] = threadpoolctl.threadpool_limits(1, "blas")
    return limits


def _film(lib: Library, title: str, year: int | None = None) -> int:
    found = [item.id for item in lib.store.items.get_many(lib.store.items.find_by_title(title))
             if year is None or item.year == year]
    assert len(found) == 1, title
    return found[0]


def test_nearly_every_film_maps(movielens: tuple[Library, PackInfo, CommunityPack]) -> None:
    lib, info, _ = movielens
    assert lib.count_items("film") == 9742
    assert info.name == "movielens-small" and info.users == 610 and info.ratings == 100_836
    assert info.items == 9724 and info.mapped >= 9700  # 18 films have no rating at all
    assert info.mapped_by_route.get("movielens", 0) >= 9700 and info.malformed_rows == 0
    assert info.sequential and info.ease_items == info.mapped


def test_star_wars_history_brings_related_films(movielens: tuple[Library, PackInfo, CommunityPack]) -> None:
    lib, _, pack = movielens
    trilogy = [_film(lib, title) for title in TRILOGY]
    scores = pack.ease_scores(dict.fromkeys(trilogy, 1.0), limit=10)
    titles = [item.title for item in lib.store.items.get_many(list(scores))]
    assert not set(trilogy) & set(scores)
    assert any(t.startswith("Star Wars: Episode I") for t in titles), titles
    assert "Raiders of the Lost Ark" in titles, titles
    raiders = _film(lib, "Raiders of the Lost Ark")
    assert {item for item, _ in pack.ease_contributors(raiders, dict.fromkeys(trilogy, 1.0))} <= set(trilogy)

    following = pack.sequence_scores(trilogy, limit=50)
    assert len(following) == 50 and not set(trilogy) & set(following)
    stars = pack.predict_ratings({trilogy[0]: 5.0, trilogy[1]: 5.0, _film(lib, "Titanic", 1997): 1.0}, list(scores))
    assert stars and all(0.5 <= v <= 5.0 for v in stars.values())


def test_ml100k_ratings_map_onto_the_catalogue_by_title(movielens: tuple[Library, PackInfo, CommunityPack]) -> None:
    from tests.conftest import SHARED_DATA

    u_data = SHARED_DATA / "ml-100k" / "u.data"
    if not u_data.is_file():
        pytest.skip("ml-100k is not present")
    lib, _, _ = movielens
    ratings = read_ratings(u_data)
    mapping = map_items(lib.store, ratings)
    assert ratings.id_space == "ml-100k" and ratings.interactions.n_items == 1682
    assert mapping.mapped >= 1250 and mapping.routes == {"title": mapping.mapped}


def test_recommend_uses_the_pack_and_says_why(movielens: tuple[Library, PackInfo, CommunityPack]) -> None:
    """The whole recommend pipeline over the catalogue with the pack (no index: community signals)."""
    lib, _, _ = movielens
    lib.store.profiles.ensure("jedi")
    trilogy = [_film(lib, title) for title in TRILOGY]
    for item in trilogy:
        lib.rate(item, 5, profile="jedi")
    lib.rate(_film(lib, "Titanic", 1997), 1, profile="jedi")
    recs = lib.recommend(k=10, profile="jedi", diversity=0.0)
    titles = [rec.item.title for rec in recs]
    assert len(recs) == 10 and not set(trilogy) & {rec.item.id for rec in recs}
    assert "Raiders of the Lost Ark" in titles or any(t.startswith("Star Wars: Episode I") for t in titles), titles
    reasons = [reason for rec in recs for reason in rec.reasons]
    assert any(r.startswith("People who liked Star Wars") for r in reasons), reasons
    assert any(rec.predicted_rating is not None for rec in recs)
    assert any(r.startswith("You'd rate this about") for r in reasons), reasons
    zh = lib.recommend(k=5, profile="jedi", reasons_language="zh")
    assert any("喜欢《Star Wars" in r for rec in zh for r in rec.reasons), [rec.reasons for rec in zh]
