"""What the library knows about its items: the knowledge graph, the item vectors and hybrid
search over both. Loaded lazily and shared by the CLI, the app, ranking and chat."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

import networkx as nx
import numpy as np

from engine.embeddings.encoder import Encoder, model_key, resolve_model_path
from engine.embeddings.process_encoder import make_encoder
from engine.embeddings.space import VectorSpace
from engine.embeddings.store import VectorStore
from engine.errors import ShelfwiseError
from engine.graph import explain
from engine.graph.aliases import default_aliases
from engine.graph.pagerank import (
    ITERATIONS,
    GraphMatrix,
    item_scores,
    item_values,
    load_matrix,
    personalized_pagerank,
)
from engine.graph.store import GraphStore
from engine.indexer import Indexer, IndexReport
from engine.library.models import ItemState
from engine.library.store import LibraryStore
from engine.progress import CancelToken, Progress
from engine.search import HybridSearch, SearchFilters, SearchHit
from engine.settings import Settings

INDEX_FOLDER = "index"
GRAPH_CACHE = "graph.npz"


class Knowledge:
    def __init__(self, store: LibraryStore, home: Path, settings: Settings) -> None:
        self.store = store
        self.folder = home / INDEX_FOLDER
        self.settings = settings
        self.graph = GraphStore(store.db)
        self.vectors = VectorStore(store.db)
        self._encoder: Encoder | None = None
        self._model_key: str | None = None
        self._space: VectorSpace | None = None
        self._matrix: GraphMatrix | None = None
        self._lock = threading.RLock()
        self.aliases = default_aliases()
        self.searcher = HybridSearch(store, self.space_if_indexed, self.encoder_if_indexed, self.graph,
                                     self.aliases)

    # -- the model and the vector space --------------------------------------------------------------

    def use_encoder(self, encoder: Encoder) -> None:
        """Use this encoder instead of the one chosen in settings (tests, benchmarks)."""
        with self._lock:
            self._encoder = encoder
            self._space = None

    def encoder(self) -> Encoder:
        """The embedding model chosen in settings (not loaded until it first encodes)."""
        with self._lock:
            if self._encoder is None:
                self._encoder = make_encoder(resolve_model_path(self.settings.models.embedding_model))
            return self._encoder

    def model_key(self) -> str:
        """The chosen model's identity, without loading it (read from its files once)."""
        if self._encoder is not None:
            return self._encoder.key
        if self._model_key is None:
            self._model_key = model_key(resolve_model_path(self.settings.models.embedding_model))
        return self._model_key

    def installed_model_key(self) -> str | None:
        """:meth:`model_key`, or None when the chosen model is not installed."""
        try:
            return self.model_key()
        except ShelfwiseError:
            return None

    def _space_for(self, dim: int) -> VectorSpace:
        with self._lock:
            key = self.encoder().key
            if self._space is None or self._space.model != key or self._space.dim != dim:
                self._space = VectorSpace(self.vectors, self.folder, key, dim)
            return self._space

    def space_if_indexed(self) -> VectorSpace | None:
        """The vector space, when this model has vectors (else None: search is keyword-only)."""
        dim = self.vectors.dimension(self.model_key())
        return None if dim is None else self._space_for(dim)

    def encoder_if_indexed(self) -> Encoder | None:
        return self.encoder() if self.vectors.dimension(self.model_key()) is not None else None

    # -- indexing --------------------------------------------------------------------------------------

    def pending(self) -> int:
        """How many items wait to be (re)indexed: changed ones, and ones without vectors from
        the current model."""
        return self.store.db.scalar_int(
            "SELECT count(*) FROM items WHERE id IN (SELECT item_id FROM index_dirty) "
            "OR id IN (SELECT item_id FROM similar_dirty) "
            "OR id NOT IN (SELECT item_id FROM item_chunks WHERE model = ?)", (self.installed_model_key(),),
        ) or 0

    def index(self, progress: Progress | None = None, cancel: CancelToken | None = None,
              *, batch_size: int | None = None) -> IndexReport:
        indexer = Indexer(self.store, self._space_for, self.encoder(), aliases=self.aliases)
        if batch_size:
            indexer.batch_size = batch_size
        report = indexer.run(progress=progress, cancel=cancel)
        if report.status == "completed":
            self.matrix()  # refresh the cached matrix now, not on the first query
        return report

    # -- search ----------------------------------------------------------------------------------------

    def search(self, text: str, filters: SearchFilters | None = None, *, limit: int = 20,
               states: dict[int, ItemState] | None = None) -> list[SearchHit]:
        return self.searcher.search(text, filters, limit=limit, states=states)

    def similar_items(self, item_id: int, k: int = 10) -> list[tuple[int, float]]:
        """Nearest items by meaning (item id, cosine similarity)."""
        space = self.space_if_indexed()
        if space is None:
            return []
        vectors = self.vectors.item_vectors(space.model, [item_id], first_chunk_only=True)
        if item_id not in vectors:
            return []
        return space.neighbours(vectors, k).get(item_id, [])

    # -- the graph -------------------------------------------------------------------------------------

    def matrix(self) -> GraphMatrix:
        with self._lock:
            if self._matrix is None or self._matrix.version != self.graph.version():
                self._matrix = load_matrix(self.graph, self.folder / GRAPH_CACHE)
            return self._matrix

    def personalized_pagerank(
        self, seed_items: Mapping[int, float], *, seed_nodes: Mapping[str, float] | None = None,
        limit: int = 100, exclude: set[int] | None = None, damp_popular: float = 0.0,
        iterations: int = ITERATIONS,
    ) -> list[tuple[int, float]]:
        """Items ranked by a random walk from liked items (item id → weight) and/or entity nodes
        by key ("person:denis villeneuve", "genre:science-fiction" → weight)."""
        matrix = self.matrix()
        seeds = self._seeds(seed_items, seed_nodes)
        scores = personalized_pagerank(matrix, seeds, iterations=iterations)
        skip = set(exclude or ()) | set(seed_items)
        return item_scores(matrix, scores, exclude=skip, limit=limit, damp_popular=damp_popular)

    def _seeds(
        self, seed_items: Mapping[int, float], seed_nodes: Mapping[str, float] | None,
    ) -> dict[int, float]:
        """Graph node id → restart weight, from item ids and entity keys."""
        seeds: dict[int, float] = {}
        nodes = self.graph.item_nodes(list(seed_items))
        for item_id, weight in seed_items.items():
            if item_id in nodes:
                seeds[nodes[item_id]] = seeds.get(nodes[item_id], 0.0) + weight
        if seed_nodes:
            for key, node_id in self.graph.find_nodes(list(seed_nodes)).items():
                seeds[node_id] = seeds.get(node_id, 0.0) + seed_nodes[key]
        return seeds

    def pagerank_items(
        self, seed_items: Mapping[int, float], *, seed_nodes: Mapping[str, float] | None = None,
        damp_popular: float = 0.0, iterations: int = ITERATIONS,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Every item's personalized PageRank score: (item ids, scores) in the matrix's item order."""
        matrix = self.matrix()
        seeds = self._seeds(seed_items, seed_nodes)
        scores = personalized_pagerank(matrix, seeds, iterations=iterations)
        return matrix.item_ids, item_values(matrix, scores, damp_popular=damp_popular)

    def related(self, item_id: int, k: int = 10) -> list[tuple[int, float]]:
        return self.personalized_pagerank({item_id: 1.0}, limit=k, damp_popular=0.5)

    def connections(self, item_a: int, item_b: int) -> list[explain.Connection]:
        return explain.shared_connections(self.graph, item_a, item_b)

    def explain(self, item_a: int, item_b: int, language: str = "en") -> str:
        """Why ``item_b`` relates to ``item_a`` in a few words ("same director (…)")."""
        title = self.store.items.get(item_a).title
        return explain.describe(self.connections(item_a, item_b), other_title=title, language=language)

    def path(self, item_a: int, item_b: int) -> list[str]:
        return [node.label for node in explain.explain_path(self.graph, item_a, item_b)]

    def neighbourhood(self, item_id: int) -> nx.Graph:
        return explain.neighbourhood(self.graph, item_id)
