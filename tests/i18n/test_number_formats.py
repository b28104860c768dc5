"""Levels show as "2", not "2.0"; durations as minutes under an hour, whole hours plain."""

from __future__ import annotations

from planner.i18n import set_language
from planner.i18n.formatting import format_hours, format_level


def test_levels_drop_a_zero_decimal() -> None:
    assert [format_level(v) for v in (2, 2.0, 2.5, 2.54, 0)] == ["2", "2", "2.5", "2.5", "0"]
    set_language("nb")
    assert format_level(2.5) == "2,5"


def test_durations_read_naturally() -> None:
    assert format_hours(30) == "30 minutes"
    assert format_hours(1) == "1 minute"
    assert format_hours(0) == "0 hours"
    assert format_hours(60) == "1 hour"
    assert format_hours(120) == "2 hours"
    assert format_hours(90) == "1.5 hours"
    set_language("sw")
    assert "30" in format_hours(30) and "dakika" in format_hours(30)
    set_language("nb")
    assert format_hours(30) == "30 minutter"
    assert format_hours(90) == "1,5 timer"
