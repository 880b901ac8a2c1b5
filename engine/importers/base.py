"""The contract every source format implements, and the registry that finds them.

A format is a subclass of ``Importer`` in a module under ``engine/importers/formats/``; defining
the class registers it. ``detect`` looks at the content (not only the file name) and answers a
confidence between 0 and 1; ``parse`` streams records and row errors.
"""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from typing import ClassVar

from engine.importers.records import ParseResult
from engine.importers.source import Source

_REGISTRY: dict[str, type[Importer]] = {}
# Format modules that failed to import (module → error). A broken format must not take the
# others down; doctor reports these and a test keeps the list empty.
FORMAT_LOAD_ERRORS: dict[str, str] = {}


class Importer(ABC):
    """One source format."""

    name: ClassVar[str]  # stable id used by --format, e.g. "goodreads"
    label: ClassVar[str]  # shown to people, e.g. "Goodreads library export (CSV)"
    catalogue: ClassVar[bool] = False  # True: adds recommendable items, never events
    accepts_folders: ClassVar[bool] = False  # True: ``detect``/``parse`` take a folder source

    def __init__(self, options: Mapping[str, str] | None = None) -> None:
        # Format-specific options chosen by the person, e.g. a column mapping for generic CSV
        # ({"title": "Name", "creators": "Writer"}). Formats that take none ignore them.
        self.options: dict[str, str] = dict(options or {})

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        name = cls.__dict__.get("name")
        if isinstance(name, str):
            if name in _REGISTRY and _REGISTRY[name] is not cls:
                raise RuntimeError(f"two importers are named {name!r}")
            _REGISTRY[name] = cls

    @abstractmethod
    def detect(self, source: Source) -> float:
        """Confidence (0–1) that ``source`` is in this format, judged from its content."""

    @abstractmethod
    def parse(self, source: Source) -> Iterator[ParseResult]:
        """Records, row errors and skipped rows, streamed.

        Raises ImportFormatError when the file as a whole is unusable (binary, empty, missing
        required column, corrupt archive or database); nothing is imported then.
        """


def _load_formats() -> None:
    from engine.importers import formats

    for module in pkgutil.iter_modules(formats.__path__):
        if module.name.startswith("_"):
            continue
        try:
            importlib.import_module(f"{formats.__name__}.{module.name}")
        except Exception as exc:
            FORMAT_LOAD_ERRORS[module.name] = f"{type(exc).__name__}: {exc}"


def all_importers() -> dict[str, type[Importer]]:
    """Every registered format by name."""
    _load_formats()
    return dict(sorted(_REGISTRY.items()))


def get_importer(name: str, options: Mapping[str, str] | None = None) -> Importer:
    importers = all_importers()
    if name not in importers:
        from engine.errors import ImportFormatError

        known = ", ".join(importers)
        raise ImportFormatError(f"unknown format {name!r}; known formats: {known}")
    return importers[name](options)
