"""Why two items are related, in words: the things they share in the graph (a director, a
series, specific tags), a short path through it, and an item's neighbourhood for the app."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

import networkx as nx

from engine.graph.store import GraphStore, Node

HUB_DEGREE = 2000     # a node linked to more items than this explains nothing ("English")
WEAK_TYPES = {"from_decade", "in_language"}
SPECIFIC_SHARE = 0.05  # a subject on more than 5% of the library is too common to explain much
SPECIFIC_MIN = 5
PERSON_TYPES = {"wrote", "directed", "created", "acted_in", "contributed"}


@dataclass(frozen=True)
class Connection:
    """Something two items share (``via``), or a direct similar_to link (``via`` is None)."""

    via: Node | None
    type_a: str
    type_b: str
    strength: float
    specific: bool = True  # shared by few items (a tag on 3 works, not "drama" on thousands)


def specificity(degree: int) -> float:
    """A node shared by few items says more than one shared by thousands."""
    return 1.0 / math.log2(2 + max(degree, 0))


def shared_connections(graph: GraphStore, item_a: int, item_b: int, *, limit: int = 8) -> list[Connection]:
    """What ``item_a`` and ``item_b`` have in common, strongest first."""
    nodes = graph.item_nodes([item_a, item_b])
    if item_a not in nodes or item_b not in nodes:
        return []
    node_a, node_b = nodes[item_a], nodes[item_b]
    links_a = {link.node.id: link for link in graph.out_links(node_a)}  # items link out to what
    links_b = {link.node.id: link for link in graph.out_links(node_b)}  # they share
    found: list[Connection] = []
    direct = graph.edge_between(node_a, node_b, "similar_to")
    if direct is not None:
        found.append(Connection(None, "similar_to", "similar_to", direct))
    shared = [n for n in links_a.keys() & links_b.keys() if links_a[n].node.type != "item"]
    degrees = graph.degree(shared)
    common = max(SPECIFIC_MIN, SPECIFIC_SHARE * graph.item_count())
    for node_id in shared:
        la, lb = links_a[node_id], links_b[node_id]
        degree = degrees.get(node_id, 0)
        weight = la.weight * lb.weight * specificity(degree)
        if la.type in WEAK_TYPES:
            weight *= 0.2
        found.append(Connection(la.node, la.type, lb.type, weight, specific=degree <= common))
    found.sort(key=lambda c: (-c.strength, c.via.key if c.via else ""))
    return found[:limit]


# Which kind of shared thing explains best, most telling first: a shared creator or series is
# what a person would say; then specific tags; then "similar to"; a shared genre, decade or
# language is the weakest reason.
_PRIORITY = {"person": 0, "series": 1, "subject": 2, "similar": 3, "common subject": 4,
             "collection": 5, "decade": 6, "language": 7}


def _priority(connection: Connection) -> int:
    via = connection.via
    if via is None:
        return _PRIORITY["similar"]
    if via.type == "person" and connection.type_a == "contributed":
        return _PRIORITY["common subject"]
    if via.type in ("genre", "tag", "phrase"):
        return _PRIORITY["subject" if connection.specific else "common subject"]
    return _PRIORITY.get(via.type, 8)


def describe(connections: list[Connection], *, other_title: str | None = None, language: str = "en") -> str:
    """One short phrase: "same director (Denis Villeneuve)", "shares the tags time travel + linguistics"."""
    zh = language.lower().startswith("zh")
    if not connections:
        return ""
    ranked = sorted(connections, key=lambda c: (_priority(c), -c.strength))
    first = ranked[0]
    if first.via is None:
        title = other_title or ""
        return f"与《{title}》相似" if zh else f"similar to {title}"
    via = first.via
    label = via.display(language)
    if via.type == "person":
        if first.type_a == first.type_b:
            role_en = {"wrote": "same author", "directed": "same director", "created": "same creator",
                       "acted_in": "also stars", "contributed": "same contributor"}[first.type_a]
            role_zh = {"wrote": "同一作者", "directed": "同一导演", "created": "同一创作者",
                       "acted_in": "同一演员", "contributed": "同一参与者"}[first.type_a]
            if first.type_a == "acted_in":
                return f"{role_zh}：{label}" if zh else f"{role_en} {label}"
            return f"{role_zh}（{label}）" if zh else f"{role_en} ({label})"
        return f"都与 {label} 有关" if zh else f"both involve {label}"
    if via.type == "series":
        return f"同一系列（{label}）" if zh else f"same series ({label})"
    if via.type in ("tag", "phrase", "genre"):
        same_rank = [c.via for c in ranked if c.via is not None and _priority(c) == _priority(first)]
        names = [node.display(language) for node in same_rank[:3]]
        if len(names) == 1:
            if zh:
                return f"同为{names[0]}" if not first.specific else f"共同主题：{names[0]}"
            return f"also {names[0]}" if not first.specific else f"also about {names[0]}"
        if zh:
            return f"共同标签：{'、'.join(names)}"
        return f"shares the tags {' + '.join(names)}"
    if via.type == "collection":
        return f"同在「{label}」" if zh else f"also in {label}"
    if via.type == "decade":
        return f"同样出自{label}" if zh else f"also from the {label}"
    if via.type == "language":
        return f"同为{label}作品" if zh else f"also in {label}"
    return f"都与 {label} 有关" if zh else f"both linked to {label}"


def _local_graph(graph: GraphStore, starts: list[int], radius: int) -> nx.Graph:
    """The graph around ``starts`` out to ``radius`` steps, not passing through hubs."""
    local: nx.Graph = nx.Graph()
    seen = set(starts)
    frontier = deque((s, 0) for s in starts)
    while frontier:
        node_id, depth = frontier.popleft()
        if depth >= radius:
            continue
        if depth > 0 and graph.degree([node_id])[node_id] > HUB_DEGREE:
            continue
        links = graph.links(node_id)
        for link in links:
            cost = 1.0 / max(link.weight, 1e-3)
            if not local.has_edge(node_id, link.node.id) or local[node_id][link.node.id]["cost"] > cost:
                local.add_edge(node_id, link.node.id, type=link.type, cost=cost)
            local.nodes[link.node.id]["node"] = link.node
            if link.node.id not in seen:
                seen.add(link.node.id)
                frontier.append((link.node.id, depth + 1))
    return local


def explain_path(graph: GraphStore, item_a: int, item_b: int, *, max_steps: int = 4) -> list[Node]:
    """The cheapest short path between two items (their nodes included), or [] if none within
    ``max_steps`` edges."""
    nodes = graph.item_nodes([item_a, item_b])
    if item_a not in nodes or item_b not in nodes:
        return []
    a, b = nodes[item_a], nodes[item_b]
    local = _local_graph(graph, [a, b], radius=max(1, max_steps // 2))
    if a not in local or b not in local:
        return []
    try:
        path = nx.shortest_path(local, a, b, weight="cost")
    except nx.NetworkXNoPath:
        return []
    if len(path) - 1 > max_steps:
        return []
    known = graph.nodes(path)
    return [known[n] for n in path]


def neighbourhood(
    graph: GraphStore, item_id: int, *, entities: int = 10, items_per_entity: int = 3
) -> nx.Graph:
    """The item, the people/genres/tags/series it links to, and a few other items through each —
    a small graph for the app to draw. Nodes carry ``node`` (a Node); edges carry ``type``."""
    result: nx.Graph = nx.Graph()
    node_id = graph.item_nodes([item_id]).get(item_id)
    if node_id is None:
        return result
    result.add_node(node_id, node=graph.node(node_id))
    links = graph.links(node_id)
    degrees = graph.degree([link.node.id for link in links])
    ranked = sorted(
        links, key=lambda link: (-link.weight * specificity(degrees.get(link.node.id, 0)), link.node.key)
    )
    for link in ranked[:entities]:
        result.add_node(link.node.id, node=link.node)
        result.add_edge(node_id, link.node.id, type=link.type, weight=link.weight)
        if link.node.type == "item":
            continue
        for other in graph.linked_items(link.node.id, limit=items_per_entity, exclude=node_id):
            result.add_node(other.node.id, node=other.node)
            result.add_edge(link.node.id, other.node.id, type=other.type, weight=other.weight)
    return result
