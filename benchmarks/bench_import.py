"""Import: rows/s and peak memory for a generated 100k-row Goodreads-style CSV and for the
MovieLens-small catalogue. Each case runs in its own process so its peak memory is its own."""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_storage import WORDS
from benchmarks.common import SHARED_DATA, line, peak_rss_mb, timed

GOODREADS_HEADER = [
    "Book Id",
    "Title",
    "Author",
    "Author l-f",
    "Additional Authors",
    "ISBN",
    "ISBN13",
    "My Rating",
    "Average Rating",
    "Publisher",
    "Binding",
    "Number of Pages",
    "Year Published",
    "Original Publication Year",
    "Date Read",
    "Date Added",
    "Bookshelves",
    "Bookshelves with positions",
    "Exclusive Shelf",
    "My Review",
    "Spoiler",
    "Private Notes",
    "Read Count",
    "Owned Copies",
]


def write_goodreads_csv(path: Path, rows: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    words = WORDS[:12]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(GOODREADS_HEADER)
        for i in range(rows):
            first, last = rng.choice(["Ann", "Bo", "Chen", "Dara"]), f"Writer{rng.randint(0, 9000)}"
            shelf = rng.choice(["read", "read", "to-read", "currently-reading"])
            writer.writerow(
                [
                    100000 + i,
                    " ".join(rng.choice(words) for _ in range(3)).title() + f" {i}",
                    f"{first} {last}",
                    f"{last}, {first}",
                    "",
                    '=""',
                    '=""',
                    rng.randint(0, 5) if shelf == "read" else 0,
                    "3.9",
                    "Press",
                    "Paperback",
                    rng.randint(90, 900),
                    rng.randint(1950, 2024),
                    rng.randint(1900, 2024),
                    f"2023/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}" if shelf == "read" else "",
                    "2022/01/05",
                    "favourites" if i % 7 == 0 else "",
                    "",
                    shelf,
                    "",
                    "",
                    "",
                    1 if shelf == "read" else 0,
                    0,
                ]
            )


def _one(kind: str, path: str, rows: int) -> dict[str, float]:
    from engine import open_library

    with tempfile.TemporaryDirectory() as tmp, open_library(Path(tmp)) as lib:
        before = peak_rss_mb()
        with timed() as elapsed:
            run = lib.import_path(path)
        return {
            "rows": rows,
            "seconds": elapsed[0],
            "created": run.created,
            "errors": len(run.errors),
            "rss_before": before,
            "rss_peak": peak_rss_mb(),
            "format": run.format,  # type: ignore[dict-item]
        }


def _measure(kind: str, path: Path, rows: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_import", "one", kind, str(path), str(rows)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _report(label: str, result: dict[str, float]) -> None:
    line(
        f"{label} [{result['format']}]",
        f"{result['rows'] / result['seconds']:,.0f} rows/s ({result['rows']:,} rows in "
        f"{result['seconds']:.1f} s, {result['created']:,} created, {result['errors']} errors)",
    )
    line(
        "  peak RSS (process start → after import)",
        f"{result['rss_before']:,.0f} → {result['rss_peak']:,.0f} MiB",
    )


def run() -> None:
    print("import")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (10_000, 100_000):
            path = Path(tmp) / f"goodreads_{rows}.csv"
            write_goodreads_csv(path, rows)
            _report(f"generated Goodreads CSV, {rows:,} rows", _measure("goodreads", path, rows))
    movies = SHARED_DATA / "movielens-small" / "movies.csv"
    if movies.exists():
        _report("MovieLens-small movies.csv (+links, tags)", _measure("movielens", movies, 9742))
    else:
        line("MovieLens-small movies.csv", "skipped (../shared/data absent)")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "one":
        print(json.dumps(_one(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    else:
        run()
