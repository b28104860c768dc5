"""``python -m tools.bench`` from the checkout, or ``python tools/bench``."""

import sys
from pathlib import Path

if not __package__:  # run as a folder: import the package from the checkout
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools.bench.runner import main

sys.exit(main())
