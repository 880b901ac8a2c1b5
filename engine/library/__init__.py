"""The library: SQLite storage (sqlite-utils), migrations, and the repository API."""

from engine.library.models import (
    Credit,
    Event,
    ImportRun,
    Item,
    ItemDraft,
    ItemState,
    Profile,
    SubjectTag,
)
from engine.library.store import LibraryStore

__all__ = [
    "Credit", "Event", "ImportRun", "Item", "ItemDraft", "ItemState", "LibraryStore", "Profile",
    "SubjectTag",
]
