"""Errors a user can cause: each carries one line to print, and the command exits with 2."""


class PlannerError(Exception):
    """Bad input or an unusable file; str(err) is the whole message."""
