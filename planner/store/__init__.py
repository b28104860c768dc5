"""Storage: SQLAlchemy models, the one place that opens the database, migrations,
backups and import/export. Knows nothing of Qt."""
