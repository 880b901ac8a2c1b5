"""Community packs: import other people's ratings once, then answer the recommender's questions fast.

``import_pack`` reads a ratings file (``reader``), maps its items onto the library (``mapping``), fits
EASE, keeps the users' ratings and trains SASRec (``fit``), and installs ``HOME/community/<name>/`` with
``pack.json`` (``PackInfo`` plus file sizes and checksums), ``pack.npz`` and ``sequential.pt`` (``storage``).
A refused file, a cancelled or failed fit writes nothing; the previous pack of that name stays usable.

``CommunityPack`` answers in library item ids: ``ease_scores`` / ``ease_contributors`` (item-item),
``sequence_scores`` (next item after a time-ordered history), ``predict_ratings`` (user-based CF, see
``usercf``) and ``popularity``. torch is imported only when the sequential model is trained or first used.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from engine.community import storage
from engine.community.fit import fit_models
from engine.community.mapping import map_items
from engine.community.reader import read_ratings
from engine.community.usercf import PackUsers, centred, combine, extra_user_parts
from engine.errors import ImportFormatError, UserError
from engine.files import atomic_path
from engine.library.store import LibraryStore
from engine.progress import CancelToken, Progress, no_progress

if TYPE_CHECKING:
    from engine.community.sasrec import SASRec, SASRecConfig

log = logging.getLogger(__name__)

PACK_VERSION = 1
INFO_FILE, ARRAYS_FILE, SEQUENTIAL_FILE = "pack.json", "pack.npz", "sequential.pt"
_ARRAYS = (
    "item_keys", "library_ids", "counts", "ease_items", "ease_indptr", "ease_indices", "ease_data",
    "seq_items", "user_indptr", "user_indices", "user_data", "user_means",
)


@dataclass
class PackInfo:
    """What a pack was made from and what it holds (``pack.json``)."""

    name: str
    format: str  # "movielens" or "csv"
    source: str  # the ratings file read
    users: int
    ratings: int
    items: int
    mapped: int  # pack items that are library items
    mapped_by_route: dict[str, int]  # movielens / source / imdb / tmdb / isbn / doi / title → count
    ambiguous_titles: int
    ease_items: int  # mapped items in the item-item model
    sequential: bool  # a sequential model was trained
    sequential_items: int
    explicit: bool  # the file had ratings, so predict_ratings can work
    rating_scale: float  # factor that brought the file's ratings to 0.5–5 stars
    fitted_at: str
    seconds: dict[str, float]  # read, map, ease, users, sequential, save, total
    malformed_rows: int
    problems: list[dict[str, Any]] = field(default_factory=list)  # first malformed rows: line, message
    version: int = PACK_VERSION

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> PackInfo:
        """A PackInfo from ``pack.json`` contents; UserError when fields are missing or of the wrong type."""
        if not isinstance(data, dict):
            raise UserError("pack.json does not hold a pack description")
        known = {f.name for f in fields(cls)}
        try:
            info = cls(**{k: v for k, v in data.items() if k in known})
        except TypeError as exc:
            raise UserError(f"pack.json is incomplete ({exc})") from None
        if info.version != PACK_VERSION:
            raise UserError(
                f"pack version {info.version} is not supported (expected {PACK_VERSION}); import it again"
            )
        if not isinstance(info.name, str) or not isinstance(info.mapped_by_route, dict):
            raise UserError("pack.json has fields of the wrong type")
        return info


class CommunityPack:
    """A loaded pack: every method answers in library item ids and returns quickly."""

    def __init__(self, folder: Path, info: PackInfo, arrays: Mapping[str, np.ndarray]) -> None:
        self.folder = folder
        self.info = info
        library_ids = arrays["library_ids"]
        counts = arrays["counts"]
        mapped = np.flatnonzero(library_ids >= 0)
        self._pack_index = {int(library_ids[p]): int(p) for p in mapped}
        self._popularity = {int(library_ids[p]): float(counts[p]) for p in mapped}
        ease_items = arrays["ease_items"]
        m = len(ease_items)
        self._ease_library = library_ids[ease_items]
        self._ease_position = {int(item): i for i, item in enumerate(self._ease_library)}
        self._ease_targets = sp.csr_matrix(
            (arrays["ease_data"], arrays["ease_indices"], arrays["ease_indptr"]), shape=(m, m)
        )
        self._ease_sources = sp.csr_matrix(self._ease_targets.T)
        seq_items = arrays["seq_items"]
        seq_library = library_ids[seq_items]
        self._seq_count = len(seq_items)
        self._seq_position = {int(item): i for i, item in enumerate(seq_library) if item >= 0}
        self._seq_mapped = np.flatnonzero(seq_library >= 0)
        self._seq_library = seq_library[self._seq_mapped]
        self._seq_output = {int(item): i for i, item in enumerate(self._seq_library)}
        self._model: SASRec | None = None
        self._model_failed = not info.sequential
        self._users: PackUsers | None = None
        if info.explicit:
            n_users = len(arrays["user_indptr"]) - 1
            ratings = sp.csr_matrix(
                (arrays["user_data"], arrays["user_indices"], arrays["user_indptr"]),
                shape=(n_users, len(library_ids)),
            )
            self._users = PackUsers(ratings, arrays["user_means"])

    # -- loading ------------------------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path) -> CommunityPack:
        """The pack in ``folder``; UserError naming the problem when it is missing or damaged."""
        name = folder.name
        try:
            data = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UserError(f"community pack {name}: {INFO_FILE} is missing") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UserError(f"community pack {name}: {INFO_FILE} is damaged ({exc})") from None
        info = PackInfo.from_json(data)
        files = data.get("files") if isinstance(data, dict) else None
        files = files if isinstance(files, dict) else {}
        storage.check_file(folder / ARRAYS_FILE, files.get(ARRAYS_FILE), hashed=False)  # zip CRCs check
        if info.sequential:
            storage.check_file(folder / SEQUENTIAL_FILE, files.get(SEQUENTIAL_FILE))
        arrays = _read_arrays(folder / ARRAYS_FILE)
        _validate(arrays, info, name)
        return cls(folder, info, arrays)

    # -- the runtime API ----------------------------------------------------------------------

    def covers(self, item_id: int) -> bool:
        """Whether the library item is one of the pack's items."""
        return item_id in self._pack_index

    def ease_scores(self, history: Mapping[int, float], limit: int = 500) -> dict[int, float]:
        """history: library item id -> weight (e.g. 1.0 liked, negative for disliked).
        Returns library item id -> score for the top `limit` mapped items not in history
        (only items with a positive score)."""
        positions, weights = self._ease_history(history)
        if not positions:
            return {}
        rows = self._ease_sources[positions]
        scores = np.asarray(rows.T @ np.asarray(weights, dtype=np.float32), dtype=np.float64)
        scores[positions] = -np.inf
        return _top(scores, self._ease_library, limit, positive=True)

    def ease_contributors(
        self, item_id: int, history: Mapping[int, float], top: int = 3
    ) -> list[tuple[int, float]]:
        """Which history items contributed most to item_id's EASE score (for 'people who liked X also
        liked this'): (library item id, weight × EASE weight), largest positive contributions first."""
        target = self._ease_position.get(item_id)
        if target is None:
            return []
        start, stop = self._ease_targets.indptr[target], self._ease_targets.indptr[target + 1]
        found = []
        for source, weight in zip(self._ease_targets.indices[start:stop], self._ease_targets.data[start:stop],
                                  strict=True):
            source_item = int(self._ease_library[source])
            value = history.get(source_item)
            if value:
                contribution = float(value) * float(weight)
                if contribution > 0:
                    found.append((source_item, contribution))
        found.sort(key=lambda pair: (-pair[1], pair[0]))
        return found[:top]

    def sequence_scores(self, ordered: Sequence[int], limit: int = 500) -> dict[int, float]:
        """SASRec next-item scores from the library item ids in time order (oldest first); {} when the
        pack has no sequential model or no history item is mapped."""
        sequence = [self._seq_position[item] for item in ordered if item in self._seq_position]
        if not sequence:
            return {}
        model = self._sequential()
        if model is None:
            return {}
        window = np.asarray(sequence[-model.config.max_len :], dtype=np.int64)
        scores = model.score([window])[0][self._seq_mapped].astype(np.float64)
        seen = [self._seq_output[item] for item in ordered if item in self._seq_output]
        scores[seen] = -np.inf
        return _top(scores, self._seq_library, limit, positive=False)

    def predict_ratings(
        self, ratings: Mapping[int, float], targets: Sequence[int],
        extra_users: Sequence[Mapping[int, float]] = (),
    ) -> dict[int, float]:
        """User-based CF predicted stars (0.5-5) for targets; only targets with enough neighbour
        evidence get a value."""
        if not ratings or not len(targets):
            return {}
        mean, deviations, norm = centred(ratings)
        if norm <= 0:  # every rating the same: similarity is undefined
            return {}
        parts = []
        if self._users is not None:
            index = self._pack_index
            rated = [(index[item], d) for item, d in deviations.items() if item in index]
            wanted = [(k, index[item]) for k, item in enumerate(targets) if item in index]
            if rated and wanted:
                columns = np.array([c for c, _ in rated], dtype=np.int64)
                sims = self._users.similarities(columns, np.array([d for _, d in rated]), norm)
                where = np.array([k for k, _ in wanted], dtype=np.int64)
                position, users, centred_ratings = self._users.raters(np.array([c for _, c in wanted]))
                parts.append((where[position], sims[users], centred_ratings))
        parts += extra_user_parts(deviations, norm, targets, extra_users)
        values = combine(mean, len(targets), parts)
        return {int(item): float(v) for item, v in zip(targets, values, strict=True) if not math.isnan(v)}

    def popularity(self) -> dict[int, float]:
        """Mapped library item id -> number of pack ratings."""
        return dict(self._popularity)

    # -- internals ----------------------------------------------------------------------------

    def _ease_history(self, history: Mapping[int, float]) -> tuple[list[int], list[float]]:
        positions, weights = [], []
        for item, weight in history.items():
            position = self._ease_position.get(item)
            if position is not None and weight:
                positions.append(position)
                weights.append(float(weight))
        return positions, weights

    def _sequential(self) -> SASRec | None:
        """The SASRec model, loaded (and torch imported) on first use; None when absent or unusable."""
        if self._model is None and not self._model_failed:
            from engine.community.sasrec import SASRec

            try:
                model = SASRec.load(self.folder / SEQUENTIAL_FILE)
                if model.n_items != self._seq_count:
                    raise UserError(f"it knows {model.n_items} items, the pack {self._seq_count}")
                self._model = model
            except UserError as exc:
                log.warning("community pack %s: sequential model not used: %s", self.info.name, exc)
                self._model_failed = True
        return self._model


def _top(scores: np.ndarray, library: np.ndarray, limit: int, *, positive: bool) -> dict[int, float]:
    """Library id → score of the ``limit`` best finite (positive) scores, best first."""
    candidates = np.flatnonzero(scores > 0) if positive else np.flatnonzero(np.isfinite(scores))
    if limit <= 0 or not len(candidates):
        return {}
    if len(candidates) > limit:
        candidates = candidates[np.argpartition(-scores[candidates], limit - 1)[:limit]]
    candidates = candidates[np.argsort(-scores[candidates], kind="stable")]
    return dict(zip(library[candidates].tolist(), scores[candidates].tolist(), strict=True))


def _read_arrays(path: Path) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as archive:
            return {name: np.asarray(archive[name]) for name in _ARRAYS}
    except Exception as exc:  # zip, CRC, key and pickle errors all mean "damaged"
        raise UserError(f"community pack {path.parent.name}: {path.name} is damaged ({exc})") from None


def _validate(arrays: Mapping[str, np.ndarray], info: PackInfo, name: str) -> None:
    """UserError unless the arrays are consistent with each other and with ``pack.json``."""
    n_items = len(arrays["library_ids"])
    n_users = len(arrays["user_indptr"]) - 1
    m = len(arrays["ease_items"])
    problems = []
    if len(arrays["item_keys"]) != n_items or len(arrays["counts"]) != n_items or n_items != info.items:
        problems.append("item arrays disagree")
    for key in ("ease_items", "seq_items"):
        if len(arrays[key]) and (arrays[key].min() < 0 or arrays[key].max() >= n_items):
            problems.append(f"{key} out of range")
    if not problems and m and (arrays["library_ids"][arrays["ease_items"]] < 0).any():
        problems.append("an item-item entry is not a library item")
    problems += _csr_problems("ease", arrays, m, m) + _csr_problems("user", arrays, n_users, n_items)
    if len(arrays["user_means"]) != n_users or n_users != info.users:
        problems.append("user arrays disagree")
    if info.sequential != bool(len(arrays["seq_items"])):
        problems.append("sequential model and items disagree")
    if problems:
        raise UserError(f"community pack {name} is damaged ({'; '.join(problems)}); import it again")


def _csr_problems(prefix: str, arrays: Mapping[str, np.ndarray], rows: int, columns: int) -> list[str]:
    indptr, indices, data = (arrays[f"{prefix}_{part}"] for part in ("indptr", "indices", "data"))
    if len(indptr) != rows + 1 or (rows + 1 and (indptr[0] != 0 or indptr[-1] != len(indices))):
        return [f"{prefix} matrix shape"]
    if len(data) != len(indices) or (len(indptr) > 1 and (np.diff(indptr) < 0).any()):
        return [f"{prefix} matrix layout"]
    if len(indices) and (indices.min() < 0 or indices.max() >= columns):
        return [f"{prefix} matrix indices"]
    if not np.isfinite(data).all():
        return [f"{prefix} matrix values"]
    return []


# -- listing, importing, removing -------------------------------------------------------------


def load_packs(home: Path) -> list[CommunityPack]:
    """All valid packs in ``HOME/community`` (by name); damaged ones are skipped with a logged warning."""
    root = storage.packs_root(home)
    storage.recover(root)
    packs = []
    for folder in _pack_folders(root):
        try:
            packs.append(CommunityPack.load(folder))
        except UserError as exc:
            log.warning("community pack %s skipped: %s", folder.name, exc)
    return packs


def pack_infos(home: Path) -> list[PackInfo]:
    """The description of every pack whose ``pack.json`` is readable (without loading its models)."""
    root = storage.packs_root(home)
    storage.recover(root)
    infos = []
    for folder in _pack_folders(root):
        try:
            infos.append(PackInfo.from_json(json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, UserError) as exc:
            log.warning("community pack %s skipped: %s", folder.name, exc)
    return infos


def remove_pack(home: Path, name: str) -> None:
    """Delete the pack ``name`` (NotFoundError when there is none)."""
    storage.remove(storage.packs_root(home), name)


def _pack_folders(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def import_pack(
    store: LibraryStore, home: Path, path: Path, *, format: str = "auto", name: str | None = None,
    sequential: bool = True, sasrec_config: SASRecConfig | None = None, progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> PackInfo:
    """Read, map, fit and install a pack (see the module doc); returns its description."""
    report = progress or no_progress
    started = time.perf_counter()
    path = Path(path)
    name = storage.pack_name(name, path)
    report(0, None, "reading ratings")
    ratings = read_ratings(path, format, cancel)
    seconds = {"read": time.perf_counter() - started}
    step = time.perf_counter()
    mapping = map_items(store, ratings, progress=progress, cancel=cancel)
    seconds["map"] = time.perf_counter() - step
    data = ratings.interactions
    if not mapping.mapped:
        raise ImportFormatError(
            f"none of the {data.n_items} items rated in {ratings.path} is in the library; import the "
            "catalogue first (e.g. shelfwise import movies.csv), then the community ratings"
        )
    fitted = fit_models(ratings, mapping, sequential=sequential, sasrec_config=sasrec_config,
                        progress=progress, cancel=cancel)
    seconds.update(fitted.seconds)
    info = PackInfo(
        name=name, format=ratings.format, source=str(ratings.path.resolve()), users=data.n_users,
        ratings=len(data), items=data.n_items, mapped=mapping.mapped, mapped_by_route=mapping.routes,
        ambiguous_titles=mapping.ambiguous, ease_items=len(fitted.arrays["ease_items"]),
        sequential=fitted.sequential is not None, sequential_items=len(fitted.arrays["seq_items"]),
        explicit=ratings.explicit, rating_scale=ratings.rating_scale,
        fitted_at=datetime.now(UTC).isoformat(timespec="seconds"), seconds=seconds,
        malformed_rows=ratings.malformed,
        problems=[{"line": p.line, "message": p.message} for p in ratings.problems],
    )
    if cancel is not None:
        cancel.check()
    step = time.perf_counter()
    report(0, 1, "saving the community pack")
    _save(home, info, fitted.arrays, fitted.sequential, seconds, step, started)
    report(1, 1, "saving the community pack")
    return info


def _save(
    home: Path, info: PackInfo, arrays: dict[str, np.ndarray], model: SASRec | None,
    seconds: dict[str, float], step: float, started: float,
) -> None:
    """Write the pack into a hidden folder, then swap it in for any previous pack of that name."""
    root = storage.packs_root(home)
    storage.recover(root)
    workspace = storage.new_workspace(root, info.name)
    try:
        with atomic_path(workspace / ARRAYS_FILE) as partial, partial.open("wb") as handle:
            named: dict[str, Any] = dict(arrays)
            np.savez(handle, **named)
        files = {ARRAYS_FILE: storage.file_record(workspace / ARRAYS_FILE)}
        if model is not None:
            model.save(workspace / SEQUENTIAL_FILE)
            files[SEQUENTIAL_FILE] = storage.file_record(workspace / SEQUENTIAL_FILE)
        seconds["save"] = time.perf_counter() - step
        seconds["total"] = time.perf_counter() - started
        info.seconds = {k: round(v, 3) for k, v in seconds.items()}
        with atomic_path(workspace / INFO_FILE) as partial:
            partial.write_text(json.dumps({**info.to_json(), "files": files}, indent=2, ensure_ascii=False),
                               encoding="utf-8")
        storage.install(workspace, root, info.name)
    except BaseException:
        storage.discard(workspace)
        raise
