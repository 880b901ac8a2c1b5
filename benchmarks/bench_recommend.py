"""Recommend: latency p50/p95 of ``recommend`` on a large library with a long history (no LLM).

``python -m benchmarks recommend``. The library has SHELFWISE_BENCH_RECOMMEND_ITEMS realistic items
(default 100,000) and 1,000 history events (ratings, likes, dismissals, finished, wishlist) spread
over three years. Item vectors come from a fast hashing encoder of MiniLM's size (384), so building
the library takes minutes instead of the hour a MiniLM pass takes (the index benchmark measures
that); query texts are encoded by the real MiniLM, so a request with a query is timed whole.

Figures: a cold request (the first after a new feedback event: the taste is recomputed), warm
requests of several shapes (For you, a kind, a year range, "more like", a query), and a request
right after a dismissal (the feedback-to-ranking path the app takes).
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

from benchmarks.common import line, peak_rss_mb, timed
from benchmarks.realistic_items import realistic_drafts
from engine import Library, open_library
from tests.fakes import HashingEncoder

EVENTS = 1000
PACK_ITEMS = 10_000     # items of the synthetic community pack (by IMDb-style ids)
PACK_USERS = 3_000


def _history(lib: Library, rng: random.Random) -> None:
    ids = lib.store.items.ids()
    chosen = rng.sample(ids, EVENTS)
    profile = lib.profile().id
    with lib.store.db.transaction():
        for n, item_id in enumerate(chosen):
            day = 1 + n * 1000 // EVENTS
            at = f"{2023 + day // 365:04d}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}T12:00:00+00:00"
            roll = rng.random()
            if roll < 0.6:
                stars = rng.choice([2, 3, 3.5, 4, 4, 4.5, 5])
                lib.store.events.add(item_id, profile, "rated", value=stars, at=at)
            elif roll < 0.75:
                lib.store.events.add(item_id, profile, "finished", at=at)
            elif roll < 0.85:
                lib.store.events.add(item_id, profile, "liked", at=at)
            elif roll < 0.93:
                lib.store.events.add(item_id, profile, "wishlist", at=at)
            else:
                lib.store.events.add(item_id, profile, "dismissed", at=at)


def _community_pack(lib: Library, rng: random.Random, folder: Path) -> None:
    """A synthetic community: PACK_USERS people rating ~40 of PACK_ITEMS items each, drawn around a
    personal taste centre so item-item structure exists; fitted like any pack (EASE, SASRec, user CF)."""
    from engine.community.pack import import_pack
    from engine.community.sasrec import SASRecConfig

    items = lib.store.items.ids()[:PACK_ITEMS]
    with lib.store.db.transaction():
        for n, item_id in enumerate(items):
            lib.store.db.execute("INSERT OR IGNORE INTO identifiers (item_id, scheme, value) VALUES (?,?,?)",
                                 (item_id, "imdb", f"tt{n:07d}"))
    path = folder / "community.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("user,item,rating,timestamp\n")
        for user in range(PACK_USERS):
            centre = rng.randrange(PACK_ITEMS)
            for step in range(40):
                n = int(rng.gauss(centre, 300)) % PACK_ITEMS
                stars = rng.choice([3, 3.5, 4, 4.5, 5])
                out.write(f"u{user},tt{n:07d},{stars},{1_600_000_000 + step * 86400}\n")
    import_pack(lib.store, lib.home, path, format="csv", name="bench-community",
                sasrec_config=SASRecConfig(epochs=2))


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"p50 {ordered[len(ordered) // 2]:.1f} ms, p95 {p95:.1f} ms"


def run_size(n: int, home: Path) -> None:
    print(f"recommend ({n:,} items, {EVENTS:,} history events, no LLM)")
    lib = open_library(home)
    lib.knowledge.use_encoder(HashingEncoder(dim=384, key="bench-hashing-384"))
    if lib.count_items() < n:
        with timed() as built:
            with lib.store.db.transaction():
                for draft in realistic_drafts(n):
                    lib.store.items.create(draft, source="bench")
            _history(lib, random.Random(7))
            lib.index()
            _community_pack(lib, random.Random(8), home)
        line("library built and indexed (hashing vectors)", f"{built[0]:,.0f} s")
    real = open_library(home)  # the real MiniLM encodes query texts; item vectors stay as indexed
    real.knowledge.use_encoder(lib.knowledge.encoder())
    real.knowledge.searcher._encoder = lambda: _minilm(real)  # type: ignore[method-assign]
    lib.close()
    rng = random.Random(9)
    ids = real.store.items.ids()
    shapes = [
        {}, {"kind": "book"}, {"kind": "film"}, {"year_from": 1990, "year_to": 1999},
        {"references": (rng.choice(ids),)}, {"query": "time travel"}, {"kind": "film", "query": "heist"},
        {"query": "科幻"}, {"language": "en", "kind": "book"}, {"diversity": 0.0},
    ]
    real.recommend(k=10)  # opens the vector index, loads the graph matrix
    real.recommend(query="warm up the text model", k=10)
    cold, warm, after_feedback = [], [], []
    for round_ in range(6):
        victim = rng.choice(ids)
        real.feedback(victim, "seen")
        with timed() as one:
            real.recommend(k=10)
        cold.append(one[0] * 1000)
        for shape in shapes:
            with timed() as one:
                real.recommend(k=10, **shape)  # type: ignore[arg-type]
            warm.append(one[0] * 1000)
        shown = real.recommend(k=10)
        real.feedback(shown[round_ % len(shown)].item.id, "dismiss")
        with timed() as one:
            again = real.recommend(k=10)
        after_feedback.append(one[0] * 1000)
        assert shown[round_ % len(shown)].item.id not in [r.item.id for r in again]
    line("cold: first request after a feedback event", _percentiles(cold))
    line("warm: 10 request shapes (kind, years, like-X, query…)", _percentiles(warm))
    line("right after a dismissal (item gone, neighbours lowered)", _percentiles(after_feedback))
    line("all requests", _percentiles(cold + warm + after_feedback))
    packs = real.community_packs()
    described = [f"{p.name} ({p.mapped:,} items, {p.users:,} users)" for p in packs]
    line("community pack in use", ", ".join(described) or "none")
    line("peak RSS", f"{peak_rss_mb():,.0f} MiB")
    real.close()


def _minilm(lib: Library) -> object:
    from engine.embeddings.encoder import SentenceEncoder, resolve_model_path

    encoder = getattr(lib, "_bench_minilm", None)
    if encoder is None:
        encoder = SentenceEncoder(resolve_model_path("bundled"))
        lib._bench_minilm = encoder  # type: ignore[attr-defined]
    return encoder


def run() -> None:
    size = int(os.environ.get("SHELFWISE_BENCH_RECOMMEND_ITEMS", "100000"))
    cache = os.environ.get("SHELFWISE_BENCH_CACHE")
    if cache:
        run_size(size, Path(cache) / f"recommend-{size}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        run_size(size, Path(tmp) / "home")


if __name__ == "__main__":
    run()
