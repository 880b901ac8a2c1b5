"""Incremental indexing: only what changed is touched; deletes, model switches, a damaged
index file and cancellation all end in the same consistent state."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from engine import Library
from engine.embeddings.space import index_path
from engine.progress import CancelToken
from tests.fakes import HashingEncoder
from tests.knowledge.conftest import item_by_title


def _edges(lib: Library) -> set[tuple[str, str, str, float]]:
    return {
        (r[0], r[1], r[2], round(r[3], 4)) for r in lib.store.db.query(
            "SELECT a.key, b.key, e.type, e.weight FROM graph_edges e "
            "JOIN graph_nodes a ON a.id = e.src JOIN graph_nodes b ON b.id = e.dst"
        )
    }


def _chunks(lib: Library) -> set[tuple[int, int, str]]:
    return {tuple(r) for r in lib.store.db.query("SELECT item_id, chunk, text_hash FROM item_chunks")}


def test_first_run_indexes_every_item_and_second_run_does_nothing(sample_lib: Library) -> None:
    encoder = sample_lib.knowledge.encoder()
    assert isinstance(encoder, HashingEncoder)
    first = sample_lib.index()
    count = sample_lib.count_items()
    assert first.status == "completed" and first.items == count
    assert first.encoded == encoder.encoded > 0
    assert {r[0] for r in sample_lib.store.db.query("SELECT DISTINCT item_id FROM item_chunks")} == set(
        sample_lib.store.items.ids())
    assert first.graph["edges.directed"] > 0 and first.graph["nodes.genre"] > 0
    assert sample_lib.knowledge.pending() == 0

    encoded_before = encoder.encoded
    second = sample_lib.index()
    assert second.status == "up to date"
    assert second.items == 0 and second.encoded == 0
    assert encoder.encoded == encoded_before


def test_feedback_does_not_dirty_the_index_but_an_edit_does(sample_lib: Library) -> None:
    sample_lib.index()
    arrival = item_by_title(sample_lib, "Arrival")
    sample_lib.feedback(arrival, "like")
    sample_lib.rate(arrival, 5)
    assert sample_lib.knowledge.pending() == 0

    sample_lib.store.items.update_fields(arrival, description="A linguist decodes heptapod writing.")
    report = sample_lib.index()
    assert report.items == 1
    assert report.encoded == 1  # only Arrival's changed text
    text_hashes = sample_lib.knowledge.vectors.chunk_hashes(arrival, sample_lib.knowledge.model_key())
    assert len(text_hashes) == 1


def test_deleted_item_leaves_graph_vectors_and_search(sample_lib: Library) -> None:
    sample_lib.index()
    dune = item_by_title(sample_lib, "Dune: Part Two")
    assert any(h.item_id == dune for h in sample_lib.search("Dune Part Two"))
    sample_lib.store.items.delete(dune)
    report = sample_lib.index()
    assert report.removed == 1
    assert sample_lib.knowledge.graph.find_item_node(dune) is None
    assert not sample_lib.store.db.query("SELECT 1 FROM item_chunks WHERE item_id = ?", (dune,))
    space = sample_lib.knowledge.space_if_indexed()
    assert space is not None
    assert all(item != dune for item, _ in space.search_items(
        sample_lib.knowledge.encoder().encode(["Dune Part Two"])[0], 20))


def test_switching_models_reencodes_and_switching_back_reuses_the_cache(sample_lib: Library) -> None:
    sample_lib.index()
    first_model = sample_lib.knowledge.model_key()
    other = HashingEncoder(dim=32, key="other-test-encoder")
    sample_lib.knowledge.use_encoder(other)
    report = sample_lib.index()
    assert report.items == sample_lib.count_items() and report.encoded > 0
    assert sample_lib.knowledge.space_if_indexed() is not None

    back = HashingEncoder(key=first_model)
    sample_lib.knowledge.use_encoder(back)
    report = sample_lib.index()
    assert report.items == sample_lib.count_items()
    assert report.encoded == 0 and back.encoded == 0  # every vector came from the cache
    hits = sample_lib.search("Denis Villeneuve desert")
    assert hits and hits[0].vector_rank is not None


def test_damaged_index_file_is_rebuilt_from_the_database(sample_lib: Library, tmp_path: Path) -> None:
    sample_lib.index()
    model = sample_lib.knowledge.model_key()
    path = index_path(sample_lib.home / "index", model)
    assert path.exists()
    before = [h.item_id for h in sample_lib.search("space opera desert politics")]
    sample_lib.close()

    path.write_bytes(b"\x00garbage" * 100)
    from engine import open_library

    lib = open_library(sample_lib.home)
    lib.knowledge.use_encoder(HashingEncoder(key=model))
    try:
        after = [h.item_id for h in lib.search("space opera desert politics")]
        space = lib.knowledge.space_if_indexed()
        assert space is not None and space.status == "rebuilt"
        assert after == before
    finally:
        lib.close()


def test_cancelled_run_resumes_to_the_same_result_as_an_uninterrupted_one(
    sample_lib: Library, tmp_path: Path
) -> None:
    from engine import open_library

    reference = open_library(tmp_path / "reference")
    reference.load_sample()
    reference.knowledge.use_encoder(HashingEncoder())
    reference.knowledge.index(batch_size=16)

    cancel = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int | None, message: str) -> None:
        seen.append(done)
        if total and done >= total // 2:
            cancel.cancel()

    report = sample_lib.knowledge.index(progress=progress, cancel=cancel, batch_size=16)
    assert report.status == "cancelled"
    assert 0 < report.items < sample_lib.count_items()
    assert sample_lib.knowledge.pending() > 0
    resumed = sample_lib.knowledge.index(batch_size=16)
    assert resumed.status == "completed"
    assert resumed.items + report.items == sample_lib.count_items()

    assert _chunks(sample_lib) == _chunks(reference)
    assert _edges(sample_lib) == _edges(reference)
    reference.close()


def test_change_made_while_indexing_is_not_lost(sample_lib: Library) -> None:
    """An item edited after the indexer took its snapshot stays queued for the next run."""
    from engine.indexer import Indexer

    knowledge = sample_lib.knowledge
    indexer = Indexer(sample_lib.store, knowledge._space_for, knowledge.encoder())
    todo, snapshot = indexer.pending()
    arrival = item_by_title(sample_lib, "Arrival")
    sample_lib.store.items.update_fields(arrival, description="edited during the run")
    space = knowledge._space_for(64)
    space.open()
    from engine.indexer import IndexReport

    indexer._index_batch(todo, snapshot, space, IndexReport())
    assert sample_lib.store.db.query("SELECT item_id FROM index_dirty")[0][0] == arrival
    report = sample_lib.index()
    assert report.items == 1


def test_vectors_are_normalized_and_similar_items_share_words(sample_lib: Library) -> None:
    sample_lib.index()
    model = sample_lib.knowledge.model_key()
    ids = sample_lib.store.items.ids()[:20]
    vectors = sample_lib.knowledge.vectors.item_vectors(model, ids)
    for matrix in vectors.values():
        assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)
    dune = next(i for i in sample_lib.store.items.find_by_title("Dune") if sample_lib.item(i).kind == "film")
    similar = [sample_lib.item(i).title for i, _ in sample_lib.knowledge.similar_items(dune, 3)]
    assert "Dune: Part Two" in similar


def test_cancel_while_encoding_writes_nothing_of_that_batch(sample_lib: Library) -> None:
    cancel = CancelToken()
    calls: list[int] = []

    def progress(done: int, total: int | None, message: str) -> None:
        calls.append(done)
        cancel.cancel()

    report = sample_lib.knowledge.index(progress=progress, cancel=cancel, batch_size=1000)
    assert report.status == "cancelled" and report.items == 0
    assert sample_lib.store.db.scalar_int("SELECT count(*) FROM item_chunks") == 0
    assert sample_lib.knowledge.pending() == sample_lib.count_items()
    assert sample_lib.index().items == sample_lib.count_items()
