"""One session per store: an exclusive `flock` on `<store>.lock`, held while the store is open.

The lock file names its holder (pid, host, OS user, since when) so that a second session can
tell the user who has the store; it never holds case data. The lock is released by the kernel
when the process dies, so a crash never leaves a store locked.
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
        if not stat.S_ISREG(os.fstat(fd).st_mode):
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
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder_info).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
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
    return {key: str(data.get(key, "?"))[:80] for key in unknown}
