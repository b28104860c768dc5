"""Shared widgets and services of the window."""
