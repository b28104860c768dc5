"""``career-planner postings import [--dry-run] [--format table|json] FILE...``.

CSV files import as before; ``.html``/``.htm`` pages and ``.txt`` ads (or a
folder of them) are read, their skills suggested, and ads already kept are
skipped with a note on stderr. Everything goes in one transaction, or, with
``--dry-run``, is printed and nothing is written (an empty data folder is not
even created).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.common import EXIT_OK, CommandContext, CommandError
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_date, format_number
from planner.store.market import PostingData, PostingRecord

CSV_SUFFIX = ".csv"


def posting_row(posting: PostingData) -> dict[str, object]:
    """A posting as ``postings list --format json`` prints it (without the id)."""
    return {
        "date": posting.seen_on.isoformat(),
        "title": posting.title,
        "employer": posting.employer,
        "source": posting.source,
        "link": posting.url,
        "location": posting.location,
        "seniority": posting.seniority.value if posting.seniority else None,
        "areas": list(posting.area_keys),
        "skills": list(posting.skill_keys),
        "notes": posting.notes,
    }


def _duplicate_note(origin: str, reason: str) -> str:
    reasons = {
        "link": _("the same link"),
        "identifier": _("the same job-board number"),
        "same": _("the same title, employer and date"),
    }
    return _("Skipped {file}: a job posting with {reason} is already kept.").format(
        file=origin, reason=reasons[reason]
    )


class _Known:
    """What the data folder already holds; an empty folder is not created."""

    def __init__(self, context: CommandContext) -> None:
        from planner.domain.catalogue import default_catalogue
        from planner.store.database import database_path

        self.custom: list[tuple[str, str | None]] = []
        self.kept: list[PostingRecord] = []
        if not database_path(context.data_dir).exists():
            self.skill_area = {s.key: s.area_key for s in default_catalogue().skills}
            self.usable = dict(self.skill_area)
            return
        from planner.store.market import MarketStore
        from planner.store.skills import SkillStore

        skills = SkillStore(context.database).skills()
        self.skill_area = {s.key: s.area_key for s in skills}
        self.usable = {s.key: s.area_key for s in skills if not s.archived}
        self.custom = [(s.key, s.custom_name) for s in skills]
        self.kept = MarketStore(context.database).postings()


def read_postings(paths: list[Path], context: CommandContext) -> list[PostingData]:
    """Every posting the files hold (ads already kept are left out, with a note)."""
    from planner.exchange.job_ads import collect_files, make_draft, mark_duplicates, read_ad_file
    from planner.exchange.lexicon.custom import custom_phrases
    from planner.exchange.postings_csv import parse_postings, read_file
    from planner.store.errors import ValidationError
    from planner.store.market import clean_posting

    known = _Known(context)
    extra = custom_phrases(known.custom, context.data_dir)
    postings: list[PostingData] = []
    ads = []
    for path in collect_files(paths):
        if path.suffix.lower() == CSV_SUFFIX:
            text = read_file(path)
            postings += parse_postings(text, set(known.skill_area.values()), known.skill_area)
        else:
            ads.append(make_draft(read_ad_file(path), known.usable, extra=extra))
    for draft in mark_duplicates(ads, [*known.kept, *postings]):
        if draft.duplicate:
            print(_duplicate_note(draft.ad.origin, draft.duplicate.value), file=sys.stderr)
            continue
        try:
            postings.append(clean_posting(draft.posting))
        except ValidationError as error:
            raise CommandError(f"{draft.ad.origin}: {error.message(_)}") from None
    return postings


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    postings = read_postings(list(args.file), context)
    if args.dry_run:
        if args.format == "json":
            print(json.dumps([posting_row(p) for p in postings], ensure_ascii=False, indent=2))
        else:
            _print_table(postings)
        return EXIT_OK
    from planner.store.market import MarketStore

    ids = MarketStore(context.database).import_postings(postings) if postings else []
    if args.format == "json":
        rows = [{"id": i, **posting_row(p)} for i, p in zip(ids, postings, strict=True)]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        ngettext(
            "Imported {count} job posting.", "Imported {count} job postings.", len(ids)
        ).format(count=format_number(len(ids)))
    )
    return EXIT_OK


def _print_table(postings: list[PostingData]) -> None:
    from planner.cli.commands_market import print_table
    from planner.text.labels import skill_name_for_key

    if not postings:
        print(_("No job postings."))
        return
    headers = (_("Date"), _("Title"), _("Employer"), _("Skills"))
    rows = [
        (
            format_date(p.seen_on, "short"),
            p.title,
            p.employer,
            ", ".join(skill_name_for_key(k) for k in p.skill_keys),
        )
        for p in postings
    ]
    print_table(headers, rows)
