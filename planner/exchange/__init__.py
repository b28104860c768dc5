"""Files in and out: job-ad pages and pasted ads, the skill lexicon (more to come)."""
