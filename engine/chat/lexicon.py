"""The library's people as a lexicon for reading requests ("a film by Villeneuve", "刘慈欣的书").

Full names match anywhere (whole words for Latin script, substrings for CJK); a Latin surname alone
matches when it is capitalised in the message, belongs to one person only and is not an ordinary
word. Built once per state of the ``people`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.graph.aliases import normalize_name
from engine.library.db import Database
from engine.library.text import CJK_CHAR, CJK_RANGES, fold

WORD = re.compile(rf"[^\W_{CJK_RANGES}]+(?:['’][^\W_{CJK_RANGES}]+)*")
MAX_NAME_WORDS = 5
POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
COMMON_WORDS = frozenset([
    "about", "after", "again", "also", "another", "best", "black", "book", "books", "brown", "castle",
    "city", "dark", "dead", "film", "films", "first", "from", "good", "great", "green", "house", "king",
    "last", "light", "like", "little", "long", "love", "make", "man", "more", "most", "movie", "much",
    "never", "night", "novel", "other", "read", "series", "short", "some", "something", "stone",
    "story", "that", "their", "them", "then", "there", "these", "they", "this", "time", "under", "very",
    "watch", "what", "when", "white", "wood", "world", "young",
])


@dataclass(frozen=True)
class PersonMatch:
    key: str      # graph node key, "person:denis villeneuve"
    name: str     # as stored
    start: int    # span in the normalized text
    end: int


class PeopleLexicon:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._stamp: tuple[int, int] | None = None
        self._full: dict[str, str] = {}
        self._surname: dict[str, str] = {}
        self._cjk: dict[str, str] = {}
        self._names: dict[str, str] = {}

    def _refresh(self) -> None:
        row = self.db.query("SELECT count(*), coalesce(max(id), 0) FROM people")[0]
        stamp = (int(row[0]), int(row[1]))
        if stamp == self._stamp:
            return
        full: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        cjk: dict[str, str] = {}
        names: dict[str, str] = {}
        for (name,) in self.db.query("SELECT name FROM people"):
            key = f"person:{fold(name)}"
            names[key] = name
            folded = normalize_name(name)
            if CJK_CHAR.search(folded):
                if len(folded) >= 2:
                    cjk[folded] = key
                continue
            words = WORD.findall(folded)
            if not words or len(words) > MAX_NAME_WORDS:
                continue
            full[" ".join(words)] = key
            if len(words) >= 2 and len(words[-1]) >= 4 and words[-1] not in COMMON_WORDS:
                surnames.setdefault(words[-1], set()).add(key)
        self._full, self._cjk, self._names = full, cjk, names
        self._surname = {word: next(iter(keys)) for word, keys in surnames.items() if len(keys) == 1}
        self._stamp = stamp

    def name(self, key: str) -> str:
        self._refresh()
        return self._names.get(key, key.split(":", 1)[-1])

    def find(self, text: str) -> list[PersonMatch]:
        """People named in ``text``; spans refer to ``normalize_name(text)``."""
        self._refresh()
        folded = POSSESSIVE.sub("", normalize_name(text))
        capitalised = {fold(w) for w in WORD.findall(POSSESSIVE.sub("", text)) if w[:1].isupper()}
        words = list(WORD.finditer(folded))
        found: list[PersonMatch] = []
        taken: set[int] = set()
        for i in range(len(words)):
            if i in taken:
                continue
            for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                phrase = " ".join(w.group() for w in words[i:i + n])
                key = self._full.get(phrase) if n > 1 else None
                if key is None and n == 1 and phrase in capitalised:
                    key = self._surname.get(phrase)
                if key is not None:
                    found.append(PersonMatch(key, self._names[key], words[i].start(), words[i + n - 1].end()))
                    taken.update(range(i, i + n))
                    break
        if CJK_CHAR.search(folded):
            for name, key in self._cjk.items():
                start = folded.find(name)
                if start >= 0:
                    found.append(PersonMatch(key, self._names[key], start, start + len(name)))
        return found
