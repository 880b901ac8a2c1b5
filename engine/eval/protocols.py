"""Named evaluation protocols: several scorers fitted and ranked on the identical split in one run.

- ``ml100k_random``: MovieLens 100K, per-user random 75/25 split (seed 42), top-10 over all unseen items,
  binary relevance (every test rating is relevant) — the Microsoft Recommenders benchmark setting.
- ``mlsmall_loo``: MovieLens latest-small, chronological leave-one-out, full ranking over all unseen items.

Any object following ``engine.eval.scorers.Scorer`` can be passed in; ``run_protocol`` runs a custom split.
``python -m engine.eval.protocols [--no-sequential] DATA_DIR`` prints both tables (DATA_DIR holds ml-100k/
and movielens-small/); ``--no-sequential`` leaves SASRec out (alone and inside the Hybrid).

The default tables put every baseline, SASRec alone (``engine.eval.sequential``) and the Hybrid
(``engine.eval.hybrid``: a ranker learned on a validation split of the training part) on one split.
Measured (torch on one thread; ~11 min in all, mostly SASRec):

- ml100k_random NDCG@10: Hybrid 0.4838, EASE 0.4785, ALS 0.4737, ItemKNN 0.4263, BPR 0.3646,
  Popularity 0.2533, SASRec 0.1916, UserKNN 0.0009.
- mlsmall_loo HR@10: Hybrid 0.1180, SASRec 0.0803, EASE 0.0787, ALS 0.0721, BPR 0.0672, ItemKNN 0.0656,
  Popularity 0.0426, UserKNN 0.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.eval.data import Interactions, load_ratings
from engine.eval.hybrid import Hybrid, default_bases
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
from engine.eval.sequential import SASRecScorer
from engine.eval.splits import SplitMethod, leave_last_out, random_split
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


def default_scorers(
    *, tuned: bool = True, split: SplitMethod = "random", sequential: bool = True, hybrid: bool = True
) -> list[Scorer]:
    """Popularity, ItemKNN, UserKNN, EASE, ALS / BPR (with ``implicit``), SASRec alone, and the Hybrid.

    ``tuned=True`` uses the hyper-parameters chosen on ml-100k validation splits made inside the training
    part (``validation_split(train, "random")``, seeds 7-9; the test split was never looked at):
    ItemKNN 400 neighbours; EASE λ=500; ALS regularization 50, alpha 10; BPR learning rate 0.01 for 60
    iterations. ``tuned=False`` uses every constructor's defaults. UserKNN is the plain rating predictor.
    ``sequential=False`` leaves out SASRec (alone and inside the Hybrid): the fast set for tests.
    ``hybrid=False`` leaves out the Hybrid, which learns its ranker on a ``split`` validation split of the
    training part (``"random"`` for ``ml100k_random``, ``"leave_last_out"`` for ``mlsmall_loo``).
    """
    if tuned:
        scorers: list[Scorer] = [Popularity(), ItemKNN(neighbours=400), UserKNN(), EASE(lam=500.0)]
        if implicit_available():
            scorers += [
                ImplicitALS(factors=64, regularization=50.0, alpha=10.0, iterations=15),
                ImplicitBPR(factors=64, learning_rate=0.01, regularization=0.01, iterations=60),
            ]
    else:
        scorers = [Popularity(), ItemKNN(), UserKNN(), EASE()]
        scorers += [ImplicitALS(), ImplicitBPR()] if implicit_available() else []
    if sequential:
        scorers.append(SASRecScorer())
    if hybrid:
        scorers.append(Hybrid(default_bases(split, sequential=sequential), split=split))
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
    chosen = default_scorers(split="random") if scorers is None else scorers
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
    chosen = default_scorers(split="leave_last_out") if scorers is None else scorers
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
    """Print the ml100k_random and mlsmall_loo tables (``--no-sequential``: without SASRec, faster)."""
    args = list(sys.argv[1:] if argv is None else argv)
    sequential = "--no-sequential" not in args
    paths = [arg for arg in args if arg != "--no-sequential"]
    if len(paths) != 1:
        print(
            "usage: python -m engine.eval.protocols [--no-sequential] DATA_DIR  "
            "(holding ml-100k/ and movielens-small/)"
        )
        return 2
    root = Path(paths[0])
    ml100k = default_scorers(split="random", sequential=sequential)
    print(format_table(ml100k_random(root / "ml-100k", ml100k)), end="\n\n", flush=True)
    small = default_scorers(split="leave_last_out", sequential=sequential)
    print(format_table(mlsmall_loo(root / "movielens-small", small)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
