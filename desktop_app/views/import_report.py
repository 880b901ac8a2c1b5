"""The report of the import view once an import ends: a summary, the results per file, the rows that
could not be imported and the way to the review queue when some matches were uncertain. Translated
in the view's context, ``ImportView``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.widgets.drop_zone import read_only_cell, report_table
from engine.import_job import FileResult, ImportOutcome

MAX_PROBLEM_ROWS = 500  # the report table shows this many row errors; the run keeps them all


def status_text(result: FileResult) -> str:
    """How one file's import ended, as shown in the results table."""
    if result.refused is not None:
        return QCoreApplication.translate("ImportView", "Refused")
    if result.run is None:
        return QCoreApplication.translate("ImportView", "Not started")
    return {"completed": QCoreApplication.translate("ImportView", "Completed"),
            "cancelled": QCoreApplication.translate("ImportView", "Cancelled"),
            "failed": QCoreApplication.translate("ImportView", "Failed")}.get(result.run.status,
                                                                              result.run.status)


class ImportReport(QGroupBox):
    """The report of the last import; hidden until one is shown. The view connects the review button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Report"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        columns = [self.tr("File"),
                   self.tr("Format"),
                   self.tr("Status"),
                   self.tr("Created"),
                   self.tr("Updated"),
                   self.tr("Skipped"),
                   self.tr("To review"),
                   self.tr("Errors")]
        self.results = report_table(columns, self.tr("Import results per file"))
        self.results.setMaximumHeight(180)
        self.problems = report_table([self.tr("File"),
                                      self.tr("Row"),
                                      self.tr("Message")],
                                     self.tr("Rows that could not be imported"))
        self.review_button = QPushButton()
        self.review_button.setAccessibleName(self.tr("Review uncertain matches"))
        self.review_button.setAccessibleDescription(self.tr("Opens the review queue"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def show_outcome(self, outcome: ImportOutcome, labels: dict[str, str]) -> None:
        """Show the report of ``outcome``; ``labels`` names the formats."""
        statuses = {r.status for r in outcome.runs}
        if "cancelled" in statuses or any(f.run is None and f.refused is None for f in outcome.files):
            headline = self.tr("Import cancelled. What was read before is kept; import the file again "
                              "to finish it (nothing is added twice).")
        elif not outcome.runs or statuses == {"failed"}:
            headline = self.tr("Nothing was imported.")
        else:
            headline = self.tr("Import finished.")
        runs = outcome.runs
        totals = [self.tr("%n created", "", sum(r.created for r in runs)),
                  self.tr("%n updated", "", sum(r.updated for r in runs)),
                  self.tr("%n skipped", "", sum(r.skipped for r in runs)),
                  self.tr("%n to review", "",
                                             sum(r.unmatched for r in runs)),
                  self.tr("%n error(s)", "",
                                             sum(len(r.errors) for r in runs)
                                             + sum(f.refused is not None for f in outcome.files))]
        summary = self.tr("%s %s.") % (headline, ", ".join(totals))
        self.summary.setText(summary)
        self.results.setRowCount(len(outcome.files))
        problems: list[tuple[str, str, str]] = []
        for row, result in enumerate(outcome.files):
            run = result.run
            formats = " + ".join(labels.get(n, n) for n in run.format.split("+")) if run else ""
            counts = (run.created, run.updated, run.skipped, run.unmatched, len(run.errors)) if run else ()
            cells = [result.path.name, formats, status_text(result), *(str(n) for n in counts)]
            for column, text in enumerate(cells):
                tip = str(result.path) if column == 0 else None
                self.results.setItem(row, column, read_only_cell(text, tip))
            if result.refused is not None:
                problems.append((result.path.name, "", result.refused))
            for error in run.errors if run else []:
                row_text = "" if error.get("row") is None else str(error["row"])
                problems.append((result.path.name, row_text, str(error.get("message", ""))))
        self.show_problems(problems)
        self.show_review_count(outcome.open_reviews)
        self.show()

    def show_problems(self, problems: list[tuple[str, str, str]]) -> None:
        shown = problems[:MAX_PROBLEM_ROWS]
        extra = len(problems) - len(shown)
        self.problems.setRowCount(len(shown) + (1 if extra else 0))
        for row, cells in enumerate(shown):
            for column, text in enumerate(cells):
                self.problems.setItem(row, column, read_only_cell(text, text if column == 2 else None))
        if extra:
            self.problems.setItem(len(shown), 2, read_only_cell(
                self.tr("… and %n more", "", extra)))
        self.problems.setVisible(bool(problems))

    def show_review_count(self, count: int) -> None:
        self.review_button.setText(self.tr("Re&view uncertain matches (%n)", "", count))
        self.review_button.setVisible(count > 0)
