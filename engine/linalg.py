"""Dense linear algebra shared by the item-item models."""

from __future__ import annotations

import numpy as np
from scipy.linalg import lapack

BLOCK = 512


def spd_inverse(matrix: np.ndarray, block: int = BLOCK) -> np.ndarray:
    """Inverse of a symmetric positive definite matrix (float32 or float64), overwriting it
    (LAPACK potrf + potri: half the memory traffic of a general inverse)."""
    single = matrix.dtype == np.float32
    potrf, potri = (lapack.spotrf, lapack.spotri) if single else (lapack.dpotrf, lapack.dpotri)
    factor, info = potrf(matrix.T, lower=0, clean=0, overwrite_a=1)  # .T: Fortran order, no copy
    if info != 0:
        raise ValueError(f"the item-item matrix is not positive definite (potrf info={info})")
    inverse, info = potri(factor, lower=0, overwrite_c=1)
    if info != 0:
        raise ValueError(f"the item-item matrix could not be inverted (potri info={info})")
    result: np.ndarray = np.asarray(inverse).T  # its lower triangle holds the inverse; mirror it upwards
    n = result.shape[0]
    for start in range(0, n, block):
        stop = min(start + block, n)
        result[start:stop, stop:] = result[stop:, start:stop].T
        diagonal = result[start:stop, start:stop]
        result[start:stop, start:stop] = np.tril(diagonal) + np.tril(diagonal, -1).T
    return result
