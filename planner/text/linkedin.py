"""A LinkedIn import plan in words of the active language, for the review dialog and the CLI."""

from __future__ import annotations

from planner.exchange.linkedin.parse import Skipped
from planner.exchange.linkedin.plan import ImportPlan, MatchedSkill
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_date
from planner.store.bulk_import import NewPlanItem
from planner.text.labels import enum_label, skill_name_for_key


def item_headers() -> tuple[str, ...]:
    return (_("Type"), _("Title"), _("Status"), _("Date"), _("Provider"))


def item_date(item: NewPlanItem) -> str:
    """The completion date of a done item, else the planned dates it has."""
    fields = item.fields
    if item.completed_on is not None:
        return format_date(item.completed_on, "medium")
    if fields.planned_start and fields.planned_end:
        return _("{start} – {end}").format(
            start=format_date(fields.planned_start), end=format_date(fields.planned_end)
        )
    if fields.planned_start:
        return _("since {date}").format(date=format_date(fields.planned_start))
    return ""


def item_cells(item: NewPlanItem) -> tuple[str, ...]:
    fields = item.fields
    return (
        enum_label(fields.item_type),
        fields.title,
        enum_label(fields.status),
        item_date(item),
        fields.provider,
    )


def matched_text(skill: MatchedSkill) -> str:
    return _("{linkedin} → {skill}").format(
        linkedin=skill.name, skill=skill_name_for_key(skill.key)
    )


def skipped_text(skipped: Skipped) -> str:
    reason = _(skipped.reason).format(**skipped.params)
    where = skipped.file
    if skipped.file and skipped.line:
        where = _("{file}, line {line}").format(file=skipped.file, line=skipped.line)
    parts = [part for part in (where, skipped.what) if part]
    return (
        _("{where}: {reason}").format(where=" · ".join(parts), reason=reason) if parts else reason
    )


def role_text(role: str, before: str = "") -> str:
    if before:
        return _("Current role: {role} (instead of {before})").format(role=role, before=before)
    return _("Current role: {role}").format(role=role)


def summary(plan: ImportPlan) -> str:
    """One line: how much would be added and how much is there already."""
    added = ngettext(
        "{count} plan item to add", "{count} plan items to add", len(plan.new_items)
    ).format(count=len(plan.new_items))
    present = ngettext(
        "{count} already in your plan", "{count} already in your plan", len(plan.present_items)
    ).format(count=len(plan.present_items))
    skipped = ngettext("{count} skipped", "{count} skipped", len(plan.skipped)).format(
        count=len(plan.skipped)
    )
    return " · ".join((added, present, skipped))


def assess_invitation() -> str:
    return _(
        "A skill claimed on LinkedIn is not an assessment. After the import, rate yourself on "
        "these skills on the Skills page: that first self-assessment is where your plan starts."
    )
