"""SASRec learns a sequential pattern, scores in the right shape, saves, loads, cancels, stays lazy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine.community.sasrec import SASRec, SASRecConfig
from engine.errors import UserError

N_ITEMS = 30
SMALL = SASRecConfig(max_len=20, dim=32, heads=1, layers=1, epochs=30, batch_size=64, learning_rate=5e-3, threads=1)


def _pattern_sequences(users: int = 200, length: int = 40, noise: float = 0.1, seed: int = 0) -> list[np.ndarray]:
    """Item i is followed by (i + 1) % N_ITEMS, except for a random item with probability ``noise``."""
    rng = np.random.default_rng(seed)
    sequences = []
    for _ in range(users):
        item = int(rng.integers(N_ITEMS))
        row = []
        for _ in range(length):
            row.append(item)
            item = (item + 1) % N_ITEMS if rng.random() > noise else int(rng.integers(N_ITEMS))
        sequences.append(np.array(row, dtype=np.int64))
    return sequences


@pytest.fixture(scope="module")
def trained() -> SASRec:
    model = SASRec(N_ITEMS, SMALL)
    model.fit(_pattern_sequences())
    return model


def test_learns_the_next_item_of_a_pattern(trained: SASRec) -> None:
    rng = np.random.default_rng(5)
    starts, lengths = rng.integers(0, N_ITEMS, 100), rng.integers(1, 25, 100)
    histories = [np.arange(s, s + n) % N_ITEMS for s, n in zip(starts, lengths, strict=True)]
    top = trained.score(histories).argmax(axis=1)
    expected = np.array([(h[-1] + 1) % N_ITEMS for h in histories])
    assert np.mean(top == expected) >= 0.9


def test_fit_reports_stats_and_progress() -> None:
    reports: list[tuple[int, int | None, str]] = []
    config = SASRecConfig(max_len=10, dim=16, heads=1, layers=1, epochs=3, threads=1)
    stats = SASRec(N_ITEMS, config).fit(
        _pattern_sequences(users=20), progress=lambda d, t, m: reports.append((d, t, m))
    )
    assert stats["epochs"] == 3.0 and stats["seconds"] > 0 and np.isfinite(stats["loss"])
    assert [done for done, _, _ in reports] == [0, 1, 2, 3]
    assert all(total == 3 and message == "training sequential model" for _, total, message in reports)


def test_validation_keeps_best_weights() -> None:
    sequences = _pattern_sequences(users=60)
    validation = [(s[:-1], int(s[-1])) for s in _pattern_sequences(users=30, seed=1)]
    config = SASRecConfig(max_len=20, dim=16, heads=1, layers=1, epochs=6, eval_every=2, threads=1)
    model = SASRec(N_ITEMS, config)
    stats = model.fit(sequences, validation=validation)
    assert 0.0 <= stats["validation_hr10"] <= 1.0
    assert stats["best_epoch"] in (2.0, 4.0, 6.0)
    assert model.hit_rate(validation) == pytest.approx(stats["validation_hr10"])


def test_bce_loss_with_sampled_negatives_trains() -> None:
    config = SASRecConfig(max_len=10, dim=16, heads=1, layers=1, epochs=2, loss="bce", negatives=5, threads=1)
    stats = SASRec(N_ITEMS, config).fit(_pattern_sequences(users=20))
    assert np.isfinite(stats["loss"])


def test_score_shapes_empty_and_long_histories(trained: SASRec) -> None:
    long = np.arange(100) % N_ITEMS
    histories = [np.array([3]), np.array([], dtype=np.int64), long, long[-SMALL.max_len :]]
    scores = trained.score(histories)
    assert scores.shape == (4, N_ITEMS) and scores.dtype == np.float32
    assert not scores[1].any() and scores[0].any()
    np.testing.assert_allclose(scores[2], scores[3], rtol=1e-5, atol=1e-5)  # only the last max_len count
    assert trained.score([]).shape == (0, N_ITEMS)


def test_scores_do_not_depend_on_batch_padding(trained: SASRec) -> None:
    short, longer = np.array([4, 5]), np.arange(10, 25) % N_ITEMS
    together = trained.score([short, longer])
    np.testing.assert_allclose(together[0], trained.score([short])[0], rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(together[1], trained.score([longer])[0], rtol=1e-5, atol=1e-5)


def test_out_of_range_items_are_rejected(trained: SASRec) -> None:
    with pytest.raises(ValueError):
        trained.score([np.array([N_ITEMS])])


def test_training_is_deterministic() -> None:
    config = SASRecConfig(max_len=10, dim=16, heads=1, layers=1, epochs=2, threads=1)
    sequences = _pattern_sequences(users=20)
    first, second = SASRec(N_ITEMS, config), SASRec(N_ITEMS, config)
    first.fit(sequences)
    second.fit(sequences)
    history = [np.array([1, 2, 3])]
    np.testing.assert_array_equal(first.score(history), second.score(history))


def test_save_load_roundtrip(trained: SASRec, tmp_path: Path) -> None:
    path = tmp_path / "models" / "sasrec.pt"
    trained.save(path)
    loaded = SASRec.load(path)
    histories = [np.array([1, 2, 3]), np.arange(40) % N_ITEMS]
    np.testing.assert_array_equal(trained.score(histories), loaded.score(histories))
    assert loaded.config == trained.config and loaded.n_items == N_ITEMS
    assert [p.name for p in path.parent.iterdir()] == ["sasrec.pt"]  # no partial file left behind


def test_load_missing_or_garbage_raises_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        SASRec.load(tmp_path / "absent.pt")
    garbage = tmp_path / "garbage.pt"
    garbage.write_bytes(b"this is not a model" * 10)
    with pytest.raises(UserError):
        SASRec.load(garbage)


class _Stop(Exception):
    pass


class _CancelAfter:
    def __init__(self, calls: int) -> None:
        self.calls, self.remaining = 0, calls

    def check(self) -> None:
        self.calls += 1
        if self.calls > self.remaining:
            raise _Stop


def test_cancel_stops_training_with_its_exception() -> None:
    cancel = _CancelAfter(3)
    config = SASRecConfig(max_len=10, dim=16, heads=1, layers=1, epochs=50, batch_size=8, threads=1)
    with pytest.raises(_Stop):
        SASRec(N_ITEMS, config).fit(_pattern_sequences(users=40), cancel=cancel)
    assert cancel.calls == 4


def test_import_engine_does_not_import_torch() -> None:
    code = "import sys, engine, engine.community; print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
