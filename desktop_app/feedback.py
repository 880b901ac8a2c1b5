"""Feedback from any view, sent to the engine on its thread; the views refresh on ``changed``."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.context import AppContext
from engine import Library
from engine.errors import UserError
from engine.library.models import ItemState


def apply_feedback(lib: Library, item_id: int, action: str, profile: str | None) -> ItemState:
    """like | dislike | dismiss | seen | wishlist | undo | rate=N (runs on the engine thread)."""
    if action.startswith("rate="):
        try:
            stars = float(action.removeprefix("rate="))
        except ValueError as exc:
            raise UserError(f"not a rating: {action}") from exc
        return lib.rate(item_id, stars, profile)
    return lib.feedback(item_id, action, profile)


def send_feedback(ctx: AppContext, item_id: int, action: str,
                  on_done: Callable[[ItemState], None] | None = None) -> None:
    profile = ctx.profile

    def done(state: ItemState) -> None:
        ctx.changed.emit("feedback")
        if on_done is not None:
            on_done(state)

    ctx.call(lambda lib: apply_feedback(lib, item_id, action, profile), done)
