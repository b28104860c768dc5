"""One rule per figure: an area's level and an area's demand agree everywhere they are shown."""

from __future__ import annotations

import datetime as dt

from planner.report.render import demand_data
from planner.store.market import MarketStore, PostingData
from planner.store.profile import ProfileStore
from planner.store.skills import SkillStore
from planner.store.stats import StatsStore
from planner.store.yearplan_summary import year_document

TODAY = dt.date.today()


def test_archived_skills_change_no_area_level_anywhere(database) -> None:
    skills = SkillStore(database)
    skills.assess("technical_seo", 1, TODAY)
    extra = skills.add_custom_skill("seo", "Schema markup")
    skills.assess(extra.key, 5, TODAY)
    skills.set_archived(extra.key, True)
    MarketStore(database).create(PostingData(TODAY, "SEO lead", area_keys=("seo",)))

    market_row = next(r for r in MarketStore(database).analysis(TODAY.year).areas if r.key == "seo")
    document = year_document(database, TODAY.year, TODAY)
    radar = next(a for a in document.radar if a.area_key == "seo")
    demand = next(r for r in demand_data(database, document).rows if r.key == "seo")
    levels = {
        "skills page": skills.area_levels()["seo"].current,
        "market page": market_row.current,
        "advisor": ProfileStore(database).advisor_inputs().levels["seo"].current,
        "overview and charts": StatsStore(database).area_levels(TODAY)["seo"].current,
        "printed radar": radar.now,
        "printed demand chart": demand.current,
    }
    assert levels == dict.fromkeys(levels, 1.0)

    skills.set_archived(extra.key, False)  # brought back, it counts again
    assert skills.area_levels()["seo"].current == 3.0
    assert StatsStore(database).area_levels(TODAY)["seo"].current == 3.0


def test_postings_tagged_only_by_skill_give_the_same_demand_everywhere(database) -> None:
    market = MarketStore(database)
    year = TODAY.year
    market.create(PostingData(TODAY, "SEO specialist", skill_keys=("technical_seo",)))
    market.create(PostingData(TODAY, "Social media manager", area_keys=("social_media",)))
    market.create(PostingData(TODAY, "Growth marketer", skill_keys=("link_building", "search_ads")))

    page = {r.key: r.share for r in market.analysis(year).areas}
    charts = {t.year: t for t in StatsStore(database).market_tallies()}[year].area_shares
    document = year_document(database, year, TODAY)
    printed = {r.key: r.share for r in demand_data(database, document).rows}
    review = dict(year_document(database, year + 1, TODAY).review.top_areas)
    weights = ProfileStore(database).advisor_inputs().demand

    assert page["seo"] == charts["seo"] == printed["seo"] == review["seo"]
    assert page["seo"] == 2 / 3  # two postings ask for SEO skills, none tags the area
    assert page["digital_media"] == charts["digital_media"] == printed["digital_media"] == 1 / 3
    assert weights is not None and weights["seo"] == 1.0
