"""Files in and out: exports of other services read into the planner's terms."""
