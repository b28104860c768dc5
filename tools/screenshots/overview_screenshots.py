"""Screenshots of the overview (and the charts page) on an empty and a generated data folder.

    QT_QPA_PLATFORM=offscreen python tools/screenshots/overview_screenshots.py OUTPUT_DIR

For each language, one empty data folder and one with ten years of generated
data (``tests/helpers/generated_data.py``); the charts are waited for, so the
pictures show them drawn. Also prints how long the overview took to open.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shiboken6 import Shiboken  # noqa: E402

from planner.i18n import LANGUAGES  # noqa: E402
from planner.store.database import open_database  # noqa: E402
from planner.ui.kit.chart_canvas import ChartView  # noqa: E402
from planner.ui.shell.app import build_window, make_application  # noqa: E402
from tests.helpers.generated_data import generate  # noqa: E402

WINDOW_SIZE = (1180, 900)


def charts_drawn(window: QApplication) -> bool:
    views = [v for v in window.findChildren(ChartView) if v.isVisible()]
    return bool(views) and all(v.result() is not None for v in views)


def settle(window, timeout: float = 30.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if charts_drawn(window):
            QApplication.processEvents()
            return
        time.sleep(0.01)


def main(output: Path) -> int:
    app = make_application()
    for filled in (False, True):
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = Path(tmp) / "data"
            if filled:
                database = open_database(data_dir)
                generate(database, dt.date.today())
                database.close()
            for language in LANGUAGES:
                started = time.perf_counter()
                window = build_window(app, data_dir, language)
                window.resize(*WINDOW_SIZE)
                window.show()
                QApplication.processEvents()
                shown = time.perf_counter()
                settle(window)
                drawn = time.perf_counter()
                name = "generated" if filled else "empty"
                print(
                    f"{language} {name}: window with overview {1000 * (shown - started):.0f} ms,"
                    f" charts drawn after {1000 * (drawn - started):.0f} ms"
                )
                output.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(output / f"overview-{name}-{language}.png"))
                page = window.show_page("charts")
                for key in ("calendar", "demand"):
                    page.show_chart(key)
                    settle(window)
                    window.grab().save(str(output / f"charts-{key}-{name}-{language}.png"))
                window.close()
                window.context.database.close()
                Shiboken.delete(window)  # Python owns it: Python deletes it (README)
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
