"""The rule each field of an import obeys: the same functions the forms and ``log add`` use.

A JSON import checks types and lengths column by column (:mod:`transfer`);
these rules add what a person could not enter in the window either: a date
in the future where only the past makes sense, an empty title, a link that
is not http(s), a second profile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from planner.i18n.markers import N_
from planner.store.errors import ValidationError
from planner.store.validation import check_link, check_name, check_not_future


def _required_title(value: str) -> str:
    if not " ".join(value.split()):
        raise ValidationError(N_("The title cannot be empty."))
    return value


Rule = Callable[[Any], object]

# (table, column) -> rule. Dates of things that happened cannot be in the future.
FIELD_RULES: Mapping[tuple[str, str], Rule] = {
    ("skills", "name"): check_name,  # a custom skill's name (catalogue skills have none)
    ("assessments", "assessed_on"): check_not_future,
    ("assessments", "evidence_url"): check_link,
    ("strengths_profiles", "assessed_on"): check_not_future,
    ("specialisation_choices", "chosen_on"): check_not_future,
    ("plan_items", "title"): _required_title,
    ("plan_items", "url"): check_link,
    ("log_entries", "logged_on"): check_not_future,
    ("job_postings", "seen_on"): check_not_future,
    ("job_postings", "title"): _required_title,
    ("job_postings", "url"): check_link,
    ("goals", "title"): _required_title,
}

PROFILE_ID = 1


def check_rows(
    table: str, rows: list[dict[str, Any]], today: dt.date | None = None
) -> tuple[int, str, ValidationError] | None:
    """The first row that breaks a field rule: (index, column, error), or None."""
    if table == "profile":
        for index, row in enumerate(rows):
            if row.get("id") != PROFILE_ID or index > 0:
                return index, "id", ValidationError(N_("there can be only one profile"))
    rules = [(column, rule) for (name, column), rule in FIELD_RULES.items() if name == table]
    if not rules:
        return None
    for index, row in enumerate(rows):
        for column, rule in rules:
            value = row.get(column)
            if value is None:
                continue
            try:
                if rule is check_not_future:
                    check_not_future(value, today)
                else:
                    rule(value)
            except ValidationError as error:
                return index, column, error
    return None
