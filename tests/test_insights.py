"""Taste insights on the sample library. The expected numbers were counted by hand from the
sample's 80 events (resources/sample/library.json): 31 items finished and rated (17 books,
12 films, 2 articles) between 2021 and 2025, 3 likes, 2 dislikes, 10 wishlist entries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from engine import Library, open_library
from engine.insights import taste_insights
from tests.knowledge.conftest import item_by_title


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = open_library(tmp_path_factory.mktemp("insights") / "home")
    library.load_sample()
    yield library
    library.close()


def test_totals(lib: Library) -> None:
    totals = taste_insights(lib).totals
    assert totals.consumed == 31 and totals.finished == 31
    assert dict(totals.finished_by_kind) == {"book": 17, "film": 12, "article": 2}
    assert list(totals.finished_by_kind) == ["book", "film", "article"]  # most first
    assert totals.ratings == 31
    # 7 × 5★ + 9 × 4.5★ + 13 × 4★ + 2 × 3.5★ = 134.5
    assert totals.mean_rating == pytest.approx(134.5 / 31)
    assert (totals.liked, totals.disliked, totals.wishlist, totals.undated) == (3, 2, 10, 0)


def test_ratings_histogram_has_every_half_star(lib: Library) -> None:
    histogram = dict(taste_insights(lib).ratings_histogram)
    assert list(histogram) == [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0]
    assert histogram == {0.5: 0, 1.0: 0, 1.5: 0, 2.0: 0, 2.5: 0, 3.0: 0, 3.5: 2, 4.0: 13, 4.5: 9, 5.0: 7}


def test_decades_of_what_was_finished_without_gaps(lib: Library) -> None:
    # 背影 1925; 边城 1934, And Then There Were None 1939; 围城 1947; 射雕 1957, Turing 1950;
    # Solaris 1961, 2001 1968, Left Hand 1969; none in the 1970s; Totoro 1988; ...
    assert taste_insights(lib).decades == (
        (1920, 1), (1930, 2), (1940, 1), (1950, 2), (1960, 3), (1970, 0), (1980, 1), (1990, 3),
        (2000, 9), (2010, 7), (2020, 2),
    )


def test_genres_over_time_follow_the_top_genres(lib: Library) -> None:
    insights = taste_insights(lib)
    assert insights.years == (2021, 2022, 2023, 2024, 2025)
    top = [(g.key, g.count) for g in insights.genres[:7]]
    assert top == [("science-fiction", 15), ("literary-fiction", 6), ("drama", 5), ("crime", 4),
                   ("mystery", 4), ("animation", 3), ("fantasy", 3)]
    series = {s.key: s.counts for s in insights.genres_over_time}
    assert list(series) == ["science-fiction", "literary-fiction", "drama", "crime", "mystery", "animation"]
    assert series["science-fiction"] == (6, 3, 3, 2, 1)
    assert series["literary-fiction"] == (1, 2, 2, 1, 0)
    assert series["drama"] == (2, 2, 0, 1, 0)
    assert series["crime"] == (0, 2, 1, 1, 0)
    assert series["animation"] == (2, 1, 0, 0, 0)
    by_key = {g.key: g for g in insights.genres}
    assert by_key["animation"].mean_rating == pytest.approx(14.5 / 3)  # 5, 4.5, 5
    assert by_key["research paper"].label == "research paper"  # not in the alias table: kept as is


def test_genre_labels_in_the_requested_language(lib: Library) -> None:
    english = [s.label for s in taste_insights(lib, language="en").genres_over_time]
    chinese = [s.label for s in taste_insights(lib, language="zh_CN").genres_over_time]
    assert english[:3] == ["science fiction", "literary fiction", "drama"]
    assert chinese[:3] == ["科幻", "纯文学", "剧情"]
    assert taste_insights(lib, language="zh").language == "zh"


def test_top_creators_with_counts_and_mean_rating(lib: Library) -> None:
    creators = taste_insights(lib).creators
    head = [(c.name, c.role, c.count, c.rated, round(c.mean_rating or 0, 3)) for c in creators[:6]]
    assert head == [
        ("Hayao Miyazaki", "director", 3, 3, 4.833),  # Spirited Away 5, Totoro 4.5, Mononoke 5
        ("刘慈欣", "author", 3, 3, 4.833),             # 三体 5, 黑暗森林 5, 死神永生 4.5
        ("Denis Villeneuve", "director", 2, 2, 4.75),
        ("Ted Chiang", "author", 2, 2, 4.75),
        ("Kazuo Ishiguro", "author", 2, 2, 4.25),
        ("Ana de Armas", "actor", 2, 2, 4.0),          # Blade Runner 2049 4.5, Knives Out 3.5
    ]
    assert len(creators) == 10 and all(c.count == 1 for c in creators[6:])


def test_retractions_latest_ratings_undated_events_and_profiles(lib: Library) -> None:
    arrival, solaris = item_by_title(lib, "Arrival"), item_by_title(lib, "Solaris")
    lib.rate(arrival, 5, profile="other")
    lib.rate(arrival, 2, profile="other")
    lib.feedback(arrival, "undo", profile="other")   # back to 5★
    lib.rate(solaris, 3, profile="other")
    lib.feedback(solaris, "undo", profile="other")   # no rating left: not consumed
    other = lib.profile("other").id
    lib.store.events.add(solaris, other, "finished")  # an undated import row
    insights = taste_insights(lib, "other")
    assert insights.totals.consumed == 2 and insights.totals.ratings == 1
    assert dict(insights.ratings_histogram)[5.0] == 1 and sum(n for _, n in insights.ratings_histogram) == 1
    assert insights.totals.undated == 1 and len(insights.years) == 1
    assert insights.totals.finished_by_kind == {"book": 1}
    assert taste_insights(lib).totals.consumed == 31  # the default profile is untouched


def test_an_empty_profile(lib: Library) -> None:
    insights = taste_insights(lib, "nobody-yet")
    assert insights.empty and insights.totals.mean_rating is None
    assert insights.years == () and insights.decades == () and insights.creators == ()
    assert all(n == 0 for _, n in insights.ratings_histogram)
