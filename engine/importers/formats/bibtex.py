"""BibTeX / BibLaTeX (.bib) from Zotero, Better BibTeX, JabRef, Google Scholar…

A small tolerant parser: ``@string`` macros, ``#`` concatenation, braced and quoted values,
nested braces, LaTeX accents. Each entry is parsed on its own, so one with unbalanced braces is
reported (with its line) and the following entries are still read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._articles_biblio import (
    add_creator,
    add_identifiers,
    fallback_key,
    keyword_subjects,
    page_count,
)
from engine.importers.formats._articles_latex import bibtex_names, latex_to_text
from engine.importers.languages import language_code
from engine.importers.normalize import parse_int, parse_year, split_list
from engine.importers.records import ImportRecord, ParseResult, RowError
from engine.importers.source import Source, looks_binary

LABEL = "BibTeX"
ENTRY_START = re.compile(r"^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*([{(])", re.MULTILINE)
FIELD_HINT = re.compile(r"^\s*[A-Za-z_-]+\s*=\s*[{\"0-9A-Za-z]", re.MULTILINE)
MONTHS = {
    name: str(number)
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
BOOK_TYPES = frozenset({"book", "mvbook"})
ROLES = {"author": "author", "editor": "editor", "translator": "translator"}


class BibSyntaxError(ValueError):
    """An entry that cannot be read (unbalanced braces, missing '=' ...)."""


class _Reader:
    """Reads the fields of one entry from its chunk of text."""

    def __init__(self, text: str, closer: str, macros: dict[str, str]) -> None:
        self.text = text
        self.pos = 0
        self.closer = closer
        self.macros = macros

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def peek(self) -> str:
        self.skip_space()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def name(self) -> str:
        self.skip_space()
        match = re.compile(r"[^\s=,{}()\"#]+").match(self.text, self.pos)
        if not match:
            raise BibSyntaxError(f"expected a field name near {self.text[self.pos:self.pos + 20]!r}")
        self.pos = match.end()
        return match.group(0)

    def key(self) -> str:
        match = re.compile(r"\s*([^,\s{}()]*)\s*,").match(self.text, self.pos)
        if not match:
            raise BibSyntaxError("expected a citation key followed by ','")
        self.pos = match.end()
        return match.group(1)

    def braced(self, field: str) -> str:
        depth, start = 0, self.pos
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "\\":
                self.pos += 2
                continue
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    self.pos += 1
                    return self.text[start + 1:self.pos - 1]
            self.pos += 1
        raise BibSyntaxError(f"unbalanced braces in field {field!r}")

    def quoted(self, field: str) -> str:
        depth, start = 0, self.pos + 1
        self.pos += 1
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "\\":
                self.pos += 2
                continue
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            elif char == '"' and depth <= 0:
                self.pos += 1
                return self.text[start:self.pos - 1]
            self.pos += 1
        raise BibSyntaxError(f"unterminated quoted value in field {field!r}")

    def value(self, field: str) -> str:
        parts: list[str] = []
        while True:
            char = self.peek()
            if char == "{":
                parts.append(self.braced(field))
            elif char == '"':
                parts.append(self.quoted(field))
            elif char and (char.isalnum() or char in "_-."):
                word = self.name()
                parts.append(word if word.isdigit() else self.macros.get(word.lower(), word))
            else:
                raise BibSyntaxError(f"field {field!r} has no value")
            if self.peek() != "#":
                return "".join(parts)
            self.pos += 1

    def fields(self) -> dict[str, str]:
        found: dict[str, str] = {}
        while True:
            char = self.peek()
            if char == self.closer:
                return found
            if not char:
                raise BibSyntaxError(f"the entry is not closed with {self.closer!r} (unbalanced braces?)")
            field = self.name().lower()
            if self.peek() != "=":
                raise BibSyntaxError(f"expected '=' after field {field!r}")
            self.pos += 1
            found[field] = self.value(field)
            char = self.peek()
            if char == ",":
                self.pos += 1
            elif not char:
                raise BibSyntaxError(
                    f"unbalanced braces: field {field!r} runs to the next entry without "
                    f"the entry's closing {self.closer!r}"
                )
            elif char != self.closer:
                raise BibSyntaxError(f"expected ',' or {self.closer!r} after field {field!r}")


class BibtexImporter(Importer):
    name = "bibtex"
    label = "BibTeX / BibLaTeX bibliography (.bib)"

    def detect(self, source: Source) -> float:
        text = source.sniff_text()
        if text is None:
            return 0.0
        entries = [m.group(1).lower() for m in ENTRY_START.finditer(text)]
        if not entries:
            return 0.0
        if FIELD_HINT.search(text):
            return 0.95
        return 0.6 if source.suffix == ".bib" else 0.3

    def parse(self, source: Source) -> Iterator[ParseResult]:
        if looks_binary(source.head()):
            raise ImportFormatError(f"{source.name}: this is a binary file, not a {LABEL} file")
        text = source.text()
        if not text.strip():
            raise ImportFormatError(f"{source.name}: the file is empty")
        starts = list(ENTRY_START.finditer(text))
        if not starts:
            raise ImportFormatError(
                f"{source.name}: no BibTeX entries (like '@article{{key, ...}}') found"
            )
        macros = dict(MONTHS)
        line, counted = 1, 0
        for index, match in enumerate(starts):
            line += text.count("\n", counted, match.start())
            counted = match.start()
            end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
            entry_type = match.group(1).lower()
            if entry_type in ("comment", "preamble"):
                continue
            closer = "}" if match.group(2) == "{" else ")"
            reader = _Reader(text[match.end():end], closer, macros)
            try:
                if entry_type == "string":
                    _read_macro(reader)
                    continue
                key = reader.key()
                fields = reader.fields()
            except BibSyntaxError as exc:
                yield RowError(line, f"@{entry_type} entry at line {line}: {exc}")
                continue
            yield _record(entry_type, key, fields, line)


def _read_macro(reader: _Reader) -> None:
    name = reader.name().lower()
    if reader.peek() != "=":
        raise BibSyntaxError(f"expected '=' in @string {name!r}")
    reader.pos += 1
    reader.macros[name] = reader.value(name)


def _text(fields: dict[str, str], *names: str) -> str | None:
    for name in names:
        if fields.get(name):
            value = latex_to_text(fields[name])
            if value:
                return value
    return None


def _record(entry_type: str, key: str, fields: dict[str, str], line: int) -> ParseResult:
    title = _text(fields, "title", "booktitle")
    if not title:
        return RowError(line, f"entry {key or '(no key)'!r} has no title")
    year = parse_year(_text(fields, "year", "date"))
    record = ImportRecord(
        kind="book" if entry_type in BOOK_TYPES else "article",
        title=title,
        row=line,
        year=year,
        description=_text(fields, "abstract"),
        language=language_code(_text(fields, "langid", "language")),
        pages=parse_int(_text(fields, "pagetotal")) or page_count(_text(fields, "pages")),
    )
    eprint_type = (_text(fields, "archiveprefix", "eprinttype") or "").lower()
    add_identifiers(
        record.identifiers,
        doi_raw=_text(fields, "doi"),
        isbn_raw=_text(fields, "isbn"),
        url_raw=_text(fields, "url"),
        arxiv_raw=_text(fields, "eprint") if eprint_type == "arxiv" else None,
    )
    for field, role in ROLES.items():
        for name in bibtex_names(fields.get(field, "")):
            add_creator(record.creators, name, role)
    keywords = split_list(_text(fields, "keywords"), ",;")
    record.subjects, record.events = keyword_subjects(keywords)
    record.source_key = key or fallback_key(record.identifiers, title, year)
    return record
