"""Reading and replacing the user's files without surprises.

- `read_regular` never blocks: a named pipe, a device or a socket where a file should be is
  refused at once (opened with O_NONBLOCK, then checked on the open descriptor, so nothing
  can be swapped in between), and so is a file too big to be what we expect.
- `replace_file` writes a temporary file beside the real one (through a symbolic link: beside
  the file it points to), fsyncs it, gives it the mode of the file it replaces, and renames it
  over. Temporary files are named after the host and process that wrote them, so a cleanup
  removes only those whose writer is provably gone.

Paths are plain strings (os.PathLike accepted): importing pathlib, with the urllib.parse and
ipaddress it imports, cost about 0.4x of a bare Python start, and every command that reads or
saves the agenda comes here.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from contextlib import suppress

# Someone else's temporary file (another host sharing a synced folder, a writer that is alive)
# is left alone unless it is older than this: no save takes a day.
STALE_AFTER_S = 24 * 3600


def tidy(path: str | os.PathLike[str]) -> str:
    """The path as pathlib writes it, as users of the planner always saw it in messages, and
    as it opens: no empty or '.' parts, no slash at the end ('x.ics/' names the file x.ics
    to pathlib); '..' is kept, as a link before it may lead anywhere."""
    text = os.fspath(path)
    if os.name != "posix":
        return os.path.normpath(text)  # '..' is taken by its text there
    lead = "//" if text.startswith("//") and not text.startswith("///") else \
        "/" if text.startswith("/") else ""
    body = "/".join(p for p in text.split("/") if p and p != ".")
    return lead + body if lead or body else "."


class FileProblem(Exception):
    """A file cannot be used; str(err) says why in words ("is a named pipe")."""


_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory"}


def kind_of(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes | None:
    """The file's bytes; None when nothing is there. Raises FileProblem or OSError.

    A symbolic link whose target is missing is a FileProblem, not "nothing there": the
    folder it points into may just not be mounted yet.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if os.path.islink(path):
            raise FileProblem(f"is a link to {os.readlink(path)}, which does not exist (if "
                              "it is in a folder that is not mounted yet, try again when it "
                              "is; to start a new agenda there, create an empty file)") from None
        return None
    except IsADirectoryError:
        raise FileProblem("is a directory") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileProblem(f"is {kind_of(st.st_mode)}, not a file")
        if st.st_size > limit:
            raise FileProblem(f"is {st.st_size:,} bytes, more than the {limit:,} accepted")
        chunks = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > limit:  # grew while we read
                raise FileProblem(f"is more than the {limit:,} bytes accepted")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _host() -> str:
    return "".join(c if c.isalnum() or c == "-" else "_" for c in _hostname()) or "host"


def _hostname() -> str:
    # The name gethostname() gives, which on POSIX is uname's: importing socket for it cost
    # a tenth of `star`'s start-up.
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def resolved(path: str | os.PathLike[str]) -> str:
    """The file itself, as Path.resolve() gives it: absolute, through every symbolic link.
    A loop of links raises RuntimeError, as Path.resolve() does on Python 3.11."""
    real = os.path.realpath(path)
    try:
        os.stat(real)
    except OSError as err:  # realpath() stops quietly at a loop: stat() says so
        # 1921: Windows' ERROR_CANT_RESOLVE_FILENAME
        if err.errno == errno.ELOOP or getattr(err, "winerror", 0) == 1921:
            raise RuntimeError(f"Symlink loop from {err.filename!r}") from None
    return real


def temp_prefix(target: str | os.PathLike[str]) -> str:
    return f".{os.path.basename(target)}."


def remove_stale_temps(target: str | os.PathLike[str]) -> None:
    """Remove temporary files of `target` left by writers that died mid-save.

    Only ours to judge: same host and a process id that no longer runs, or older than a day.
    """
    host = _host()
    now = time.time()
    prefix = temp_prefix(target)
    try:
        with os.scandir(os.path.dirname(target) or os.curdir) as found:
            temps = [entry for entry in found if entry.name.startswith(prefix)
                     and entry.name.endswith(".tmp") and len(entry.name) >= len(prefix) + 4]
    except OSError:  # a folder we may not list: nothing of ours to clean up
        return
    for tmp in temps:
        parts = tmp.name[len(prefix):].split(".")
        stale = False
        if len(parts) == 4 and parts[0] == host and parts[1].isdigit():
            stale = not _alive(int(parts[1]))
        if not stale:
            with suppress(OSError):
                stale = now - tmp.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S
        if stale:
            with suppress(OSError):
                os.unlink(tmp.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftovers (an earlier save that was interrupted)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def replace_file(path: str | os.PathLike[str], data: bytes, new_mode: int) -> None:
    """All of `data` at `path` or nothing; the old file's permission bits are kept.

    Through a symbolic link the file it points to is replaced and the link stays. A new file
    gets `new_mode`. Raises OSError.
    """
    target = resolved(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = new_mode
    folder = os.path.dirname(target)
    name = f"{temp_prefix(target)}{_host()}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    tmp = os.path.join(folder, name)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def fsync_dir(directory: str | os.PathLike[str]) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
