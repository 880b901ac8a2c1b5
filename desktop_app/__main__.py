import sys

from desktop_app.main import main

if __name__ == "__main__":  # not when a child process (encoder, background job) imports this module
    sys.exit(main())
