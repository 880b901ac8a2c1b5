"""EASE item-item weights for a pack (Steck 2019), fitted in float32 and pruned to a sparse matrix.

G = XᵀX + λI over the kept items (binary: who had which item), P = G⁻¹ (Cholesky),
B[j, i] = −P[j, i] / P[i, i] with B[i, i] = 0; a history h scores item i by Σ_j h_j·B[j, i].
Only library items can be in a history or be recommended, so each mapped target keeps the
``neighbours`` mapped sources of largest |B[j, i]|: the stored matrix is targets × sources over the
mapped kept items. float32 halves the time and memory of float64 (λ keeps G well conditioned);
9,742 items take about 12 s on one core and 0.4 GB.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from engine.linalg import spd_inverse
from engine.progress import CancelToken

DEFAULT_LAMBDA = 500.0
DEFAULT_NEIGHBOURS = 200
_BLOCK = 512


def fit_ease(
    x: sp.csr_matrix, targets: np.ndarray, *, lam: float = DEFAULT_LAMBDA,
    neighbours: int = DEFAULT_NEIGHBOURS, cancel: CancelToken | None = None,
) -> sp.csr_matrix:
    """Pruned EASE weights (float32 CSR, len(targets) × len(targets): row = target, column = source).

    ``x`` is the binary users × kept-items matrix; ``targets`` are the kept-item columns that may appear in
    histories and recommendations (the mapped ones), in the order the result uses for rows and columns.
    """
    if lam <= 0:
        raise ValueError("EASE needs lam > 0")
    targets = np.asarray(targets, dtype=np.int64)
    m = len(targets)
    if m == 0:
        return sp.csr_matrix((0, 0), dtype=np.float32)
    gram = _gram(x, cancel)
    gram[np.diag_indices_from(gram)] += np.float32(lam)
    p = spd_inverse(gram)
    del gram
    if cancel is not None:
        cancel.check()
    k = min(neighbours, m - 1)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    for start in range(0, m, _BLOCK):
        if cancel is not None:
            cancel.check()
        block = targets[start : start + _BLOCK]
        # B[j, i] for target i = row i of the symmetric P, over the mapped sources, divided by −P[i, i]
        weights = p[np.ix_(block, targets)] / -p[block, block][:, None]
        weights[np.arange(len(block)), np.arange(start, start + len(block))] = 0.0
        if k <= 0:
            continue
        top = np.argpartition(-np.abs(weights), k - 1, axis=1)[:, :k]  # k < m: the diagonal can drop out
        picked = np.take_along_axis(weights, top, axis=1)
        keep = picked != 0
        rows.append(np.broadcast_to(np.arange(start, start + len(block))[:, None], top.shape)[keep])
        cols.append(top[keep])
        vals.append(picked[keep].astype(np.float32))
    del p
    if not rows:
        return sp.csr_matrix((m, m), dtype=np.float32)
    matrix = sp.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(m, m), dtype=np.float32
    )
    matrix.sort_indices()
    return matrix


def _gram(x: sp.csr_matrix, cancel: CancelToken | None) -> np.ndarray:
    """XᵀX as a dense float32 matrix, computed sparse in column blocks: as fast as one sparse product
    (and faster than dense BLAS on MovieLens-small: 2.0 s against 2.9 s), without holding a dense-ish
    sparse result of ~3× the dense matrix's memory."""
    n_items = x.shape[1]
    gram = np.empty((n_items, n_items), dtype=np.float32)
    columns = sp.csc_matrix(x, dtype=np.float32)
    rows_t = sp.csr_matrix(columns.T)
    for start in range(0, n_items, _BLOCK):
        if cancel is not None:
            cancel.check()
        stop = min(start + _BLOCK, n_items)
        gram[:, start:stop] = (rows_t @ columns[:, start:stop]).toarray()
    return gram
