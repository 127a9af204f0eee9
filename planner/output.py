"""Writing an export file: all of it or none of it.

Plain standard library, so the BibTeX, Markdown and CSV exports load nothing heavy: paths are
strings, as in planner/files.py.
"""

from __future__ import annotations

import os

from planner.errors import PlannerError


class ExportError(PlannerError):
    """The file cannot be written; one line for the user."""


def _no_new_file(path: str, err: OSError, retry: str) -> str:
    """Why no file can be made beside `path`, and what to do: the OS's own words mislead here
    ('No such file or directory' for /proc/version, a file that exists)."""
    folder, why = os.path.dirname(path) or os.curdir, err.strerror or str(err)
    if not os.path.exists(folder):
        reason = f"the folder {folder} does not exist"
    elif not os.path.isdir(folder):
        reason = f"{folder} is not a folder"
    elif os.path.exists(path):
        return (f"cannot replace {path}: its folder {folder} does not take the temporary file "
                f"a safe save writes first ({why}); choose another file ({retry})")
    else:
        reason = f"the folder {folder} does not take new files ({why})"
    return f"cannot write {path}: {reason}; choose another file ({retry})"


def write_atomically(path: str, data: bytes, retry: str = "export -o PATH") -> None:
    """All of the file or none of it: a temporary file beside it, renamed into place.

    Only regular files are replaced that way: renaming over /dev/null or a named pipe would
    replace the device itself, so those are written to directly. A symbolic link keeps
    pointing where it did: the file it points to is replaced. A replaced file keeps its mode.
    `retry` is the option that names another file, for the message when none can be made.
    """
    try:
        _write_atomically(path, data, retry)
    except OSError as err:  # looking at the path failed: no permission, a name too long, ...
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from None


def _write_atomically(path: str, data: bytes, retry: str) -> None:
    if os.path.isdir(path):
        raise ExportError(f"cannot write {path}: it is a directory")
    if os.path.exists(path) and not os.path.isfile(path):
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
    except OSError as err:
        if str(err.filename or "").endswith(".tmp"):  # no file can be made beside it
            raise ExportError(_no_new_file(path, err, retry)) from None
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from None
    except RuntimeError as err:  # a loop of links
        raise ExportError(f"cannot write {path}: {err}") from None
