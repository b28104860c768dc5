"""Extraction markers with no dependencies, safe to import from any layer."""


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it now.

    Used for strings defined at import time (enum labels, error templates);
    they are translated with :func:`planner.i18n._` where they are shown.
    """
    return message
