"""Entry point of the bundled ``shelfwise`` command (the frozen twin of ``engine.cli:main``)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First of all: a spawned child (indexing, the text encoder) re-runs this executable, and
    # freeze_support() turns it into that child before the command line is parsed.
    multiprocessing.freeze_support()

    from engine.cli import main

    sys.exit(main())
