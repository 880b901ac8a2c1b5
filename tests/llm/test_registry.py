"""The model registry: the bundled model, added GGUF files (checked, remembered, chosen), and the
`shelfwise llm` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine import open_library
from engine.cli import main
from engine.errors import UserError
from engine.llm.registry import bundled_entry, list_models
from engine.model_files import bundled_llm
from tests.llm.gguf_files import QWEN, write_gguf


@pytest.mark.skipif(not bundled_llm().found, reason="the bundled model is not installed")
def test_the_bundled_model_is_small_and_english_only() -> None:
    entry = bundled_entry()
    assert entry.usable and entry.bundled and entry.setting == "bundled"
    assert entry.small and entry.parameters == 135_000_000
    assert entry.speaks("en") and not entry.speaks("zh")


def test_an_added_model_is_checked_remembered_and_chosen(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "home")
    try:
        model = write_gguf(tmp_path / "qwen.gguf", QWEN)
        entry = lib.add_llm(model)
        assert entry.name == "Qwen2.5 7B Instruct" and not entry.small and entry.speaks("zh")
        assert lib.settings.models.llm_model == str(model.resolve())
        assert [e.setting for e in lib.llm_models()][1:] == [str(model.resolve())]
        saved = json.loads((lib.home / "models" / "llm.json").read_text(encoding="utf-8"))
        assert saved == {"models": [str(model.resolve())]}
        assert "llm_model" in (lib.home / "settings.toml").read_text(encoding="utf-8")
        no_template = write_gguf(tmp_path / "base.gguf", {"general.architecture": "llama"})
        with pytest.raises(UserError, match="no chat template"):
            lib.add_llm(no_template)
        model.write_bytes(b"not a model any more")
        listed = list_models(lib.home, lib.settings.models.llm_model)
        assert listed[1].error is not None and "not a GGUF" in listed[1].error and not listed[1].usable
        turn = lib.chat("a film", use_llm=True)
        assert turn.model is None and "not a GGUF" in (turn.notice or "")
    finally:
        lib.close()


def test_the_llm_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    model = write_gguf(tmp_path / "qwen.gguf", QWEN)
    assert main(["llm", "add", str(model), "--home", home, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [m["in_use"] for m in listed] == [False, True]
    assert main(["llm", "use", "bundled", "--home", home, "--json"]) == 0
    assert [m["in_use"] for m in json.loads(capsys.readouterr().out)] == [True, False]
    assert main(["llm", "use", str(tmp_path / "other.gguf"), "--home", home]) == 1
    assert "not an added model" in capsys.readouterr().err
