"""Checking an LLM reply against the items it was given, sentence by sentence.

A sentence fails when it names a library title that is not one of the listed items, puts a title
in quotes or 《》 that is not one of them, credits a person who made none of the items it names, or
gives a year that none of them has. The whole reply fails when it is empty, runs on, repeats
itself, is in the wrong language, or echoes an instruction. Any failure sends the reply to the
template.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from engine.chat.claims import chatter, rating_claim, unknown_name, wrong_kind
from engine.chat.facts import INSTRUCTION_LIKE
from engine.chat.lexicon import COMMON_WORDS, WORD, PeopleLexicon
from engine.library.db import Database
from engine.library.models import Item
from engine.library.text import CJK_CHAR, fold, match_key

MAX_TITLE_WORDS = 10
MAX_CJK_TITLE = 16
QUOTED = re.compile(r"《([^》]{1,200})》|“([^”]{2,200})”|\"([^\"]{2,200})\""
                    r"|\*\*([^*]{2,200})\*\*|\*([^*]{2,200})\*")
YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*|\n+")
MAX_REPLY = 900
QUOTE_MATCH = 0.85
ARTICLES = frozenset({"a", "an", "the"})
SHEET_MARKUP = re.compile(r"\[\d\]|<<<|>>>|\bWhy:|\bAbout:|推荐理由：|内容：")


class TitleIndex:
    """Match key → item ids for every title and other title in the library (rebuilt on change)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._stamp: int | None = None
        self._keys: dict[str, set[int]] = {}

    def keys(self, stamp: int) -> dict[str, set[int]]:
        if stamp != self._stamp:
            keys: dict[str, set[int]] = {}
            rows = self.db.query("SELECT match_key, id FROM items "
                                 "UNION ALL SELECT match_key, item_id FROM item_titles")
            for key, item_id in rows:
                if key:
                    keys.setdefault(str(key), set()).add(int(item_id))
            self._keys, self._stamp = keys, stamp
        return self._keys


@dataclass
class Listed:
    """The items a reply may speak of: the ones recommended, and as context the ones the person
    named and the ones the reasons point at ("because you rated Arrival 5★")."""

    items: list[Item]
    context: list[Item] = field(default_factory=list)
    keys: dict[str, int] = field(default_factory=dict)   # match key of any of its titles → item id

    def __post_init__(self) -> None:
        for item in [*self.items, *self.context]:
            for title in [item.title, item.original_title or "", *item.alt_titles]:
                if title:
                    self.keys.setdefault(match_key(title), item.id)

    def by_id(self, item_id: int) -> Item | None:
        return next((item for item in [*self.items, *self.context] if item.id == item_id), None)


class ReplyChecker:
    def __init__(self, titles: dict[str, set[int]], people: PeopleLexicon, listed: Listed, language: str,
                 known: set[str]) -> None:
        self.known = known  # the words of everything the model was shown
        self.titles = titles
        self.people = people
        self.listed = listed
        self.language = language
        self.spoke_of_items = False

    def sentence_problem(self, sentence: str) -> str | None:
        """Why this sentence may not be shown, or None."""
        if INSTRUCTION_LIKE.search(sentence):
            return "the reply echoes an instruction"
        if SHEET_MARKUP.search(sentence):
            return "the reply copies the fact sheet"
        if chatter(sentence):
            return "the reply is not about the items"
        if rating_claim(sentence):
            return "the reply makes up a rating"
        mentioned: set[int] = set()
        for span in _quoted(sentence):
            found = self._listed_title(span)
            if found is None:
                return f"the reply names “{span}”, which is not among the items"
            mentioned.add(found)
        for key, ids in self._library_titles(sentence):
            found = self.listed.keys.get(key)
            if found is None:
                return f"the reply names a library item that is not among the items ({sorted(ids)[0]})"
            mentioned.add(found)
        scope = [self.listed.by_id(i) for i in mentioned] if mentioned else self.listed.items
        items = [item for item in scope if item is not None]
        if word := wrong_kind(sentence, items):
            return f"the reply calls a {items[0].kind} a “{word}”"
        makers = {f"person:{fold(name)}" for item in items for name in item.creator_names}
        named_people = self.people.find(sentence)
        for person in named_people:
            if person.key not in makers:
                return f"the reply credits {person.name} wrongly"
        recommended = self.listed.items
        recommended_makers = {f"person:{fold(n)}" for item in recommended for n in item.creator_names}
        if mentioned & {item.id for item in recommended} \
                or recommended_makers & {p.key for p in named_people}:
            self.spoke_of_items = True
        years = {item.year for item in items if item.year}
        for year in YEAR.findall(_without_titles(sentence, items)):  # "Blade Runner 2049" is no year
            if int(year) not in years:
                return f"the reply gives a wrong year ({year})"
        if self.language == "en" and (name := unknown_name(sentence, self.known)):
            return f"the reply names “{name}”, which the facts do not mention"
        return None

    def reply_problem(self, reply: str) -> str | None:
        text = reply.strip()
        if len(text) < 8:
            return "the reply is empty"
        if len(text) > MAX_REPLY:
            return "the reply runs on"
        if _repeats(text):
            return "the reply repeats itself"
        if text.count("\"") % 2 or text.count("“") != text.count("”") or text.count("《") != text.count("》"):
            return "the reply leaves a quotation open"
        if not self.spoke_of_items:
            return "the reply does not speak of the items"
        letters = [c for c in _without_titles(text, self.listed) if c.isalpha()]
        if letters:
            cjk = sum(1 for c in letters if CJK_CHAR.match(c)) / len(letters)
            if self.language == "zh" and cjk < 0.3:
                return "the reply is not in Chinese"
            if self.language == "en" and cjk > 0:
                return "the reply is not in English"
        return None

    def _listed_title(self, span: str) -> int | None:
        key = match_key(span)
        if key in self.listed.keys:
            return self.listed.keys[key]
        for listed_key, item_id in self.listed.keys.items():
            if SequenceMatcher(None, key, listed_key).ratio() >= QUOTE_MATCH:
                return item_id
        return None

    def _library_titles(self, sentence: str) -> Iterable[tuple[str, set[int]]]:
        """(match key, item ids) of library titles written in the sentence, longest first."""
        words = list(WORD.finditer(sentence))
        i = 0
        while i < len(words):
            for n in range(min(MAX_TITLE_WORDS, len(words) - i), 0, -1):
                phrase = sentence[words[i].start():words[i + n - 1].end()]
                key = match_key(phrase)
                if key in self.titles and _reads_as_title(phrase, words[i:i + n], sentence):
                    yield key, self.titles[key]
                    i += n - 1
                    break
            i += 1
        plain = QUOTED.sub(" ", sentence)  # 《》 titles were checked as quoted spans
        for run in re.findall(f"{CJK_CHAR.pattern}+", plain):
            start = 0
            while start < len(run):
                for n in range(min(MAX_CJK_TITLE, len(run) - start), 2, -1):
                    key = match_key(run[start:start + n])
                    if key in self.titles:
                        yield key, self.titles[key]
                        start += n - 1
                        break
                start += 1


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def _quoted(sentence: str) -> list[str]:
    return [next(g for g in m.groups() if g is not None).strip() for m in QUOTED.finditer(sentence)]


def _reads_as_title(phrase: str, words: list[re.Match[str]], sentence: str) -> bool:
    """Several words read as a title; one word (after any article: "an alien") only when it
    reads as a name."""
    if len(words) > 1 and fold(words[0].group()) in ARTICLES:
        words = words[1:]
    if len(words) > 1:
        return True
    return _telling_word(words[0].group(), words[0].start(), sentence)


def _telling_word(word: str, start: int, sentence: str) -> bool:
    """A one-word title counts only when it reads as a name: capitalised, not opening the
    sentence, not an everyday word."""
    return (word[:1].isupper() and len(word) >= 3 and fold(word) not in COMMON_WORDS
            and sentence[:start].strip() != "")


def _repeats(text: str) -> bool:
    """A character four times over, a phrase of three words three times, or of five twice."""
    if re.search(r"(.)\1{3,}", text):
        return True
    words = fold(text).split()
    for size, most in ((3, 2), (5, 1)):
        grams = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
        if any(grams.count(g) > most for g in set(grams)):
            return True
    return False


def _without_titles(text: str, listed: Listed | list[Item]) -> str:
    for item in listed.items if isinstance(listed, Listed) else listed:
        for title in [item.title, *item.alt_titles, *item.creator_names]:
            if title:
                text = text.replace(title, " ")
    return text
