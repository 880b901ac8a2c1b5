"""OPML feed-list parser: Zotero's test file, folders, XML hazards and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.opml import OpmlImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Abonnements</title></head>
  <body>
    <outline text="Actualités">
      <outline type="rss" text="Le Café" xmlUrl="HTTPS://Feeds.Example.FR/cafe.xml#x"
               description="Un blog"/>
      <outline type="rss" text="Sans adresse"/>
      <outline type="rss" text="Cassé" xmlUrl="pas une adresse"/>
    </outline>
    <outline type="rss" title="Top level" text="ignored" xmlUrl="https://top.example.org/feed"/>
  </body>
</opml>
"""
ENTITIES = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<opml><body><outline text="&b;" xmlUrl="https://x.org/feed"/></body></opml>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml><body><outline text="&secret;" xmlUrl="https://x.org/feed"/></body></opml>
"""


def run(path: Path) -> Split:
    return parse_split(OpmlImporter(), path)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "feeds.opml"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_zotero_feeds(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/opml/zotero-tests/feeds.opml")
    assert (len(records), len(errors), len(skipped)) == (4, 0, 0)
    assert [(r.title, r.row) for r in records] == [
        ("A title 1", 10), ("A title 2", 11), ("A title 3", 14), ("A title 4", 15)
    ]
    assert all(r.kind == "other" and r.events == [] for r in records)
    assert records[2].identifiers == {"url": "http://example.com/feed3.rss"}  # non-standard url=
    assert records[2].source_key == "http://example.com/feed3.rss"
    assert [(s.name, s.kind) for s in records[0].subjects] == [("Standard format", "collection")]


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = OpmlImporter()
    assert importer.detect(Source(shared_data / "exports/opml/zotero-tests/feeds.opml")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/zotero/zotero-tests/zotero_rdf.xml")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/pocket/wallabag/ril_export.html")) <= 0.2
    assert importer.detect(Source(write(tmp_path, "a plain text file\n"))) <= 0.2


def test_fields_and_bad_outlines(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, SAMPLE))
    cafe, top = records
    assert (cafe.title, cafe.row, cafe.description) == ("Le Café", 6, "Un blog")
    assert cafe.identifiers == {"url": "https://feeds.example.fr/cafe.xml"}
    assert [(s.name, s.kind) for s in cafe.subjects] == [("Actualités", "collection")]
    assert (top.title, top.subjects) == ("Top level", [])
    assert [(e.row, e.message) for e in errors] == [
        (8, "feed 'Sans adresse' has no xmlUrl"), (9, "'pas une adresse' is not a web address")
    ]


def test_entity_expansion_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="entit"):
        run(write(tmp_path, ENTITIES))
    with pytest.raises(ImportFormatError, match="refused"):
        run(write(tmp_path, EXTERNAL))


def test_truncated_xml(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="not well-formed"):
        run(write(tmp_path, SAMPLE[:300]))


def test_missing_body(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="<body>"):
        run(write(tmp_path, "<opml><head/></opml>"))
    with pytest.raises(ImportFormatError, match="<opml>"):
        run(write(tmp_path, "<rss><channel/></rss>"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = SAMPLE if encoding != "latin-1" else SAMPLE.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    records, errors, _ = run(write(tmp_path, text, encoding))
    assert records[0].title == "Le Café" and len(errors) == 2


def test_latin1_without_declaration(tmp_path: Path) -> None:
    text = SAMPLE.replace('<?xml version="1.0" encoding="UTF-8"?>\n', "")
    records, _, _ = run(write(tmp_path, text, "latin-1"))
    assert records[0].subjects[0].name == "Actualités"

