"""Text keys shared by storage, search and matching: sort titles, match keys, FTS segmentation."""

from __future__ import annotations

import re
import unicodedata

# Han, Hiragana, Katakana, Hangul: scripts written without spaces between words.
CJK_RANGES = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
    "\U00020000-\U0002a6df"
)
CJK_CHAR = re.compile(f"[{CJK_RANGES}]")
_LEADING_ARTICLES = re.compile(r"^(the|a|an|le|la|les|l'|el|los|las|il|lo|der|die|das)\s+", re.I)


def fold(text: str) -> str:
    """Lowercase, accents removed, full-width folded (NFKD): "Amélie" → "amelie"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def match_key(title: str) -> str:
    """A key equal for titles that differ only in case, accents, punctuation, spacing or a
    leading article: "The Left Hand of Darkness" ≡ "Left Hand of Darkness, The"."""
    text = fold(title)
    text = re.sub(r",\s*(the|a|an)$", "", text)
    text = _LEADING_ARTICLES.sub("", text)
    text = re.sub(r"[^\w]+", " ", text)
    text = _LEADING_ARTICLES.sub("", text.strip())
    return re.sub(r"\s+", "", text)


def sort_title(title: str) -> str:
    """Sorting key: folded, without a leading article."""
    return _LEADING_ARTICLES.sub("", fold(title).strip()) or fold(title)


def sort_name(name: str) -> str:
    """"Ursula K. Le Guin" → "le guin, ursula k."; a one-word or CJK name is kept as is."""
    folded = fold(name).strip()
    if CJK_CHAR.search(folded) or " " not in folded:
        return folded
    first, _, last = folded.rpartition(" ")
    return f"{last}, {first}"


def segment_cjk(text: str) -> str:
    """Put spaces around each CJK character so FTS5 indexes them one by one.

    unicode61 would treat a whole run of Chinese as one token, so "三体" could never find
    "三体问题"; character tokens plus phrase queries can.
    """
    return CJK_CHAR.sub(lambda m: f" {m.group(0)} ", text)


# Words that match nearly every description: AND-ing them in only makes a search slow and
# narrow ("a detective in a small town" is about a detective and a small town).
QUERY_STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about",
    "into", "over", "than", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
    "it", "its", "as", "but", "not", "no", "so", "such", "very", "what", "which", "who", "whom",
    "whose", "where", "when", "how", "why", "i", "me", "my", "we", "our", "you", "your", "he", "she",
    "his", "her", "they", "them", "their", "there", "here", "some", "any", "all", "one", "ones",
    "goes", "go", "get", "gets",
})


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for free text typed by a person.

    Every word is quoted (no FTS syntax leaks through); Latin words of two letters or more match
    as prefixes; a run of CJK characters becomes a phrase of single characters. Common words are
    left out unless nothing else was typed. Words are AND-ed.
    """
    terms: list[str] = []
    words: list[str] = []
    for chunk in re.findall(rf"[{CJK_RANGES}]+|[^\s{CJK_RANGES}]+", text):
        if CJK_CHAR.match(chunk):
            terms.append('"' + " ".join(chunk) + '"')
            continue
        words += re.sub(r"[^\w]+", " ", fold(chunk)).split()
    meaningful = [w for w in words if w not in QUERY_STOPWORDS]
    for word in meaningful if (meaningful or terms) else words:
        terms.append(f'"{word}"*' if len(word) >= 2 else f'"{word}"')
    return " AND ".join(terms) if terms else None
