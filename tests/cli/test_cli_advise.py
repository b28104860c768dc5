"""``career-planner advise``: the ranking, the suggestion and the reasons, translated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.enums import Road
from planner.store.database import open_database
from planner.store.profile import ProfileStore

TODAY = dt.date.today()


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    database = open_database(data_dir)
    store = ProfileStore(database)
    store.add_strengths(5, 5, 2, 2, on=TODAY)
    store.assess_areas({"seo": 3, "crm_email": 2, "analytics": 1}, TODAY)
    store.add_choice(Road.DEEP_SPECIALIST, ["seo"], "I like it", TODAY)
    database.close()
    return data_dir


EXPECTED = {
    "en": [
        "1. CRM and e-mail (fit 4.4 of 5)",
        "CRM and e-mail asks most for the strength “Technical”: yours is 5 of 5.",
        "Suggested road: Deep specialist (one area). Focus: CRM and e-mail.",
        "Analytics is at level 1, below the base of 2 that every channel needs.",
        "Your choice differs from the suggestion.",
        "Build a base understanding of every channel",
    ],
    "nb": [
        "1. CRM og e-post (egnethet 4,4 av 5)",
        "CRM og e-post krever mest av styrken «Teknisk»: din er 5 av 5.",
        "Foreslått vei: Dybdespesialist (ett område). Fokus: CRM og e-post.",
        "Hull i bredden",
        "Valget ditt avviker fra forslaget.",
    ],
    "sw": [
        "1. CRM na barua pepe (ulinganifu 4.4 kati ya 5)",
        "Kiufundi",
        "Njia inayopendekezwa: Mtaalamu wa eneo moja.",
        "Mapengo ya upana",
        "Chaguo lako ni tofauti na pendekezo.",
    ],
}


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_advise_prints_ranking_suggestion_and_reasons_in_each_language(
    demo_dir: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(demo_dir), "--lang", language, "advise"]) == 0
    out = capsys.readouterr().out
    for text in EXPECTED[language]:
        assert text in out
    assert out.count("\n6. ") == 1  # all six areas ranked
    if language != "en":
        for english in ("Suggested road", "fits your strengths", "Breadth gaps", "of 5)"):
            assert english not in out


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "No strengths are recorded yet"), ("nb", "Ingen styrker"), ("sw", "Bado hakuna")],
)
def test_advise_without_strengths_says_what_to_do(
    tmp_path: Path, language: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "--lang", language, "advise"]) == 0
    assert capsys.readouterr().out.startswith(expected)


def test_advise_help_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "nb", "--help"])
    assert "ranger områdene" in capsys.readouterr().out
