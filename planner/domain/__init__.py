"""Pure domain rules: no Qt, no SQL. The easiest code to read and test."""
