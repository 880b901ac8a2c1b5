"""Deciding whether a parsed record is a work already in the library.

Certain matches (same source id, a shared identifier, the same normalized title + kind family
with compatible year and creators, or a near-identical title by the same creators) merge.
Plausible-but-unsure ones are returned as ``Uncertain`` for the review queue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from engine.importers.records import ImportRecord
from engine.library.items import ItemStore
from engine.library.models import Item
from engine.library.text import fold, match_key

# Identifier schemes in the order they are trusted for matching.
MATCH_SCHEMES = (
    "isbn13", "isbn10", "imdb", "doi", "arxiv", "tmdb", "tvdb", "goodreads", "openlibrary",
    "librarything", "letterboxd", "trakt", "movielens", "asin", "calibre_uuid", "zotero", "url",
)
KIND_FAMILIES = {"film": "screen", "series": "screen", "book": "book", "article": "text"}
SURE_TITLE = 92.0  # title similarity (0–100) that, with the same creators, is a match
UNSURE_TITLE = 80.0  # from here up, a candidate goes to the review queue


def family(kind: str) -> str:
    return KIND_FAMILIES.get(kind, kind)


@dataclass(frozen=True, slots=True)
class Match:
    item_id: int


@dataclass(frozen=True, slots=True)
class Uncertain:
    item_id: int
    score: float
    reason: str


def _name_tokens(name: str) -> frozenset[str]:
    return frozenset(t for t in re.split(r"[\W_]+", fold(name)) if len(t) > 1 or t.isdigit())


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """"Ursula K. Le Guin" ≡ "Ursula Le Guin" ≡ "Le Guin, Ursula"; "Author 1" ≢ "Author 12"."""
    return bool(a and b) and (a <= b or b <= a)


def _same_people(record: ImportRecord, item: Item) -> bool | None:
    """True/False when both name creators; None when either side names none."""
    mine = [_name_tokens(c.name) for c in record.creators if c.name.strip()]
    theirs = [_name_tokens(c.name) for c in item.creators]
    if not mine or not theirs:
        return None
    return any(_same_person(a, b) for a in mine for b in theirs)


_NUMBER = re.compile(r"\b(\d+|[ivx]+)\b")


def _numbers(title: str) -> set[str]:
    """Numbers and roman numerals in a title: "Rocky II" and "Rocky III" are different works."""
    return set(_NUMBER.findall(fold(title)))


def _years_close(record: ImportRecord, item: Item) -> bool | None:
    if record.year is None or item.year is None:
        return None
    return abs(record.year - item.year) <= 1


def find_match(
    items: ItemStore, record: ImportRecord, source: str, known_before: int | None = None
) -> Match | Uncertain | None:
    """The library item this record describes, an uncertain candidate, or None (a new work).

    ``known_before``: the highest item id when the import started. A source's own rows with
    distinct keys are distinct works, so title matching only looks at items that existed
    before this import (which also keeps big first imports fast).
    """
    if record.source_key:
        found = items.source_item(source, record.source_key)
        if found is not None:
            return Match(found)
    wanted = family(record.kind)
    for scheme in MATCH_SCHEMES:
        value = record.identifiers.get(scheme)
        if value:
            found = items.find_by_identifier(scheme, value)
            if found is not None and _identifier_match_holds(items, record, source, found, wanted):
                return Match(found)
    limit_id = known_before if record.source_key else None
    if limit_id == 0:
        return None
    return _match_by_title(items, record, wanted, limit_id)


# Identifiers that name exactly one work: two different values mean two different works.
UNIQUE_PER_WORK = ("imdb", "doi", "arxiv")


def _identifier_match_holds(
    items: ItemStore, record: ImportRecord, source: str, item_id: int, wanted: str
) -> bool:
    """A shared identifier is a match unless something says otherwise: another kind family
    (TMDB and Trakt number films and shows separately), a conflicting one-per-work id, or the
    same source listing the two as separate entries (volume 1 and 2 sharing a URL)."""
    item = items.get(item_id)
    if family(item.kind) != wanted:
        return False
    for scheme in UNIQUE_PER_WORK:
        mine, theirs = record.identifiers.get(scheme), item.identifiers.get(scheme)
        if mine and theirs and mine != theirs:
            return False
    return not (record.source_key and items.has_other_source_key(item_id, source, record.source_key))


def _match_by_title(
    items: ItemStore, record: ImportRecord, wanted: str, limit_id: int | None
) -> Match | Uncertain | None:
    key = match_key(record.title)
    candidate_ids = list(dict.fromkeys([
        *items.find_by_title(record.title),
        *items.similar_titles(record.title, limit=8, max_id=limit_id),
    ]))
    if limit_id is not None:
        candidate_ids = [i for i in candidate_ids if i <= limit_id]
    best: Uncertain | None = None
    for item in items.get_many(candidate_ids):
        if family(item.kind) != wanted:
            continue
        titles = [item.title, *([item.original_title] if item.original_title else []), *item.alt_titles]
        exact = any(match_key(t) == key for t in titles)
        if not exact and all(_numbers(t) != _numbers(record.title) for t in titles):
            continue
        similarity = 100.0 if exact else max(
            fuzz.token_sort_ratio(fold(record.title), fold(t)) for t in titles
        )
        people, years = _same_people(record, item), _years_close(record, item)
        if exact and people is not False and years is not False:
            return Match(item.id)
        if similarity >= SURE_TITLE and people is True and years is not False:
            return Match(item.id)
        if similarity < UNSURE_TITLE or people is False:
            continue
        reason = _reason(exact, similarity, people, years)
        score = similarity / 100 * (1.0 if years is not False else 0.8)
        if best is None or score > best.score:
            best = Uncertain(item.id, round(score, 3), reason)
    return best


def _reason(exact: bool, similarity: float, people: bool | None, years: bool | None) -> str:
    parts = ["same title" if exact else f"similar title ({similarity:.0f}%)"]
    parts.append({True: "same creators", None: "creators unknown"}.get(people, "different creators"))
    if years is False:
        parts.append("years differ")
    elif years is None:
        parts.append("year unknown")
    return ", ".join(parts)
