"""wallabag JSON parser (v1 and v2): the real exports with full article HTML, and bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.wallabag import WallabagImporter
from engine.importers.normalize import MAX_BODY_CHARS
from engine.importers.records import ImportRecord
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

REAL = "exports/wallabag/wallabag/"
ENTRIES = [
    {"id": 1, "title": "Économie du partage", "url": "https://example.fr/eco",
     "is_archived": 1, "archived_at": "2020-05-02T10:00:00+0200", "is_starred": 0,
     "created_at": "2020-05-01T10:00:00+0200", "language": "fr_FR", "tags": [{"label": "éco"}],
     "published_by": ["Anne Martin"], "published_at": "2019-12-01T00:00:00+0100",
     "content": "<p>Un <b>texte</b> court.</p><script>document.write('tracker')</script>"
                "<style>p { color: red }</style><noscript>Enable JS</noscript><p>Fin.</p>"},
    {"id": 2, "title": "Unread", "url": "https://example.fr/unread", "is_archived": False,
     "is_starred": True, "created_at": "2020-05-03T10:00:00+0200", "content": "", "tags": []},
]


def run(path: Path) -> Split:
    return parse_split(WallabagImporter(), path)


def write(tmp_path: Path, data: object, encoding: str = "utf-8") -> Path:
    path = tmp_path / "wallabag.json"
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=2).encode(encoding))
    return path


def events(records: list[ImportRecord]) -> Counter[str]:
    return Counter(e.type for r in records for e in r.events)


@pytest.mark.realdata
def test_real_v2_with_full_articles(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / REAL / "wallabag-v2.json")
    assert (len(records), len(errors), len(skipped)) == (6, 0, 0)
    assert events(records) == {"wishlist": 6, "liked": 2}
    assert [r.row for r in records] == [2, 21, 36, 51, 67, 84]
    echecs = records[3]
    assert echecs.title == "Échecs" and echecs.language == "fr"
    assert echecs.identifiers == {"url": "https://fr.wikipedia.org/wiki/Échecs"}
    assert echecs.word_count == 16693
    assert echecs.body_text is not None and len(echecs.body_text) == 98189
    assert echecs.body_text.startswith("Un article de Wikipédia, l'encyclopédie libre.")
    assert "<" not in echecs.body_text[:2000]
    assert records[5].body_text is not None and "\xad" not in records[5].body_text  # soft hyphens
    mediapart = records[0]
    assert [s.name for s in mediapart.subjects] == ["mediapart", "blog"]
    assert [e.type for e in mediapart.events] == ["wishlist", "liked"]
    assert mediapart.events[0].at == "2016-09-08T11:55:58+02:00"
    assert records[4].language == "fr"  # "fr-FR"


@pytest.mark.realdata
def test_real_v2_read(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / REAL / "wallabag-v2-read.json")
    assert (len(records), len(errors), len(skipped)) == (2, 0, 0)
    assert events(records) == {"finished": 1, "wishlist": 1}
    assert records[0].title.startswith("Wikimedia Foundation removes The Diary of Anne Frank")
    assert (records[0].word_count, records[0].language) == (881, "en")


@pytest.mark.realdata
def test_real_v1(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / REAL / "wallabag-v1.json")
    assert (len(records), len(errors), len(skipped)) == (2, 0, 0)
    assert events(records) == {"wishlist": 1, "finished": 1}
    framabag, repo = records
    assert framabag.title == "Framabag, un nouveau service libre et gratuit"
    assert [s.name for s in framabag.subjects] == ["Framabag"]
    assert framabag.word_count == 1498
    assert framabag.body_text is not None and framabag.body_text.startswith(
        "Une interview de Nicolas, son développeur."
    )
    assert (repo.row, repo.word_count) == (19, 87) and [e.type for e in repo.events] == ["finished"]


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = WallabagImporter()
    for name in ("wallabag-v1.json", "wallabag-v2.json", "wallabag-v2-read.json"):
        assert importer.detect(Source(shared_data / REAL / name)) >= 0.9
    assert importer.detect(Source(shared_data / "exports/omnivore/wallabag/omnivore.json")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/elcurator/wallabag/elcurator.json")) <= 0.2
    text = tmp_path / "notes.txt"
    text.write_text("is_archived is_starred\n")
    assert importer.detect(Source(text)) <= 0.2


def test_script_never_in_body_text(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, ENTRIES))
    assert not errors
    article = records[0]
    assert article.body_text == "Un texte court.\nFin."
    assert article.word_count == 4
    assert [(e.type, e.at) for e in article.events] == [("finished", "2020-05-02T10:00:00+02:00")]
    assert (article.language, article.year) == ("fr", 2019)
    assert [c.name for c in article.creators] == ["Anne Martin"]
    assert [s.name for s in article.subjects] == ["éco"]
    assert records[1].body_text is None and records[1].word_count is None


def test_long_body_is_capped(tmp_path: Path) -> None:
    entry = dict(ENTRIES[1], content="<p>" + "mot " * 100_000 + "</p>")
    records, _, _ = run(write(tmp_path, [entry]))
    assert records[0].word_count == 100_000
    assert records[0].body_text is not None and len(records[0].body_text) <= MAX_BODY_CHARS


def test_missing_key(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'url'"):
        run(write(tmp_path, [{"title": "X", "is_archived": 0}]))


def test_garbage_rows(tmp_path: Path) -> None:
    path = write(tmp_path, [ENTRIES[0], True, {"title": "Bad", "url": "http://"}, ENTRIES[1]])
    records, errors, _ = run(path)
    assert [r.title for r in records] == ["Économie du partage", "Unread"]
    lines = path.read_text(encoding="utf-8").splitlines()
    number = lines.index("  true,")
    assert [e.row for e in errors] == [number + 1, number + 2]


def test_truncated_json(tmp_path: Path) -> None:
    path = write(tmp_path, ENTRIES)
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    with pytest.raises(ImportFormatError, match="truncated"):
        run(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    entries = [dict(ENTRIES[0], content="<p>Café</p>", tags=["thé"])]
    records, errors, _ = run(write(tmp_path, entries, encoding))
    assert not errors and records[0].title == "Économie du partage"
    assert records[0].body_text == "Café" and records[0].subjects[0].name == "thé"

