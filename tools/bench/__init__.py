"""The benchmark: how fast the planner is for someone with ten years of data.

    python -m tools.bench [--years 10] [--runs 5] [--out bench-results]

Every figure is the median of ``--runs`` runs (at least 5 for a real run) on
demo data (``career-planner demo``), printed as a table and written to
``OUT.md`` and ``OUT.json``. Each timed thing runs in its own process, so
imports and caches are paid as a user pays them; the bench process itself
never imports Qt.

Measurements are plug-ins: a function in ``MEASUREMENTS`` that returns rows
or raises :class:`NotAvailableError` when the feature it measures is not in the
code yet (detected by import or by ``career-planner COMMAND --help``), which
prints a clear "not available yet" line instead of failing. Add a feature,
and its line turns into a figure. The conventions each plug-in looks for are
in its docstring.

``python -m tools.bench --child NAME DATA_DIR`` is the inside of a
measurement that needs Qt: it prints its samples as JSON on stdout.

The package: ``core`` (rows, targets, running a timed process), ``measurements``
and ``edits`` (the plug-ins), ``children`` (the Qt side of a measurement),
``plugins`` (the two registries), ``report`` (table, Markdown) and ``runner``
(making the data, running every plug-in, the command line).
"""
