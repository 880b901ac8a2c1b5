"""Data portability: the whole library as one JSON file that ``import`` reads back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from engine.files import atomic_path
from engine.importers.formats.shelfwise import EXPORT_FORMAT, EXPORT_VERSION
from engine.library.store import LibraryStore


def export_library(store: LibraryStore, path: Path) -> dict[str, int]:
    """Write items, people, subjects, titles, identifiers and every event; returns counts.

    Written to a temporary file first, so an interrupted export never leaves half a file.
    """
    profiles = {p.id: p.name for p in store.profiles.all()}
    keys: dict[int, str] = {}
    items: list[dict[str, Any]] = []
    all_ids = store.items.ids()
    for start in range(0, len(all_ids), 1000):
        for item in store.items.get_many(all_ids[start:start + 1000]):
            keys[item.id] = f"{item.kind}-{item.id}"
            entry = item.to_dict()
            entry.pop("id")
            entry["key"] = keys[item.id]
            entry["creators"] = [{"name": c.name, "role": c.role} for c in item.creators]
            entry["subjects"] = [{"name": s.name, "kind": s.kind} for s in item.subjects]
            items.append(entry)
    history = store.events.all()
    retracted = {int(e.value) for e in history if e.type == "retracted" and e.value is not None}
    events = [
        {
            "item": keys[e.item_id], "profile": profiles[e.profile_id], "type": e.type,
            "value": e.value, "at": e.at or e.created_at, "source": e.source,
        }
        for e in history
        if e.type != "retracted" and e.id not in retracted
    ]
    document = {
        "format": EXPORT_FORMAT, "version": EXPORT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "profiles": [{"name": name} for name in profiles.values()],
        "items": items, "events": events,
    }
    with atomic_path(path) as partial, partial.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
    return {"items": len(items), "events": len(events), "profiles": len(profiles)}

