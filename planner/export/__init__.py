"""Writers for files other programs open (spreadsheets)."""
