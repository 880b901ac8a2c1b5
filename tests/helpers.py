"""Running the real ``shelfwise`` command in a subprocess, as a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def run_cli(*args: str, home: Path, check_json: bool = True) -> tuple[int, Any, str]:
    """(exit code, parsed --json stdout or raw stdout, stderr)."""
    env = {**os.environ, "SHELFWISE_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-m", "engine.cli", *args], capture_output=True, text=True,
        cwd=REPO, env=env, timeout=300,
    )
    out: Any = proc.stdout
    if check_json and "--json" in args and proc.stdout.strip():
        out = json.loads(proc.stdout)
    return proc.returncode, out, proc.stderr
