"""Small synthetic catalogues and ratings files for the community pack tests."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterable, Sequence
from pathlib import Path

from engine import Library
from engine.community.sasrec import SASRecConfig

TINY_SASREC = SASRecConfig(max_len=10, dim=16, heads=1, layers=1, epochs=2, batch_size=32, threads=1)
N_FILMS = 20


def film_title(movie_id: int) -> str:
    return f"Planted Film {movie_id:02d}"


def write_catalogue(folder: Path, n: int = N_FILMS) -> Path:
    """A MovieLens movies.csv of films 1..n ("Planted Film 01 (2001)"...)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [f"{i},{film_title(i)} ({2000 + i}),Drama" for i in range(1, n + 1)]
    path = folder / "movies.csv"
    path.write_text("movieId,title,genres\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def write_ratings(path: Path, rows: Iterable[Sequence[object]], header: str = "userId,movieId,rating,timestamp") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    path.write_text(header + "\n" + buffer.getvalue(), encoding="utf-8")
    return path


def planted_rows(users: int = 60, items: int = N_FILMS, seed: int = 0) -> list[tuple[int, int, float, int]]:
    """Every even user has films 1 and 2 (always together) plus 5 random others; odd users only random ones.

    Within a user, films come in increasing id order over time, so a sequence model sees i → a later id.
    """
    rng = random.Random(seed)
    rows = []
    for user in range(1, users + 1):
        chosen = set(rng.sample(range(3, items + 1), 5))
        if user % 2 == 0:
            chosen |= {1, 2}
        for step, item in enumerate(sorted(chosen)):
            rows.append((user, item, rng.choice([2.0, 3.0, 4.0, 5.0]), 1_000_000 + 100 * step))
    return rows


def library_id(lib: Library, movie_id: int) -> int:
    found = lib.store.items.find_by_identifier("movielens", str(movie_id))
    assert found is not None, f"movie {movie_id} is not in the library"
    return found
