"""Hand-made GGUF headers for the model-file tests (no weights: a header and string metadata)."""

from __future__ import annotations

import struct
from pathlib import Path

QWEN = {"general.architecture": "qwen2", "general.name": "Qwen2.5 7B Instruct", "general.size_label": "7B",
        "tokenizer.chat_template": "{{ messages }}"}


def _text(value: str) -> bytes:
    data = value.encode()
    return struct.pack("<Q", len(data)) + data


def write_gguf(path: Path, metadata: dict[str, str | list[str]], tensors: int = 1, version: int = 3) -> Path:
    """String values, and lists of strings as GGUF string arrays (a vocabulary, say)."""
    body = b"GGUF" + struct.pack("<IQQ", version, tensors, len(metadata))
    for key, value in metadata.items():
        if isinstance(value, list):
            body += _text(key) + struct.pack("<IIQ", 9, 8, len(value)) + b"".join(_text(v) for v in value)
        else:
            body += _text(key) + struct.pack("<I", 8) + _text(value)
    path.write_bytes(body)
    return path
