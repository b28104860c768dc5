"""A LinkedIn export into the store and through the command line: all or nothing, once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.exchange.linkedin.importer import apply_plan, plan_import, undo_import
from planner.store.bulk_import import NewCustomSkill
from planner.store.learning import LearningStore
from planner.store.profile import ProfileStore
from planner.store.skills import SkillStore
from tests.helpers.linkedin_export import write_zip


def snapshot(database) -> tuple:
    return (
        LearningStore(database).plan_items(),
        SkillStore(database).skills(),
        ProfileStore(database).profile(),
    )


def test_import_then_undo_then_a_second_import_adds_nothing(database, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "export.zip")
    before = snapshot(database)
    plan = plan_import(database, path)
    receipt = apply_plan(database, plan, [NewCustomSkill("strategy", "Public Speaking")])
    assert len(receipt.item_ids) == 7
    assert ProfileStore(database).profile().role == "Digital Marketing Manager, Acme Media"
    custom = SkillStore(database).skill(receipt.skill_keys[0])
    assert (custom.custom_name, custom.area_key) == ("Public Speaking", "strategy")
    assert custom.current_level is None  # a claimed skill is not an assessment
    assert SkillStore(database).assessments() == []

    again = plan_import(database, path)
    assert not again.new_items and again.role is None
    assert again.present_custom == ("Public Speaking",) and again.custom == ("Event Planning",)

    undo_import(database, receipt)
    assert snapshot(database) == before


def test_a_refused_part_writes_nothing(database, tmp_path: Path) -> None:
    from planner.store.errors import ValidationError

    plan = plan_import(database, write_zip(tmp_path / "export.zip"))
    before = snapshot(database)
    with pytest.raises(ValidationError):
        apply_plan(database, plan, [NewCustomSkill("no_such_area", "Public Speaking")])
    assert snapshot(database) == before


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_cli_dry_run_then_import_then_export(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    path = write_zip(tmp_path / "export.zip")
    assert cli(data_dir, "--lang", language, "linkedin", "import", "--dry-run", str(path)) == 0
    out = capsys.readouterr().out
    assert "Google Ads Search Certification" in out and "SEO Foundations" in out
    expected = {"en": "Dry run", "nb": "Prøvekjøring", "sw": "Jaribio"}[language]
    assert expected in out
    if language != "en":
        assert "Would be added" not in out and "Skipped:" not in out
    export = tmp_path / "out.json"
    assert cli(data_dir, "export", str(export)) == 0
    assert json.loads(export.read_text(encoding="utf-8"))["tables"]["plan_items"] == []

    assert cli(data_dir, "--lang", language, "linkedin", "import", str(path)) == 0
    capsys.readouterr()
    assert cli(data_dir, "export", str(export)) == 0
    items = json.loads(export.read_text(encoding="utf-8"))["tables"]["plan_items"]
    shown = {(i["title"], i["item_type"], i["status"], i["completed_on"]) for i in items}
    assert ("Google Ads Search Certification", "certification", "done", "2023-08-31") in shown
    assert ("HubSpot Inbound Marketing", "certification", "in_progress", None) in shown
    assert ("Bachelor of Commerce - BCom", "degree", "done", "2019-12-31") in shown
    assert ("SEO Foundations", "course", "done", "2023-04-17") in shown
    assert ("Advanced Google Analytics", "course", "idea", None) in shown

    assert cli(data_dir, "linkedin", "import", str(path)) == 0
    assert "Imported 0 plan items." in capsys.readouterr().out
    assert cli(data_dir, "export", str(export)) == 0
    assert len(json.loads(export.read_text(encoding="utf-8"))["tables"]["plan_items"]) == 7


def test_cli_adds_unmatched_skills_only_when_asked(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_zip(tmp_path / "export.zip")
    assert cli(data_dir, "linkedin", "import", "--custom-skills", "strategy", str(path)) == 0
    from planner.store.database import open_database

    database = open_database(data_dir)
    names = {s.custom_name for s in SkillStore(database).skills() if s.is_custom}
    database.close()
    assert names == {"Public Speaking", "Event Planning"}


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_cli_bad_input_is_one_translated_line_and_nothing_written(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    broken = tmp_path / "export.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert cli(data_dir, "--lang", language, "linkedin", "import", str(broken)) == 1
    assert not data_dir.exists()  # the file is read before the data folder is opened
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "export.zip" in err
    if language != "en":
        assert "damaged" not in err
    nothing = tmp_path / "missing.zip"
    assert cli(data_dir, "--lang", language, "linkedin", "import", str(nothing)) == 1
    from planner.store.database import open_database

    database = open_database(data_dir)
    assert LearningStore(database).plan_items() == []
    database.close()
