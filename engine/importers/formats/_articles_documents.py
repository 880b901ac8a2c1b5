"""Readers for single documents: Markdown, plain text, HTML, PDF (pypdf) and EPUB (ebooklib).

Each returns a ``Document`` (metadata and full text); a file that cannot be read raises
``DocumentError`` with a short reason.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from engine.importers.formats._articles_biblio import doi, isbn_identifiers
from engine.importers.formats._articles_common import normalize_url
from engine.importers.html_text import read_html
from engine.importers.languages import language_code
from engine.importers.normalize import MAX_BODY_CHARS, clean, parse_year, split_list
from engine.importers.source import Source, looks_binary

MAX_PDF_PAGES = 300
MAX_EPUB_BYTES = 256 * 1024 * 1024


class DocumentError(ValueError):
    """A document that cannot be read (corrupt, encrypted, binary where text was expected)."""


@dataclass
class Document:
    title: str
    kind: str = "article"
    creators: list[str] = field(default_factory=list)
    year: int | None = None
    language: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    text: str = ""
    pages: int | None = None
    identifiers: dict[str, str] = field(default_factory=dict)


def stem_title(source: Source) -> str:
    stem = PurePosixPath(source.member or source.path.name).stem
    return " ".join(stem.replace("_", " ").split()) or stem


def _plain_text(source: Source) -> str:
    if looks_binary(source.head()):
        raise DocumentError("binary content in a text document")
    return source.text()


# --------------------------------------------------------------------------- text and Markdown


def read_txt(source: Source) -> Document:
    text = _plain_text(source).strip()
    if not text:
        raise DocumentError("the file is empty")
    lines = [line.strip() for line in text.splitlines()]
    first = next(line for line in lines if line)
    rest = text[text.find(first) + len(first):].strip()
    title = first if len(first) <= 150 and rest else stem_title(source)
    return Document(title=title, text=text)


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The simple YAML subset of a front matter block (scalars, [a, b] and "- a" lists)."""
    match = re.match(r"\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", text, re.S)
    if not match:
        return {}, text
    values: dict[str, Any] = {}
    key: str | None = None
    for line in match.group(1).splitlines():
        item = re.match(r"\s+-\s*(.*)$", line)
        if item and key is not None:
            current = values.get(key)
            values[key] = [*(current if isinstance(current, list) else []), _scalar(item.group(1))]
            continue
        pair = re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if not pair:
            continue
        key, raw = pair.group(1).lower(), pair.group(2).strip()
        if raw.startswith("[") and raw.endswith("]"):
            values[key] = [_scalar(part) for part in raw[1:-1].split(",") if part.strip()]
        else:
            values[key] = _scalar(raw) if raw else []
    return values, text[match.end():]


def _scalar(raw: str) -> str:
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value.strip()


def _as_list(value: object, separators: str = ",;") -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value if str(item).strip()]
    return split_list(str(value), separators) if value else []


def _markdown_text(body: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", body)
    text = re.sub(r"(?m)^```.*$", "", text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(?m)^\s{0,3}#{1,6}\s*", "", text)
    text = re.sub(r"(?m)^\s{0,3}>\s?", "", text)
    text = re.sub(r"(\*{1,3}|_{2,3})(\S(?:.*?\S)?)\1", r"\2", text)
    text = re.sub(r"<[^>\n]+>", "", text)
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()


def read_markdown(source: Source) -> Document:
    meta, body = _front_matter(_plain_text(source))
    heading = re.search(r"(?m)^\s{0,3}#\s+(.+?)\s*#*\s*$", body)
    title = clean(meta.get("title")) or (clean(heading.group(1)) if heading else None)
    text = _markdown_text(body)
    if not title and not text:
        raise DocumentError("the file is empty")
    creators = _as_list(meta.get("authors") or meta.get("author") or meta.get("creator"))
    return Document(
        title=title or stem_title(source),
        creators=creators,
        year=parse_year(meta.get("date") or meta.get("year") or meta.get("published")),
        language=language_code(meta.get("lang") or meta.get("language")),
        description=clean(meta.get("description") or meta.get("summary")),
        tags=_as_list(meta.get("tags") or meta.get("keywords") or meta.get("categories")),
        text=text,
    )


# --------------------------------------------------------------------------- HTML


def read_html_document(source: Source) -> Document:
    page = read_html(_plain_text(source))
    meta = page.meta
    title = page.title or clean(meta.get("og:title") or meta.get("citation_title"))
    text = page.text
    if not title and not text:
        raise DocumentError("the page has no title and no text")
    identifiers: dict[str, str] = {}
    found_doi = doi(meta.get("citation_doi") or meta.get("dc.identifier"))
    if found_doi:
        identifiers["doi"] = found_doi
    url = normalize_url(meta.get("og:url"))
    if url:
        identifiers["url"] = url
    authors = meta.get("author") or meta.get("citation_author") or meta.get("dc.creator")
    date = meta.get("date") or meta.get("article:published_time") or meta.get("dc.date")
    return Document(
        title=title or stem_title(source),
        creators=split_list(authors, ";") if authors else [],
        year=parse_year(date or meta.get("citation_publication_date")),
        language=language_code(page.lang or meta.get("language") or meta.get("og:locale")),
        description=clean(meta.get("description") or meta.get("og:description")),
        tags=split_list(meta.get("keywords"), ",;"),
        text=text,
        identifiers=identifiers,
    )


# --------------------------------------------------------------------------- PDF


def read_pdf(source: Source) -> Document:
    from pypdf import PdfReader

    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # pypdf logs a warning for every oddity of a broken file
    try:
        reader = PdfReader(io.BytesIO(source.read_bytes()))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("the PDF is encrypted")
        meta = reader.metadata
        info = {
            "title": meta.title, "author": meta.author, "subject": meta.subject,
            "keywords": meta.keywords, "date": meta.creation_date_raw,
        } if meta is not None else {}
        parts: list[str] = []
        size = 0
        for page in reader.pages[:MAX_PDF_PAGES]:
            chunk = page.extract_text() or ""
            parts.append(chunk)
            size += len(chunk)
            if size > MAX_BODY_CHARS:
                break
        page_count = len(reader.pages)
        root = reader.trailer.get("/Root")
        lang = root.get_object().get("/Lang") if root is not None else None
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many types for broken files
        raise DocumentError(f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    finally:
        quiet.setLevel(level)
    author = clean(info.get("author"))
    date = re.match(r"(?:D:)?(\d{4})", str(info.get("date") or ""))
    return Document(
        title=clean(info.get("title")) or stem_title(source),
        creators=split_list(author, ";&") if author else [],
        year=parse_year(date.group(1)) if date else None,
        language=language_code(str(lang)) if lang else None,
        description=clean(info.get("subject")),
        tags=split_list(clean(info.get("keywords")), ",;"),
        text="\n".join(part.strip() for part in parts if part.strip()),
        pages=page_count,
    )


# --------------------------------------------------------------------------- EPUB


def _check_epub(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise DocumentError(f"not a readable EPUB ({exc})") from exc
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if total > MAX_EPUB_BYTES or total / packed > 200:
        raise DocumentError("refused: the EPUB unpacks to too much data (zip bomb?)")


def _dc(book: Any, name: str) -> list[str]:
    values = []
    for value, _attrs in book.get_metadata("DC", name):
        text = clean(value)
        if text:
            values.append(text)
    return values


def read_epub(source: Source) -> Document:
    import ebooklib
    from ebooklib import epub

    data = source.read_bytes()
    _check_epub(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
        parts: list[str] = []
        size = 0
        for idref, _linear in book.spine:
            item = book.get_item_with_id(idref)
            if item is None or item.get_type() != ebooklib.ITEM_DOCUMENT:
                continue
            chunk = read_html(item.get_content().decode("utf-8", errors="replace")).text
            parts.append(chunk)
            size += len(chunk)
            if size > MAX_BODY_CHARS:
                break
    except Exception as exc:  # ebooklib raises many types for broken files
        raise DocumentError(f"not a readable EPUB ({type(exc).__name__}: {exc})") from exc
    identifiers: dict[str, str] = {}
    for value in _dc(book, "identifier"):
        identifiers.update(isbn_identifiers(value) if "isbn" in value.lower() else {})
    titles = _dc(book, "title")
    return Document(
        title=titles[0] if titles else stem_title(source),
        kind="book",
        creators=_dc(book, "creator"),
        year=parse_year(next(iter(_dc(book, "date")), None)),
        language=language_code(next(iter(_dc(book, "language")), None)),
        description=read_html(next(iter(_dc(book, "description")), "")).text or None,
        tags=_dc(book, "subject"),
        text="\n".join(part for part in parts if part),
        identifiers=identifiers,
    )
