"""The printed yearly plan: PDF text in each language, escaping, pages, paper, speed, CLI."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.i18n import set_language
from planner.store.yearplan import GoalInput, YearPlanStore
from tests.helpers.yearplan_data import generate_years

TODAY = dt.date(2026, 11, 23)

# Headings and labels of the English document that must not survive in nb or sw.
ENGLISH_HEADINGS = (
    "Yearly development plan",
    "Where I am heading",
    "Goals for",
    "Learning plan",
    "Measure",
    "Hours logged",
    "Review of",
    "In my own words",
    "Hours by learning group",
    "Level changes",
    "Page 1 of",
    "Start of 2026",
    "Peer learning",
    "T-shape",
    "Market demand",
    "Share of job postings",
    "Current level",
)
TRANSLATED = {
    "en": (
        "Yearly development plan 2026",
        "Where I am heading",
        "Goals for 2026",
        "Page 1 of {pages}",
        "Review of 2025",
    ),
    "nb": (
        "Årlig utviklingsplan 2026",
        "Hvor jeg er på vei",
        "Mål for 2026",
        "Side 1 av {pages}",
        "Årsgjennomgang 2025",
    ),
    "sw": (
        "Mpango wa maendeleo wa mwaka 2026",
        "Ninakoelekea",
        "Malengo ya 2026",
        "Ukurasa 1 kati ya {pages}",
        "Tathmini ya mwaka 2025",
    ),
}


@pytest.fixture
def gui(qapp):
    return qapp


def make_pdf(database, path: Path, language: str, year: int = 2026) -> tuple[int, str, PdfReader]:
    from planner.report.render import make_pdf as write

    set_language(language)
    pages = write(database, year, path, today=TODAY)
    reader = PdfReader(str(path))
    return pages, page_text(*reader.pages), reader


def page_text(*pages) -> str:
    """The text of PDF pages, spaces normalised and ligatures (ﬁ) undone."""
    text = "\n".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def two_years(database):
    generate_years(database, 2025, 2026, goals_per_year=3)
    store = YearPlanStore(database)
    store.add_goal(2026, GoalInput("Bestå Google Ads-sertifisering", "Sertifikat i hånd"))
    return database


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_the_pdf_speaks_the_language_and_holds_the_goals(
    gui, two_years, tmp_path: Path, language: str
) -> None:
    pages, text, reader = make_pdf(two_years, tmp_path / f"plan-{language}.pdf", language)
    assert pages == len(reader.pages) >= 3
    for expected in TRANSLATED[language]:
        assert expected.format(pages=pages) in text, expected
    # User text as typed (a table cell may wrap it after the hyphen).
    assert "BeståGoogleAds-sertifisering" in text.replace(" ", "")
    assert "Åse Ødegård" in text  # the name in the header, æøå and all
    if language != "en":
        left = [heading for heading in ENGLISH_HEADINGS if heading in text]
        assert left == []
    # Every page is numbered, in the language.
    for number, page in enumerate(reader.pages, start=1):
        footer = {"en": "Page {n} of {m}", "nb": "Side {n} av {m}", "sw": "Ukurasa {n} kati ya {m}"}
        assert footer[language].format(n=number, m=pages) in page_text(page)
    names = {"en": "Career Planner", "nb": "Karriereplanlegger", "sw": "Mpango wa Taaluma"}
    assert reader.metadata.creator.startswith(names[language] + " ")  # the creator, translated


def test_paper_follows_the_locale(gui, database, tmp_path: Path) -> None:
    sizes = {}
    for language in ("en", "nb", "sw"):
        _pages, _text, reader = make_pdf(database, tmp_path / f"{language}.pdf", language)
        box = reader.pages[0].mediabox
        sizes[language] = (round(float(box.width)), round(float(box.height)))
    assert sizes["en"] == (612, 792)  # US Letter
    assert sizes["nb"] == sizes["sw"] == (595, 842)  # A4


def test_fonts_are_embedded(gui, two_years, tmp_path: Path) -> None:
    _pages, _text, reader = make_pdf(two_years, tmp_path / "plan.pdf", "nb")
    fonts = []
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts.append(any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    assert fonts and all(fonts)


def test_markup_in_a_goal_prints_literally_and_loads_nothing(gui, database, tmp_path: Path) -> None:
    from planner.report.content import build_details
    from planner.report.page_kit import LIMITS
    from planner.report.page_one import build_page_one
    from planner.store.page_one import page_one
    from planner.store.yearplan_summary import year_document

    store = YearPlanStore(database)
    store.add_goal(2026, GoalInput("<img src=/etc/passwd>", "<b>bold</b> & <script>x</script>"))
    store.set_notes(2026, '<a href="file:///etc/passwd">link</a>')
    doc = year_document(database, 2026, TODAY)
    markup = build_page_one(doc, page_one(database, doc, TODAY), LIMITS[0])
    markup += build_details(doc, ("plan", "charts", "review", "notes"))
    assert "<img" not in markup and "<script" not in markup and "<a href" not in markup
    _pages, text, reader = make_pdf(database, tmp_path / "plan.pdf", "en")
    assert "<img src=/etc/passwd>" in text
    assert "<b>bold</b> & <script>x</script>" in text
    assert '<a href="file:///etc/passwd">link</a>' in text
    # Nothing was loaded or embedded: no image at all in the document.
    assert all(len(page.images) == 0 for page in reader.pages)


CHART_TEXTS = {
    # Heading, caption start, and a text drawn inside each new chart (SVG text stays text).
    "en": (
        "T-shape: breadth and depth",
        "Current level in every area",
        "Your T-shape",
        "Market demand in 2026",
        "Each area's share of the job postings read in 2026",
        "Share of job postings",
        "Skill profile by area",
    ),
    "nb": (
        "T-formet profil: bredde og dybde",
        "Nåværende nivå i hvert område",
        "Din T-formede profil",
        "Etterspørsel i markedet i 2026",
        "Hvert områdes andel av stillingsannonsene som ble lest i 2026",
        "Andel av stillingsannonser",
        "Starten av 2026",
    ),
    "sw": (
        "Wasifu wa umbo la T: upana na kina",
        "Kiwango cha sasa katika kila eneo",
        "Wasifu wako wa umbo la T",
        "Mahitaji ya soko mwaka 2026",
        "Sehemu ya kila eneo katika matangazo ya kazi yaliyosomwa mwaka 2026",
    ),
}


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_the_t_shape_and_market_demand_print_translated_as_vectors(
    gui, two_years, tmp_path: Path, language: str
) -> None:
    from planner.i18n import _
    from planner.report.render import build_charts, demand_data
    from planner.store.yearplan_summary import year_document

    _pages, text, reader = make_pdf(two_years, tmp_path / f"{language}.pdf", language)
    for expected in CHART_TEXTS[language]:
        assert expected in text, expected
    # The year's postings were read, so the market chart is drawn, not hinted at.
    hint = _("No job postings read in {year}.").split("{")[0]
    assert hint not in text
    # Four charts, every one a vector drawing: no picture anywhere in the PDF.
    doc = year_document(two_years, 2026, TODAY)
    charts = build_charts(doc, demand_data(two_years, doc))
    assert set(charts.svgs) == {"radar", "tshape", "demand", "hours"}
    assert all(len(page.images) == 0 for page in reader.pages)


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_an_empty_data_folder_prints_hints_instead_of_empty_charts(
    gui, database, tmp_path: Path, language: str
) -> None:
    from planner.i18n import _

    _pages, text, reader = make_pdf(database, tmp_path / f"{language}.pdf", language)
    set_language(language)
    hints = (
        _("Assess your skills on the Skills page to see your profile across the six areas."),
        _("Assess your skills (on the Skills page or in the first-run guide) to see your T-shape."),
        _(
            "No job postings read in {year}. Add postings on the Job market page to compare"
            " what the market asks for with your own levels."
        ).format(year=2026),
    )
    hints += (_("No learning logged in {first} or {second}.").format(first=2025, second=2026),)
    for hint in hints:
        assert hint in text, hint
    # No empty axes: the charts' own titles never reach the page.
    for title in (_("Your T-shape"), _("Skill profile by area"), _("Share of job postings")):
        assert title not in text, title
    assert _("T-shape: breadth and depth") in text
    assert all(len(page.images) == 0 for page in reader.pages)


def test_a_chart_keeps_its_heading_and_stays_on_one_page(gui, two_years) -> None:
    from planner.report.render import default_page_layout, lay_out_plan, prepare_plan

    set_language("sw")
    plan = prepare_plan(two_years, 2026, today=TODAY)
    laid = lay_out_plan(plan, default_page_layout("sw")).details
    assert laid is not None
    height = laid.body.height()
    assert set(laid.charts.rects) == {"radar", "tshape", "demand", "hours"}
    tops = []
    for name, rect in laid.charts.rects.items():
        page = int(rect.top() // height)
        assert page == int((rect.bottom() - 1) // height), name
        assert rect.height() <= height * 0.5, name
        tops.append((rect.top(), rect.bottom()))
    tops.sort()
    for (_top, bottom), (next_top, _bottom) in itertools.pairwise(tops):
        assert bottom <= next_top  # no chart overlaps the next


def test_many_goals_break_over_numbered_pages_with_repeated_table_headers(
    gui, database, tmp_path: Path
) -> None:
    from sqlalchemy import insert

    from planner.store.models import Goal

    plan, _created = YearPlanStore(database).ensure_plan(2026)
    with database.transaction() as session:  # one bulk insert: fast
        session.execute(
            insert(Goal),
            [
                {
                    "year_plan_id": plan.id,
                    "title": f"Mål nummer {number}",
                    "measure": "Målt hver måned",
                    "status": "open",
                    "position": number,
                }
                for number in range(1, 71)
            ],
        )
    pages, text, reader = make_pdf(database, tmp_path / "plan.pdf", "nb")
    assert pages >= 4
    for number in range(1, pages + 1):
        assert f"Side {number} av {pages}" in page_text(reader.pages[number - 1])
    assert "Mål nummer 1 " in text and "Mål nummer 70" in text
    # The goals that do not fit on page one continue with the table's header row,
    # which comes again on every page they continue on.
    for number in (2, 3):
        assert "Nr. Mål, hvordan det måles" in page_text(reader.pages[number - 1])


def test_ten_years_of_data_print_whole(gui, database, tmp_path: Path) -> None:
    """Ten years print; how long it takes is measured by ``make bench`` (pdf), not here."""
    from planner.report.render import build_charts, prepare_plan, write_pdf
    from planner.store.yearplan_summary import year_document

    generate_years(database, 2017, 2026, goals_per_year=12, entries_per_year=400)
    # Warm the imports (matplotlib, the SVG backend) as an open window has them.
    build_charts(year_document(database, 2020, TODAY))
    pages = write_pdf(tmp_path / "plan.pdf", prepare_plan(database, 2026, today=TODAY))
    assert pages >= 3


@pytest.mark.slow
def test_cli_writes_the_pdf_without_a_display(database, tmp_path: Path) -> None:
    generate_years(database, 2025, 2026, goals_per_year=2)
    data_dir = database.path.parent
    database.close()
    target = tmp_path / "plan.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "--data-dir",
            str(data_dir),
            "plan",
            "--year",
            "2026",
            "--pdf",
            str(target),
            "--lang",
            "sw",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Mpango wa 2026 umeandikwa" in result.stdout
    text = page_text(PdfReader(io.BytesIO(target.read_bytes())).pages[0])
    assert "Mpango wa maendeleo wa mwaka 2026" in text


def test_cli_refuses_a_missing_folder_with_a_translated_message(data_dir: Path, capsys) -> None:
    from planner.cli import main

    status = main(
        [
            "--data-dir",
            str(data_dir),
            "--lang",
            "nb",
            "plan",
            "--year",
            "2026",
            "--pdf",
            str(data_dir / "no" / "plan.pdf"),
        ]
    )
    assert status == 1
    assert "Mappen" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:  # a year out of range is a usage error
        main(["--data-dir", str(data_dir), "plan", "--year", "12", "--pdf", "x.pdf"])
    assert exited.value.code == 2
