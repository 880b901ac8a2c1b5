"""Everything the app shows about one item: its record, the person's history with it, similar
items with the reason for each, and its neighbourhood in the knowledge graph as plain nodes and
edges for the app to draw. Read-only; runs wherever the library is used (the app's engine
thread). No Qt here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from engine.api import Library
from engine.graph import explain
from engine.graph.model import item_key
from engine.graph.store import Node
from engine.library.events import derive_states
from engine.library.models import Event, Item, ItemState

RELATED = 8            # similar items listed
GRAPH_ENTITIES = 9     # people, genres, tags, series… drawn around the item
ITEMS_PER_ENTITY = 2   # other items drawn through each of them
GRAPH_RELATED = 3      # related items drawn linked straight to the item


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One thing the person did with the item."""

    type: str            # rated | finished | started | wishlist | abandoned | liked | disliked | …
    value: float | None  # the stars, for "rated"
    at: str              # when it happened (ISO 8601), or when it was recorded if that is unknown
    dated: bool          # False: ``at`` is only when the record was made (an undated import row)
    source: str          # "app", or the importer it came from
    undone: bool         # taken back later (an undo)


@dataclass(frozen=True, slots=True)
class RelatedItem:
    item_id: int
    title: str
    kind: str
    year: int | None
    score: float
    reason: str  # "same director (Denis Villeneuve)", "" when nothing short explains it


@dataclass(frozen=True, slots=True)
class GraphNode:
    key: str               # "item:42", "person:denis villeneuve", "genre:science-fiction"
    type: str              # item | person | genre | tag | series | collection | decade | …
    label: str
    item_id: int | None    # for item nodes


@dataclass(frozen=True, slots=True)
class GraphEdge:
    source: str  # node keys
    target: str
    type: str    # directed, wrote, has_genre, tagged, similar_to… or "related"
    weight: float


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """The item (``centre``) and what surrounds it; empty until the library is indexed."""

    centre: str
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]

    def node(self, key: str) -> GraphNode | None:
        return next((n for n in self.nodes if n.key == key), None)


@dataclass(frozen=True, slots=True)
class ItemDetail:
    item: Item
    state: ItemState
    history: tuple[HistoryEntry, ...]   # newest first
    related: tuple[RelatedItem, ...]    # most related first
    graph: Neighbourhood
    cover_file: str | None              # the cover image's absolute path, when the file exists


def item_detail(lib: Library, item_id: int, profile: str | None = None, *, related: int = RELATED,
                language: str | None = None) -> ItemDetail:
    """The item ``item_id`` as the detail pane shows it (NotFoundError for an unknown id)."""
    item = lib.item(item_id)
    language = language or lib.reasons_language()
    events = lib.store.events.for_item(item_id, lib.profile(profile).id)
    state = derive_states(events).get(item_id, ItemState(item_id))
    similar = related_items(lib, item_id, related, language)
    graph = neighbourhood(lib, item_id, similar[:GRAPH_RELATED], language)
    return ItemDetail(item, state, history(events), tuple(similar), graph, cover_file(lib, item))


def history(events: list[Event]) -> tuple[HistoryEntry, ...]:
    """The events (oldest first, as the log gives them) newest first, undos folded in: a
    retracted event is kept and marked ``undone``, the retraction itself is not listed."""
    retracted = {int(e.value) for e in events if e.type == "retracted" and e.value is not None}
    entries = [
        HistoryEntry(e.type, e.value, e.at or e.created_at, e.at is not None, e.source, e.id in retracted)
        for e in events if e.type != "retracted"
    ]
    return tuple(reversed(entries))


def related_items(lib: Library, item_id: int, k: int, language: str) -> list[RelatedItem]:
    """The items the knowledge graph finds closest (personalized PageRank), with a reason each."""
    if k < 1:
        return []
    scored = lib.knowledge.related(item_id, k=k)
    items = {i.id: i for i in lib.store.items.get_many([other for other, _ in scored])}
    found = []
    for other, score in scored:
        if other in items:
            it = items[other]
            reason = lib.knowledge.explain(item_id, other, language=language)
            found.append(RelatedItem(other, it.title, it.kind, it.year, float(score), reason))
    return found


def neighbourhood(lib: Library, item_id: int, related: list[RelatedItem], language: str) -> Neighbourhood:
    """The item's linked entities, a few items through each, and its closest related items."""
    graph = lib.knowledge.graph
    local = explain.neighbourhood(graph, item_id, entities=GRAPH_ENTITIES, items_per_entity=ITEMS_PER_ENTITY)
    centre = item_key(item_id)
    nodes: dict[str, GraphNode] = {}
    by_id: dict[int, str] = {}
    for node_id, data in local.nodes(data=True):
        node: Node = data["node"]
        nodes[node.key] = GraphNode(node.key, node.type, node.display(language), node.item_id)
        by_id[int(node_id)] = node.key
    edges: dict[frozenset[str], GraphEdge] = {}
    for a, b, data in local.edges(data=True):
        source, target = by_id[int(a)], by_id[int(b)]
        if target == centre:  # edges read outwards from the item
            source, target = target, source
        edges[frozenset((source, target))] = GraphEdge(source, target, str(data["type"]),
                                                       float(data.get("weight", 0.0)))
    if nodes:
        for other in related:
            key = item_key(other.item_id)
            nodes.setdefault(key, GraphNode(key, "item", other.title, other.item_id))
            edges.setdefault(frozenset((centre, key)), GraphEdge(centre, key, "related", other.score))
    return Neighbourhood(centre, tuple(nodes.values()), tuple(edges.values()))


def cover_file(lib: Library, item: Item) -> str | None:
    """The cover's path (a relative one is inside the library's folder), if the file is there."""
    if not item.cover_path:
        return None
    path = Path(item.cover_path).expanduser()
    if not path.is_absolute():
        path = lib.home / path
    return str(path) if path.is_file() else None
