"""The person, their dated strengths, their specialisation choices, and the advisor's inputs.

Strengths profiles and specialisation choices are never overwritten: each is
a new dated row, so the history shows how the person's thinking moved. The
latest of each (by date, then by the order they were made) is the current one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from planner.domain.advisor import (
    MAX_STRENGTH,
    MIN_STRENGTH,
    Advice,
    ChoiceInput,
    StrengthsInput,
    advise,
    validate_focus,
)
from planner.domain.enums import Road, StrengthKind
from planner.domain.reasons import Reason, catalogue_namer, render_reason
from planner.domain.skills import AreaLevel
from planner.i18n.markers import N_
from planner.store.database import Database
from planner.store.errors import ValidationError
from planner.store.market import MarketStore
from planner.store.models import (
    Area,
    Assessment,
    Profile,
    Skill,
    SpecialisationChoice,
    StrengthsProfile,
)
from planner.store.skills import SkillStore
from planner.store.validation import MAX_NAME_LENGTH, check_level, check_not_future, check_text

PROFILE_ID = 1


@dataclass(frozen=True)
class ProfileRecord:
    name: str
    role: str
    onboarded: bool


@dataclass(frozen=True)
class StrengthsRecord:
    id: int
    assessed_on: dt.date
    technical: int
    creative: int
    analytical: int
    people: int
    note: str

    def of(self, kind: StrengthKind) -> int:
        value: int = getattr(self, kind.value)
        return value

    def as_input(self) -> StrengthsInput:
        return StrengthsInput(self.technical, self.creative, self.analytical, self.people)


@dataclass(frozen=True)
class ChoiceRecord:
    id: int
    chosen_on: dt.date
    road: Road
    focus: tuple[str, ...]  # area keys in catalogue order
    rationale: str
    review_on: dt.date | None

    def as_input(self) -> ChoiceInput:
        return ChoiceInput(self.road, self.focus)


@dataclass(frozen=True)
class AdvisorInputs:
    """Everything the advisor reads, gathered from the store."""

    strengths: StrengthsRecord | None
    levels: Mapping[str, AreaLevel]
    choice: ChoiceRecord | None
    demand: Mapping[str, float] | None  # None: no job postings read yet
    demand_year: int | None
    postings: int  # postings in demand_year

    def advice(self) -> Advice | None:
        """The advice for these inputs; None until strengths are recorded."""
        if self.strengths is None:
            return None
        return advise(
            self.strengths.as_input(),
            levels=self.levels,
            demand=self.demand,
            choice=self.choice.as_input() if self.choice else None,
        )


class FocusError(ValidationError):
    """A road and focus areas that do not fit together; the advisor's reasons say why."""

    def __init__(self, reasons: Iterable[Reason]) -> None:
        self.reasons = tuple(reasons)
        super().__init__(N_("The focus areas do not fit the road."))

    def message(self, translate: Callable[[str], str]) -> str:
        name = catalogue_namer(translate)
        return " ".join(render_reason(reason, translate, name) for reason in self.reasons)


def check_strength(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        valid = False
    else:
        valid = MIN_STRENGTH <= value <= MAX_STRENGTH
    if not valid:
        raise ValidationError(
            N_("A strength must be a whole number from {low} to {high}."),
            low=MIN_STRENGTH,
            high=MAX_STRENGTH,
        )
    return int(value)  # type: ignore[arg-type]


def check_short_text(value: str) -> str:
    text = " ".join(value.split())
    if len(text) > MAX_NAME_LENGTH:
        raise ValidationError(
            N_("The text is longer than {limit} characters."), limit=MAX_NAME_LENGTH
        )
    return text


class ProfileStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- the person ------------------------------------------------------

    def profile(self) -> ProfileRecord:
        with self._db.reading() as session:
            row = _profile(session)
            return ProfileRecord(row.name, row.role, row.onboarded)

    def set_profile(self, name: str, role: str) -> ProfileRecord:
        """Set name and current role; returns the profile as it was before."""
        name = check_short_text(name)
        if not name:
            raise ValidationError(N_("The name cannot be empty."))
        role = check_short_text(role)
        with self._db.transaction() as session:
            row = _profile(session)
            before = ProfileRecord(row.name, row.role, row.onboarded)
            row.name, row.role = name, role
            return before

    def set_onboarded(self, onboarded: bool = True) -> bool:
        """Mark the first-run guide as done (or not); returns the previous state."""
        with self._db.transaction() as session:
            row = _profile(session)
            before = row.onboarded
            row.onboarded = onboarded
            return before

    # -- strengths -------------------------------------------------------

    def add_strengths(
        self,
        technical: int,
        creative: int,
        analytical: int,
        people: int,
        *,
        on: dt.date,
        note: str = "",
    ) -> StrengthsRecord:
        values = [check_strength(v) for v in (technical, creative, analytical, people)]
        check_not_future(on)
        note = check_text(note)
        with self._db.transaction() as session:
            row = StrengthsProfile(
                assessed_on=on,
                technical=values[0],
                creative=values[1],
                analytical=values[2],
                people=values[3],
                note=note,
            )
            session.add(row)
            session.flush()
            return _strengths_record(row)

    def strengths_history(self) -> list[StrengthsRecord]:
        """Every strengths profile, newest first."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(StrengthsProfile).order_by(
                    StrengthsProfile.assessed_on.desc(), StrengthsProfile.id.desc()
                )
            )
            return [_strengths_record(row) for row in rows]

    def latest_strengths(self) -> StrengthsRecord | None:
        history = self.strengths_history()
        return history[0] if history else None

    def delete_strengths(self, strengths_id: int) -> StrengthsRecord:
        """Delete a profile from the history; returns it so undo can restore it."""
        with self._db.transaction() as session:
            row = session.get(StrengthsProfile, strengths_id)
            if row is None:
                raise ValidationError(N_("That strengths profile no longer exists."))
            record = _strengths_record(row)
            session.delete(row)
            return record

    def restore_strengths(self, record: StrengthsRecord) -> None:
        with self._db.transaction() as session:
            session.add(
                StrengthsProfile(
                    id=record.id,
                    assessed_on=record.assessed_on,
                    technical=record.technical,
                    creative=record.creative,
                    analytical=record.analytical,
                    people=record.people,
                    note=record.note,
                )
            )

    # -- specialisation choices -----------------------------------------

    def add_choice(
        self,
        road: Road,
        focus: Iterable[str],
        rationale: str,
        on: dt.date,
        review_on: dt.date | None = None,
    ) -> ChoiceRecord:
        """Record a choice; refused (FocusError) when the focus areas do not fit the road."""
        focus_keys = list(focus)
        problems = validate_focus(Road(road), focus_keys)
        if problems:
            raise FocusError(problems)
        check_not_future(on)
        if review_on is not None and review_on <= on:
            raise ValidationError(N_("The review date must be after the date of the choice."))
        rationale = check_text(rationale.strip())
        with self._db.transaction() as session:
            areas = list(session.scalars(select(Area).where(Area.key.in_(focus_keys))))
            row = SpecialisationChoice(
                chosen_on=on, road=Road(road), rationale=rationale, review_on=review_on
            )
            row.focus_areas = sorted(areas, key=lambda a: a.position)
            session.add(row)
            session.flush()
            return _choice_record(row)

    def choices(self) -> list[ChoiceRecord]:
        """Every choice, newest first."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(SpecialisationChoice).order_by(
                    SpecialisationChoice.chosen_on.desc(), SpecialisationChoice.id.desc()
                )
            )
            return [_choice_record(row) for row in rows]

    def latest_choice(self) -> ChoiceRecord | None:
        history = self.choices()
        return history[0] if history else None

    def delete_choice(self, choice_id: int) -> ChoiceRecord:
        with self._db.transaction() as session:
            row = session.get(SpecialisationChoice, choice_id)
            if row is None:
                raise ValidationError(N_("That choice no longer exists."))
            record = _choice_record(row)
            session.delete(row)
            return record

    def restore_choice(self, record: ChoiceRecord) -> None:
        with self._db.transaction() as session:
            areas = list(session.scalars(select(Area).where(Area.key.in_(record.focus))))
            row = SpecialisationChoice(
                id=record.id,
                chosen_on=record.chosen_on,
                road=record.road,
                rationale=record.rationale,
                review_on=record.review_on,
            )
            row.focus_areas = sorted(areas, key=lambda a: a.position)
            session.add(row)

    # -- the quick self-assessment of the first-run guide ---------------

    def assess_areas(self, levels: Mapping[str, int], on: dt.date) -> list[int]:
        """One level per area, recorded as an assessment of each of the area's skills.

        Every active skill of the area gets the same dated assessment, so the
        area's current level (the mean of its skills) is exactly the level
        given; each skill can be refined on the skills page later, and the
        history keeps this first estimate. Returns the new assessments' ids
        (undo removes them).
        """
        checked = {key: check_level(level) for key, level in levels.items()}
        check_not_future(on)
        with self._db.transaction() as session:
            known = set(session.scalars(select(Area.key)))
            for key in checked:
                if key not in known:
                    raise ValidationError(N_("There is no area with the key {key}."), key=key)
            skills = session.execute(
                select(Skill.id, Area.key)
                .join(Area)
                .where(Area.key.in_(list(checked)), Skill.archived.is_(False))
            )
            rows = [
                Assessment(skill_id=skill_id, assessed_on=on, level=checked[area_key])
                for skill_id, area_key in skills
            ]
            session.add_all(rows)
            session.flush()
            return [row.id for row in rows]

    def remove_assessments(self, assessment_ids: Iterable[int]) -> None:
        with self._db.transaction() as session:
            session.execute(delete(Assessment).where(Assessment.id.in_(list(assessment_ids))))

    # -- what the advisor reads -----------------------------------------

    def area_levels(self) -> dict[str, AreaLevel]:
        """Per area, the mean current and target level of its active skills."""
        return SkillStore(self._db).area_levels()

    def market_demand(self) -> tuple[int | None, int, dict[str, float] | None]:
        """(year, postings, demand weights) for the latest year with job postings."""
        return MarketStore(self._db).latest_demand()

    def advisor_inputs(self) -> AdvisorInputs:
        year, count, demand = self.market_demand()
        return AdvisorInputs(
            strengths=self.latest_strengths(),
            levels=self.area_levels(),
            choice=self.latest_choice(),
            demand=demand,
            demand_year=year,
            postings=count,
        )


def _profile(session: Session) -> Profile:
    row = session.get(Profile, PROFILE_ID)
    if row is None:
        row = Profile(id=PROFILE_ID)
        session.add(row)
        session.flush()
    return row


def _strengths_record(row: StrengthsProfile) -> StrengthsRecord:
    return StrengthsRecord(
        id=row.id,
        assessed_on=row.assessed_on,
        technical=row.technical,
        creative=row.creative,
        analytical=row.analytical,
        people=row.people,
        note=row.note,
    )


def _choice_record(row: SpecialisationChoice) -> ChoiceRecord:
    return ChoiceRecord(
        id=row.id,
        chosen_on=row.chosen_on,
        road=Road(row.road),
        focus=tuple(a.key for a in sorted(row.focus_areas, key=lambda a: a.position)),
        rationale=row.rationale,
        review_on=row.review_on,
    )
