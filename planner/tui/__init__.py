"""The Textual UI: a thin layer over planner.program, planner.agenda and planner.conflicts."""
