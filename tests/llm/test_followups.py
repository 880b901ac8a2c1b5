"""Follow-up messages: how they are classified and how they change the last request."""

from __future__ import annotations

import copy

import pytest

from engine.chat.followups import FollowUp, apply, classify
from engine.chat.intent import Intent

SHOWN = [11, 22, 33, 44]


def _previous() -> Intent:
    return Intent(kind="film", genres=["science fiction", "horror"], references=[7], exclude=[99],
                  moods=["dark"], mood_genres=["thriller"], mood_avoid=["genre:comedy"],
                  year_from=2000, year_to=2020, query="space")


@pytest.mark.parametrize("text", ["more", "not that one", "像第二个那样的", "lighter"])
def test_without_a_previous_request_everything_is_new(text: str) -> None:
    assert classify(text, Intent(moods=["light"]), None) == FollowUp("new")


@pytest.mark.parametrize("text", ["more", "anything else?", "Anything else", "还有别的吗", "换一批"])
def test_asking_for_more_is_more(text: str) -> None:
    assert classify(text, Intent(), _previous()) == FollowUp("more")


def test_more_excludes_everything_shown_and_keeps_the_request() -> None:
    previous = _previous()
    result = apply(FollowUp("more"), Intent(language="zh"), previous, SHOWN)
    assert result.exclude == [99, 11, 22, 33, 44]
    assert (result.kind, result.genres, result.references) == ("film", ["science fiction", "horror"], [7])
    assert (result.year_from, result.year_to, result.query) == (2000, 2020, "space")
    assert result.language == "zh"


@pytest.mark.parametrize(("text", "position"), [
    ("not that one", 0), ("not the second one", 1), ("not the last one", -1), ("不要第一个", 0),
    ("不要第三个", 2), ("看过了", 0), ("I've already seen it", 0), ("not the #2", 1),
])
def test_turning_down_an_item_is_exclude_with_its_position(text: str, position: int) -> None:
    assert classify(text, Intent(), _previous()) == FollowUp("exclude", position)


@pytest.mark.parametrize(("position", "excluded"), [(0, 11), (1, 22), (-1, 44)])
def test_exclude_drops_only_that_item(position: int, excluded: int) -> None:
    result = apply(FollowUp("exclude", position), Intent(), _previous(), SHOWN)
    assert result.exclude == [99, excluded]
    assert result.references == [7] and result.kind == "film"


def test_exclude_of_a_position_not_shown_drops_nothing() -> None:
    assert apply(FollowUp("exclude", 4), Intent(), _previous(), SHOWN[:2]).exclude == [99]


@pytest.mark.parametrize(("text", "position"), [
    ("more like the second one", 1), ("像第二个那样的", 1), ("something like that", 0),
    ("more like the last one", -1),
])
def test_more_like_a_shown_item_is_like(text: str, position: int) -> None:
    assert classify(text, Intent(), _previous()) == FollowUp("like", position)


def test_like_makes_the_shown_item_the_only_reference() -> None:
    result = apply(FollowUp("like", 1), Intent(), _previous(), SHOWN)
    assert result.references == [22]
    assert result.exclude == [99, 11, 22, 33, 44]
    assert result.query is None and result.kind == "film"


def test_a_lighter_mood_refines_the_request() -> None:
    parsed = Intent(moods=["light"], mood_genres=["comedy"], mood_avoid=["genre:horror"])
    follow = classify("lighter", parsed, _previous())
    assert follow == FollowUp("refine")
    result = apply(follow, parsed, _previous(), SHOWN)
    assert (result.kind, result.references, result.exclude) == ("film", [7], [99])
    assert result.moods == ["light"] and result.mood_genres == ["comedy"]
    assert result.mood_avoid == ["genre:horror"]
    assert result.genres == ["science fiction"]  # the mood rules horror out
    assert (result.year_from, result.year_to) == (2000, 2020)


def test_new_years_replace_the_old_ones() -> None:
    parsed = Intent(year_from=1990, year_to=1999)
    follow = classify("from the 90s", parsed, _previous())
    result = apply(follow, parsed, _previous(), SHOWN)
    assert follow.action == "refine"
    assert (result.year_from, result.year_to) == (1990, 1999)
    assert result.moods == ["dark"] and result.genres == ["science fiction", "horror"]


def test_new_genres_replace_the_old_ones() -> None:
    result = apply(FollowUp("refine"), Intent(genres=["comedy"]), _previous(), SHOWN)
    assert result.genres == ["comedy"] and result.kind == "film"


def test_a_new_avoid_joins_the_old_and_removes_its_genre() -> None:
    previous = Intent(kind="film", genres=["science fiction", "horror"], avoid=["person:ridley scott"])
    parsed = Intent(avoid=["genre:horror"])
    follow = classify("不要恐怖的", parsed, previous)
    result = apply(follow, parsed, previous, SHOWN)
    assert follow.action == "refine"
    assert result.avoid == ["person:ridley scott", "genre:horror"]
    assert result.genres == ["science fiction"]


@pytest.mark.parametrize("parsed", [Intent(kind="book"), Intent(references=[5]),
                                    Intent(kind="film", moods=["light"])])
def test_a_kind_or_a_title_starts_a_new_request(parsed: Intent) -> None:
    follow = classify("a book by Frank Herbert", parsed, _previous())
    assert follow == FollowUp("new")
    assert apply(follow, parsed, _previous(), SHOWN) is parsed


def test_a_message_nothing_was_understood_in_is_new() -> None:
    assert classify("hmm", Intent(), _previous()) == FollowUp("new")
    assert classify("Zorblax", Intent(unmatched=["Zorblax"], moods=["light"]), _previous()).action == "new"


@pytest.mark.parametrize(("follow", "parsed"), [
    (FollowUp("more"), Intent()), (FollowUp("exclude", 1), Intent()), (FollowUp("like", 0), Intent()),
    (FollowUp("refine"), Intent(genres=["comedy"], moods=["light"], mood_avoid=["genre:horror"],
                                avoid=["genre:science fiction"], people=["person:x"], year_from=1990)),
])
def test_the_previous_request_is_not_changed(follow: FollowUp, parsed: Intent) -> None:
    previous = _previous()
    before = copy.deepcopy(previous)
    apply(follow, parsed, previous, SHOWN)
    assert previous == before


def test_a_new_kind_with_not_the_is_still_new() -> None:
    assert classify("a book, not the film", Intent(kind="book"), _previous()).action == "new"


def test_not_the_scary_ones_is_a_refinement() -> None:
    assert classify("not the scary ones", Intent(avoid=["genre:horror"]), _previous()).action == "refine"
