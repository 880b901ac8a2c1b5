"""Replies written without the LLM, in English and Chinese: what was understood, the top pick and
why. Used in no-LLM mode, for a language the model does not speak, and whenever a generated reply
fails its checks. They name only the items found, by construction."""

from __future__ import annotations

from collections.abc import Callable

from engine.chat.intent import Intent
from engine.library.models import Item
from engine.library.text import CJK_CHAR
from engine.ranking.request import Recommendation

KIND_EN: dict[str | None, tuple[str, str]] = {
    "film": ("film", "films"), "series": ("series", "series"), "book": ("book", "books"),
    "article": ("article", "articles"), None: ("pick", "picks")}
KIND_ZH: dict[str | None, str] = {"film": "部电影", "series": "部剧", "book": "本书", "article": "篇文章",
                                  None: "个推荐"}


def display_title(item: Item, language: str) -> str:
    """The item's title for a reply in ``language``: a Chinese other title for Chinese if it has one."""
    if language == "zh" and not CJK_CHAR.search(item.title):
        for title in [item.original_title or "", *item.alt_titles]:
            if CJK_CHAR.search(title):
                return title
    return item.title


def understood(intent: Intent, label: Callable[[str], str], title: Callable[[int], str],
               person: Callable[[str], str]) -> str:
    """The request in words: "science fiction, like Arrival, 1990–1999, no horror"."""
    zh = intent.language == "zh"
    parts: list[str] = [label(f"genre:{g}") for g in intent.genres]
    parts += [person(p) for p in intent.people]
    if intent.references:
        names = ", ".join(f"《{title(i)}》" if zh else title(i) for i in intent.references)
        parts.append(f"类似{names}" if zh else f"like {names}")
    if intent.moods:
        parts.append(("轻松" if "light" in intent.moods else "、".join(intent.moods)) if zh
                     else f"{' and '.join(intent.moods)} in tone")
    if intent.year_from or intent.year_to:
        low, high = intent.year_from, intent.year_to
        if zh:
            parts.append(f"{low}–{high}年" if low and high else f"{low}年以后" if low else f"{high}年及以前")
        else:
            parts.append(f"{low}–{high}" if low and high else f"from {low} on" if low else f"up to {high}")
    if intent.max_minutes:
        parts.append(f"{intent.max_minutes}分钟以内" if zh else f"under {intent.max_minutes} minutes")
    if intent.max_pages:
        parts.append(f"{intent.max_pages}页以内" if zh else f"under {intent.max_pages} pages")
    if intent.avoid:
        avoided = [label(key) if key.startswith("genre:") else person(key) for key in intent.avoid]
        parts.append(("不要" + "、".join(avoided)) if zh else "no " + ", ".join(avoided))
    if intent.query:
        parts.append(f"关于“{intent.query}”" if zh else f"about “{intent.query}”")
    return ("，" if zh else ", ").join(parts)


def reply(intent: Intent, recs: list[Recommendation], summary: str, *, relaxed: bool = False,
          unmatched: list[str] | None = None) -> str:
    """What was found and the top pick with its reason."""
    zh = intent.language == "zh"
    text = head(intent, recs, summary, relaxed=relaxed, unmatched=unmatched)
    if not recs:
        return text
    top = recs[0]
    year = f"（{top.item.year}）" if zh and top.item.year else f" ({top.item.year})" if top.item.year else ""
    why = top.reasons[0] if top.reasons else ""
    if zh:
        return text + f"首选《{top.item.title}》{year}" + (f"：{why}。" if why else "。")
    return text + f" Top pick: {top.item.title}{year}" + (f" — {why}." if why else ".")


def head(intent: Intent, recs: list[Recommendation], summary: str, *, relaxed: bool = False,
         unmatched: list[str] | None = None) -> str:
    """The opening: titles not found, how many items were found for what was understood."""
    zh = intent.language == "zh"
    lines: list[str] = []
    for missing in unmatched or []:
        lines.append(f"你的库里没有找到《{missing}》。" if zh
                     else f"I couldn't find “{missing}” in your library.")
    if not recs:
        if zh:
            lines.append("你的库里没有符合这些条件的作品" + (f"（{summary}）" if summary else "")
                         + "。可以放宽一些条件再试。")
        else:
            lines.append("Nothing in your library fits all of that" + (f" ({summary})" if summary else "")
                         + ". Try loosening a condition.")
        return "".join(lines) if zh else " ".join(lines)
    if relaxed:
        lines.append("没有完全符合的作品，这些是最接近的。" if zh
                     else "Nothing matches every condition; these come closest.")
    count = len(recs)
    if zh:
        head = f"为你找到 {count} {KIND_ZH[intent.kind]}"
        lines.append(head + (f"（{summary}）" if summary else "") + "。")
    else:
        singular, plural = KIND_EN[intent.kind]
        noun = singular if count == 1 else plural
        lines.append(f"Here {'is' if count == 1 else 'are'} {count} {noun} from your library"
                     + (f" ({summary})" if summary else "") + ".")
    return "".join(lines) if zh else " ".join(lines)
