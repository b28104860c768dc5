"""Which charts there are, and how each one gets its data from the statistics API.

A :class:`ChartKind` turns a :class:`ChartRequest` (the year, the skill or
area chosen) into a ``Builder`` for :class:`~planner.ui.kit.chart_canvas.ChartView`:
the builder reads fresh figures from :class:`StatsStore` each time it runs,
so a redraw after a data change or a language switch shows the current data
in the current language. The chart modules are imported only when a chart is
built, which keeps matplotlib out of start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from planner.charts.result import Builder, ChartResult
from planner.charts.theme import ChartTheme
from planner.domain.enums import LearningGroup
from planner.domain.market import demand_vs_level, tally
from planner.domain.skills import months_before
from planner.i18n import _
from planner.i18n.markers import N_
from planner.store.errors import StoreError
from planner.store.stats import StatsStore, months_back
from planner.ui.changes import LEVELS, Change


@dataclass(frozen=True)
class ChartRequest:
    year: int
    today: dt.date
    subject: str = ""  # level history: "skill:<key>" or "area:<key>"

    @property
    def as_of(self) -> dt.date:
        """The end of the chosen year, or today in the current year."""
        return self.today if self.year >= self.today.year else dt.date(self.year, 12, 31)


Make = Callable[[StatsStore, ChartRequest, ChartTheme], ChartResult]


@dataclass(frozen=True)
class ChartKind:
    key: str
    title: str  # English msgid
    make: Make
    uses_year: bool = False
    uses_subject: bool = False

    def builder(
        self, stats: Callable[[], StatsStore], request: Callable[[], ChartRequest]
    ) -> Builder:
        """A builder that asks for the store and the request afresh at every redraw.

        When the data cannot be read, the chart shows why instead of failing.
        """

        def build(theme: ChartTheme) -> ChartResult:
            try:
                return self.make(stats(), request(), theme)
            except StoreError as error:
                message = error.message(_)
                return ChartResult(None, alt_text=message, hint=message)

        return build


def _radar(stats: StatsStore, request: ChartRequest, theme: ChartTheme) -> ChartResult:
    from planner.charts.skills import RadarData, skill_radar

    on = request.as_of
    now = stats.area_levels(on)
    year_ago_day = months_before(on, 12)
    before = stats.area_levels(year_ago_day) if stats.has_assessments(year_ago_day) else None
    keys = tuple(now)
    data = RadarData(
        areas=keys,
        current=tuple(now[k].current for k in keys),
        target=tuple(now[k].target for k in keys),
        year_ago=tuple(before[k].current for k in keys) if before else None,
    )
    return skill_radar(data, theme)


def _history(stats: StatsStore, request: ChartRequest, theme: ChartTheme) -> ChartResult:
    from planner.charts.skills import LevelHistoryData, level_history

    kind, _sep, key = request.subject.partition(":")
    if kind == "area":
        points = stats.area_history(key)
        data = LevelHistoryData(key, True, tuple((p.day, p.level) for p in points))
    else:
        options = {option.key: option for option in stats.skill_options()}
        if not key and options:
            key = next(iter(options))
        option = options.get(key)
        points = stats.skill_history(key)
        data = LevelHistoryData(
            key,
            False,
            tuple((p.day, p.level) for p in points),
            option.custom_name if option else None,
        )
    return level_history(data, theme)


def _hours(stats: StatsStore, request: ChartRequest, theme: ChartTheme) -> ChartResult:
    from planner.charts.learning import MonthlyHoursData, hours_per_month

    minutes = stats.minutes_by_month(*months_back(request.as_of, 12))
    data = MonthlyHoursData(tuple(minutes), tuple(minutes.values()))
    return hours_per_month(data, theme)


def _balance(stats: StatsStore, request: ChartRequest, theme: ChartTheme) -> ChartResult:
    from planner.charts.learning import QuarterBalanceData, peer_formal_balance

    end = request.as_of
    last_quarter = (end.month - 1) // 3
    first = (end.year * 4 + last_quarter - 7) * 3  # month index of the first of 8 quarters
    minutes = stats.minutes_by_month(
        (first // 12, first % 12 + 1), (end.year, last_quarter * 3 + 3)
    )
    quarters: dict[tuple[int, int], list[int]] = {}
    for (year, month), groups in minutes.items():
        totals = quarters.setdefault((year, (month - 1) // 3 + 1), [0, 0])
        totals[0] += groups[LearningGroup.PEER]
        totals[1] += groups[LearningGroup.FORMAL]
    data = QuarterBalanceData(
        tuple(quarters),
        tuple(p for p, _f in quarters.values()),
        tuple(f for _p, f in quarters.values()),
    )
    return peer_formal_balance(data, theme)


def _calendar(stats: StatsStore, request: ChartRequest, theme: ChartTheme) -> ChartResult:
    from planner.charts.learning import CalendarData, learning_calendar

    return learning_calendar(CalendarData(request.year, stats.minutes_by_day(request.year)), theme)


def _plan(stats: StatsStore, request: ChartRequest, theme: ChartTheme) -> ChartResult:
    from planner.charts.plan import PlanCompletionData, plan_completion

    year = stats.plan_year(request.year)
    data = PlanCompletionData(
        year.year, tuple(year.status_counts.items()), year.estimated_minutes, year.logged_minutes
    )
    return plan_completion(data, theme)


def _market(stats: StatsStore, _request: ChartRequest, theme: ChartTheme) -> ChartResult:
    from planner.charts.market import MarketTrendData, market_demand

    return market_demand(MarketTrendData(stats.market_tallies()), theme)


def _demand(stats: StatsStore, request: ChartRequest, theme: ChartTheme) -> ChartResult:
    from planner.charts.market import DemandLevelData, demand_against_level

    tallies = {t.year: t for t in stats.market_tallies()}
    year_tally = tallies.get(request.year) or tally((), request.year)
    rows = demand_vs_level(year_tally.area_shares, stats.area_levels(request.as_of))
    return demand_against_level(DemandLevelData(request.year, year_tally.postings, rows), theme)


CHARTS: tuple[ChartKind, ...] = (
    ChartKind("radar", N_("Skill profile"), _radar, uses_year=True),
    ChartKind("history", N_("Level history"), _history, uses_subject=True),
    ChartKind("hours", N_("Hours per month"), _hours, uses_year=True),
    ChartKind("balance", N_("Peer and formal learning"), _balance, uses_year=True),
    ChartKind("calendar", N_("Calendar of learning days"), _calendar, uses_year=True),
    ChartKind("plan", N_("Plan completion"), _plan, uses_year=True),
    ChartKind("market", N_("Market demand by year"), _market),
    ChartKind("demand", N_("Demand against your level"), _demand, uses_year=True),
)

CHART_DATA = LEVELS | Change.LOG | Change.PLAN | Change.POSTINGS
"""Every kind of data some chart is drawn from."""

OVERVIEW_CHARTS = ("radar", "hours", "balance", "market")
"""The main charts the overview shows small."""


def chart_kind(key: str) -> ChartKind:
    for kind in CHARTS:
        if kind.key == key:
            return kind
    raise KeyError(key)
