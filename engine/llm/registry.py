"""The language models a person can chat with: the bundled SmolLM2 and any GGUF file they added.

Added files are referenced, not copied (they are often several GB), in ``models/llm.json`` in the
data directory; each is checked (GGUF header, metadata, chat template) when added and again when
listed, so a moved or damaged file shows its problem instead of failing mid-chat.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from engine.errors import UserError
from engine.llm.gguf import GGUFInfo, check_chat_model
from engine.model_files import bundled_llm

REGISTRY_FILE = Path("models") / "llm.json"
# parameters: below this a model's reading of a request is only trusted where the text backs it
SMALL_MODEL = 1_000_000_000
CHINESE_FAMILIES = re.compile(r"qwen|glm|yi-|deepseek|internlm|baichuan|minicpm|aquila|skywork",
                              re.IGNORECASE)
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([MBK])", re.IGNORECASE)


@dataclass(frozen=True)
class ModelEntry:
    name: str
    setting: str            # what ``models.llm_model`` holds for it: "bundled" or the file's path
    path: Path | None
    bundled: bool
    error: str | None = None
    parameters: int | None = None
    languages: tuple[str, ...] | None = None  # None: not declared by the file

    @property
    def usable(self) -> bool:
        return self.error is None and self.path is not None

    @property
    def small(self) -> bool:
        return self.parameters is None or self.parameters < SMALL_MODEL

    def speaks(self, language: str) -> bool:
        return self.languages is None or language in self.languages

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "setting": self.setting, "path": str(self.path) if self.path else None,
                "bundled": self.bundled, "error": self.error, "parameters": self.parameters,
                "languages": list(self.languages) if self.languages is not None else None}


def describe(path: Path, *, setting: str, bundled: bool, label: str | None = None) -> ModelEntry:
    """The entry for one GGUF file, with the reason it cannot be used when it cannot."""
    try:
        info = check_chat_model(path)
    except UserError as exc:
        return ModelEntry(label or path.name, setting, path, bundled, error=str(exc))
    return ModelEntry(label or info.name, setting, path, bundled, parameters=parameter_count(info),
                      languages=declared_languages(info))


def parameter_count(info: GGUFInfo) -> int | None:
    label = info.metadata.get("general.size_label")
    found = _SIZE.search(str(label)) if label else None
    if found:
        scale = {"K": 1e3, "M": 1e6, "B": 1e9}[found.group(2).upper()]
        return int(float(found.group(1)) * scale)
    try:  # about 0.6 byte per parameter at the common 4-5 bit quantizations
        return int(info.path.stat().st_size / 0.6)
    except OSError:
        return None


def declared_languages(info: GGUFInfo) -> tuple[str, ...] | None:
    value = info.metadata.get("general.languages")
    if isinstance(value, list) and value:
        return tuple(str(v).lower()[:2] for v in value)
    if CHINESE_FAMILIES.search(f"{info.name} {info.architecture or ''}"):
        return ("en", "zh")
    return None


def bundled_entry() -> ModelEntry:
    bundled = bundled_llm()
    if not bundled.found or bundled.path is None:
        return ModelEntry(bundled.name, "bundled", None, True,
                          error="the bundled language model is not installed (run: make setup)")
    return describe(bundled.path, setting="bundled", bundled=True, label="SmolLM2-135M-Instruct (bundled)")


def added_paths(home: Path) -> list[Path]:
    path = home / REGISTRY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return []
    return [Path(p) for p in data.get("models", []) if isinstance(p, str)]


def list_models(home: Path, current: str) -> list[ModelEntry]:
    """The bundled model, then every added file (and the configured one if it was never added)."""
    paths = added_paths(home)
    if current not in ("", "bundled") and Path(current).expanduser() not in paths:
        paths.append(Path(current).expanduser())
    return [bundled_entry(), *(describe(p, setting=str(p), bundled=False) for p in paths)]


def add_model(home: Path, path: Path) -> ModelEntry:
    """Check a GGUF file and remember it; UserError naming the problem when it cannot serve chat."""
    path = path.expanduser().resolve()
    entry = describe(path, setting=str(path), bundled=False)
    if entry.error:
        raise UserError(entry.error)
    paths = added_paths(home)
    if path not in paths:
        paths.append(path)
        target = home / REGISTRY_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps({"models": [str(p) for p in paths]}, indent=2), encoding="utf-8")
        tmp.replace(target)
    return entry


def entry_for(home: Path, setting: str) -> ModelEntry:
    if setting in ("", "bundled"):
        return bundled_entry()
    path = Path(setting).expanduser()
    return describe(path, setting=str(path), bundled=False)
