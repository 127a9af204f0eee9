"""Writing an export file: all of it or none of it.

Plain standard library, so the BibTeX, Markdown and CSV exports load nothing heavy.
"""

from __future__ import annotations

from pathlib import Path

from planner.errors import PlannerError


class ExportError(PlannerError):
    """The file cannot be written; one line for the user."""


def write_atomically(path: Path, data: bytes) -> None:
    """All of the file or none of it: a temporary file beside it, renamed into place.

    Only regular files are replaced that way: renaming over /dev/null or a named pipe would
    replace the device itself, so those are written to directly. A symbolic link keeps
    pointing where it did: the file it points to is replaced. A replaced file keeps its mode.
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
    from planner.files import replace_file

    try:
        # A calendar that was private (notes can be) stays private; a new one is 0644.
        replace_file(path, data, 0o644)
    except (OSError, RuntimeError) as err:  # RuntimeError: a loop of links
        raise ExportError(f"cannot write {path}: {getattr(err, 'strerror', None) or err}") from None
