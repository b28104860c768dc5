"""The argument parser, built after the language is known so all help is translated."""

from __future__ import annotations

import argparse

from planner import __version__
from planner.cli.common import Parser, path_value
from planner.i18n import LANGUAGES, _, ngettext


def use_our_translations_for_argparse() -> None:
    # argparse looks its messages up through module globals at call time.
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def pre_parse(argv: list[str]) -> argparse.Namespace:
    """Read --lang and --data-dir before the real parser exists.

    The last known language given wins; an unknown one ("--lang fr") or an option
    with no value is left for the real parser to report, in the language chosen.
    """
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang", nargs="?", action="append", default=[])
    early.add_argument("--data-dir", nargs="?")
    try:
        namespace, _rest = early.parse_known_args(argv)
    except argparse.ArgumentError:
        namespace = argparse.Namespace(lang=[], data_dir=None)
    known = [lang for lang in namespace.lang if lang in LANGUAGES]
    namespace.lang = known[-1] if known else None
    return namespace


def build_parser(command_modules: tuple) -> argparse.ArgumentParser:
    use_our_translations_for_argparse()
    parser = Parser(
        prog="career-planner",
        description=_(
            "Career Planner: plan and track a career in digital marketing and social media. "
            "With no command it opens the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        type=path_value,
        metavar=_("DIR"),
        help=_(
            "the data folder (default: $CAREER_PLANNER_DATA_DIR, "
            "else the platform's user data folder)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_("the language of the window, messages and printed plan"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=_("open the main window, wait for the first paint and exit (for checks)"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"), title=_("commands"))
    for module in command_modules:
        module.register(subparsers)
    return parser
