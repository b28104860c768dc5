"""Charts: builders take data and return a matplotlib Figure (headless: no Qt here).

The Qt view that shows them is planner.ui.kit.chart_canvas.

Builders import matplotlib themselves, so nothing here loads it before a
chart is first shown.
"""
