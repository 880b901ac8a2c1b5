"""Personalized PageRank on the sparse matrix agrees with networkx's reference implementation."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from engine.graph.model import EdgeSpec, NodeSpec
from engine.graph.pagerank import GraphMatrix, item_scores, personalized_pagerank
from engine.graph.store import GraphStore
from engine.library.db import Database
from engine.library.migrations import migrate


@pytest.fixture
def graph(tmp_path: Path) -> GraphStore:
    db = Database(tmp_path / "g.db")
    migrate(db)
    return GraphStore(db)


def _random_graph(graph: GraphStore, seed: int = 7) -> None:
    rng = random.Random(seed)
    people = [NodeSpec(f"person:p{i}", "person", f"P{i}") for i in range(15)]
    genres = [NodeSpec(f"genre:g{i}", "genre", f"G{i}") for i in range(5)]
    with graph.db.transaction():
        for item in range(1, 61):
            edges = [EdgeSpec("wrote", rng.choice(people), 1.0),
                     EdgeSpec("has_genre", rng.choice(genres), 0.8)]
            if rng.random() < 0.5:
                edges.append(EdgeSpec("tagged", rng.choice(genres), 0.3))
            graph.replace_item_edges(item, f"Item {item}", edges)
        graph.bump_version()


def _networkx_graph(graph: GraphStore) -> nx.Graph:
    g: nx.Graph = nx.Graph()
    for src, dst, weight in graph.db.query("SELECT src, dst, weight FROM graph_edges"):
        previous = g[src][dst]["weight"] if g.has_edge(src, dst) else 0.0
        g.add_edge(src, dst, weight=previous + weight)
    return g


def test_matches_networkx_personalized_pagerank(graph: GraphStore) -> None:
    _random_graph(graph)
    matrix = GraphMatrix.build(graph)
    nodes = graph.item_nodes([3, 17])
    seeds = {nodes[3]: 2.0, nodes[17]: 1.0}
    ours = personalized_pagerank(matrix, seeds, iterations=200, tolerance=1e-12)
    reference = nx.pagerank(_networkx_graph(graph), alpha=0.85, personalization=seeds, weight="weight",
                            tol=1e-12, max_iter=500)
    for node, value in reference.items():
        assert ours[node] == pytest.approx(value, abs=1e-6)
    assert ours.sum() == pytest.approx(1.0)


def test_item_scores_rank_items_only_and_skip_excluded(graph: GraphStore) -> None:
    _random_graph(graph)
    matrix = GraphMatrix.build(graph)
    seed = graph.item_nodes([5])[5]
    ranked = item_scores(matrix, personalized_pagerank(matrix, {seed: 1.0}), exclude={5}, limit=10)
    assert len(ranked) == 10
    assert all(item != 5 for item, _ in ranked)
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    assert {item for item, _ in ranked} <= set(range(1, 61))


def test_seed_outside_graph_gives_no_scores(graph: GraphStore) -> None:
    _random_graph(graph)
    matrix = GraphMatrix.build(graph)
    scores = personalized_pagerank(matrix, {10_000: 1.0})
    assert not scores.any()
    assert item_scores(matrix, scores) == []


def test_matrix_cache_roundtrip_and_damaged_cache(graph: GraphStore, tmp_path: Path) -> None:
    _random_graph(graph)
    matrix = GraphMatrix.build(graph)
    path = tmp_path / "graph.npz"
    matrix.save(path)
    loaded = GraphMatrix.load(path)
    assert loaded is not None and loaded.version == matrix.version
    assert (loaded.adjacency != matrix.adjacency).nnz == 0
    assert np.array_equal(loaded.item_ids, matrix.item_ids)
    path.write_bytes(b"not a zip file")
    assert GraphMatrix.load(path) is None
