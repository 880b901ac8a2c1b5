"""Claims in a generated sentence that the facts do not back: names from nowhere, the wrong kind
of thing ("this novel" about a film), made-up ratings, and chatter that is not about the items
("I'm sorry…", "Sounds like…"). Small models produce all of these; each sends the reply to the
template."""

from __future__ import annotations

import re
from collections.abc import Iterable

from engine.chat.lexicon import COMMON_WORDS, WORD
from engine.library.models import Item
from engine.library.text import fold

OTHER_KIND_WORDS = {  # what an item of this kind must not be called
    "film": r"\b(?:novels?|novellas?|books?|essays?|papers?|articles?|anime series|tv shows?)\b",
    "series": r"\b(?:novels?|novellas?|books?|essays?|papers?|articles?)\b",
    "book": r"\b(?:films?|movies?|anime|tv shows?|documentar(?:y|ies)|episodes?|directed)\b",
    "article": r"\b(?:novels?|books?|films?|movies?|anime|tv shows?|episodes?|directed)\b",
}
CHATTER = re.compile(
    r"\bI'?m (?:so )?(?:sorry|glad to hear|happy to (?:help|hear)|not (?:a|able))|\bas an ai\b"
    r"|\bI (?:did not|didn'?t|don'?t) (?:find|like|enjoy|know)\b|\bsounds like\b|\byou might have\b"
    r"|\bI hope (?:this|that) helps\b|\bwhat'?s your request\b|\bI must (?:share|say|admit)\b"
    r"|\bI'?m Shelfwise\b|\bhow can I (?:help|assist)\b",
    re.IGNORECASE)
RATING = re.compile(r"☆|★★|\b\d(?:\.\d)?\s*/\s*(?:5|10)\b|\b(?:rated|rating of)\s+\d", re.IGNORECASE)
SENTENCE_OPENERS = frozenset([
    "i'm", "i'd", "i've", "i'll",
    "i", "it", "its", "this", "that", "these", "the", "a", "an", "in", "on", "at", "as", "by", "for",
    "and", "but", "so", "with", "his", "her", "their", "its", "my", "your", "we", "you", "he", "she",
    "they", "there", "here", "if", "when", "while",
])


def vocabulary(texts: Iterable[str]) -> set[str]:
    """Every word of the facts the model was given (titles, names, descriptions, the request)."""
    words: set[str] = set()
    for text in texts:
        words.update(fold(w) for w in WORD.findall(text.replace("’", "'")))
        words.update(fold(w).removesuffix("'s") for w in WORD.findall(text.replace("’", "'")))
    return words


def unknown_name(sentence: str, known: set[str]) -> str | None:
    """A capitalised word, not opening the sentence, that appears nowhere in the facts."""
    words = list(WORD.finditer(sentence.replace("’", "'")))
    for index, match in enumerate(words):
        word = match.group()
        if index == 0 or not word[:1].isupper():
            continue
        before = sentence[:match.start()].rstrip()
        if before.endswith((".", "!", "?", ":", "\"", "“", "(")):
            continue
        folded = fold(word).removesuffix("'s")
        if folded in known or folded in COMMON_WORDS or folded in SENTENCE_OPENERS or len(folded) < 3:
            continue
        return word
    return None


def wrong_kind(sentence: str, items: list[Item]) -> str | None:
    """The kind word the sentence uses that fits none of the items it is about."""
    kinds = {item.kind for item in items}
    if len(kinds) != 1:
        return None
    kind = next(iter(kinds))
    pattern = OTHER_KIND_WORDS.get(kind)
    found = re.search(pattern, sentence, re.IGNORECASE) if pattern else None
    return found.group(0) if found else None


def chatter(sentence: str) -> bool:
    return CHATTER.search(sentence) is not None


def rating_claim(sentence: str) -> bool:
    return RATING.search(sentence) is not None
