"""Job ads from saved pages (``.html``), pasted text and ``.txt`` files, as postings to review."""

from planner.exchange.job_ads.ad import JobAd
from planner.exchange.job_ads.drafts import AdDraft, Duplicate, make_draft, mark_duplicates
from planner.exchange.job_ads.html import read_page
from planner.exchange.job_ads.notes import join_notes, split_notes
from planner.exchange.job_ads.reading import AD_SUFFIXES, collect_files, read_ad_file
from planner.exchange.job_ads.text import read_text

__all__ = [
    "AD_SUFFIXES",
    "AdDraft",
    "Duplicate",
    "JobAd",
    "collect_files",
    "join_notes",
    "make_draft",
    "mark_duplicates",
    "read_ad_file",
    "read_page",
    "read_text",
    "split_notes",
]
