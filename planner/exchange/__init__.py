"""Files in and out: job-ad pages and pasted ads, the skill lexicon, LinkedIn exports."""
