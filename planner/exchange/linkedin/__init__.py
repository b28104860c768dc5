"""A LinkedIn data export ("Get a copy of your data"): read, matched, planned, imported.

``archive`` reads the files safely from a ZIP or a folder, ``parse`` turns
their CSV into records, ``skills`` matches skill names to the catalogue,
``plan`` decides what would be added, ``importer`` ties it to the store.
"""
