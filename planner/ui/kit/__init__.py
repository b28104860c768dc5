"""Shared widgets and services: the form dialog, links, messages, undo, tasks, editors, charts."""
