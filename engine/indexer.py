"""``shelfwise index``: bring the knowledge graph and the item vectors up to date, incrementally.

Only items that changed since the last run (the ``index_dirty`` queue, filled by triggers) or
that have no vectors for the current model are touched. Each batch commits on its own and
takes its items off the queue in the same transaction, so a run that is killed resumes where it
stopped; the index file is brought back in line with the database when it is next opened.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from engine.embeddings.encoder import Encoder
from engine.embeddings.space import VectorSpace
from engine.embeddings.store import VectorStore
from engine.embeddings.text import item_texts, text_hash
from engine.errors import Cancelled
from engine.graph.aliases import SubjectAliases, default_aliases
from engine.graph.build import item_edges
from engine.graph.store import GraphStore
from engine.library.store import LibraryStore
from engine.progress import CancelToken, Progress, no_progress

log = logging.getLogger(__name__)

BATCH_SIZE = 1024        # items per transaction; the encoder reports progress within a batch
SIMILAR_K = 5
SIMILAR_MIN = 0.45      # below this, "similar" says little with MiniLM
CHECKPOINT_SECONDS = 60.0


@dataclass
class IndexReport:
    status: str = "completed"          # completed | cancelled | up to date
    items: int = 0                     # items (re)indexed
    removed: int = 0                   # deleted items taken out
    encoded: int = 0                   # texts run through the model
    reused: int = 0                    # texts whose vectors were already cached
    similar: int = 0                   # items whose similar_to edges were refreshed
    model: str = ""
    vector_index: str = ""             # loaded | synced | rebuilt | …
    seconds: float = 0.0
    encode_seconds: float = 0.0
    graph: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Indexer:
    def __init__(
        self, store: LibraryStore, space_factory: Callable[[int], VectorSpace],
        encoder: Encoder, *, aliases: SubjectAliases | None = None, batch_size: int = BATCH_SIZE,
    ) -> None:
        self.store = store
        self.db = store.db
        self.graph = GraphStore(store.db)
        self.vectors = VectorStore(store.db)
        self.encoder = encoder
        self.space_factory = space_factory
        self.aliases = aliases or default_aliases()
        self.batch_size = batch_size
        self.space: VectorSpace | None = None

    # -- what needs doing -------------------------------------------------------------------------

    def pending(self) -> tuple[list[int], int]:
        """Items to (re)index, and the change number up to which the queue is being served."""
        snapshot = self.db.scalar_int("SELECT max(change) FROM index_dirty") or 0
        dirty = {r[0] for r in self.db.query(
            "SELECT item_id FROM index_dirty WHERE change <= ?", (snapshot,)
        )}
        missing = set(self.vectors.items_without_chunks(self.encoder.key))
        return sorted(dirty | missing), snapshot

    def _space(self) -> VectorSpace:
        if self.space is None:
            dim = self.vectors.dimension(self.encoder.key)
            if dim is None:
                dim = self.encoder.dimension()
            self.space = self.space_factory(dim)
        return self.space

    # -- the run ----------------------------------------------------------------------------------

    def run(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> IndexReport:
        progress = progress or no_progress
        started = time.perf_counter()
        report = IndexReport(model=self.encoder.key)
        todo, snapshot = self.pending()
        similar_todo = self.db.scalar_int("SELECT count(*) FROM similar_dirty") or 0
        if not todo and not similar_todo:
            report.status = "up to date"
            report.vector_index = self._open_existing_space()
            report.graph = self.graph.counts()
            report.seconds = time.perf_counter() - started
            return report
        space = self._space()
        report.vector_index = space.open()
        last_save = time.perf_counter()
        try:
            total = len(todo)
            for start in range(0, total, self.batch_size):
                if cancel is not None:
                    cancel.check()
                batch = todo[start:start + self.batch_size]

                def encoding(texts_done: int, texts: int, start: int = start, size: int = len(batch)) -> None:
                    if cancel is not None:
                        cancel.check()  # nothing of this batch is written yet: stopping loses nothing
                    progress(start + size * texts_done // max(texts, 1), total, "indexing items")

                self._index_batch(batch, snapshot, space, report, encoding)
                progress(start + len(batch), total, "indexing items")
                if time.perf_counter() - last_save > CHECKPOINT_SECONDS:
                    space.save()
                    last_save = time.perf_counter()
            self._similar_pass(space, report, progress, cancel)
            with self.db.transaction():
                self.graph.prune_orphans()
        except Cancelled:
            report.status = "cancelled"
        finally:
            space.save()
        report.graph = self.graph.counts()
        report.seconds = time.perf_counter() - started
        return report

    def _open_existing_space(self) -> str:
        if self.vectors.dimension(self.encoder.key) is None:
            return "empty"
        return self._space().open()

    def _index_batch(
        self, batch: Sequence[int], snapshot: int, space: VectorSpace, report: IndexReport,
        encoding: Callable[[int, int], None] | None = None,
    ) -> None:
        items = {item.id: item for item in self.store.items.get_many(batch)}
        bodies = self._article_bodies([i for i, item in items.items() if item.kind == "article"])
        texts = {item_id: item_texts(item, bodies.get(item_id)) for item_id, item in items.items()}
        hashes = {item_id: [text_hash(t) for t in item_text] for item_id, item_text in texts.items()}
        model = self.encoder.key
        known = self.vectors.cached(model, [h for hs in hashes.values() for h in hs])
        to_encode: dict[str, str] = {}
        for item_id, item_hashes in hashes.items():
            for text, digest in zip(texts[item_id], item_hashes, strict=True):
                if digest not in known:
                    to_encode[digest] = text
        fresh: dict[str, npt.NDArray[np.float32]] = {}
        if to_encode:
            began = time.perf_counter()
            texts_total = len(to_encode)
            encoded = self.encoder.encode(
                list(to_encode.values()),
                None if encoding is None else (lambda done: encoding(done, texts_total)),
            )
            report.encode_seconds += time.perf_counter() - began
            fresh = dict(zip(to_encode, encoded, strict=True))
        report.encoded += len(fresh)
        report.reused += sum(len(h) for h in hashes.values()) - len(fresh)
        vectors_by_hash = {**known, **fresh}

        removed: list[int] = []
        added: list[tuple[int, int]] = []
        added_vectors: list[npt.NDArray[np.float32]] = []
        with self.db.transaction():
            if fresh:
                self.vectors.put_cache(model, fresh)
            for item_id in batch:
                item = items.get(item_id)
                if item is None:
                    self.graph.remove_item(item_id)
                    removed += self.vectors.remove_item(item_id)
                    report.removed += 1
                    continue
                self.graph.replace_item_edges(item_id, item.title, item_edges(item, self.aliases,
                                                                              bodies.get(item_id)))
                gone, new = self.vectors.replace_item_chunks(item_id, model, hashes[item_id])
                removed += gone
                for label, digest in new:
                    added.append((label, item_id))
                    added_vectors.append(vectors_by_hash[digest])
                report.items += 1
            marks = ",".join("?" * len(batch))
            self.db.execute(
                f"DELETE FROM index_dirty WHERE change <= ? AND item_id IN ({marks})", (snapshot, *batch)
            )
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO similar_dirty (item_id) VALUES (?)", [(i,) for i in items]
            )
            self.graph.bump_version()
            self.vectors.bump_version()
            version = self.vectors.version()
        matrix = np.vstack(added_vectors) if added_vectors else np.zeros((0, space.dim), dtype=np.float32)
        space.apply(removed, added, matrix, version)

    def _article_bodies(self, item_ids: Sequence[int]) -> dict[int, str]:
        if not item_ids:
            return {}
        marks = ",".join("?" * len(item_ids))
        return {
            r[0]: r[1] for r in self.db.query(
                f"SELECT id, body_text FROM items WHERE id IN ({marks}) AND body_text IS NOT NULL",
                tuple(item_ids),
            )
        }

    def _similar_pass(
        self, space: VectorSpace, report: IndexReport, progress: Progress, cancel: CancelToken | None
    ) -> None:
        """similar_to edges for items whose vectors changed, from their nearest neighbours."""
        todo = [r[0] for r in self.db.query("SELECT item_id FROM similar_dirty ORDER BY item_id")]
        if not todo:
            return
        exact = space.exact_matrix()
        for start in range(0, len(todo), self.batch_size):
            if cancel is not None:
                cancel.check()
            batch = todo[start:start + self.batch_size]
            vectors = self.vectors.item_vectors(self.encoder.key, batch, first_chunk_only=True)
            neighbours = space.neighbours(vectors, SIMILAR_K, exact_matrix=exact)
            with self.db.transaction():
                for item_id in batch:
                    kept = [(o, s) for o, s in neighbours.get(item_id, []) if s >= SIMILAR_MIN]
                    self.graph.replace_similar(item_id, kept)
                marks = ",".join("?" * len(batch))
                self.db.execute(f"DELETE FROM similar_dirty WHERE item_id IN ({marks})", tuple(batch))
                self.graph.bump_version()
            report.similar += len(batch)
            progress(min(start + self.batch_size, len(todo)), len(todo), "linking similar items")
