"""The per-language skill lexicon and the matcher that suggests skills from text."""

from planner.exchange.lexicon.lexicon import LANGUAGES, detect_language, load_lexicon
from planner.exchange.lexicon.matcher import Mention, find_mentions, suggest_skills

__all__ = [
    "LANGUAGES",
    "Mention",
    "detect_language",
    "find_mentions",
    "load_lexicon",
    "suggest_skills",
]
