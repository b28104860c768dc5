"""Checks shared by every store API; each failure is a translatable ValidationError."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from planner.domain.scale import MAX_LEVEL, MIN_LEVEL, is_valid_level
from planner.i18n.markers import N_
from planner.store.errors import ValidationError

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 20_000
MAX_URL_LENGTH = 2000


def check_level(value: object) -> int:
    if not is_valid_level(value):
        raise ValidationError(
            N_("The level must be a whole number from {low} to {high}."),
            low=MIN_LEVEL,
            high=MAX_LEVEL,
        )
    return int(value)  # type: ignore[arg-type]


def check_not_future(value: dt.date, today: dt.date | None = None) -> dt.date:
    if value > (today or dt.date.today()):
        raise ValidationError(N_("The date cannot be in the future."))
    return value


def check_name(value: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise ValidationError(N_("The name cannot be empty."))
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            N_("The name is longer than {limit} characters."), limit=MAX_NAME_LENGTH
        )
    return name


def check_text(value: str) -> str:
    if len(value) > MAX_TEXT_LENGTH:
        raise ValidationError(
            N_("The text is longer than {limit} characters."), limit=MAX_TEXT_LENGTH
        )
    return value


def is_web_link(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def check_link(value: str) -> str:
    """An optional link: empty, or an http/https address."""
    link = value.strip()
    if not link:
        return ""
    if len(link) > MAX_URL_LENGTH or not is_web_link(link):
        raise ValidationError(N_("A link must start with http:// or https://."))
    return link
