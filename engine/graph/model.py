"""The vocabulary of the knowledge graph: node keys, edge types and their weights."""

from __future__ import annotations

from dataclasses import dataclass

# Edge types, from an item to what it is linked with, and how strongly each says "related".
EDGE_WEIGHTS: dict[str, float] = {
    "wrote": 1.0,
    "directed": 1.0,
    "created": 1.0,
    "acted_in": 0.6,
    "contributed": 0.4,
    "in_series": 1.5,
    "in_collection": 0.6,
    "has_genre": 0.8,
    "tagged": 0.7,
    "mentions": 0.5,
    "from_decade": 0.2,
    "in_language": 0.1,
    "similar_to": 1.0,  # scaled by the embedding similarity
}
EDGE_TYPES = tuple(EDGE_WEIGHTS)
NODE_TYPES = ("item", "person", "genre", "tag", "series", "collection", "decade", "language", "phrase")

# A person's role on an item → the edge type; roles not listed become "contributed".
ROLE_EDGES = {
    "author": "wrote", "writer": "wrote", "screenplay": "wrote", "screenwriter": "wrote",
    "director": "directed", "creator": "created", "showrunner": "created",
    "actor": "acted_in", "actress": "acted_in", "cast": "acted_in", "star": "acted_in",
    "voice": "acted_in",
}
MAX_ACTORS = 6  # the leading cast says something about a film; the 40th extra does not


@dataclass(frozen=True, slots=True)
class NodeSpec:
    key: str  # "person:denis villeneuve", "genre:science-fiction", "item:42"
    type: str
    label: str
    label_zh: str | None = None

    def display(self, language: str = "en") -> str:
        if language.lower().startswith("zh") and self.label_zh:
            return self.label_zh
        return self.label


@dataclass(frozen=True, slots=True)
class EdgeSpec:
    """An edge from an item to ``target`` (another node, or an item for similar_to)."""

    type: str
    target: NodeSpec
    weight: float


def item_key(item_id: int) -> str:
    return f"item:{item_id}"


def item_id_of(key: str) -> int | None:
    if key.startswith("item:"):
        return int(key[5:])
    return None
