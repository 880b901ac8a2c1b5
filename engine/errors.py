"""One exception root for the whole engine.

``UserError`` and its subclasses carry a message meant for the person (the CLI prints it on one
line and exits 1; the app shows it in a dialog). Anything else is a bug.
"""

from __future__ import annotations


class ShelfwiseError(Exception):
    """Root of every error the engine raises on purpose."""


class UserError(ShelfwiseError):
    """A problem the person can understand and act on: shown as a message, never a traceback."""


class Cancelled(ShelfwiseError):
    """Long work stopped because the caller asked it to."""


class DataDirError(UserError):
    """The data directory cannot be created or written."""


class LibraryOpenError(UserError):
    """The library database cannot be opened (not SQLite, locked, newer schema...)."""


class NewerSchemaError(LibraryOpenError):
    """The database was written by a newer Shelfwise; it is left untouched."""


class NotFoundError(UserError):
    """An item, profile or file that was asked for does not exist."""


class ImportFormatError(UserError):
    """A file cannot be imported: unknown or unsupported format, missing columns, corrupt."""


class SettingsError(UserError):
    """The settings file cannot be read or holds an invalid value."""
