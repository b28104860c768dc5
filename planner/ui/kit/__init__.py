"""Shared widgets and services of the window: the form dialog, messages, undo, tasks."""
