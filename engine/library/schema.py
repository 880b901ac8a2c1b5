"""The library schema, as ordered migrations. Never edit a released migration: add a new one."""

from __future__ import annotations

from engine.library.db import Database
from engine.library.migrations import migration

ITEM_KINDS_SQL = "('book', 'film', 'series', 'article', 'other')"
EVENT_TYPES_SQL = (
    "('rated', 'finished', 'started', 'wishlist', 'abandoned', 'liked', 'disliked', "
    "'dismissed', 'seen', 'clicked', 'retracted')"
)


@migration
def m001_initial(db: Database) -> None:
    sdb = db.db
    sdb.table("profiles").create(
        {"id": int, "name": str, "created_at": str}, pk="id", not_null={"name", "created_at"}
    )
    sdb.table("profiles").create_index(["name"], unique=True)
    sdb.table("import_runs").create(
        {
            "id": int, "path": str, "format": str, "profile_id": int, "status": str,
            "started_at": str, "finished_at": str, "file_sha256": str, "created": int,
            "updated": int, "skipped": int, "unmatched": int, "error_count": int,
        },
        pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"path", "format", "status", "started_at"},
        defaults={"created": 0, "updated": 0, "skipped": 0, "unmatched": 0, "error_count": 0},
    )
    db.execute(
        f"""CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN {ITEM_KINDS_SQL}),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            original_title TEXT,
            sort_title TEXT NOT NULL,
            match_key TEXT NOT NULL,
            year INTEGER,
            description TEXT,
            language TEXT,
            runtime_minutes INTEGER,
            pages INTEGER,
            word_count INTEGER,
            cover_path TEXT,
            body_text TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_items_kind_sort ON items (kind, sort_title)")
    db.execute("CREATE INDEX idx_items_match ON items (match_key, kind)")
    db.execute(
        """CREATE TABLE item_titles (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            match_key TEXT NOT NULL,
            PRIMARY KEY (item_id, title)
        )"""
    )
    db.execute("CREATE INDEX idx_item_titles_match ON item_titles (match_key)")
    db.execute(
        """CREATE TABLE identifiers (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            scheme TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (scheme, value)
        )"""
    )
    db.execute("CREATE INDEX idx_identifiers_item ON identifiers (item_id)")
    db.execute(
        """CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            sort_name TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE item_people (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id),
            role TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (item_id, person_id, role)
        )"""
    )
    db.execute("CREATE INDEX idx_item_people_person ON item_people (person_id)")
    db.execute(
        """CREATE TABLE subjects (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('genre', 'tag', 'shelf', 'collection', 'mood')),
            UNIQUE (name, kind)
        )"""
    )
    db.execute(
        """CREATE TABLE item_subjects (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            subject_id INTEGER NOT NULL REFERENCES subjects(id),
            source TEXT NOT NULL,
            PRIMARY KEY (item_id, subject_id, source)
        )"""
    )
    db.execute("CREATE INDEX idx_item_subjects_subject ON item_subjects (subject_id)")
    db.execute(
        """CREATE TABLE item_sources (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            source_key TEXT NOT NULL,
            import_run_id INTEGER REFERENCES import_runs(id),
            fields_json TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (source, source_key)
        )"""
    )
    db.execute("CREATE INDEX idx_item_sources_item ON item_sources (item_id)")
    db.execute(
        f"""CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            type TEXT NOT NULL CHECK (type IN {EVENT_TYPES_SQL}),
            value REAL,
            at TEXT,
            source TEXT NOT NULL,
            import_run_id INTEGER REFERENCES import_runs(id),
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_events_profile_item ON events (profile_id, item_id, type)")
    # The event log is append-only: history is never rewritten. (Deleting an item removes its
    # events through the foreign key; nothing else may.)
    db.execute(
        "CREATE TRIGGER events_append_only BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
    )
    db.execute(
        """CREATE TABLE import_errors (
            run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
            row INTEGER,
            message TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_import_errors_run ON import_errors (run_id)")
    db.execute(
        "CREATE VIRTUAL TABLE items_fts USING fts5("
        "title, people, subjects, description, tokenize = 'unicode61 remove_diacritics 2', "
        "prefix = '2 3')"
    )


@migration
def m002_review_queue(db: Database) -> None:
    """Uncertain matches wait here for the person: never merged, never duplicated silently."""
    db.execute(
        """CREATE TABLE review_queue (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES import_runs(id),
            candidate_item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            source_key TEXT NOT NULL,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            record_json TEXT NOT NULL,
            score REAL NOT NULL,
            reason TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'same', 'different')),
            resolved_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            resolved_at TEXT
        )"""
    )
    db.execute("CREATE UNIQUE INDEX idx_review_open ON review_queue (source, source_key) "
               "WHERE status = 'open'")
    # Character trigrams of every known title: finds "Neuromancer" for a typed "Necromancer".
    db.execute("CREATE VIRTUAL TABLE title_trigrams USING fts5(titles, tokenize = 'trigram')")
    db.execute("CREATE VIRTUAL TABLE title_trigrams_vocab USING fts5vocab(title_trigrams, 'row')")
    db.execute(
        "INSERT INTO title_trigrams (rowid, titles) SELECT i.id, i.title || ' ' || coalesce("
        "(SELECT group_concat(title, ' ') FROM item_titles WHERE item_id = i.id), '') FROM items i"
    )


_DIRTY_SOURCES = (
    ("items", "INSERT", "NEW.id"), ("items", "UPDATE", "NEW.id"), ("items", "DELETE", "OLD.id"),
    ("item_people", "INSERT", "NEW.item_id"), ("item_people", "DELETE", "OLD.item_id"),
    ("item_subjects", "INSERT", "NEW.item_id"), ("item_subjects", "DELETE", "OLD.item_id"),
    ("item_titles", "INSERT", "NEW.item_id"), ("item_titles", "DELETE", "OLD.item_id"),
)


@migration
def m003_knowledge_index(db: Database) -> None:
    """The knowledge graph, item vectors, and the queue of items whose index entries are stale.

    Triggers put every changed item in ``index_dirty`` with a rising change number, so the
    indexer only touches what changed, and a change made while it works is never lost.
    """
    db.execute("CREATE TABLE index_counter (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)")
    db.execute("INSERT INTO index_counter (id, n) VALUES (1, 1)")
    db.execute(
        "CREATE TABLE index_dirty (item_id INTEGER PRIMARY KEY, change INTEGER NOT NULL)"
    )
    db.execute("INSERT INTO index_dirty (item_id, change) SELECT id, 1 FROM items")
    for table, action, item_id in _DIRTY_SOURCES:
        db.execute(
            f"CREATE TRIGGER {table}_{action.lower()}_dirty AFTER {action} ON {table} BEGIN "
            "UPDATE index_counter SET n = n + 1 WHERE id = 1; "
            f"INSERT INTO index_dirty (item_id, change) VALUES ({item_id}, "
            "(SELECT n FROM index_counter WHERE id = 1)) "
            "ON CONFLICT (item_id) DO UPDATE SET change = excluded.change; END"
        )
    # Items whose similar_to edges wait for their vectors' neighbours to be looked up.
    db.execute("CREATE TABLE similar_dirty (item_id INTEGER PRIMARY KEY)")
    db.execute(
        """CREATE TABLE graph_nodes (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            label TEXT NOT NULL,
            label_zh TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE graph_edges (
            src INTEGER NOT NULL REFERENCES graph_nodes(id),
            dst INTEGER NOT NULL REFERENCES graph_nodes(id),
            type TEXT NOT NULL,
            weight REAL NOT NULL,
            PRIMARY KEY (src, type, dst)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX idx_graph_edges_dst ON graph_edges (dst)")
    # Vectors are cached by (model, hash of the text encoded): unchanged text is never re-encoded.
    db.execute(
        """CREATE TABLE embedding_cache (
            model TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (model, text_hash)
        ) WITHOUT ROWID"""
    )
    # One row per encoded piece of an item; the id is the label in the nearest-neighbour index
    # and is never reused (AUTOINCREMENT).
    db.execute(
        """CREATE TABLE item_chunks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id INTEGER NOT NULL,
            model TEXT NOT NULL,
            chunk INTEGER NOT NULL,
            text_hash TEXT NOT NULL,
            UNIQUE (model, item_id, chunk)
        )"""
    )
    db.execute("CREATE INDEX idx_item_chunks_item ON item_chunks (item_id)")
    db.execute("CREATE TABLE index_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration
def m004_taste_rules(db: Database) -> None:
    """A person's standing boosts and mutes on graph entities ("more Villeneuve", "no horror")."""
    db.execute(
        """CREATE TABLE taste_rules (
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            node_key TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('boost', 'mute')),
            label TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (profile_id, node_key)
        ) WITHOUT ROWID"""
    )


@migration
def m005_chat_sessions(db: Database) -> None:
    """Chat conversations: one row per session, one per message (with the request understood and
    the items shown, so a follow-up can refine them)."""
    db.execute(
        """CREATE TABLE chat_sessions (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE chat_messages (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
            text TEXT NOT NULL,
            intent_json TEXT,
            item_ids TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_chat_messages_session ON chat_messages (session_id, id)")
