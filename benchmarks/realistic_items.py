"""Items with realistic text for the index benchmarks, built at run time from the real public
data in ../shared/data (titles, genres and tags from MovieLens and goodbooks; sentences from
Wikipedia plot summaries and paper abstracts). Nothing is copied into the project; without
../shared the text falls back to generated words."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from benchmarks.common import SHARED_DATA
from engine.library.models import Credit, ItemDraft, SubjectTag

FALLBACK_WORDS = [
    "river", "memory", "empire", "glass", "winter", "garden", "silent", "machine", "ocean", "stars",
    "city", "iron", "paper", "night", "forest", "dragon", "mirror", "time", "travel", "quantum",
    "letters", "moon", "house", "war",
]


def _sentences(folder: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 <= len(s.strip()) <= 300]
    return found


def _movielens(folder: Path) -> tuple[list[str], list[str], list[str]]:
    titles, genres, tags = [], set(), set()
    with (folder / "movies.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            titles.append(re.sub(r"\s*\(\d{4}\)\s*$", "", row["title"]))
            genres.update(g for g in row["genres"].split("|") if not g.startswith("("))
    with (folder / "tags.csv").open(encoding="utf-8") as handle:
        tags.update(row["tag"].strip().lower() for row in csv.DictReader(handle))
    return titles, sorted(genres), sorted(t for t in tags if 2 < len(t) < 30)


def _book_titles_and_authors(path: Path) -> tuple[list[str], list[str]]:
    titles, authors = [], []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            titles.append(row["title"])
            authors += [a.strip() for a in row["authors"].split(",")]
    return titles, sorted(set(authors))


def realistic_drafts(n: int, seed: int = 11) -> list[ItemDraft]:
    rng = random.Random(seed)
    if SHARED_DATA.is_dir():
        sentences = (_sentences(SHARED_DATA / "plots/cmu-movie-summary-azure-sample/extracted")
                     + _sentences(SHARED_DATA / "articles/webofscience-abstracts-azure-sample/extracted"))
        films, genres, tags = _movielens(SHARED_DATA / "movielens-small")
        books, authors = _book_titles_and_authors(SHARED_DATA / "goodbooks-10k/books.csv")
    else:
        sentences = [" ".join(rng.choices(FALLBACK_WORDS, k=14)) + "." for _ in range(2000)]
        films = books = [" ".join(rng.choices(FALLBACK_WORDS, k=3)).title() for _ in range(2000)]
        genres, tags = ["Drama", "Comedy", "Sci-Fi", "Thriller"], FALLBACK_WORDS
        authors = [f"Author {i}" for i in range(3000)]
    drafts = []
    for i in range(n):
        kind = rng.choices(("film", "book", "article"), (5, 4, 1))[0]
        base = rng.choice(films if kind == "film" else books)
        description = " ".join(rng.sample(sentences, rng.randint(2, 5)))
        drafts.append(ItemDraft(
            kind=kind, title=f"{base} {i}" if i >= len(films) else base,
            year=rng.randint(1920, 2025), description=description,
            creators=[Credit(rng.choice(authors), "director" if kind == "film" else "author")],
            subjects=[SubjectTag(g, "genre", "bench") for g in rng.sample(genres, rng.randint(1, 3))]
            + [SubjectTag(t, "tag", "bench") for t in rng.sample(tags, rng.randint(0, 4))],
            language=rng.choices(("en", "zh", "fr"), (90, 6, 4))[0],
        ))
    return drafts
