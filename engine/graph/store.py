"""The knowledge graph persisted in SQLite (``graph_nodes``, ``graph_edges``).

Item edges always go from the item's node; an item's edges are replaced as a whole when it
changes, so the graph is updated incrementally and loads without recomputation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from engine.graph.model import EDGE_WEIGHTS, EdgeSpec, NodeSpec, item_key
from engine.library.counters import bump_counter, read_counter
from engine.library.db import Database

DEGREE_CACHE = 100_000

VERSION_KEY = "graph_version"


@dataclass(frozen=True, slots=True)
class Node:
    id: int
    key: str
    type: str
    label: str
    label_zh: str | None

    def display(self, language: str = "en") -> str:
        if language.lower().startswith("zh") and self.label_zh:
            return self.label_zh
        return self.label

    @property
    def item_id(self) -> int | None:
        return int(self.key[5:]) if self.type == "item" else None


@dataclass(frozen=True, slots=True)
class Link:
    """An edge seen from one of its ends."""

    type: str
    node: Node
    weight: float


class GraphStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._ids: dict[str, int] = {}
        self._rollbacks = db.rollbacks
        self._item_count: tuple[int, int] | None = None  # (graph version, count)
        self._degrees: dict[int, int] = {}
        self._degrees_version = -1

    # -- nodes -----------------------------------------------------------------------------------

    def _node_id(self, spec: NodeSpec) -> int:
        if self._rollbacks != self.db.rollbacks:
            self._ids.clear()
            self._rollbacks = self.db.rollbacks
        found = self._ids.get(spec.key)
        if found is None:
            self.db.execute(
                "INSERT INTO graph_nodes (key, type, label, label_zh) VALUES (?,?,?,?) "
                "ON CONFLICT (key) DO NOTHING", (spec.key, spec.type, spec.label, spec.label_zh),
            )
            found = self.db.scalar_int("SELECT id FROM graph_nodes WHERE key = ?", (spec.key,)) or 0
            self._ids[spec.key] = found
        return found

    def item_node_id(self, item_id: int, title: str = "") -> int:
        node_id = self._node_id(NodeSpec(item_key(item_id), "item", title or str(item_id)))
        if title:
            self.db.execute("UPDATE graph_nodes SET label = ? WHERE id = ? AND label != ?",
                            (title, node_id, title))
        return node_id

    def find_item_node(self, item_id: int) -> int | None:
        return self.db.scalar_int("SELECT id FROM graph_nodes WHERE key = ?", (item_key(item_id),))

    def node(self, node_id: int) -> Node:
        return self.nodes([node_id])[node_id]

    def nodes(self, node_ids: Iterable[int]) -> dict[int, Node]:
        ids = list(dict.fromkeys(node_ids))
        found: dict[int, Node] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(
                f"SELECT id, key, type, label, label_zh FROM graph_nodes WHERE id IN ({marks})", tuple(chunk)
            ):
                found[row[0]] = Node(row[0], row[1], row[2], row[3], row[4])
        return found

    def find_nodes(self, keys: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT key, id FROM graph_nodes WHERE key IN ({marks})", tuple(chunk)):
                found[row[0]] = row[1]
        return found

    def item_nodes(self, item_ids: Sequence[int]) -> dict[int, int]:
        """Item id → node id, for the items that are in the graph."""
        found = self.find_nodes([item_key(i) for i in item_ids])
        return {int(key[5:]): node for key, node in found.items()}

    # -- writing (call inside a transaction) -------------------------------------------------------

    def replace_item_edges(self, item_id: int, title: str, edges: Sequence[EdgeSpec]) -> None:
        """The item's metadata edges become exactly ``edges`` (its similar_to edges are kept)."""
        src = self.item_node_id(item_id, title)
        self.db.execute("DELETE FROM graph_edges WHERE src = ? AND type != 'similar_to'", (src,))
        rows = [(src, self._node_id(edge.target), edge.type, edge.weight) for edge in edges]
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO graph_edges (src, dst, type, weight) VALUES (?,?,?,?)", rows
        )

    def replace_similar(self, item_id: int, neighbours: Sequence[tuple[int, float]]) -> None:
        """The item's similar_to edges become ``neighbours`` ((other item id, similarity))."""
        src = self.find_item_node(item_id)
        if src is None:
            return
        self.db.execute("DELETE FROM graph_edges WHERE src = ? AND type = 'similar_to'", (src,))
        targets = self.item_nodes([other for other, _ in neighbours])
        rows = [
            (src, targets[other], "similar_to", round(EDGE_WEIGHTS["similar_to"] * similarity, 4))
            for other, similarity in neighbours if other in targets and other != item_id
        ]
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO graph_edges (src, dst, type, weight) VALUES (?,?,?,?)", rows
        )

    def remove_item(self, item_id: int) -> None:
        node_id = self.find_item_node(item_id)
        if node_id is None:
            return
        self.db.execute("DELETE FROM graph_edges WHERE src = ? OR dst = ?", (node_id, node_id))
        self.db.execute("DELETE FROM graph_nodes WHERE id = ?", (node_id,))
        self._ids.pop(item_key(item_id), None)

    def prune_orphans(self) -> int:
        """Remove entity nodes no edge points to any more (a person whose only item was deleted)."""
        cursor = self.db.execute(
            "DELETE FROM graph_nodes WHERE type != 'item' AND NOT EXISTS "
            "(SELECT 1 FROM graph_edges WHERE dst = graph_nodes.id)"
        )
        if cursor.rowcount:
            self._ids.clear()
        return cursor.rowcount

    # -- version: bumped whenever edges change, so cached matrices know they are stale -------------

    def version(self) -> int:
        return read_counter(self.db, VERSION_KEY)

    def bump_version(self) -> int:
        return bump_counter(self.db, VERSION_KEY)

    # -- reading ---------------------------------------------------------------------------------

    def links(self, node_id: int) -> list[Link]:
        """Every edge touching the node, both directions."""
        rows = self.db.query(
            "SELECT dst, type, weight FROM graph_edges WHERE src = ? "
            "UNION ALL SELECT src, type, weight FROM graph_edges WHERE dst = ?", (node_id, node_id),
        )
        nodes = self.nodes(r[0] for r in rows)
        return [Link(r[1], nodes[r[0]], r[2]) for r in rows if r[0] in nodes]

    def out_links(self, node_id: int) -> list[Link]:
        """The edges leaving the node: for an item, its people, subjects, series… and the items it
        is similar to (not the many items that may point at it)."""
        rows = self.db.query("SELECT dst, type, weight FROM graph_edges WHERE src = ?", (node_id,))
        nodes = self.nodes(r[0] for r in rows)
        return [Link(r[1], nodes[r[0]], r[2]) for r in rows if r[0] in nodes]

    def edge_between(self, a: int, b: int, edge_type: str) -> float | None:
        """The weight of an edge of this type between two nodes, either way round."""
        found = self.db.scalar(
            "SELECT max(weight) FROM graph_edges WHERE type = ? "
            "AND ((src = ? AND dst = ?) OR (src = ? AND dst = ?))",
            (edge_type, a, b, b, a),
        )
        return None if found is None else float(str(found))

    def linked_items(self, node_id: int, *, limit: int, exclude: int | None = None) -> list[Link]:
        """Items with an edge into ``node_id`` (a person, genre, tag…), strongest first."""
        rows = self.db.query(
            "SELECT n.id, n.key, n.type, n.label, n.label_zh, e.type, e.weight FROM graph_edges e "
            "JOIN graph_nodes n ON n.id = e.src WHERE e.dst = ? AND n.type = 'item' AND n.id != ? "
            "ORDER BY e.weight DESC, n.id LIMIT ?", (node_id, exclude or -1, limit),
        )
        return [Link(r[5], Node(r[0], r[1], r[2], r[3], r[4]), r[6]) for r in rows]

    def items_linked_to(self, key: str) -> list[int]:
        """Ids of the items with an edge into the node ``key`` ("genre:science-fiction"), the
        best connected (most edges, in and out) first."""
        return [r[0] for r in self.db.query(
            "SELECT CAST(substr(n.key, 6) AS INTEGER) FROM graph_nodes g JOIN graph_edges e ON e.dst = g.id "
            "JOIN graph_nodes n ON n.id = e.src WHERE g.key = ? AND n.type = 'item' ORDER BY "
            "(SELECT count(*) FROM graph_edges x WHERE x.src = n.id) "
            "+ (SELECT count(*) FROM graph_edges y WHERE y.dst = n.id) DESC, n.id", (key,),
        )]

    def same_creator_items(self, item_ids: Sequence[int], *, max_works: int = 300) -> dict[int, set[int]]:
        """For each item, the other items sharing its author, director or creator (people with
        more than ``max_works`` works are skipped: they say nothing about taste)."""
        found: dict[int, set[int]] = {}
        for start in range(0, len(item_ids), 400):
            keys = tuple(item_key(i) for i in item_ids[start:start + 400])
            marks = ",".join("?" * len(keys))
            rows = self.db.query(
                "SELECT CAST(substr(a.key, 6) AS INTEGER), CAST(substr(b.key, 6) AS INTEGER) "
                "FROM graph_nodes a JOIN graph_edges e1 ON e1.src = a.id "
                "JOIN graph_edges e2 ON e2.dst = e1.dst AND e2.type = e1.type AND e2.src != e1.src "
                "JOIN graph_nodes b ON b.id = e2.src "
                f"WHERE a.key IN ({marks}) AND e1.type IN ('wrote', 'directed', 'created') "
                "AND (SELECT count(*) FROM graph_edges x WHERE x.dst = e1.dst) <= ?",
                (*keys, max_works),
            )
            for seed, other in rows:
                found.setdefault(int(seed), set()).add(int(other))
        return found

    def degree(self, node_ids: Sequence[int]) -> dict[int, int]:
        """Edges per node (both directions), remembered for the graph's version: explanations ask
        about the same genres and people again and again."""
        version = self.version()
        if self._degrees_version != version:
            self._degrees.clear()
            self._degrees_version = version
        missing = [n for n in dict.fromkeys(node_ids) if n not in self._degrees]
        if missing:
            if len(self._degrees) > DEGREE_CACHE:
                self._degrees.clear()
            self._degrees.update(self._count_edges(missing))
        return {n: self._degrees[n] for n in node_ids}

    def _count_edges(self, node_ids: Sequence[int]) -> dict[int, int]:
        degrees = dict.fromkeys(node_ids, 0)
        for start in range(0, len(node_ids), 500):
            chunk = tuple(node_ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for column in ("src", "dst"):
                sql = f"SELECT {column}, count(*) FROM graph_edges WHERE {column} IN ({marks}) GROUP BY 1"
                for row in self.db.query(sql, chunk):
                    degrees[row[0]] += row[1]
        return degrees

    def item_count(self) -> int:
        """How many items the graph holds (counted once per graph version)."""
        version = self.version()
        if self._item_count is None or self._item_count[0] != version:
            count = self.db.scalar_int("SELECT count(*) FROM graph_nodes WHERE type = 'item'") or 0
            self._item_count = (version, count)
        return self._item_count[1]

    def counts(self) -> dict[str, int]:
        nodes = {r[0]: r[1] for r in self.db.query("SELECT type, count(*) FROM graph_nodes GROUP BY 1")}
        edges = {r[0]: r[1] for r in self.db.query("SELECT type, count(*) FROM graph_edges GROUP BY 1")}
        return {**{f"nodes.{k}": v for k, v in nodes.items()}, **{f"edges.{k}": v for k, v in edges.items()}}

    def edge_arrays(
        self,
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32], int]:
        """All edges as (src, dst, weight) arrays, and one more than the largest node id."""
        cursor = self.db.execute("SELECT src, dst, weight FROM graph_edges")
        src: list[int] = []
        dst: list[int] = []
        weight: list[float] = []
        while rows := cursor.fetchmany(50_000):
            for s, d, w in rows:
                src.append(s)
                dst.append(d)
                weight.append(w)
        size = (self.db.scalar_int("SELECT max(id) FROM graph_nodes") or 0) + 1
        return (np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64),
                np.asarray(weight, dtype=np.float32), size)

    def item_node_map(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """(node ids, item ids) of every item node."""
        rows = self.db.query(
            "SELECT id, CAST(substr(key, 6) AS INTEGER) FROM graph_nodes WHERE type = 'item'"
        )
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        array = np.asarray([tuple(r) for r in rows], dtype=np.int64)
        return array[:, 0], array[:, 1]
