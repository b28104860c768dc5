"""The calendar export: parses with two libraries, stable UIDs, same bytes, translated."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest
import vobject

from planner.domain.enums import LearningType, PlanStatus
from planner.store.database import Database, open_database
from planner.store.learning import LearningStore, PlanItemFields
from planner.store.yearplan import GoalInput, YearPlanStore

YEAR = 2026


def fill(db: Database) -> dict[str, int]:
    learning = LearningStore(db)
    course = learning.create_plan_item(
        PlanItemFields(
            "GA4 <course> & more",
            LearningType.COURSE,
            YEAR,
            url="https://example.org/ga4",
            planned_start=dt.date(YEAR, 3, 2),
            planned_end=dt.date(YEAR, 3, 20),
        )
    )
    cert = learning.create_plan_item(
        PlanItemFields(
            "Meta Blueprint",
            LearningType.CERTIFICATION,
            YEAR,
            status=PlanStatus.DONE,
            planned_end=dt.date(YEAR, 5, 4),
            valid_until=dt.date(YEAR + 1, 5, 3),
        )
    )
    learning.create_plan_item(PlanItemFields("An idea, no dates", LearningType.BOOK_PODCAST, YEAR))
    learning.create_plan_item(
        PlanItemFields(
            "Dropped",
            LearningType.COURSE,
            YEAR,
            status=PlanStatus.DROPPED,
            planned_start=dt.date(YEAR, 1, 1),
        )
    )
    goal = YearPlanStore(db).add_goal(
        YEAR, GoalInput("Run two A/B tests", due_on=dt.date(YEAR, 9, 30))
    )
    return {"course": course.id, "cert": cert.id, "goal": goal.id}


@pytest.fixture
def filled(data_dir: Path) -> dict[str, int]:
    db = open_database(data_dir)
    ids = fill(db)
    db.close()
    return ids


def export(capsys: pytest.CaptureFixture[str], data_dir: Path, target: Path, *args: str) -> bytes:
    from planner.cli import main

    code = main(["--data-dir", str(data_dir), *args, "calendar", "--ics", str(target)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert str(target) in out
    return target.read_bytes()


def events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]).split(".")[0]: e for e in calendar.walk("VEVENT")}


def test_every_kind_of_event_parses_with_two_libraries(
    filled: dict[str, int], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = export(capsys, data_dir, tmp_path / "plan.ics", "--lang", "en")
    found = events(data)
    assert set(found) == {
        f"plan-item-{filled['course']}",
        f"plan-item-{filled['cert']}",
        f"certification-{filled['cert']}",
        f"goal-{filled['goal']}",
        f"market-{YEAR}",
        f"review-{YEAR}",
        # The certification's expiry reaches into the next year: its reminders come too.
        f"market-{YEAR + 1}",
        f"review-{YEAR + 1}",
    }
    course = found[f"plan-item-{filled['course']}"]
    assert str(course["SUMMARY"]) == "Course: GA4 <course> & more"
    assert course.decoded("DTSTART") == dt.date(YEAR, 3, 2)
    assert course.decoded("DTEND") == dt.date(YEAR, 3, 21)  # the day after the last
    assert str(course["URL"]) == "https://example.org/ga4"
    expiry = found[f"certification-{filled['cert']}"]
    assert expiry.decoded("DTSTART") == dt.date(YEAR + 1, 5, 3)
    assert expiry.decoded("DTEND") == dt.date(YEAR + 1, 5, 4)
    assert str(found[f"goal-{filled['goal']}"]["SUMMARY"]) == "Goal due: Run two A/B tests"
    for event in found.values():
        assert isinstance(event.decoded("DTSTART"), dt.date)
        assert not isinstance(event.decoded("DTSTART"), dt.datetime)  # all-day: a DATE
        assert event.decoded("DTSTAMP").tzinfo is not None  # UTC, written with Z
    assert b"VTIMEZONE" not in data and b"TZID" not in data
    assert b"\r\n" in data

    # The second, independent parser reads the same events.
    parsed = vobject.readOne(data.decode("utf-8"))
    seen = {
        e.uid.value: (e.summary.value, e.dtstart.value, e.dtend.value) for e in parsed.vevent_list
    }
    assert len(seen) == len(found)
    for uid, event in ((str(e["UID"]), e) for e in found.values()):
        assert seen[uid] == (
            str(event["SUMMARY"]),
            event.decoded("DTSTART"),
            event.decoded("DTEND"),
        )


def test_two_exports_of_the_same_data_are_identical_and_moving_keeps_the_uid(
    filled: dict[str, int], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = export(capsys, data_dir, tmp_path / "a.ics")
    second = export(capsys, data_dir, tmp_path / "b.ics")
    assert first == second
    db = open_database(data_dir)
    store = LearningStore(db)
    item = store.plan_item(filled["course"])
    moved = replace(
        item.editable(), planned_start=dt.date(YEAR, 4, 6), planned_end=dt.date(YEAR, 4, 8)
    )
    store.update_plan_item(item.id, moved)
    db.close()
    third = export(capsys, data_dir, tmp_path / "c.ics")
    before, after = events(first), events(third)
    key = f"plan-item-{filled['course']}"
    assert str(after[key]["UID"]) == str(before[key]["UID"])
    assert (after[key].decoded("DTSTART"), after[key].decoded("DTEND")) == (
        dt.date(YEAR, 4, 6),
        dt.date(YEAR, 4, 9),
    )
    assert set(after) == set(before)
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write left nothing behind


EXPECTED = {
    "nb": ("Frist for mål:", "Årlig gjennomgang av arbeidsmarkedet", "Siste dag sertifiseringen"),
    "sw": ("Tarehe ya mwisho ya lengo:", "soko la ajira", "Siku ya mwisho udhibitisho"),
}


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_summaries_are_in_the_language_asked_for(
    filled: dict[str, int],
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    goal, market, expiry = EXPECTED[language]
    found = events(export(capsys, data_dir, tmp_path / "x.ics", "--lang", language))
    assert str(found[f"goal-{filled['goal']}"]["SUMMARY"]).startswith(goal)
    assert market in str(found[f"market-{YEAR}"]["SUMMARY"])
    assert str(found[f"certification-{filled['cert']}"]["SUMMARY"]).startswith(expiry)
    course = str(found[f"plan-item-{filled['course']}"]["SUMMARY"])
    assert course.split(":", maxsplit=1)[0] == {"nb": "Kurs", "sw": "Kozi"}[language]


def test_one_year_only_and_errors_keep_the_contract(
    filled: dict[str, int], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.cli import main

    def run(*args: str) -> int:
        return main(["--data-dir", str(data_dir), "calendar", *args])

    this_year = tmp_path / "y.ics"
    assert run("--year", str(YEAR), "--ics", str(this_year)) == 0
    assert set(events(this_year.read_bytes())) == {
        f"plan-item-{filled['course']}",
        f"plan-item-{filled['cert']}",
        f"goal-{filled['goal']}",
        f"market-{YEAR}",
        f"review-{YEAR}",
    }
    assert run("--year", str(YEAR + 1), "--ics", str(tmp_path / "n.ics")) == 0
    capsys.readouterr()
    next_year = events((tmp_path / "n.ics").read_bytes())
    assert set(next_year) == {
        f"certification-{filled['cert']}",
        f"market-{YEAR + 1}",
        f"review-{YEAR + 1}",
    }
    missing = tmp_path / "no-such-folder" / "x.ics"
    assert main(["--data-dir", str(data_dir), "calendar", "--ics", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data_dir), "calendar"])
    assert exited.value.code == 2


def test_an_empty_data_folder_gets_this_years_reminders(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = export(capsys, data_dir, tmp_path / "empty.ics", "--lang", "sw")
    year = dt.date.today().year
    assert set(events(data)) == {f"market-{year}", f"review-{year}"}
    assert len(vobject.readOne(data.decode("utf-8")).vevent_list) == 2


def test_the_file_menu_exports_in_the_window_language(window, qtbot, tmp_path: Path) -> None:
    fill(window.context.database)
    window.choose_language("nb")
    qtbot.waitUntil(lambda: "calendar" not in window.export_calendar_action.text())
    assert window.export_calendar_action.text() == "Eks&porter kalender (.ics)…"
    assert window.export_calendar_action in window.file_menu.actions()
    from planner.ui.flows.calendar_export import export_calendar

    target = tmp_path / "vindu.ics"
    assert export_calendar(window, window.context, target) == 8
    summaries = [str(e["SUMMARY"]) for e in events(target.read_bytes()).values()]
    assert any(s.startswith("Frist for mål:") for s in summaries)
    assert window.statusBar().currentMessage() == f"Skrev 8 hendelser til {target}."
