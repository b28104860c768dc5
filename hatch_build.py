"""Compile the gettext catalogs while the package is built.

The .po files in ``translations/`` are the source; the .mo files the app loads
are build artefacts under ``planner/locale/`` (ignored by git). Compiling them
here, for every wheel and every editable install, means an installed planner
can never carry catalogs older than the .po files it was built from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name not in {"wheel"}:
            return
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        source = root / "translations"
        target = root / "planner" / "locale"
        for po_path in sorted(source.glob("*/LC_MESSAGES/*.po")):
            lang = po_path.parent.parent.name
            out = target / lang / "LC_MESSAGES" / (po_path.stem + ".mo")
            out.parent.mkdir(parents=True, exist_ok=True)
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=lang)
            with out.open("wb") as handle:
                write_mo(handle, catalog, use_fuzzy=False)
