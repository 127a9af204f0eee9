"""Writing an export file: all of it or none of it.

Plain standard library, so the BibTeX, Markdown and CSV exports load nothing heavy.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from planner.errors import PlannerError


class ExportError(PlannerError):
    """The file cannot be written; one line for the user."""


def write_atomically(path: Path, data: bytes) -> None:
    """All of the file or none of it: a temporary file beside it, renamed into place.

    Only regular files are replaced that way: renaming over /dev/null or a named pipe would
    replace the device itself, so those are written to directly. A symbolic link keeps
    pointing where it did: the file it points to is replaced.
    """
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a directory")
    if path.exists() and not path.is_file():
        try:
            with open(path, "wb") as f:
                f.write(data)
        except OSError as err:
            raise ExportError(f"cannot write {path}: {err.strerror or err}") from None
        return
    path = path.resolve()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as err:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from None
