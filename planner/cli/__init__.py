"""``career-planner``: the window with no command, or one of the commands.

Exit status 0 on success, 2 for a usage error, 1 for a data or file error with
a one-line message on stderr. Heavy modules load only for the command that
needs them, so opening the window stays fast.
"""

from __future__ import annotations

import sys

from planner.cli import (
    commands_advise,
    commands_calendar,
    commands_data,
    commands_demo,
    commands_info,
    commands_linkedin,
    commands_log,
    commands_market,
    commands_plan,
)
from planner.cli.common import EXIT_DATA_ERROR, CommandContext, CommandError, print_error
from planner.cli.parser import build_parser, pre_parse
from planner.domain.echo import echo
from planner.domain.os_errors import OsDetail
from planner.i18n import LANGUAGES, _, set_language
from planner.i18n.languages import normalize_language, system_language
from planner.paths import resolve_data_dir

# Each module has register(subparsers); its parsers set ``handler``.
COMMAND_MODULES: tuple = (
    commands_info,
    commands_advise,
    commands_log,
    commands_market,
    commands_linkedin,
    commands_data,
    commands_plan,
    commands_calendar,
    commands_demo,
)


def choose_language(option: str | None, data_dir_option: str | None) -> str:
    """``--lang``, else the language remembered in settings.json, else the system's.

    A remembered value that is not one of ours (a hand-edited ``"language": 5``)
    is ignored with a warning.
    """
    language = normalize_language(option)
    if language:
        return language
    try:
        from planner.settings import Settings

        stored = Settings(resolve_data_dir(data_dir_option)).get("language")
    except (OSError, ValueError):
        stored = None
    remembered = normalize_language(stored)
    chosen = remembered or system_language()
    if stored is not None and remembered is None:
        set_language(chosen)
        print_error(
            _(
                "The language {value} in settings.json is not one of {languages}; using {chosen}."
            ).format(value=echo(repr(stored)), languages=", ".join(LANGUAGES), chosen=chosen)
        )
    return chosen


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    early = pre_parse(args_list)
    language = choose_language(early.lang, early.data_dir)
    set_language(language)
    parser = build_parser(COMMAND_MODULES)
    args = parser.parse_args(args_list)
    data_dir = resolve_data_dir(args.data_dir)

    if args.command is None:
        # SQLAlchemy before Qt: once PySide6 is imported, its import hook runs for
        # every later import, and SQLAlchemy's few hundred modules then cost
        # about a tenth more start-up (measured with tools/bench).
        import planner.store.database  # noqa: F401
        from planner.ui.shell.app import run_gui

        return run_gui(data_dir, language=args.lang, smoke=args.smoke)

    context = CommandContext(
        data_dir=data_dir,
        language=language,
        # A dry run only reads, so it works on read-only data too.
        writes=getattr(args, "writes", False) and not getattr(args, "dry_run", False),
    )
    try:
        return args.handler(args, context)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_DATA_ERROR
    except CommandError as error:
        print_error(str(error))
        return EXIT_DATA_ERROR
    except OSError as error:  # a file problem no layer below foresaw: still one true line
        print_error(
            _("{path}: {problem}").format(
                path=error.filename or data_dir, problem=OsDetail(error).translated(_)
            )
        )
        return EXIT_DATA_ERROR
    except Exception as error:
        from planner.store.errors import StoreError

        if isinstance(error, StoreError):
            print_error(error.message(_) + _suggest_backup(error, data_dir))
            return EXIT_DATA_ERROR
        raise
    finally:
        context.close()


def _suggest_backup(error: Exception, data_dir: object) -> str:
    """After a damaged database, name the newest good backup and how to restore it."""
    from pathlib import Path

    from planner.settings import chosen_backup_folder
    from planner.store.errors import DatabaseCorruptError, NotADatabaseError
    from planner.store.safety import newest_good_backup

    if not isinstance(error, (DatabaseCorruptError, NotADatabaseError)):
        return ""
    good = newest_good_backup(chosen_backup_folder(Path(str(data_dir))))
    if good is None:
        return " " + _("There is no good backup to restore.")
    return " " + _(
        "The newest good backup is {path}. To restore it: career-planner restore {path}"
    ).format(path=good.path)
