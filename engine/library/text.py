"""Text keys shared by storage, search and matching: sort titles, match keys, FTS segmentation."""

from __future__ import annotations

import re
import unicodedata

# Han, Hiragana, Katakana, Hangul: scripts written without spaces between words.
_CJK = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
    "\U00020000-\U0002a6df"
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
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
    if _CJK_CHAR.search(folded) or " " not in folded:
        return folded
    first, _, last = folded.rpartition(" ")
    return f"{last}, {first}"


def segment_cjk(text: str) -> str:
    """Put spaces around each CJK character so FTS5 indexes them one by one.

    unicode61 would treat a whole run of Chinese as one token, so "三体" could never find
    "三体问题"; character tokens plus phrase queries can.
    """
    return _CJK_CHAR.sub(lambda m: f" {m.group(0)} ", text)


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for free text typed by a person.

    Every word is quoted (no FTS syntax leaks through); Latin words match as prefixes; a run
    of CJK characters becomes a phrase of single characters. Words are AND-ed.
    """
    terms: list[str] = []
    for chunk in re.findall(rf"[{_CJK}]+|[^\s{_CJK}]+", text):
        if _CJK_CHAR.match(chunk):
            terms.append('"' + " ".join(chunk) + '"')
            continue
        word = re.sub(r"[^\w]+", " ", fold(chunk)).strip()
        for part in word.split():
            terms.append(f'"{part}"*')
    return " AND ".join(terms) if terms else None
