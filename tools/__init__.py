"""Developer tools, run from the checkout (see the Makefile); never shipped in the wheel."""
