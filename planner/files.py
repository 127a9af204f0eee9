"""Reading and replacing the user's files without surprises.

- `read_regular` never blocks: a named pipe, a device or a socket where a file should be is
  refused at once (opened with O_NONBLOCK, then checked on the open descriptor, so nothing
  can be swapped in between), and so is a file too big to be what we expect.
- `replace_file` writes a temporary file beside the real one (through a symbolic link: beside
  the file it points to), fsyncs it, gives it the mode of the file it replaces, and renames it
  over. Temporary files are named after the host and process that wrote them, so a cleanup
  removes only those whose writer is provably gone.
"""

from __future__ import annotations

import os
import stat
import time
from contextlib import suppress
from pathlib import Path

# Someone else's temporary file (another host sharing a synced folder, a writer that is alive)
# is left alone unless it is older than this: no save takes a day.
STALE_AFTER_S = 24 * 3600


class FileProblem(Exception):
    """A file cannot be used; str(err) says why in words ("is a named pipe")."""


_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory"}


def kind_of(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def read_regular(path: Path, limit: int) -> bytes | None:
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


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_stale_temps(target: Path) -> None:
    """Remove temporary files of `target` left by writers that died mid-save.

    Only ours to judge: same host and a process id that no longer runs, or older than a day.
    """
    host = _host()
    now = time.time()
    for tmp in target.parent.glob(f"{temp_prefix(target)}*.tmp"):
        parts = tmp.name[len(temp_prefix(target)):].split(".")
        stale = False
        if len(parts) == 4 and parts[0] == host and parts[1].isdigit():
            stale = not _alive(int(parts[1]))
        if not stale:
            with suppress(OSError):
                stale = now - tmp.lstat().st_mtime > STALE_AFTER_S
        if stale:
            with suppress(OSError):
                tmp.unlink()


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


def replace_file(path: Path, data: bytes, new_mode: int) -> None:
    """All of `data` at `path` or nothing; the old file's permission bits are kept.

    Through a symbolic link the file it points to is replaced and the link stays. A new file
    gets `new_mode`. Raises OSError.
    """
    target = path.resolve()
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = new_mode
    tmp = target.parent / f"{temp_prefix(target)}{_host()}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
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
    fsync_dir(target.parent)


def fsync_dir(directory: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
