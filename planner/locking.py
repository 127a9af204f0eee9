"""One writer at a time: an exclusive advisory lock on a file, waited for up to a timeout.

On POSIX this is fcntl.flock from the standard library. The filelock package did the same
there, but importing it cost about 25 ms, most of what `atc-planner star` may take to start
(bench/startup.py); it stays in use where there is no flock (Windows).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

POLL_S = 0.01


class LockTimeout(Exception):
    """Another process held the lock for the whole timeout."""


@contextmanager
def exclusive(path: str | os.PathLike[str], timeout: float) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if missing) for the `with` block.

    Raises LockTimeout when another process holds it for `timeout` seconds, OSError when the
    lock file cannot be opened or locked. The lock goes when the process does, even killed.
    """
    if os.name != "posix":
        with _filelock(path, timeout):
            yield
        return
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(str(path)) from None
                time.sleep(POLL_S)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def _filelock(path: str | os.PathLike[str], timeout: float) -> Iterator[None]:
    from filelock import FileLock, Timeout

    lock = FileLock(path, timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise LockTimeout(str(path)) from None
    try:
        yield
    finally:
        lock.release()
