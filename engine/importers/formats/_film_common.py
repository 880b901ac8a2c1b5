"""Helpers shared by the film and TV formats: genre names, stable keys, sibling files, headers."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from pathlib import PurePosixPath

from engine.errors import ImportFormatError
from engine.importers.records import Subject
from engine.importers.source import Source, decode_bytes, looks_binary

# Localized genre names (IMDb it/fr/de/es/pt, MovieLens, Trakt slugs) → one English vocabulary.
# Keys are folded with ``fold`` (lowercase, no accents, hyphens as spaces).
_GENRES: dict[str, tuple[str, ...]] = {
    "action": ("action", "azione", "accion", "acao"),
    "adult": ("adult", "per adulti", "adulte", "erwachsene", "erotik", "adultos", "adulto"),
    "adventure": ("adventure", "avventura", "aventure", "abenteuer", "aventura"),
    "animation": ("animation", "animazione", "animacion", "animacao", "anime"),
    "biography": ("biography", "biografico", "biographie", "biografie", "biografia"),
    "comedy": ("comedy", "commedia", "comedie", "komodie", "comedia"),
    "crime": ("crime", "poliziesco", "policier", "krimi", "crimen", "policiaco", "policial"),
    "documentary": (
        "documentary", "documentario", "documentaire", "dokumentarfilm", "dokumentation",
        "dokumentarisch", "documental",
    ),
    "drama": ("drama", "drammatico", "drame", "dramma"),
    "family": ("family", "per famiglie", "famille", "familie", "familia", "familiar",
               "children", "children's", "kids"),
    "fantasy": ("fantasy", "fantastico", "fantastique", "fantasia"),
    "film noir": ("film noir", "noir", "cine negro", "filme noir"),
    "game show": ("game show", "quiz", "jeu televise", "spielshow", "concurso"),
    "history": ("history", "storico", "histoire", "historique", "historie", "geschichte",
                "historia"),
    "horror": ("horror", "horreur", "epouvante", "terror"),
    "music": ("music", "musica", "musique", "musik"),
    "musical": ("musical", "comedie musicale", "musicale"),
    "mystery": ("mystery", "giallo", "mystere", "misterio", "misterioso"),
    "news": ("news", "notiziario", "actualites", "informations", "nachrichten", "noticias"),
    "reality tv": ("reality tv", "reality", "telerealite", "reality show"),
    "romance": ("romance", "sentimentale", "romantico", "liebesfilm", "romantik", "romanze",
                "romantique", "romantica"),
    "science fiction": ("science fiction", "sci fi", "fantascienza", "ciencia ficcion",
                        "ficcao cientifica", "science fiction film"),
    "short": ("short", "cortometraggio", "court metrage", "kurzfilm", "cortometraje",
              "curta metragem"),
    "sport": ("sport", "sports", "sportivo", "deporte", "deportes", "esporte", "desporto"),
    "talk show": ("talk show", "programa de entrevistas", "entrevistas"),
    "thriller": ("thriller", "suspense", "suspenso"),
    "war": ("war", "guerra", "guerre", "krieg", "kriegsfilm", "belica", "belico"),
    "western": ("western", "faroeste"),
}


def fold(text: str) -> str:
    """Lowercase, accents removed, hyphens/underscores as spaces: "Sci-Fi" → "sci fi"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s_-]+", " ", plain).strip()


_GENRE_LOOKUP: dict[str, str] = {
    fold(alias): canonical for canonical, aliases in _GENRES.items() for alias in aliases
}


def genre_name(raw: str) -> str | None:
    """A genre in any supported language ("Fantascienza", "Sci-Fi") → "science fiction"."""
    text = raw.strip()
    if not text or text.casefold() in {"(no genres listed)", "unknown", "n/a"}:
        return None
    return _GENRE_LOOKUP.get(fold(text), text.casefold())


def genre_subjects(names: list[str]) -> list[Subject]:
    """Subjects of kind genre, translated and de-duplicated, order kept."""
    seen: dict[str, None] = {}
    for raw in names:
        name = genre_name(raw)
        if name:
            seen.setdefault(name, None)
    return [Subject(name, "genre") for name in seen]


def title_key(title: str, year: int | None) -> str:
    """A stable slug for a title and year: ("Filipiñana", 2026) → "filipiñana:2026"."""
    slug = re.sub(r"[\W_]+", "-", title.casefold()).strip("-") or "untitled"
    return f"{slug}:{year}" if year else slug


def source_path_parts(source: Source) -> tuple[str, ...]:
    """Lower-cased path parts: a member's path inside its archive, or a file's folder and name."""
    if source.member is not None:
        return tuple(part.lower() for part in PurePosixPath(source.member).parts)
    return tuple(part.lower() for part in source.path.parts[-2:])


def sibling(source: Source, name: str) -> Source | None:
    """The file ``name`` in the same folder as ``source`` (on disk or in the same ZIP)."""
    if source.member is None:
        path = source.path.parent / name
        return Source(path) if path.is_file() else None
    parent = PurePosixPath(source.member).parent
    member = name if str(parent) == "." else f"{parent}/{name}"
    try:
        with zipfile.ZipFile(source.path) as archive:
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile):
        return None
    return Source(source.path, member) if member in names else None


def first_line_fields(source: Source) -> list[str]:
    """The header fields of a CSV source (for ``detect``); empty when unreadable or binary."""
    if source.is_dir:
        return []
    try:
        head = source.head()
    except (OSError, ImportFormatError, zipfile.BadZipFile, KeyError):
        return []
    if not head or looks_binary(head):
        return []
    text = decode_bytes(head)[0]
    line = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    try:
        return [field.strip() for field in next(csv.reader(io.StringIO(line)))]
    except (csv.Error, StopIteration):
        return []
