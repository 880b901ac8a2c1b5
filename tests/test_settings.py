from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import SettingsError
from engine.settings import load_settings, save_settings


def test_defaults_come_from_resources(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    assert settings.models.embedding_model == "bundled"
    assert settings.models.llm_threads == 2
    assert settings.general.default_profile == "default"


def test_personal_file_overrides_and_round_trips(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text(
        '[recommend]\ndiversity = 1\n[models]\nllm_threads = 4\nmystery = "x"\n', encoding="utf-8"
    )
    settings = load_settings(tmp_path)
    assert settings.recommend.diversity == 1.0 and settings.models.llm_threads == 4
    assert any("mystery" in w for w in settings.warnings)
    settings.general.language = "zh_CN"
    save_settings(tmp_path, settings)
    assert load_settings(tmp_path).general.language == "zh_CN"


@pytest.mark.parametrize("text", ['[models]\nllm_threads = "many"\n', "not toml = = =", "models = 3"])
def test_bad_settings_are_a_clear_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "settings.toml").write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match="settings"):
        load_settings(tmp_path)
