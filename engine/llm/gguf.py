"""Reading a GGUF file's header and metadata without loading the model (pure Python).

A model file the person adds is checked before llama.cpp ever opens it: the magic bytes, a known
format version, metadata that can be read to the end, an architecture, and a chat template.
See the GGUF specification (ggml/docs/gguf.md): little-endian; header = magic "GGUF", uint32
version, uint64 tensor count, uint64 metadata count; then key (string) + uint32 type + value.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from engine.errors import UserError

MAGIC = b"GGUF"
VERSIONS = (2, 3)
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
_U64 = struct.Struct("<Q")
_CHUNK = 1 << 20
MAX_STRING = 64 * 1024 * 1024
KEEP_ARRAY = 64  # longer arrays (token lists) are skipped, only their length is kept


@dataclass
class GGUFInfo:
    path: Path
    version: int
    tensors: int
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def architecture(self) -> str | None:
        value = self.metadata.get("general.architecture")
        return str(value) if value is not None else None

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name") or self.path.stem)

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return str(value) if value else None

    @property
    def context_length(self) -> int | None:
        arch = self.architecture
        value = self.metadata.get(f"{arch}.context_length") if arch else None
        return int(value) if isinstance(value, int) else None


def read_gguf(path: Path) -> GGUFInfo:
    """The header and metadata of a GGUF file; UserError naming the problem when it is not one."""
    if not path.is_file():
        raise UserError(f"model file not found: {path}")
    try:
        with path.open("rb") as handle:
            if handle.read(4) != MAGIC:
                raise UserError(f"{path.name} is not a GGUF model file (wrong magic bytes)")
            version = _unpack(handle, "<I")
            if version not in VERSIONS:
                raise UserError(f"{path.name}: unsupported GGUF version {version}")
            tensors, count = _unpack(handle, "<Q"), _unpack(handle, "<Q")
            info = GGUFInfo(path, version, tensors)
            for _ in range(count):
                key = _string(handle)
                info.metadata[key] = _value(handle, _unpack(handle, "<I"))
    except (struct.error, UnicodeDecodeError, MemoryError) as exc:
        raise UserError(f"{path.name}: the model file is truncated or damaged ({exc})") from exc
    return info


def check_chat_model(path: Path) -> GGUFInfo:
    """A GGUF file that can serve chat: readable, with an architecture and a chat template."""
    info = read_gguf(path)
    if not info.tensors:
        raise UserError(f"{path.name}: the model file holds no tensors")
    if info.architecture is None:
        raise UserError(f"{path.name}: the model file does not name its architecture")
    if info.chat_template is None:
        raise UserError(f"{path.name}: the model has no chat template, so it cannot hold a conversation")
    return info


def _unpack(handle: BinaryIO, fmt: str) -> Any:
    size = struct.calcsize(fmt)
    data = handle.read(size)
    if len(data) != size:
        raise struct.error("unexpected end of file")
    return struct.unpack(fmt, data)[0]


def _string(handle: BinaryIO) -> str:
    length = _unpack(handle, "<Q")
    if length > MAX_STRING:
        raise struct.error(f"a string of {length} bytes")
    data = handle.read(length)
    if len(data) != length:
        raise struct.error("unexpected end of file")
    return data.decode("utf-8")


def _value(handle: BinaryIO, kind: int) -> Any:
    if kind in _SCALARS:
        return _unpack(handle, _SCALARS[kind])
    if kind == _STRING:
        return _string(handle)
    if kind == _ARRAY:
        item_kind, length = _unpack(handle, "<I"), _unpack(handle, "<Q")
        if item_kind in _SCALARS and length > KEEP_ARRAY:
            handle.seek(struct.calcsize(_SCALARS[item_kind]) * length, 1)
            return {"array_length": length}
        if item_kind == _STRING and length > KEEP_ARRAY:
            _skip_strings(handle, length)
            return {"array_length": length}
        items = [_value(handle, item_kind) for _ in range(length)]
        return items if length <= KEEP_ARRAY else {"array_length": length}
    raise struct.error(f"unknown metadata type {kind}")


def _skip_strings(handle: BinaryIO, count: int) -> None:
    """Step over ``count`` length-prefixed strings (a vocabulary: ~50k of them) without decoding
    them, reading a megabyte at a time; a few milliseconds instead of one read per string."""
    buffer, pos = b"", 0
    for _ in range(count):
        if len(buffer) - pos < _U64.size:
            buffer, pos = buffer[pos:] + handle.read(_CHUNK), 0
            if len(buffer) < _U64.size:
                raise struct.error("unexpected end of file")
        (length,) = _U64.unpack_from(buffer, pos)
        pos += _U64.size
        if length > MAX_STRING:
            raise struct.error(f"a string of {length} bytes")
        if len(buffer) - pos < length:
            beyond = length - (len(buffer) - pos)
            skipped = len(handle.read(beyond))
            if skipped != beyond:
                raise struct.error("unexpected end of file")
            buffer, pos = b"", 0
        else:
            pos += length
    handle.seek(pos - len(buffer), 1)  # give back what was read past the last string
