"""Modules the engine thread will need, imported before the window is shown.

A module's first import holds Python's global lock while its C parts load (scipy, hnswlib,
llama.cpp, the importers...). Done on the engine thread later, that freezes the window for a few
hundred milliseconds; done before the window exists, nobody waits on it (about 0.4 s at launch).
torch is not among them: it only ever loads in child processes.
"""

from __future__ import annotations

import importlib

MODULES = (
    "scipy.sparse", "hnswlib", "networkx", "llama_cpp",
    "engine.importers.pipeline", "engine.importers.review_edit", "engine.search", "engine.knowledge",
    "engine.graph.explain", "engine.ranking.recommender", "engine.ranking.training", "engine.chat.service",
    "engine.llm.runtime", "engine.item_detail", "engine.insights", "engine.community.pack",
)


def preload_modules() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional part missing: the feature says so when used
            continue
