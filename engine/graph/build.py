"""What an item contributes to the knowledge graph: its edges to people, genres, tags, series,
decade, language and (for articles) key phrases. Pure functions over ``Item``: no database."""

from __future__ import annotations

from engine.graph.aliases import SubjectAliases, normalize_name
from engine.graph.keyphrases import key_phrases
from engine.graph.model import EDGE_WEIGHTS, MAX_ACTORS, ROLE_EDGES, EdgeSpec, NodeSpec
from engine.library.models import Item
from engine.library.text import fold

MAX_TAGS = 30
MAX_PHRASES = 6
PHRASE_TEXT_CHARS = 40_000

LANGUAGE_NAMES_ZH = {
    "en": "英语", "zh": "中文", "ja": "日语", "ko": "韩语", "fr": "法语", "de": "德语", "es": "西班牙语",
    "it": "意大利语", "ru": "俄语", "pt": "葡萄牙语",
}
LANGUAGE_NAMES_EN = {
    "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "fr": "French", "de": "German",
    "es": "Spanish", "it": "Italian", "ru": "Russian", "pt": "Portuguese",
}


def person_node(name: str) -> NodeSpec:
    clean = " ".join(name.split())
    return NodeSpec(f"person:{fold(clean)}", "person", clean)


def decade_node(year: int) -> NodeSpec:
    decade = year - year % 10
    return NodeSpec(f"decade:{decade}", "decade", f"{decade}s", f"{decade}年代")


def language_node(code: str) -> NodeSpec:
    base = code.lower().split("-")[0]
    return NodeSpec(
        f"language:{base}", "language", LANGUAGE_NAMES_EN.get(base, base), LANGUAGE_NAMES_ZH.get(base)
    )


def item_edges(item: Item, aliases: SubjectAliases, body_text: str | None = None) -> list[EdgeSpec]:
    """Every metadata edge from ``item`` (similar_to edges come from the embeddings, not here)."""
    edges: dict[tuple[str, str], EdgeSpec] = {}

    def add(edge_type: str, target: NodeSpec, scale: float = 1.0) -> None:
        key = (edge_type, target.key)
        weight = EDGE_WEIGHTS[edge_type] * scale
        if key not in edges or edges[key].weight < weight:
            edges[key] = EdgeSpec(edge_type, target, weight)

    actors = 0
    for credit in item.creators:
        if not credit.name.strip():
            continue
        edge_type = ROLE_EDGES.get(credit.role.lower(), "contributed")
        if edge_type == "acted_in":
            actors += 1
            if actors > MAX_ACTORS:
                continue
        add(edge_type, person_node(credit.name))

    tags = 0
    for subject in item.subjects:
        name = " ".join(subject.name.split())
        if not name or aliases.is_ignored(name):
            continue
        if subject.kind == "collection":
            if item.kind in ("book", "film", "series"):
                add("in_series", NodeSpec(f"series:{normalize_name(name)}", "series", name))
            else:
                add("in_collection", NodeSpec(f"collection:{normalize_name(name)}", "collection", name))
            continue
        canonical = aliases.canonical(name)
        if canonical:
            for genre in canonical:
                add("has_genre", NodeSpec(f"genre:{genre.key}", "genre", genre.en, genre.zh))
            folded = normalize_name(name)
            # A tag filed under a genre may still say more than the genre ("first contact",
            # "hard science fiction"): keep it as its own tag too.
            if subject.kind != "genre" and " " in folded and all(
                folded not in (normalize_name(g.en), normalize_name(g.key)) for g in canonical
            ):
                tags += 1
                add("tagged", NodeSpec(f"tag:{folded}", "tag", name.lower()))
            continue
        tags += 1
        if tags <= MAX_TAGS:
            add("tagged", NodeSpec(f"tag:{normalize_name(name)}", "tag", name.lower()))

    if item.year:
        add("from_decade", decade_node(item.year))
    if item.language:
        add("in_language", language_node(item.language))
    if item.kind == "article":
        text = " ".join(t for t in (item.description, body_text) if t)[:PHRASE_TEXT_CHARS]
        for phrase, weight in key_phrases(item.title, text, limit=MAX_PHRASES):
            add("mentions", NodeSpec(f"phrase:{phrase}", "phrase", phrase), weight)
    return list(edges.values())
