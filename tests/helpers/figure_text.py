"""Every text a person can read in a matplotlib Figure: titles, labels, ticks, legends."""

from __future__ import annotations

from typing import Any


def figure_texts(figure: Any) -> list[str]:
    """Texts of ``figure`` after a draw (tick labels exist only once drawn)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure).draw()
    found: list[str] = [text.get_text() for text in figure.texts]
    if figure._suptitle is not None:
        found.append(figure._suptitle.get_text())
    for legend in figure.legends:
        found += [text.get_text() for text in legend.get_texts()]
    for axes in figure.axes:
        found += [axes.get_title(loc) for loc in ("left", "center", "right")]
        found += [axes.get_xlabel(), axes.get_ylabel()]
        found += [label.get_text() for label in axes.get_xticklabels()]
        found += [label.get_text() for label in axes.get_yticklabels()]
        found += [text.get_text() for text in axes.texts]
        legend = axes.get_legend()
        if legend is not None:
            found += [text.get_text() for text in legend.get_texts()]
    return [text for text in found if text.strip()]
