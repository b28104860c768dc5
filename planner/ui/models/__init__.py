"""Qt table models: one per table, columns as data, translated headers."""
