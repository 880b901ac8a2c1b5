from __future__ import annotations

import sqlite3

import pytest

from engine import Library, open_library
from engine.errors import NotFoundError, UserError
from engine.library.models import Credit, ItemDraft, SubjectTag


@pytest.fixture
def lib() -> Library:
    library = open_library()
    yield library
    library.close()


def _arrival() -> ItemDraft:
    return ItemDraft(
        kind="film", title="Arrival", year=2016, description="A linguist meets visitors.",
        identifiers={"imdb": "tt2543164"},
        creators=[Credit("Denis Villeneuve", "director"), Credit("Amy Adams", "actor")],
        subjects=[SubjectTag("science fiction", "genre", "test"), SubjectTag("linguistics", "tag", "test")],
    )


def test_create_and_read_back_everything(lib: Library) -> None:
    item_id = lib.store.items.create(_arrival())
    item = lib.item(item_id)
    assert (item.kind, item.title, item.year) == ("film", "Arrival", 2016)
    assert item.identifiers == {"imdb": "tt2543164"}
    assert [(c.name, c.role) for c in item.creators] == [
        ("Denis Villeneuve", "director"), ("Amy Adams", "actor")
    ]
    assert {s.name for s in item.subjects} == {"science fiction", "linguistics"}
    assert lib.store.items.find_by_identifier("imdb", "tt2543164") == item_id


def test_merge_fills_gaps_and_never_overwrites(lib: Library) -> None:
    item_id = lib.store.items.create(_arrival())
    other = ItemDraft(
        kind="film", title="Premier Contact", year=2017, description="Different text",
        runtime_minutes=116, identifiers={"tmdb": "329865"},
        creators=[Credit("Denis Villeneuve", "director")],
    )
    assert lib.store.items.merge(item_id, other, source="other") is True
    item = lib.item(item_id)
    assert item.year == 2016 and item.description == "A linguist meets visitors."
    assert item.runtime_minutes == 116
    assert item.identifiers == {"imdb": "tt2543164", "tmdb": "329865"}
    assert "Premier Contact" in item.alt_titles
    assert len(item.creators) == 2
    assert lib.store.items.merge(item_id, other, source="other") is False


def test_update_delete_and_unknown_ids(lib: Library) -> None:
    item_id = lib.store.items.create(_arrival())
    lib.store.items.update_fields(item_id, title="Arrival (2016)", year=2016)
    assert lib.item(item_id).title == "Arrival (2016)"
    with pytest.raises(ValueError):
        lib.store.items.update_fields(item_id, nonsense=1)
    lib.store.items.delete(item_id)
    with pytest.raises(NotFoundError):
        lib.item(item_id)
    with pytest.raises(NotFoundError):
        lib.store.items.delete(item_id)
    assert lib.items(search="Arrival") == []


def test_full_text_search_covers_titles_people_subjects_and_chinese(lib: Library) -> None:
    lib.store.items.create(_arrival())
    lib.store.items.create(ItemDraft(
        kind="book", title="三体问题", year=2008, alt_titles=["The Three-Body Problem"],
        creators=[Credit("刘慈欣", "author")], subjects=[SubjectTag("科幻", "genre", "t")],
    ))
    lib.store.items.create(ItemDraft(kind="book", title="Amélie's Café", year=2001))
    titles = lambda q, **kw: [i.title for i in lib.items(search=q, **kw)]  # noqa: E731
    assert titles("arrival") == ["Arrival"]
    assert titles("villeneuve") == ["Arrival"]
    assert titles("linguist") == ["Arrival"]
    assert titles("三体") == ["三体问题"]
    assert titles("刘慈欣") == ["三体问题"]
    assert titles("科幻") == ["三体问题"]
    assert titles("three body") == ["三体问题"]
    assert titles("amelie") == ["Amélie's Café"]
    assert titles("arrival", kind="book") == []
    assert titles('"); DROP TABLE items; --') == []
    assert lib.count_items() == 3


def test_events_derive_state_and_history_is_kept(lib: Library) -> None:
    item_id = lib.store.items.create(_arrival())
    lib.feedback(item_id, "wishlist")
    lib.rate(item_id, 4)
    lib.rate(item_id, 5)
    state = lib.feedback(item_id, "like")
    assert (state.rating, state.status, state.liked) == (5, "wishlist", True)
    state = lib.feedback(item_id, "dislike")
    assert (state.liked, state.disliked) == (False, True)
    state = lib.feedback(item_id, "undo")  # takes back the dislike
    assert (state.liked, state.disliked) == (True, False)
    state = lib.feedback(item_id, "undo")  # the like
    state = lib.feedback(item_id, "undo")  # the 5-star rating: back to 4
    assert state.rating == 4 and not state.liked
    history = lib.store.events.for_item(item_id)
    assert [e.type for e in history].count("rated") == 2  # nothing was overwritten
    assert [e.type for e in history].count("retracted") == 3


def test_dismiss_then_undo(lib: Library) -> None:
    item_id = lib.store.items.create(_arrival())
    assert lib.feedback(item_id, "dismiss").dismissed
    assert not lib.feedback(item_id, "undo").dismissed
    with pytest.raises(UserError, match="nothing to undo"):
        lib.feedback(item_id, "undo")


def test_event_log_is_append_only(lib: Library) -> None:
    item_id = lib.store.items.create(_arrival())
    lib.rate(item_id, 3)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        lib.store.db.execute("UPDATE events SET value = 5")


def test_bad_feedback_is_a_user_error(lib: Library) -> None:
    item_id = lib.store.items.create(_arrival())
    with pytest.raises(UserError):
        lib.feedback(item_id, "love")
    with pytest.raises(UserError):
        lib.rate(item_id, 7)
    with pytest.raises(NotFoundError):
        lib.feedback(123456, "like")


def test_profiles_keep_separate_histories(lib: Library) -> None:
    item_id = lib.store.items.create(_arrival())
    lib.rate(item_id, 5, profile="ana")
    lib.rate(item_id, 2, profile="ben")
    assert lib.state(item_id, "ana").rating == 5
    assert lib.state(item_id, "ben").rating == 2
    assert lib.state(item_id).rating is None
    assert {p.name for p in lib.profiles()} == {"ana", "ben", "default"}


def test_transaction_rolls_back_every_step(lib: Library) -> None:
    with pytest.raises(RuntimeError), lib.store.db.transaction():
        lib.store.items.create(_arrival())
        raise RuntimeError("crash in the middle")
    assert lib.count_items() == 0
    assert lib.store.db.scalar("SELECT count(*) FROM identifiers") == 0
    assert lib.store.db.scalar("SELECT count(*) FROM items_fts") == 0


def test_fts_query_drops_common_words_and_keeps_prefixes() -> None:
    from engine.library.text import fts_query

    assert fts_query("a detective in a small town") == '"detective"* AND "small"* AND "town"*'
    assert fts_query("The It") == '"the"* AND "it"*'  # nothing but common words: keep them
    assert fts_query("x men") == '"x" AND "men"*'  # one letter: exact, no prefix scan
    assert fts_query("三体 the") == '"三 体"'
    assert fts_query("  ") is None
