"""Errors a user can cause: each carries one line to print, and the command exits with 2."""


class PlannerError(Exception):
    """Bad input or an unusable file; str(err) is the whole message."""


def json_problem(err: ValueError) -> str:
    """Where and how a JSON text is broken, as "line 3: Expecting ',' delimiter"."""
    # json's messages meant to be followed by a position end in " at": "Invalid control
    # character at". The position is said before the message here, so the " at" goes.
    msg, line = getattr(err, "msg", str(err)), getattr(err, "lineno", "?")
    return f"line {line}: {msg.removesuffix(' at')}"
