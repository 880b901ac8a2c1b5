"""One library database: opened, migrated, with its repositories."""

from __future__ import annotations

from pathlib import Path

from engine.library.db import Database
from engine.library.events import EventLog
from engine.library.items import ItemStore
from engine.library.migrations import migrate
from engine.library.profiles import ProfileStore
from engine.library.review import ReviewQueue
from engine.library.runs import ImportRunLog


class LibraryStore:
    """The repositories over one open database (items, events, profiles, import runs)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = Database(path)
        try:
            self.migrated = migrate(self.db)
        except BaseException:
            self.db.close()
            raise
        self.items = ItemStore(self.db)
        self.events = EventLog(self.db)
        self.profiles = ProfileStore(self.db)
        self.runs = ImportRunLog(self.db)
        self.review = ReviewQueue(self.db)

    def close(self) -> None:
        self.db.close()
