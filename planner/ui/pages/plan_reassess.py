"""After a plan item is done: offer to reassess each skill it builds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from planner.i18n import ngettext
from planner.store.learning import PlanItemRecord
from planner.text.labels import skill_name
from planner.ui.dialogs.assess_dialog import AssessDialog
from planner.ui.kit.messages import confirm
from planner.ui.operations import skills as skill_ops
from planner.ui.pages.base import Page


def reassess_question(title: str, count: int) -> str:
    return ngettext(
        "“{title}” is done. Reassess the skill it builds now?",
        "“{title}” is done. Reassess the {count} skills it builds now?",
        count,
    ).format(title=title, count=count)


def offer_reassessment(page: Page, item: PlanItemRecord) -> None:
    """A finished item should move skills: offer to assess each one it builds."""
    if not item.skill_keys:
        return
    if not confirm(page, reassess_question(item.title, len(item.skill_keys))):
        return
    records = {r.key: r for r in page.context.skills.skills()}
    for key in item.skill_keys:
        record = records.get(key)
        if record is None:
            continue
        title = skill_name(record)
        save = _assess_saver(page, key, title)
        dialog = AssessDialog(title, save, level=record.current_level, parent=page)
        if not dialog.exec():
            break


def _assess_saver(page: Page, key: str, title: str) -> Callable[[int, dt.date, str, str], None]:
    def save(level: int, on: dt.date, note: str, link: str) -> None:
        skill_ops.assess(
            page.context, page.ask(), key, title, level=level, on=on, note=note, link=link
        )

    return save
