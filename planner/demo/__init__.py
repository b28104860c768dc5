"""Demo data: a lived-in career written into an empty store (``career-planner demo``,
the tests' and the bench's ten years). Its phrase banks per language are data."""
