"""Offline from the first line: model libraries are told never to reach a hub."""

from __future__ import annotations

import os

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "DO_NOT_TRACK": "1",
}


def enforce_offline() -> None:
    """Set the environment switches before anything from Hugging Face is imported."""
    for name, value in OFFLINE_ENV.items():
        os.environ[name] = value
