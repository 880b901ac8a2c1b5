"""After scoring: the request's filters, the person's mutes, and a diverse final list (MMR).

Maximal marginal relevance picks, one at a time, the item with the best
(1 − λ)·relevance − λ·(closeness to what is already picked), so ten recommendations are not ten
takes on one book. λ is the diversity strength (settings ``recommend.diversity``). "Surprise me"
(novelty) lowers the weight of popularity and of closeness to the history, and raises λ.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from engine.library.db import Database
from engine.ranking.request import RecommendRequest

NOVELTY_DIVERSITY = 0.6
POOL = 150   # MMR looks at this many of the best-scored candidates


def allowed_by_request(db: Database, ids: Sequence[int], request: RecommendRequest) -> set[int]:
    """The ids that pass the request's kind, year, language and length filters. Items with an
    unknown length pass a length filter (their length cannot be held against them); an unknown
    year or language fails a filter on it.

    The rows are fetched by primary key and tested here: with an index on kind, SQLite would
    otherwise scan every item of that kind to answer "id IN (…) AND kind = ?"."""
    if not request.on_metadata:
        return set(ids)
    kept: set[int] = set()
    language = (request.language or "").lower()
    for start in range(0, len(ids), 900):
        chunk = tuple(ids[start:start + 900])
        marks = ",".join("?" * len(chunk))
        rows = db.query(
            f"SELECT id, kind, year, language, runtime_minutes, pages FROM items WHERE id IN ({marks})",
            chunk)
        for item_id, kind, year, lang, minutes, pages in rows:
            if request.kind and kind != request.kind:
                continue
            if request.year_from is not None and (year is None or year < request.year_from):
                continue
            if request.year_to is not None and (year is None or year > request.year_to):
                continue
            if language and not _same_language(lang, language):
                continue
            if request.max_minutes is not None and minutes is not None and minutes > request.max_minutes:
                continue
            if request.max_pages is not None and pages is not None and pages > request.max_pages:
                continue
            kept.add(int(item_id))
    return kept


def _same_language(value: str | None, wanted: str) -> bool:
    """"en" matches "en" and "en-US" (as ``metadata_filter`` does)."""
    if not value:
        return False
    value = value.lower()
    return value == wanted or value.startswith(f"{wanted}-")


def mmr(scores: np.ndarray, unit: np.ndarray, k: int, strength: float) -> list[int]:
    """Row indexes of the ``k`` picks, in order. ``unit`` rows are unit vectors (zero rows count as
    unlike everything)."""
    n = len(scores)
    if n == 0 or k <= 0:
        return []
    order = np.argsort(-scores, kind="stable")[:POOL]
    if strength <= 0 or unit.shape[1] == 0:
        return [int(i) for i in order[:k]]
    pool_scores = scores[order]
    span = float(pool_scores.max() - pool_scores.min())
    relevance = (pool_scores - pool_scores.min()) / span if span > 0 else np.ones_like(pool_scores)
    vectors = unit[order]
    similarity = vectors @ vectors.T
    closest = np.zeros(len(order), dtype=np.float32)
    picked: list[int] = []
    available = np.ones(len(order), dtype=bool)
    for _ in range(min(k, len(order))):
        value = (1.0 - strength) * relevance - strength * closest
        value[~available] = -np.inf
        best = int(np.argmax(value))
        picked.append(best)
        available[best] = False
        closest = np.maximum(closest, np.clip(similarity[best], 0.0, None))
    return [int(order[i]) for i in picked]
