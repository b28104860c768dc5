"""Words to their dictionary form with simplemma, for English, Norwegian and Swahili.

simplemma's shipped dictionaries are read through its memory-frugal stream
factory: the Swahili one holds almost five million forms and would take some
650 MB as a plain ``dict``; streamed, it costs about 60 MB and a one-off index
pass (a second or two) the first time a Swahili text is read. Each language is
loaded only when a text in it is read, and simplemma is imported only then.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[^\W_]+(?:[+#][^\W_]*)*", re.UNICODE)


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    from simplemma.strategies.dictionaries import StreamDictionaryFactory

    return Lemmatizer(
        lemmatization_strategy=DefaultStrategy(dictionary_factory=StreamDictionaryFactory())
    )


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """The dictionary form of one lower-case word (the word itself when unknown)."""
    if len(word) < 3 or not word.isalpha():
        return word
    return str(_lemmatizer().lemmatize(word, lang=language)).lower()


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case: letters and digits ("e-post" is two words)."""
    return [match.group(0) for match in WORD.finditer(text.lower())]
