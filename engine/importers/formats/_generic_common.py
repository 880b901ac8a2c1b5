"""Column guessing shared by the generic CSV and JSON parsers.

Column (or key) names are matched loosely ("Date Read", "date_read", "date-read" are the same)
against lists of usual names per field; the person can name the column for any field through the
importer's options ({"title": "Name", "creators": "Writer", "rating_scale": "10", "kind": "film"}).
``kind`` may also be a constant kind instead of a column name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from engine.errors import ImportFormatError
from engine.importers.formats._books_common import book_identifiers, fallback_key, rated
from engine.importers.normalize import (
    cap_text,
    clean,
    imdb_id,
    parse_date,
    parse_year,
    person_name,
    split_list,
)
from engine.importers.records import (
    ITEM_KINDS,
    Creator,
    ImportRecord,
    RecordEvent,
    Subject,
)

OPTION_KEYS = (
    "title", "creators", "year", "rating", "rating_scale", "kind", "subjects", "description",
    "url", "status", "date",
)
_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "name", "book title", "movie title", "film title", "book", "film", "movie",
              "work", "titre", "titel", "título"),
    "creators": ("author", "authors", "creator", "creators", "director", "directors", "writer",
                 "writers", "artist", "author(s)", "by", "author name", "auteur", "autor"),
    "year": ("year", "release year", "publication year", "original publication year",
             "year published", "pub year", "published", "release date", "date published"),
    "isbn": ("isbn", "isbn13", "isbn 13", "isbn10", "isbn 10", "ean"),
    "imdb": ("imdb", "imdb id", "imdbid", "const", "tconst", "imdb url"),
    "rating": ("rating", "my rating", "your rating", "user rating", "score", "stars", "note"),
    "kind": ("kind", "type", "media", "media type", "item type", "category"),
    "subjects": ("tags", "tag", "genres", "genre", "subjects", "subject", "categories",
                 "keywords", "labels"),
    "description": ("description", "summary", "synopsis", "plot", "overview", "abstract"),
    "url": ("url", "link", "href", "website", "uri"),
    "status": ("status", "shelf", "read status", "exclusive shelf", "state", "list"),
    "date": ("date read", "read date", "finished", "date finished", "finished at",
             "finish date", "date watched", "watched date", "watched on", "watched at",
             "completed", "date completed", "date"),
    "added": ("added", "date added", "created", "created at", "date created", "added at"),
    "id": ("id", "key", "uid", "item id"),
}
_ROLES = {"director": "director", "directors": "director", "artist": "creator",
          "creator": "creator", "creators": "creator"}
_STATUS = {
    "finished": ("read", "finished", "watched", "seen", "done", "completed", "complete", "yes",
                 "true", "already read", "already-read"),
    "wishlist": ("to-read", "to read", "want to read", "want-to-read", "wishlist", "watchlist",
                 "planned", "plan to read", "plan to watch", "to watch", "to-watch", "later",
                 "unread", "queue"),
    "started": ("reading", "currently-reading", "currently reading", "watching", "in progress",
                "in-progress", "started", "ongoing", "paused", "on hold", "on-hold"),
    "abandoned": ("dnf", "did-not-finish", "did not finish", "abandoned", "dropped", "stopped",
                  "gave up"),
}
_STATUS_OF = {value: status for status, values in _STATUS.items() for value in values}
_KINDS = {
    "book": ("book", "books", "novel", "ebook", "e-book", "audiobook", "comic", "manga",
             "graphic novel", "paperback", "hardcover"),
    "film": ("film", "films", "movie", "movies", "feature", "documentary", "short", "tv movie"),
    "series": ("series", "tv", "tv series", "tv show", "show", "miniseries", "tv mini series",
               "anime", "season"),
    "article": ("article", "articles", "post", "blog", "blog post", "paper", "bookmark", "link",
                "web page", "webpage", "journal article", "news"),
}
_KIND_OF = {value: kind for kind, values in _KINDS.items() for value in values}


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[_\-.]+", " ", name.strip().lower())).strip()


@dataclass(slots=True)
class ColumnMap:
    """Which column feeds which field; ``None`` when the file has none."""

    title: str
    title_fallbacks: list[str] = field(default_factory=list)  # tried when the title is empty
    creators: list[str] = field(default_factory=list)
    year: str | None = None
    isbn: str | None = None
    imdb: str | None = None
    rating: str | None = None
    kind: str | None = None
    kind_constant: str | None = None
    subjects: list[str] = field(default_factory=list)
    description: str | None = None
    url: str | None = None
    status: str | None = None
    date: str | None = None
    added: str | None = None
    id: str | None = None
    rating_scale: float | None = None


def _find(columns: dict[str, str], wanted: str) -> list[str]:
    return [columns[name] for name in _NAMES[wanted] if name in columns]


def guess_columns(fields: Iterable[str], options: Mapping[str, str], label: str) -> ColumnMap:
    """The column map for these column names, the person's options first."""
    present = list(dict.fromkeys(f for f in fields if f))
    columns: dict[str, str] = {}
    for name in present:
        columns.setdefault(_norm(name), name)
    chosen: dict[str, list[str]] = {key: _find(columns, key) for key in _NAMES}
    kind_constant = None
    for key in OPTION_KEYS:
        value = options.get(key)
        if not value or key == "rating_scale":
            continue
        if key == "kind" and value not in present and value.lower() in ITEM_KINDS:
            kind_constant, chosen["kind"] = value.lower(), []
        elif value in present:
            chosen[key] = [value]
        else:
            raise ImportFormatError(f"{label}: the column {value!r} chosen for {key} is not in the file")
    if not chosen["title"]:
        raise ImportFormatError(
            f"{label}: missing column 'title' — expected a CSV/JSON with a title or name column "
            "(or choose one with the option title=<column>)"
        )
    used = set(chosen["title"])
    single = {}
    for key in ("year", "isbn", "imdb", "rating", "kind", "description", "url", "status", "date",
                "added", "id"):
        options_left = [c for c in chosen[key] if c not in used]
        single[key] = options_left[0] if options_left else None
        if single[key]:
            used.add(str(single[key]))
    return ColumnMap(
        title=chosen["title"][0],
        title_fallbacks=chosen["title"][1:],
        creators=[c for c in chosen["creators"] if c not in used],
        subjects=chosen["subjects"][:2],
        kind_constant=kind_constant,
        rating_scale=_scale_option(options.get("rating_scale"), label),
        **single,
    )


def _scale_option(raw: str | None, label: str) -> float | None:
    if not raw:
        return None
    try:
        scale = float(raw)
    except ValueError:
        raise ImportFormatError(f"{label}: rating_scale {raw!r} is not a number") from None
    if scale <= 0:
        raise ImportFormatError(f"{label}: rating_scale must be above 0")
    return scale


def scale_for(max_rating: float) -> float:
    """The likely rating scale from the highest rating in the file."""
    for scale in (5.0, 10.0, 100.0):
        if max_rating <= scale:
            return scale
    return max_rating


def as_text(value: object) -> str | None:
    """A cell or JSON value as text; lists are joined with ", ", objects give their name."""
    if value is None or (isinstance(value, bool) and not value):
        return None
    if isinstance(value, dict):
        return as_text(value.get("name") or value.get("title") or value.get("value"))
    if isinstance(value, list):
        return ", ".join(t for item in value if (t := as_text(item))) or None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def as_list(value: object, separators: str = ",;|") -> list[str]:
    if isinstance(value, list):
        return [t for item in value if (t := as_text(item))]
    return split_list(as_text(value), separators)


_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")


def creator_names(value: object) -> list[str]:
    """Names from "A; B", "A & B", "Last, First", "A, B" (a lone "Last, First" is one person)."""
    if isinstance(value, list):
        return [name for item in value for name in creator_names(item)]
    text = as_text(value)
    if not text:
        return []
    names = []
    for part in re.split(r"\s*(?:;|\||\s&\s)\s*", text):
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) == 2 and (" " not in pieces[1] or any(_INITIAL.match(w) for w in pieces[1].split())):
            names.append(person_name(part) or part)
        else:
            names += pieces
    return list(dict.fromkeys(names))


def _kind(columns: ColumnMap, values: Mapping[str, object]) -> str:
    if columns.kind_constant:
        return columns.kind_constant
    if columns.kind:
        raw = (as_text(values.get(columns.kind)) or "").lower()
        if raw in ITEM_KINDS:
            return raw
        if raw in _KIND_OF:
            return _KIND_OF[raw]
    heads = " ".join(_norm(c) for c in columns.creators)
    if columns.isbn or "author" in heads or "writer" in heads:
        return "book"
    if columns.imdb or "director" in heads:
        return "film"
    if columns.url and not columns.creators:
        return "article"
    return "other"


def build_record(columns: ColumnMap, values: Mapping[str, object], line: int, prefix: str,
                 scale: float | None) -> ImportRecord:
    """One record from a row or object; ValueError for a row that cannot be read."""
    title = next(
        (text for c in (columns.title, *columns.title_fallbacks) if (text := as_text(values.get(c)))),
        None,
    )
    if not title:
        raise ValueError("the row has no title")
    creators = [Creator(name, _ROLES.get(_norm(column), "author"))
                for column in columns.creators for name in creator_names(values.get(column))]
    identifiers = _identifiers(columns, values)
    item_id = as_text(values.get(columns.id)) if columns.id else None
    first = creators[0].name if creators else None
    return ImportRecord(
        kind=_kind(columns, values),
        title=title,
        row=line,
        source_key=f"{prefix}:{item_id}" if item_id else fallback_key(prefix, title, first),
        year=parse_year(as_text(values.get(columns.year))) if columns.year else None,
        description=cap_text(as_text(values.get(columns.description)))
        if columns.description else None,
        identifiers=identifiers,
        creators=creators,
        subjects=_subjects(columns, values),
        events=_events(columns, values, scale),
        source_scale=scale,
    )


def _subjects(columns: ColumnMap, values: Mapping[str, object]) -> list[Subject]:
    subjects = [Subject(name, "genre" if _norm(column).startswith("genre") else "tag")
                for column in columns.subjects for name in as_list(values.get(column))]
    status = as_text(values.get(columns.status)) if columns.status else None
    if status and status.lower() not in _STATUS_OF:
        subjects.append(Subject(status, "shelf"))
    return subjects


def _identifiers(columns: ColumnMap, values: Mapping[str, object]) -> dict[str, str]:
    found = book_identifiers(as_text(values.get(columns.isbn))) if columns.isbn else {}
    imdb = imdb_id(as_text(values.get(columns.imdb))) if columns.imdb else None
    if imdb:
        found["imdb"] = imdb
    url = as_text(values.get(columns.url)) if columns.url else None
    if url and url.startswith(("http://", "https://")):
        found["url"] = url
    return found


def _events(columns: ColumnMap, values: Mapping[str, object], scale: float | None) -> list[RecordEvent]:
    when = parse_date(as_text(values.get(columns.date))) if columns.date else None
    added = parse_date(as_text(values.get(columns.added))) if columns.added else None
    raw_status = (as_text(values.get(columns.status)) or "").lower() if columns.status else ""
    status = _STATUS_OF.get(raw_status)
    if status is None and when:
        status = "finished"
    events = []
    if status == "finished":
        events.append(RecordEvent("finished", at=when))
    elif status == "wishlist":
        events.append(RecordEvent("wishlist", at=added))
    elif status is not None:
        events.append(RecordEvent(status, at=when))
    raw_rating = as_text(values.get(columns.rating)) if columns.rating else None
    if raw_rating and scale:
        rating = rated(raw_rating, scale, when or added)
        if rating:
            events.append(rating)
    return events


def max_rating(raw_values: Iterable[object]) -> float:
    """The highest numeric rating among the values (0 when none)."""
    best = 0.0
    for raw in raw_values:
        text = as_text(raw)
        try:
            value = float((text or "").replace(",", "."))
        except ValueError:
            continue
        if value == value and value != float("inf"):  # not NaN / inf
            best = max(best, value)
    return best
