"""The rules half of understanding a request, in English and Chinese (the LLM half comes later).

Reads: the kind ("film", "书", "文章"), genres in any language through the alias table, negated
genres ("not horror", "不要恐怖"), decades and years ("90s", "九十年代", "1990年代", "after 2010",
"2010年以后"), length ("short", "under 2 hours", "不要太长", "under 300 pages"), mood ("lighter",
"darker", "轻松"), and reference items ("like Arrival", "类似《三体》", matched by title, then by
a close spelling). ``Intent.request(k)`` turns it into a ``RecommendRequest``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from engine.graph.aliases import SubjectAliases
from engine.library.items import ItemStore
from engine.ranking.request import RecommendRequest

KINDS = (
    ("film", r"\b(films?|movies?|cinema)\b|电影|影片"),
    ("series", r"\b(tv )?(series|shows?)\b|电视剧|剧集"),
    ("book", r"\b(books?|novels?|reads?)\b|书|小说"),
    ("article", r"\b(articles?|essays?|papers?|posts?)\b|文章|论文"),
)
NEGATION = re.compile(
    r"(?:\bnot\b|\bno\b|\bwithout\b|\bnothing\b|\bexcept\b|\bdon'?t want\b|\bavoid\b"
    r"|不要|不想要?|别|不看|不读|除了)"
    r"\s*([^,.;!?，。；！？、]+)", re.IGNORECASE)
MOODS = {  # cue → (genres to favour, genres to avoid)
    r"\blight(er)?\b|\bfun(ny)?\b|\bfeel[- ]good\b|\bcheerful\b|轻松|搞笑|开心|治愈":
        (("comedy",), ("horror",)),
    r"\bdark(er)?\b|\bgrim\b|\bbleak\b|黑暗|沉重|压抑": (("thriller", "crime"), ()),
    r"\bscary\b|\bfrightening\b|吓人|恐怖": (("horror",), ()),
    r"\bromantic\b|浪漫": (("romance",), ()),
}
SHORT_FILM_MINUTES, SHORT_BOOK_PAGES = 100, 250
GENERIC = {"fiction", "short-film"}  # "小说"/"novel" name the kind; "a short film" asks for a length
CN_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass
class Intent:
    kind: str | None = None
    genres: list[str] = field(default_factory=list)      # canonical genre keys
    avoid: list[str] = field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None
    max_minutes: int | None = None
    max_pages: int | None = None
    moods: list[str] = field(default_factory=list)
    references: list[int] = field(default_factory=list)
    language: str = "en"

    def request(self, k: int = 10) -> RecommendRequest:
        return RecommendRequest(
            kind=self.kind, k=k, year_from=self.year_from, year_to=self.year_to,
            max_minutes=self.max_minutes, max_pages=self.max_pages, references=tuple(self.references),
            entities=tuple(f"genre:{g}" for g in self.genres),
            avoid=tuple(f"genre:{g}" for g in self.avoid),
            reasons_language=self.language,
        )


class IntentRules:
    def __init__(self, aliases: SubjectAliases, items: ItemStore) -> None:
        self.aliases = aliases
        self.items = items

    def parse(self, text: str) -> Intent:
        intent = Intent(language="zh" if re.search(r"[\u4e00-\u9fff]", text) else "en")
        rest = text
        for title in _quoted_titles(text) + _like_titles(text):
            found = self._find_item(title)
            if found is not None and found not in intent.references:
                intent.references.append(found)
            rest = rest.replace(title, " ")
        _years(rest, intent)
        _length(rest, intent)  # before negations are cut out: "不要太长" is a length
        short = _is_short(rest)
        lowered = rest.lower()
        for kind, pattern in KINDS:
            if re.search(pattern, lowered):
                intent.kind = kind
                break
        for negated in NEGATION.findall(rest):
            intent.avoid += [g.key for g in self.aliases.find_in_text(negated) if g.key not in intent.avoid]
            rest = rest.replace(negated, " ")
        for pattern, (favour, avoid) in MOODS.items():
            if re.search(pattern, rest, re.IGNORECASE):
                intent.moods.append(pattern.split("|")[0].strip("\\b"))
                intent.genres += [g for g in favour if g not in intent.genres and g not in intent.avoid]
                intent.avoid += [g for g in avoid if g not in intent.avoid and g not in intent.genres]
        intent.genres += [g.key for g in self.aliases.find_in_text(rest)
                          if g.key not in {*intent.genres, *intent.avoid, *GENERIC}]
        if short and intent.max_pages is None and intent.max_minutes is None:  # now that the kind is known
            if intent.kind in ("film", "series"):
                intent.max_minutes = SHORT_FILM_MINUTES
            else:
                intent.max_pages = SHORT_BOOK_PAGES
        return intent

    def _find_item(self, title: str) -> int | None:
        exact = self.items.find_by_title(title)
        if exact:
            return exact[0]
        close = self.items.similar_titles(title, limit=1)
        return close[0] if close else None


def _quoted_titles(text: str) -> list[str]:
    groups = re.findall(r"《([^》]+)》|“([^”]+)”|\"([^\"]+)\"", text)
    return [title.strip() for group in groups for title in group if title.strip()]


def _like_titles(text: str) -> list[str]:
    pattern = r"\b(?:like|similar to|as good as)\s+([A-Z0-9][^,.;!?]*?)(?=\s+but\b|\s+and\b|[,.;!?]|$)"
    found = re.findall(pattern, text)
    return [t.strip() for t in found if t.strip() and not t.lower().startswith(("a ", "an ", "the one"))]


def _cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if all(c in CN_DIGITS or c == "十" for c in text):
        if text == "十":
            return 10
        tens, _, ones = text.partition("十")
        if "十" in text:
            return CN_DIGITS.get(tens, 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
        return CN_DIGITS.get(text)
    return None


def _years(text: str, intent: Intent) -> None:
    decade = re.search(r"\b(?:(19|20)?(\d)0)'?s\b|(\d{4})年代|([一二三四五六七八九十]+)年代", text)
    if decade:
        if decade.group(3):
            start = int(decade.group(3))
        elif decade.group(4):
            value = _cn_number(decade.group(4)) or 0
            start = 1900 + value if value >= 10 else 2000 + value * 10
        else:
            century = decade.group(1) or ("19" if int(decade.group(2)) >= 3 else "20")
            start = int(f"{century}{decade.group(2)}0")
        intent.year_from, intent.year_to = start, start + 9
        return
    after = re.search(r"\b(?:after|since|from)\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)\s*年?(?:以后|之后|后)",
                      text)
    if after:
        intent.year_from = int(after.group(1) or after.group(2))
    before = re.search(r"\bbefore\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)\s*年?(?:以前|之前|前)", text)
    if before:
        intent.year_to = int(before.group(1) or before.group(2)) - 1


def _length(text: str, intent: Intent) -> None:
    lowered = text.lower()
    hours = re.search(r"under\s+(\d+(?:\.\d+)?)\s*hours?|less than\s+(\d+(?:\.\d+)?)\s*hours?", lowered)
    minutes = re.search(r"under\s+(\d+)\s*min|less than\s+(\d+)\s*min|(\d+)\s*分钟以内", lowered)
    pages = re.search(r"under\s+(\d+)\s*pages|fewer than\s+(\d+)\s*pages|(\d+)\s*页以内", lowered)
    if hours:
        intent.max_minutes = int(float(hours.group(1) or hours.group(2)) * 60)
    elif minutes:
        intent.max_minutes = int(next(g for g in minutes.groups() if g))
    if pages:
        intent.max_pages = int(next(g for g in pages.groups() if g))


def _is_short(text: str) -> bool:
    return re.search(r"\bshort\b|\bquick\b|不要太长|别太长|短篇|短一点|不太长", text.lower()) is not None
