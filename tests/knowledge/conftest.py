from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine import Library, open_library
from tests.fakes import HashingEncoder


@pytest.fixture
def sample_lib(tmp_path: Path) -> Iterator[Library]:
    """The sample library, with the fast hashing encoder in place of MiniLM."""
    lib = open_library(tmp_path / "home")
    lib.load_sample()
    lib.knowledge.use_encoder(HashingEncoder())
    yield lib
    lib.close()


def item_by_title(lib: Library, title: str) -> int:
    ids = lib.store.items.find_by_title(title)
    assert ids, f"{title!r} not in the library"
    return ids[0]
