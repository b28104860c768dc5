"""Every chart, from data and from nothing, in English, Norwegian and Swahili."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import dates as babel_dates

from planner.charts.theme import ChartTheme
from planner.demo.generator import fill_demo
from planner.i18n import set_language
from planner.i18n.formatting import babel_locale
from planner.store.database import open_database
from planner.store.stats import StatsStore
from planner.ui.pages.chart_sources import CHARTS, ChartRequest
from tests.conftest import GENERATED_TODAY
from tests.helpers.figure_text import figure_texts
from tests.helpers.sql_count import counted_statements
from tests.helpers.visible_text import SAME_IN_EVERY_LANGUAGE

KEYS = [kind.key for kind in CHARTS]
SUBJECTS = {"history": "skill:technical_seo"}


@pytest.fixture(scope="module")
def ten_years(generated_dir):
    db = open_database(generated_dir)
    yield StatsStore(db)
    db.close()


def render(stats: StatsStore, key: str, language: str, dark: bool = False, year: int = 2026):
    set_language(language)
    kind = next(k for k in CHARTS if k.key == key)
    request = ChartRequest(year, GENERATED_TODAY, SUBJECTS.get(key, ""))
    return kind.make(stats, request, ChartTheme(dark=dark))


def locale_words() -> set[str]:
    """Month and day names of the active locale: "Jan" is Swahili too."""
    locale = babel_locale()
    words: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            words.update(babel_dates.get_month_names(width, context, locale=locale).values())
            words.update(babel_dates.get_day_names(width, context, locale=locale).values())
    return words


def english_left(texts: list[str], english: set[str]) -> list[str]:
    allowed = SAME_IN_EVERY_LANGUAGE | locale_words()

    def innocent(word: str) -> bool:
        return not any(c.isalpha() for c in word) or word.strip(".,") in allowed

    return [
        text
        for text in texts
        if text in english
        and text not in allowed
        and not all(innocent(word) for word in text.split())
    ]


@pytest.mark.parametrize("key", KEYS)
def test_chart_from_data_is_translated_in_every_language(ten_years, key: str) -> None:
    english = render(ten_years, key, "en")
    assert english.figure is not None, english.hint
    english_texts = set(figure_texts(english.figure))
    assert english_texts, "a chart without a title or labels"
    assert english.alt_text and english.hint == ""
    for language in ("nb", "sw"):
        result = render(ten_years, key, language, dark=language == "sw")
        assert result.figure is not None
        texts = figure_texts(result.figure)
        assert english_left(texts, english_texts) == [], (language, texts)
        assert result.alt_text and result.alt_text != english.alt_text


def test_titles_labels_and_month_names_are_in_the_language(ten_years) -> None:
    result = render(ten_years, "hours", "nb")
    texts = figure_texts(result.figure)
    assert "Timer læring per måned" in texts
    assert "Timer" in texts  # the axis label
    assert {"Læring fra kolleger", "Formell utdanning", "Selvstyrt"} <= set(texts)
    assert any(text.startswith("des") for text in texts)  # Norwegian month abbreviation
    result = render(ten_years, "hours", "sw")
    texts = figure_texts(result.figure)
    assert "Saa za kujifunza kwa mwezi" in texts
    assert any(text.startswith("Des") for text in texts)
    assert "saa" in result.alt_text


def test_numbers_use_the_locale_format(ten_years) -> None:
    texts = figure_texts(render(ten_years, "demand", "nb").figure)
    assert any(text.endswith("\xa0%") for text in texts)  # Norwegian: "40 %"
    alt = render(ten_years, "radar", "nb").alt_text
    assert "," in alt.split(":", 2)[1]  # decimal comma in the levels


@pytest.mark.parametrize("key", KEYS)
def test_empty_data_shows_a_translated_hint_not_an_empty_axis(database, key: str) -> None:
    stats = StatsStore(database)
    hints = {}
    for language in ("en", "nb", "sw"):
        result = render(stats, key, language)
        assert result.figure is None
        assert result.hint and result.alt_text == result.hint
        hints[language] = result.hint
    assert len(set(hints.values())) == 3, hints


def test_a_year_without_data_is_empty_too(ten_years) -> None:
    for key in ("calendar", "plan", "demand"):
        result = render(ten_years, key, "en", year=2010)
        assert result.figure is None, key
        assert "2010" in result.hint


def work_of(stats: StatsStore, key: str) -> tuple[int, int]:
    """The statements a chart sends for its data, and the artists its figure holds."""
    with counted_statements() as seen:
        result = render(stats, key, "nb")
    assert result.figure is not None, key
    return len(seen), len(result.figure.findobj())


def test_every_chart_does_as_much_work_for_ten_years_as_for_two(ten_years, database) -> None:
    """Grouped queries and one artist per series, not per row: the work does not grow.

    Each chart's time (data, figure and a full draw) is ``make bench``'s "Chart:" rows.
    """
    fill_demo(database, years=2, seed=1, language="en", today=GENERATED_TODAY)
    two = {key: work_of(StatsStore(database), key) for key in KEYS}
    ten = {key: work_of(ten_years, key) for key in KEYS}
    print({key: (two[key], ten[key]) for key in KEYS})
    for key in KEYS:
        statements, artists = ten[key]
        assert statements == two[key][0], (key, two[key], ten[key])
        assert artists <= two[key][1] + 60, (key, two[key], ten[key])
        assert artists < 350, (key, ten[key])  # not one per day, posting or entry


def test_dark_and_light_palettes_differ(ten_years) -> None:
    light = render(ten_years, "hours", "en").figure
    dark = render(ten_years, "hours", "en", dark=True).figure
    assert light.get_facecolor() != dark.get_facecolor()
    assert light.axes[0].title.get_color() != dark.axes[0].title.get_color()


def test_level_history_of_an_area_and_of_a_skill_never_assessed(database) -> None:
    stats = StatsStore(database)
    from planner.store.skills import SkillStore

    SkillStore(database).assess("web_analytics", 3, dt.date(2026, 1, 1))
    set_language("en")
    kind = next(k for k in CHARTS if k.key == "history")
    area = kind.make(stats, ChartRequest(2026, GENERATED_TODAY, "area:analytics"), ChartTheme())
    assert area.figure is not None
    assert "Analytics" in area.alt_text
    never = kind.make(stats, ChartRequest(2026, GENERATED_TODAY, "skill:reporting"), ChartTheme())
    assert never.figure is None
    assert "Reporting" in never.hint
