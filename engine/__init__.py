"""Shelfwise engine: everything that is not UI. Never imports Qt.

Importing it switches model libraries to offline mode before they can be imported.
"""

from engine.offline import enforce_offline

enforce_offline()

from engine.api import Library, open_library  # noqa: E402
from engine.errors import ShelfwiseError, UserError  # noqa: E402

__version__ = "0.1.0"
__all__ = ["Library", "ShelfwiseError", "UserError", "__version__", "open_library"]
