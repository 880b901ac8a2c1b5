"""The vector index's files on disk: the JSON sidecar and the checks that a file is one we wrote,
for this model and dimension, before hnswlib is allowed to open it (hnswlib can crash or hang on
a corrupt file)."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any, cast

from engine.errors import ShelfwiseError
from engine.model_files import sha256_file

FORMAT = 1
SPACES = ("cosine", "ip", "l2")

# hnswlib's saveIndex header: offsetLevel0, max_elements, cur_element_count, size_data_per_element,
# label_offset, offsetData (size_t), maxlevel (int), enterpoint_node (uint32), maxM, maxM0, M
# (size_t), mult (double), ef_construction (size_t). Little-endian on every platform we ship.
_HEADER = struct.Struct("<6QiI3QdQ")


class IndexFileError(ShelfwiseError):
    """The index file is missing, unreadable, corrupt or for another model/dim."""


def sidecar_path(path: Path) -> Path:
    """Where the JSON sidecar of the index file ``path`` lives (``<path>.json``)."""
    return path.with_name(path.name + ".json")


def read_sidecar(path: Path, *, model: str, dim: int) -> dict[str, Any]:
    side = sidecar_path(path)
    try:
        raw = side.read_bytes()
    except FileNotFoundError as exc:
        raise IndexFileError(f"{side}: missing") from exc
    except OSError as exc:
        raise IndexFileError(f"{side}: unreadable: {exc}") from exc
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise IndexFileError(f"{side}: not valid JSON") from exc
    if not isinstance(record, dict):
        raise IndexFileError(f"{side}: not a JSON object")
    for key, kind in (
        ("format", int),
        ("model", str),
        ("dim", int),
        ("space", str),
        ("count", int),
        ("total", int),
        ("deleted", list),
        ("size", int),
        ("sha256", str),
    ):
        value = record.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise IndexFileError(f"{side}: field {key!r} missing or of the wrong type")
    if record["format"] != FORMAT:
        raise IndexFileError(f"{side}: format {record['format']}, this version reads {FORMAT}")
    if record["model"] != model:
        raise IndexFileError(f"{path}: built for model {record['model']!r}, not {model!r}")
    if record["dim"] != dim:
        raise IndexFileError(f"{path}: built for dimension {record['dim']}, not {dim}")
    if record["space"] not in SPACES:
        raise IndexFileError(f"{side}: unknown space {record['space']!r}")
    if not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in record["deleted"]):
        raise IndexFileError(f"{side}: bad deleted label list")
    return cast(dict[str, Any], record)


def check_index_file(path: Path, record: dict[str, Any], dim: int) -> dict[str, int]:
    """Size, hash and header checks, so hnswlib is only ever handed a file we wrote."""
    try:
        size = path.stat().st_size
        if size != record["size"]:
            raise IndexFileError(f"{path}: {size} bytes, its sidecar says {record['size']}")
        with path.open("rb") as handle:
            head = handle.read(_HEADER.size)
        digest = sha256_file(path)
    except FileNotFoundError as exc:
        raise IndexFileError(f"{path}: missing") from exc
    except OSError as exc:
        raise IndexFileError(f"{path}: unreadable: {exc}") from exc
    if digest != record["sha256"]:
        raise IndexFileError(f"{path}: checksum does not match its sidecar (damaged or replaced)")
    if len(head) != _HEADER.size:
        raise IndexFileError(f"{path}: too short for an hnswlib index")
    (
        offset0,
        max_elements,
        count,
        per_element,
        label_offset,
        data_offset,
        _level,
        _entry,
        max_m,
        max_m0,
        m,
        _mult,
        ef_construction,
    ) = _HEADER.unpack(head)
    sane = (
        offset0 == 0
        and 2 <= m <= 4096
        and max_m == m
        and max_m0 == 2 * m
        and data_offset == max_m0 * 4 + 4
        and label_offset == data_offset + dim * 4
        and per_element == label_offset + 8
        and count == record["total"]
        and count <= max_elements
        and size >= _HEADER.size + count * (per_element + 4)
    )
    if not sane:
        raise IndexFileError(f"{path}: header is not that of a {dim}-dimensional hnswlib index")
    return {"M": m, "ef_construction": ef_construction}
