"""What an export would add, beside what the planner already holds. Pure.

Certifications become certification items (done once their finish date has
come, in progress before; the issuer as provider; an http/https link kept),
degrees become degree items (done when their end has come), finished LinkedIn
Learning courses done course items on the day they were finished, saved ones
ideas. The current position (no end date) gives the current role. Nothing
invents hours, costs or levels. An item already in the plan (same type and
title) or a role already set is reported as present, so a second import of
the same export adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from planner.domain.enums import LearningType, PlanStatus
from planner.exchange.linkedin.dates import Period
from planner.exchange.linkedin.parse import SKIP_LINK, SKIP_TWICE, LinkedInExport, Skipped
from planner.exchange.linkedin.skills import match_skill
from planner.store.bulk_import import NewPlanItem
from planner.store.learning import MAX_YEAR, MIN_YEAR, PlanItemFields
from planner.store.validation import MAX_NAME_LENGTH, is_web_link

LEARNING_PROVIDER = "LinkedIn Learning"


@dataclass(frozen=True)
class Existing:
    """What the planner holds that an import could repeat."""

    plan_keys: frozenset[tuple[LearningType, str]] = frozenset()
    skill_names: frozenset[str] = frozenset()  # custom skills, casefolded
    role: str = ""


@dataclass(frozen=True)
class MatchedSkill:
    name: str  # as LinkedIn writes it
    key: str  # the catalogue skill


@dataclass(frozen=True)
class ImportPlan:
    new_items: tuple[NewPlanItem, ...] = ()
    present_items: tuple[NewPlanItem, ...] = ()
    matched: tuple[MatchedSkill, ...] = ()
    custom: tuple[str, ...] = ()  # unmatched names not yet custom skills: offered
    present_custom: tuple[str, ...] = ()
    role: str | None = None  # the role to set; None when there is none or it is set
    present_role: str = ""
    role_before: str = ""  # the role the profile holds now, which ``role`` would replace
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)

    @property
    def adds_something(self) -> bool:
        return bool(self.new_items or self.custom or self.role is not None)


def plan_key(item_type: LearningType, title: str) -> tuple[LearningType, str]:
    return item_type, " ".join(title.split()).casefold()


def _year(date: dt.date) -> int:
    return min(max(date.year, MIN_YEAR), MAX_YEAR)


def _item(
    title: str,
    item_type: LearningType,
    today: dt.date,
    start: Period | None,
    end: Period | None,
    **extra: str,
) -> NewPlanItem:
    """Done once ``end`` has begun (on its last known day), else in progress."""
    done = end is not None and end.begun(today)
    completed = end.known_end(today) if done and end else None
    fields = PlanItemFields(
        title=title,
        item_type=item_type,
        plan_year=_year(completed or today),
        status=PlanStatus.DONE if done else PlanStatus.IN_PROGRESS,
        planned_start=start.first if start else None,
        planned_end=None if done or end is None else end.last,
        **extra,
    )
    if fields.planned_start and fields.planned_end and fields.planned_end < fields.planned_start:
        fields = replace(fields, planned_start=None)
    return NewPlanItem(fields, completed)


def _items(export: LinkedInExport, today: dt.date, skipped: list[Skipped]) -> list[NewPlanItem]:
    items: list[NewPlanItem] = []
    certificates = export.files.get("certifications.csv", "")
    for cert in export.certifications:
        url = cert.url if is_web_link(cert.url) else ""
        if cert.url and not url:
            skipped.append(Skipped(certificates, cert.line, cert.name, SKIP_LINK))
        items.append(
            _item(
                cert.name,
                LearningType.CERTIFICATION,
                today,
                cert.started,
                cert.finished,
                provider=cert.authority,
                url=url,
            )
        )
    for degree in export.degrees:
        items.append(
            _item(
                degree.degree or degree.school,
                LearningType.DEGREE,
                today,
                degree.start,
                degree.end,
                provider=degree.school,
                notes=degree.notes,
            )
        )
    for course in export.courses:
        if course.completed is not None:
            item = _item(
                course.title,
                LearningType.COURSE,
                today,
                None,
                course.completed,
                provider=LEARNING_PROVIDER,
            )
        else:
            fields = PlanItemFields(
                title=course.title,
                item_type=LearningType.COURSE,
                plan_year=_year(today),
                status=PlanStatus.IDEA,
                provider=LEARNING_PROVIDER,
            )
            item = NewPlanItem(fields)
        items.append(item)
    return items


def current_role(export: LinkedInExport) -> str:
    """ "Title, Company" of the latest position without an end date; "" when there is none."""
    current = [p for p in export.positions if p.finished is None]
    if not current:
        return ""
    latest = max(current, key=lambda p: (p.started.first if p.started else dt.date.min, -p.line))
    parts = [part for part in (latest.title, latest.company) if part]
    return ", ".join(parts)[:MAX_NAME_LENGTH].strip()


def build_plan(export: LinkedInExport, existing: Existing, today: dt.date) -> ImportPlan:
    skipped = list(export.skipped)
    new, present = [], []
    seen: set[tuple[LearningType, str]] = set()
    for item in _items(export, today, skipped):
        key = plan_key(item.fields.item_type, item.fields.title)
        if key in seen:
            skipped.append(Skipped("", 0, item.fields.title, SKIP_TWICE))
            continue
        seen.add(key)
        (present if key in existing.plan_keys else new).append(item)
    matched, custom, present_custom = _skills(
        (name for name, _line in export.skills), existing.skill_names
    )
    role = current_role(export)
    same_role = role.casefold() == " ".join(existing.role.split()).casefold()
    return ImportPlan(
        new_items=tuple(new),
        present_items=tuple(present),
        matched=tuple(matched),
        custom=tuple(custom),
        present_custom=tuple(present_custom),
        role=role if role and not same_role else None,
        present_role=role if role and same_role else "",
        role_before=existing.role if role and not same_role else "",
        skipped=tuple(skipped),
    )


def _skills(
    names: Iterable[str], existing: frozenset[str]
) -> tuple[list[MatchedSkill], list[str], list[str]]:
    matched, custom, present = [], [], []
    for name in names:
        key = match_skill(name)
        if key is not None:
            matched.append(MatchedSkill(name, key))
        elif name.casefold() in existing:
            present.append(name)
        else:
            custom.append(name[:MAX_NAME_LENGTH].strip())
    return matched, custom, present
