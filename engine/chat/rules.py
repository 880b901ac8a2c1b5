"""The rules half of understanding a request, in English and Chinese.

Reads: the kind ("film", "书", "文章"), genres in any language through the alias table, people from
the library's own creators, negated genres and people ("not horror", "不要恐怖"), decades and years
("90s", "九十年代", "1990年代", "after 2010", "2010年以后"), length ("short", "under 2 hours",
"不要太长", "under 300 pages"), mood ("lighter", "darker", "轻松"), and reference items ("like
Arrival", "类似《三体》", matched by title, then by a close spelling). The words nothing explained
become a meaning query ("about the sea"). ``unexplained`` tells the caller whether an LLM might
add something.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from engine.chat.intent import Intent
from engine.chat.lexicon import WORD, PeopleLexicon
from engine.graph.aliases import SubjectAliases, normalize_name
from engine.library.items import ItemStore
from engine.library.text import CJK_CHAR, fold

KINDS = (
    ("film", r"\b(films?|movies?|cinema|flicks?)\b|电影|影片|(?<=[\u4e00-\u9fff])(?<![照唱名卡图刀])片"),
    ("series", r"\b(tv )?(series|shows)\b|\b(tv )?show\b(?! me\b| us\b)|电视剧|剧集|美剧|连续剧"
               r"|(?<![喜悲戏京话歌舞编])剧(?![情本])"),
    ("book", r"\b(books?|novels?|reads?)\b|书|小说"),
    ("article", r"\b(articles?|essays?|papers?|posts?)\b|文章|论文"),
)
NEGATION = re.compile(
    r"(?:\bnot\b|\bno\b|\bwithout\b|\bnothing\b|\bexcept\b|\bdon'?t want\b|\bavoid\b|\bnone of\b"
    r"|\bisn'?t\b|\baren'?t\b|\bnever\b|不要|不想要?|别|不看|不读|除了)"
    r"\s*((?:(?!\bbut\b|\bjust\b|\bonly\b|\binstead\b|但是|但|只要|来点|来一)[^,.;!?，。；！？、—–])+)",
    re.IGNORECASE)
MOODS = {  # cue → (genres to lean towards, genres to avoid)
    r"\blight(er)?\b|\bfun(ny)?\b|\bfeel[- ]good\b|\bcheerful\b|\buplifting\b|轻松|搞笑|开心|治愈|欢乐":
        (("comedy",), ("genre:horror",)),
    r"\bdark(er)?\b|\bgrim\b|\bbleak\b|黑暗|沉重|压抑": (("thriller", "crime"), ()),
    r"\bscary\b|\bfrightening\b|吓人": (("horror",), ()),
    r"\bromantic\b|浪漫": (("romance",), ()),
}
LIKE = (r"\b(?:like|similar to|as good as|in the vein of|along the lines of|reminds? me of"
        r"|the same as|loved|enjoyed|adored|really liked)\s+([A-Z0-9\u00C0-\u024F][^,.;!?]*?)"
        r"(?=\s+but\b|\s+and\b|\s+with\b|\s+from\b|\s+for\b|[,.;!?]|$)")
LIKE_ZH = r"(?:像|类似于?|和|跟)\s*([^\s，。,！？、《》的]{2,20}?)(?:一样|那样|那种|这样|似的|差不多|类似)的?"
SHORT_FILM_MINUTES, SHORT_BOOK_PAGES = 100, 250
GENERIC = {"fiction", "short-film"}  # "小说"/"novel" name the kind; "a short film" asks for a length
CN_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
TITLE_MATCH = 0.75  # least spelling similarity for a misspelt title
STOP_WORDS = frozenset([
    "a", "about", "an", "and", "any", "anything", "are", "as", "at", "be", "but", "by", "can", "could",
    "do", "film", "films", "for", "from", "get", "give", "good", "great", "have", "i", "i'd", "i'm",
    "in", "is", "it", "just", "kind", "like", "looking", "me", "movie", "movies", "my", "need", "new",
    "next", "of", "on", "one", "or", "please", "recommend", "read", "reading", "series", "show",
    "shows", "similar", "some", "something", "suggest", "tell", "than", "that", "the", "them", "there",
    "this", "to", "tonight", "want", "watch", "watching", "what", "with", "would", "you", "your", "yet",
    "more", "less", "book", "books", "novel", "novels", "article", "articles", "essay", "story",
    "stories", "lot", "bit", "little", "much", "really", "very", "maybe", "perhaps", "time", "weekend",
    "evening", "night", "day", "today", "should", "next", "not", "no", "nothing", "isn't", "aren't",
    "never", "without", "just", "only", "instead",
])
STOP_ZH = ("我想", "想看", "想读", "推荐", "给我", "一本", "一部", "一篇", "一些", "有没有", "什么", "那样",
           "这样", "一样", "但是", "类似", "适合", "周末", "晚上", "一下", "来点", "以后", "以前", "之后",
           "之前", "以内", "小时", "分钟", "没有", "几",
           "好看", "好的", "看看", "读读", "可以", "吗", "呢", "吧", "的", "了", "我", "你", "请", "要",
           "看", "读", "部", "本", "篇", "个", "点", "一", "些", "有", "关于", "讲", "年代", "年")


class IntentRules:
    def __init__(self, aliases: SubjectAliases, items: ItemStore, people: PeopleLexicon) -> None:
        self.aliases = aliases
        self.items = items
        self.people = people

    def parse(self, text: str) -> Intent:
        intent = Intent(language="zh" if CJK_CHAR.search(text) else "en")
        rest = text
        for title, phrase in _quoted_titles(text) + _like_titles(text):
            found = self.find_item(title)
            if found is None:
                if title not in intent.unmatched:
                    intent.unmatched.append(title)
            elif found not in intent.references:
                intent.references.append(found)
            rest = rest.replace(phrase, " ")
        rest = _years(rest, intent)
        rest = _length(rest, intent)  # before negations are cut out: "不要太长" is a length
        short, rest = _short(rest)
        ruled_out: set[str] = set()
        negations = NEGATION.findall(rest)
        for negated in negations:
            avoided = [f"genre:{g.key}" for g in self.aliases.find_in_text(negated)]
            avoided += [p.key for p in self.people.find(negated)]
            if not avoided:  # "a book, not a film": a kind ruled out, not a genre
                ruled_out.update(kind for kind, pattern in KINDS if re.search(pattern, negated, re.I))
            intent.avoid += avoided
        kinds_at = [(m.start(), kind) for kind, pattern in KINDS if kind not in ruled_out
                    for m in [re.search(pattern, rest, re.IGNORECASE)] if m]
        intent.kind = min(kinds_at)[1] if kinds_at else None
        for negated in negations:
            rest = rest.replace(negated, " ")
        for _, pattern in KINDS:  # a lone 片/剧 stays: it may end a genre's name (纪录片)
            rest = re.sub(pattern, lambda m: m.group(0) if m.group(0) in "片剧" else " ", rest,
                          flags=re.IGNORECASE)
        intent.avoid = list(dict.fromkeys(intent.avoid))
        for pattern, (lean, avoid) in MOODS.items():
            if re.search(pattern, rest, re.IGNORECASE):
                intent.moods.append(pattern.split("|")[0].strip("\\b").replace("(er)?", ""))
                intent.mood_genres += [g for g in lean if f"genre:{g}" not in intent.avoid]
                intent.mood_avoid += [g for g in avoid if g not in intent.avoid and g not in intent.mood_avoid
                                      and g.removeprefix("genre:") not in intent.mood_genres]
                rest = re.sub(pattern, " ", rest, flags=re.IGNORECASE)
        folded = normalize_name(rest)
        spans: list[tuple[int, int]] = []
        for start, end, keys in self.aliases.spans_in_text(folded):
            spans.append((start, end))
            intent.genres += [k for k in keys if k not in {*intent.genres, *GENERIC}
                              and f"genre:{k}" not in intent.avoid]
        intent.mood_genres = [g for g in dict.fromkeys(intent.mood_genres) if g not in intent.genres]
        for person in self.people.find(rest):
            spans.append((person.start, person.end))
            if person.key not in intent.people and person.key not in intent.avoid:
                intent.people.append(person.key)
        intent.query = _leftover(folded, spans)
        if short and intent.max_pages is None and intent.max_minutes is None:  # now that the kind is known
            if intent.kind in ("film", "series"):
                intent.max_minutes = SHORT_FILM_MINUTES
            else:
                intent.max_pages = SHORT_BOOK_PAGES
        return intent

    def find_item(self, title: str) -> int | None:
        """The library item called ``title``, or spelt closely enough (typos), or None."""
        exact = self.items.find_by_title(title)
        if exact:
            return exact[0]
        wanted = fold(title)
        for item_id in self.items.similar_titles(title, limit=3):
            item = self.items.get(item_id)
            names = [item.title, *(t for t in (item.original_title,) if t)]
            if any(SequenceMatcher(None, wanted, fold(name)).ratio() >= TITLE_MATCH for name in names):
                return item_id
        return None


def _quoted_titles(text: str) -> list[tuple[str, str]]:
    """(title, the text it takes up) for each quoted or 《》 title."""
    found = []
    for match in re.finditer(r"《([^》]+)》|“([^”]+)”|\"([^\"]+)\"|「([^」]+)」", text):
        title = next(g for g in match.groups() if g is not None).strip()
        if title:
            found.append((title, match.group(0)))
    return found


def _like_titles(text: str) -> list[tuple[str, str]]:
    """(title, the whole phrase) for "like X", "in the vein of X", "像X一样的"."""
    found = [(m.group(1).strip(), m.group(0)) for m in re.finditer(LIKE, text)]
    found += [(m.group(1).strip(), m.group(0)) for m in re.finditer(LIKE_ZH, text)]
    return [(t, p) for t, p in found
            if t and not t.lower().startswith(("a ", "an ", "the one", "that", "this"))]


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


DECADE = re.compile(r"(?:\b(?P<pre>after|since|before|from)\s+)?\b(?:the\s+)?(?:(19|20)?(\d)0)'?s\b"
                    r"|(?:(\d{4})\s*|([一二三四五六七八九十]+))年代(?P<post>以后|之后|以来|以前|之前)?")
AFTER = re.compile(r"\b(?:after|since|from|newer than)\s+((?:19|20)\d\d)\b"
                   r"|((?:19|20)\d\d)\s*年?(?:以后|之后|后)")
BEFORE = re.compile(r"\b(?:before|older than|pre-?)\s*((?:19|20)\d\d)\b"
                    r"|((?:19|20)\d\d)\s*年?(?:以前|之前|前)")


def _years(text: str, intent: Intent) -> str:
    decade = DECADE.search(text)
    if decade:
        if decade.group(4):
            start = int(decade.group(4))
        elif decade.group(5):
            value = _cn_number(decade.group(5)) or 0
            start = 1900 + value if value >= 10 else 2000 + value * 10
        else:
            century = decade.group(2) or ("19" if int(decade.group(3)) >= 3 else "20")
            start = int(f"{century}{decade.group(3)}0")
        edge = decade.group("pre") or decade.group("post")
        if edge in ("after",):
            intent.year_from = start + 10
        elif edge in ("since", "以后", "之后", "以来"):
            intent.year_from = start
        elif edge in ("before", "以前", "之前"):
            intent.year_to = start - 1
        else:
            intent.year_from, intent.year_to = start, start + 9
        return text.replace(decade.group(0), " ")
    for pattern, offset in ((AFTER, 0), (BEFORE, -1)):
        found = pattern.search(text)
        if found:
            year = int(found.group(1) or found.group(2)) + offset
            if offset:
                intent.year_to = year
            else:
                intent.year_from = year
            text = text.replace(found.group(0), " ")
    return text


def _length(text: str, intent: Intent) -> str:
    hours = re.search(r"(?:under|less than|shorter than)\s+(\d+(?:\.\d+)?)\s*hours?"
                      r"|([\d一二两三四五六七八九十]+)\s*个?小时(?:以内|之内|内)", text, re.IGNORECASE)
    minutes = re.search(r"(?:under|less than|shorter than)\s+(\d+)\s*min\w*|(\d+)\s*分钟以内", text,
                        re.IGNORECASE)
    pages = re.search(r"(?:under|fewer than|less than)\s+(\d+)\s*pages|(\d+)\s*页以内", text, re.IGNORECASE)
    if hours:
        count = hours.group(1) or _cn_number(hours.group(2).replace("两", "二")) or 0
        intent.max_minutes = int(float(count) * 60)
    elif minutes:
        intent.max_minutes = int(minutes.group(1) or minutes.group(2))
    if pages:
        intent.max_pages = int(pages.group(1) or pages.group(2))
    for found in (hours, minutes, pages):
        if found:
            text = text.replace(found.group(0), " ")
    return text


SHORT = re.compile(r"\bshort\b|\bquick\b|\bbrief\b"
                   r"|\b(?:not|nothing|isn'?t)\s+(?:too|very|that|overly)\s+long\b"
                   r"|不要太长|别太长|短篇|短一点|不太长|短的", re.IGNORECASE)


def _short(text: str) -> tuple[bool, str]:
    return SHORT.search(text) is not None, SHORT.sub(" ", text)


def _leftover(folded: str, spans: list[tuple[int, int]]) -> str | None:
    """The words of the (normalized) text outside every recognised span, minus stop words."""
    kept = "".join(" " if any(s <= i < e for s, e in spans) else c for i, c in enumerate(folded))
    words = [w for w in WORD.findall(kept) if w not in STOP_WORDS and len(w) > 1 and not w.isdigit()]
    cjk = "".join(c if CJK_CHAR.match(c) else " " for c in kept)
    for stop in STOP_ZH:
        cjk = cjk.replace(stop, " ")
    words += [run for run in cjk.split() if len(run) >= 2]
    return " ".join(words) or None
