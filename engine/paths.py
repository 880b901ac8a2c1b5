"""Where a library lives: ``--home`` > ``SHELFWISE_HOME`` > the platform's user data folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

from engine.errors import DataDirError

APP_NAME = "Shelfwise"
DATABASE_NAME = "library.sqlite"


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use (not created)."""
    if home:
        return Path(home).expanduser().resolve()
    env = os.environ.get("SHELFWISE_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_writable_home(home: Path) -> Path:
    """Create the data directory if needed and prove it is writable, or raise DataDirError."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=home, prefix=".write-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataDirError(f"cannot write to the data directory {home}: {reason}") from exc
    return home
