"""BibTeX parser: the two real Zotero exports, LaTeX decoding, macros and broken entries."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.bibtex import BibtexImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

SAMPLE = r"""% a comment line
@string{ pub = "Gallimard" }
@String{jn = {Revue des {\'E}tudes}}

@book{camus1942,
	title = {L'{\'E}tranger},
	author = {Camus, Albert},
	publisher = pub # { (Paris)},
	year = 1942,
	isbn = {978-2-07-036002-4},
	keywords = {roman, absurde},
	file = {C\:\\Users\\me\\camus.pdf:application/pdf},
}

@article{muller2019,
  title = {{{\"U}ber} die {Sprache}: {Gr\"o\ss e} und {\c C}a---Ende},
  author = {M{\"u}ller, J{\"o}rg and {World Health Organization} and de la Fontaine, Jean},
  journal = jn,
  year = "2019",
  month = mar,
  pages = {142--161},
  doi = {10.1000/ABC.1},
  langid = {german},
  eprint = {1234.56789},
  archiveprefix = {arXiv},
}

@comment{ this is ignored @article{ }
@misc{web,
  title = "A page about {braces}",
  url = {https://Example.ORG/Page#top},
  note = {50\% off \& more}
}
"""


def run(path: Path) -> Split:
    return parse_split(BibtexImporter(), path)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "refs.bib"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_zotero_export(shared_data: Path) -> None:
    records, errors, skipped = run(
        shared_data / "exports/zotero/Levensonbadio-Working_paper/Exported Items.bib"
    )
    assert (len(records), len(errors), len(skipped)) == (1, 0, 0)
    paper = records[0]
    assert paper.title == (
        "On the Use of Virtual Reality in Mitigating Hypothetical Bias in Choice Experiments"
    )
    assert (paper.kind, paper.year, paper.row, paper.language) == ("article", 2021, 2, "en")
    assert paper.source_key == "fang_use_2021"
    assert paper.identifiers == {
        "doi": "10.1111/ajae.12118", "url": "https://onlinelibrary.wiley.com/doi/10.1111/ajae.12118"
    }
    assert [c.name for c in paper.creators][:2] == ["Di Fang", "Rodolfo M. Nayga"]
    assert len(paper.creators) == 8
    assert paper.pages == 20  # 142--161
    assert paper.description is not None and "“hypothetical bias.”" in paper.description
    assert not paper.events


@pytest.mark.realdata
def test_real_better_bibtex_export(shared_data: Path) -> None:
    path = shared_data / "exports/zotero/Tonanguyxiro-HKUST-GZ_RBM_Research_Proposal/Exported Items.bib"
    records, errors, skipped = run(path)
    assert (len(records), len(errors), len(skipped)) == (1, 0, 0)
    paper = records[0]
    assert paper.title == "ThunderGBM: Fast GBDTs and Random Forests on GPUs"
    assert paper.year is None and paper.language == "en"
    assert paper.creators[0].name == "Zeyi Wen" and len(paper.creators) == 6
    assert Counter(e.type for e in paper.events) == {"wishlist": 1}  # keywords = {/unread}
    assert paper.subjects == []


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = BibtexImporter()
    for folder in ("Levensonbadio-Working_paper", "Tonanguyxiro-HKUST-GZ_RBM_Research_Proposal"):
        assert importer.detect(Source(shared_data / "exports/zotero" / folder / "Exported Items.bib")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/zotero/zotero-tests/book_and_child_note.ris")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/imdb/yamtrack/import_imdb.csv")) <= 0.2
    text = tmp_path / "mail.txt"
    text.write_text("write to me@example.org { soon }\n")
    assert importer.detect(Source(text)) <= 0.2


def test_macros_latex_and_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, SAMPLE))
    assert not errors
    book, article, page = records
    assert (book.kind, book.title, book.year, book.row) == ("book", "L'Étranger", 1942, 5)
    assert book.creators[0].name == "Albert Camus"
    assert book.identifiers == {"isbn13": "9782070360024"}
    assert [s.name for s in book.subjects] == ["roman", "absurde"]
    assert article.title == "Über die Sprache: Größe und Ça—Ende"
    assert [c.name for c in article.creators] == [
        "Jörg Müller", "World Health Organization", "Jean de la Fontaine"
    ]
    assert (article.year, article.pages, article.language) == (2019, 20, "de")
    assert article.identifiers == {"doi": "10.1000/abc.1", "arxiv": "1234.56789"}
    assert page.title == "A page about braces"
    assert page.identifiers == {"url": "https://example.org/Page"}
    assert page.source_key == "web"


def test_unbalanced_braces_reported_with_line(tmp_path: Path) -> None:
    text = (
        "@article{good1, title = {First}, year = 2001}\n"
        "\n"
        "@article{broken,\n"
        "  title = {Never {closed},\n"
        "  year = 2002\n"
        "}\n"
        "@book{good2, title = {Second}}\n"
        "@article{nofields, year = 2003}\n"
        "@misc{bad = x}\n"
    )
    records, errors, _ = run(write(tmp_path, text))
    assert [r.title for r in records] == ["First", "Second"]
    assert [e.row for e in errors] == [3, 8, 9]
    assert "unbalanced braces" in errors[0].message and "'title'" in errors[0].message
    assert "no title" in errors[1].message


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = "@book{k, title = {Café crème}, author = {Zoë Ørsted}}\n"
    records, errors, _ = run(write(tmp_path, text, encoding))
    assert not errors
    assert records[0].title == "Café crème" and records[0].creators[0].name == "Zoë Ørsted"


def test_no_entries(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="no BibTeX entries"):
        run(write(tmp_path, "title,author\nA,B\n"))

