"""``python -m planner``: the same entry point as ``career-planner``."""

import sys

from planner.cli import main

sys.exit(main())
