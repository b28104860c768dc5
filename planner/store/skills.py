"""Skills, targets and the dated self-assessments: what the UI and CLI call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from planner.domain.skills import AreaLevel
from planner.i18n.markers import N_
from planner.store.database import Database
from planner.store.errors import ValidationError
from planner.store.models import Area, Assessment, Skill
from planner.store.validation import (
    check_level,
    check_link,
    check_name,
    check_not_future,
    check_text,
)


@dataclass(frozen=True)
class SkillRecord:
    id: int
    key: str
    area_key: str
    custom_name: str | None  # None for catalogue skills: translate the catalogue name
    is_custom: bool
    archived: bool
    target_level: int | None
    current_level: int | None
    last_assessed: dt.date | None
    sort_key: tuple[int, int]


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    skill_key: str
    assessed_on: dt.date
    level: int
    note: str
    evidence_url: str


class SkillStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------

    def skills(self, include_archived: bool = True) -> list[SkillRecord]:
        with self._db.reading() as session:
            latest = _latest_assessments(session)
            query = select(Skill, Area.key, Area.position).join(Area)
            if not include_archived:
                query = query.where(Skill.archived.is_(False))
            records = []
            for skill, area_key, area_position in session.execute(query):
                level, on = latest.get(skill.id, (None, None))
                records.append(
                    SkillRecord(
                        id=skill.id,
                        key=skill.key,
                        area_key=area_key,
                        custom_name=skill.name if skill.is_custom else None,
                        is_custom=skill.is_custom,
                        archived=skill.archived,
                        target_level=skill.target_level,
                        current_level=level,
                        last_assessed=on,
                        sort_key=(area_position, skill.position),
                    )
                )
        return sorted(records, key=lambda r: r.sort_key)

    def skill(self, key: str) -> SkillRecord:
        for record in self.skills():
            if record.key == key:
                return record
        raise ValidationError(N_("There is no skill with the key {key}."), key=key)

    def assessments(self, skill_key: str | None = None) -> list[AssessmentRecord]:
        """Assessments, newest first (date, then the order they were made)."""
        with self._db.reading() as session:
            query = select(Assessment, Skill.key).join(Skill)
            if skill_key is not None:
                query = query.where(Skill.key == skill_key)
            query = query.order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
            return [_assessment_record(a, key) for a, key in session.execute(query)]

    def area_levels(self) -> dict[str, AreaLevel]:
        """Per area (catalogue order), the mean current and target level of its active skills."""
        from planner.store import figures  # figures reads latest_assessments from here

        with self._db.reading() as session:
            return figures.area_levels(session)

    # -- assessments -----------------------------------------------------

    def assess(
        self,
        skill_key: str,
        level: int,
        on: dt.date,
        note: str = "",
        evidence_url: str = "",
    ) -> AssessmentRecord:
        level = check_level(level)
        check_not_future(on)
        note, evidence_url = check_text(note), check_link(evidence_url)
        with self._db.transaction() as session:
            skill = _skill(session, skill_key)
            row = Assessment(
                skill_id=skill.id, assessed_on=on, level=level, note=note, evidence_url=evidence_url
            )
            session.add(row)
            session.flush()
            return _assessment_record(row, skill.key)

    def update_assessment(
        self, assessment_id: int, level: int, on: dt.date, note: str, evidence_url: str
    ) -> AssessmentRecord:
        """Correct an entry of the history; returns the entry as it was before."""
        level = check_level(level)
        check_not_future(on)
        note, evidence_url = check_text(note), check_link(evidence_url)
        with self._db.transaction() as session:
            row = _assessment(session, assessment_id)
            key = session.get(Skill, row.skill_id).key  # type: ignore[union-attr]
            before = _assessment_record(row, key)
            row.level, row.assessed_on, row.note, row.evidence_url = level, on, note, evidence_url
            return before

    def delete_assessment(self, assessment_id: int) -> AssessmentRecord:
        """Delete an entry; returns it so that it can be restored (undo)."""
        with self._db.transaction() as session:
            row = _assessment(session, assessment_id)
            key = session.get(Skill, row.skill_id).key  # type: ignore[union-attr]
            record = _assessment_record(row, key)
            session.delete(row)
            return record

    def restore_assessment(self, record: AssessmentRecord) -> None:
        """Put back a deleted entry under its old id (undo of a delete)."""
        with self._db.transaction() as session:
            skill = _skill(session, record.skill_key)
            session.add(
                Assessment(
                    id=record.id,
                    skill_id=skill.id,
                    assessed_on=record.assessed_on,
                    level=record.level,
                    note=record.note,
                    evidence_url=record.evidence_url,
                )
            )

    def remove_assessment_exactly(self, assessment_id: int) -> None:
        """Undo of :meth:`assess`: remove the entry it created."""
        with self._db.transaction() as session:
            session.execute(delete(Assessment).where(Assessment.id == assessment_id))

    # -- skills and targets ---------------------------------------------

    def set_target(self, skill_key: str, level: int | None) -> int | None:
        """Set (or clear) the target; returns the previous target."""
        if level is not None:
            level = check_level(level)
        with self._db.transaction() as session:
            skill = _skill(session, skill_key)
            before = skill.target_level
            skill.target_level = level
            return before

    def add_custom_skill(self, area_key: str, name: str, key: str | None = None) -> SkillRecord:
        name = check_name(name)
        with self._db.transaction() as session:
            area = session.scalar(select(Area).where(Area.key == area_key))
            if area is None:
                raise ValidationError(N_("There is no area with the key {key}."), key=area_key)
            _check_unique_name(session, name)
            position = session.scalar(
                select(func.coalesce(func.max(Skill.position), -1) + 1).where(
                    Skill.area_id == area.id
                )
            )
            if key is None:
                next_id = session.scalar(select(func.coalesce(func.max(Skill.id), 0) + 1))
                key = f"custom_{next_id}"
            skill = Skill(key=key, area=area, name=name, is_custom=True, position=position)
            session.add(skill)
            session.flush()
            skill_id = skill.id
        return next(r for r in self.skills() if r.id == skill_id)

    def rename_custom_skill(self, skill_key: str, name: str) -> str:
        """Rename a custom skill; returns the old name."""
        name = check_name(name)
        with self._db.transaction() as session:
            skill = _skill(session, skill_key)
            if not skill.is_custom:
                raise ValidationError(N_("Only skills you added yourself can be renamed."))
            _check_unique_name(session, name, exclude=skill.id)
            before = skill.name or ""
            skill.name = name
            return before

    def set_archived(self, skill_key: str, archived: bool) -> bool:
        """Archive or bring back a custom skill; returns the previous state."""
        with self._db.transaction() as session:
            skill = _skill(session, skill_key)
            if not skill.is_custom:
                raise ValidationError(N_("Only skills you added yourself can be archived."))
            before = skill.archived
            skill.archived = archived
            return before


def latest_assessments(on: dt.date | None = None) -> Subquery:
    """Each skill's latest assessment (on or before ``on``): latest date, then latest entry.

    Columns: ``id``, ``skill_id``, ``level``, ``assessed_on``. The one place the
    rule "current level = the latest assessment" is written in SQL.
    """
    query = select(
        Assessment.id,
        Assessment.skill_id,
        Assessment.level,
        Assessment.assessed_on,
        func.row_number()
        .over(
            partition_by=Assessment.skill_id,
            order_by=(Assessment.assessed_on.desc(), Assessment.id.desc()),
        )
        .label("rank"),
    )
    if on is not None:
        query = query.where(Assessment.assessed_on <= on)
    ranked = query.subquery()
    return (
        select(ranked.c.id, ranked.c.skill_id, ranked.c.level, ranked.c.assessed_on)
        .where(ranked.c.rank == 1)
        .subquery()
    )


def _latest_assessments(session: Session) -> dict[int, tuple[int, dt.date]]:
    latest = latest_assessments()
    rows = session.execute(select(latest.c.skill_id, latest.c.level, latest.c.assessed_on))
    return {skill_id: (level, on) for skill_id, level, on in rows}


def _skill(session: Session, key: str) -> Skill:
    skill = session.scalar(select(Skill).where(Skill.key == key))
    if skill is None:
        raise ValidationError(N_("There is no skill with the key {key}."), key=key)
    return skill


def _assessment(session: Session, assessment_id: int) -> Assessment:
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise ValidationError(N_("That assessment no longer exists."))
    return row


def _check_unique_name(session: Session, name: str, exclude: int | None = None) -> None:
    query = select(Skill.id).where(func.lower(Skill.name) == name.lower())
    if exclude is not None:
        query = query.where(Skill.id != exclude)
    if session.scalar(query) is not None:
        raise ValidationError(N_("A skill with that name exists already."))


def _assessment_record(row: Assessment, skill_key: str) -> AssessmentRecord:
    return AssessmentRecord(
        id=row.id,
        skill_key=skill_key,
        assessed_on=row.assessed_on,
        level=row.level,
        note=row.note,
        evidence_url=row.evidence_url,
    )
