"""The overview and the charts page, driven by mouse and keyboard, empty and full."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from planner.ui.changes import Change, Changes
from planner.ui.kit import chart_canvas as canvas
from planner.ui.kit.chart_canvas import ChartView
from planner.ui.kit.chart_widgets import ChartDialog
from planner.ui.pages import PAGES
from tests.conftest import GENERATED_TODAY
from tests.helpers.sql_count import counted_statements


def charts_drawn(widget) -> bool:
    views = [v for v in widget.findChildren(ChartView) if v.isVisible()]
    return bool(views) and all(v.result() is not None for v in views)


def due_texts(page) -> list[str]:
    return [label.text() for label, _button in page.due_rows]


def button(page, text: str) -> QPushButton:
    found = [b for _label, b in page.due_rows if b is not None and b.text() == text]
    assert found, [b.text() for _l, b in page.due_rows if b is not None]
    return found[0]


def test_the_overview_is_the_first_page_and_where_the_window_opens(window) -> None:
    assert PAGES[0].key == "overview"
    assert window.current_page_key() == "overview"
    assert window.nav.item(0).text() == "Overview"


def test_an_empty_data_folder_gets_friendly_hints(window, qtbot) -> None:
    page = window.show_page("overview")
    texts = due_texts(page)
    assert texts[0].startswith("You have not assessed your skills yet.")
    assert any("No job postings read this year" in text for text in texts)
    values = {key: value.text() for key, (_name, value) in page.figure_labels.items()}
    assert values == {
        "month": "0 hours",
        "year": "0 hours",
        "progress": "0",
        "road": "Not chosen yet",
        "focus": "None yet",
    }
    qtbot.waitUntil(lambda: charts_drawn(page), timeout=20_000)
    for cell in page.cells:
        result = cell.view.result()
        assert result.figure is None
        assert cell.view.message.isVisible()
        assert cell.view.message.text() == result.hint
        assert cell.view.accessibleDescription() == result.hint


def test_a_due_skill_is_one_click_from_its_assessment(window, qtbot) -> None:
    page = window.show_page("overview")
    today = dt.date.today()
    window.context.skills.assess("link_building", 2, today - dt.timedelta(days=200))
    window.context.events.announce(Changes(Change.ASSESSMENTS))
    qtbot.waitUntil(
        lambda: any("not assessed for six months" in t for t in due_texts(page)), timeout=20_000
    )
    assert "1 skill not assessed for six months: Link building." in due_texts(page)
    qtbot.mouseClick(button(page, "Assess skills"), Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "skills"
    assert window.show_page("skills").selected_skill().key == "link_building"


def test_the_overview_follows_data_changes_and_the_language(window, qtbot) -> None:
    page = window.show_page("overview")
    qtbot.waitUntil(lambda: charts_drawn(page), timeout=20_000)
    skills = window.context.skills
    skills.assess("technical_seo", 3, dt.date.today())
    window.context.events.announce(Changes(Change.ASSESSMENTS))
    radar = page.cells[0].view
    qtbot.waitUntil(
        lambda: radar.result() is not None and radar.result().figure is not None, timeout=20_000
    )
    assert "SEO: current 3," in radar.accessibleDescription()
    window.choose_language("nb")
    qtbot.waitUntil(lambda: "SEO: nå 3," in radar.accessibleDescription(), timeout=10_000)
    assert page.heading.text() == "Oversikt"
    assert page.due_box.title() == "Dette venter"


def test_each_small_chart_opens_full_size(window, qtbot) -> None:
    page = window.show_page("overview")
    qtbot.waitUntil(lambda: all(cell.view is not None for cell in page.cells), timeout=5000)
    cell = page.cells[1]
    qtbot.mouseClick(cell.open_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(ChartDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.windowTitle() == "Hours per month"
    qtbot.waitUntil(lambda: dialog.view.result() is not None, timeout=10_000)
    assert dialog.view.result().hint.startswith("No learning logged")
    actions = [a.text() for a in dialog.save_button.menu().actions()]
    assert actions == ["Save as PNG…", "Save as SVG…"]
    assert not any(a.isEnabled() for a in dialog.save_button.menu().actions())  # nothing to save
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    names = [name for name, _dialog in page.review_dialogs()]
    assert names == [f"chart-{cell.key}" for cell in page.cells]


def test_the_charts_page_chooses_chart_year_and_skill(generated_data_dir, qtbot, tmp_path) -> None:
    from planner.ui.shell.app import build_window

    main = build_window(QApplication.instance(), generated_data_dir, "en")
    qtbot.addWidget(main)
    main.show()
    page = main.show_page("charts")
    page.today = lambda: GENERATED_TODAY
    page.refresh()
    assert page.year_combo.itemText(0) == "2026"
    assert page.year_combo.findData(2017) >= 0
    page.chart_list.setFocus()
    qtbot.keyClick(page.chart_list, Qt.Key.Key_Down)  # level history
    assert page.kind().key == "history"
    assert page.subject_combo.isVisible()
    page.subject_combo.setCurrentIndex(page.subject_combo.findData("area:analytics"))
    qtbot.waitUntil(lambda: "Analytics" in page.view.accessibleDescription(), timeout=20_000)
    for _step in range(3):
        qtbot.keyClick(page.chart_list, Qt.Key.Key_Down)  # the calendar
    assert page.kind().key == "calendar"
    assert not page.subject_combo.isVisible()
    page.year_combo.setCurrentIndex(page.year_combo.findData(2019))
    qtbot.waitUntil(
        lambda: "Learning days in 2019" in page.view.accessibleDescription(), timeout=20_000
    )
    page.view.save(tmp_path / "calendar.svg")
    assert b"<svg" in (tmp_path / "calendar.svg").read_bytes()[:500]
    main.context.database.close()


class PaintWatcher(QObject):
    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.order.append("paint")
        return False


def open_overview(data_dir, qtbot, monkeypatch) -> tuple[list[str], int, int]:
    """Start-up until the four charts are drawn: the order of the first paint and the
    chart builds, and the statements sent before the first paint and for the charts."""
    from planner.ui.shell.app import build_window

    order: list[str] = []
    build = ChartView._build
    monkeypatch.setattr(ChartView, "_build", lambda view: order.append("chart") or build(view))
    watcher = PaintWatcher(order)
    with counted_statements() as opening:
        main = build_window(QApplication.instance(), data_dir, "en")
        qtbot.addWidget(main)
        page = main.show_page("overview")
        page.installEventFilter(watcher)
        main.resize(1180, 900)
        main.show()
        qtbot.waitUntil(lambda: "paint" in order, timeout=20_000)
    assert page.due_rows and page.figure_labels["year"][1].text().endswith("hours")
    with counted_statements() as charts:
        qtbot.waitUntil(lambda: charts_drawn(page), timeout=20_000)
    assert all(cell.view.result().figure is not None for cell in page.cells)
    page.removeEventFilter(watcher)
    monkeypatch.undo()
    main.context.database.close()
    return order, len(opening), len(charts)


def test_the_overview_paints_before_its_charts_and_reads_as_little_on_ten_years(
    generated_data_dir, tmp_path, qtbot, monkeypatch
) -> None:
    """The text first, each chart after; the same statements for ten years as for two.

    The times (start-up, the overview's first paint, each chart) are ``make bench``'s
    "Start-up", "Page to first paint: overview" and "Overview: all charts drawn" rows.
    """
    from planner.demo.generator import fill_demo
    from planner.store.database import open_database

    database = open_database(tmp_path / "two")
    fill_demo(database, years=2, seed=1, today=GENERATED_TODAY)
    database.close()
    canvas._LOADER.start()
    canvas._LOADER.done.wait()
    two = open_overview(tmp_path / "two", qtbot, monkeypatch)
    ten = open_overview(generated_data_dir, qtbot, monkeypatch)
    print(f"statements (opening, charts): two years {two[1:]}, ten years {ten[1:]}")
    assert ten[0][0] == "paint" and ten[0].count("chart") >= 4, ten[0]
    assert ten[1:] == two[1:]
