"""Items with their titles, identifiers, people and subjects; full-text search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from engine.errors import NotFoundError
from engine.library.db import Database
from engine.library.models import Credit, Item, ItemDraft, SubjectTag
from engine.library.text import fts_query, match_key, segment_cjk, sort_name, sort_title

_SCALAR_FIELDS = (
    "original_title", "year", "description", "language", "runtime_minutes", "pages",
    "word_count", "cover_path", "body_text",
)


RARE_TRIGRAM_DOCS = 1000  # a trigram in more titles than this says little about a typo
MAX_TRIGRAMS = 8


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ItemStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        # People and subjects are never deleted, so their ids can be remembered.
        self._people: dict[str, int] = {}
        self._subjects: dict[tuple[str, str], int] = {}
        self._cache_rollbacks = db.rollbacks

    def _fresh_caches(self) -> None:
        """Forget remembered ids if a rollback may have removed the rows they point to."""
        if self._cache_rollbacks != self.db.rollbacks:
            self._people.clear()
            self._subjects.clear()
            self._cache_rollbacks = self.db.rollbacks

    # -- writing -----------------------------------------------------------------------------

    def create(self, draft: ItemDraft, *, source: str = "manual") -> int:
        """A new item with everything in the draft; returns its id."""
        stamp = now_iso()
        with self.db.transaction():
            cursor = self.db.execute(
                "INSERT INTO items (kind, title, sort_title, match_key, original_title, year, "
                "description, language, runtime_minutes, pages, word_count, cover_path, body_text, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    draft.kind, draft.title.strip(), sort_title(draft.title),
                    match_key(draft.title), draft.original_title, draft.year, draft.description,
                    draft.language, draft.runtime_minutes, draft.pages, draft.word_count,
                    draft.cover_path, draft.body_text, stamp, stamp,
                ),
            )
            item_id = int(cursor.lastrowid or 0)
            self._add_details(item_id, draft, source)
            titles = " ".join([draft.title, *(t for t in (draft.original_title, *draft.alt_titles) if t)])
            self._write_search_row(
                item_id, titles, " ".join(c.name for c in draft.creators),
                " ".join(s.name for s in draft.subjects), draft.description or "",
            )
        return item_id

    def merge(self, item_id: int, draft: ItemDraft, *, source: str) -> bool:
        """Fill the item's empty fields from the draft and add its titles, identifiers,
        people and subjects; never overwrites a value already there. True if anything changed."""
        current = self.db.query("SELECT * FROM items WHERE id = ?", (item_id,))
        if not current:
            raise NotFoundError(f"no item with id {item_id}")
        row = current[0]
        updates = {
            name: getattr(draft, name)
            for name in _SCALAR_FIELDS
            if row[name] in (None, "") and getattr(draft, name) not in (None, "")
        }
        with self.db.transaction():
            changed = self._add_details(item_id, draft, source)
            if draft.title.strip() != row["title"]:
                changed |= self._add_titles(item_id, [draft.title])
            if updates:
                assignments = ", ".join(f"{name} = ?" for name in updates)
                self.db.execute(
                    f"UPDATE items SET {assignments}, updated_at = ? WHERE id = ?",
                    (*updates.values(), now_iso(), item_id),
                )
                changed = True
            if changed:
                self.refresh_search([item_id])
        return changed

    def update_fields(self, item_id: int, **fields: object) -> None:
        """Set item fields chosen by the person (e.g. an edit in the app)."""
        allowed = {"kind", "title", *_SCALAR_FIELDS}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not an item field: {sorted(unknown)}")
        values = dict(fields)
        if "title" in values:
            title = str(values["title"])
            values["sort_title"], values["match_key"] = sort_title(title), match_key(title)
        with self.db.transaction():
            assignments = ", ".join(f"{name} = ?" for name in values)
            cursor = self.db.execute(
                f"UPDATE items SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), now_iso(), item_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"no item with id {item_id}")
            self.refresh_search([item_id])

    def delete(self, item_id: int) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM items_fts WHERE rowid = ?", (item_id,))
            self.db.execute("DELETE FROM title_trigrams WHERE rowid = ?", (item_id,))
            if self.db.execute("DELETE FROM items WHERE id = ?", (item_id,)).rowcount == 0:
                raise NotFoundError(f"no item with id {item_id}")

    def _add_details(self, item_id: int, draft: ItemDraft, source: str) -> bool:
        changed = self._add_titles(item_id, [t for t in (draft.original_title, *draft.alt_titles) if t])
        for scheme, value in draft.identifiers.items():
            if value:
                changed |= _inserted(self.db.execute(
                    "INSERT OR IGNORE INTO identifiers (item_id, scheme, value) VALUES (?,?,?)",
                    (item_id, scheme, str(value).strip()),
                ))
        next_pos = (self.db.scalar_int(
            "SELECT coalesce(max(position) + 1, 0) FROM item_people WHERE item_id = ?", (item_id,)
        ) or 0)
        for offset, credit in enumerate(draft.creators):
            person_id = self._person_id(credit.name)
            changed |= _inserted(self.db.execute(
                "INSERT OR IGNORE INTO item_people (item_id, person_id, role, position) "
                "VALUES (?,?,?,?)", (item_id, person_id, credit.role, next_pos + offset),
            ))
        for subject in draft.subjects:
            subject_id = self._subject_id(subject.name, subject.kind)
            changed |= _inserted(self.db.execute(
                "INSERT OR IGNORE INTO item_subjects (item_id, subject_id, source) VALUES (?,?,?)",
                (item_id, subject_id, subject.source or source),
            ))
        return changed

    def _add_titles(self, item_id: int, titles: Iterable[str]) -> bool:
        changed = False
        for title in titles:
            title = title.strip()
            if title:
                changed |= _inserted(self.db.execute(
                    "INSERT OR IGNORE INTO item_titles (item_id, title, match_key) VALUES (?,?,?)",
                    (item_id, title, match_key(title)),
                ))
        return changed

    def _person_id(self, name: str) -> int:
        name = " ".join(name.split())
        self._fresh_caches()
        if name not in self._people:
            self.db.execute(
                "INSERT OR IGNORE INTO people (name, sort_name) VALUES (?, ?)", (name, sort_name(name))
            )
            self._people[name] = self.db.scalar_int("SELECT id FROM people WHERE name = ?", (name,)) or 0
        return self._people[name]

    def _subject_id(self, name: str, kind: str) -> int:
        key = (" ".join(name.split()), kind)
        self._fresh_caches()
        if key not in self._subjects:
            self.db.execute("INSERT OR IGNORE INTO subjects (name, kind) VALUES (?, ?)", key)
            self._subjects[key] = (
                self.db.scalar_int("SELECT id FROM subjects WHERE name = ? AND kind = ?", key) or 0
            )
        return self._subjects[key]

    def refresh_search(self, item_ids: Sequence[int]) -> None:
        """Rewrite the FTS rows of these items from the tables (call inside the write)."""
        for item_id in item_ids:
            self.db.execute("DELETE FROM items_fts WHERE rowid = ?", (item_id,))
            self.db.execute("DELETE FROM title_trigrams WHERE rowid = ?", (item_id,))
            row = self.db.query(
                """SELECT i.title,
                     (SELECT group_concat(title, ' ') FROM item_titles WHERE item_id = i.id),
                     (SELECT group_concat(p.name, ' ') FROM item_people ip
                        JOIN people p ON p.id = ip.person_id WHERE ip.item_id = i.id),
                     (SELECT group_concat(s.name, ' ') FROM item_subjects isj
                        JOIN subjects s ON s.id = isj.subject_id WHERE isj.item_id = i.id),
                     i.description
                   FROM items i WHERE i.id = ?""",
                (item_id,),
            )
            if not row:
                continue
            title, others, people, subjects, description = row[0]
            self._write_search_row(
                item_id, f"{title} {others or ''}", people or "", subjects or "", description or ""
            )

    def _write_search_row(
        self, item_id: int, titles: str, people: str, subjects: str, description: str
    ) -> None:
        self.db.execute(
            "INSERT INTO items_fts (rowid, title, people, subjects, description) VALUES (?,?,?,?,?)",
            (item_id, segment_cjk(titles), segment_cjk(people), segment_cjk(subjects),
             segment_cjk(description)),
        )
        self.db.execute("INSERT INTO title_trigrams (rowid, titles) VALUES (?, ?)", (item_id, titles))

    # -- reading -----------------------------------------------------------------------------

    def get(self, item_id: int) -> Item:
        items = self.get_many([item_id])
        if not items:
            raise NotFoundError(f"no item with id {item_id}")
        return items[0]

    def get_many(self, item_ids: Sequence[int]) -> list[Item]:
        """Items in the order asked for (missing ids are left out)."""
        if not item_ids:
            return []
        found: dict[int, Item] = {}
        for chunk_start in range(0, len(item_ids), 500):
            chunk = list(item_ids[chunk_start:chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT * FROM items WHERE id IN ({marks})", tuple(chunk)):
                found[row["id"]] = _item_from_row(row)
            self._attach_details(found, chunk, marks)
        return [found[i] for i in item_ids if i in found]

    def _attach_details(self, found: dict[int, Item], chunk: list[int], marks: str) -> None:
        params = tuple(chunk)
        for row in self.db.query(
            f"SELECT item_id, title FROM item_titles WHERE item_id IN ({marks}) ORDER BY rowid", params
        ):
            item = found[row[0]]
            if row[1] != item.original_title:
                item.alt_titles.append(row[1])
        for row in self.db.query(
            f"SELECT item_id, scheme, value FROM identifiers WHERE item_id IN ({marks})", params
        ):
            found[row[0]].identifiers[row[1]] = row[2]
        for row in self.db.query(
            f"SELECT ip.item_id, p.name, ip.role FROM item_people ip JOIN people p "
            f"ON p.id = ip.person_id WHERE ip.item_id IN ({marks}) ORDER BY ip.position", params
        ):
            found[row[0]].creators.append(Credit(row[1], row[2]))
        for row in self.db.query(
            f"SELECT isj.item_id, s.name, s.kind, isj.source FROM item_subjects isj JOIN subjects s "
            f"ON s.id = isj.subject_id WHERE isj.item_id IN ({marks}) ORDER BY isj.rowid", params
        ):
            found[row[0]].subjects.append(SubjectTag(row[1], row[2], row[3]))

    def find_by_identifier(self, scheme: str, value: str) -> int | None:
        found = self.db.scalar_int(
            "SELECT item_id FROM identifiers WHERE scheme = ? AND value = ?", (scheme, value)
        )
        return found

    def find_by_title(self, title: str) -> list[int]:
        """Items whose title or any other known title has the same match key."""
        key = match_key(title)
        rows = self.db.query(
            "SELECT id FROM items WHERE match_key = ? UNION "
            "SELECT item_id FROM item_titles WHERE match_key = ? ORDER BY 1", (key, key),
        )
        return [int(r[0]) for r in rows]

    def max_id(self) -> int:
        return self.db.scalar_int("SELECT max(id) FROM items") or 0

    def ids(
        self, *, kind: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[int]:
        """Item ids in title order, optionally of one kind."""
        sql = "SELECT id FROM items"
        params: list[object] = []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        sql += " ORDER BY sort_title, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [int(r[0]) for r in self.db.query(sql, tuple(params))]

    def search(
        self, text: str, *, kind: str | None = None, limit: int = 50, year_from: int | None = None,
        year_to: int | None = None, language: str | None = None,
    ) -> list[int]:
        """Full-text search (BM25, title weighted highest); ids best first. ``language`` matches
        "en" and "en-US" alike."""
        query = fts_query(text)
        if query is None:
            return []
        where, params = metadata_filter(kind=kind, year_from=year_from, year_to=year_to, language=language)
        sql = (
            "SELECT f.rowid FROM items_fts f JOIN items i ON i.id = f.rowid "
            f"WHERE items_fts MATCH ? AND {where} ORDER BY bm25(items_fts, 10.0, 4.0, 2.0, 1.0) LIMIT ?"
        )
        try:
            return [int(r[0]) for r in self.db.query(sql, (query, *params, limit))]
        except sqlite3.OperationalError:
            return []

    def change_number(self) -> int:
        """Rises with every change to any item (triggers of migration m003): a cache key."""
        return self.db.scalar_int("SELECT n FROM index_counter WHERE id = 1") or 0

    def filtered_ids(
        self, *, kind: str | None = None, year_from: int | None = None, year_to: int | None = None,
        language: str | None = None,
    ) -> set[int]:
        """Ids of the items of this kind, year range and language."""
        where, params = metadata_filter(kind=kind, year_from=year_from, year_to=year_to, language=language)
        return {int(r[0]) for r in self.db.query(f"SELECT id FROM items i WHERE {where}", params)}

    def similar_titles(self, title: str, limit: int = 10, *, max_id: int | None = None) -> list[int]:
        """Items whose titles share the most character trigrams with ``title`` (typos, variants).

        Only the title's rarer trigrams are looked up, so the cost stays bounded in a large
        library full of similar titles.
        """
        folded = " ".join(title.split()).lower()
        grams = sorted({folded[i:i + 3] for i in range(len(folded) - 2)})
        grams = [g for g in grams if '"' not in g and g.strip()][:64]
        if not grams:
            return []
        marks = ",".join("?" * len(grams))
        counted = self.db.query(
            f"SELECT term, doc FROM title_trigrams_vocab WHERE term IN ({marks})", tuple(grams)
        )
        rare = [term for term, docs in sorted(counted, key=lambda r: r[1]) if docs <= RARE_TRIGRAM_DOCS]
        if not rare:
            return []
        query = " OR ".join(f'"{g}"' for g in rare[:MAX_TRIGRAMS])
        try:
            rows = self.db.query(
                "SELECT rowid FROM title_trigrams WHERE title_trigrams MATCH ? AND rowid <= ? "
                "ORDER BY rank LIMIT ?",
                (query, max_id if max_id is not None else 2**62, limit),
            )
        except sqlite3.OperationalError:
            return []
        return [int(r[0]) for r in rows]

    def count(self, kind: str | None = None) -> int:
        if kind:
            return self.db.scalar_int("SELECT count(*) FROM items WHERE kind = ?", (kind,)) or 0
        return self.db.scalar_int("SELECT count(*) FROM items") or 0

    def source_item(self, source: str, source_key: str) -> int | None:
        found = self.db.scalar_int(
            "SELECT item_id FROM item_sources WHERE source = ? AND source_key = ?", (source, source_key)
        )
        return found

    def has_other_source_key(self, item_id: int, source: str, source_key: str) -> bool:
        """Whether ``source`` already calls this item by a different key."""
        return self.db.scalar(
            "SELECT 1 FROM item_sources WHERE item_id = ? AND source = ? AND source_key != ? LIMIT 1",
            (item_id, source, source_key),
        ) is not None

    def record_source(
        self, item_id: int, source: str, source_key: str, run_id: int | None, fields_json: str
    ) -> None:
        """Remember that ``source`` calls this item ``source_key`` (and what it said about it)."""
        self.db.execute(
            "INSERT INTO item_sources (item_id, source, source_key, import_run_id, fields_json) "
            "VALUES (?,?,?,?,?) ON CONFLICT (source, source_key) DO UPDATE SET "
            "fields_json = excluded.fields_json, import_run_id = excluded.import_run_id",
            (item_id, source, source_key, run_id, fields_json),
        )


def metadata_filter(
    *, kind: str | None, year_from: int | None, year_to: int | None, language: str | None
) -> tuple[str, tuple[object, ...]]:
    """A WHERE condition on ``items i`` (and its parameters) for the given metadata; ``language``
    matches "en" and "en-US" alike."""
    clauses = ["1"]
    params: list[object] = []
    if kind:
        clauses.append("i.kind = ?")
        params.append(kind)
    if year_from is not None:
        clauses.append("i.year >= ?")
        params.append(year_from)
    if year_to is not None:
        clauses.append("i.year <= ?")
        params.append(year_to)
    if language:
        clauses.append("(i.language = ? OR i.language LIKE ?)")
        params += [language, f"{language}-%"]
    return " AND ".join(clauses), tuple(params)


def _inserted(cursor: sqlite3.Cursor) -> bool:
    return cursor.rowcount > 0


def _item_from_row(row: sqlite3.Row) -> Item:
    return Item(
        id=row["id"], kind=row["kind"], title=row["title"], year=row["year"],
        original_title=row["original_title"], description=row["description"],
        language=row["language"], runtime_minutes=row["runtime_minutes"], pages=row["pages"],
        word_count=row["word_count"], cover_path=row["cover_path"],
        created_at=row["created_at"], updated_at=row["updated_at"],
    )
