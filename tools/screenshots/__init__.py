"""Screenshots of every page and dialog, and of the overview and charts, in every language."""
