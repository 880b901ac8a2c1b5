"""A folder of documents (or one document): Markdown, plain text, HTML, PDF and EPUB.

Every document becomes a work with its text in ``body_text`` (cut at ~200k characters) and
its word count: EPUBs are books, the rest articles. Markdown front matter (title, author(s),
date, tags), HTML <title>/<meta>, PDF metadata and EPUB Dublin Core give the metadata. A file
that cannot be read is reported (by name) and the others are still imported. The person's
own documents carry no events: nothing says whether they were read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._articles_common import tag_subjects, word_count
from engine.importers.formats._articles_documents import (
    Document,
    DocumentError,
    read_epub,
    read_html_document,
    read_markdown,
    read_pdf,
    read_txt,
)
from engine.importers.normalize import MAX_BODY_CHARS, cap_text
from engine.importers.records import Creator, ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source, looks_binary

Reader = Callable[[Source], Document]
READERS: dict[str, Reader] = {
    ".md": read_markdown, ".markdown": read_markdown, ".txt": read_txt, ".text": read_txt,
    ".html": read_html_document, ".htm": read_html_document, ".xhtml": read_html_document,
    ".pdf": read_pdf, ".epub": read_epub,
}
MAX_FILES = 20_000
# Files that say the folder is something else (a calibre library, an app's data folder...).
OTHER_FOLDER_MARKERS = ("metadata.db", "Bookmarks", "places.sqlite")


class DocumentsImporter(Importer):
    name = "documents"
    label = "Documents folder (Markdown, text, HTML, PDF, EPUB)"
    accepts_folders = True

    def detect(self, source: Source) -> float:
        if source.is_dir:
            return _detect_folder(source.path)
        head = source.head()
        if head.startswith(b"%PDF-"):
            return 0.9
        if head.startswith(b"PK\x03\x04") and b"application/epub+zip" in head[:200]:
            return 0.9
        if not head or looks_binary(head):
            return 0.0
        if source.suffix in (".md", ".markdown"):
            return 0.6
        if source.suffix in (".html", ".htm", ".xhtml"):
            text = source.head_text().lower()
            other = "netscape-bookmark-file" in text or "<title>pocket export</title>" in text
            return 0.05 if other else 0.4
        return 0.3 if source.suffix in (".txt", ".text") else 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        if not source.is_dir:
            yield _single(source)
            return
        files = list(_files(source.path))
        if not files:
            raise ImportFormatError(f"{source.name}: the folder holds no files")
        if not any(_reader(path.name) for path in files):
            kinds = ", ".join(sorted(READERS))
            raise ImportFormatError(f"{source.name}: no documents in this folder (reads {kinds})")
        for path in files:
            relative = path.relative_to(source.path).as_posix()
            if _reader(path.name) is None:
                yield SkippedRow(None, f"{relative}: not a document type Shelfwise reads")
                continue
            try:
                yield _record(Source(path), relative)
            except DocumentError as exc:
                yield RowError(None, f"{relative}: {exc}")


def _reader(name: str) -> Reader | None:
    return READERS.get(os.path.splitext(name)[1].lower())


def _files(root: Path) -> Iterator[Path]:
    count = 0
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            count += 1
            if count > MAX_FILES:
                raise ImportFormatError(f"{root.name}: more than {MAX_FILES} files in the folder")
            yield Path(folder) / name


def _detect_folder(root: Path) -> float:
    if any((root / marker).exists() for marker in OTHER_FOLDER_MARKERS):
        return 0.2
    names = []
    for _folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        names += [name for name in files if not name.startswith(".")]
        if len(names) >= 500:
            break
    if not names:
        return 0.0
    documents = sum(1 for name in names if _reader(name))
    if documents == 0:
        return 0.0
    return 0.9 if documents * 2 >= len(names) else 0.5


def _single(source: Source) -> ParseResult:
    """One document given directly: an unreadable one makes the whole import fail."""
    head = source.head()
    if not head:
        raise ImportFormatError(f"{source.name}: the file is empty")
    reader = _reader(source.name)
    if head.startswith(b"%PDF-"):
        reader = read_pdf
    elif head.startswith(b"PK\x03\x04") and b"application/epub+zip" in head[:200]:
        reader = read_epub
    if reader is None:
        raise ImportFormatError(
            f"{source.name}: not a document Shelfwise reads (Markdown, text, HTML, PDF, EPUB)"
        )
    try:
        return _record(source, source.name, reader)
    except DocumentError as exc:
        raise ImportFormatError(f"{source.name}: {exc}") from None


def _record(source: Source, relative: str, reader: Reader | None = None) -> ImportRecord:
    read = reader or _reader(relative)
    if read is None:
        raise DocumentError("not a document type Shelfwise reads")
    document = read(source)
    text = re.sub(r"[ \t]+", " ", document.text).strip()
    return ImportRecord(
        kind=document.kind,
        title=document.title,
        source_key=relative,
        year=document.year,
        description=document.description,
        language=document.language,
        pages=document.pages,
        body_text=cap_text(text, MAX_BODY_CHARS),
        word_count=word_count(text),
        identifiers=dict(document.identifiers),
        creators=[Creator(name) for name in document.creators],
        subjects=tag_subjects(document.tags),
    )
