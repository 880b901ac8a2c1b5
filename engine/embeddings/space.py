"""The searchable vector space of one library and model: the hnswlib index file kept in line
with the vectors in SQLite, answered at the level of items (an item's best chunk counts)."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from engine.embeddings.ann import VectorIndex, open_or_rebuild
from engine.embeddings.store import VectorStore

EXACT_LIMIT = 50_000  # below this many chunks, neighbours for the graph are computed exactly
EXACT_FILTER_LIMIT = 1_000  # a filter letting fewer items through is searched exactly


def index_path(folder: Path, model: str) -> Path:
    return folder / f"vectors-{re.sub(r'[^A-Za-z0-9_.-]+', '-', model)}.hnsw"


class VectorSpace:
    def __init__(self, store: VectorStore, folder: Path, model: str, dim: int) -> None:
        self.store = store
        self.model = model
        self.dim = dim
        self.path = index_path(folder, model)
        self._lock = threading.RLock()
        self._index: VectorIndex | None = None
        self._label_items: dict[int, int] = {}
        self._item_labels: dict[int, list[int]] | None = None
        self._version = -1
        self.status = "not opened"

    def _ensure(self) -> VectorIndex:
        with self._lock:
            version = self.store.version()
            if self._index is None or version != self._version:
                self._label_items = self.store.label_items(self.model)
                self._item_labels = None
                self._index, self.status = open_or_rebuild(
                    self.path, model=self.model, dim=self.dim, live_labels=set(self._label_items),
                    fetch=lambda labels: self.store.vectors(self.model, labels),
                )
                self._version = version
            return self._index

    def open(self) -> str:
        self._ensure()
        return self.status

    def __len__(self) -> int:
        return len(self._ensure())

    # -- changes made by the indexer (after its transaction committed) -------------------------------

    def apply(
        self, removed: Sequence[int], added: Sequence[tuple[int, int]], vectors: npt.NDArray[np.float32],
        version: int,
    ) -> None:
        """Remove chunk labels, add (label, item id) chunks with their vectors (rows in order)."""
        with self._lock:
            index = self._ensure() if self._index is None else self._index
            self._item_labels = None
            if removed:
                index.remove(removed)
                for label in removed:
                    self._label_items.pop(label, None)
            if added:
                index.add([label for label, _ in added], vectors)
                self._label_items.update(added)
            self._version = version

    def save(self) -> None:
        with self._lock:
            if self._index is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._index.save(self.path)

    # -- queries -------------------------------------------------------------------------------------

    def search_items(
        self, vector: npt.NDArray[np.float32], k: int, *, allowed: set[int] | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` items whose best chunk is closest to ``vector`` (item id, cosine similarity)."""
        index = self._ensure()
        label_items = self._label_items
        if allowed is not None and len(allowed) <= EXACT_FILTER_LIMIT:
            labels = [label for item in allowed for label in self._labels_by_item().get(item, ())]
            found = index.search_among(vector, labels, k * 3)
        else:
            check = None if allowed is None else (lambda label: label_items.get(label) in allowed)
            found = index.search(vector, k * 3, allowed=check)
        best: dict[int, float] = {}
        for label, similarity in found:
            item_id = label_items.get(label)
            if item_id is not None and similarity > best.get(item_id, -2.0):
                best[item_id] = similarity
        return sorted(best.items(), key=lambda pair: -pair[1])[:k]

    def _labels_by_item(self) -> dict[int, list[int]]:
        with self._lock:
            if self._item_labels is None:
                grouped: dict[int, list[int]] = {}
                for label, item in self._label_items.items():
                    grouped.setdefault(item, []).append(label)
                self._item_labels = grouped
            return self._item_labels

    def neighbours(
        self, item_vectors: dict[int, npt.NDArray[np.float32]], k: int, *, exact_matrix: tuple[
            list[int], npt.NDArray[np.float32]] | None = None,
    ) -> dict[int, list[tuple[int, float]]]:
        """For each item (its first-chunk vector), the ``k`` nearest other items."""
        items = list(item_vectors)
        if not items:
            return {}
        queries = np.vstack([item_vectors[i][0] for i in items]).astype(np.float32)
        found: dict[int, list[tuple[int, float]]] = {}
        if exact_matrix is not None:
            labels, matrix = exact_matrix
            similarities = queries @ matrix.T
            top = min(len(labels), (k + 1) * 3)
            for row, item_id in enumerate(items):
                order = np.argpartition(-similarities[row], top - 1)[:top]
                ranked = sorted(((int(labels[c]), float(similarities[row, c])) for c in order),
                                key=lambda pair: (-pair[1], pair[0]))
                found[item_id] = self._best_items(item_id, ranked, k)
            return found
        index = self._ensure()
        for item_id, results in zip(items, index.search_many(queries, (k + 1) * 3), strict=True):
            found[item_id] = self._best_items(item_id, results, k)
        return found

    def _best_items(self, item_id: int, ranked: list[tuple[int, float]], k: int) -> list[tuple[int, float]]:
        best: dict[int, float] = {}
        for label, similarity in ranked:
            other = self._label_items.get(label)
            if other is None or other == item_id or other in best:
                continue
            best[other] = round(similarity, 4)
            if len(best) >= k:
                break
        return sorted(best.items(), key=lambda pair: (-pair[1], pair[0]))

    def exact_matrix(self) -> tuple[list[int], npt.NDArray[np.float32]] | None:
        """Every chunk vector in memory, when there are few enough for exact neighbours."""
        self._ensure()
        labels = sorted(self._label_items)
        if len(labels) > EXACT_LIMIT:
            return None
        return labels, self.store.vectors(self.model, labels)
