"""Dates, numbers, currency and durations in the active language, through Babel."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from planner.i18n.core import current_language, ngettext
from planner.i18n.languages import BABEL_LOCALES


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(BABEL_LOCALES[language])


def babel_locale() -> Locale:
    return _locale(current_language())


def format_date(value: dt.date | None, fmt: str = "medium") -> str:
    if value is None:
        return ""
    return _date(current_language(), value, fmt)


@lru_cache(maxsize=8192)
def _date(language: str, value: dt.date, fmt: str) -> str:
    """Babel takes ~0.1 ms a date; tables of years show the same few thousand days."""
    return babel_dates.format_date(value, format=fmt, locale=_locale(language))


def format_datetime(value: dt.datetime, fmt: str = "medium") -> str:
    return babel_dates.format_datetime(value, format=fmt, locale=babel_locale())


def format_number(value: float | int, decimals: int | None = None) -> str:
    return _number(current_language(), value, decimals)


@lru_cache(maxsize=8192)
def _number(language: str, value: float | int, decimals: int | None) -> str:
    """Babel's formatting is slow for tables of thousands of cells: keep its answers."""
    locale = _locale(language)
    if decimals is None:
        return babel_numbers.format_decimal(value, locale=locale)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=locale)


def format_percent(value: float) -> str:
    return babel_numbers.format_percent(value, locale=babel_locale())


def format_currency(amount: float, currency: str) -> str:
    return babel_numbers.format_currency(amount, currency, locale=babel_locale())


def currency_precision(currency: str) -> int:
    return babel_numbers.get_currency_precision(currency)


def month_name(month: int, width: str = "wide") -> str:
    return babel_dates.get_month_names(width, "stand-alone", locale=babel_locale())[month]


def format_level(value: float) -> str:
    """A level or mean of levels: "2" when whole, "2.5" otherwise (one decimal at most)."""
    return babel_numbers.format_decimal(round(value, 1), format="#,##0.#", locale=babel_locale())


def format_hours(minutes: int) -> str:
    """A duration: "30 minutes" under an hour, else "2 hours" or "1.5 hours"."""
    if 0 < minutes < 60:
        return ngettext("{count} minute", "{count} minutes", minutes).format(
            count=format_number(minutes)
        )
    hours = round(minutes / 60, 1)
    return ngettext("{hours} hour", "{hours} hours", 1 if hours == 1 else 2).format(
        hours=format_hours_number(minutes)
    )


def format_hours_number(minutes: int) -> str:
    """Hours as a bare number, to one decimal when not whole: "2", "1.5"."""
    return babel_numbers.format_decimal(
        round(minutes / 60, 1), format="#,##0.#", locale=babel_locale()
    )


def date_pattern() -> str:
    """The locale's short date pattern, for Qt date widgets' display format."""
    return babel_locale().date_formats["short"].pattern


def format_currency_whole(amount: float, currency: str) -> str:
    """An amount rounded to whole units (``NOK 1,250``), in the locale's currency format."""
    locale = babel_locale()
    text = babel_numbers.format_currency(round(amount), currency, locale=locale)
    zeros = re.escape(babel_numbers.get_decimal_symbol(locale)) + "0+(?!\\d)"
    return re.sub(zeros, "", text, count=1)
