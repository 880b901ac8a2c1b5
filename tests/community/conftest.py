"""A small film library (MovieLens catalogue of 20 films) and a planted ratings file next to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine import Library, open_library
from tests.community.support import planted_rows, write_catalogue, write_ratings


@pytest.fixture
def film_lib(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(tmp_path / "home")
    run = lib.import_path(write_catalogue(tmp_path / "catalogue"))
    assert run.report()["created"] == 20
    yield lib
    lib.close()


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """``pack/ratings.csv`` with films 1 and 2 always rated together."""
    return write_ratings(tmp_path / "pack" / "ratings.csv", planted_rows())
