"""Index: items/s of ``index`` beside the raw MiniLM encode rate on the same texts, hybrid search
latency, personalized PageRank latency and peak memory, at 10k and 100k items.

``python -m benchmarks index`` (sizes from SHELFWISE_BENCH_INDEX_SIZES, default "10000,100000";
the 100k run encodes 100k texts and takes about a quarter of an hour on 2 cores).
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

from benchmarks.common import line, peak_rss_mb, timed
from benchmarks.realistic_items import realistic_drafts
from engine import open_library
from engine.embeddings.text import item_texts

QUERIES = (
    "time travel", "a detective in a small town", "films about grief", "quantum computing",
    "love story in Paris", "war and its aftermath", "artificial intelligence", "family drama",
    "space exploration", "neural network training", "a heist that goes wrong", "coming of age",
    "protein folding", "revenge thriller", "comedy about friendship", "bridge engineering",
    "Hitchcock", "childhood memories", "political corruption", "科幻", "serial killer",
    "robots", "mountain climbing", "music and musicians", "the ocean", "ancient history",
)


def run_size(n: int) -> None:
    print(f"index ({n:,} items of realistic text)")
    drafts = realistic_drafts(n)
    with tempfile.TemporaryDirectory() as tmp, open_library(Path(tmp)) as lib:
        with lib.store.db.transaction():
            for draft in drafts:
                lib.store.items.create(draft, source="bench")
        encoder = lib.knowledge.encoder()
        sample_ids = random.Random(3).sample(lib.store.items.ids(), min(2000, n))
        texts = [item_texts(item)[0] for item in lib.store.items.get_many(sample_ids)]
        model = encoder._load()  # type: ignore[attr-defined]
        model.encode(texts[:64])  # load the model before timing
        with timed() as raw:  # sentence-transformers on its own, defaults as documented
            model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        raw_rate = len(texts) / raw[0]
        rss_before = peak_rss_mb()
        with timed() as elapsed:
            report = lib.index()
        rate = report.items / elapsed[0]
        with timed() as raw_after:  # again, so a machine busier during one part shows up
            model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        raw_rate = (raw_rate + len(texts) / raw_after[0]) / 2
        line("raw MiniLM encode rate (same item texts, 2,000; before/after)",
             f"{len(texts) / raw[0]:,.1f} / {len(texts) / raw_after[0]:,.1f} texts/s")
        line("index rate (graph + vectors + hnsw + similar_to)",
             f"{rate:,.1f} items/s = {100 * rate / raw_rate:.0f}% of raw ({elapsed[0]:,.0f} s)")
        line("  of which encoding", f"{report.encode_seconds:,.0f} s")
        with timed() as again:
            lib.index()
        line("second run, nothing changed", f"{again[0]:.2f} s")

        searcher = lib.knowledge.searcher
        for query in QUERIES:
            lib.search(query)  # warm: the first search loads the vector index
        samples = []
        for _ in range(4):
            for query in QUERIES:
                searcher._queries.clear()
                with timed() as one:
                    lib.search(query, limit=20)
                samples.append(one[0] * 1000)
        samples.sort()
        line("hybrid search (FTS + vector, RRF), 20 results",
             f"p50 {samples[len(samples) // 2]:.1f} ms, p95 {samples[int(len(samples) * 0.95)]:.1f} ms")
        lib.knowledge.matrix()
        rng = random.Random(5)
        ids = lib.store.items.ids()
        seeds = [{i: 1.0 for i in rng.sample(ids, 20)} for _ in range(40)]
        ppr = []
        for seed in seeds:
            with timed() as one:
                lib.knowledge.personalized_pagerank(seed, limit=100)
            ppr.append(one[0] * 1000)
        ppr.sort()
        line("personalized PageRank (20 seed items, top 100)",
             f"p50 {ppr[len(ppr) // 2]:.1f} ms, p95 {ppr[int(len(ppr) * 0.95)]:.1f} ms")
        graph = report.graph
        line("graph", f"{sum(v for k, v in graph.items() if k.startswith('nodes.')):,} nodes, "
                      f"{sum(v for k, v in graph.items() if k.startswith('edges.')):,} edges")
        line("peak RSS", f"{peak_rss_mb():,.0f} MiB (before indexing {rss_before:,.0f} MiB)")


def run() -> None:
    sizes = os.environ.get("SHELFWISE_BENCH_INDEX_SIZES", "10000,100000")
    for size in sizes.split(","):
        run_size(int(size))
        print()


if __name__ == "__main__":
    run()
