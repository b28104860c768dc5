"""LinkedIn skill names matched to catalogue skill keys.

A plain mapping of the names LinkedIn offers (and the catalogue's own English
names) for now; when the job-ad lexicon lands, :func:`match_skill` asks it
instead and this table becomes its LinkedIn supplement. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from planner.domain.catalogue import default_catalogue

# Catalogue key -> names as LinkedIn writes them (matching ignores case and punctuation).
LINKEDIN_NAMES: dict[str, tuple[str, ...]] = {
    "technical_seo": (
        "Search Engine Optimization (SEO)", "SEO", "Search Engine Optimization",
        "Technical SEO", "SEO Audits", "Google Search Console", "Schema Markup",
    ),
    "content_on_page": (
        "On-Page Optimization", "On-page SEO", "SEO Copywriting", "Keyword Research",
        "Content Strategy", "Content Marketing",
    ),
    "link_building": ("Link Building", "Off-Page SEO", "Off-page Optimization", "Backlinks"),
    "search_ads": (
        "Google Ads", "Google AdWords", "AdWords", "Pay Per Click (PPC)", "PPC",
        "Pay-per-click", "Search Engine Marketing (SEM)", "SEM", "Search Engine Marketing",
        "Bing Ads", "Microsoft Advertising", "Paid Search",
    ),
    "social_ads": (
        "Facebook Ads", "Facebook Advertising", "Meta Ads", "Social Media Advertising",
        "LinkedIn Ads", "TikTok Ads", "Instagram Ads", "Paid Social", "Paid Social Media",
    ),
    "display_programmatic": (
        "Display Advertising", "Programmatic Advertising", "Programmatic Media Buying",
        "Google Display Network", "DV360", "Online Advertising", "Media Buying",
    ),
    "data_segmentation": (
        "Customer Relationship Management (CRM)", "CRM", "Market Segmentation",
        "Customer Segmentation", "Segmentation", "Database Marketing", "Salesforce.com",
        "Salesforce", "SQL",
    ),
    "email_campaigns": (
        "Email Marketing", "E-mail Marketing", "Email Campaigns", "Mailchimp",
        "Newsletters", "Email Newsletters",
    ),
    "marketing_automation": (
        "HubSpot", "Marketing Automation", "Marketo", "Pardot", "Eloqua",
        "Salesforce Marketing Cloud", "ActiveCampaign", "Klaviyo", "Inbound Marketing",
    ),
    "content_creation": (
        "Social Media Marketing", "Social Media", "Content Creation", "Copywriting",
        "Social Media Content Creation", "Video Editing", "Canva", "Adobe Photoshop",
    ),
    "community_engagement": (
        "Community Management", "Online Community Management", "Community Engagement",
        "Social Media Management", "Social Media Community Management",
    ),
    "social_listening": (
        "Social Listening", "Social Media Monitoring", "Social Media Measurement",
        "Brandwatch", "Hootsuite",
    ),
    "crisis_communication": ("Crisis Communications", "Crisis Communication",
                             "Crisis Management"),
    "web_analytics": (
        "Google Analytics", "Web Analytics", "Google Tag Manager", "Adobe Analytics",
        "Google Analytics 4", "GA4", "Matomo",
    ),
    "reporting": (
        "Reporting", "Data Visualization", "Looker Studio", "Google Data Studio",
        "Tableau", "Microsoft Power BI", "Power BI", "Dashboards", "Marketing Analytics",
    ),
    "experimentation": (
        "A/B Testing", "Conversion Rate Optimization", "CRO", "Experimentation",
        "Optimizely", "Multivariate Testing",
    ),
    "brand_strategy": ("Brand Strategy", "Brand Management", "Branding",
                       "Brand Development", "Brand Awareness"),
    "leadership": (
        "Leadership", "Team Leadership", "People Management", "Team Management",
        "Management", "Coaching",
    ),
    "commercial_thinking": (
        "Marketing Strategy", "Digital Strategy", "Business Strategy", "Strategic Planning",
        "Strategy", "Go-to-Market Strategy", "Business Development",
    ),
}  # fmt: skip

_PARENS = re.compile(r"\(([^)]*)\)")
_NOT_WORD = re.compile(r"[^\w+#]+")


def normalise(name: str) -> str:
    text = name.casefold().replace("e-mail", "email")
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _variants(name: str) -> Iterable[str]:
    """The name, the name without its parenthesis, and what is inside it."""
    yield normalise(name)
    inner = _PARENS.findall(name)
    if inner:
        yield normalise(_PARENS.sub(" ", name))
        yield from (normalise(part) for part in inner)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for skill in default_catalogue().skills:
        table.setdefault(normalise(skill.name), skill.key)
    for key, names in LINKEDIN_NAMES.items():
        for name in names:
            table.setdefault(normalise(name), key)
    return table


def match_skill(name: str) -> str | None:
    """The catalogue skill key ``name`` means, or None."""
    table = _table()
    for variant in _variants(name):
        if variant in table:
            return table[variant]
    return None
