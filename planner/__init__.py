"""Career Planner: a desktop planner for a career in digital marketing."""

__version__ = "0.1.0"
