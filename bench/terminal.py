"""A pretend terminal for the benchmarks: runs a program in a real pty and counts what it sends.

Textual wraps every frame in synchronized output (`ESC[?2026h` ... `ESC[?2026l`) once the
terminal says it supports it, so this terminal answers that question (DECRQM for mode 2026)
and then counts frames and bytes between key presses. Nothing is drawn or interpreted beyond
that: a screen is recognised by a piece of its text in the byte stream.

Used by `bench/frames.py`; it has no `run()`, so `make bench` does not run it as a group.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

FRAME_START = b"\x1b[?2026h"
FRAME_END = b"\x1b[?2026l"
SYNC_QUERY = b"\x1b[?2026$p"
SYNC_SUPPORTED = b"\x1b[?2026;2$y"
"""DECRPM: mode 2026 is known and reset, the answer of a terminal with synchronized output."""

KEYS = {
    "down": b"\x1b[B",
    "up": b"\x1b[A",
    "right": b"\x1b[C",
    "left": b"\x1b[D",
    "enter": b"\r",
    "escape": b"\x1b",
    "backspace": b"\x7f",
    "ctrl+q": b"\x11",
}


def _peak_kib(pid: int) -> int | None:
    """The peak resident memory (KiB) of a running process, or None when unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


@dataclass(frozen=True)
class Burst:
    """What the program sent after one key press, until it went quiet."""

    bytes: int
    """Every byte written to the terminal, frames and anything between them."""
    frames: int
    """Synchronized-output frames begun."""
    seconds: float
    """From the key press to the end of the last frame."""
    largest_seconds: float
    """From the key press to the end of the largest frame (a search's rows, for example)."""


class Terminal:
    """A program running in a pty of `columns` x `rows`, its output read in a thread."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        columns: int,
        rows: int,
        env: Mapping[str, str],
        cwd: str | None = None,
    ) -> None:
        self.started = time.monotonic()
        """When the program was started (before the fork)."""
        pid, fd = pty.fork()
        if pid == 0:  # the child: its terminal gets its size before the program starts
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], list(argv), dict(env))
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self._output = bytearray()
        self._frame_ends: list[tuple[int, float]] = []
        """(offset just after `ESC[?2026l` in the output, when it was read)."""
        self._chunks: list[tuple[int, float]] = []
        """(offset just after each chunk read, when it was read)."""
        self._changed = threading.Condition()
        self._closed = False
        self._queries_answered = 0
        self.max_rss_kib: int | None = None
        """The program's peak resident memory, known after `close`."""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    # -- reading ----------------------------------------------------------------------

    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.5)
                if not ready:
                    if self._closed:
                        return
                    continue
                chunk = os.read(self.fd, 65536)
            except OSError:
                chunk = b""
            now = time.monotonic()
            with self._changed:
                if not chunk:
                    self._closed = True
                    self._changed.notify_all()
                    return
                start = max(0, len(self._output) - len(FRAME_END) + 1)
                self._output += chunk
                self._chunks.append((len(self._output), now))
                queries = self._output.count(SYNC_QUERY)
                if queries > self._queries_answered:  # asked at start (and after a resume)
                    self._queries_answered = queries
                    os.write(self.fd, SYNC_SUPPORTED)
                at = self._output.find(FRAME_END, start)
                while at >= 0:
                    self._frame_ends.append((at + len(FRAME_END), now))
                    at = self._output.find(FRAME_END, at + 1)
                self._changed.notify_all()

    @property
    def output(self) -> bytes:
        with self._changed:
            return bytes(self._output)

    def wait_for_text(self, text: str, *, timeout: float = 30.0, after: int = 0) -> float:
        """When the frame that first shows `text` (found after offset `after`) ended.

        The very first paint may come before the program learned that this terminal has
        synchronized output: then it is not wrapped, and the time is when it was read."""
        needle = text.encode()
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                at = self._output.find(needle, after)
                if at >= 0:
                    opened = self._output.rfind(FRAME_START, 0, at)
                    closed = self._output.rfind(FRAME_END, 0, at)
                    if opened <= closed:  # not inside a frame
                        end = at + len(needle)
                        return next(when for offset, when in self._chunks if offset >= end)
                    for end, when in self._frame_ends:
                        if end > at:
                            return when
                if self._closed or time.monotonic() > deadline:
                    raise TimeoutError(f"no frame showed {text!r}")
                self._changed.wait(0.05)

    def settle(self, quiet: float = 0.3, *, timeout: float = 30.0) -> None:
        """Wait until nothing has been sent for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while time.monotonic() < deadline:
                size = len(self._output)
                self._changed.wait(quiet)
                if len(self._output) == size:
                    return

    # -- typing -----------------------------------------------------------------------

    def type(self, keys: str | bytes) -> None:
        os.write(self.fd, KEYS.get(keys, keys.encode()) if isinstance(keys, str) else keys)

    def press(self, key: str, *, quiet: float = 0.25, timeout: float = 10.0) -> Burst:
        """Press `key` and count what comes back until the program is quiet for `quiet` s.

        The burst ends with the last frame that began before the quiet; a frame of a timer
        (a blinking cursor) more than `quiet` after the key is not counted."""
        with self._changed:
            begin = len(self._output)
            frames_before = len(self._frame_ends)
        pressed = time.monotonic()
        self.type(key)
        deadline = pressed + timeout
        with self._changed:
            while len(self._frame_ends) == frames_before and time.monotonic() < deadline:
                self._changed.wait(0.05)
            while time.monotonic() < deadline:
                seen = len(self._output)
                self._changed.wait(quiet)
                if len(self._output) == seen:
                    break
            ends = self._frame_ends[frames_before:]
            end = ends[-1][0] if ends else begin
            sent = bytes(self._output[begin:end])
        last = ends[-1][1] if ends else pressed
        largest = pressed
        if ends:
            starts = [begin, *(offset for offset, _ in ends[:-1])]
            sizes = [offset - start for start, (offset, _) in zip(starts, ends, strict=True)]
            largest = ends[sizes.index(max(sizes))][1]
        return Burst(
            bytes=len(sent),
            frames=sent.count(FRAME_START),
            seconds=last - pressed,
            largest_seconds=largest - pressed,
        )

    # -- ending -----------------------------------------------------------------------

    def close(self, *, quit_keys: str | bytes = "ctrl+q", timeout: float = 10.0) -> None:
        """Quit the program with `quit_keys` (killed when it does not stop) and reap it.

        Its peak memory is read from `/proc` (`VmHWM`) just before it quits: `ru_maxrss` of
        a child keeps the high-water mark of the process it was forked from (this benchmark,
        with its stores in memory) across `exec`, so it said 276 MB for a bare Textual app."""
        peak = _peak_kib(self.pid)
        if not self._closed:
            self.type(quit_keys)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            waited, _, _ = os.wait4(self.pid, os.WNOHANG)
            if waited:
                break
            time.sleep(0.05)
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.wait4(self.pid, 0)
        self.max_rss_kib = peak
        self._closed = True
        self._reader.join(timeout=2)
        os.close(self.fd)
