"""Named evaluation protocols: several scorers fitted and ranked on the identical split in one run.

- ``ml100k_random``: MovieLens 100K, per-user random 75/25 split (seed 42), top-10 over all unseen items,
  binary relevance (every test rating is relevant) — the Microsoft Recommenders benchmark setting.
- ``mlsmall_loo``: MovieLens latest-small, chronological leave-one-out, full ranking over all unseen items.

Any object following ``engine.eval.scorers.Scorer`` can be passed in; ``run_protocol`` runs a custom split.
``python -m engine.eval.protocols DATA_DIR`` prints both tables (DATA_DIR holds ml-100k/, movielens-small/).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.eval.data import Interactions, load_ratings
from engine.eval.metrics import evaluate, metric_names
from engine.eval.scorers import (
    EASE,
    ImplicitALS,
    ImplicitBPR,
    ItemKNN,
    Popularity,
    Scorer,
    implicit_available,
)
from engine.eval.splits import leave_last_out, random_split
from engine.eval.userknn import UserKNN
from engine.progress import Progress, no_progress


@dataclass
class ProtocolResult:
    """One protocol run: the split's sizes and one row of metrics (and timings in seconds) per scorer."""

    protocol: str
    k: int
    users: int  # users evaluated (with at least one test item)
    items: int
    train_size: int
    test_size: int
    rows: list[dict[str, Any]] = field(default_factory=list)

    def row(self, model: str) -> dict[str, Any]:
        """The row of the scorer named ``model``."""
        for row in self.rows:
            if row["model"] == model:
                return row
        raise KeyError(model)


def default_scorers(*, tuned: bool = True) -> list[Scorer]:
    """Popularity, ItemKNN, UserKNN, EASE, and ImplicitALS / ImplicitBPR when ``implicit`` is installed.

    ``tuned=True`` uses the hyper-parameters chosen on ml-100k validation splits made inside the training
    part (``validation_split(train, "random")``, seeds 7-9; the test split was never looked at):
    ItemKNN 400 neighbours; EASE λ=500; ALS regularization 50, alpha 10; BPR learning rate 0.01 for 60
    iterations. ``tuned=False`` uses every constructor's defaults. UserKNN is the plain rating predictor.
    """
    if not tuned:
        plain: list[Scorer] = [Popularity(), ItemKNN(), UserKNN(), EASE()]
        return plain + ([ImplicitALS(), ImplicitBPR()] if implicit_available() else [])
    scorers: list[Scorer] = [Popularity(), ItemKNN(neighbours=400), UserKNN(), EASE(lam=500.0)]
    if implicit_available():
        scorers += [
            ImplicitALS(factors=64, regularization=50.0, alpha=10.0, iterations=15),
            ImplicitBPR(factors=64, learning_rate=0.01, regularization=0.01, iterations=60),
        ]
    return scorers


def run_protocol(
    protocol: str,
    train: Interactions,
    test: Interactions,
    scorers: Sequence[Scorer],
    *,
    k: int = 10,
    progress: Progress = no_progress,
) -> ProtocolResult:
    """Fit each scorer on ``train`` and evaluate it on ``test`` (seen items removed), in order."""
    n_users = len(set(test.users.tolist()))
    result = ProtocolResult(protocol, k, n_users, train.n_items, len(train), len(test))
    for done, scorer in enumerate(scorers):
        progress(done, len(scorers), f"{protocol}: fitting {scorer.name}")
        started = time.perf_counter()
        scorer.fit(train)
        fitted = time.perf_counter()
        progress(done, len(scorers), f"{protocol}: ranking with {scorer.name}")
        metrics = evaluate(scorer.score, train, test, k=k, exclude_seen=True)
        row: dict[str, Any] = {"model": scorer.name, **metrics}
        row["fit_seconds"] = fitted - started
        row["eval_seconds"] = time.perf_counter() - fitted
        result.rows.append(row)
    progress(len(scorers), len(scorers), f"{protocol}: done")
    return result


def ml100k_random(
    data_dir: Path,
    scorers: Sequence[Scorer] | None = None,
    seed: int = 42,
    *,
    k: int = 10,
    progress: Progress = no_progress,
) -> ProtocolResult:
    """MovieLens 100K (``data_dir/u.data``): per-user random 75/25 split, top-k with seen items removed."""
    data = load_ratings(Path(data_dir) / "u.data", format="movielens")
    train, test = random_split(data, test_fraction=0.25, seed=seed)
    chosen = default_scorers() if scorers is None else scorers
    return run_protocol("ml100k_random", train, test, chosen, k=k, progress=progress)


def mlsmall_loo(
    data_dir: Path,
    scorers: Sequence[Scorer] | None = None,
    *,
    k: int = 10,
    progress: Progress = no_progress,
) -> ProtocolResult:
    """MovieLens latest-small (``data_dir/ratings.csv``): chronological leave-one-out, full ranking."""
    data = load_ratings(Path(data_dir) / "ratings.csv", format="movielens")
    train, test = leave_last_out(data)
    chosen = default_scorers() if scorers is None else scorers
    return run_protocol("mlsmall_loo", train, test, chosen, k=k, progress=progress)


def format_table(result: ProtocolResult) -> str:
    """The result as an aligned plain-text table with a one-line header describing the split."""
    metrics = metric_names(result.k)
    columns = ["model", *metrics, "fit_seconds", "eval_seconds"]
    extra = sorted({key for row in result.rows for key in row} - set(columns))
    columns += extra
    cells = [[_cell(row.get(column, "")) for column in columns] for row in result.rows]
    widths = [max([len(column)] + [len(line[i]) for line in cells]) for i, column in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    title = (
        f"{result.protocol}: {result.users:,} users evaluated, {result.items:,} items, "
        f"train {result.train_size:,} / test {result.test_size:,} interactions, top-{result.k}"
    )
    rule = "-" * len(line(columns))
    return "\n".join([title, line(columns), rule, *(line(c) for c in cells)])


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the ml100k_random and mlsmall_loo tables for the default scorers."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m engine.eval.protocols DATA_DIR  (holding ml-100k/ and movielens-small/)")
        return 2
    root = Path(args[0])
    print(format_table(ml100k_random(root / "ml-100k")), end="\n\n")
    print(format_table(mlsmall_loo(root / "movielens-small")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
