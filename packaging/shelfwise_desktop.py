"""Entry point of the bundled ``shelfwise-desktop`` app (the frozen twin of ``desktop_app.main:main``)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First of all: the app's indexing job and its text encoder run in spawned children that
    # re-run this executable; freeze_support() turns such a process into the child it should be.
    multiprocessing.freeze_support()

    from desktop_app.main import main

    sys.exit(main())
