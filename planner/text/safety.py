"""What a data check found, in words (shared by the CLI and the window)."""

from __future__ import annotations

from planner.i18n import _, ngettext
from planner.store.safety import CheckReport

MAX_SHOWN = 20


def describe_check(report: CheckReport) -> list[str]:
    lines = []
    if report.integrity:
        lines.append(
            ngettext(
                "Integrity check: {count} problem found:",
                "Integrity check: {count} problems found:",
                len(report.integrity),
            ).format(count=len(report.integrity))
        )
        lines.extend(f"  {problem}" for problem in report.integrity[:MAX_SHOWN])
    else:
        lines.append(_("Integrity check: no problems found."))
    if report.foreign_keys:
        lines.append(
            ngettext(
                "Reference check: {count} broken reference found:",
                "Reference check: {count} broken references found:",
                len(report.foreign_keys),
            ).format(count=len(report.foreign_keys))
        )
        lines.extend(
            "  "
            + _("row {row} of {table} points to a missing {parent}").format(
                row=row, table=table, parent=parent
            )
            for table, row, parent in report.foreign_keys[:MAX_SHOWN]
        )
    else:
        lines.append(_("Reference check: no broken references found."))
    if not report.ok:
        lines.append(_("Restore a backup to go on (File > Restore from backup…)."))
    return lines
