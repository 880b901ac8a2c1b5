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
    index = _index_status(library)
    warnings = list(library.settings.warnings)
    if index["pending"]:
        warnings.append(f"{index['pending']} items wait for indexing (run: shelfwise index)")
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
        "index": index,
        "community": _community_status(library, warnings),
        "chat_model": _chat_model(library, warnings),
        "warnings": warnings,
    }


def _chat_model(library: Library, warnings: list[str]) -> dict[str, Any]:
    """The model chat uses (a problem with it is a warning: chat goes on without it)."""
    from engine.llm.registry import entry_for

    entry = entry_for(library.home, library.settings.models.llm_model)
    if entry.error:
        warnings.append(f"chat model: {entry.error} (chat works without it; shelfwise llm use bundled)")
    return entry.to_json()


def _community_status(library: Library, warnings: list[str]) -> list[dict[str, Any]]:
    """The stored community packs, fully checked (a damaged one is named in the warnings)."""
    root = library.home / "community"
    if not root.is_dir():
        return []
    from engine.community.pack import load_packs

    infos = [pack.info for pack in load_packs(library.home)]
    named = {info.name for info in infos}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if folder.name not in named:
            warnings.append(f"community pack {folder.name} is damaged; import it again or remove it "
                            f"(shelfwise community remove {folder.name})")
    return [{"name": i.name, "users": i.users, "items": i.mapped, "sequential": i.sequential,
             "fitted_at": i.fitted_at} for i in infos]


def _index_status(library: Library) -> dict[str, Any]:
    """How far the knowledge graph and vectors are from the library (without loading a model)."""
    from engine.embeddings.ann_files import sidecar_path
    from engine.embeddings.space import index_path
    knowledge = library.knowledge
    model = knowledge.installed_model_key()
    chunks = library.store.db.scalar_int(
        "SELECT count(*) FROM item_chunks WHERE model = ?", (model,)) or 0 if model else 0
    vector_file = index_path(knowledge.folder, model) if model else None
    graph = knowledge.graph.counts()
    return {
        "pending": knowledge.pending(),
        "model": model,
        "vectors": chunks,
        "vector_file": str(vector_file) if vector_file else None,
        "vector_file_present": bool(
            vector_file and vector_file.exists() and sidecar_path(vector_file).exists()
        ),
        "graph_nodes": sum(v for k, v in graph.items() if k.startswith("nodes.")),
        "graph_edges": sum(v for k, v in graph.items() if k.startswith("edges.")),
    }
