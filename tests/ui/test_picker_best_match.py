"""Bug: the posting form's skill picker took the first partial match
("content" + Enter gave Content and on-page SEO, not Content creation)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.ui.dialogs.posting_dialog import KeyPicker, match_rank

OPTIONS = [
    ("content_on_page", "Content and on-page SEO"),
    ("email_campaigns", "E-mail campaigns"),
    ("content_creation", "Content creation"),
    ("social_ads", "Social ads"),
    ("social_listening", "Social listening"),
    ("reporting", "Reporting"),
    ("technical_seo", "Technical SEO"),
]


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("content", "content_creation"),  # the shorter of two names starting with the word
        ("Content and on-page SEO", "content_on_page"),  # the whole name
        ("seo", "technical_seo"),  # a whole word beats a part of a word
        ("port", "reporting"),
        ("social l", "social_listening"),
        ("campaigns", "email_campaigns"),
        ("nothing like it", None),
    ],
)
def test_the_best_match_wins(qtbot, typed: str, key: str | None) -> None:
    picker = KeyPicker()
    qtbot.addWidget(picker)
    picker.set_options(OPTIONS)
    assert picker.match(typed) == key


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer popup, offscreen
def test_content_and_enter_in_the_form_picks_content_creation(qtbot) -> None:
    picker = KeyPicker()
    qtbot.addWidget(picker)
    picker.set_options(OPTIONS)
    picker.show()
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "content")
    picker.completer.popup().hide()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.keys() == ("content_creation",)


def test_ranks() -> None:
    assert match_rank("social ads", "social_ads", "Social ads") == 0
    assert match_rank("social", "social_ads", "Social ads") == 1
    assert match_rank("ads", "social_ads", "Social ads") == 2
    assert match_rank("soc", "social_ads", "Social ads") == 3
    assert match_rank("ad", "social_ads", "Social ads") == 4
    assert match_rank("cial", "social_ads", "Social ads") == 5
    assert match_rank("xyz", "social_ads", "Social ads") is None
