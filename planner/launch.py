"""The `atc-planner` command's entry point: Ctrl-C at any moment ends it with 130, quietly.

It imports nothing itself, so the window before the handler below is in place is only
Python's own start-up: a Ctrl-C while planner.cli and its modules load is caught too.

It also spares the cycle collector work that finds nothing (`gc` is built into the
interpreter: importing it loads no file). The modules, classes and functions made while the
planner loads live as long as the process: collected as they are made, then walked by every
later full collection, they cost about a tenth of a command's start-up. So the collector is off
while they load, and they are then frozen (moved where collections never look). When the work
is done, whatever is left is frozen too: the interpreter's last collection, as it exits, would
otherwise walk every object the command made (a tenth again) to find no garbage worth it. No
file or lock of ours waits for a collection to be closed: each is closed by its `with` block.
"""

from __future__ import annotations


def main() -> int:
    try:
        import gc

        gc.disable()
        try:
            from planner.cli import main as run
        finally:
            gc.freeze()
            gc.enable()
        code = run()
    except KeyboardInterrupt:
        code = 130
    _ignore_interrupts()
    _freeze_what_is_left()
    return code


def _freeze_what_is_left() -> None:
    """Spare the interpreter's last collection the objects left: the process is ending."""
    import gc

    gc.freeze()


def _ignore_interrupts() -> None:
    """The work is done: a Ctrl-C while the interpreter shuts down must not print a traceback."""
    try:
        # The C module that `signal` wraps: `import signal` builds its enums, about a
        # millisecond on every command's exit.
        import _signal

        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    except (KeyboardInterrupt, ValueError):  # ValueError: not the main thread
        pass
