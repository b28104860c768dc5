"""SQLAlchemy 2 typed models for the whole domain.

Conventions: stable keys and enum *values* are stored, never translated text;
dates are ``DATE``; durations are whole minutes; money is an integer amount in
the currency's minor unit with its ISO code beside it (SQLite has no decimal).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from planner.domain.enums import (
    GoalStatus,
    LearningType,
    PlanStatus,
    Road,
    Seniority,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(enum_cls: type) -> Enum:
    # Stored as the value string without a CHECK constraint, so adding a member
    # later needs no table rebuild; SQLAlchemy validates on the way in.
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Profile(Base):
    """The person whose career this is. One row."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    onboarded: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Area(Base):
    __tablename__ = "areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    skills: Mapped[list[Skill]] = relationship(back_populates="area", order_by="Skill.position")


class Skill(Base):
    """A catalogue skill (``name`` is NULL: translated from the catalogue by key)
    or a custom one (``name`` holds what the user typed)."""

    __tablename__ = "skills"
    __table_args__ = (
        CheckConstraint("target_level IS NULL OR target_level BETWEEN 0 AND 5", name="target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id", ondelete="RESTRICT"))
    name: Mapped[str | None] = mapped_column(String(200))
    is_custom: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    target_level: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    area: Mapped[Area] = relationship(back_populates="skills")


class Assessment(Base):
    """A dated self-assessment. New ones are added; the history is never overwritten."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 5", name="level"),
        Index("ix_assessments_skill_date", "skill_id", "assessed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id", ondelete="CASCADE"))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    level: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence_url: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class StrengthsProfile(Base):
    __tablename__ = "strengths_profiles"
    __table_args__ = tuple(
        CheckConstraint(f"{kind} BETWEEN 1 AND 5", name=kind)
        for kind in ("technical", "creative", "analytical", "people")
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    technical: Mapped[int] = mapped_column(Integer)
    creative: Mapped[int] = mapped_column(Integer)
    analytical: Mapped[int] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


choice_focus_areas = Table(
    "choice_focus_areas",
    Base.metadata,
    Column(
        "choice_id", ForeignKey("specialisation_choices.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("area_id", ForeignKey("areas.id", ondelete="RESTRICT"), primary_key=True),
)


class SpecialisationChoice(Base):
    """One choice of road; every choice is kept so the user sees their thinking move."""

    __tablename__ = "specialisation_choices"

    id: Mapped[int] = mapped_column(primary_key=True)
    chosen_on: Mapped[dt.date] = mapped_column(Date, index=True)
    road: Mapped[Road] = mapped_column(_enum(Road))
    rationale: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    focus_areas: Mapped[list[Area]] = relationship(secondary=choice_focus_areas)


plan_item_skills = Table(
    "plan_item_skills",
    Base.metadata,
    Column("plan_item_id", ForeignKey("plan_items.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True),
)


class PlanItem(Base):
    __tablename__ = "plan_items"
    __table_args__ = (
        CheckConstraint("estimated_minutes IS NULL OR estimated_minutes >= 0", name="estimate"),
        CheckConstraint("cost_minor IS NULL OR cost_minor >= 0", name="cost"),
        CheckConstraint("priority BETWEEN 1 AND 3", name="priority"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    item_type: Mapped[LearningType] = mapped_column(_enum(LearningType))
    provider: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    status: Mapped[PlanStatus] = mapped_column(_enum(PlanStatus), default=PlanStatus.PLANNED)
    planned_start: Mapped[dt.date | None] = mapped_column(Date)
    planned_end: Mapped[dt.date | None] = mapped_column(Date)
    estimated_minutes: Mapped[int | None] = mapped_column(Integer)
    cost_minor: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="")
    priority: Mapped[int] = mapped_column(Integer, default=2)
    notes: Mapped[str] = mapped_column(Text, default="")
    plan_year: Mapped[int] = mapped_column(Integer, index=True)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # Since 0002: how long a certification holds, and the plan item that renews it.
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    renewal_id: Mapped[int | None] = mapped_column(ForeignKey("plan_items.id", ondelete="SET NULL"))

    skills: Mapped[list[Skill]] = relationship(secondary=plan_item_skills)


log_entry_skills = Table(
    "log_entry_skills",
    Base.metadata,
    Column("log_entry_id", ForeignKey("log_entries.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_log_entry_skills_skill", "skill_id"),
)


class LogEntry(Base):
    __tablename__ = "log_entries"
    __table_args__ = (CheckConstraint("minutes BETWEEN 1 AND 1440", name="minutes"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    logged_on: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    learning_type: Mapped[LearningType] = mapped_column(_enum(LearningType))
    plan_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_items.id", ondelete="SET NULL"), index=True
    )
    learned: Mapped[str] = mapped_column(Text, default="")
    apply: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    skills: Mapped[list[Skill]] = relationship(secondary=log_entry_skills)


posting_areas = Table(
    "posting_areas",
    Base.metadata,
    Column("posting_id", ForeignKey("job_postings.id", ondelete="CASCADE"), primary_key=True),
    Column("area_id", ForeignKey("areas.id", ondelete="RESTRICT"), primary_key=True),
)

posting_skills = Table(
    "posting_skills",
    Base.metadata,
    Column("posting_id", ForeignKey("job_postings.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True),
)


class JobPosting(Base):
    __tablename__ = "job_postings"

    id: Mapped[int] = mapped_column(primary_key=True)
    seen_on: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(500))
    employer: Mapped[str] = mapped_column(String(500), default="")
    source: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    location: Mapped[str] = mapped_column(String(500), default="")
    seniority: Mapped[Seniority | None] = mapped_column(_enum(Seniority))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    areas: Mapped[list[Area]] = relationship(secondary=posting_areas)
    skills: Mapped[list[Skill]] = relationship(secondary=posting_skills)


class YearPlan(Base):
    __tablename__ = "year_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    review: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    goals: Mapped[list[Goal]] = relationship(
        back_populates="year_plan", order_by="Goal.position", cascade="all, delete-orphan"
    )


class Goal(Base):
    """A SMART goal: what, how it is measured, by when, the skill it builds."""

    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_plan_id: Mapped[int] = mapped_column(ForeignKey("year_plans.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(500))
    measure: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skills.id", ondelete="SET NULL"))
    status: Mapped[GoalStatus] = mapped_column(_enum(GoalStatus), default=GoalStatus.OPEN)
    position: Mapped[int] = mapped_column(Integer, default=0)

    year_plan: Mapped[YearPlan] = relationship(back_populates="goals")
