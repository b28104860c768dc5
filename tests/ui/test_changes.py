"""Typed changes: one vocabulary for edits and pages; a misspelt kind is an error."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from PySide6.QtCore import Qt

from planner.domain.enums import Road
from planner.store.profile import ProfileStore
from planner.ui.changes import EVERYTHING, Change, Changes, log_changed, plan_changed
from planner.ui.pages import PAGES
from planner.ui.pages.base import Page

TODAY = dt.date.today()
NO_ROAD = "No specialisation chosen yet"


def test_a_misspelt_change_kind_fails() -> None:
    with pytest.raises(AttributeError):
        _ = Change.SKILS  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        Changes("skills")  # type: ignore[arg-type]


def test_announcing_anything_but_changes_fails(window) -> None:
    with pytest.raises(TypeError):
        window.context.events.announce("direction")  # the old string topics


@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.key)
def test_every_page_declares_what_it_shows_in_the_same_type(spec) -> None:
    module_name, class_name = spec.target.split(":")
    page_class = getattr(importlib.import_module(module_name), class_name)
    assert issubclass(page_class, Page)
    assert isinstance(page_class.depends_on, Change)
    assert page_class.depends_on != Change.NONE


def test_changes_merge_kinds_and_rows() -> None:
    merged = log_changed(1) | log_changed(2) | plan_changed(7)
    assert merged.kinds == Change.LOG | Change.PLAN
    assert merged.log_ids == {1, 2}
    assert merged.plan_ids == {7}
    assert (log_changed(1) | EVERYTHING).log_ids is None  # one unknown: reload all
    assert merged.only(Change.LOG | Change.PLAN)
    assert not merged.only(Change.LOG)


def _choose_road_on_the_page(window, qtbot) -> None:
    direction = window.show_page("direction")
    direction.tabs.setCurrentIndex(2)
    direction.choice_editor.set_choice(Road.GENERALIST_LEADER, ())
    qtbot.mouseClick(direction.save_choice_button, Qt.MouseButton.LeftButton)
    assert ProfileStore(window.context.database).latest_choice() is not None


def test_the_year_plan_shows_a_road_chosen_while_it_was_open_behind(window, qtbot) -> None:
    yearplan = window.show_page("yearplan")
    assert NO_ROAD in yearplan.focus_text.text()
    _choose_road_on_the_page(window, qtbot)
    assert yearplan.is_stale  # hidden: it waits until it is seen
    window.show_page("yearplan")
    assert NO_ROAD not in yearplan.focus_text.text()
    assert "Generalist" in yearplan.focus_text.text()
    window.undo_action.trigger()
    assert NO_ROAD in yearplan.focus_text.text()  # shown: at once


def test_the_year_plan_shows_a_road_chosen_while_it_is_shown(window) -> None:
    from planner.ui.operations import direction as direction_ops

    yearplan = window.show_page("yearplan")
    direction_ops.choose_road(
        window.context,
        yearplan.ask(),
        lambda store: store.add_choice(Road.GENERALIST_LEADER, (), "", TODAY),
    )
    assert not yearplan.is_stale
    assert "Generalist" in yearplan.focus_text.text()
