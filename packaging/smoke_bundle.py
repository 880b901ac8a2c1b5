"""The smoke test every installer gets in CI: ``--version`` and a healthy ``doctor --json`` from the
installed bundle, run with a clean environment (the full Linux proof is smoke_linux.sh).

    python packaging/smoke_bundle.py PATH/TO/shelfwise[.exe]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def clean_env(home: Path) -> dict[str, str]:
    keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "PATHEXT", "COMSPEC") if os.name == "nt" else ()
    env = {name: os.environ[name] for name in keep if name in os.environ}
    windows = os.environ.get("SYSTEMROOT", "C:\\Windows")
    system_path = windows + "\\System32" if os.name == "nt" else "/usr/bin:/bin"
    env.update(HOME=str(home), USERPROFILE=str(home), PATH=system_path)
    return env


def run(exe: Path, *args: str, env: dict[str, str]) -> tuple[str, float]:
    start = time.perf_counter()
    done = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=600, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        command = " ".join((exe.name, *args))
        raise SystemExit(f"{command} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout, seconds


def main() -> int:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    exe = Path(sys.argv[1]).resolve()
    version = next(line.split('"')[1] for line in (ROOT / "engine" / "__init__.py").read_text().splitlines()
                   if line.startswith("__version__"))
    with tempfile.TemporaryDirectory() as tmp:
        env = clean_env(Path(tmp))
        out, cold = run(exe, "--version", env=env)
        if out.strip() != f"shelfwise {version}":
            raise SystemExit(f"--version printed {out!r}")
        _, warm = run(exe, "--version", env=env)
        print(f"{out.strip()}: {cold:.2f} s cold, {warm:.2f} s second run")
        out, seconds = run(exe, "--home", str(Path(tmp) / "library"), "doctor", "--json", env=env)
        doctor = json.loads(out)
        if not doctor["healthy"]:
            raise SystemExit(f"doctor is not healthy: {doctor['checks']}")
        bundle = exe.parent.parent if exe.parent.name == "MacOS" else exe.parent  # Shelfwise.app/Contents
        for model in doctor["models"]:
            print(f"{model['role']}: {model['name']} at {model['path']}")
            if not model["found"] or not Path(model["path"]).resolve().is_relative_to(bundle):
                raise SystemExit(f"model not found inside the bundle: {model}")
        print(f"doctor --json healthy in {seconds:.2f} s: {doctor['checks']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
