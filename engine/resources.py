"""Locating ``resources/`` (sample library, default settings, translations, icons).

In a checkout it sits beside ``engine/``; an installed wheel puts it in
``<prefix>/share/shelfwise/resources``; a frozen bundle carries it next to the executable.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = []
    if env := os.environ.get("SHELFWISE_RESOURCES"):
        candidates.append(Path(env))
    if bundle := getattr(sys, "_MEIPASS", None):
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[1] / "resources")
    candidates.append(Path(sys.prefix) / "share" / "shelfwise" / "resources")
    for candidate in candidates:
        if (candidate / "default_settings.toml").is_file():
            return candidate
    raise FileNotFoundError("Shelfwise resources folder not found (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
