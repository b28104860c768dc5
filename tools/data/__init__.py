"""Test data tools: the fixture database of each released schema."""
