"""Helpers shared by the format tests."""

from __future__ import annotations

from pathlib import Path

from engine.importers.base import Importer
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source

Split = tuple[list[ImportRecord], list[RowError], list[SkippedRow]]


def records_only(results: list[ParseResult]) -> list[ImportRecord]:
    return [r for r in results if isinstance(r, ImportRecord)]


def parse_split(importer: Importer, path: Path) -> Split:
    """Parse a file and sort the results into records, row errors and skipped rows."""
    results = list(importer.parse(Source(path)))
    return (
        records_only(results),
        [r for r in results if isinstance(r, RowError)],
        [r for r in results if isinstance(r, SkippedRow)],
    )
