"""Menu work that spans dialogs, files and threads: imports, exports, data safety."""
