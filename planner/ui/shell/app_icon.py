"""The application icon, drawn from ``resources/icons/career-planner.svg``.

The same SVG is the source of the PNG sizes the desktop entry installs
(``tools/desktop/render_icons.py``), so the window, the menu and the About dialog all
show one icon.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from planner.resources import resource_path

ICON_FILE = "icons/career-planner.svg"
# Rendered here rather than left to Qt's SVG icon engine plugin, so the icon
# does not depend on which image plugins an installation or bundle carries.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_pixmap(size: int) -> QPixmap:
    renderer = QSvgRenderer(str(resource_path(ICON_FILE)))
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    if renderer.isValid():
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    return QPixmap.fromImage(image)


def application_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(icon_pixmap(size))
    return icon
