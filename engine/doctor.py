"""``shelfwise doctor``: database integrity, schema, model files, offline mode."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from engine.library.migrations import MIGRATIONS, applied_migrations
from engine.model_files import bundled_embedding_model, bundled_llm, sha256_file, weight_files
from engine.offline import OFFLINE_ENV

if TYPE_CHECKING:
    from engine.api import Library


def run_doctor(library: Library, *, fingerprint: bool = True) -> dict[str, Any]:
    db = library.store.db
    integrity = [str(r[0]) for r in db.query("PRAGMA integrity_check")]
    foreign = db.query("PRAGMA foreign_key_check")
    applied = applied_migrations(db)
    models = []
    for model in (bundled_embedding_model(), bundled_llm()):
        files = [
            {"path": str(p), "bytes": p.stat().st_size,
             **({"sha256": sha256_file(p)} if fingerprint else {})}
            for p in weight_files(model)
        ]
        models.append({
            "role": model.role, "name": model.name, "found": model.found and bool(files),
            "path": str(model.path) if model.path else None, "files": files,
        })
    offline = {name: os.environ.get(name) == "1" for name in OFFLINE_ENV}
    checks = {
        "database": integrity == ["ok"] and not foreign,
        "schema": len(applied) == len(MIGRATIONS),
        "models": all(m["found"] for m in models),
        "offline": all(offline.values()),
    }
    return {
        "healthy": all(checks.values()),
        "checks": checks,
        "home": str(library.home),
        "database": {
            "path": str(library.database_path),
            "integrity": integrity[0] if len(integrity) == 1 else integrity,
            "foreign_key_violations": len(foreign),
            "schema_version": len(applied),
            "latest_migration": applied[-1] if applied else None,
            "items": library.count_items(),
            "events": library.store.events.count(),
        },
        "models": models,
        "offline": offline,
        "warnings": list(library.settings.warnings),
    }
