"""Colours that colour-blind readers can tell apart, for light and dark palettes."""

from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito (2008): distinguishable with the common forms of colour blindness.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)


@dataclass(frozen=True)
class ChartTheme:
    dark: bool = False

    @property
    def foreground(self) -> str:
        return "#e8e8e8" if self.dark else "#202020"

    @property
    def background(self) -> str:
        return "#2b2b2b" if self.dark else "#ffffff"

    @property
    def grid(self) -> str:
        return "#555555" if self.dark else "#d0d0d0"

    @property
    def colours(self) -> tuple[str, ...]:
        # Black vanishes on a dark background; swap it for white there.
        return tuple("#ffffff" if c == "#000000" and self.dark else c for c in OKABE_ITO)

    def rc(self) -> dict[str, object]:
        """matplotlib rc settings for ``matplotlib.rc_context``."""
        return {
            "figure.facecolor": self.background,
            "axes.facecolor": self.background,
            "savefig.facecolor": self.background,
            "axes.edgecolor": self.foreground,
            "axes.labelcolor": self.foreground,
            "axes.titlecolor": self.foreground,
            "text.color": self.foreground,
            "xtick.color": self.foreground,
            "ytick.color": self.foreground,
            "grid.color": self.grid,
            "legend.facecolor": self.background,
            "legend.edgecolor": self.grid,
            "axes.prop_cycle": __import__("cycler").cycler(color=list(self.colours)),
            "font.size": 9,
            "svg.fonttype": "none",
            "pdf.fonttype": 42,
        }
