"""Job postings and the yearly reading of the job market: what the UI and CLI call.

The analysis itself is pure (``planner.domain.market``); this module loads the
postings and the user's levels and hands them over. One rule is added here:
a posting that asks for a skill asks for that skill's area too, so a posting
tagged only "Link building" counts towards SEO in the area shares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from planner.domain import market
from planner.domain.enums import Seniority
from planner.domain.reasons import LabelKind, Reason
from planner.domain.skills import AreaLevel, SkillState
from planner.i18n.markers import N_
from planner.store import figures
from planner.store.database import Database
from planner.store.errors import ValidationError
from planner.store.models import (
    Area,
    JobPosting,
    Skill,
    _now,
    posting_areas,
    posting_skills,
)
from planner.store.skills import SkillStore
from planner.store.validation import check_link, check_not_future, check_text

MAX_FIELD_LENGTH = 500
_CHUNK = 200


@dataclass(frozen=True)
class PostingData:
    """What a person enters for one posting (also one row of a CSV file)."""

    seen_on: dt.date
    title: str
    employer: str = ""
    source: str = ""
    url: str = ""
    location: str = ""
    seniority: Seniority | None = None
    area_keys: tuple[str, ...] = ()
    skill_keys: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class PostingRecord(PostingData):
    id: int = 0


@dataclass(frozen=True)
class AnalysisRow:
    """One area or skill of the yearly analysis."""

    key: str
    custom_name: str | None  # a custom skill's typed name; None: translate the key
    share: float  # 0..1 of the year's postings
    points: float | None  # change from the year before, percentage points
    current: float | None
    target: float | None
    weak_in_demand: bool
    reason: Reason | None


@dataclass(frozen=True)
class MarketAnalysis:
    year: int
    postings: int
    previous_postings: int
    areas: tuple[AnalysisRow, ...]
    skills: tuple[AnalysisRow, ...]

    @property
    def flagged(self) -> tuple[AnalysisRow, ...]:
        return tuple(row for row in (*self.areas, *self.skills) if row.weak_in_demand)


def clean_posting(data: PostingData, today: dt.date | None = None) -> PostingData:
    """The posting with its text trimmed, or a ValidationError naming the problem."""
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError(N_("The title cannot be empty."))
    check_not_future(data.seen_on, today)
    fields = {
        "title": title,
        "employer": " ".join(data.employer.split()),
        "source": " ".join(data.source.split()),
        "location": " ".join(data.location.split()),
    }
    for value in fields.values():
        if len(value) > MAX_FIELD_LENGTH:
            raise ValidationError(
                N_("A field is longer than {limit} characters."), limit=MAX_FIELD_LENGTH
            )
    return PostingData(
        seen_on=data.seen_on,
        url=check_link(data.url),
        seniority=data.seniority,
        area_keys=tuple(dict.fromkeys(data.area_keys)),
        skill_keys=tuple(dict.fromkeys(data.skill_keys)),
        notes=check_text(data.notes),
        **fields,
    )


class MarketStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------

    def postings(
        self, year: int | None = None, ids: Iterable[int] | None = None
    ) -> list[PostingRecord]:
        """Postings by date seen, then in the order they were entered (``ids``: only those)."""
        with self._db.reading() as session:
            return _load(session, year, None if ids is None else list(ids))

    def posting(self, posting_id: int) -> PostingRecord:
        with self._db.reading() as session:
            found = _load(session, ids=[posting_id])
        if not found:
            raise ValidationError(N_("That job posting no longer exists."))
        return found[0]

    def count(self) -> int:
        with self._db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(JobPosting)) or 0)

    def years(self) -> list[int]:
        """The years that have postings, newest first."""
        with self._db.reading() as session:
            days = session.scalars(select(JobPosting.seen_on).distinct())
            return sorted({day.year for day in days}, reverse=True)

    def sources(self) -> list[str]:
        """Sources used before, most recent first (for the entry form's completer)."""
        with self._db.reading() as session:
            rows = session.execute(
                select(JobPosting.source)
                .where(JobPosting.source != "")
                .order_by(JobPosting.id.desc())
            )
            return list(dict.fromkeys(source for (source,) in rows))

    # -- editing ---------------------------------------------------------

    def create(self, data: PostingData) -> PostingRecord:
        data = clean_posting(data)
        with self._db.transaction() as session:
            row = JobPosting()
            _apply(session, row, data, _keys(session))
            session.add(row)
            session.flush()
            return _record(row)

    def update(self, posting_id: int, data: PostingData) -> PostingRecord:
        """Change a posting; returns it as it was before (for undo)."""
        data = clean_posting(data)
        with self._db.transaction() as session:
            row = _posting(session, posting_id)
            before = _record(row)
            _apply(session, row, data, _keys(session))
            return before

    def delete(self, posting_id: int) -> PostingRecord:
        """Delete a posting; returns it so that it can be restored (undo)."""
        with self._db.transaction() as session:
            row = _posting(session, posting_id)
            record = _record(row)
            session.delete(row)
            return record

    def restore(self, record: PostingRecord) -> None:
        """Put back a deleted posting under its old id (undo of a delete)."""
        self.restore_many([record])

    def delete_many(self, posting_ids: Iterable[int]) -> list[PostingRecord]:
        ids = list(posting_ids)
        with self._db.transaction() as session:
            records = _load(session, ids=ids)
            session.execute(delete(JobPosting).where(JobPosting.id.in_(ids)))
            return records

    def restore_many(self, records: Sequence[PostingRecord]) -> None:
        with self._db.transaction() as session:
            _insert(session, records, _keys(session), keep_ids=True)

    def import_postings(
        self,
        postings: Sequence[PostingData],
        progress: Callable[[int], None] | None = None,
    ) -> list[int]:
        """Add every posting in one transaction: all of them or none. Returns the new ids.

        ``progress`` is called with the number inserted so far; raising from it
        (to cancel) rolls the whole import back.
        """
        with self._db.transaction() as session:
            return _insert(session, postings, _keys(session), progress=progress)

    # -- the yearly analysis --------------------------------------------

    def analysis(self, year: int) -> MarketAnalysis:
        skills = SkillStore(self._db).skills()
        with self._db.reading() as session:
            postings = figures.market_postings(session, (year - 1, year))
        comparison = market.compare_years(postings, year)
        now = market.tally(postings, year)

        states = {
            s.key: SkillState(s.key, s.current_level, s.target_level, s.last_assessed)
            for s in skills
        }
        with self._db.reading() as session:
            area_level = figures.area_levels(session)  # archived skills left out
        skill_level = {
            key: AreaLevel(
                None if state.current is None else float(state.current),
                None if state.target is None else float(state.target),
            )
            for key, state in states.items()
        }
        custom = {s.key: s.custom_name for s in skills}
        archived = {s.key for s in skills if s.archived}
        # Archived skills the market never asked for this year are left out.
        skill_level = {
            k: v for k, v in skill_level.items() if k not in archived or k in now.skill_shares
        }

        area_points = {c.key: c.points for c in comparison.areas}
        skill_points = {c.key: c.points for c in comparison.skills}
        areas = market.demand_vs_level(now.area_shares, area_level, LabelKind.AREA)
        skill_rows = market.demand_vs_level(now.skill_shares, skill_level, LabelKind.SKILL)
        return MarketAnalysis(
            year=year,
            postings=comparison.postings,
            previous_postings=comparison.previous_postings,
            areas=tuple(_row(r, None, area_points.get(r.key)) for r in areas),
            skills=tuple(_row(r, custom.get(r.key), skill_points.get(r.key)) for r in skill_rows),
        )

    def demand_weights_for_year(self, year: int) -> dict[str, float]:
        """Per area, its share of ``year``'s postings divided by the top area's: 0..1.

        What the advisor weighs (below the user's own strengths); every area
        is 0.0 when no postings were read that year.
        """
        return market.demand_weights(self._tally(year))

    def latest_demand(self) -> tuple[int | None, int, dict[str, float] | None]:
        """(year, postings, demand weights) of the latest year with postings, for the advisor."""
        years = self.years()
        if not years:
            return None, 0, None
        year_tally = self._tally(years[0])
        return years[0], year_tally.postings, market.demand_weights(year_tally)

    def _tally(self, year: int) -> market.YearTally:
        with self._db.reading() as session:
            return figures.year_tally(session, year)

    def needs_reminder(self, today: dt.date | None = None) -> bool:
        """True when no posting was read in this year yet."""
        today = today or dt.date.today()
        with self._db.reading() as session:
            days = session.scalars(
                select(JobPosting.seen_on).where(JobPosting.seen_on >= dt.date(today.year, 1, 1))
            ).all()
        return market.needs_reminder(days, today)


@dataclass(frozen=True)
class _Keys:
    areas: dict[str, int]
    skills: dict[str, int]


def _keys(session: Session) -> _Keys:
    return _Keys(
        areas={key: id_ for key, id_ in session.execute(select(Area.key, Area.id))},
        skills={key: id_ for key, id_ in session.execute(select(Skill.key, Skill.id))},
    )


def _check_keys(data: PostingData, keys: _Keys) -> None:
    for key in data.area_keys:
        if key not in keys.areas:
            raise ValidationError(N_("There is no area with the key {key}."), key=key)
    for key in data.skill_keys:
        if key not in keys.skills:
            raise ValidationError(N_("There is no skill with the key {key}."), key=key)


def _apply(session: Session, row: JobPosting, data: PostingData, keys: _Keys) -> None:
    _check_keys(data, keys)
    row.seen_on, row.title, row.employer = data.seen_on, data.title, data.employer
    row.source, row.url, row.location = data.source, data.url, data.location
    row.seniority, row.notes = data.seniority, data.notes
    row.areas = [session.get(Area, keys.areas[k]) for k in data.area_keys]  # type: ignore[misc]
    row.skills = [session.get(Skill, keys.skills[k]) for k in data.skill_keys]  # type: ignore[misc]


def _insert(
    session: Session,
    postings: Sequence[PostingData],
    keys: _Keys,
    *,
    keep_ids: bool = False,
    progress: Callable[[int], None] | None = None,
) -> list[int]:
    """Insert many postings with a few executemany statements: thousands per second.

    New ids are given here (after the largest one) so that one statement
    inserts every row; the transaction holds the write lock while it runs.
    """
    next_id = session.scalar(select(func.coalesce(func.max(JobPosting.id), 0) + 1)) or 1
    rows: list[dict[str, object]] = []
    area_links: list[dict[str, int]] = []
    skill_links: list[dict[str, int]] = []
    now = _now()
    for data in postings:
        _check_keys(data, keys)
        if keep_ids and isinstance(data, PostingRecord):
            new_id = data.id
        else:
            new_id, next_id = next_id, next_id + 1
        rows.append(
            {
                "id": new_id,
                "seen_on": data.seen_on,
                "title": data.title,
                "employer": data.employer,
                "source": data.source,
                "url": data.url,
                "location": data.location,
                "seniority": data.seniority,
                "notes": data.notes,
                "created_at": now,
            }
        )
        area_links += [{"posting_id": new_id, "area_id": keys.areas[k]} for k in data.area_keys]
        skill_links += [{"posting_id": new_id, "skill_id": keys.skills[k]} for k in data.skill_keys]
    table = JobPosting.__table__
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(table), rows[start : start + _CHUNK])
        if progress is not None:
            progress(min(start + _CHUNK, len(rows)))
    if area_links:
        session.execute(insert(posting_areas), area_links)
    if skill_links:
        session.execute(insert(posting_skills), skill_links)
    return [int(row["id"]) for row in rows]  # type: ignore[call-overload]


def _load(
    session: Session, year: int | None = None, ids: Sequence[int] | None = None
) -> list[PostingRecord]:
    """Postings with their area and skill keys, in three plain queries."""
    table = JobPosting.__table__
    query = select(table).order_by(table.c.seen_on, table.c.id)
    if year is not None:
        query = query.where(
            table.c.seen_on >= dt.date(year, 1, 1), table.c.seen_on <= dt.date(year, 12, 31)
        )
    if ids is not None:
        query = query.where(table.c.id.in_(list(ids)))
    rows = session.execute(query).mappings().all()
    wanted = {row["id"] for row in rows}
    areas: dict[int, list[str]] = {}
    skills: dict[int, list[str]] = {}
    if wanted:
        link_filter = None if year is None and ids is None else wanted
        area_query = select(posting_areas.c.posting_id, Area.key).join(
            Area, Area.id == posting_areas.c.area_id
        )
        skill_query = select(posting_skills.c.posting_id, Skill.key).join(
            Skill, Skill.id == posting_skills.c.skill_id
        )
        if link_filter is not None:
            area_query = area_query.where(posting_areas.c.posting_id.in_(link_filter))
            skill_query = skill_query.where(posting_skills.c.posting_id.in_(link_filter))
        for posting_id, key in session.execute(area_query):
            areas.setdefault(posting_id, []).append(key)
        for posting_id, key in session.execute(skill_query):
            skills.setdefault(posting_id, []).append(key)
    return [
        PostingRecord(
            id=row["id"],
            seen_on=row["seen_on"],
            title=row["title"],
            employer=row["employer"],
            source=row["source"],
            url=row["url"],
            location=row["location"],
            seniority=row["seniority"],
            area_keys=tuple(sorted(areas.get(row["id"], ()))),
            skill_keys=tuple(sorted(skills.get(row["id"], ()))),
            notes=row["notes"],
        )
        for row in rows
    ]


def _posting(session: Session, posting_id: int) -> JobPosting:
    row = session.get(JobPosting, posting_id)
    if row is None:
        raise ValidationError(N_("That job posting no longer exists."))
    return row


def _record(row: JobPosting) -> PostingRecord:
    return PostingRecord(
        id=row.id,
        seen_on=row.seen_on,
        title=row.title,
        employer=row.employer,
        source=row.source,
        url=row.url,
        location=row.location,
        seniority=row.seniority,
        area_keys=tuple(sorted(a.key for a in row.areas)),
        skill_keys=tuple(sorted(s.key for s in row.skills)),
        notes=row.notes,
    )


def _row(row: market.DemandRow, custom_name: str | None, points: float | None) -> AnalysisRow:
    return AnalysisRow(
        key=row.key,
        custom_name=custom_name,
        share=row.share,
        points=points,
        current=row.current,
        target=row.target,
        weak_in_demand=row.weak_in_demand,
        reason=row.reason,
    )
