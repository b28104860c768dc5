"""Desktop integration: the menu entry and metainfo for a user, and the PNG icon sizes."""
