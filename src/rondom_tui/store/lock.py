"""One session per store: an exclusive `flock` on `<store>.lock`, held while the store is open.

The lock file names its holder (pid, host, OS user, since when) so that a second session can
tell the user who has the store; it never holds case data. The lock is released by the kernel
when the process dies, so a crash never leaves a store locked. Before every write the session
checks that the lock file is still the one it locked (`ensure_held`): one that was deleted or
replaced is created and locked again, a wrong mode is set back to 0600.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import getpass
import json
import os
import socket
import stat
from datetime import UTC, datetime
from pathlib import Path

from rondom_tui.domain.text import clean_line
from rondom_tui.store.errors import StoreLocked, StoreLockUnusable
from rondom_tui.store.files import FILE_MODE


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def os_user() -> str:
    """The OS user name, for the audit log and the lock."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


class StoreLock:
    """An exclusive lock on a store path."""

    def __init__(self, store_path: Path) -> None:
        self.path = lock_path(store_path)
        """The lock file."""
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise `StoreLocked` naming the holder."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, FILE_MODE)
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # a symlink: never follow it (it could empty its target)
                raise StoreLockUnusable() from None
            raise
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            os.close(fd)
            raise StoreLockUnusable()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise StoreLocked(**holder) from None
        except OSError:
            os.close(fd)
            raise
        holder_info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": os_user(),
            "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        }
        if stat.S_IMODE(status.st_mode) != FILE_MODE:  # one left by someone else, or a umask
            os.fchmod(fd, FILE_MODE)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder_info).encode(), 0)
        self._fd = fd

    def ensure_held(self) -> None:
        """Before a write: the lock file at the path must be the one this session locked.

        Deleted or replaced (another inode, a link): create and lock it again, or raise
        `StoreLocked` (someone else took it) or `StoreLockUnusable`; the caller's check that
        the store file itself is unchanged decides whether the write may go on. A mode other
        than 0600 is repaired."""
        if self._fd is None:
            self.acquire()
            return
        try:
            at_path = os.stat(self.path, follow_symlinks=False)
        except FileNotFoundError:
            at_path = None
        mine = os.fstat(self._fd)
        if at_path is None or (at_path.st_dev, at_path.st_ino) != (mine.st_dev, mine.st_ino):
            self.release()
            self.acquire()
        elif stat.S_IMODE(at_path.st_mode) != FILE_MODE:
            os.fchmod(self._fd, FILE_MODE)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)  # an orphaned (deleted or replaced) file: harmless
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_holder(fd: int) -> dict[str, object]:
    unknown: dict[str, object] = {"pid": "?", "host": "?", "user": "?", "since": "?"}
    try:
        raw = os.pread(fd, 4096, 0)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return unknown
    if not isinstance(data, dict):
        return unknown
    return {key: clean_line(str(data.get(key, "?")))[:80] for key in unknown}
