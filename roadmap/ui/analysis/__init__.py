"""The Analysis dock: schedule and conflicts, planning checks, pathway scoring what-if, charts."""
