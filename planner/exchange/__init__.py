"""Files in and out: CSV of postings and the learning log, calendar (.ics) files,
job-ad pages and pasted ads, the skill lexicon, LinkedIn exports.
"""
