"""Page one of the printed plan: every part on it, on one A4 and one Letter page, in
en, nb and sw, on ten years of demo data and on an almost empty planner; the
detailed sections after it as chosen in the preview, the PDF and the CLI."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from planner.i18n import _, ngettext, set_language
from planner.store.database import Database, open_database

TODAY = dt.date(2026, 11, 23)
YEAR = TODAY.year
LANGUAGES = ("en", "nb", "sw")
DATA = ("demo", "empty")


def squash(text: str) -> str:
    """PDF text without any white space (table cells wrap words anywhere)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def pages_text(path: Path, count: int | None = None) -> list[str]:
    """The text of the first ``count`` pages (all by default): extracting is slow."""
    pages = PdfReader(str(path)).pages
    return [squash(page.extract_text()) for page in list(pages)[:count]]


@pytest.fixture(scope="session")
def demo_folders(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Ten years of demo data written in a language, made once per session and language."""
    from planner.store.demo import fill_demo

    made: dict[str, Path] = {}

    def folder(language: str) -> Path:
        if language not in made:
            path = tmp_path_factory.mktemp(f"demo-{language}") / "data"
            database = open_database(path)
            fill_demo(database, years=10, seed=3, language=language, today=TODAY)
            database.close()
            made[language] = path
        return made[language]

    return folder


def almost_empty(database: Database) -> Database:
    """A name and one goal: everything else on page one is empty and must say so."""
    from planner.store.profile import ProfileStore
    from planner.store.yearplan import GoalInput, YearPlanStore

    ProfileStore(database).set_profile("Kari Nordmann", "")
    YearPlanStore(database).add_goal(YEAR, GoalInput("Lære SEO fra bunnen", "Kurs fullført"))
    return database


@pytest.fixture
def open_data(demo_folders, data_dir: Path):
    opened: list[Database] = []

    def open_kind(kind: str, language: str) -> Database:
        database = open_database(demo_folders(language) if kind == "demo" else data_dir)
        opened.append(database)
        return database if kind == "demo" else almost_empty(database)

    yield open_kind
    for database in opened:
        database.close()


def broken_words(document) -> list[str]:
    """Lines that end inside a word (Qt breaks a word only when its column is too narrow)."""

    def soft(char: str) -> bool:
        return char.isspace() and char != "\u00a0"

    found = []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for number in range(layout.lineCount() - 1):
            line = layout.lineAt(number)
            end = line.textStart() + line.textLength()
            if not (soft(text[end - 1]) or text[end - 1] in "-–/" or soft(text[end])):
                found.append(text[line.textStart() : end + 8])
        block = block.next()
    return found


def paper(size: QPageSize.PageSizeId) -> QPageLayout:
    from planner.report.render import MARGINS_MM

    return QPageLayout(
        QPageSize(size), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def expected_parts(plan) -> list[str]:
    """What page one must show for this plan, in the active language."""
    from planner.i18n.formatting import format_date
    from planner.text.labels import area_name, enum_label

    doc, one = plan.document, plan.page_one
    parts = [
        _("Yearly development plan {year}").format(year=YEAR),
        doc.person_name,
        _("Printed on {date}").format(date=format_date(one.printed_on, "long")),
        _("Where I am heading"),
        _("Review dates:"),
        _("Goals for {year} and what I will do").format(year=YEAR),
        _("Certifications in {year}").format(year=YEAR),
        _("What the job postings of {year} asked for most").format(year=YEAR),
        _("Agreed"),
        _("Reader (manager or mentor)"),
        _("Date:"),
    ]
    parts.append(doc.person_role or _("(no role or employer in the profile)"))
    if doc.focus is None:
        parts.append(_("No specialisation chosen yet: choose a road on the Strengths page."))
    else:
        parts += [enum_label(doc.focus.road), _("Why:")]
    if any(a.now is not None for a in doc.radar):
        parts += [_("Skills on {date}, mean level per area (0–5)").split("{")[0]]
        parts += [area_name(a.area_key) for a in doc.radar]
    else:
        parts.append(_("No skill assessed by then."))
    if one.totals.count:
        total = ngettext(
            "The year's learning plan: {count} activity ({groups}); hours estimated,"
            " {logged} logged",
            "The year's learning plan: {count} activities ({groups}); hours estimated,"
            " {logged} logged",
            one.totals.count,
        )
        parts.append(total.split("{")[0])
    if one.certifications:
        parts += [_("Valid until"), one.certifications[0].title[:30]]
    else:
        parts.append(_("No certification in the plan for {year}.").format(year=YEAR))
    if one.market.postings:
        parts += [_("Areas:"), _("Skills:"), area_name(one.market.areas[0].key)]
    else:
        parts.append(_("No job postings read in {year}.").format(year=YEAR))
    return parts


@pytest.mark.parametrize("kind", DATA)
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_one_holds_every_part_and_page_two_none_of_it(
    qapp, open_data, tmp_path: Path, language: str, kind: str
) -> None:
    from planner.report.page_kit import first_sentence, shorten
    from planner.report.render import lay_out_plan, prepare_plan, write_pdf

    set_language(language)
    database = open_data(kind, language)
    plan = prepare_plan(database, YEAR, ("plan",), today=TODAY)
    # Page one fits one page of both papers, with at least three goals (or all of them).
    letter, a4 = paper(QPageSize.PageSizeId.Letter), paper(QPageSize.PageSizeId.A4)
    for layout in (letter, a4):
        laid = lay_out_plan(plan, layout)
        assert laid.first.pages == 1
        # Long text wraps between words; no word, date, status or amount is cut.
        assert broken_words(laid.first.document) == []
        assert laid.limits.goals >= min(3, len(plan.page_one.goals))
    limits = lay_out_plan(plan, a4 if language != "en" else letter).limits

    path = tmp_path / f"{kind}-{language}.pdf"
    write_pdf(path, plan)
    first, second = pages_text(path, 2)
    for part in expected_parts(plan):
        assert squash(part) in first, part
    if plan.document.focus is not None:
        why = shorten(first_sentence(plan.document.focus.rationale), limits.text)
        assert squash(why)[:20] in first
    if plan.page_one.goals[0].items:
        assert squash(_("{shown} of {count} activity listed").split("{")[0]) in first or (
            squash(shorten(plan.page_one.goals[0].items[0].title, limits.text))[:20] in first
        )
    goals = [squash(g.goal.title)[:20] for g in plan.page_one.goals if g.goal]
    on_first = goals[: limits.goals]
    assert all(title in first for title in on_first)
    # Page two: the goals that did not fit, then the learning plan; nothing else of page one.
    assert all(title not in second for title in on_first)
    for later in goals[limits.goals :]:
        assert later in second and later not in first
    for part in (
        _("Where I am heading"),
        _("Certifications in {year}").format(year=YEAR),
        _("What the job postings of {year} asked for most").format(year=YEAR),
        _("Reader (manager or mentor)"),
        _("Review dates:"),
    ):
        assert squash(part) not in second, part
    assert squash(_("Learning plan")) in second


def test_long_titles_wrap_and_page_one_still_fits(qapp, database: Database) -> None:
    from planner.report.render import default_page_layout, lay_out_plan, prepare_plan
    from planner.store.yearplan import GoalInput, YearPlanStore

    store = YearPlanStore(database)
    for number in range(7):
        store.add_goal(YEAR, GoalInput(f"Mål {number} " + "veldig langt ord " * 28, "Målt " * 80))
    set_language("nb")
    plan = prepare_plan(database, YEAR, (), today=TODAY)
    laid = lay_out_plan(plan, default_page_layout("nb"))
    assert laid.first.pages == 1
    assert 3 <= laid.limits.goals < 7
    assert laid.pages == 2  # page one, then the goals that continue
    assert broken_words(laid.first.document) == []  # wrapped between words


def run_cli(data_dir: Path, target: Path, *sections: str, choose: bool = True) -> list[str]:
    from planner.cli import main

    args = ["--data-dir", str(data_dir), "--lang", "nb", "plan", "--year", str(YEAR)]
    args += ["--pdf", str(target)]
    if choose:
        args += ["--sections", *sections]
    assert main(args) == 0
    return pages_text(target)


def test_the_cli_prints_the_sections_named_or_remembered(
    qapp, database: Database, tmp_path: Path
) -> None:
    from planner.settings import Settings

    almost_empty(database)
    data_dir = database.path.parent
    set_language("nb")
    review, notes = squash(_("Review of {year}").format(year=YEAR - 1)), squash(_("Notes"))
    table = squash(_("Learning plan"))
    assert len(run_cli(data_dir, tmp_path / "one.pdf")) == 1  # --sections alone: page one
    pages = run_cli(data_dir, tmp_path / "review.pdf", "review")
    assert len(pages) == 2 and review in pages[1] and notes not in pages[1]
    pages = run_cli(data_dir, tmp_path / "two.pdf", "notes", "plan")
    assert table in pages[1] and notes in "".join(pages[1:]) and review not in "".join(pages)
    # Without --sections: what the window chose last, kept in settings.json.
    Settings(data_dir).set("plan_sections", ["notes"])
    pages = run_cli(data_dir, tmp_path / "remembered.pdf", choose=False)
    assert len(pages) == 2 and notes in pages[1] and table not in pages[1]


def test_an_unknown_section_is_a_translated_usage_error(data_dir: Path, capsys) -> None:
    from planner.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(
            [
                "--data-dir",
                str(data_dir),
                "--lang",
                "nb",
                "plan",
                "--pdf",
                "x.pdf",
                "--sections",
                "x",
            ]
        )
    assert stopped.value.code == 2
    assert "ugyldig valg" in capsys.readouterr().err
    assert not (data_dir / "planner.sqlite3").exists()


def print_preview(page, qtbot, path: Path) -> list[str]:
    """What the preview paints, sent to a PDF printer instead of the screen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    page.preview_dialog.paintRequested.emit(printer)
    return pages_text(path)


def test_sections_chosen_in_the_window_shape_preview_and_pdf_and_survive_a_restart(
    window, qtbot, tmp_path: Path
) -> None:
    from planner.ui.shell.app import build_window

    almost_empty(window.context.database)
    page = window.show_page("yearplan")
    page.set_year(YEAR)
    boxes = page.section_chooser.boxes
    assert all(box.isChecked() for box in boxes.values())  # everything at first
    qtbot.mouseClick(boxes["plan"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(boxes["charts"], Qt.MouseButton.LeftButton)
    assert window.context.settings.get("plan_sections") == ["review", "notes"]

    shown = []
    page.output.preview(YEAR, shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    dialog = shown[0]
    dialog.show()
    qtbot.waitExposed(dialog)
    page.preview_dialog = dialog
    chooser = dialog.chooser
    assert chooser.sections() == ("review", "notes")
    pages = print_preview(page, qtbot, tmp_path / "preview.pdf")
    review = squash(_("Review of {year}").format(year=YEAR - 1))
    assert review in "".join(pages) and squash(_("Learning plan")) not in "".join(pages)
    # A tick in the preview repaints it and is the page's choice too.
    qtbot.mouseClick(chooser.boxes["review"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chooser.boxes["notes"], Qt.MouseButton.LeftButton)
    assert not boxes["review"].isChecked() and not boxes["notes"].isChecked()
    assert len(print_preview(page, qtbot, tmp_path / "one.pdf")) == 1
    dialog.close()
    dialog.deleteLater()
    qtbot.mouseClick(boxes["notes"], Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(page.output.done, timeout=30_000):
        page.save_pdf_to(tmp_path / "saved.pdf")
    pages = pages_text(tmp_path / "saved.pdf")
    assert len(pages) == 2 and squash(_("Notes")) in pages[1] and review not in pages[1]

    data_dir = window.context.data_dir
    window.close()
    window.context.database.close()
    again = build_window(QApplication.instance(), data_dir, "en")  # type: ignore[arg-type]
    qtbot.addWidget(again)
    try:
        chooser = again.show_page("yearplan").section_chooser
        assert chooser.sections() == ("notes",)
        assert not chooser.boxes["plan"].isChecked()
    finally:
        again.context.database.close()
