"""``torch_threads(n)``: run a block with torch limited to ``n`` threads, then restore the setting.

Small models gain nothing from more threads and lose much when the machine is busy. torch is
imported only when the block runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def torch_threads(threads: int) -> Iterator[None]:
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(max(1, threads))
    try:
        yield
    finally:
        torch.set_num_threads(previous)
