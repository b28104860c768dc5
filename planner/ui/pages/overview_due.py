"""What is due, in words: the overview's list of things to do, each with the page to act on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.certification import CertificationDue, Validity
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_date
from planner.store.stats import Due
from planner.text.labels import skill_name_for_key

SHOWN_NAMES = 4
"""How many skill names or plan item titles a due line lists before "and N more"."""


@dataclass(frozen=True)
class DueLine:
    text: str
    page: str  # where to act
    button: str  # translated button text
    focus: str = ""  # a skill key to select there
    item_id: int | None = None  # a plan item to select there
    dismiss: tuple[str, str] | None = None  # (setting key, state) that hides the line
    review_year: int | None = None  # the year plan opens on the review of this year


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:SHOWN_NAMES])
    rest = len(names) - SHOWN_NAMES
    if rest > 0:
        shown += " " + ngettext("and {count} more", "and {count} more", rest).format(count=rest)
    return shown


def certification_text(cert: CertificationDue, today: dt.date) -> str:
    date = format_date(cert.valid_until)
    if cert.state is Validity.EXPIRED:
        text = _("The certification “{title}” has expired: it was valid until {date}.")
        text = text.format(title=cert.title, date=date)
    else:
        days = (cert.valid_until - today).days
        text = ngettext(
            "The certification “{title}” is valid for {count} more day, until {date}.",
            "The certification “{title}” is valid for {count} more days, until {date}.",
            days,
        ).format(title=cert.title, count=days, date=date)
    if cert.renewal_title:
        text += " " + _("Renewal planned: {title}.").format(title=cert.renewal_title)
    return text


def certification_lines(
    due: Due, today: dt.date, dismissed: Mapping[str, str] | None = None
) -> list[DueLine]:
    """One line per certification to renew, until it is dismissed in its present state."""
    dismissed = dismissed or {}
    return [
        DueLine(
            certification_text(cert, today),
            "plan",
            _("Open the plan"),
            item_id=cert.id,
            dismiss=(str(cert.id), cert.token),
        )
        for cert in due.certifications
        if dismissed.get(str(cert.id)) != cert.token
    ]


def due_lines(
    due: Due,
    total_skills: int,
    today: dt.date | None = None,
    dismissed: Mapping[str, str] | None = None,
) -> list[DueLine]:
    """What is due, in words, each with the page to act on."""
    return [
        *_skill_lines(due, total_skills),
        *_market_lines(due),
        *_plan_lines(due),
        *_review_lines(due),
        *certification_lines(due, today or dt.date.today(), dismissed),
    ]


def _skill_lines(due: Due, total_skills: int) -> list[DueLine]:
    lines: list[DueLine] = []
    if total_skills and due.unassessed_skills == total_skills:
        lines.append(
            DueLine(
                _("You have not assessed your skills yet. Start there: it takes a few minutes."),
                "skills",
                _("Assess skills"),
            )
        )
    if due.stale_skills:
        names = [s.custom_name or skill_name_for_key(s.key) for s in due.stale_skills]
        lines.append(
            DueLine(
                ngettext(
                    "{count} skill not assessed for six months: {names}.",
                    "{count} skills not assessed for six months: {names}.",
                    len(names),
                ).format(count=len(names), names=_listed(names)),
                "skills",
                _("Assess skills"),
                due.stale_skills[0].key,
            )
        )
    return lines


def _market_lines(due: Due) -> list[DueLine]:
    if not due.market_reminder:
        return []
    return [
        DueLine(
            _("No job postings read this year yet: read the market at least once a year."),
            "market",
            _("Read the market"),
        )
    ]


def _plan_lines(due: Due) -> list[DueLine]:
    if not due.overdue_items:
        return []
    titles = [item.title for item in due.overdue_items]
    text = ngettext(
        "{count} plan item is past its end date: {titles}.",
        "{count} plan items are past their end date: {titles}.",
        len(titles),
    ).format(count=len(titles), titles=_listed(titles))
    return [DueLine(text, "plan", _("Open the plan"))]


def _review_lines(due: Due) -> list[DueLine]:
    if due.review_year is None:
        return []
    text = _("December: time to review {year} and plan {next}.").format(
        year=due.review_year, next=due.review_year + 1
    )
    return [
        DueLine(
            text,
            "yearplan",
            _("Review {year}").format(year=due.review_year),
            review_year=due.review_year,
        )
    ]
