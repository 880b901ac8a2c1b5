"""``recommend`` end to end on the sample library with the real MiniLM model: filters, reasons,
feedback taking effect at once, taste rules, training the ranker, and the CLI contract."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine import Library, open_library
from engine.cli import main
from engine.library.items import now_iso
from engine.ranking.ranker import SIGNS
from tests.knowledge.conftest import item_by_title

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = open_library(tmp_path_factory.mktemp("rec") / "home")
    library.load_sample()
    assert library.index().status == "completed"
    yield library
    library.close()


def _ids(recs: list) -> list[int]:  # type: ignore[type-arg]
    return [rec.item.id for rec in recs]


def test_for_you_leaves_out_what_the_person_knows(lib: Library) -> None:
    recs = lib.recommend(k=10)
    assert len(recs) == 10
    states = lib.states()
    for rec in recs:
        state = states.get(rec.item.id)
        assert state is None or not (state.consumed or state.dismissed or state.disliked), rec.item.title
        assert rec.reasons and all(isinstance(r, str) and r for r in rec.reasons)
    assert len(set(_ids(recs))) == 10


def test_filters_hold(lib: Library) -> None:
    for rec in lib.recommend(kind="book", k=8):
        assert rec.item.kind == "book"
    for rec in lib.recommend(kind="film", year_from=2000, year_to=2015, k=6):
        assert rec.item.kind == "film" and rec.item.year is not None and 2000 <= rec.item.year <= 2015
    for rec in lib.recommend(kind="film", max_minutes=100, k=6):
        assert rec.item.runtime_minutes is None or rec.item.runtime_minutes <= 100
    for rec in lib.recommend(language="zh", k=6):
        assert (rec.item.language or "").startswith("zh")


def test_because_you_rated_arrival_same_director(lib: Library) -> None:
    lib.store.profiles.ensure("arrival-fan")
    lib.rate(item_by_title(lib, "Arrival"), 5, profile="arrival-fan")
    recs = lib.recommend(kind="film", k=10, profile="arrival-fan")
    villeneuve = [r for r in recs if "Denis Villeneuve" in r.item.creator_names]
    assert villeneuve, [r.item.title for r in recs]
    assert any("Because you rated Arrival 5★ — same director (Denis Villeneuve)" in reason
               for r in villeneuve for reason in r.reasons), [r.reasons for r in villeneuve]
    zh = lib.recommend(kind="film", k=10, profile="arrival-fan", reasons_language="zh")
    assert any("因为你给《Arrival》打了 5★ — 同一导演（Denis Villeneuve）" in reason
               for r in zh for reason in r.reasons), [r.reasons for r in zh]


def test_dismiss_removes_the_item_and_lowers_its_neighbours(lib: Library) -> None:
    profile = "dismisser"
    lib.store.profiles.ensure(profile)
    lib.rate(item_by_title(lib, "Arrival"), 5, profile=profile)
    lib.rate(item_by_title(lib, "Interstellar"), 4.5, profile=profile)
    before = lib.recommend(k=40, profile=profile, diversity=0.0)
    target = before[0].item.id
    neighbours = [i for i, _ in lib.knowledge.similar_items(target, k=5)]
    score_before = {r.item.id: r.score for r in before}
    lib.feedback(target, "dismiss", profile=profile)
    after = lib.recommend(k=40, profile=profile, diversity=0.0)
    assert target not in _ids(after)
    score_after = {r.item.id: r.score for r in after}
    dropped = [n for n in neighbours if n in score_before and n in score_after
               and score_after[n] < score_before[n]]
    assert dropped, (neighbours, score_before, score_after)
    lib.feedback(target, "undo", profile=profile)  # undo brings it back
    assert target in _ids(lib.recommend(k=40, profile=profile, diversity=0.0))


def test_a_like_lifts_its_neighbours(lib: Library) -> None:
    profile = "liker"
    lib.store.profiles.ensure(profile)
    lib.rate(item_by_title(lib, "Arrival"), 5, profile=profile)
    before = {r.item.id: r.score for r in lib.recommend(k=60, profile=profile, diversity=0.0)}
    liked = item_by_title(lib, "Spirited Away")
    lib.feedback(liked, "like", profile=profile)
    after = {r.item.id: r.score for r in lib.recommend(k=60, profile=profile, diversity=0.0)}
    neighbours = [i for i, _ in lib.knowledge.similar_items(liked, k=5)]
    lifted = [n for n in neighbours if n in after and after[n] > before.get(n, float("-inf"))]
    assert len(lifted) >= 2, (neighbours, before, after)
    assert liked not in after


def test_mute_and_boost(lib: Library) -> None:
    profile = "ruler"
    lib.store.profiles.ensure(profile)
    lib.rate(item_by_title(lib, "Arrival"), 5, profile=profile)
    lib.set_taste_rule("科幻", "mute", profile)
    sci_fi = lib.recommender.linked("genre:science-fiction")
    assert sci_fi
    recs = lib.recommend(kind="film", k=10, profile=profile)
    assert recs and not set(_ids(recs)) & sci_fi
    lib.set_taste_rule("science fiction", "clear", profile)
    lib.set_taste_rule("Hayao Miyazaki", "boost", profile)
    recs = lib.recommend(kind="film", k=10, profile=profile)
    assert any("Hayao Miyazaki" in r.item.creator_names for r in recs)
    assert any("You asked for more Hayao Miyazaki" in r.reasons for r in recs)
    assert [r.key for r in lib.taste_rules(profile)] == ["person:hayao miyazaki"]


def test_more_like_a_named_item_and_a_query(lib: Library) -> None:
    dune = item_by_title(lib, "Dune")
    recs = lib.recommend(references=(dune,), k=5, profile="nobody")
    assert dune not in _ids(recs)
    assert any(r.reasons[0].startswith(("Like Dune", "Similar to Dune")) for r in recs), [r.reasons for r in recs]
    recs = lib.recommend(query="time travel", k=5)
    assert any("Matches “time travel”" in r.reasons for r in recs)


def test_a_new_profile_still_gets_recommendations(lib: Library) -> None:
    lib.store.profiles.ensure("newcomer")
    recs = lib.recommend(k=5, profile="newcomer")
    assert len(recs) == 5 and all(r.reasons for r in recs)


def test_training_learns_from_feedback_and_keeps_signs(lib: Library) -> None:
    weights = lib.train_ranker()
    assert weights.examples >= 12  # the sample history has dozens of rated and finished items
    for name, value in weights.weights.items():
        assert value * SIGNS[name] >= 0
    assert weights.training_auc is not None and weights.training_auc > 0.5
    path = lib.home / "models" / f"ranker-{lib.profile().id}.json"
    assert path.is_file()
    assert lib.train_ranker(only_if_stale=True).trained_at_version == weights.trained_at_version
    assert len(lib.recommend(k=5)) == 5


def test_cli_recommend_json_contract(lib: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(lib.home), "recommend", "-k", "3", "--kind", "film", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 3
    for entry in out:
        assert {"id", "kind", "title", "year", "score", "reasons"} <= set(entry)
        assert entry["kind"] == "film" and entry["reasons"]
    assert main(["--home", str(lib.home), "recommend", "--like", "999999"]) == 1
    assert "no item" in capsys.readouterr().err.lower()
    assert main(["--home", str(lib.home), "taste", "mute", "no such thing at all"]) == 1
    assert main(["--home", str(lib.home), "taste", "--json"]) == 0


def test_unindexed_library_recommends_without_loading_models(tmp_path: Path) -> None:
    import subprocess
    import sys

    home = tmp_path / "plain"
    with open_library(home) as fresh:
        fresh.load_sample()
        fresh.rate(item_by_title(fresh, "Arrival"), 5)
    code = (
        "import sys, engine\n"
        f"lib = engine.open_library({str(home)!r})\n"
        "recs = lib.recommend(k=3)\n"
        "assert len(recs) == 3, recs\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert now_iso()


def test_within_limits_the_choice_and_bad_options_are_errors(lib: Library) -> None:
    from engine.errors import UserError

    books = lib.store.items.filtered_ids(kind="book")
    shelf = frozenset(sorted(books)[:12])
    recs = lib.recommend(k=5, within=shelf)
    assert recs and {r.item.id for r in recs} <= shelf
    with pytest.raises(UserError, match="unknown recommend option"):
        lib.recommend(k=3, colour="blue")
    with pytest.raises(UserError, match="at least one"):
        lib.recommend(k=0)
    with pytest.raises(UserError, match="no genre, person, tag or series"):
        lib.set_taste_rule("zzzz not a thing", "mute")
    with pytest.raises(UserError):
        lib.set_taste_rule("科幻", "love")


def test_surprise_me_changes_the_list(lib: Library) -> None:
    plain = [r.item.id for r in lib.recommend(k=10)]
    novel = [r.item.id for r in lib.recommend(k=10, novelty=True)]
    assert len(novel) == 10 and novel != plain
