"""Reading job ads in the window: folder, paste and drop, review by keyboard, one undo step."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from planner.ui.dialogs.ad_review_dialog import Decision
from tests.helpers.paths import fixture

CORPUS = fixture("job_ads")


def market(window):
    return window.show_page("market")


def open_review(qtbot, page, **sources):
    page.ads.read(**sources)
    qtbot.waitUntil(
        lambda: page.ads.review is not None and page.ads.review.isVisible(), timeout=20_000
    )
    return page.ads.review


def test_a_folder_reviewed_by_enter_alone_is_saved_whole_and_undone_in_one_step(
    window, qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "ads"
    shutil.copytree(CORPUS / "nb", folder)
    page = market(window)
    review = open_review(qtbot, page, paths=[folder])
    assert len(review.drafts) == 12
    assert "Google Ads" in review.text.toPlainText()
    for _ad in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert review.decisions == [Decision.ACCEPTED] * 12
    assert review.save_button.isDefault()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not review.isVisible())
    postings = page.store.postings()
    assert len(postings) == 12
    first = next(p for p in postings if p.title == "Performance Marketing Manager")
    assert first.employer == "Nordlys Sport AS"
    assert "search_ads" in first.skill_keys and "digital_media" in first.area_keys
    assert "----- job ad -----" in first.notes
    assert page.model.rowCount() == 12
    page.analysis_box.year_combo.setCurrentIndex(page.analysis_box.year_combo.findData(2026))
    analysis = page.store.analysis(2026)  # the yearly reading the page shows
    assert analysis.postings == 12
    shares = {row.key: row.share for row in analysis.areas}
    assert shares["digital_media"] > 0 and page.analysis_box.area_model.rowCount() == 6
    window.undo_action.trigger()
    assert page.store.postings() == []
    window.redo_action.trigger()
    assert len(page.store.postings()) == 12

    again = open_review(qtbot, page, paths=[folder])  # the same ads: flagged, not doubled
    assert all(d.duplicate for d in again.drafts)
    assert again.decisions == [Decision.SKIPPED] * 12
    assert again.duplicate_label.isVisibleTo(again)
    assert not again.save_button.isEnabled()
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert len(page.store.postings()) == 12


def test_skip_and_adjust_skills_by_keyboard(window, qtbot) -> None:
    page = market(window)
    ads = [
        CORPUS / "en" / "03-crm-email-executive.html",
        CORPUS / "en" / "07-junior-content-creator.html",
    ]
    review = open_review(qtbot, page, paths=ads)
    review.skill_list.setFocus()
    review.skill_list.setCurrentRow(0)  # Technical SEO, not suggested
    qtbot.keyClick(review.skill_list, Qt.Key.Key_Space)
    qtbot.keyClick(review.skill_list, Qt.Key.Key_Return)  # Enter accepts the ad
    qtbot.keyClick(review.title, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # skip
    assert review.decisions == [Decision.ACCEPTED, Decision.SKIPPED]
    qtbot.keyClick(review, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not review.isVisible())
    (saved,) = page.store.postings()
    assert saved.title == "CRM & Email Marketing Executive"
    assert "technical_seo" in saved.skill_keys and "seo" in saved.area_keys
    assert "email_campaigns" in saved.skill_keys


def test_a_pasted_ad_is_read_and_its_markup_stays_text(window, qtbot) -> None:
    page = market(window)
    QGuiApplication.clipboard().setText(
        "Email Marketing Assistant\nCasa Verde · Bristol\n\n"
        "Send our <b>newsletter</b> in Mailchimp."
    )
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: page.ads.review is not None and page.ads.review.isVisible(), timeout=20_000
    )
    review = page.ads.review
    assert review.employer.text() == "Casa Verde"
    assert "<b>newsletter</b>" in review.text.toPlainText()
    assert review.drafts[0].suggested == ("email_campaigns",)
    review.close()


def test_files_dropped_on_the_page_are_read(window, qtbot) -> None:
    page = market(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CORPUS / "sw" / "11-msaidizi-barua-pepe.txt"))])
    point, copy = QPoint(10, 10), Qt.DropAction.CopyAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Offscreen Qt delivers no drop without a real drag: hand the events to the page's filter.
    enter = QDragEnterEvent(point, copy, mime, left, none)
    assert page.acceptDrops() and page.ads.eventFilter(page, enter) and enter.isAccepted()
    page.ads.eventFilter(page, QDropEvent(QPointF(point), copy, mime, left, none))
    qtbot.waitUntil(
        lambda: page.ads.review is not None and page.ads.review.isVisible(), timeout=20_000
    )
    assert page.ads.review.drafts[0].posting.title == "Msaidizi wa Masoko ya Barua Pepe"
    page.ads.review.close()


def test_an_empty_clipboard_says_so(window, qtbot) -> None:
    page = market(window)
    QGuiApplication.clipboard().setText("   ")
    page.ads.paste()
    assert "clipboard" in page.status.text()
    assert page.ads.review is None
