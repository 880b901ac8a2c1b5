"""The text that stands for an item when it is encoded, cut into chunks, and its content hash."""

from __future__ import annotations

import hashlib

from engine.library.models import Item
from engine.library.text import CJK_CHAR

MAX_CHUNKS = 8          # metadata chunk + up to 7 pieces of an article's body
CHUNK_WORDS = 160       # MiniLM reads 256 word pieces; 160 words fit with room to spare
CHUNK_CJK_CHARS = 220
MAX_DESCRIPTION_CHARS = 1200
MAX_SUBJECTS = 20


KIND_WORDS = {"book": "book", "film": "film", "series": "TV series", "article": "article", "other": ""}


def metadata_text(item: Item) -> str:
    """Title (and other titles), kind, creators, year, genres and tags, description — the parts
    that say most first, since the encoder reads only the start of a long text."""
    titles = [item.title]
    for other in (item.original_title, *item.alt_titles):
        if other and other not in titles:
            titles.append(other)
    parts = [" / ".join(titles)]
    kind = KIND_WORDS.get(item.kind, "")
    if kind or item.year:
        parts.append(" ".join(str(p) for p in (kind, item.year) if p))
    if item.creators:
        parts.append("by " + ", ".join(c.name for c in item.creators[:6]))
    subjects = list(dict.fromkeys(s.name.strip() for s in item.subjects if s.name.strip()))
    if subjects:
        parts.append(", ".join(subjects[:MAX_SUBJECTS]))
    if item.description:
        parts.append(item.description[:MAX_DESCRIPTION_CHARS])
    return ". ".join(parts)


def body_chunks(body: str, limit: int) -> list[str]:
    """A long body cut into pieces the encoder can read whole (CJK text by characters)."""
    body = " ".join(body.split())
    if not body or limit <= 0:
        return []
    if len(CJK_CHAR.findall(body[:2000])) > 200:
        size = CHUNK_CJK_CHARS
        return [body[i:i + size] for i in range(0, len(body), size)][:limit]
    words = body.split(" ")
    return [" ".join(words[i:i + CHUNK_WORDS]) for i in range(0, len(words), CHUNK_WORDS)][:limit]


def item_texts(item: Item, body_text: str | None = None) -> list[str]:
    """What is encoded for an item: its metadata, then (articles) pieces of its body."""
    texts = [metadata_text(item)]
    if body_text and item.kind == "article":
        for piece in body_chunks(body_text, MAX_CHUNKS - 1):
            texts.append(f"{item.title}: {piece}")
    return texts


def text_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
