"""The T-shape figure: pure data in, a translated matplotlib Figure out."""

from __future__ import annotations

import pytest

from planner.charts.theme import ChartTheme
from planner.charts.tshape import TShapeData, tshape_alt_text, tshape_figure
from planner.i18n import set_language

KEYS = ("seo", "digital_media", "crm_email", "social_media", "analytics", "strategy")


def data(focus=("seo",)) -> TShapeData:
    return TShapeData(
        area_keys=KEYS,
        names=("SEO", "Digital media", "CRM", "Social media", "Analytics", "Strategy"),
        current=(3.0, 2.0, None, 2.5, 1.0, 2.0),
        target=(5.0, None, None, 3.0, 2.0, None),
        focus=frozenset(focus),
    )


def texts(figure) -> list[str]:
    axes = figure.axes[0]
    found = [figure._suptitle.get_text(), axes.get_ylabel()]
    found += [label.get_text() for label in axes.get_xticklabels()]
    found += [text.get_text() for legend in figure.legends for text in legend.get_texts()]
    found += [child.get_text() for child in axes.texts]
    return found


def test_breadth_is_every_area_and_depth_adds_the_focus_target() -> None:
    figure = tshape_figure(data(), ChartTheme())
    axes = figure.axes[0]
    heights = sorted(round(p.get_height(), 1) for p in axes.patches)
    # six current-level bars (an unassessed area is 0) plus SEO's target outline 3 -> 5
    assert heights == [0.0, 1.0, 2.0, 2.0, 2.0, 2.5, 3.0]
    assert axes.get_ylim()[0] > axes.get_ylim()[1]  # depth grows downwards
    shown = texts(figure)
    assert "Your T-shape" in shown and "Base level" in shown
    assert "2.5" in shown and "–" in shown


def test_numbers_and_words_follow_the_language() -> None:
    set_language("nb")
    figure = tshape_figure(data(), ChartTheme(dark=True))
    shown = texts(figure)
    assert "Din T-formede profil" in shown
    assert "2,5" in shown
    assert "Base level" not in shown
    assert "CRM: ikke vurdert" in tshape_alt_text(data())


def test_alt_text_names_focus_and_gaps() -> None:
    alt = tshape_alt_text(data(focus=("seo", "social_media")))
    assert "SEO (focus): 3, target 5" in alt
    assert "Social media (focus): 2.5, target 3" in alt
    assert "CRM: not assessed" in alt


def test_mismatched_lengths_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        TShapeData(("seo",), ("SEO", "x"), (1.0,), (None,))
