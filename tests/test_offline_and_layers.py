from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NetworkAccessError
from tests.helpers import REPO


def test_outbound_connection_fails_the_test() -> None:
    with pytest.raises(NetworkAccessError):
        socket.create_connection(("198.51.100.7", 443), timeout=1)
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("huggingface.co", 443)


def test_loopback_is_allowed() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=1)
    client.close()
    server.close()


def _fresh_python(code: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env,
        check=True, timeout=120,
    ).stdout


def test_engine_imports_no_qt_and_no_torch_and_goes_offline() -> None:
    out = _fresh_python(
        "import sys, os, engine, engine.cli, engine.importers.base as b\n"
        "b.all_importers()\n"
        "mods = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'torch', 'sentence_transformers', 'llama_cpp')]\n"
        "print(mods, os.environ.get('HF_HUB_OFFLINE'), os.environ.get('TRANSFORMERS_OFFLINE'))"
    )
    assert out.strip() == "[] 1 1"


def test_every_format_module_loads() -> None:
    from engine.importers.base import FORMAT_LOAD_ERRORS, all_importers

    importers = all_importers()
    assert FORMAT_LOAD_ERRORS == {}
    assert "shelfwise" in importers


def test_listing_graph_queries_and_doctor_never_load_torch(tmp_path: Path) -> None:
    from engine import open_library
    from tests.fakes import HashingEncoder

    with open_library(tmp_path / "home") as lib:
        lib.load_sample()
        lib.knowledge.use_encoder(HashingEncoder())
        lib.index()
    out = _fresh_python(
        "import sys, engine, engine.cli\n"
        f"lib = engine.open_library({str(tmp_path / 'home')!r})\n"
        "lib.items(); lib.items(kind='book'); lib.states(); lib.doctor(fingerprint=False)\n"
        "lib.knowledge.related(lib.store.items.ids()[0]); lib.knowledge.neighbourhood(1)\n"
        "engine.cli.build_parser().format_help()\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('torch', 'sentence_transformers')])"
    )
    assert out.strip() == "[]"
