"""Follow-ups: a message that refines the conversation's last request instead of starting anew.

- "more" / "anything else?" / "还有别的吗" / "换一批": the same request, without what was shown;
- "not that one" / "not the second" / "不要第一个" / "看过了": the same request without that item;
- "more like the second one" / "像第二个那样的": the shown item becomes the reference;
- a message with constraints but no kind and no title of its own ("lighter", "from the 90s",
  "不要恐怖的"): those constraints replace or join the last request's.
Anything naming a kind or a title is a new request.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace

from engine.chat.intent import Intent

ORDINALS_EN = {"first": 0, "1st": 0, "top": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
               "4th": 3, "fifth": 4, "5th": 4, "last": -1}
ORDINALS_ZH = {"一": 0, "1": 0, "二": 1, "2": 1, "三": 2, "3": 2, "四": 3, "4": 3, "五": 4, "5": 4}
ORDINAL = re.compile(r"\b(first|1st|top|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\b|#\s*([1-5])\b"
                     r"|\bnumber\s+([1-5])\b|第\s*([一二三四五1-5])\s*(?:个|部|本|篇)?|(最后)一?(?:个|部|本|篇)",
                     re.IGNORECASE)
MORE = re.compile(r"^\W*(?:more|others?|anything else|something else|what else|any others?|show me more|"
                  r"next|more please|another|还有别的吗?|还有吗|还有呢|再来[一几]?[个部本些]?|换一批|"
                  r"别的呢|其他的?呢?|更多)\W*$", re.IGNORECASE)
NOT_THAT = re.compile(
    r"\bnot (?:that|this)(?: one)?\b"
    r"|\bnot (?:the )?(?:first|1st|top|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\b"
    r"|\bnot (?:the )?(?:#\s*|number\s+)[1-5]\b"
    r"|\b(?:i'?ve )?(?:already )?(?:seen|read) (?:it|that|this)\b|\bdon'?t (?:want|like) (?:that|this)\b"
    r"|\bnot interested\b|不要这个|不要那个|不要第|不是这个|看过了|读过了|这个看过|不喜欢这个|换掉",
    re.IGNORECASE)
MORE_LIKE = re.compile(r"\b(?:more )?(?:like|similar to)\s+(?:the\s+)?(?:that|this|it|#|number|first|1st|top|"
                       r"second|2nd|third|3rd|fourth|4th|fifth|5th|last)|像第|类似第|和第.{1,3}(?:一样|类似)"
                       r"|像(?:这|那)[个部本篇]|类似(?:这|那)[个部本篇]", re.IGNORECASE)


@dataclass(frozen=True)
class FollowUp:
    action: str            # "new" | "more" | "exclude" | "like" | "refine"
    position: int | None = None  # the shown item meant (0-based; -1 the last)


def classify(text: str, parsed: Intent, previous: Intent | None) -> FollowUp:
    if previous is None:
        return FollowUp("new")
    position = _position(text)
    if MORE_LIKE.search(text):
        return FollowUp("like", position if position is not None else 0)
    if NOT_THAT.search(text):
        return FollowUp("exclude", position if position is not None else 0)
    if MORE.match(text.strip()):
        return FollowUp("more")
    if parsed.kind is None and not parsed.references and not parsed.unmatched and not parsed.is_empty:
        return FollowUp("refine")
    return FollowUp("new")


def apply(follow: FollowUp, parsed: Intent, previous: Intent | None, shown: list[int]) -> Intent:
    """The request to run for this message."""
    if previous is None or follow.action == "new":
        return parsed
    base = replace(copy.deepcopy(previous), language=parsed.language, unmatched=[])
    picked = _pick(shown, follow.position)
    if follow.action == "more":
        return replace(base, exclude=_union(base.exclude, shown))
    if follow.action == "exclude":
        return replace(base, exclude=_union(base.exclude, [picked] if picked is not None else []))
    if follow.action == "like":
        if picked is None:
            return base
        return replace(base, references=[picked], exclude=_union(base.exclude, shown), query=None)
    return _refine(base, parsed)


def _refine(base: Intent, new: Intent) -> Intent:
    merged = replace(base)
    if new.genres:
        merged.genres = list(new.genres)  # "what about horror?": the genre asked for now
    if new.moods:
        merged.moods, merged.mood_genres, merged.mood_avoid = new.moods, new.mood_genres, new.mood_avoid
        merged.genres = [g for g in merged.genres if f"genre:{g}" not in new.mood_avoid]
    merged.avoid = list(dict.fromkeys([*base.avoid, *new.avoid]))
    merged.genres = [g for g in merged.genres if f"genre:{g}" not in merged.avoid]
    merged.people = list(dict.fromkeys([*base.people, *new.people])) if new.people else base.people
    if new.year_from is not None or new.year_to is not None:
        merged.year_from, merged.year_to = new.year_from, new.year_to
    if new.max_minutes is not None or new.max_pages is not None:
        merged.max_minutes, merged.max_pages = new.max_minutes, new.max_pages
    if new.query:
        merged.query = new.query
    return merged


def _position(text: str) -> int | None:
    found = ORDINAL.search(text)
    if not found:
        return None
    if found.group(1):
        return ORDINALS_EN[found.group(1).lower()]
    if found.group(2) or found.group(3):
        return int(found.group(2) or found.group(3)) - 1
    if found.group(4):
        return ORDINALS_ZH[found.group(4)]
    return -1


def _pick(shown: list[int], position: int | None) -> int | None:
    if not shown or position is None:
        return None
    if position == -1:
        return shown[-1]
    return shown[position] if position < len(shown) else None


def _union(first: list[int], second: list[int]) -> list[int]:
    return list(dict.fromkeys([*first, *second]))
