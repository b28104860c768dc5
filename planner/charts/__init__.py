"""Charts: builders take data and return a matplotlib Figure; ``canvas`` shows them in Qt.

Builders import matplotlib themselves, so nothing here loads it before a
chart is first shown.
"""
