"""The `atc-planner` command's entry point: Ctrl-C at any moment ends it with 130, quietly.

It imports nothing itself, so the window before the handler below is in place is only
Python's own start-up: a Ctrl-C while planner.cli and its modules load is caught too.
"""

from __future__ import annotations


def main() -> int:
    try:
        from planner.cli import main as run

        code = run()
    except KeyboardInterrupt:
        code = 130
    _ignore_interrupts()
    return code


def _ignore_interrupts() -> None:
    """The work is done: a Ctrl-C while the interpreter shuts down must not print a traceback."""
    try:
        # The C module that `signal` wraps: `import signal` builds its enums, about a
        # millisecond on every command's exit.
        import _signal

        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    except (KeyboardInterrupt, ValueError):  # ValueError: not the main thread
        pass
