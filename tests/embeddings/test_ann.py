"""The hnswlib vector index: recall, mutations, atomic files that refuse damage, repair on open."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from engine.embeddings import ann
from engine.embeddings.ann import IndexFileError, IndexMeta, VectorIndex, open_or_rebuild, sidecar_path
from engine.model_files import sha256_file

DIM = 32
MODEL = "test-model"


def unit_vectors(n: int, dim: int = DIM, seed: int = 0) -> npt.NDArray[np.float32]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def built(
    n: int = 200, *, dim: int = DIM, seed: int = 0, **kwargs: int
) -> tuple[VectorIndex, npt.NDArray[np.float32]]:
    vectors = unit_vectors(n, dim, seed)
    index = VectorIndex(MODEL, dim, **kwargs)
    index.add(list(range(n)), vectors)
    return index, vectors


class Store:
    """A stand-in for the SQLite vector store: label → vector, recording fetch batch sizes."""

    def __init__(self, vectors: dict[int, npt.NDArray[np.float32]]) -> None:
        self.vectors = vectors
        self.batches: list[int] = []

    def fetch(self, labels: list[int]) -> npt.NDArray[np.float32]:
        self.batches.append(len(labels))
        return np.stack([self.vectors[label] for label in labels]).astype(np.float32)


# ------------------------------------------------------------------------------------------ search


def test_recall_against_brute_force() -> None:
    index, vectors = built(2000, dim=384, seed=1)
    queries = unit_vectors(100, 384, seed=2)
    truth = np.argsort(-(queries @ vectors.T), axis=1)[:, :10]
    found = [index.search(q, 10) for q in queries]
    recall = np.mean(
        [len({label for label, _ in f} & set(t.tolist())) / 10 for f, t in zip(found, truth, strict=True)]
    )
    assert recall >= 0.95
    label, similarity = found[0][0]
    assert similarity == pytest.approx(float(queries[0] @ vectors[label]), abs=1e-4)
    assert [s for _, s in found[0]] == sorted((s for _, s in found[0]), reverse=True)
    batched = index.search_many(queries, 10)
    assert [[label for label, _ in r] for r in batched] == [[label for label, _ in r] for r in found]


def test_a_stored_vector_finds_itself_with_similarity_one() -> None:
    index, vectors = built(300)
    label, similarity = index.search(vectors[42], 1)[0]
    assert label == 42 and similarity == pytest.approx(1.0, abs=1e-5)


def test_empty_index_and_k_larger_than_count() -> None:
    empty = VectorIndex(MODEL, DIM)
    assert empty.search(unit_vectors(1)[0], 5) == [] and len(empty) == 0
    assert empty.search_many(unit_vectors(3), 5) == [[], [], []]
    index, vectors = built(7)
    assert sorted(label for label, _ in index.search(vectors[0], 50)) == list(range(7))
    assert all(len(r) == 7 for r in index.search_many(vectors, 50))
    assert index.search(vectors[0], 0) == []


def test_allowed_filter_is_respected() -> None:
    index, vectors = built(500)
    even = index.search(vectors[1], 20, allowed=lambda label: label % 2 == 0)
    assert len(even) == 20 and all(label % 2 == 0 for label, _ in even)
    few = {3, 77, 401}  # fewer allowed than k: all of them, nothing else
    result = index.search(vectors[0], 10, allowed=few.__contains__)
    assert {label for label, _ in result} == few
    assert [s for _, s in result] == sorted((s for _, s in result), reverse=True)
    assert index.search(vectors[0], 10, allowed=lambda label: False) == []


def test_bad_input_is_refused() -> None:
    index, _ = built(10)
    with pytest.raises(ValueError):
        index.add([1, 2], unit_vectors(3))
    with pytest.raises(ValueError):
        index.add([1], unit_vectors(1, DIM + 1))
    with pytest.raises(ValueError):
        index.add([-1], unit_vectors(1))
    with pytest.raises(ValueError):
        index.search(unit_vectors(1, DIM + 1)[0], 3)
    with pytest.raises(ValueError):
        index.search(np.full(DIM, np.nan, dtype=np.float32), 3)


# ------------------------------------------------------------------------------------------ mutations


def test_removed_labels_never_come_back_from_search() -> None:
    index, vectors = built(300)
    removed = set(range(0, 300, 3))
    index.remove([*removed, 10_000])  # an unknown label is ignored
    index.remove([0])  # removing twice is harmless
    assert len(index) == 200 and index.labels() == set(range(300)) - removed
    for result in index.search_many(vectors, 50):
        assert not removed & {label for label, _ in result}
    everything = index.search(vectors[0], 1000)
    assert {label for label, _ in everything} == index.labels()


def test_re_adding_a_removed_label_brings_it_back_with_the_new_vector() -> None:
    index, _ = built(100)
    index.remove([5])
    fresh = unit_vectors(1, seed=99)
    index.add([5], fresh)
    assert 5 in index.labels() and len(index) == 100
    label, similarity = index.search(fresh[0], 1)[0]
    assert label == 5 and similarity == pytest.approx(1.0, abs=1e-5)


def test_adding_an_existing_label_replaces_its_vector() -> None:
    index, vectors = built(100)
    replacement = unit_vectors(1, seed=123)
    index.add([7], replacement)
    assert len(index) == 100
    assert index.search(replacement[0], 1)[0][0] == 7
    assert all(not (label == 7 and sim > 0.999) for label, sim in index.search(vectors[7], 3))


def test_duplicate_labels_in_one_call_keep_the_last_vector() -> None:
    index = VectorIndex(MODEL, DIM)
    pair = unit_vectors(2, seed=5)
    index.add([1, 1], pair)
    assert len(index) == 1
    assert index.search(pair[1], 1)[0][1] == pytest.approx(1.0, abs=1e-5)


def test_capacity_grows_past_the_initial_size() -> None:
    vectors = unit_vectors(1000)
    index = VectorIndex(MODEL, DIM, capacity=16)
    for start in range(0, 1000, 100):
        index.add(list(range(start, start + 100)), vectors[start : start + 100])
    assert len(index) == 1000 and index.labels() == set(range(1000))
    assert index.search(vectors[999], 1)[0][0] == 999


def test_deleted_slots_are_reused_by_new_labels() -> None:
    index, vectors = built(100, capacity=100)
    index.remove(range(50))
    more = unit_vectors(50, seed=4)
    index.add(list(range(100, 150)), more)
    assert index.labels() == set(range(50, 150))
    assert index.search(more[10], 1)[0][0] == 110
    index.add([3], vectors[3])  # a label whose slot was taken over comes back as a new element
    assert 3 in index.labels() and index.search(vectors[3], 1)[0][0] == 3


def test_searches_run_while_another_thread_adds() -> None:
    vectors = unit_vectors(3000)
    index = VectorIndex(MODEL, DIM, capacity=8)
    index.add([0], vectors[:1])
    errors: list[BaseException] = []
    done = threading.Event()

    def searcher() -> None:
        try:
            while not done.is_set():
                assert index.search(vectors[0], 5)[0][0] == 0
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=searcher) for _ in range(2)]
    for thread in threads:
        thread.start()
    for start in range(1, 3000, 250):
        index.add(list(range(start, min(start + 250, 3000))), vectors[start : start + 250])
    done.set()
    for thread in threads:
        thread.join()
    assert not errors and len(index) == 3000


# ------------------------------------------------------------------------------------------ files


def test_save_and_load_give_identical_results(tmp_path: Path) -> None:
    index, vectors = built(500)
    index.remove(range(0, 500, 7))
    path = tmp_path / "sub" / "vectors.hnsw"
    index.save(path)
    loaded = VectorIndex.load(path, model=MODEL, dim=DIM)
    assert loaded.labels() == index.labels() and len(loaded) == len(index)
    assert loaded.meta == IndexMeta(model=MODEL, dim=DIM, count=len(index))
    assert loaded.search_many(vectors[:50], 10) == index.search_many(vectors[:50], 10)
    assert loaded.search(vectors[3], 10, allowed=lambda x: x > 100) == index.search(
        vectors[3], 10, allowed=lambda x: x > 100
    )
    assert json.loads(sidecar_path(path).read_text())["count"] == len(index)
    leftovers = sorted(p.name for p in path.parent.iterdir())
    assert leftovers == ["vectors.hnsw", "vectors.hnsw.json"]  # no temp files
    loaded.add([0], vectors[:1])  # a loaded index takes changes like a fresh one
    assert loaded.search(vectors[0], 1)[0][0] == 0


def test_empty_index_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "empty.hnsw"
    VectorIndex(MODEL, DIM).save(path)
    loaded = VectorIndex.load(path, model=MODEL, dim=DIM)
    assert len(loaded) == 0 and loaded.search(unit_vectors(1)[0], 3) == []


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    index, _ = built(300)
    path = tmp_path / "vectors.hnsw"
    index.save(path)
    return path


def test_load_refuses_a_missing_file(saved: Path) -> None:
    saved.unlink()
    with pytest.raises(IndexFileError, match="missing"):
        VectorIndex.load(saved, model=MODEL, dim=DIM)


def test_load_refuses_a_missing_sidecar(saved: Path) -> None:
    sidecar_path(saved).unlink()
    with pytest.raises(IndexFileError, match="missing"):
        VectorIndex.load(saved, model=MODEL, dim=DIM)


def test_load_refuses_a_truncated_file(saved: Path) -> None:
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexFileError):
        VectorIndex.load(saved, model=MODEL, dim=DIM)


def test_load_refuses_garbage_with_another_files_sidecar(saved: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.hnsw"
    size = saved.stat().st_size
    other.write_bytes(np.random.default_rng(3).bytes(size))
    shutil.copy(sidecar_path(saved), sidecar_path(other))
    with pytest.raises(IndexFileError, match="checksum"):
        VectorIndex.load(other, model=MODEL, dim=DIM)


def test_load_refuses_garbage_even_with_a_matching_checksum(saved: Path) -> None:
    garbage = np.random.default_rng(4).bytes(saved.stat().st_size)
    saved.write_bytes(garbage)
    record = json.loads(sidecar_path(saved).read_text())
    record["sha256"] = sha256_file(saved)
    sidecar_path(saved).write_text(json.dumps(record))
    with pytest.raises(IndexFileError, match="header"):
        VectorIndex.load(saved, model=MODEL, dim=DIM)


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b'{"format": 1}', b"\xff\xfe"])
def test_load_refuses_a_damaged_sidecar(saved: Path, content: bytes) -> None:
    sidecar_path(saved).write_bytes(content)
    with pytest.raises(IndexFileError):
        VectorIndex.load(saved, model=MODEL, dim=DIM)


def test_load_refuses_another_model_or_dim(saved: Path) -> None:
    with pytest.raises(IndexFileError, match="model"):
        VectorIndex.load(saved, model="another-model", dim=DIM)
    with pytest.raises(IndexFileError, match="dimension"):
        VectorIndex.load(saved, model=MODEL, dim=DIM * 2)


def test_load_refuses_a_sidecar_that_lies_about_the_dimension(tmp_path: Path) -> None:
    index, _ = built(50, dim=16)
    path = tmp_path / "v.hnsw"
    index.save(path)
    record = json.loads(sidecar_path(path).read_text())
    record["dim"] = DIM
    sidecar_path(path).write_text(json.dumps(record))
    with pytest.raises(IndexFileError, match="header"):
        VectorIndex.load(path, model=MODEL, dim=DIM)


# ------------------------------------------------------------------------------------------ repair


def test_open_or_rebuild_rebuilds_a_corrupt_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ann, "FETCH_BATCH", 64)
    saved.write_bytes(b"\0" * 1000)
    vectors = unit_vectors(300)
    store = Store({label: vectors[label] for label in range(300)})
    index, status = open_or_rebuild(
        saved, model=MODEL, dim=DIM, live_labels=set(store.vectors), fetch=store.fetch
    )
    assert status == "rebuilt" and index.rebuild_reason and index.labels() == set(range(300))
    assert max(store.batches) <= 64 and sum(store.batches) == 300
    assert index.search(vectors[9], 1)[0][0] == 9
    again, status = open_or_rebuild(
        saved, model=MODEL, dim=DIM, live_labels=set(store.vectors), fetch=store.fetch
    )
    assert status == "loaded" and again.labels() == index.labels()


def test_open_or_rebuild_rebuilds_for_another_model_and_when_missing(saved: Path, tmp_path: Path) -> None:
    vectors = unit_vectors(20, seed=8)
    store = Store({label: vectors[label] for label in range(20)})
    index, status = open_or_rebuild(
        saved, model="new-model", dim=DIM, live_labels={1, 2, 3}, fetch=store.fetch
    )
    assert status == "rebuilt" and index.labels() == {1, 2, 3} and index.model == "new-model"
    _, status = open_or_rebuild(
        tmp_path / "none.hnsw", model=MODEL, dim=DIM, live_labels=set(), fetch=store.fetch
    )
    assert status == "rebuilt"


def test_open_or_rebuild_syncs_a_file_that_is_behind(tmp_path: Path) -> None:
    index, vectors = built(300)
    path = tmp_path / "vectors.hnsw"
    index.save(path)
    extra = unit_vectors(40, seed=11)
    truth = {label: vectors[label] for label in range(20, 300)}  # 0..19 deleted since the save
    truth.update({300 + i: extra[i] for i in range(40)})  # 300..339 added since the save
    store = Store(truth)
    synced, status = open_or_rebuild(path, model=MODEL, dim=DIM, live_labels=set(truth), fetch=store.fetch)
    assert status == "synced" and synced.labels() == set(truth) and store.batches == [40]
    assert synced.search(extra[5], 1)[0][0] == 305
    assert not {label for label, _ in synced.search(vectors[3], 50)} & set(range(20))
    reopened, status = open_or_rebuild(path, model=MODEL, dim=DIM, live_labels=set(truth), fetch=store.fetch)
    assert status == "loaded" and reopened.labels() == set(truth)


def test_sync_checks_what_fetch_returns() -> None:
    index = VectorIndex(MODEL, DIM)
    with pytest.raises(ValueError, match="fetch returned"):
        index.sync({1, 2}, lambda labels: unit_vectors(1))


def test_a_crash_between_index_and_sidecar_is_refused(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bigger, _ = built(400, seed=6)

    def crash(path: Path, record: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(ann, "_write_sidecar", crash)
    with pytest.raises(OSError, match="power cut"):
        bigger.save(saved)  # the new index file is in place, its sidecar is still the old one
    with pytest.raises(IndexFileError):
        VectorIndex.load(saved, model=MODEL, dim=DIM)
