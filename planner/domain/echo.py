"""Values from outside (a file, an argument) made safe and short before they are shown.

A terminal obeys escape codes (colour, window title, clear screen) and a
message must stay on its line, so every control or formatting character is
shown as its escape (``\\x1b``, ``\\n``, ``\\u202e``) and a long value is cut
with "…". Pure Python, used by the store's errors, the CLI and the window.
"""

from __future__ import annotations

import unicodedata

ECHO_LIMIT = 60
LINE_LIMIT = 400
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Cc controls, Cf format (bidi overrides, zero width), Cs lone surrogates from
# undecodable bytes, Zl/Zp line and paragraph separators, Co private use.
_UNSAFE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"})


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object) -> str:
    """``value`` as text with every unsafe character escaped (no length limit)."""
    text = value if isinstance(value, str) else str(value)
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        _escape(char) if unicodedata.category(char) in _UNSAFE else char for char in text
    )


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """A value from outside, safe to show on a terminal or a label: escaped, at most ``limit``."""
    text = value if isinstance(value, str) else str(value)
    return shorten(printable(text[: limit * 2]), limit)


def safe_lines(message: str, max_lines: int, line_limit: int = LINE_LIMIT) -> list[str]:
    """A message as at most ``max_lines`` printable lines of at most ``line_limit`` characters."""
    lines = message.split("\n")
    shown = [shorten(printable(line[: line_limit * 2]), line_limit) for line in lines[:max_lines]]
    if len(lines) > max_lines:
        shown[-1] = "…"
    return shown
