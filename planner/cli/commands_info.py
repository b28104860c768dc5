"""``career-planner skills``: the skills inventory as text."""

from __future__ import annotations

import argparse
import json

from planner.cli.common import EXIT_OK, CommandContext, table_cell
from planner.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "skills", help=_("list the skills with current and target levels")
    )
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help=_("output format")
    )
    parser.set_defaults(handler=run_skills)


def run_skills(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.skills import SkillStore
    from planner.text.labels import area_name, skill_name

    records = SkillStore(context.database).skills(include_archived=False)
    if args.format == "json":
        rows = [
            {
                "area": r.area_key,
                "skill": r.key,
                "name": skill_name(r),
                "current": r.current_level,
                "target": r.target_level,
                "last_assessed": r.last_assessed.isoformat() if r.last_assessed else None,
            }
            for r in records
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    headers = (_("Area"), _("Skill"), _("Current"), _("Target"))
    table = [
        (
            area_name(r.area_key),
            table_cell(skill_name(r)),
            _fmt(r.current_level),
            _fmt(r.target_level),
        )
        for r in records
    ]
    widths = [max(len(str(row[i])) for row in [headers, *table]) for i in range(len(headers))]
    for row in [headers, *table]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))
    return EXIT_OK


def _fmt(level: int | None) -> str:
    return "–" if level is None else str(level)
