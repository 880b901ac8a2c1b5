"""The LLM half of understanding a request: a JSON reading of the message, constrained by a
llama.cpp grammar, merged into what the rules found.

The rules win wherever they found something. The model fills the gaps, and only with values that
resolve to the library (a genre through the alias table, a title or a person that exists). A small
model (under 1B parameters, like the bundled one) guesses freely, so from it only a title or a
name that is actually written in the message is taken; a larger model is trusted to translate
("诺兰" → Christopher Nolan) and to read a kind or genre the rules have no word for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Protocol

from engine.chat.intent import Intent
from engine.chat.lexicon import PeopleLexicon
from engine.chat.rules import IntentRules
from engine.graph.aliases import SubjectAliases
from engine.library.text import fold
from engine.progress import CancelToken

KIND_VALUES = ("film", "series", "book", "article", "any")
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "kind": {"enum": list(KIND_VALUES)},
        "genres": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
        "not_genres": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
        "titles": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
        "people": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
        "year_from": {"type": "integer"},
        "year_to": {"type": "integer"},
    },
    "required": ["kind", "genres", "not_genres", "titles", "people"],
}
SYSTEM = (
    "Read a request for a book, film, series or article and answer with JSON only. "
    "kind: what they want (any if unsaid). genres: genres they ask for. not_genres: genres they "
    "rule out. titles: titles they name as examples. people: authors, directors or actors they "
    "name. year_from / year_to: only when they give years."
)
GROUNDED_MATCH = 0.8


class JsonModel(Protocol):
    def json(self, messages: Sequence[dict[str, str]], schema: dict[str, Any], *, max_tokens: int = ...,
             cancel: CancelToken | None = ...) -> dict[str, Any] | None: ...


@dataclass
class Extraction:
    raw: dict[str, Any] | None
    added: list[str]  # what the model contributed, for the turn's record ("title: Blade Runner")


def extract(model: JsonModel, text: str, cancel: CancelToken | None = None) -> dict[str, Any] | None:
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}]
    return model.json(messages, SCHEMA, max_tokens=96, cancel=cancel)


class IntentMerger:
    def __init__(self, rules: IntentRules, aliases: SubjectAliases, people: PeopleLexicon) -> None:
        self.rules = rules
        self.aliases = aliases
        self.people = people

    def merge(self, intent: Intent, raw: dict[str, Any] | None, text: str, *, trusted: bool) -> Extraction:
        """Fill ``intent``'s gaps from the model's reading ``raw`` (in place)."""
        added: list[str] = []
        if not raw:
            return Extraction(raw, added)
        for title in _strings(raw.get("titles")):
            if not trusted and not _written_in(title, text):
                continue
            item_id = self.rules.find_item(title)
            if item_id is not None and item_id not in intent.references:
                intent.references.append(item_id)
                added.append(f"title: {title}")
                _drop_from_query(intent, title)
        for name in _strings(raw.get("people")):
            if not trusted and not _written_in(name, text):
                continue
            for match in self.people.find(name):
                if match.key not in intent.people and match.key not in intent.avoid:
                    intent.people.append(match.key)
                    added.append(f"person: {match.name}")
                    _drop_from_query(intent, name)
        if not trusted:
            return Extraction(raw, added)
        kind = raw.get("kind")
        if intent.kind is None and kind in KIND_VALUES and kind != "any":
            intent.kind = str(kind)
            added.append(f"kind: {kind}")
        if not intent.genres:
            for key in self._genres(raw.get("genres")):
                if f"genre:{key}" not in intent.avoid and key not in intent.genres:
                    intent.genres.append(key)
                    added.append(f"genre: {key}")
        for key in self._genres(raw.get("not_genres")):
            if f"genre:{key}" not in intent.avoid and key not in intent.genres:
                intent.avoid.append(f"genre:{key}")
                added.append(f"not genre: {key}")
        if intent.year_from is None and intent.year_to is None:
            low, high = _year(raw.get("year_from")), _year(raw.get("year_to"))
            given = low is not None or high is not None
            if given and (low is None or high is None or low <= high):
                intent.year_from, intent.year_to = low, high
                added.append(f"years: {low}-{high}")
        return Extraction(raw, added)

    def _genres(self, values: object) -> list[str]:
        keys: list[str] = []
        for name in _strings(values):
            for genre in self.aliases.canonical(name):
                if genre.key not in keys and genre.key not in ("fiction", "nonfiction"):
                    keys.append(genre.key)
        return keys


def _strings(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v.strip() for v in value if isinstance(v, str) and 1 < len(v.strip()) <= 120]


def _written_in(phrase: str, text: str) -> bool:
    """Whether ``phrase`` is in ``text`` (folded), allowing a slip of spelling."""
    wanted, folded = fold(phrase).strip(), fold(text)
    if not wanted:
        return False
    if wanted in folded:
        return True
    size = len(wanted)
    for start in range(0, max(1, len(folded) - size + 1)):
        if SequenceMatcher(None, wanted, folded[start:start + size]).ratio() >= GROUNDED_MATCH:
            return True
    return False


def _drop_from_query(intent: Intent, phrase: str) -> None:
    if intent.query:
        words = set(re.findall(r"\w+", fold(phrase)))
        kept = [w for w in intent.query.split() if w not in words]
        intent.query = " ".join(kept) or None


def _year(value: object) -> int | None:
    return value if isinstance(value, int) and 1000 <= value <= 2100 else None
