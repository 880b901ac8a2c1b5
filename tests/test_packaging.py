"""The installer recipes (packaging/, the CI workflow) and the frozen-bundle model lookup, checked
without building anything."""

from __future__ import annotations

import ast
import configparser
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from engine import model_files

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ENTRY_POINTS = {"shelfwise_cli.py": "engine.cli", "shelfwise_desktop.py": "desktop_app.main"}


def _calls(tree: ast.AST) -> list[str]:
    return [node.func.id for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]


def test_spec_is_python_with_one_analysis_two_executables_one_folder() -> None:
    tree = ast.parse((PACKAGING / "shelfwise.spec").read_text(encoding="utf-8"))
    calls = _calls(tree)
    assert calls.count("Analysis") == 1
    assert calls.count("EXE") == 2
    assert calls.count("COLLECT") == 1
    names = {kw.value.value for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id == "EXE"
             for kw in node.keywords if kw.arg == "name" and isinstance(kw.value, ast.Constant)}
    assert names == {"shelfwise", "shelfwise-desktop"}
    text = (PACKAGING / "shelfwise.spec").read_text(encoding="utf-8")
    for script in ENTRY_POINTS:
        assert f'"{script}"' in text
        assert (PACKAGING / script).is_file()


def test_spec_bundles_the_model_packages_the_engine_looks_for() -> None:
    text = (PACKAGING / "shelfwise.spec").read_text(encoding="utf-8")
    assert f'"{model_files.EMBEDDING_PACKAGE}"' in text
    assert f'"{model_files.LLM_PACKAGE}"' in text
    assert '"models"' in text and '"resources"' in text


@pytest.mark.parametrize(("script", "module"), sorted(ENTRY_POINTS.items()))
def test_entry_scripts_call_freeze_support_before_importing_the_app(script: str, module: str) -> None:
    tree = ast.parse((PACKAGING / script).read_text(encoding="utf-8"))
    top_imports = {alias.name for node in tree.body if isinstance(node, ast.Import) for alias in node.names}
    assert top_imports <= {"multiprocessing", "sys"}, "the app must not load before freeze_support()"
    assert not any(isinstance(node, ast.ImportFrom) for node in tree.body)
    main_block = next(node for node in tree.body if isinstance(node, ast.If))
    first = main_block.body[0]
    assert isinstance(first, ast.Expr) and isinstance(first.value, ast.Call)
    assert ast.unparse(first.value.func) == "multiprocessing.freeze_support"
    later = [node for node in main_block.body[1:] if isinstance(node, ast.ImportFrom)]
    assert [node.module for node in later] == [module]
    assert [alias.name for alias in later[0].names] == ["main"]


def test_linux_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / "shelfwise.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Shelfwise"
    assert entry["Exec"].split()[0] == "shelfwise-desktop"
    assert entry["Icon"] == "shelfwise"
    assert entry["Categories"].endswith(";")


def _iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_windows_installer_has_setup_uninstaller_and_start_menu_entry() -> None:
    sections = _iss_sections((PACKAGING / "windows" / "shelfwise.iss").read_text(encoding="utf-8"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppName"] == "Shelfwise"
    assert setup["Uninstallable"] == "yes"
    assert "shelfwise-desktop.exe" in setup["UninstallDisplayIcon"]
    icons = sections["Icons"]
    assert any(line.startswith('Name: "{group}\\Shelfwise"') and "shelfwise-desktop.exe" in line for line in icons)
    assert any("{uninstallexe}" in line for line in icons)
    assert any("recursesubdirs" in line for line in sections["Files"])


def test_workflow_builds_on_the_three_systems() -> None:
    text = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    try:
        import yaml
    except ImportError:  # a text check is enough without PyYAML
        for os_name in ("ubuntu-", "windows-", "macos-"):
            assert f"- os: {os_name}" in text
    else:
        job = yaml.safe_load(text)["jobs"]["installer"]
        systems = {entry["os"].split("-")[0] for entry in job["strategy"]["matrix"]["include"]}
        assert systems == {"ubuntu", "windows", "macos"}
    assert "https://download.pytorch.org/whl/cpu" in text
    assert "actions/upload-artifact" in text
    assert "--version" in text or "smoke_bundle.py" in text


def test_smoke_scripts_are_valid_shell() -> None:
    for script in ("smoke_linux.sh", "build_linux.sh", "macos/make_dmg.sh", "linux/install-desktop-entry.sh"):
        subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


def test_make_has_the_package_targets() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = next(line for line in makefile.splitlines() if line.startswith(".PHONY"))
    assert {"package", "package-smoke"} <= set(phony.split()[1:])
    assert re.search(r"^package:", makefile, re.M) and re.search(r"^package-smoke:", makefile, re.M)


def test_icon_png_is_256_pixels() -> None:
    data = (ROOT / "resources" / "icons" / "shelfwise.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (256, 256)
    assert (ROOT / "resources" / "icons" / "shelfwise.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")


def _fake_bundle(root: Path) -> tuple[Path, Path]:
    minilm = root / "models" / model_files.EMBEDDING_PACKAGE / "model"
    (minilm / "1_Pooling").mkdir(parents=True)
    (minilm / "modules.json").write_text("[]", encoding="utf-8")
    (minilm / "model.safetensors").write_bytes(b"weights")
    llm = root / "models" / model_files.LLM_PACKAGE / model_files.LLM_FILE
    llm.parent.mkdir(parents=True)
    llm.write_bytes(b"GGUF")
    return minilm, llm


def test_frozen_bundle_finds_its_models_under_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    minilm, llm = _fake_bundle(tmp_path)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    embedding = model_files.bundled_embedding_model()
    assert embedding.path == minilm and embedding.found
    assert model_files.weight_files(embedding) == [minilm / "model.safetensors"]
    chat = model_files.bundled_llm()
    assert chat.path == llm and chat.found
    assert model_files.weight_files(chat) == [llm]


def test_frozen_lookup_falls_back_to_the_installed_packages(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # a bundle without models/
    for found in (model_files.bundled_embedding_model(), model_files.bundled_llm()):
        assert found.path is None or tmp_path not in found.path.parents


def test_source_runs_ignore_the_frozen_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert model_files._frozen_models_dir() is None
