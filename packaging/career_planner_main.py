"""The bundle's entry point: the same as the ``career-planner`` command."""

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
