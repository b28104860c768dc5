"""Reading a LinkedIn export: every trap of real exports, and hostile files refused whole."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from planner.domain.enums import LearningType, PlanStatus
from planner.exchange.linkedin import archive
from planner.exchange.linkedin.archive import ExportError, read_export
from planner.exchange.linkedin.dates import parse_period
from planner.exchange.linkedin.parse import (
    SKIP_DELETED,
    SKIP_LINK,
    SKIP_NOT_FINISHED,
    SKIP_VIDEO,
    parse_export,
)
from planner.exchange.linkedin.plan import Existing, build_plan, plan_key
from planner.exchange.linkedin.skills import match_skill
from tests.helpers.linkedin_export import FILES, TOP, write_folder, write_zip

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Aug 2023", dt.date(2023, 8, 1), dt.date(2023, 8, 31)),
        ("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
        ("2023-04-17 00:19 UTC", dt.date(2023, 4, 17), dt.date(2023, 4, 17)),
        ("September 2020", dt.date(2020, 9, 1), dt.date(2020, 9, 30)),
        ("04/17/2023", dt.date(2023, 4, 17), dt.date(2023, 4, 17)),
    ],
)
def test_dates_as_linkedin_writes_them(text: str, first: dt.date, last: dt.date) -> None:
    period = parse_period(text)
    assert period is not None
    assert (period.first, period.last) == (first, last)


@pytest.mark.parametrize("text", ["", "soon", "Foo 2020", "2023-13-01", "31/31/2020"])
def test_dates_not_understood_are_none(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Search Engine Optimization (SEO)", "technical_seo"),
        ("Google Ads", "search_ads"),
        ("Email Marketing", "email_campaigns"),
        ("E-mail marketing", "email_campaigns"),
        ("HubSpot", "marketing_automation"),
        ("Social Media Marketing", "content_creation"),
        ("Google Analytics", "web_analytics"),
        ("link building", "link_building"),
        ("Pay Per Click (PPC)", "search_ads"),
    ],
)
def test_linkedin_skill_names_land_on_catalogue_skills(name: str, key: str) -> None:
    assert match_skill(name) == key


def test_unknown_skill_names_match_nothing() -> None:
    assert match_skill("Public Speaking") is None
    assert match_skill("") is None


@pytest.fixture(params=["zip", "folder"])
def export_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "zip":
        return write_zip(tmp_path / "Basic_LinkedInDataExport.zip")
    return write_folder(tmp_path / "unpacked")


def test_every_trap_is_read(export_path: Path) -> None:
    export = parse_export(read_export(export_path))
    # Name and header case vary, BOM and preamble are gone, files sit in a dated folder.
    assert export.files["certifications.csv"] == "CERTIFICATIONS.CSV"
    assert [name for name, _line in export.skills][:2] == [
        "Search Engine Optimization (SEO)",
        "Google Ads",
    ]
    assert [c.name for c in export.certifications] == [
        "Google Ads Search Certification",
        "HubSpot Inbound Marketing",
        "Meta Certified Digital Marketing Associate",
    ]
    assert export.certifications[0].finished == parse_period("Aug 2023")
    assert export.degrees[0].end == parse_period("2019")
    assert [c.title for c in export.courses] == ["SEO Foundations", "Advanced Google Analytics"]
    assert export.courses[0].completed == parse_period("2023-04-17 00:19 UTC")
    reasons = {s.reason for s in export.skipped}
    assert {SKIP_DELETED, SKIP_NOT_FINISHED, SKIP_VIDEO} <= reasons
    deleted = next(s for s in export.skipped if s.reason == SKIP_DELETED)
    assert (deleted.file, deleted.line) == ("Learning.csv", 4)


def test_the_plan_follows_the_rules(export_path: Path) -> None:
    plan = build_plan(parse_export(read_export(export_path)), Existing(), TODAY)
    items = {i.fields.title: i for i in plan.new_items}
    google = items["Google Ads Search Certification"]
    assert google.fields.item_type == LearningType.CERTIFICATION
    assert (google.fields.status, google.completed_on) == (PlanStatus.DONE, dt.date(2023, 8, 31))
    assert google.fields.provider == "Google"
    assert google.fields.url == "https://skillshop.example/cert/1"
    hubspot = items["HubSpot Inbound Marketing"]  # no finish date; a javascript: link
    assert (hubspot.fields.status, hubspot.completed_on, hubspot.fields.url) == (
        PlanStatus.IN_PROGRESS,
        None,
        "",
    )
    assert any(
        s.reason == SKIP_LINK and s.what == "HubSpot Inbound Marketing" for s in plan.skipped
    )
    bachelor = items["Bachelor of Commerce - BCom"]
    assert (bachelor.fields.item_type, bachelor.fields.status) == (
        LearningType.DEGREE,
        PlanStatus.DONE,
    )
    master = items["Master of Science - MS Marketing"]  # ends 2027
    assert master.fields.status == PlanStatus.IN_PROGRESS
    assert master.fields.planned_end == dt.date(2027, 12, 31)
    course = items["SEO Foundations"]
    assert (course.fields.item_type, course.fields.status, course.completed_on) == (
        LearningType.COURSE,
        PlanStatus.DONE,
        dt.date(2023, 4, 17),
    )
    assert course.fields.plan_year == 2023
    assert items["Advanced Google Analytics"].fields.status == PlanStatus.IDEA
    # Nothing invented: no hours, costs or skills the export does not state.
    for item in plan.new_items:
        assert item.fields.estimated_minutes is None and item.fields.cost_minor is None
        assert item.fields.skill_keys == ()
    assert plan.role == "Digital Marketing Manager, Acme Media"
    assert plan.role_before == ""
    replacing = build_plan(parse_export(read_export(export_path)), Existing(role="Intern"), TODAY)
    assert (replacing.role, replacing.role_before) == (plan.role, "Intern")
    assert {m.key for m in plan.matched} == {
        "technical_seo",
        "search_ads",
        "email_campaigns",
        "marketing_automation",
        "content_creation",
        "web_analytics",
    }
    assert plan.custom == ("Public Speaking", "Event Planning")


def test_what_is_there_already_is_not_added_again(export_path: Path) -> None:
    export = parse_export(read_export(export_path))
    first = build_plan(export, Existing(), TODAY)
    existing = Existing(
        plan_keys=frozenset(plan_key(i.fields.item_type, i.fields.title) for i in first.new_items),
        skill_names=frozenset(n.casefold() for n in first.custom),
        role=first.role or "",
    )
    second = build_plan(export, existing, TODAY)
    assert not second.adds_something
    assert second.role is None and second.role_before == ""
    assert len(second.present_items) == len(first.new_items)
    assert second.present_role == first.role


def test_absent_and_empty_files_are_fine(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "e.zip", {"Skills.csv": "", "Positions.csv": FILES["Positions.csv"]}
    )
    export = parse_export(read_export(path))
    assert export.skills == () and export.certifications == () and export.courses == ()
    assert export.positions and export.skipped == ()


def test_files_at_the_top_of_the_zip_are_found(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "flat.zip", top="")
    assert len(parse_export(read_export(path)).certifications) == 3


# -- refused whole, with one clear line ---------------------------------------


def refused(path: Path) -> str:
    with pytest.raises(ExportError) as raised:
        read_export(path)
    message = raised.value.message(lambda text: text)
    assert "\n" not in message
    return message


def test_not_an_export(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    assert "not a LinkedIn data export" in refused(text)
    other = write_zip(tmp_path / "other.zip", {"Photos.csv": "a,b\n"})
    assert "not a LinkedIn data export" in refused(other)
    assert "not a LinkedIn data export" in refused(write_folder(tmp_path / "f", {"x.txt": ""}))


def test_broken_zip(tmp_path: Path) -> None:
    good = write_zip(tmp_path / "good.zip").read_bytes()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(good[: len(good) // 2])
    assert "damaged or not a ZIP" in refused(broken)
    corrupt = tmp_path / "corrupt.zip"  # a flipped byte inside a member: CRC error on read
    data = bytearray(good)
    offset = data.find(b"Skills.csv") + 40
    data[offset] ^= 0xFF
    corrupt.write_bytes(bytes(data))
    assert "damaged or not a ZIP" in refused(corrupt)


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr(f"{TOP}/Skills.csv", b"Name\n" + b"a" * (4 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    assert "ZIP bomb" in refused(bomb)


def test_zip_headers_that_lie_about_the_size_are_caught_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(archive, "_check_member", lambda info, path: None)
    path = write_zip(tmp_path / "big.zip", {"Skills.csv": "Name\n" + "x\n" * 2000})
    assert "larger than" in refused(path)


def test_too_large_file_in_a_folder(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "f")
    with (folder / TOP / "Skills.csv").open("ab") as handle:
        handle.truncate(archive.MAX_FILE_BYTES + 1)
    assert "larger than" in refused(folder)


@pytest.mark.parametrize(
    "name", ["../Skills.csv", "/etc/Skills.csv", f"{TOP}/../../Skills.csv", "a\\..\\Skills.csv"]
)
def test_names_that_escape_the_folder(tmp_path: Path, name: str) -> None:
    path = tmp_path / "evil.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        zipped.writestr(f"{TOP}/Positions.csv", FILES["Positions.csv"])
        zipped.writestr(zipfile.ZipInfo(name), "Name\nSEO\n")
    path.write_bytes(buffer.getvalue())
    assert "leads outside the folder" in refused(path)


def test_a_link_out_of_the_folder_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "Skills.csv").write_text("Name\nSecret skill\n", encoding="utf-8")
    folder = write_folder(tmp_path / "f", {"Positions.csv": FILES["Positions.csv"]})
    (folder / TOP / "Skills.csv").symlink_to(secret / "Skills.csv")
    (folder / "linked").symlink_to(secret)
    export = parse_export(read_export(folder))
    assert export.skills == ()


def test_a_date_not_understood_skips_the_row_instead_of_guessing(tmp_path: Path) -> None:
    certifications = (
        "Name,Url,Authority,Started On,Finished On,License Number\n"
        "Odd date,,Somebody,Spring 2020,,\n"
        "Still valid,,Google,Jan 2026,Mar 2027,\n"
    )
    path = write_zip(tmp_path / "e.zip", {"Certifications.csv": certifications})
    export = parse_export(read_export(path))
    assert [c.name for c in export.certifications] == ["Still valid"]
    (odd,) = export.skipped
    assert (odd.what, odd.line, odd.params) == ("Odd date", 2, {"date": "Spring 2020"})
    (valid,) = build_plan(export, Existing(), TODAY).new_items
    assert valid.fields.status == PlanStatus.IN_PROGRESS  # its finish date is still to come
    assert (valid.completed_on, valid.fields.planned_end) == (None, dt.date(2027, 3, 31))
