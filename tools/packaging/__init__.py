"""Packaging tools: the Debian package (build, depends, check) and the bundle check."""
