"""Help translators: list untranslated messages, apply translations from JSON.

    python tools/i18n/po_tool.py missing [--domain messages]      # JSON skeleton on stdout
    python tools/i18n/po_tool.py apply FILE.json [--domain messages]

The JSON maps each msgid to {"nb": "...", "sw": "..."}; a plural message maps
to {"nb": ["one", "other"], "sw": ["one", "other"]}. Applying checks that
placeholders ({name}, %s, %(name)s) survive, and leaves other entries alone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("nb", "sw")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)[sdr]|%[sdr]")


def po_path(language: str, domain: str) -> Path:
    return ROOT / "translations" / language / "LC_MESSAGES" / f"{domain}.po"


def load(language: str, domain: str):  # noqa: ANN201
    with po_path(language, domain).open("rb") as handle:
        return read_po(handle, locale=language)


def save(catalog, language: str, domain: str) -> None:  # noqa: ANN001
    catalog.last_translator = "Career Planner translators"
    with po_path(language, domain).open("wb") as handle:
        write_po(handle, catalog, ignore_obsolete=True, include_previous=False, sort_output=True)


def missing(domain: str) -> dict[str, dict[str, object]]:
    wanted: dict[str, dict[str, object]] = {}
    for language in LANGUAGES:
        for message in load(language, domain):
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy or not all(strings):
                key = message.id if isinstance(message.id, str) else message.id[0]
                wanted.setdefault(key, {})[language] = ["", ""] if message.pluralizable else ""
    return wanted


def apply(translations: dict[str, dict[str, object]], domain: str) -> int:
    problems = 0
    for language in LANGUAGES:
        catalog = load(language, domain)
        for message in catalog:
            key = message.id if isinstance(message.id, str) else (message.id or [""])[0]
            if not key or key not in translations or language not in translations[key]:
                continue
            value = translations[key][language]
            sources = message.id if isinstance(message.id, tuple | list) else (message.id,)
            targets = tuple(value) if isinstance(value, list) else (value,)
            for source, target in zip(sources * len(targets), targets, strict=False):
                if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(target)):
                    print(f"{language}: placeholders differ in {key!r}", file=sys.stderr)
                    problems += 1
            message.string = targets if message.pluralizable else targets[0]
            message.flags.discard("fuzzy")
        save(catalog, language, domain)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=("missing", "apply"))
    parser.add_argument("file", nargs="?")
    parser.add_argument("--domain", default="messages")
    args = parser.parse_args()
    if args.action == "missing":
        print(json.dumps(missing(args.domain), ensure_ascii=False, indent=2))
        return 0
    data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    return 1 if apply(data, args.domain) else 0


if __name__ == "__main__":
    sys.exit(main())
