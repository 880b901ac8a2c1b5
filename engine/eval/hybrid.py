"""``Hybrid``: base scorers re-ranked by a small torch ranker learned on a validation split of the train part.

Method (everything happens inside ``fit(train)``; the test split is never seen):

1. ``validation_split(train, split)`` cuts train into an inner part and validation rows. ``split`` must
   mirror the protocol: ``"random"`` (a per-user 25 % sample, seed 7) for ``ml100k_random``,
   ``"leave_last_out"`` (each user's latest row) for ``mlsmall_loo``.
2. The base scorers are fitted on the inner part. Each user's candidates are the union of every base
   scorer's top ``depth`` (100) unseen items.
3. Features per (user, candidate): per base scorer the z-score of its score among the user's unseen items
   and log(1 + rank); log item popularity; log user activity; log count of the item's interactions in the
   30 days before the user's latest interaction; signed log days from the item's first interaction to
   the user's latest one.
4. A ranker (linear part + a one-hidden-layer ReLU MLP) is trained on the candidate lists of the users
   with validation rows: LambdaRank-style pairwise loss weighted by |ΔNDCG@10| for the random split,
   listwise softmax cross-entropy for leave-last-out (one relevant item per list). Seeded, one thread.
5. The base scorers are refitted on the whole train part; ``score`` ranks their candidates with the
   ranker and gives every other item ``FLOOR``.

Choices (``ranker_for``, ``default_bases``) were made on nested validation only: the protocol's train part
was split once more (random: ``validation_split(train, "random", seed=8)``; LOO: each user's last train
item), the Hybrid was trained on the rest (which it splits again itself) and compared with its bases on the
held-out part; the test split was used once, for the final tables.

- Random split, nested NDCG@10 (EASE 0.262, ALS 0.271): softmax-loss rankers 0.263-0.270; LambdaRank@10
  linear 0.273; LambdaRank@10 with an 8-unit MLP for 10 epochs 0.274 (chosen). With SASRec as a base
  0.2685 vs 0.2695 without (linear softmax): left out. Candidate depth 50 / 200: 0.268 / 0.272; validation
  fraction 0.15 / 0.4: 0.274 / 0.271; 5 / 20 epochs: 0.272 / 0.272; other seeds ±0.001; training on 2-4
  validation folds, or adding RP3beta or an adjacent-items kNN as bases: 0.271-0.275, not worth the code.
- Leave-last-out, nested HR@10 (EASE 0.075, ALS 0.079, SASRec 0.118; 610 users, so ±0.013 is one
  standard error): linear softmax 0.116; 8-unit MLP 0.126; 32-unit MLP, 40 epochs 0.133 (chosen);
  LambdaRank MLPs 0.128-0.131; + an adjacent-items kNN base 0.138 (three users more: left out).

Test split (``python -m engine.eval.protocols DATA_DIR``, one thread for torch): ml100k_random NDCG@10
Hybrid 0.4838 vs EASE 0.4785 and ALS 0.4737 (fit 14 s); mlsmall_loo HR@10 Hybrid 0.1180 vs SASRec alone
0.0803 and EASE 0.0787 (fit 401 s, two SASRec trainings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import scipy.sparse as sp

from engine.eval.data import Interactions
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
from engine.eval.splits import SplitMethod, validation_split
from engine.torch_threads import torch_threads

if TYPE_CHECKING:
    import torch

FLOOR = np.float32(-1.0e30)  # the score of every item that is not a candidate
_DAY = 86_400.0
_USER_BATCH = 512


@dataclass
class RankerConfig:
    """Size and training of the ranker; ``hidden=0`` makes it linear."""

    hidden: int = 32
    epochs: int = 40
    loss: Literal["softmax", "lambda"] = "softmax"
    ndcg_k: int = 10  # "lambda": NDCG discounts past this rank count as 0 (0 = no cut-off)
    batch_users: int = 64
    learning_rate: float = 0.005
    weight_decay: float = 1e-4
    seed: int = 42
    threads: int = 1


def ranker_for(split: SplitMethod) -> RankerConfig:
    """The ranker chosen on nested validation for each protocol's split kind (see the module doc)."""
    if split == "random":
        return RankerConfig(hidden=8, epochs=10, loss="lambda", ndcg_k=10)
    return RankerConfig(hidden=32, epochs=40, loss="softmax")


def default_bases(split: SplitMethod, *, sequential: bool = True) -> list[Scorer]:
    """Popularity, ItemKNN, EASE and (with ``implicit``) ALS; BPR for random splits, SASRec for LOO."""
    bases: list[Scorer] = [Popularity(), ItemKNN(neighbours=400), EASE(lam=500.0)]
    if implicit_available():
        bases.append(ImplicitALS(factors=64, regularization=50.0, alpha=10.0, iterations=15, num_threads=1))
        if split == "random":
            bases.append(ImplicitBPR(factors=64, learning_rate=0.01, regularization=0.01, iterations=60))
    if sequential and split == "leave_last_out":
        bases.append(SASRecScorer())
    return bases


@dataclass
class CandidateLists:
    """Per user one row of candidate items (``-1`` pads) and their feature vectors."""

    users: np.ndarray  # (U,) user indices
    items: np.ndarray  # (U, C) int64 item indices, -1 where padded
    features: np.ndarray  # (U, C, F) float32, 0 where padded

    @property
    def mask(self) -> np.ndarray:
        return np.asarray(self.items >= 0)


def feature_names(base_names: Sequence[str]) -> list[str]:
    """The feature columns, in order."""
    per_base = [f"{name}:{kind}" for name in base_names for kind in ("z", "log_rank")]
    return [*per_base, "log_popularity", "log_activity", "log_recent_count", "log_days_since_first"]


@dataclass
class TrainingContext:
    """What the features need from a training set: who saw what, popularity and timing."""

    seen: sp.csr_matrix
    log_popularity: np.ndarray  # per item
    log_activity: np.ndarray  # per user
    user_time: np.ndarray  # per user: latest interaction time (0 when none)
    item_first: np.ndarray  # per item: first interaction time (0 when none)
    time_keys: np.ndarray  # sorted (item << 32) | (time - time_base), for windowed counts
    time_base: int
    window: int  # seconds

    @classmethod
    def of(cls, train: Interactions, window_days: float = 30.0) -> TrainingContext:
        counts = np.bincount(train.items, minlength=train.n_items)
        user_time = np.zeros(train.n_users, dtype=np.int64)
        np.maximum.at(user_time, train.users, train.times)
        item_first = np.full(train.n_items, np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(item_first, train.items, train.times)
        item_first[counts == 0] = 0
        base = int(train.times.min()) if len(train) else 0
        offsets = np.clip(train.times - base, 0, (1 << 32) - 1)
        return cls(
            seen=train.matrix(binary=True),
            log_popularity=np.log1p(counts).astype(np.float32),
            log_activity=np.log1p(np.bincount(train.users, minlength=train.n_users)).astype(np.float32),
            user_time=user_time,
            item_first=item_first,
            time_keys=np.sort((train.items.astype(np.int64) << 32) | offsets),
            time_base=base,
            window=int(window_days * _DAY),
        )

    def recent_counts(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        """Interactions with each item in the window before the matching user's latest interaction."""
        end = np.clip(self.user_time[users] - self.time_base, 0, (1 << 32) - 1)
        start = np.clip(end - self.window, 0, (1 << 32) - 1)
        items = items.astype(np.int64)
        high = np.searchsorted(self.time_keys, (items << 32) | end, side="right")
        low = np.searchsorted(self.time_keys, (items << 32) | start, side="left")
        return np.asarray(high - low)


def candidate_lists(
    base_scores: Sequence[np.ndarray], users: np.ndarray, context: TrainingContext, depth: int
) -> CandidateLists:
    """The union of each base scorer's top ``depth`` unseen items per user, with their features."""
    users = np.asarray(users, dtype=np.int64)
    seen = context.seen[users]
    seen_rows = np.repeat(np.arange(len(users)), np.diff(seen.indptr))
    per_base: list[tuple[np.ndarray, np.ndarray]] = []
    is_candidate = np.zeros((len(users), context.seen.shape[1]), dtype=bool)
    for raw in base_scores:
        scores = np.array(raw, dtype=np.float64, copy=True)
        scores[~np.isfinite(scores)] = -np.inf
        scores[seen_rows, seen.indices] = -np.inf
        z, rank = _standardise_and_rank(scores)
        is_candidate |= (rank < depth) & np.isfinite(scores)
        per_base.append((z, np.log1p(rank).astype(np.float32)))
    rows, cols = np.nonzero(is_candidate)
    user_of = users[rows]
    days = (context.user_time[user_of] - context.item_first[cols]) / _DAY
    columns = [block[rows, cols] for pair in per_base for block in pair]
    columns += [
        context.log_popularity[cols],
        context.log_activity[user_of],
        np.log1p(context.recent_counts(user_of, cols)),
        np.sign(days) * np.log1p(np.abs(days)),
    ]
    per_user = np.bincount(rows, minlength=len(users))
    width = max(1, int(per_user.max(initial=0)))
    position = np.arange(len(rows)) - (np.cumsum(per_user) - per_user)[rows]
    items = np.full((len(users), width), -1, dtype=np.int64)
    features = np.zeros((len(users), width, len(columns)), dtype=np.float32)
    items[rows, position] = cols
    features[rows, position] = np.stack(columns, axis=1) if len(rows) else 0.0
    return CandidateLists(users=users, items=items, features=features)


def _standardise_and_rank(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-row z-scores over the finite entries (clipped to ±20) and 0-based ranks (best first)."""
    finite = np.isfinite(scores)
    count = np.maximum(finite.sum(axis=1, keepdims=True), 1)
    values = np.where(finite, scores, 0.0)
    mean = values.sum(axis=1, keepdims=True) / count
    spread = np.sqrt((np.where(finite, values - mean, 0.0) ** 2).sum(axis=1, keepdims=True) / count)
    z = np.clip((values - mean) / np.maximum(spread, 1e-12), -20.0, 20.0).astype(np.float32)
    order = np.argsort(-scores, axis=1, kind="stable")
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.broadcast_to(np.arange(scores.shape[1]), order.shape), axis=1)
    return z, rank


def concatenate(parts: Sequence[CandidateLists]) -> CandidateLists:
    """Candidate lists of several user batches as one, padded to the widest."""
    if len(parts) == 1:
        return parts[0]
    width = max(part.items.shape[1] for part in parts)
    return CandidateLists(
        users=np.concatenate([p.users for p in parts]),
        items=np.concatenate(
            [np.pad(p.items, ((0, 0), (0, width - p.items.shape[1])), constant_values=-1) for p in parts]
        ),
        features=np.concatenate(
            [np.pad(p.features, ((0, 0), (0, width - p.features.shape[1]), (0, 0))) for p in parts]
        ),
    )


class Ranker:
    """Scores candidate feature vectors: a linear part plus an optional one-hidden-layer ReLU MLP."""

    def __init__(self, n_features: int, config: RankerConfig | None = None) -> None:
        self.config = config or RankerConfig()
        self.n_features = n_features
        self.mean = np.zeros(n_features, dtype=np.float32)
        self.scale = np.ones(n_features, dtype=np.float32)
        self.losses: list[float] = []  # mean training loss per epoch
        self._net: Any = None

    def fit(self, lists: CandidateLists, relevant: np.ndarray) -> Ranker:
        """Learn from candidate lists and a same-shaped boolean matrix marking the relevant candidates."""
        import torch

        config = self.config
        present = lists.features[lists.mask]
        if len(present):
            self.mean = present.mean(axis=0).astype(np.float32)
            self.scale = np.maximum(present.std(axis=0), 1e-6).astype(np.float32)
        trainable = np.flatnonzero((relevant & lists.mask).any(axis=1))
        rng = np.random.default_rng(config.seed)
        with torch.random.fork_rng(devices=[]), torch_threads(config.threads):
            torch.manual_seed(config.seed)
            self._net = _network(self.n_features, config.hidden)
            optimizer = torch.optim.Adam(
                self._net.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay
            )
            for _ in range(config.epochs):
                order = rng.permutation(trainable)
                total = 0.0
                for start in range(0, len(order), config.batch_users):
                    batch = order[start : start + config.batch_users]
                    logits = self._logits(lists.features[batch], lists.mask[batch])
                    if config.loss == "softmax":
                        loss = _softmax_loss(logits, relevant[batch])
                    else:
                        loss = _lambda_loss(logits, relevant[batch], lists.mask[batch], config.ndcg_k)
                    optimizer.zero_grad()
                    torch.autograd.backward(loss)
                    optimizer.step()
                    total += float(loss.item()) * len(batch)
                self.losses.append(total / max(1, len(trainable)))
        return self

    def _logits(self, features: np.ndarray, mask: np.ndarray) -> torch.Tensor:
        import torch

        x = torch.from_numpy((features - self.mean) / self.scale)
        logits: torch.Tensor = self._net(x).squeeze(-1)
        return logits.masked_fill(~torch.from_numpy(mask), float("-inf"))

    def predict(self, lists: CandidateLists) -> np.ndarray:
        """float32 (U, C) scores, ``FLOOR`` where padded."""
        import torch

        if self._net is None:
            raise RuntimeError("Ranker.predict() called before fit()")
        with torch.no_grad(), torch_threads(self.config.threads):
            logits = self._logits(lists.features, lists.mask).numpy()
        return np.where(lists.mask, logits, FLOOR).astype(np.float32)

    def linear_weights(self) -> np.ndarray:
        """The linear part's weight per standardised feature (the whole ranker when ``hidden=0``)."""
        if self._net is None:
            raise RuntimeError("Ranker.linear_weights() called before fit()")
        return np.asarray(self._net.linear.weight.detach().numpy()[0], dtype=np.float32)


def _network(n_features: int, hidden: int) -> Any:
    from torch import nn

    class LinearPlusMLP(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.linear = nn.Linear(n_features, 1)
            self.mlp = (
                nn.Sequential(nn.Linear(n_features, hidden), nn.ReLU(), nn.Linear(hidden, 1, bias=False))
                if hidden > 0
                else None
            )

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            out: torch.Tensor = self.linear(x)
            return out if self.mlp is None else out + self.mlp(x)

    return LinearPlusMLP()


def _softmax_loss(logits: torch.Tensor, relevant: np.ndarray) -> torch.Tensor:
    """Mean over users of the mean over their relevant candidates of −log softmax(logits)."""
    import torch

    target = torch.from_numpy(relevant.astype(np.float32))
    log_probs = torch.log_softmax(logits, dim=1).masked_fill(target == 0, 0.0)
    return (-(log_probs * target).sum(dim=1) / target.sum(dim=1).clamp(min=1.0)).mean()


def _lambda_loss(logits: torch.Tensor, relevant: np.ndarray, mask: np.ndarray, k: int) -> torch.Tensor:
    """LambdaRank-style: logistic loss of each (relevant, other) pair × |ΔNDCG@k| of swapping the two."""
    import torch

    rel = torch.from_numpy(relevant.astype(np.float32))
    present = torch.from_numpy(mask.astype(np.float32))
    scores = logits.masked_fill(present == 0, 0.0)
    width = scores.shape[1]
    with torch.no_grad():
        order = torch.argsort(logits, dim=1, descending=True, stable=True)
        ranks = torch.empty_like(order)
        ranks.scatter_(1, order, torch.arange(1, width + 1).expand_as(order))
        discount = 1.0 / torch.log2(ranks.float() + 1.0)
        ideal_discounts = 1.0 / torch.log2(torch.arange(2, width + 2).float())
        if k > 0:
            discount = discount.masked_fill(ranks > k, 0.0)
            ideal_discounts[k:] = 0.0
        ideal = torch.cumsum(ideal_discounts, 0)[(rel.sum(dim=1).long() - 1).clamp(min=0)].clamp(min=1e-9)
        pairs = rel[:, :, None] * ((1.0 - rel) * present)[:, None, :]
        weights = pairs * (discount[:, :, None] - discount[:, None, :]).abs() / ideal[:, None, None]
    losses = torch.nn.functional.softplus(scores[:, None, :] - scores[:, :, None]) * weights
    return losses.sum() / len(relevant)


class Hybrid:
    """Base scorers + a ranker trained on a validation split of the training part (see the module doc)."""

    def __init__(
        self,
        bases: Sequence[Scorer] | None = None,
        *,
        split: SplitMethod = "random",
        ranker: RankerConfig | None = None,
        depth: int = 100,
        window_days: float = 30.0,
        validation_fraction: float = 0.25,
        validation_seed: int = 7,
        name: str = "Hybrid",
    ) -> None:
        self.name = name
        self.split: SplitMethod = split
        self.bases = list(bases) if bases is not None else default_bases(split)
        self.ranker_config = ranker or ranker_for(split)
        self.depth = depth
        self.window_days = window_days
        self.validation_fraction = validation_fraction
        self.validation_seed = validation_seed
        self.ranker: Ranker | None = None
        self.stats: dict[str, float] = {}
        self._context: TrainingContext | None = None

    @property
    def feature_names(self) -> list[str]:
        return feature_names([base.name for base in self.bases])

    def fit(self, train: Interactions) -> None:
        inner, held_out = validation_split(
            train, self.split, test_fraction=self.validation_fraction, seed=self.validation_seed
        )
        for base in self.bases:
            base.fit(inner)
        users = np.unique(held_out.users).astype(np.int64)
        lists = self._lists(users, TrainingContext.of(inner, self.window_days))
        targets = held_out.matrix(binary=True)[users]
        relevant = np.zeros(lists.items.shape, dtype=bool)
        for row in range(len(users)):
            wanted = targets.indices[targets.indptr[row] : targets.indptr[row + 1]]
            relevant[row] = np.isin(lists.items[row], wanted)
        self.ranker = Ranker(lists.features.shape[2], self.ranker_config).fit(lists, relevant)
        self.stats = {
            "validation_users": float(len(users)),
            "candidates_per_user": float(lists.mask.sum(axis=1).mean()) if len(users) else 0.0,
            "validation_recall_of_candidates": float(relevant.sum() / max(1, targets.nnz)),
        }
        for base in self.bases:
            base.fit(train)
        self._context = TrainingContext.of(train, self.window_days)

    def _lists(self, users: np.ndarray, context: TrainingContext) -> CandidateLists:
        parts = []
        for start in range(0, max(1, len(users)), _USER_BATCH):
            batch = users[start : start + _USER_BATCH]
            scores = [base.score(batch) for base in self.bases]
            parts.append(candidate_lists(scores, batch, context, self.depth))
        return concatenate(parts)

    def score(self, users: np.ndarray) -> np.ndarray:
        if self.ranker is None or self._context is None:
            raise RuntimeError(f"{self.name}.score() called before fit()")
        lists = self._lists(np.asarray(users, dtype=np.int64), self._context)
        out = np.full((len(lists.users), self._context.seen.shape[1]), FLOOR, dtype=np.float32)
        rows, slots = np.nonzero(lists.mask)
        out[rows, lists.items[rows, slots]] = self.ranker.predict(lists)[rows, slots]
        return out
