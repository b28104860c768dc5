"""``career-planner linkedin import [--dry-run] PATH``: a LinkedIn data export into the plan."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import EXIT_OK, CommandContext
from planner.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    linkedin = subparsers.add_parser("linkedin", help=_("import a LinkedIn data export"))
    actions = linkedin.add_subparsers(dest="linkedin_command", metavar=_("ACTION"), required=True)
    importing = actions.add_parser(
        "import",
        help=_(
            "certifications, degrees, LinkedIn Learning courses, skills and the current role "
            "from a LinkedIn data export (the ZIP or its unpacked folder); all or nothing"
        ),
    )
    importing.add_argument(
        "--dry-run", action="store_true", help=_("print what would be added; write nothing")
    )
    importing.add_argument(
        "--custom-skills",
        metavar=_("AREA"),
        help=_(
            "add the skills that match no catalogue skill as your own skills in this area "
            "(an area key: seo, digital_media, crm_email, social_media, analytics, strategy)"
        ),
    )
    importing.add_argument(
        "path", metavar=_("PATH"), type=Path, help=_("the export's .zip file or folder")
    )
    importing.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.cli.common import CommandError
    from planner.domain.catalogue import default_catalogue
    from planner.exchange.linkedin.importer import apply_plan, plan_export, read_linkedin_export
    from planner.store.bulk_import import NewCustomSkill

    area = args.custom_skills
    if area is not None and area not in default_catalogue().area_keys:
        raise CommandError(_("There is no area with the key {key}.").format(key=area))
    export = read_linkedin_export(args.path)  # before the database is opened: a bad file
    plan = plan_export(context.database, export)  # leaves the data folder untouched
    _print_plan(plan, area)
    if args.dry_run:
        print(_("Dry run: nothing was written."))
        return EXIT_OK
    skills = [NewCustomSkill(area, name) for name in plan.custom] if area else []
    receipt = apply_plan(context.database, plan, skills)
    print(
        ngettext(
            "Imported {count} plan item.", "Imported {count} plan items.", len(receipt.item_ids)
        ).format(count=len(receipt.item_ids))
    )
    return EXIT_OK


def _print_plan(plan, area: str | None) -> None:  # noqa: ANN001
    from planner.text.labels import area_name
    from planner.text.linkedin import (
        assess_invitation,
        item_cells,
        item_headers,
        matched_text,
        role_text,
        skipped_text,
        summary,
    )

    print(summary(plan))
    if plan.new_items:
        print()
        print(_("Would be added to your learning plan:"))
        _print_table(item_headers(), [item_cells(item) for item in plan.new_items])
    if plan.role is not None:
        print()
        print(role_text(plan.role, plan.role_before))
    if plan.matched:
        print()
        print(_("Skills matched to the catalogue:"))
        for skill in plan.matched:
            print("  " + matched_text(skill))
        print(assess_invitation())
    if plan.custom:
        print()
        if area:
            print(_("Added as your own skills in {area}:").format(area=area_name(area)))
        else:
            print(_("Skills that match no catalogue skill (add them with --custom-skills AREA):"))
        for name in plan.custom:
            print("  " + name)
    if plan.present_items or plan.present_role or plan.present_custom:
        print()
        print(_("Already in your planner:"))
        for item in plan.present_items:
            print("  " + " · ".join(c for c in item_cells(item)[:2] if c))
        for name in plan.present_custom:
            print("  " + name)
        if plan.present_role:
            print("  " + role_text(plan.present_role))
    if plan.skipped:
        print()
        print(_("Skipped:"))
        for skipped in plan.skipped:
            print("  " + skipped_text(skipped))


def _print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        cells = (str(cell).ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  " + "  ".join(cells).rstrip())
