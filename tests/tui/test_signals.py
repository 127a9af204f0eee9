"""However the planner ends, text the user typed is on disk first: the real program in a real
pseudo-terminal, ended by SIGTERM or SIGHUP (the terminal closed) while the note is being
typed (issue 10, item 1)."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>]")


class Terminal:
    """atc-planner in an 80x24 pseudo-terminal: keys in, the screen's text out."""

    def __init__(self, data_dir: Path) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir), "TERM": "xterm-256color",
               "TEXTUAL_ANIMATIONS": "none"}
        self.proc = subprocess.Popen([sys.executable, "-m", "planner"], stdin=slave,
                                     stdout=slave, stderr=slave, env=env, close_fds=True,
                                     start_new_session=True)
        os.close(slave)
        self.seen = b""

    def read(self, timeout: float) -> None:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if ready:
            with contextlib.suppress(OSError):  # the program ended and closed its side
                self.seen += os.read(self.master, 65536)

    def wait_for(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text.encode() in ANSI.sub(b"", self.seen):
                return
            self.read(0.1)
        raise AssertionError(f"{text!r} never appeared on the screen")

    def keys(self, data: bytes) -> None:
        os.write(self.master, data)

    def end(self, sig: int, timeout: float = 30) -> int:
        self.proc.send_signal(sig)
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.read(0.1)  # keep draining, or the program blocks writing to the terminal
        try:
            return self.proc.wait(timeout=1)
        finally:
            os.close(self.master)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and terminals")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_while_typing_a_note_saves_it_first(tmp_path, sig):
    term = Terminal(tmp_path)
    try:
        term.wait_for("Fast ACS")
        term.keys(b"\r")  # details of the talk under the cursor
        term.wait_for("Your note")
        time.sleep(0.5)  # the note has the focus when the details open
        term.keys(b"bring printer")
        term.wait_for("bring printer")
        code = term.end(sig)
    finally:
        term.kill()
    agenda = json.loads((tmp_path / "agenda.json").read_text(encoding="utf-8"))
    assert agenda["starred"]["fast-acs"]["note"] == "bring printer"
    assert code == 0
