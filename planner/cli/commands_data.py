"""``career-planner backup | restore | check | export | import``: keeping the data safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import EXIT_DATA_ERROR, EXIT_OK, CommandContext, CommandError, file_value
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_number


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help=_("make a verified backup of the data now"))
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help=_("replace the data with a backup (the current data is backed up first)"),
    )
    restore.add_argument(
        "file", metavar=_("FILE"), type=file_value, help=_("the backup to restore")
    )
    restore.set_defaults(handler=run_restore, writes=True)

    check = subparsers.add_parser(
        "check", help=_("check the database for damage and broken references")
    )
    check.set_defaults(handler=run_check)

    export = subparsers.add_parser("export", help=_("write all data to one JSON file"))
    export.add_argument(
        "file", metavar=_("FILE"), type=file_value, help=_("the JSON file to write")
    )
    export.set_defaults(handler=run_export)

    load = subparsers.add_parser(
        "import", help=_("replace all data with an export file, all or nothing")
    )
    load.add_argument("file", metavar=_("FILE"), type=file_value, help=_("the JSON file to read"))
    load.add_argument(
        "--replace",
        action="store_true",
        help=_("replace data that is already there (it is backed up first)"),
    )
    load.set_defaults(handler=run_import, writes=True)


def _paths(context: CommandContext) -> tuple[Path, Path]:
    from planner.settings import chosen_backup_folder
    from planner.store.database import database_path

    return database_path(context.data_dir), chosen_backup_folder(context.data_dir)


def run_backup(_args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.safety import back_up

    database_file, folder = _paths(context)
    context.database  # noqa: B018  (opens, and so checks, the database first)
    info = back_up(database_file, folder, "manual")
    print(_("Backup written to {path}").format(path=info.path))
    return EXIT_OK


def run_restore(args: argparse.Namespace, context: CommandContext) -> int:
    """Prove the file first, then refuse anything that would leave the data half replaced."""
    from planner.store.database import open_database
    from planner.store.folders import check_data_dir, read_only_reason, refuse_if_window_open
    from planner.store.safety import restore_backup, verify_backup

    database_file, folder = _paths(context)
    source = args.file.absolute()
    verify_backup(source)  # foreign, incomplete, newer or damaged: refused, nothing touched
    check_data_dir(context.data_dir, database_file)
    refuse_if_window_open(context.data_dir)
    reason = read_only_reason(context.data_dir, database_file)
    if reason is not None:
        raise reason
    result = restore_backup(database_file, source, folder)
    if result.previous_backup:
        print(_("The data as it was is kept in {path}").format(path=result.previous_backup))
    if result.moved_aside:
        print(_("The damaged file was kept as {path}").format(path=result.moved_aside))
    # migrates an older backup, checks the result
    open_database(context.data_dir, backup_folder=folder).close()
    print(_("Restored the data from {path}").format(path=result.restored_from))
    return EXIT_OK


def run_check(_args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.safety import check_database
    from planner.text.safety import describe_check

    database_file, _folder = _paths(context)
    report = check_database(database_file)
    for line in describe_check(report):
        print(line)
    return EXIT_OK if report.ok else EXIT_DATA_ERROR


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.transfer import export_file

    rows = export_file(context.database, args.file)
    print(
        ngettext("Exported {count} row to {path}", "Exported {count} rows to {path}", rows).format(
            count=format_number(rows), path=args.file
        )
    )
    return EXIT_OK


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.folders import refuse_if_window_open
    from planner.store.transfer import check_document, has_user_data, import_rows, read_file

    rows_by_table = check_document(read_file(args.file))  # a bad file says so first
    refuse_if_window_open(context.data_dir)  # the window would not know its data changed
    database = context.database
    if has_user_data(database):
        if not args.replace:
            raise CommandError(
                _(
                    "The data folder {path} already holds data. Add --replace to replace it; "
                    "it is backed up first."
                ).format(path=context.data_dir)
            )
        from planner.store.safety import back_up

        database_file, folder = _paths(context)
        info = back_up(database_file, folder, "before-import")
        print(_("The data as it was is kept in {path}").format(path=info.path))
    rows = import_rows(database, rows_by_table)
    print(
        ngettext(
            "Imported {count} row from {path}", "Imported {count} rows from {path}", rows
        ).format(count=format_number(rows), path=args.file)
    )
    return EXIT_OK
