"""A LinkedIn data export built from the headers LinkedIn writes, with every trap seen in real ones.

Traps: a UTF-8 byte-order mark; a ``Notes:`` preamble of several lines before
the header row; file names and header case that vary; the files inside a
dated top folder of the ZIP; dates as ``Aug 2023``, ``2019`` and
``2023-04-17 00:19 UTC``; a deleted course (``CONTENT METADATA NO LONGER
EXISTS``); an empty file and an absent one; an empty trailing column.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

BOM = "\ufeff"
TOP = "Basic_LinkedInDataExport_04-17-2024"

SKILLS = (
    BOM + "Name\n"
    "Search Engine Optimization (SEO)\n"
    "Google Ads\n"
    "Email Marketing\n"
    "HubSpot\n"
    "Social Media Marketing\n"
    "Google Analytics\n"
    "Public Speaking\n"
    "Event Planning\n"
    "google ads\n"
)
CERTIFICATIONS = (
    BOM + "Notes:\n"
    '"When exporting your certifications, you may notice that some fields are empty, '
    'because you did not fill them in."\n'
    "\n"
    "NAME,URL,AUTHORITY,STARTED ON,FINISHED ON,LICENSE NUMBER\n"
    "Google Ads Search Certification,https://skillshop.example/cert/1,Google,Jul 2023,"
    "Aug 2023,123-ABC\n"
    "HubSpot Inbound Marketing,javascript:alert(1),HubSpot Academy,2022,,\n"
    "Meta Certified Digital Marketing Associate,,Meta,Jan 2021,Mar 2021,\n"
)
EDUCATION = (
    "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
    "University of Nairobi,2015,2019,,Bachelor of Commerce - BCom,Debate club\n"
    'BI Norwegian Business School,Aug 2024,2027,"Part-time, evenings",'
    "Master of Science - MS Marketing,\n"
)
POSITIONS = (
    BOM + "Company Name,Title,Description,Location,Started On,Finished On\n"
    'Acme Media,Digital Marketing Manager,"Leads SEO, PPC and e-mail",Oslo,Mar 2022,\n'
    "Brightside Agency,Marketing Coordinator,,Nairobi,Jun 2019,Feb 2022\n"
)
LEARNING = (
    BOM + "Content Title,Content Description,Content Type,"
    "Content Last Watched Date (if viewed),Content Completed At (if completed),"
    "Content Saved,Notes taken on videos (if taken),\n"
    "SEO Foundations,Learn SEO,Course,2023-04-17 00:19 UTC,2023-04-17 00:19 UTC,false,,\n"
    "Advanced Google Analytics,GA4 in depth,Course,2024-01-10 08:00 UTC,,true,,\n"
    "CONTENT METADATA NO LONGER EXISTS - urn:li:lyndaCourse:123456,,Course,"
    "2022-02-01 10:00 UTC,2022-02-01 10:00 UTC,false,,\n"
    "Email Marketing: Strategy,,Course,2021-06-03 12:30 UTC,,false,,\n"
    "A quick tip on hashtags,,Video,2022-05-05 09:00 UTC,2022-05-05 09:10 UTC,false,,\n"
)

# Varying name case, as seen in real exports; Skills.csv is present but Endorsements absent,
# and Certifications of another export may be empty: PROFILE.csv here is empty.
FILES: dict[str, str] = {
    "Skills.csv": SKILLS,
    "CERTIFICATIONS.CSV": CERTIFICATIONS,
    "education.csv": EDUCATION,
    "Positions.csv": POSITIONS,
    "Learning.csv": LEARNING,
    "Profile.csv": "",
}


def write_folder(folder: Path, files: dict[str, str] | None = None) -> Path:
    root = folder / TOP
    root.mkdir(parents=True, exist_ok=True)
    for name, text in (files or FILES).items():
        (root / name).write_text(text, encoding="utf-8", newline="")
    return folder


def write_zip(path: Path, files: dict[str, str] | None = None, top: str = TOP) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if top:
            archive.writestr(f"{top}/", "")
        for name, text in (files or FILES).items():
            archive.writestr(f"{top}/{name}" if top else name, text.encode("utf-8"))
    return path
