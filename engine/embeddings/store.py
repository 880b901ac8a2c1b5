"""Item vectors in SQLite: an encoding cache keyed by (model, text hash), and each item's
chunks (the labels used by the nearest-neighbour index). The database is the truth; the index
file beside it can always be rebuilt from here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from engine.library.counters import bump_counter, read_counter
from engine.library.db import Database

VECTORS_VERSION_KEY = "vectors_version"


def _batched(values: Sequence[object], size: int = 500) -> Iterable[tuple[object, ...]]:
    for start in range(0, len(values), size):
        yield tuple(values[start:start + size])


class VectorStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the encoding cache ----------------------------------------------------------------------

    def cached(self, model: str, hashes: Sequence[str]) -> dict[str, npt.NDArray[np.float32]]:
        found: dict[str, npt.NDArray[np.float32]] = {}
        unique = list(dict.fromkeys(hashes))
        for chunk in _batched(unique):
            marks = ",".join("?" * len(chunk))
            for text_hash, blob in self.db.query(
                f"SELECT text_hash, vector FROM embedding_cache WHERE model = ? AND text_hash IN ({marks})",
                (model, *chunk),
            ):
                found[text_hash] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_cache(self, model: str, vectors: dict[str, npt.NDArray[np.float32]]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO embedding_cache (model, text_hash, vector) VALUES (?,?,?)",
            [(model, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
        )

    def dimension(self, model: str) -> int | None:
        size = self.db.scalar_int(
            "SELECT length(vector) FROM embedding_cache WHERE model = ? LIMIT 1", (model,)
        )
        return None if size is None else size // 4

    # -- item chunks -----------------------------------------------------------------------------

    def chunk_hashes(self, item_id: int, model: str) -> list[str]:
        return [r[0] for r in self.db.query(
            "SELECT text_hash FROM item_chunks WHERE item_id = ? AND model = ? ORDER BY chunk",
            (item_id, model),
        )]

    def replace_item_chunks(
        self, item_id: int, model: str, hashes: Sequence[str]
    ) -> tuple[list[int], list[tuple[int, str]]]:
        """Make the item's chunks for ``model`` exactly ``hashes``; chunks of other models are
        dropped (they describe an older version of the item). Returns (removed labels, added
        (label, hash)). Unchanged chunks keep their labels."""
        current = self.db.query(
            "SELECT id, model, chunk, text_hash FROM item_chunks WHERE item_id = ?", (item_id,)
        )
        keep = {r[2]: r[0] for r in current if r[1] == model and r[2] < len(hashes) and r[3] == hashes[r[2]]}
        removed = [r[0] for r in current if r[0] not in keep.values()]
        if removed:
            marks = ",".join("?" * len(removed))
            self.db.execute(f"DELETE FROM item_chunks WHERE id IN ({marks})", tuple(removed))
        added: list[tuple[int, str]] = []
        for position, text_hash in enumerate(hashes):
            if position in keep:
                continue
            cursor = self.db.execute(
                "INSERT INTO item_chunks (item_id, model, chunk, text_hash) VALUES (?,?,?,?)",
                (item_id, model, position, text_hash),
            )
            added.append((int(cursor.lastrowid or 0), text_hash))
        return removed, added

    def remove_item(self, item_id: int) -> list[int]:
        removed = [r[0] for r in self.db.query("SELECT id FROM item_chunks WHERE item_id = ?", (item_id,))]
        self.db.execute("DELETE FROM item_chunks WHERE item_id = ?", (item_id,))
        return removed

    def items_without_chunks(self, model: str) -> list[int]:
        return [r[0] for r in self.db.query(
            "SELECT id FROM items WHERE id NOT IN (SELECT item_id FROM item_chunks WHERE model = ?) "
            "ORDER BY id", (model,),
        )]

    def live_labels(self, model: str) -> set[int]:
        return {r[0] for r in self.db.query("SELECT id FROM item_chunks WHERE model = ?", (model,))}

    def label_items(self, model: str) -> dict[int, int]:
        """Chunk label → item id, for every chunk of ``model``."""
        return dict(self.db.conn.execute(
            "SELECT id, item_id FROM item_chunks WHERE model = ?", (model,)
        ).fetchall())

    def vectors(self, model: str, labels: Sequence[int]) -> npt.NDArray[np.float32]:
        """The vectors of these chunk labels, in order (a float32 matrix)."""
        dim = self.dimension(model) or 0
        found: dict[int, bytes] = {}
        for chunk in _batched(labels):
            marks = ",".join("?" * len(chunk))
            for label, blob in self.db.query(
                f"SELECT c.id, e.vector FROM item_chunks c JOIN embedding_cache e "
                f"ON e.model = c.model AND e.text_hash = c.text_hash WHERE c.id IN ({marks})", chunk,
            ):
                found[label] = blob
        matrix = np.zeros((len(labels), dim), dtype=np.float32)
        for row, label in enumerate(labels):
            if label in found:
                matrix[row] = np.frombuffer(found[label], dtype=np.float32)
        return matrix

    def item_vectors(self, model: str, item_ids: Sequence[int], *, first_chunk_only: bool = False
                     ) -> dict[int, npt.NDArray[np.float32]]:
        """Item id → matrix of its chunk vectors (chunk order)."""
        grouped: dict[int, list[npt.NDArray[np.float32]]] = {}
        extra = "AND c.chunk = 0 " if first_chunk_only else ""
        for chunk in _batched(item_ids):
            marks = ",".join("?" * len(chunk))
            for item_id, blob in self.db.query(
                f"SELECT c.item_id, e.vector FROM item_chunks c JOIN embedding_cache e "
                f"ON e.model = c.model AND e.text_hash = c.text_hash "
                f"WHERE c.model = ? {extra}AND c.item_id IN ({marks}) ORDER BY c.item_id, c.chunk",
                (model, *chunk),
            ):
                grouped.setdefault(item_id, []).append(np.frombuffer(blob, dtype=np.float32))
        return {item_id: np.vstack(rows) for item_id, rows in grouped.items()}

    # -- version: bumped whenever chunks change, so in-memory maps know they are stale ------------

    def version(self) -> int:
        return read_counter(self.db, VECTORS_VERSION_KEY)

    def bump_version(self) -> int:
        return bump_counter(self.db, VECTORS_VERSION_KEY)
