"""Any CSV or TSV with a recognisable title column (the fallback when no specific format fits).

Columns are guessed from their names (title/name, author/creator/director, year, isbn, imdb,
rating, kind/type, tags/genres, description, url, status/shelf, date read/watched...); the person
can name them through options, see ``_generic_common``. The rating scale is the person's
``rating_scale`` option, else guessed from the highest rating in the file (≤5, ≤10 or ≤100), which
takes a first quick pass over the file. Detection stays low (0.15) so specific formats win.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._books_common import header_fields, parse_csv
from engine.importers.formats._generic_common import (
    ColumnMap,
    build_record,
    guess_columns,
    max_rating,
    scale_for,
)
from engine.importers.normalize import csv_rows
from engine.importers.records import ParseResult
from engine.importers.source import Source

FORMAT_LABEL = "CSV"
DETECT_SCORE = 0.15


class GenericCsvImporter(Importer):
    name = "generic_csv"
    label = "Any CSV/TSV with a title column"

    def detect(self, source: Source) -> float:
        fields = header_fields(source)
        if len(fields) < 2 and source.suffix not in (".csv", ".tsv", ".txt"):
            return 0.0
        try:
            guess_columns(fields, {}, source.name)
        except ImportFormatError:
            return 0.0
        return DETECT_SCORE

    def parse(self, source: Source) -> Iterator[ParseResult]:
        # Binary, empty or header-less files fail here with csv_rows' own message.
        for _first in csv_rows(source, required=(), format_label=FORMAT_LABEL):
            break
        columns = guess_columns(header_fields(source), self.options, source.name)
        scale = columns.rating_scale or (_guess_scale(source, columns) if columns.rating else None)
        yield from parse_csv(
            source,
            lambda line, row: build_record(columns, row, line, f"csv:{source.name}", scale),
            required=(columns.title,),
            format_label=FORMAT_LABEL,
        )


def _guess_scale(source: Source, columns: ColumnMap) -> float | None:
    """5, 10 or 100 from the highest value in the rating column; None when it holds none."""
    column = str(columns.rating)
    try:
        highest = max_rating(
            row.get(column)
            for _line, row in csv_rows(source, required=(), format_label=FORMAT_LABEL)
        )
    except csv.Error:
        return None
    return scale_for(highest) if highest > 0 else None
