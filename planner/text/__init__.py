"""Names and sentences in the user's language.

Shared by the window, the command line, the charts and the printed plan.
"""
