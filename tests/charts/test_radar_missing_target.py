"""Bug: the skill radar drew a missing target as level 0."""

from __future__ import annotations

import math

from planner.charts.skills import RadarData, skill_radar
from planner.charts.theme import ChartTheme

AREAS = ("seo", "digital_media", "crm_email", "social_media", "analytics", "strategy")


def _line(figure, label: str):
    [axes] = figure.axes
    return next(line for line in axes.get_lines() if line.get_label() == label)


def test_a_missing_target_is_left_out_not_drawn_at_zero() -> None:
    data = RadarData(AREAS, (2.0, 1.0, None, 3.0, 2.5, 1.0), (4.0, None, None, 4.0, None, 3.0))
    result = skill_radar(data, ChartTheme())
    target = list(_line(result.figure, "Target level").get_ydata())
    assert target[0] == 4.0 and target[3] == 4.0 and target[5] == 3.0
    assert all(math.isnan(value) for value in (target[1], target[2], target[4]))
    assert 0.0 not in target
    current = list(_line(result.figure, "Current level").get_ydata())
    assert current[2] == 0.0  # the filled current level: not assessed sits at the centre
    assert "target none set" in result.alt_text
