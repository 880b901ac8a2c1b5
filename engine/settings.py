"""Typed settings: defaults shipped in ``resources/default_settings.toml``, overridden by the
person's ``settings.toml`` in the data directory."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

from engine.errors import SettingsError
from engine.resources import resource

SETTINGS_FILE = "settings.toml"


@dataclass
class GeneralSettings:
    language: str = "auto"
    default_profile: str = "default"


@dataclass
class ModelSettings:
    embedding_model: str = "bundled"
    llm_model: str = "bundled"
    llm_threads: int = 2
    llm_context: int = 2048


@dataclass
class RecommendSettings:
    diversity: float = 0.3
    novelty: bool = False
    results: int = 10


@dataclass
class ChatSettings:
    extraction: str = "auto"
    reply: str = "llm"
    results: int = 5


@dataclass
class Settings:
    general: GeneralSettings = field(default_factory=GeneralSettings)
    models: ModelSettings = field(default_factory=ModelSettings)
    recommend: RecommendSettings = field(default_factory=RecommendSettings)
    chat: ChatSettings = field(default_factory=ChatSettings)
    warnings: list[str] = field(default_factory=list, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("warnings")
        return data


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from exc
    except OSError as exc:
        raise SettingsError(f"cannot read settings file {path}: {exc.strerror}") from exc


def _apply(settings: Settings, data: dict[str, Any], origin: Path) -> None:
    for section_field in fields(settings):
        if section_field.name == "warnings" or section_field.name not in data:
            continue
        section = getattr(settings, section_field.name)
        values = data[section_field.name]
        if not isinstance(values, dict):
            raise SettingsError(f"{origin}: [{section_field.name}] must be a table")
        known = {f.name: f for f in fields(section)}
        for key, value in values.items():
            if key not in known:
                settings.warnings.append(f"{origin}: unknown setting {section_field.name}.{key}")
                continue
            expected = type(getattr(section, key))
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                raise SettingsError(
                    f"{origin}: {section_field.name}.{key} must be {expected.__name__}, "
                    f"not {type(value).__name__}"
                )
            setattr(section, key, value)
    for key in data:
        if key not in {f.name for f in fields(settings)}:
            settings.warnings.append(f"{origin}: unknown section [{key}]")


def load_settings(home: Path) -> Settings:
    settings = Settings()
    defaults = resource("default_settings.toml")
    _apply(settings, _read_toml(defaults), defaults)
    personal = home / SETTINGS_FILE
    if personal.is_file():
        _apply(settings, _read_toml(personal), personal)
    return settings


def save_settings(home: Path, settings: Settings) -> Path:
    path = home / SETTINGS_FILE
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(settings.to_dict()), encoding="utf-8")
    tmp.replace(path)
    return path
