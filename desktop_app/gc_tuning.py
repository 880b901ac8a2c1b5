"""Keeping Python's full garbage collections short in the app's process.

A full collection scans every object the collector tracks while holding the interpreter lock. In
the app's process (Qt wrappers, the library's caches, the knowledge graph) one took 60–80 ms, a
visible stall whichever thread set it off. Objects that live as long as the window (built at
start, or loaded with the library and its index) are moved out of the collector's sight with
``gc.freeze()``, so later collections scan only what came after. Cycles among frozen objects are
never reclaimed while frozen; freezing only at these few moments keeps that to what is meant to
stay anyway, and closing the window hands everything back to the collector.
"""

from __future__ import annotations

import gc


def settle_long_lived() -> None:
    gc.freeze()


def release_long_lived() -> None:
    gc.unfreeze()
