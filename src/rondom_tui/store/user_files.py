"""Reading a file the user named (a passphrase file, a bundle, a key file): a regular file
only, never more than a cap.

A path can name a FIFO, which `open` waits on forever, or a device such as `/dev/zero`, which
never ends; a sparse file can claim gigabytes it does not hold. So the file is opened without
waiting (`O_NONBLOCK`), refused unless it is a regular file (a link to one is fine), refused
when it says it is larger than the cap, and read to at most one byte past the cap. Standard
input (`-`) is the callers' business: they read it with the same cap.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotARegularFile(OSError):
    """A FIFO, a device or a socket where a file was asked for (a folder is an
    `IsADirectoryError`)."""


class FileTooLarge(OSError):
    """A file larger than the cap."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them. Raises
    `NotARegularFile`, `FileTooLarge` or another `OSError` (missing, unreadable)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile()
        if info.st_size > limit:
            raise FileTooLarge()
        os.set_blocking(fd, True)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:  # it grew while being read
        raise FileTooLarge()
    return b"".join(chunks)
