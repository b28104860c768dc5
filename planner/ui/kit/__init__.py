"""Shared widgets and services: messages, undo, background tasks, editors, chart views."""
