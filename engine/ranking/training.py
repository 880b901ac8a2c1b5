"""Training the ranker on a person's own feedback.

Labelled items: ratings of 3.5★ and up, 👍 and finished items are positives; ratings of 2.5★ and
below, 👎, dismissals and abandoned items are negatives; items opened from a recommendation
(``clicked``) are weak positives. Random items the person never touched are weak negatives ("not
chosen"). Each labelled item's signals are computed *without it* in the history (three folds: the
signals of a third of the items come from the other two thirds), so the ranker learns how well the
signals predict held-out taste, not how well an item predicts itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

import numpy as np

from engine.progress import CancelToken, Progress, no_progress
from engine.ranking.features import FeatureBuilder
from engine.ranking.ranker import RankerWeights, auc, train
from engine.ranking.request import RecommendRequest
from engine.ranking.taste import TasteProfile

FOLDS = 3
MAX_LABELLED = 600
UNLABELLED_WEIGHT = 0.3
CLICK_WEIGHT = 0.5


@dataclass
class Examples:
    ids: list[int] = field(default_factory=list)
    labels: list[float] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)


def label_items(taste: TasteProfile, clicked: set[int]) -> Examples:
    """The labelled items of a profile (newest first when there are more than MAX_LABELLED)."""
    examples = Examples()
    order = list(reversed(taste.ordered)) + [i for i in taste.weights if i not in set(taste.ordered)]
    for item in order[:MAX_LABELLED]:
        signal = taste.signals.get(item)
        if signal is None:
            continue
        if signal.stars is not None:
            if 2.5 < signal.stars < 3.5:
                continue
            label = 1.0 if signal.stars >= 3.5 else 0.0
        elif signal.action in ("liked", "finished"):
            label = 1.0
        elif signal.action in ("disliked", "dismissed", "abandoned"):
            label = 0.0
        else:
            continue
        examples.ids.append(item)
        examples.labels.append(label)
        examples.weights.append(1.0)
    for item in sorted(clicked - set(examples.ids)):
        examples.ids.append(item)
        examples.labels.append(1.0)
        examples.weights.append(CLICK_WEIGHT)
    return examples


def without(taste: TasteProfile, items: set[int]) -> TasteProfile:
    """The profile as if these items had no events (its cache version cleared)."""
    return replace(
        taste, weights={i: w for i, w in taste.weights.items() if i not in items},
        signals={i: s for i, s in taste.signals.items() if i not in items},
        known=taste.known - items, ordered=[i for i in taste.ordered if i not in items], version=(),
    )


def fit_ranker(
    builder: FeatureBuilder, taste: TasteProfile, clicked: set[int], unlabelled_pool: list[int], *,
    progress: Progress = no_progress, cancel: CancelToken | None = None, seed: int = 0,
) -> RankerWeights:
    """Learn the profile's weights (defaults when there is too little feedback)."""
    examples = label_items(taste, clicked)
    rng = random.Random(seed)
    pool = [i for i in unlabelled_pool if i not in taste.known and i not in set(examples.ids)]
    unlabelled = rng.sample(pool, min(len(pool), max(20, 2 * len(examples.ids))))
    folds = [(examples.ids[f::FOLDS], unlabelled[f::FOLDS]) for f in range(FOLDS)]
    rows: list[np.ndarray] = []
    labels: list[float] = []
    weights: list[float] = []
    label_of = dict(zip(examples.ids, examples.labels, strict=True))
    weight_of = dict(zip(examples.ids, examples.weights, strict=True))
    for done, (held, extra) in enumerate(folds):
        progress(done, FOLDS, "learning from your feedback")
        if cancel is not None:
            cancel.check()
        if not held and not extra:
            continue
        reduced = without(taste, set(held))
        request = RecommendRequest()
        _, maps = builder.candidates(reduced, request)
        ids = [*held, *extra]
        table = builder.table(reduced, request, ids, maps)
        rows.append(table.matrix)
        labels += [label_of.get(i, 0.0) for i in ids]
        weights += [weight_of.get(i, UNLABELLED_WEIGHT) for i in ids]
    progress(FOLDS, FOLDS, "learning from your feedback")
    if not rows:
        return RankerWeights()
    matrix = np.vstack(rows)
    y = np.asarray(labels, dtype=np.float32)
    learned = train(matrix, y, np.asarray(weights, dtype=np.float32), seed=seed)
    learned.training_auc = auc(learned.score(matrix), y)
    learned.default_auc = auc(RankerWeights().score(matrix), y)
    return learned
