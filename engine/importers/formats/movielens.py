"""MovieLens catalogues (films to recommend, no events): ml-latest ``movies.csv`` and ml-100k
``u.item``.

``movies.csv`` (``movieId,title,genres``): titles carry the year ("Toy Story (1995)"), leading
articles moved to the end ("Matrix, The (1999)" → "The Matrix") and alternate titles in
parentheses ("City of Lost Children, The (Cité des enfants perdus, La) (1995)" → title "The City
of Lost Children", alt title "La Cité des enfants perdus"; "a.k.a." is dropped). Genres are
``|``-separated, "(no genres listed)" means none. Beside it, ``links.csv`` gives the IMDb id
("tt" + zero-padded imdbId) and TMDb id, and ``tags.csv`` the users' tags, attached as subjects
of kind tag (lowercased, de-duplicated per movie). ``identifiers["movielens"]`` is the movieId.

``u.item`` (ml-100k; Latin-1, ``|``-separated: id, title, release date, video release date,
IMDb URL, 19 genre flags) takes genre names from ``u.genre`` beside it, or the fixed list.
ml-100k movie ids are NOT ml-latest movieIds (GoldenEye is 2 there and 10 in ml-latest), so they
are only used in ``source_key`` ("ml-100k:2"), never as the "movielens" identifier. Its IMDb
URLs are title searches, not ids, and are not kept. The "unknown" placeholder movie is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._film_common import first_line_fields, genre_subjects, sibling
from engine.importers.normalize import clean, csv_rows, imdb_id, parse_int, parse_year
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow, Subject
from engine.importers.source import Source, looks_binary

FORMAT_LABEL = "MovieLens movies.csv (movieId,title,genres)"
ML100K_GENRES = (
    "unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime", "Documentary",
    "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi",
    "Thriller", "War", "Western",
)
_UITEM_LINE = re.compile(r"^\d+\|[^|\n]*\|[^|\n]*\|[^|\n]*\|[^|\n]*(?:\|[01]){19}\s*$")
_YEAR = re.compile(r"\s*\((\d{4})(?:\s*[-–]\s*(?:\d{4})?)?\)\s*$")
_AKA = re.compile(r"^(?:a\.k\.a\.|aka)\s+", re.I)
_ARTICLE = re.compile(
    r"^(?P<body>.+), (?P<article>The|A|An|Les|Le|La|L'|Il|Lo|I|Gli|Der|Die|Das|El|Los|Las|Un|"
    r"Una|Une|Des|O|Os|As|Het|De|Den|Det|En|Ett|Ein|Eine)$"
)


def front_article(title: str) -> str:
    """ "Matrix, The" → "The Matrix"; "Avventura, L'" → "L'Avventura"."""
    match = _ARTICLE.match(title)
    if not match:
        return title
    article = match.group("article")
    separator = "" if article.endswith("'") else " "
    return f"{article}{separator}{match.group('body')}"


def split_title(raw: str) -> tuple[str, list[str], int | None]:
    """(title, alternate titles, year) from a MovieLens title."""
    text = raw.strip()
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    if year_match and year_match.start() > 0:
        text = text[: year_match.start()].rstrip()
    alts: list[str] = []
    while text.endswith(")"):
        start = _opening_paren(text)
        if start <= 0 or text[start - 1] != " ":
            break
        alt = _AKA.sub("", text[start + 1 : -1].strip())
        text = text[:start].rstrip()
        if alt:
            alts.insert(0, front_article(alt))
    return front_article(text), alts, year


def _opening_paren(text: str) -> int:
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] == ")":
            depth += 1
        elif text[index] == "(":
            depth -= 1
            if depth == 0:
                return index
    return -1


class MovieLensImporter(Importer):
    name = "movielens"
    label = "MovieLens catalogue (movies.csv with links/tags, or ml-100k u.item)"
    catalogue = True

    def detect(self, source: Source) -> float:
        header = first_line_fields(source)
        if header[:3] == ["movieId", "title", "genres"]:
            return 0.95
        if header and _looks_uitem(source):
            return 0.95
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        if first_line_fields(source)[:1] != ["movieId"] and _looks_uitem(source):
            yield from _parse_uitem(source)
            return
        rows = csv_rows(source, required=["movieId", "title", "genres"], format_label=FORMAT_LABEL)
        first = next(rows, None)  # checks the file before reading its neighbours
        if first is None:
            return
        links, link_problem = _links(source)
        tags, tag_problem = _tags(source)
        yield from (problem for problem in (link_problem, tag_problem) if problem)
        yield _movie(*first, links, tags)
        for line, row in rows:
            yield _movie(line, row, links, tags)


def _movie(
    line: int, row: dict[str, str], links: dict[str, tuple[str | None, str | None]],
    tags: dict[str, list[str]],
) -> ParseResult:
    movie_id = clean(row.get("movieId"))
    raw_title = clean(row.get("title"))
    if not movie_id or not movie_id.isdigit():
        return RowError(line, f"movieId {row.get('movieId')!r} is not a number")
    if not raw_title:
        return RowError(line, "no title")
    title, alts, year = split_title(raw_title)
    record = ImportRecord(
        kind="film",
        title=title,
        alt_titles=alts,
        year=year,
        row=line,
        source_key=f"movielens:{movie_id}",
        identifiers={"movielens": movie_id},
        subjects=genre_subjects((row.get("genres") or "").split("|")),
    )
    imdb, tmdb = links.get(movie_id, (None, None))
    if imdb:
        record.identifiers["imdb"] = imdb
    if tmdb:
        record.identifiers["tmdb"] = tmdb
    record.subjects.extend(Subject(tag, "tag") for tag in tags.get(movie_id, ()))
    return record


def _links(source: Source) -> tuple[dict[str, tuple[str | None, str | None]], RowError | None]:
    links: dict[str, tuple[str | None, str | None]] = {}
    found = sibling(source, "links.csv")
    if found is None:
        return links, None
    try:
        for _line, row in csv_rows(found, required=["movieId", "imdbId", "tmdbId"],
                                   format_label="MovieLens links.csv"):
            movie_id = (row.get("movieId") or "").strip()
            tmdb = parse_int(row.get("tmdbId"))
            links[movie_id] = (imdb_id(row.get("imdbId")), str(tmdb) if tmdb else None)
    except ImportFormatError as exc:
        return links, RowError(None, f"links.csv not used: {exc}")
    return links, None


def _tags(source: Source) -> tuple[dict[str, list[str]], RowError | None]:
    tags: dict[str, dict[str, None]] = {}
    found = sibling(source, "tags.csv")
    if found is None:
        return {}, None
    try:
        for _line, row in csv_rows(found, required=["movieId", "tag"],
                                   format_label="MovieLens tags.csv"):
            tag = clean(row.get("tag"))
            if tag:
                tags.setdefault((row.get("movieId") or "").strip(), {})[tag.lower()] = None
    except ImportFormatError as exc:
        return {}, RowError(None, f"tags.csv not used: {exc}")
    return {movie: list(names) for movie, names in tags.items()}, None


def _looks_uitem(source: Source) -> bool:
    try:
        lines = source.head_text(4096).splitlines()
    except (OSError, ImportFormatError):
        return False
    return bool(lines) and bool(_UITEM_LINE.match(lines[0]))


def _parse_uitem(source: Source) -> Iterator[ParseResult]:
    head = source.head()
    if not head.strip():
        raise ImportFormatError(f"{source.name}: the file is empty")
    if looks_binary(head):
        raise ImportFormatError(f"{source.name}: this is a binary file, not a MovieLens u.item")
    genres = _uitem_genres(source)
    # Read whole: the file is Latin-1 after its first 64 KiB, which streaming would misdecode.
    for line_number, line in enumerate(source.text().splitlines(), start=1):
        if line.strip():
            yield _uitem_row(line_number, line, genres)


def _uitem_row(line_number: int, line: str, genres: tuple[str, ...]) -> ParseResult:
    fields = line.split("|")
    if len(fields) < 5 + len(genres) or not fields[0].strip().isdigit():
        return RowError(line_number, f"expected {5 + len(genres)} '|'-separated fields")
    raw_title = clean(fields[1])
    if not raw_title or raw_title.lower() == "unknown":
        return SkippedRow(line_number, "placeholder movie with an unknown title")
    title, alts, year = split_title(raw_title)
    flags = fields[5 : 5 + len(genres)]
    return ImportRecord(
        kind="film",
        title=title,
        alt_titles=alts,
        year=year or parse_year(fields[2]),
        row=line_number,
        source_key=f"ml-100k:{fields[0].strip()}",
        subjects=genre_subjects([name for name, flag in zip(genres, flags, strict=True)
                                 if flag.strip() == "1"]),
    )


def _uitem_genres(source: Source) -> tuple[str, ...]:
    found = sibling(source, "u.genre")
    if found is None:
        return ML100K_GENRES
    try:
        pairs = [line.rsplit("|", 1) for line in found.text().splitlines() if "|" in line]
        named = sorted((int(index), name) for name, index in pairs)
    except (OSError, ValueError):
        return ML100K_GENRES
    names = tuple(name for _index, name in named)
    return names if len(names) == len(ML100K_GENRES) else ML100K_GENRES
