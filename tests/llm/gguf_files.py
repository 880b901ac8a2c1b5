"""Hand-made GGUF headers for the model-file tests (no weights: a header and string metadata)."""

from __future__ import annotations

import struct
from pathlib import Path

QWEN = {"general.architecture": "qwen2", "general.name": "Qwen2.5 7B Instruct", "general.size_label": "7B",
        "tokenizer.chat_template": "{{ messages }}"}


def write_gguf(path: Path, metadata: dict[str, str], tensors: int = 1, version: int = 3) -> Path:
    def text(value: str) -> bytes:
        data = value.encode()
        return struct.pack("<Q", len(data)) + data

    body = b"GGUF" + struct.pack("<IQQ", version, tensors, len(metadata))
    for key, value in metadata.items():
        body += text(key) + struct.pack("<I", 8) + text(value)
    path.write_bytes(body)
    return path
