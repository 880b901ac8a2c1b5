"""Storage: item insert throughput and full-text search latency over a 100k-item library."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.common import latencies_ms, line, peak_rss_mb, timed
from engine import open_library
from engine.library.models import Credit, ItemDraft, SubjectTag

WORDS = [
    "shadow",
    "river",
    "empire",
    "glass",
    "winter",
    "garden",
    "silent",
    "machine",
    "ocean",
    "stars",
    "memory",
    "city",
    "iron",
    "paper",
    "night",
    "forest",
    "dragon",
    "mirror",
    "time",
    "travel",
    "quantum",
    "letters",
    "moon",
    "house",
    "war",
    "peace",
    "storm",
]
QUERIES = (
    "time travel",
    "dragon",
    "silent ocean",
    "author 42",
    "mirror",
    "quantum letters",
    "garden of",
    "empire",
    "三体",
    "winter",
)


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    """Pseudo-words plus the real ones above; drawn with a Zipf-like skew like real text."""
    letters = "abcdefghijklmnoprstuvwy"
    made = {"".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(size)}
    return WORDS + sorted(made)


def generated_drafts(n: int, seed: int = 7) -> list[ItemDraft]:
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]

    def words(k: int) -> str:
        return " ".join(rng.choices(vocab, weights, k=k))

    drafts = []
    for i in range(n):
        title = words(rng.randint(1, 4)).title() + f" {i}"
        drafts.append(
            ItemDraft(
                kind=rng.choice(("book", "film", "article")),
                title=title,
                year=rng.randint(1900, 2025),
                description=words(40),
                identifiers={"isbn13": f"978{i:010d}"},
                creators=[Credit(f"Author {rng.randint(0, 5000)}", "author")],
                subjects=[
                    SubjectTag(rng.choice(WORDS), "tag", "bench"),
                    SubjectTag(rng.choice(("fantasy", "drama", "science fiction")), "genre", "bench"),
                ],
            )
        )
    return drafts


def run(n: int = 100_000) -> None:
    print(f"storage ({n:,} generated items)")
    drafts = generated_drafts(n)
    with tempfile.TemporaryDirectory() as tmp, open_library(Path(tmp)) as lib:
        rss_before = peak_rss_mb()
        with timed() as elapsed:
            for start in range(0, n, 1000):
                with lib.store.db.transaction():
                    for draft in drafts[start : start + 1000]:
                        lib.store.items.create(draft, source="bench")
        line("insert throughput (items, people, subjects, FTS)", f"{n / elapsed[0]:,.0f} items/s")
        for query in QUERIES:
            lib.items(search=query, limit=20)  # warm
        p50, p95 = latencies_ms(lambda: [lib.items(search=q, limit=20) for q in QUERIES], repeat=30)
        line(
            "FTS search, 20 results incl. loading items (per query)",
            f"p50 {p50 / len(QUERIES):.2f} ms, p95 {p95 / len(QUERIES):.2f} ms",
        )
        p50, p95 = latencies_ms(lambda: [lib.store.items.search(q, limit=20) for q in QUERIES], repeat=30)
        line(
            "FTS search, ids only (per query)",
            f"p50 {p50 / len(QUERIES):.2f} ms, p95 {p95 / len(QUERIES):.2f} ms",
        )
        line("database size", f"{lib.database_path.stat().st_size / 2**20:,.0f} MiB")
        line("peak RSS", f"{peak_rss_mb():,.0f} MiB (before insert {rss_before:,.0f} MiB)")


if __name__ == "__main__":
    run()
