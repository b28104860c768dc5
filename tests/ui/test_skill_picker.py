"""Skill lists in the plan and log forms: grouped under their areas, filtered by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.ui.kit.skill_picker import SkillPicker

CHOICES = [
    ("web_analytics", "Web analytics", "analytics"),
    ("technical_seo", "Technical SEO", "seo"),
    ("content_creation", "Content creation", "social_media"),
    ("content_on_page", "Content and on-page SEO", "seo"),
    ("social_ads", "Social ads", "digital_media"),
]


def _shown(picker: SkillPicker) -> list[str]:
    model = picker.model()
    return [
        model.index(r, 0).data().strip()
        for r in range(model.rowCount())
        if not picker.isRowHidden(r)
    ]


def test_skills_sit_under_their_area_in_catalogue_order(qtbot) -> None:
    picker = SkillPicker(CHOICES, ["social_ads"])
    qtbot.addWidget(picker)
    assert _shown(picker) == [
        "SEO",
        "Technical SEO",
        "Content and on-page SEO",
        "Digital media",
        "Social ads",
        "Social media",
        "Content creation",
        "Analytics",
        "Web analytics",
    ]
    assert picker.chosen() == ("social_ads",)
    assert picker.currentIndex().data().strip() == "Technical SEO"  # a skill, not a heading


def test_typing_filters_and_space_ticks(qtbot) -> None:
    picker = SkillPicker(CHOICES)
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    qtbot.keyClicks(picker, "content")
    assert _shown(picker) == ["SEO", "Content and on-page SEO", "Social media", "Content creation"]
    assert picker.filter_label.isVisible() and "content" in picker.filter_label.text()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Space)
    assert picker.chosen() == ("content_creation",)
    qtbot.keyClick(picker, Qt.Key.Key_Escape)  # clears the filter first
    assert picker.filter_text() == "" and len(_shown(picker)) == 9
    qtbot.keyClicks(picker, "zz")
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert picker.filter_text() == "z"


def test_two_part_choices_still_work(qtbot) -> None:
    picker = SkillPicker([("a", "Alpha"), ("b", "Beta")], ["b"])
    qtbot.addWidget(picker)
    assert _shown(picker) == ["Alpha", "Beta"] and picker.chosen() == ("b",)
