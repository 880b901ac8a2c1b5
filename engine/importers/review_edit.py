"""Resolving a review entry after the person corrected the imported record.

``Library.resolve_review`` takes the record as it was read ("same" or "different"). When the
source got the title or year wrong (a typo, an edition's year), the person fixes them first;
the corrected record is then added as a new item ("different") or merged into the candidate
("same": the corrected title is kept as one of the item's titles, the year fills an empty one,
nothing already on the item is overwritten). The record's events are recorded either way, and
the source row stays linked to the resulting item, so importing the same file again adds
nothing.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from engine.errors import UserError
from engine.importers.store import RecordStore, record_from_json

if TYPE_CHECKING:
    from engine.api import Library

MIN_YEAR, MAX_YEAR = -3000, 2200  # what the item store accepts (store.draft_from_record)
DECISIONS = ("same", "different")


def resolve_review_edited(
    lib: Library, entry_id: int, *, title: str, year: int | None, decision: str = "different",
) -> int:
    """Resolve an open review entry with a corrected ``title`` and ``year`` (None: unknown).

    Returns the id of the item the record went to. Raises UserError for an empty title, a year
    out of range, an unknown decision or an entry that is no longer open; nothing changes then.
    """
    if decision not in DECISIONS:
        raise UserError("a review decision is 'same' or 'different'")
    clean_title = " ".join(title.split())
    if not clean_title:
        raise UserError("the corrected title is empty")
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(f"{year} is not a plausible year")
    store = lib.store
    entry = store.review.get(entry_id)
    if entry.status != "open":
        raise UserError(f"review entry {entry_id} was already resolved ({entry.status})")
    record = dataclasses.replace(record_from_json(entry.record_json), title=clean_title, year=year)
    writer = RecordStore(
        store.items, store.events, store.profiles, store.review,
        source=entry.source, profile_id=entry.profile_id, run_id=None, catalogue=False,
    )
    with store.db.transaction():
        target = entry.candidate_item_id if decision == "same" else None
        stored = writer.apply(record, target)
        assert stored.item_id is not None
        store.review.close(entry_id, decision, stored.item_id)
    return stored.item_id
