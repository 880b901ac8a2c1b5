"""elCurator JSON parser: the real export and bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.elcurator import ElcuratorImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

LINKS = [
    {"created_at": "2020-01-02 03:04:05 UTC", "title": "Générateurs en Python",
     "url": "https://example.com/gen", "description": "Intro", "tags": ["python"], "is_saved": False},
    {"created_at": "2020-01-03 03:04:05 UTC", "title": "Saved", "url": "https://example.com/s",
     "description": None, "tags": [], "is_saved": True},
]


def run(path: Path) -> Split:
    return parse_split(ElcuratorImporter(), path)


def write(tmp_path: Path, data: object, encoding: str = "utf-8") -> Path:
    path = tmp_path / "elcurator.json"
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=2).encode(encoding))
    return path


@pytest.mark.realdata
def test_real_export(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/elcurator/wallabag/elcurator.json")
    assert (len(records), len(errors), len(skipped)) == (1, 0, 0)
    only = records[0]
    assert Counter(e.type for e in only.events) == {"wishlist": 1, "liked": 1}
    assert only.title == (
        "Qualité de code - Intégration de php-git-hooks dans Symfony2 - Experts Symfony et Drupal - Lexik"
    )
    assert only.row == 2 and only.description is None
    assert [s.name for s in only.subjects] == ["tag1", "tag2"]
    assert only.events[0].at == "2015-09-09T11:10:32+00:00"


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = ElcuratorImporter()
    assert importer.detect(Source(shared_data / "exports/elcurator/wallabag/elcurator.json")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/wallabag/wallabag/wallabag-v2.json")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/netflix/yamtrack/import_netflix.csv")) <= 0.2
    text = tmp_path / "notes.txt"
    text.write_text("is_saved\n")
    assert importer.detect(Source(text)) <= 0.2


def test_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, LINKS))
    assert not errors
    first, saved = records
    assert first.title == "Générateurs en Python" and first.description == "Intro"
    assert [(e.type, e.at) for e in first.events] == [("wishlist", "2020-01-02T03:04:05+00:00")]
    assert [e.type for e in saved.events] == ["wishlist", "liked"]


def test_missing_key(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'url'"):
        run(write(tmp_path, [{"link": "https://x.org", "title": "X", "is_saved": True}]))


def test_garbage_rows(tmp_path: Path) -> None:
    path = write(tmp_path, [LINKS[0], None, {"title": "Bad", "url": "mailto:me@x.org"}, LINKS[1]])
    records, errors, skipped = run(path)
    assert [r.title for r in records] == ["Générateurs en Python", "Saved"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [e.row for e in errors] == [lines.index("  null,") + 1]
    assert [s.row for s in skipped] == [lines.index("  null,") + 2]  # a mailto: link


def test_truncated_json(tmp_path: Path) -> None:
    path = write(tmp_path, LINKS)
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(ImportFormatError, match="truncated"):
        run(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, LINKS, encoding))
    assert not errors and records[0].title == "Générateurs en Python"

