"""Render the application icon's PNG sizes from the SVG with Qt's SVG renderer.

    QT_QPA_PLATFORM=offscreen python tools/desktop/render_icons.py

The SVG in ``resources/icons/`` is the source (the window uses it too); the
PNGs under ``packaging/icons/hicolor/NxN/apps/`` are committed, so installing
the desktop entry needs no Qt and no renderer. Run this after changing the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "career-planner.svg"
TARGET = ROOT / "packaging" / "icons" / "hicolor"
ICON_NAME = "career-planner"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, target: Path = TARGET) -> Path:
    return target / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main(source: Path = SOURCE, target: Path = TARGET) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"render_icons: {source} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        path = png_path(size, target)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"render_icons: could not write {path}", file=sys.stderr)
            return 1
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
