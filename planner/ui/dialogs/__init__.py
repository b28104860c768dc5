"""Dialogs: each validates its input and changes nothing until it is right."""
