"""Certification validity: the store, the rule, what is due, exports old and new."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from planner.domain.certification import Validity, needs_attention, validity
from planner.domain.enums import LearningType, PlanStatus
from planner.store.database import Database, database_path, open_database
from planner.store.errors import ValidationError
from planner.store.learning import LearningStore, PlanItemFields
from planner.store.stats import StatsStore
from planner.store.transfer import TransferError, export_document, import_document
from tests.helpers.paths import fixture

FIXTURES = fixture("schemas")
TODAY = dt.date(2026, 12, 2)


def certification(title: str = "Meta Blueprint", **changes: object) -> PlanItemFields:
    fields = PlanItemFields(title, LearningType.CERTIFICATION, 2026)
    return PlanItemFields(**{**fields.__dict__, **changes})  # type: ignore[arg-type]


def test_validity_states_around_the_sixty_days() -> None:
    until = dt.date(2027, 1, 31)
    assert validity(until, until - dt.timedelta(days=61)) is Validity.VALID
    assert validity(until, until - dt.timedelta(days=60)) is Validity.EXPIRING
    assert validity(until, until) is Validity.EXPIRING  # the last day still counts
    assert validity(until, until + dt.timedelta(days=1)) is Validity.EXPIRED
    assert needs_attention(until, PlanStatus.DONE, until) is None  # renewed
    assert needs_attention(until, PlanStatus.PLANNED, until) is Validity.EXPIRING
    assert needs_attention(None, None, until) is None
    long_ago = until + dt.timedelta(days=61)
    assert needs_attention(until, None, until + dt.timedelta(days=60)) is Validity.EXPIRED
    assert needs_attention(until, None, long_ago) is None  # history, not news


def test_a_certification_keeps_its_validity_and_renewal(database: Database) -> None:
    store = LearningStore(database)
    renewal = store.create_plan_item(certification("Meta Blueprint renewal"))
    item = store.create_plan_item(
        certification(valid_until=dt.date(2027, 1, 10), renewal_id=renewal.id)
    )
    again = store.plan_item(item.id)
    assert (again.valid_until, again.renewal_id) == (dt.date(2027, 1, 10), renewal.id)
    # Another type has no validity: the fields are cleared, not kept hidden.
    course = store.create_plan_item(
        PlanItemFields(
            "SEO course",
            LearningType.COURSE,
            2026,
            valid_until=dt.date(2027, 1, 1),
            renewal_id=renewal.id,
        )
    )
    assert (course.valid_until, course.renewal_id) == (None, None)
    with pytest.raises(ValidationError, match="own renewal"):
        store.update_plan_item(item.id, certification(renewal_id=item.id))
    with pytest.raises(ValidationError, match="no longer exists"):
        store.update_plan_item(item.id, certification(renewal_id=9999))


def test_deleting_the_renewal_unlinks_it_and_undo_links_it_again(database: Database) -> None:
    store = LearningStore(database)
    renewal = store.create_plan_item(certification("Renewal"))
    item = store.create_plan_item(certification(renewal_id=renewal.id))
    deleted = store.delete_plan_item(renewal.id)
    assert store.plan_item(item.id).renewal_id is None
    store.restore_plan_item(deleted)
    assert store.plan_item(item.id).renewal_id == renewal.id


def test_what_is_due_names_expiring_and_expired_certifications(database: Database) -> None:
    store = LearningStore(database)
    soon = store.create_plan_item(certification("Soon", valid_until=TODAY + dt.timedelta(days=30)))
    store.create_plan_item(certification("Later", valid_until=TODAY + dt.timedelta(days=90)))
    gone = store.create_plan_item(certification("Gone", valid_until=TODAY - dt.timedelta(days=3)))
    done = store.create_plan_item(certification("Renewed", status=PlanStatus.DONE))
    store.create_plan_item(
        certification("Was renewed", valid_until=TODAY - dt.timedelta(days=1), renewal_id=done.id)
    )
    store.create_plan_item(certification("Dropped", status=PlanStatus.DROPPED, valid_until=TODAY))
    store.create_plan_item(certification("Lapsed", valid_until=TODAY - dt.timedelta(days=100)))
    due = StatsStore(database).due(TODAY)
    assert [(c.id, c.state) for c in due.certifications] == [
        (gone.id, Validity.EXPIRED),
        (soon.id, Validity.EXPIRING),
    ]
    assert not due.empty


def test_an_export_of_the_first_schema_still_imports(tmp_path: Path) -> None:
    # An export as version 0001 wrote it: no valid_until, no renewal_id.
    source = tmp_path / "old"
    source.mkdir()
    shutil.copy(FIXTURES / "0002_certification_validity.sqlite3", database_path(source))
    db = open_database(source)
    document = export_document(db)
    db.close()
    document["schema_revision"] = "0001_initial"
    for row in document["tables"]["plan_items"]:
        del row["valid_until"], row["renewal_id"]
    target = open_database(tmp_path / "new")
    try:
        import_document(target, json.loads(json.dumps(document)))
        items = LearningStore(target).plan_items()
        assert len(items) == len(document["tables"]["plan_items"])
        assert all(i.valid_until is None and i.renewal_id is None for i in items)
    finally:
        target.close()


def test_an_export_keeps_renewals_that_point_to_later_items(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a")
    store = LearningStore(db)
    first = store.create_plan_item(certification("First"))
    later = store.create_plan_item(certification("Later renewal"))
    store.update_plan_item(first.id, certification("First", renewal_id=later.id))
    document = export_document(db)
    db.close()
    target = open_database(tmp_path / "b")
    try:
        import_document(target, document)
        assert LearningStore(target).plan_item(first.id).renewal_id == later.id
        assert export_document(target) == document
        document["tables"]["plan_items"][0]["renewal_id"] = 777
        with pytest.raises(TransferError) as caught:
            import_document(target, document)
        assert "(at $.tables.plan_items[0])" in caught.value.message(str)
        assert LearningStore(target).plan_item(first.id).renewal_id == later.id
    finally:
        target.close()


def test_a_current_export_must_have_the_new_fields(database: Database) -> None:
    LearningStore(database).create_plan_item(certification())
    document = export_document(database)
    del document["tables"]["plan_items"][0]["valid_until"]
    with pytest.raises(TransferError) as caught:
        import_document(database, document)
    assert "missing field valid_until" in caught.value.message(str)


def test_the_first_schema_fixture_upgrades_with_empty_validity(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURES / "0001_initial.sqlite3", database_path(data_dir))
    db = open_database(data_dir)
    try:
        store = LearningStore(db)
        item = store.create_plan_item(certification(valid_until=TODAY))
        assert store.plan_item(item.id).valid_until == TODAY
    finally:
        db.close()


def test_the_printed_plan_lists_certifications_with_their_validity(database: Database) -> None:
    from planner.i18n import set_language
    from planner.report.page_kit import LIMITS
    from planner.report.page_one import build_page_one
    from planner.store.page_one import page_one
    from planner.store.yearplan_summary import year_document

    store = LearningStore(database)
    store.create_plan_item(certification("Old <one>", valid_until=dt.date(2025, 6, 1)))
    store.create_plan_item(certification("Soon <b>", valid_until=TODAY + dt.timedelta(days=20)))
    store.create_plan_item(certification("Later", valid_until=dt.date(2028, 1, 31)))
    document = year_document(database, 2026, TODAY)
    assert [c.title for c in document.certifications] == ["Soon <b>", "Later"]
    set_language("nb")
    # Page one lists them (the year's own, then those held from before) with their validity.
    html = build_page_one(document, page_one(database, document, TODAY), LIMITS[0])
    section = html.split("Sertifiseringer i 2026")[1].split("</table>")[0]
    assert "Soon &lt;b&gt;" in section
    assert "22.\u00a0des.\u00a02026\u00a0(går\u00a0snart\u00a0ut)" in section
    assert "31.\u00a0jan.\u00a02028\u00a0(gyldig)" in section
    # The year's own item that lapsed before the year says so.
    assert "Old &lt;one&gt;" in section and "1.\u00a0juni\u00a02025\u00a0(utløpt)" in section
