"""The rules layer of request understanding, EN and ZH, over the sample library."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from engine import Library, open_library
from engine.llm.intent_rules import Intent, IntentRules


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = open_library(tmp_path_factory.mktemp("intent") / "home")
    library.load_sample()
    yield library
    library.close()


@pytest.fixture(scope="module")
def rules(lib: Library) -> IntentRules:
    return IntentRules(lib.knowledge.aliases, lib.store.items)


CASES: list[tuple[str, dict[str, Any]]] = [
    ("a sci-fi film like Arrival but lighter",
     {"kind": "film", "genres": {"science-fiction", "comedy"}, "avoid": {"horror"}, "refs": ["Arrival"]}),
    ("a 90s thriller, not horror", {"genres": {"thriller"}, "avoid": {"horror"}, "years": (1990, 1999)}),
    ("books after 2010 under 300 pages", {"kind": "book", "years": (2010, None), "pages": 300}),
    ("something funny under 2 hours", {"genres": {"comedy"}, "avoid": {"horror"}, "minutes": 120}),
    ("an article about artificial intelligence", {"kind": "article", "genres": {"artificial-intelligence"}}),
    ("a dark crime novel before 2000", {"kind": "book", "genres": {"crime", "thriller"}, "years": (None, 1999)}),
    ("films similar to Spirited Away", {"kind": "film", "refs": ["Spirited Away"]}),
    ("a short film from the 1980s", {"kind": "film", "years": (1980, 1989), "minutes": 100}),
    ("我想读一本像《三体》的书，不要太长", {"kind": "book", "refs": ["三体"], "pages": 250}),
    ("九十年代的电影", {"kind": "film", "years": (1990, 1999)}),
    ("1990年代的科幻电影", {"kind": "film", "genres": {"science-fiction"}, "years": (1990, 1999)}),
    ("不要恐怖的电影", {"kind": "film", "avoid": {"horror"}}),
    ("类似《活着》的小说", {"kind": "book", "refs": ["活着"]}),
    ("轻松一点的电影", {"kind": "film", "genres": {"comedy"}, "avoid": {"horror"}}),
    ("2010年以后的科幻小说", {"kind": "book", "genres": {"science-fiction"}, "years": (2010, None)}),
    ("想看一部像《重庆森林》的电影", {"kind": "film", "refs": ["重庆森林"]}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_constraints_are_read(rules: IntentRules, lib: Library, text: str, expected: dict[str, Any]) -> None:
    intent = rules.parse(text)
    assert intent.kind == expected.get("kind")
    assert set(intent.genres) == expected.get("genres", set())
    assert set(intent.avoid) == expected.get("avoid", set())
    assert (intent.year_from, intent.year_to) == expected.get("years", (None, None))
    assert intent.max_minutes == expected.get("minutes")
    assert intent.max_pages == expected.get("pages")
    assert [lib.item(i).title for i in intent.references] == expected.get("refs", [])
    assert intent.language == ("zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en")


def test_a_misspelt_title_still_finds_the_item(rules: IntentRules, lib: Library) -> None:
    intent = rules.parse("something like Arival")
    assert [lib.item(i).title for i in intent.references] == ["Arrival"]


def test_the_request_it_makes_is_honoured(rules: IntentRules, lib: Library) -> None:
    intent: Intent = rules.parse("a film from the 2010s, not horror")
    recs = lib.recommend(k=5, **_options(intent))
    horror = lib.recommender.linked("genre:horror")
    assert recs
    for rec in recs:
        assert rec.item.kind == "film" and rec.item.year is not None and 2010 <= rec.item.year <= 2019
        assert rec.item.id not in horror


def _options(intent: Intent) -> dict[str, Any]:
    request = intent.request()
    return {"kind": request.kind, "year_from": request.year_from, "year_to": request.year_to,
            "avoid": request.avoid, "entities": request.entities, "references": request.references}


