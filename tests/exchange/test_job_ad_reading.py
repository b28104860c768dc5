"""Reading pages and pasted ads: JSON-LD in its many shapes, boilerplate, hostile input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.exchange.job_ads import JobAd, join_notes, read_page, read_text, split_notes
from planner.exchange.job_ads.fields import parse_date
from planner.exchange.lexicon import detect_language, suggest_skills
from planner.exchange.lexicon.custom import custom_phrases
from planner.store.files import FileProblemError, read_bounded


def page(*blocks: str, body: str = "<h1>Page title</h1>") -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body>{body}</body></html>"


def test_json_ld_in_a_graph_beside_a_broken_block_with_escaped_description() -> None:
    posting = {
        "@type": ["JobPosting"],
        "title": "Email &amp; CRM Lead",
        "datePosted": "2026-02-03T10:00:00+01:00",
        "hiringOrganization": {"@type": "Organization", "name": "Acme"},
        "jobLocation": [
            {"address": {"addressLocality": "Oslo", "addressCountry": {"name": "Norway"}}},
            {"address": "Remote"},
        ],
        "employmentType": ["FULL_TIME", "TEMPORARY"],
        "identifier": {"@type": "PropertyValue", "value": 42},
        "description": "&lt;p&gt;Run &lt;b&gt;Klaviyo&lt;/b&gt; flows&lt;/p&gt;",
    }
    markup = page('{"@type": "JobPosting", "title": broken', json.dumps({"@graph": [posting]}))
    ad = read_page(markup)
    assert ad.title == "Email & CRM Lead"
    assert ad.employer == "Acme"
    assert ad.posted == dt.date(2026, 2, 3)
    assert ad.location == "Oslo, Norway; Remote"
    assert ad.employment_type == "FULL_TIME, TEMPORARY"
    assert ad.identifier == "42"
    assert ad.text == "Run Klaviyo flows"


def test_employer_as_text_and_a_page_without_json_ld_loses_its_boilerplate() -> None:
    ad = read_page(
        page(json.dumps({"@type": "JobPosting", "title": "X", "hiringOrganization": "Y"}))
    )
    assert (ad.title, ad.employer) == ("X", "Y")
    body = (
        '<div class="cookie-banner">We use cookies for Google Analytics</div>'
        "<nav>Jobs · Email marketing courses</nav>"
        "<main><h1>SEO Specialist</h1><p>Employer: Fjord AS</p>"
        "<p>You will do keyword research and link building for our clients every day.</p>"
        "<p>" + "More about the role and our team. " * 8 + "</p></main>"
        '<section class="similar-jobs"><h2>Similar jobs</h2><p>Google Ads Manager</p></section>'
        "<footer>Newsletter sign-up</footer>"
    )
    ad = read_page(page(body=body))
    assert (ad.title, ad.employer) == ("SEO Specialist", "Fjord AS")
    assert "keyword research" in ad.text
    for boilerplate in ("cookies", "Email marketing courses", "Google Ads", "Newsletter"):
        assert boilerplate not in ad.text
    assert suggest_skills(ad.text) == ["content_on_page", "link_building"]


def test_a_hostile_page_is_read_as_text_without_touching_the_network() -> None:
    deep = "<div>" * 20_000 + "deep text" + "</div>" * 20_000
    body = (
        '<img src="https://tracker.example/p.gif"><link rel="stylesheet" href="https://x.example/s.css">'
        '<script src="https://x.example/a.js">alert(1)</script><iframe src="https://x.example"></iframe>'
        f"<h1>Title</h1>{deep}"
    )
    nested = "[" * 100_000 + "]" * 100_000
    ad = read_page(page(nested, body=body))  # the conftest guard fails any socket
    assert ad.title == "Title"
    assert "deep text" in ad.text and "alert" not in ad.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience with Google Ads. No SEO experience needed.", ["search_ads"]),
        ("You don't need to know Mailchimp, but GA4 is a must.", ["web_analytics"]),
        ("Erfaring med Google Ads. Ingen krav til SEO.", ["search_ads"]),
        ("Du trenger ikke kunne Google Ads, men du skriver nyhetsbrev.", ["email_campaigns"]),
        ("Uzoefu wa Google Ads. Si lazima uwe na uzoefu wa SEO.", ["search_ads"]),
        ("Kampeni za barua pepe. Uzoefu wa SEO haihitajiki.", ["email_campaigns"]),
    ],
)
def test_negated_mentions_are_not_suggested(text: str, expected: list[str]) -> None:
    assert suggest_skills(text) == expected


def test_the_language_of_the_ad_is_detected_and_custom_words_count(tmp_path: Path) -> None:
    assert detect_language("Vi søker en markedsfører med erfaring") == "nb"
    assert detect_language("Tunatafuta afisa wa masoko mwenye uzoefu") == "sw"
    assert detect_language("We are looking for a marketer") == "en"
    (tmp_path / "lexicon.toml").write_text('[skills]\nreporting = ["ukaguzi wa kila robo"]\n')
    extra = custom_phrases([("tiktok_strategy", "TikTok-strategi")], tmp_path)
    text = "Vi søker deg som kan TikTok-strategi. Tunafanya ukaguzi wa kila robo."
    for language in ("en", "nb", "sw"):  # a person's own words count in every language
        assert suggest_skills(text, language, extra=extra) == ["tiktok_strategy", "reporting"]
    assert suggest_skills(text, "nb") == []
    (tmp_path / "lexicon.toml").write_text("[skills\nbroken")
    assert custom_phrases([], tmp_path) == {}


def test_pasted_text_fields_and_dates_in_three_languages() -> None:
    ad = read_text("Markedsfører\nArbeidsgiver: Acme AS\nPublisert 4. mars 2026\n\nTekst.")
    assert (ad.title, ad.employer, ad.posted) == ("Markedsfører", "Acme AS", dt.date(2026, 3, 4))
    ad = read_text("Analyst\nBeta Ltd · Leeds · 2 weeks ago\n\nText.")
    assert (ad.employer, ad.location, ad.posted) == ("Beta Ltd", "Leeds", None)
    assert parse_date("Iliwekwa: 7 Agosti 2026") == dt.date(2026, 8, 7)
    assert parse_date("March 4, 2026") == dt.date(2026, 3, 4)
    assert parse_date("31.02.2026") is None


def test_notes_keep_the_ad_apart_from_what_the_person_wrote() -> None:
    ad = JobAd(title="T", text="The ad\n\nsecond part " * 3000, identifier="A-1", origin="a.html")
    notes = join_notes(ad, "en", own="My note")
    assert len(notes) <= 20_000 and notes.endswith("…")
    split = split_notes(notes)
    assert split.own == "My note"
    assert split.facts == {"file": "a.html", "id": "A-1", "language": "en"}
    assert split.text.startswith("The ad")
    assert split_notes("plain note").own == "plain note"


def test_read_bounded_refuses_big_and_irregular_files(tmp_path: Path) -> None:
    small = tmp_path / "a.txt"
    small.write_bytes(b"x" * 10)
    assert read_bounded(small, 10) == b"x" * 10
    with pytest.raises(FileProblemError, match="larger than"):
        read_bounded(small, 9)
    with pytest.raises(FileProblemError, match="is a folder"):
        read_bounded(tmp_path, 10)
