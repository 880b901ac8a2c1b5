"""Reasons in words, from the signals that contributed most to an item's score, in English or Chinese.

"Because you rated Arrival 5★ — same director (Denis Villeneuve)", "People who liked Heat also liked
this", "You'd rate this about 4.2★". The history item a reason points at is the one the item is
closest to (content) or shares the most telling graph connection with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from engine.graph import explain
from engine.ranking.taste import Signal

MAX_REASONS = 3
MIN_SHARE = 0.08   # a signal giving less than this share of the score is not worth a reason


def _zh(language: str) -> bool:
    return language.lower().startswith("zh")


def stars_text(stars: float) -> str:
    return f"{stars:g}★"


def action_text(signal: Signal, title: str, kind: str, language: str) -> str:
    """"you rated Arrival 5★" / "你给《Arrival》打了 5★"."""
    if _zh(language):
        read = "读" if kind in ("book", "article") else "看"
        return {
            "rated": f"你给《{title}》打了 {stars_text(signal.stars or 0)}",
            "liked": f"你喜欢《{title}》", "finished": f"你{read}完了《{title}》",
            "started": f"你正在{read}《{title}》", "wishlist": f"《{title}》在你的清单里",
            "seen": f"你{read}过《{title}》",
        }.get(signal.action, f"你{read}过《{title}》")
    return {
        "rated": f"you rated {title} {stars_text(signal.stars or 0)}", "liked": f"you liked {title}",
        "finished": f"you finished {title}", "started": f"you started {title}",
        "wishlist": f"{title} is on your wishlist", "seen": f"you saw {title}",
    }.get(signal.action, f"you know {title}")


@dataclass
class ReasonContext:
    """What one request knows for writing reasons."""

    language: str
    title_of: Callable[[int], tuple[str, str]]          # item id → (title, kind)
    connections: Callable[[int, int], list[explain.Connection]]
    signals: dict[int, Signal]
    query: str | None = None
    has_packs: bool = False
    path: Callable[[int, int], list[str]] | None = None   # node labels of a short graph path


def because(ctx: ReasonContext, anchor: int, item_id: int, *, via_graph: bool = False) -> str:
    title, kind = ctx.title_of(anchor)
    signal = ctx.signals.get(anchor, Signal("liked"))
    telling = [c for c in ctx.connections(anchor, item_id)
               if c.via is None or c.via.type not in ("decade", "language")]
    link = explain.describe(telling, other_title=title, language=ctx.language)
    zh = _zh(ctx.language)
    if via_graph and not link and ctx.path is not None:
        steps = ctx.path(anchor, item_id)[1:-1]  # "type:label" of the nodes between the two
        if steps and not any(step.startswith("item:") for step in steps):
            labels = " → ".join(step.split(":", 1)[1] for step in steps)
            link = f"经由 {labels}" if zh else f"linked through {labels}"
    if not link or link.startswith(("similar to", "与《")):
        link = "内容相近" if zh else "similar in content"
    action = action_text(signal, title, kind, ctx.language)
    return f"因为{action} — {link}" if zh else f"Because {action} — {link}"


HISTORY_SIGNALS = ("creator", "content", "graph")   # reasons that point at one history item


def reasons_for(
    ctx: ReasonContext, item_id: int, contributions: dict[str, float], *, anchor: int | None,
    creator_anchor: int | None, ease_from: int | None, last_item: int | None, reference: int | None,
    predicted: float | None, boosted: str | None,
) -> list[str]:
    """Up to MAX_REASONS reasons, the biggest contributions first; always at least one. Of the
    signals that point at a history item, one reason is given: a shared creator first, then a
    telling shared trait, then a graph path, then plain closeness."""
    zh = _zh(ctx.language)
    total = sum(v for v in contributions.values() if v > 0) or 1.0
    strong = {name: value for name, value in contributions.items()
              if value > 0 and value / total >= MIN_SHARE}
    found: list[str] = []
    history = _history_reason(ctx, item_id, strong, anchor, creator_anchor)
    history_weight = sum(strong.get(name, 0.0) for name in HISTORY_SIGNALS)
    placed = False
    for name, value in sorted(strong.items(), key=lambda p: -p[1]):
        if name in HISTORY_SIGNALS:
            if history and not placed:
                found.append(history)
                placed = True
            continue
        if value < history_weight and history and not placed:
            found.append(history)
            placed = True
        text = _reason(ctx, name, item_id, ease_from=ease_from, last_item=last_item,
                       reference=reference, zh=zh)
        if text and text not in found:
            found.append(text)
    if history and not placed:
        found.append(history)
    if boosted:
        found.insert(0, f"你想多看：{boosted}" if zh else f"You asked for more {boosted}")
    if predicted is not None:
        found.append(f"预计你会打 {predicted:.1f}★" if zh else f"You'd rate this about {predicted:.1f}★")
    if not found:
        found.append("你的库中尚未读过或看过" if zh else "New to you in your library")
    return found[:MAX_REASONS]


def _history_reason(ctx: ReasonContext, item_id: int, strong: dict[str, float], anchor: int | None,
                    creator_anchor: int | None) -> str | None:
    if "creator" in strong and creator_anchor is not None:
        return because(ctx, creator_anchor, item_id)
    if anchor is None or not ({"content", "graph"} & set(strong)):
        return None
    return because(ctx, anchor, item_id, via_graph="graph" in strong)


def _reason(ctx: ReasonContext, name: str, item_id: int, *, ease_from: int | None,
            last_item: int | None, reference: int | None, zh: bool) -> str | None:
    if name == "reference" and reference is not None:
        title, _ = ctx.title_of(reference)
        link = explain.describe(ctx.connections(reference, item_id), other_title=title, language=ctx.language)
        if zh:
            return f"像《{title}》— {link}" if link and not link.startswith("与《") else f"与《{title}》相似"
        plain = not link or link.startswith("similar to")
        return f"Similar to {title}" if plain else f"Like {title} — {link}"
    if name == "ease" and ease_from is not None:
        title, _ = ctx.title_of(ease_from)
        return f"喜欢《{title}》的人也喜欢它" if zh else f"People who liked {title} also liked this"
    if name == "sequence" and last_item is not None:
        title, _ = ctx.title_of(last_item)
        return f"常在《{title}》之后被选择" if zh else f"Often chosen next after {title}"
    if name == "query" and ctx.query:
        return f"符合“{ctx.query}”" if zh else f"Matches “{ctx.query}”"
    if name == "wishlist":
        return "在你的清单里" if zh else "On your wishlist"
    if name == "popularity" and ctx.has_packs:
        return "在社区中很受欢迎" if zh else "Popular with the community"
    return None
