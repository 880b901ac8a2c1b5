"""The rules layer of request understanding, EN and ZH, over the sample library."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from engine import Library, open_library
from engine.chat.lexicon import PeopleLexicon
from engine.chat.rules import IntentRules
from tests.llm.chat_requests import CASES, EMPTY, read_back, score


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = open_library(tmp_path_factory.mktemp("intent") / "home")
    library.load_sample()
    yield library
    library.close()


@pytest.fixture(scope="module")
def rules(lib: Library) -> IntentRules:
    return IntentRules(lib.knowledge.aliases, lib.store.items, PeopleLexicon(lib.store.db))


def _read(rules: IntentRules, lib: Library, text: str) -> dict[str, Any]:
    return read_back(rules.parse(text), lambda i: lib.item(i).title, rules.people.name)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_test_set_constraints_are_read(rules: IntentRules, lib: Library, text: str,
                                           expected: dict[str, Any]) -> None:
    right, counted, wrong = score(_read(rules, lib, text), expected)
    assert not wrong, wrong
    assert right == counted > 0


def test_language_follows_the_script(rules: IntentRules) -> None:
    assert rules.parse("九十年代的电影").language == "zh"
    assert rules.parse("a film from the 90s").language == "en"


def test_a_misspelt_title_still_finds_the_item(rules: IntentRules, lib: Library) -> None:
    assert _read(rules, lib, "something like Arival")["refs"] == ["Arrival"]


def test_a_title_not_in_the_library_is_reported_not_guessed(rules: IntentRules) -> None:
    intent = rules.parse("a film like “Zorblax Returns”")
    assert intent.references == [] and intent.unmatched == ["Zorblax Returns"]


def test_a_kind_ruled_out_is_not_the_kind_asked_for(rules: IntentRules) -> None:
    assert rules.parse("a book, not a film").kind == "book"
    assert rules.parse("不要电影，推荐一本书").kind == "book"


def test_words_nothing_explained_become_a_meaning_query(rules: IntentRules) -> None:
    intent = rules.parse("a film about mountain climbing")
    assert intent.kind == "film" and intent.query == "mountain climbing"
    assert rules.parse("a sci-fi film like Arrival but lighter").query is None


def test_a_surname_alone_finds_a_creator_only_when_capitalised(rules: IntentRules, lib: Library) -> None:
    assert _read(rules, lib, "something by Villeneuve")["people"] == {"Denis Villeneuve"}
    assert _read(rules, lib, "a story about a villeneuve")["people"] == EMPTY["people"]


def test_moods_lean_and_do_not_restrict(rules: IntentRules) -> None:
    intent = rules.parse("something lighter")
    assert intent.genres == [] and intent.mood_genres == ["comedy"] and intent.mood_avoid == ["genre:horror"]
    request = intent.request(5)
    assert "genre:comedy" in request.entities and "genre:horror" in request.avoid
    assert intent.required == []


def test_the_request_it_makes_is_honoured(rules: IntentRules, lib: Library) -> None:
    intent = rules.parse("a film from the 2010s, not horror")
    recs = lib.recommender.recommend(intent.request(5), lib.profile())
    horror = lib.recommender.linked("genre:horror")
    assert recs
    for rec in recs:
        assert rec.item.kind == "film" and rec.item.year is not None and 2010 <= rec.item.year <= 2019
        assert rec.item.id not in horror
