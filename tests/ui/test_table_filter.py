"""The shared table filter: matches any column, follows new rows, stays fast on a big log."""

from __future__ import annotations

from planner.ui.models.table import Column, RecordFilterProxy, RecordTableModel

COLUMNS = [
    Column("Date", lambda r: r[0]),
    Column("Minutes", lambda r: str(r[1]), sort=lambda r: r[1]),
    Column("What I learned", lambda r: r[2]),
]


def make(records: list[tuple]) -> tuple[RecordTableModel, RecordFilterProxy]:
    model = RecordTableModel(COLUMNS)
    model.set_records(records)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_search_matches_any_column_case_insensitively_and_follows_new_rows(qapp) -> None:
    model, proxy = make([("2026-01-02", 30, "Technical SEO audit"), ("2026-01-03", 45, "Podcast")])
    proxy.set_search_text("seo")
    assert proxy.rowCount() == 1
    proxy.set_search_text("45")
    assert proxy.record_at(0)[2] == "Podcast"
    model.set_records([("2026-02-01", 10, "SEO again"), ("2026-02-02", 5, "seo, once more")])
    proxy.set_search_text("SEO")
    assert proxy.rowCount() == 2
    proxy.set_predicate(lambda r: r[1] > 6)
    assert [proxy.record_at(0)[2]] == ["SEO again"] and proxy.rowCount() == 1
    proxy.set_search_text("")
    proxy.set_predicate(None)
    assert proxy.rowCount() == 2


def test_a_keystroke_over_twenty_thousand_rows_asks_qt_for_nothing(qapp, monkeypatch) -> None:
    """One string test per row: no Qt index or data() per cell, no column text made again.

    The old filter made a Qt call per cell and took seconds; ``make bench``'s
    "Shared table filter" row has the time of a keystroke on ten years.
    """
    shown = []

    def counting(index: int):
        def display(record: tuple) -> str:
            shown.append(index)
            return str(record[index])

        return display

    columns = [Column("Date", counting(0)), Column("Minutes", counting(1)), COLUMNS[2]]
    records = [
        (f"2020-01-{i % 28 + 1:02d}", i % 90, f"entry {i} about topic {i % 19}")
        for i in range(20_000)
    ]
    model = RecordTableModel(columns)
    model.set_records(records)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("t")  # builds the search texts once
    assert len(shown) == 2 * len(records)
    asked = []
    monkeypatch.setattr(model, "data", lambda *args: asked.append(args))
    monkeypatch.setattr(model, "index", lambda *args: asked.append(args))
    shown.clear()
    proxy.set_search_text("topic 7")
    proxy.set_search_text("topic 17")
    assert proxy.rowCount() == sum("topic 17" in r[2] for r in records)
    assert asked == [] and shown == []
