"""The file rules of a store: only regular files are opened, sizes are read before bytes,
writes are atomic or appended and fsynced, files are 0600 and folders 0700, no leftovers."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from pathlib import Path
from typing import NamedTuple

from rondom_tui.store.errors import StoreCorrupt, StoreMissing, StoreNotAFile, StoreWriteFailed

FILE_MODE = 0o600
FOLDER_MODE = 0o700
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT})
"""What a read-only medium, a folder without write permission or a full disk answers."""


def temp_prefix(path: Path) -> str:
    """Temp files of `path` start with this name, so a later open can sweep them."""
    return f".{path.name}.tmp-"


def ensure_folder(folder: Path) -> None:
    """Create `folder` and its missing parents, each 0700 whatever the umask; folders that
    exist keep their mode (they are the user's choice).

    `Path.mkdir(parents=True, mode=...)` gives the mode to the last folder only (the parents
    get 0777 under umask 000), so each missing folder is made and set one by one."""
    missing = []
    current = folder.absolute()
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # made meanwhile by someone else: theirs to set
            continue
        os.chmod(path, FOLDER_MODE)


def write_failed(exc: OSError) -> StoreWriteFailed:
    return StoreWriteFailed(reason=exc.strerror or type(exc).__name__, errno=exc.errno)


class FileIdentity(NamedTuple):
    """What says that the file at a path is still the one a session read or last wrote. (A
    NamedTuple: this module is loaded before the unlock screen's first frame, see
    `layout`.)"""

    device: int
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, status: os.stat_result) -> FileIdentity:
        return cls(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


def open_regular(path: Path, *, writable: bool) -> int:
    """A descriptor of the regular file at `path`, never of a link, folder, device, pipe or
    socket (`StoreNotAFile` at once: a pipe is opened without waiting for a writer)."""
    flags = os.O_RDWR if writable else os.O_RDONLY
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise StoreMissing(path=str(path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StoreNotAFile("store.symlink") from None
        if exc.errno in (errno.EISDIR, errno.ENXIO, errno.ENODEV, errno.EOPNOTSUPP):
            raise StoreNotAFile() from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise StoreNotAFile()
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    return fd


def read_at(fd: int, offset: int, size: int) -> bytes:
    """Exactly `size` bytes at `offset`, or `StoreCorrupt("store.truncated")`."""
    parts = []
    while size:
        chunk = os.pread(fd, min(size, 1 << 30), offset)
        if not chunk:
            raise StoreCorrupt("store.truncated")
        parts.append(chunk)
        offset += len(chunk)
        size -= len(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_into(fd: int, offset: int, size: int) -> bytearray:
    """Like `read_at`, into one buffer that can be decrypted in place (a 190 MiB snapshot
    is then held once, not as ciphertext and plaintext side by side)."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    while view:
        done = os.preadv(fd, [view], offset)
        if not done:
            raise StoreCorrupt("store.truncated")
        offset += done
        view = view[done:]
    return buffer


def write_all(fd: int, data: bytes | bytearray, offset: int | None = None) -> None:
    """Write all of `data` (at `offset`, or where the descriptor stands)."""
    view = memoryview(data)
    while view:
        done = os.write(fd, view) if offset is None else os.pwrite(fd, view, offset)
        view = view[done:]
        if offset is not None:
            offset += done


def replace_atomically(path: Path, *parts: bytes | bytearray) -> int:
    """Replace `path` by the `parts` joined, so that a crash leaves the old or the new file,
    never half; returns a read-write descriptor of the new file.

    Temp file in the same folder (0600), written and fsynced, renamed over the target, then the
    folder fsynced so the rename itself is durable. Raises `StoreWriteFailed`; the old file is
    untouched and the temp file removed.
    """
    folder = path.parent
    # `secrets.token_hex(6)` is this; `secrets` itself (hmac, hashlib) is not loaded at start.
    temp = folder / f"{temp_prefix(path)}{os.urandom(6).hex()}"
    fd = -1
    try:
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, FILE_MODE)
        for part in parts:
            write_all(fd, part)
        os.fsync(fd)
        os.replace(temp, path)
    except OSError as exc:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise write_failed(exc) from None
    # The new file is in place: from here on the save counts as done. A failing folder fsync
    # only weakens durability against a power cut; reporting the save as failed would be false.
    with contextlib.suppress(OSError):
        fsync_folder(folder)
    return fd


def fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sweep_temp_files(path: Path) -> int:
    """Remove temp files an interrupted save of `path` left behind; returns how many. A
    store built under a temp name (`rondom demo`) has temp files of its own: `.` + that
    temp name, also swept."""
    removed = 0
    prefixes = (temp_prefix(path), "." + temp_prefix(path))
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            if entry.name.startswith(prefixes):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed += 1
    return removed
